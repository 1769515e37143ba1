#include "gui/models/eventlogmodel.h"

#include "gui/models/eventlogfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// 2026-11-24T19:50:00.123Z plus `ms`, so file contents are known to the byte.
Event makeEvent(const QString &program, EventKind kind, Severity severity, const QString &message,
                qint64 ms = 0)
{
    Event event = Event::make(program, kind, severity, message);
    event.time = QDateTime(QDate(2026, 11, 24), QTime(19, 50, 0, 123), Qt::UTC).addMSecs(ms);
    return event;
}

Event info(const QString &message, const QString &program = u"client1"_s)
{
    return makeEvent(program, EventKind::State, Severity::Info, message);
}

Event heartbeat(const QString &program, const QString &message)
{
    return makeEvent(program, EventKind::Heartbeat, Severity::Info, message);
}

QString message(const QAbstractItemModel &model, int row)
{
    return model.index(row, EventLogModel::Message).data().toString();
}

// The message of the last row ("" when empty): what tests wait on after append().
QString lastMessage(const QAbstractItemModel &model)
{
    return model.rowCount() > 0 ? message(model, model.rowCount() - 1) : QString();
}

QStringList messages(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row) {
        list.append(message(model, row));
    }
    return list;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void proxyTester();
    void headers();
    void displayData();
    void toolTips();
    void everyKindIsNamedAndExplained();
    void roles();
    void oldestDropped_data();
    void oldestDropped();
    void burstIsOneRange();
    void colours();
    void heartbeatsHiddenByDefault();
    void programFilter();
    void combinedFilters();
    void clear();
    void saveText();
    void saveCsv();
    void saveIncludesQueued();
    void saveJsonLines();
    void formatFollowsTheExtension_data();
    void formatFollowsTheExtension();
    void saveFails_data();
    void saveFails();
};

void TestEventLogModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A fixed zone without daylight saving (POSIX form, no tz database needed): 19:50Z is
    // 01:20 the next day there.
    qputenv("TZ", "IST-5:30");
}

