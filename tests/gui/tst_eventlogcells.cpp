// What the event log shows in each cell: headers, times in the local zone, one-line messages,
// tool tips, kind names and descriptions, roles, and colours on light and dark palettes.
#include "eventlogfixture.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>
#include <QTest>
#include <QTextDocument>

class TestEventLogCells : public EventLogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void headers();
    void displayData();
    void toolTips();
    void everyKindIsNamedAndExplained();
    void roles();
    void colours();
};

void TestEventLogCells::headers()
{
    EventLogModel model(nullptr);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.capacity(), EventLogModel::defaultCapacity);
    const QStringList expected = {u"Time"_s, u"Program"_s, u"Kind"_s, u"Message"_s};
    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
}

void TestEventLogCells::displayData()
{
    EventLogModel model(nullptr);
    model.append(makeEvent(u"client1"_s, EventKind::Heartbeat, Severity::Info, u"seq 5"_s, 1));
    model.append(makeEvent(QString(), EventKind::Error, Severity::Error, u"first\nsecond"_s));
    QTRY_COMPARE(model.rowCount(), 2);

    const auto text
            = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, EventLogModel::Time), u"01:20:00.124"_s);
    QCOMPARE(text(0, EventLogModel::Program), u"client1"_s);
    QCOMPARE(text(0, EventLogModel::Kind), u"heartbeat"_s);
    QCOMPARE(text(0, EventLogModel::Message), u"seq 5"_s);
    QCOMPARE(text(1, EventLogModel::Time), u"01:20:00.123"_s);
    QCOMPARE(text(1, EventLogModel::Program), u"—"_s);
    QCOMPARE(text(1, EventLogModel::Kind), u"error"_s);
    QCOMPARE(text(1, EventLogModel::Message), u"first second"_s); // one line in the table
    QCOMPARE(model.event(1).message, u"first\nsecond"_s);
}

void TestEventLogCells::toolTips()
{
    EventLogModel model(nullptr);
    const QString long_ = QString(300, u'x');
    model.append(makeEvent(u"client1"_s, EventKind::Protocol, Severity::Warning,
                           u"status <b>&amp; \"" + long_ + u"\nend"));
    QTRY_COMPARE(model.rowCount(), 1);

    const QString time = model.index(0, EventLogModel::Time).data(Qt::ToolTipRole).toString();
    QVERIFY2(time.contains(u"2026-11-24T19:50:00.123Z"_s), qPrintable(time));
    QVERIFY2(time.contains(u"2026"_s) && time.contains(u"01:20:00"_s), qPrintable(time));

    const QString tip = model.index(0, EventLogModel::Message).data(Qt::ToolTipRole).toString();
    // The whole message, escaped: the program's "<b>" is text, not markup.
    QVERIFY2(tip.contains(QString(u"status &lt;b&gt;&amp;amp; &quot;" + long_ + u"\nend")),
             qPrintable(tip));
    QVERIFY(Qt::mightBeRichText(tip));
}

void TestEventLogCells::everyKindIsNamedAndExplained()
{
    EventLogModel model(nullptr);
    const QList<EventKind> kinds{EventKind::State, EventKind::Exit,    EventKind::Heartbeat,
                                 EventKind::Stop,  EventKind::Error,   EventKind::Protocol,
                                 EventKind::Ping,  EventKind::Control, EventKind::Connection};
    for (const EventKind kind : kinds) {
        model.append(makeEvent(u"client1"_s, kind, Severity::Info, u"m"_s));
    }
    QTRY_COMPARE(model.rowCount(), int(kinds.size()));
    QStringList names;
    QStringList descriptions;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row, EventLogModel::Kind).data().toString());
        descriptions.append(model.index(row, EventLogModel::Kind).data(Qt::ToolTipRole).toString());
        QVERIFY2(!descriptions.last().isEmpty(), qPrintable(names.last()));
    }
    QCOMPARE(names.mid(6), (QStringList{u"ping"_s, u"control"_s, u"connection"_s}));
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), kinds.size());
    QCOMPARE(QSet<QString>(descriptions.cbegin(), descriptions.cend()).size(), kinds.size());
    QVERIFY2(descriptions.at(7).contains(u"zlauncherctl"_s), qPrintable(descriptions.at(7)));
}

void TestEventLogCells::roles()
{
    EventLogModel model(nullptr);
    model.append(makeEvent(u"client2"_s, EventKind::Exit, Severity::Warning, u"exit 1"_s));
    model.append(makeEvent(QString(), EventKind::Stop, Severity::Info, u"stop"_s));
    QTRY_COMPARE(model.rowCount(), 2);
    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data(EventLogModel::KindRole).toInt(), static_cast<int>(EventKind::Exit));
        QCOMPARE(index.data(EventLogModel::SeverityRole).toInt(),
                 static_cast<int>(Severity::Warning));
        QCOMPARE(index.data(EventLogModel::ProgramRole).toString(), u"client2"_s);
    }
    QCOMPARE(model.index(1, 0).data(EventLogModel::KindRole).toInt(),
             static_cast<int>(EventKind::Stop));
    QCOMPARE(model.index(1, 0).data(EventLogModel::ProgramRole).toString(), QString());
}

void TestEventLogCells::colours()
{
    EventLogModel model(nullptr);
    model.append(makeEvent(u"p"_s, EventKind::State, Severity::Info, u"info"_s));
    model.append(makeEvent(u"p"_s, EventKind::Stop, Severity::Warning, u"warning"_s));
    model.append(makeEvent(u"p"_s, EventKind::Error, Severity::Error, u"error"_s));
    model.append(makeEvent(u"p"_s, EventKind::Heartbeat, Severity::Info, u"beat"_s));
    QTRY_COMPARE(model.rowCount(), 4);

    const auto colour = [&model](int row) {
        return model.index(row, EventLogModel::Message).data(Qt::ForegroundRole);
    };
    const QVariant infoColour = colour(0);
    const QVariant warningColour = colour(1);
    const QVariant errorColour = colour(2);
    QVERIFY(!infoColour.isValid()); // the view's own text colour
    QVERIFY(warningColour.value<QColor>().isValid());
    QVERIFY(errorColour.value<QColor>().isValid());
    QVERIFY(warningColour != errorColour);
    QCOMPARE(colour(3).value<QColor>(),
             QGuiApplication::palette().color(QPalette::PlaceholderText));
    // Every column of a row has the same colour.
    QCOMPARE(model.index(2, EventLogModel::Time).data(Qt::ForegroundRole), errorColour);

    // On a dark palette the colours are lighter, so they stay readable.
    const QPalette original = QGuiApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QGuiApplication::setPalette(dark);
    const QColor darkError = colour(2).value<QColor>();
    const QColor darkWarning = colour(1).value<QColor>();
    QGuiApplication::setPalette(original);
    QVERIFY(darkError.lightness() > errorColour.value<QColor>().lightness());
    QVERIFY(darkWarning.lightness() > warningColour.value<QColor>().lightness());
    QVERIFY(darkError != darkWarning);
}

QTEST_MAIN(TestEventLogCells)
#include "tst_eventlogcells.moc"