void TestEventLogModel::modelTester()
{
    EventLogModel model(nullptr, 5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // One event per flush, past the capacity: a one-row removal before each insertion.
    for (int i = 1; i <= 7; ++i) {
        model.append(info(u"one %1"_s.arg(i)));
        QTRY_COMPARE(lastMessage(model), u"one %1"_s.arg(i));
    }
    QCOMPARE(model.rowCount(), 5);
    // A burst smaller than the capacity: several rows removed as one range.
    for (int i = 1; i <= 3; ++i) {
        model.append(info(u"two %1"_s.arg(i)));
    }
    QTRY_COMPARE(lastMessage(model), u"two 3"_s);
    QCOMPARE(messages(model),
             QStringList({u"one 6"_s, u"one 7"_s, u"two 1"_s, u"two 2"_s, u"two 3"_s}));
    // A burst larger than the capacity: every row replaced.
    for (int i = 1; i <= 8; ++i) {
        model.append(info(u"three %1"_s.arg(i)));
    }
    QTRY_COMPARE(lastMessage(model), u"three 8"_s);
    QCOMPARE(messages(model),
             QStringList({u"three 4"_s, u"three 5"_s, u"three 6"_s, u"three 7"_s, u"three 8"_s}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.append(info(u"after clear"_s));
    QTRY_COMPARE(model.rowCount(), 1);
}

void TestEventLogModel::proxyTester()
{
    EventLogModel model(nullptr, 5);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    for (int i = 1; i <= 7; ++i) {
        model.append(
                i % 2 == 0 ? heartbeat(u"client1"_s, u"beat %1"_s.arg(i))
                           : info(u"state %1"_s.arg(i), i % 3 == 0 ? u"client2"_s : u"client1"_s));
        QTRY_COMPARE(lastMessage(model), i % 2 == 0 ? u"beat %1"_s.arg(i) : u"state %1"_s.arg(i));
    }
    // Source: state 3 (client2), beat 4, state 5, beat 6, state 7.
    QCOMPARE(messages(proxy), QStringList({u"state 3"_s, u"state 5"_s, u"state 7"_s}));
    proxy.setKindVisible(EventKind::Heartbeat, true);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setProgramFilter(u"client2"_s);
    QCOMPARE(messages(proxy), QStringList({u"state 3"_s}));
    proxy.setProgramFilter(u"client1"_s);
    QCOMPARE(messages(proxy), QStringList({u"beat 4"_s, u"state 5"_s, u"beat 6"_s, u"state 7"_s}));
    // Overflow while filtered: "state 3" (hidden) and "beat 4" leave the source.
    for (int i = 8; i <= 9; ++i) {
        model.append(info(u"state %1"_s.arg(i)));
    }
    QTRY_COMPARE(lastMessage(proxy), u"state 9"_s);
    QCOMPARE(messages(proxy),
             QStringList({u"state 5"_s, u"beat 6"_s, u"state 7"_s, u"state 8"_s, u"state 9"_s}));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEventLogModel::headers()
{
    EventLogModel model(nullptr);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.capacity(), EventLogModel::defaultCapacity);
    const QStringList expected = {u"Time"_s, u"Program"_s, u"Kind"_s, u"Message"_s};
    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
}

void TestEventLogModel::displayData()
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

void TestEventLogModel::toolTips()
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

void TestEventLogModel::everyKindIsNamedAndExplained()
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

void TestEventLogModel::roles()
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

void TestEventLogModel::oldestDropped_data()
{
    QTest::addColumn<bool>("oneByOne");
    QTest::addRow("one flush per event") << true;
    QTest::addRow("one burst") << false;
}

void TestEventLogModel::oldestDropped()
{
    QFETCH(bool, oneByOne);
    EventLogModel model(nullptr, 5);
    for (int i = 1; i <= 7; ++i) {
        model.append(info(u"event %1"_s.arg(i)));
        if (oneByOne) {
            QTRY_COMPARE(lastMessage(model), u"event %1"_s.arg(i));
        }
    }
    QTRY_COMPARE(lastMessage(model), u"event 7"_s);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.event(0).message, u"event 3"_s);
    QCOMPARE(model.event(4).message, u"event 7"_s);
}

void TestEventLogModel::burstIsOneRange()
{
    EventLogModel model(nullptr);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const int capacity = model.capacity();
    for (int i = 1; i <= 30000; ++i) {
        model.append(heartbeat(u"flood"_s, u"beat %1"_s.arg(i)));
    }
    QTRY_COMPARE(model.rowCount(), capacity);
    QCOMPARE(lastMessage(model), u"beat 30000"_s);
    QCOMPARE(model.event(0).message, u"beat 10001"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(proxy.rowCount(), 0); // heartbeats hidden

    // Into a full model: the overflow leaves as one range before the burst comes in as one.
    QStringList order;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, &model,
            [&order] { order.append(u"remove"_s); });
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
            [&order] { order.append(u"insert"_s); });
    for (int i = 30001; i <= 35000; ++i) {
        model.append(heartbeat(u"flood"_s, u"beat %1"_s.arg(i)));
    }
    QTRY_COMPARE(lastMessage(model), u"beat 35000"_s);
    QCOMPARE(order, QStringList({u"remove"_s, u"insert"_s}));
    QCOMPARE(model.rowCount(), capacity);
    QCOMPARE(model.event(0).message, u"beat 15001"_s);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 4999);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), capacity - 5000);
    QCOMPARE(inserted.at(1).at(2).toInt(), capacity - 1);
}

void TestEventLogModel::colours()
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

void TestEventLogModel::heartbeatsHiddenByDefault()
{
    EventLogModel model(nullptr);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    QVERIFY(!proxy.isKindVisible(EventKind::Heartbeat));
    QVERIFY(proxy.isKindVisible(EventKind::State));
    model.append(info(u"running"_s));
    model.append(heartbeat(u"client1"_s, u"beat"_s));
    model.append(info(u"lost"_s));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(messages(proxy), QStringList({u"running"_s, u"lost"_s}));

    proxy.setKindVisible(EventKind::Heartbeat, true);
    QVERIFY(proxy.isKindVisible(EventKind::Heartbeat));
    QCOMPARE(messages(proxy), QStringList({u"running"_s, u"beat"_s, u"lost"_s}));
    proxy.setKindVisible(EventKind::State, false);
    QCOMPARE(messages(proxy), QStringList({u"beat"_s}));
    proxy.setKindVisible(EventKind::Heartbeat, false);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEventLogModel::programFilter()
{
    EventLogModel model(nullptr);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    model.append(info(u"a1"_s, u"alpha"_s));
    model.append(info(u"b1"_s, u"beta"_s));
    model.append(info(u"launcher"_s, QString()));
    model.append(info(u"a2"_s, u"alpha"_s));
    model.append(info(u"ab"_s, u"alphabet"_s)); // exact names, not prefixes
    QTRY_COMPARE(model.rowCount(), 5);

    proxy.setProgramFilter(u"alpha"_s);
    QCOMPARE(proxy.programFilter(), u"alpha"_s);
    QCOMPARE(messages(proxy), QStringList({u"a1"_s, u"a2"_s}));
    proxy.setProgramFilter(u"beta"_s);
    QCOMPARE(messages(proxy), QStringList({u"b1"_s}));
    proxy.setProgramFilter(u"nobody"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setProgramFilter(QString());
    QCOMPARE(proxy.rowCount(), 5);

    // Rows arriving later are filtered too.
    proxy.setProgramFilter(u"beta"_s);
    model.append(info(u"b2"_s, u"beta"_s));
    model.append(info(u"a3"_s, u"alpha"_s));
    QTRY_COMPARE(model.rowCount(), 7);
    QCOMPARE(messages(proxy), QStringList({u"b1"_s, u"b2"_s}));
}

void TestEventLogModel::combinedFilters()
{
    EventLogModel model(nullptr);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    model.append(info(u"alpha state"_s, u"alpha"_s));
    model.append(heartbeat(u"alpha"_s, u"alpha beat"_s));
    model.append(heartbeat(u"beta"_s, u"beta beat"_s));
    model.append(makeEvent(u"alpha"_s, EventKind::Exit, Severity::Warning, u"alpha exit"_s));
    QTRY_COMPARE(model.rowCount(), 4);

    proxy.setProgramFilter(u"alpha"_s);
    QCOMPARE(messages(proxy), QStringList({u"alpha state"_s, u"alpha exit"_s}));
    proxy.setKindVisible(EventKind::Heartbeat, true);
    QCOMPARE(messages(proxy), QStringList({u"alpha state"_s, u"alpha beat"_s, u"alpha exit"_s}));
    proxy.setKindVisible(EventKind::State, false);
    proxy.setKindVisible(EventKind::Exit, false);
    QCOMPARE(messages(proxy), QStringList({u"alpha beat"_s}));
    proxy.setProgramFilter(QString());
    QCOMPARE(messages(proxy), QStringList({u"alpha beat"_s, u"beta beat"_s}));
}

void TestEventLogModel::clear()
{
    EventLogModel model(nullptr, 5);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.append(info(u"shown"_s));
    QTRY_COMPARE(model.rowCount(), 1);
    model.append(info(u"queued"_s)); // not yet a row: clear() drops it too

    model.clear();
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    model.append(info(u"fresh"_s));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.event(0).message, u"fresh"_s);
}

void TestEventLogModel::saveText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogModel model(nullptr);
    model.append(makeEvent(u"client1"_s, EventKind::State, Severity::Info, u"running (pid 42)"_s));
    model.append(makeEvent(QString(), EventKind::Error, Severity::Error, u"bad\nconfig"_s, 1));
    model.append(makeEvent(u"client2"_s, EventKind::Heartbeat, Severity::Info, u"seq 7"_s, 2));
    QTRY_COMPARE(model.rowCount(), 3);

    const QString path = dir.filePath(u"events.log"_s);
    QString error;
    QVERIFY2(model.saveAs(path, EventLogModel::FileFormat::Text, &error), qPrintable(error));
    QCOMPARE(readFile(path),
             QByteArray("2026-11-24T19:50:00.123Z client1 state: running (pid 42)\n"
                        "2026-11-24T19:50:00.124Z - error error: bad\\nconfig\n"
                        "2026-11-24T19:50:00.125Z client2 heartbeat: seq 7\n"));
}

void TestEventLogModel::saveCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogModel model(nullptr);
    model.append(makeEvent(u"client1"_s, EventKind::Exit, Severity::Warning,
                           u"exited, said \"bye\"\nand left"_s));
    model.append(makeEvent(QString(), EventKind::Protocol, Severity::Info, u"plain"_s, 1));
    QTRY_COMPARE(model.rowCount(), 2);

    const QString path = dir.filePath(u"events.csv"_s);
    QString error;
    QVERIFY2(model.saveAs(path, EventLogModel::FileFormat::Csv, &error), qPrintable(error));
    QCOMPARE(readFile(path),
             QByteArray("time,program,kind,severity,message\r\n"
                        "2026-11-24T19:50:00.123Z,client1,exit,warning,"
                        "\"exited, said \"\"bye\"\"\nand left\"\r\n"
                        "2026-11-24T19:50:00.124Z,,protocol,info,plain\r\n"));
}

void TestEventLogModel::saveIncludesQueued()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogModel model(nullptr, 2);
    model.append(info(u"old"_s));
    QTRY_COMPARE(model.rowCount(), 1);
    // Not yet rows when saved; with them the log holds three, so "old" is out.
    model.append(info(u"new 1"_s));
    model.append(info(u"new 2"_s));

    const QString path = dir.filePath(u"events.log"_s);
    QString error;
    QVERIFY2(model.saveAs(path, EventLogModel::FileFormat::Text, &error), qPrintable(error));
    QCOMPARE(readFile(path),
             QByteArray("2026-11-24T19:50:00.123Z client1 state: new 1\n"
                        "2026-11-24T19:50:00.123Z client1 state: new 2\n"));
}

void TestEventLogModel::saveJsonLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogModel model(nullptr);
    Event exit = makeEvent(u"client1"_s, EventKind::Exit, Severity::Warning,
                           u"killed by signal 11\nsaid \"bye\""_s);
    exit.pid = 42;
    exit.exitSignal = 11;
    model.append(exit);
    Event state = makeEvent(u"client2"_s, EventKind::State, Severity::Info, u"Running"_s, 1);
    state.state = ProgramState::Running;
    state.pid = 43;
    model.append(state);
    model.append(makeEvent(QString(), EventKind::Error, Severity::Error, u"bad config"_s, 2));
    QTRY_COMPARE(model.rowCount(), 3);

    const QString path = dir.filePath(u"events.jsonl"_s);
    QString error;
    QVERIFY2(model.saveAs(path, EventLogModel::FileFormat::JsonLines, &error), qPrintable(error));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.endsWith('\n'));
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    // One object a line, even with a line break in the message: the --events json form.
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QByteArray("{\"event\":\"exit\",\"message\":\"killed by signal 11\\nsaid "
                        "\\\"bye\\\"\",\"pid\":42,\"program\":\"client1\",\"severity\":"
                        "\"warning\",\"signal\":11,\"signalName\":\"SEGV\",\"time\":"
                        "\"2026-11-24T19:50:00.123Z\"}"));
    for (const QByteArray &line : lines) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
        QVERIFY(document.object().contains(u"time"_s));
    }
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(second.value(u"pid"_s).toInt(), 43);
    const QJsonObject third = QJsonDocument::fromJson(lines.at(2)).object();
    QVERIFY(!third.contains(u"program"_s));
    QCOMPARE(third.value(u"event"_s).toString(), u"error"_s);
}

void TestEventLogModel::formatFollowsTheExtension_data()
{
    using Format = EventLogModel::FileFormat;
    QTest::addColumn<QString>("path");
    QTest::addColumn<Format>("otherwise");
    QTest::addColumn<Format>("expected");
    QTest::addRow("txt beats the csv filter") << u"/x/a.txt"_s << Format::Csv << Format::Text;
    QTest::addRow("log") << u"a.LOG"_s << Format::JsonLines << Format::Text;
    QTest::addRow("csv") << u"/x/a.csv"_s << Format::Text << Format::Csv;
    QTest::addRow("jsonl beats the csv filter") << u"a.jsonl"_s << Format::Csv << Format::JsonLines;
    QTest::addRow("json") << u"a.json"_s << Format::Text << Format::JsonLines;
    QTest::addRow("ndjson") << u"a.ndjson"_s << Format::Text << Format::JsonLines;
    QTest::addRow("no extension: the filter")
            << u"/x/events"_s << Format::JsonLines << Format::JsonLines;
    QTest::addRow("unknown extension: the filter") << u"a.dat"_s << Format::Csv << Format::Csv;
}

void TestEventLogModel::formatFollowsTheExtension()
{
    QFETCH(QString, path);
    QFETCH(EventLogModel::FileFormat, otherwise);
    QFETCH(EventLogModel::FileFormat, expected);
    QCOMPARE(EventLogModel::formatOf(path, otherwise), expected);
}

void TestEventLogModel::saveFails_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addRow("missing directory") << u"missing/events.log"_s;
    QTest::addRow("under a file") << u"file/events.log"_s;
}

void TestEventLogModel::saveFails()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    EventLogModel model(nullptr);
    model.append(info(u"something"_s));
    QTRY_COMPARE(model.rowCount(), 1);

    const QString path = dir.filePath(relativePath);
    QString error;
    QVERIFY(!model.saveAs(path, EventLogModel::FileFormat::Csv, &error));
    QVERIFY2(error.startsWith(u"Cannot write file "_s), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!model.saveAs(path, EventLogModel::FileFormat::Text, nullptr)); // no error wanted
}

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
