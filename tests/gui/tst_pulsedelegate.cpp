// The heartbeat pulse strip: PulseData computed from a HeartbeatHistory (intervals, late beats,
// the silence, the part a full ring no longer knows), real beats sent on the launcher's
// heartbeat endpoint reaching the table's PulseRole at the times of a fake clock, and the
// delegate's painting checked pixel by pixel offscreen.
#include "gui/models/pulsedelegate.h"

#include "core/model/heartbeathistory.h"
#include "core/supervision/supervisor.h"
#include "gui/models/processtablemodel.h"

#include "fakeclock.h"
#include "testenvironment.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

class TestPulseDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void intervalsAndLateBeatsFromHistory();
    void lateMeansMoreThanOneAndAHalfIntervals();
    void fullRingMarksTheUnknownPart();
    void realBeatsReachThePulseRole();
    void beatsRepaintCoalescedNotPerBeat();
    void stripHasATickWhereEachBeatIs();
    void lateBeatAndSilenceAreColoured();
    void plainAndStoppedStripsAreDim();
    void delegatePaintsTheTableCell();

private:
    void startPuppet();
    /// Sends one heartbeat of the puppet and waits until the supervisor counted it.
    void beat();
    PulseData pulse() const;

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ProcessTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    zmq::context_t m_zmq;
    std::unique_ptr<zmq::socket_t> m_publisher;
    qint64 m_pid = 0;
    quint64 m_sequence = 0;
};

namespace {

constexpr qint64 second = 1000;

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Mid, Qt::gray);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

PulseData pulseOf(const QList<qint64> &offsets, qint64 nowMs, PulseData::Kind kind,
                  qint64 intervalMs = second, qint64 lostMs = 3 * second)
{
    HeartbeatHistory history;
    for (const qint64 offset : offsets) {
        history.append(nowMs + offset);
    }
    return PulseData::fromHistory(&history, kind, nowMs, intervalMs, lostMs);
}

QImage render(const PulseData &data, bool selected = false)
{
    QImage image(150, 16, QImage::Format_RGB32);
    image.fill(Qt::magenta); // anything the strip leaves unpainted shows
    QPainter painter(&image);
    PulseDelegate::paintStrip(&painter, image.rect(), data, lightPalette(), selected);
    return image;
}

// The pixel column of a beat offsetMs before now in a 150 px strip of 60 s.
int columnOf(qint64 offsetMs)
{
    return static_cast<int>((PulseData::defaultWindowMs + offsetMs) * 150
                            / PulseData::defaultWindowMs);
}

bool sendFrames(zmq::socket_t &socket, const QList<QByteArray> &frames)
{
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const auto flags = i + 1 < frames.size() ? zmq::send_flags::sndmore : zmq::send_flags::none;
        const QByteArray &frame = frames.at(i);
        if (!socket.send(zmq::buffer(frame.constData(), static_cast<std::size_t>(frame.size())),
                         flags)) {
            return false;
        }
    }
    return true;
}

bool receivedSubscription(zmq::socket_t &socket)
{
    bool subscribed = false;
    zmq::message_t message;
    while (socket.recv(message, zmq::recv_flags::dontwait)) {
        subscribed = subscribed || (message.size() > 0 && message.to_string_view()[0] == '\x01');
    }
    return subscribed;
}

} // namespace

void TestPulseDelegate::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestPulseDelegate::cleanup()
{
    m_publisher.reset();
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    m_tester.reset();
    m_model.reset();
    m_supervisor.reset();
    m_clock.reset();
    m_env.reset();
    m_pid = 0;
    m_sequence = 0;
}

void TestPulseDelegate::intervalsAndLateBeatsFromHistory()
{
    const qint64 now = 1000000;
    // One beat before the window, then beats 1 s apart with a 2.5 s gap, then 4 s of silence.
    const PulseData data = pulseOf({-61000, -10500, -9500, -8500, -7500, -5000, -4000}, now,
                                   PulseData::Kind::Live);
    QCOMPARE(data.beats.size(), 6);
    QCOMPARE(data.beats.first(), now - 10500);
    QCOMPARE(data.previousBeatMs, now - 61000);
    QCOMPARE(data.knownSinceMs, now - 60000);
    QCOMPARE(data.intervalBefore(0), 50500); // from the beat before the window
    QCOMPARE(data.intervalBefore(4), 2500);
    QCOMPARE(data.lateCount(), 2);
    QVERIFY(data.isLate(0) && data.isLate(4));
    QVERIFY(!data.isLate(1) && !data.isLate(5));
    QCOMPARE(data.maxIntervalMs(), 50500);
    QCOMPARE(data.meanIntervalMs(), (50500 + 1000 + 1000 + 1000 + 2500 + 1000) / 6);
    QCOMPARE(data.silenceMs(), 4000);
    HeartbeatHistory history;
    for (const qint64 offset : {-61000, -10500, -9500, -8500, -7500, -5000, -4000}) {
        history.append(now + offset);
    }
    QCOMPARE(PulseData::lateCountIn(&history, now, 1000), 2);
    QCOMPARE(PulseData::lateCountIn(&history, now, 1000, 10000), 1); // the 2.5 s gap only
    QCOMPARE(PulseData::lateCountIn(nullptr, now, 1000), 0);

    // A beat stamped after now (a clock read before it arrived) is not in the window.
    const PulseData early = pulseOf({-2000, -1000, 500}, now, PulseData::Kind::Live);
    QCOMPARE(early.beats.size(), 2);
    QCOMPARE(early.intervalBefore(0), -1); // nothing known before the first
    QCOMPARE(early.lateCount(), 0);

    const PulseData none = pulseOf({}, now, PulseData::Kind::Live);
    QVERIFY(none.beats.isEmpty());
    QCOMPARE(none.silenceMs(), -1);
    QCOMPARE(none.meanIntervalMs(), -1);
    QCOMPARE(PulseData::fromHistory(nullptr, PulseData::Kind::Idle, now, 1000, 3000).beats.size(),
             0);
}

void TestPulseDelegate::lateMeansMoreThanOneAndAHalfIntervals()
{
    const qint64 now = 1000000;
    const PulseData data = pulseOf({-5000, -3500, -1999}, now, PulseData::Kind::Live, 1000);
    QCOMPARE(data.lateAfterMs(), 1500);
    QVERIFY(!data.isLate(1)); // exactly 1.5 intervals: on time
    QVERIFY(data.isLate(2));  // 1501 ms
    QCOMPARE(data.lateCount(), 1);
}

void TestPulseDelegate::fullRingMarksTheUnknownPart()
{
    // 50 beats a second: the ring's 2048 beats hold only the last ~41 s of the minute.
    const qint64 now = 1000000;
    HeartbeatHistory history;
    for (int i = 4000; i >= 0; --i) {
        history.append(now - i * 20);
    }
    QCOMPARE(history.size(), HeartbeatHistory::capacity);
    const PulseData data = PulseData::fromHistory(&history, PulseData::Kind::Live, now, 20, 60);
    QCOMPARE(data.beats.size(), qsizetype(HeartbeatHistory::capacity));
    QCOMPARE(data.knownSinceMs, history.at(0));
    QVERIFY(data.knownSinceMs > data.windowStartMs());
    QCOMPARE(data.previousBeatMs, -1);
    QCOMPARE(data.lateCount(), 0); // the first beat's interval is unknown, not late
    // The unknown part is hatched, not left as a silence.
    const QImage image = render(data);
    const int known = columnOf(data.knownSinceMs - now);
    QVERIFY(known > 40 && known < 50);
    int hatched = 0;
    for (int x = 0; x < known - 1; ++x) {
        const QColor colour = image.pixelColor(x, 8);
        QVERIFY(colour == QColor(Qt::gray)
                || colour == PulseDelegate::backgroundColour(lightPalette()));
        hatched += colour == QColor(Qt::gray) ? 1 : 0;
    }
    QVERIFY(hatched >= known / 8);
    // From there on, 50 beats a second make a solid band of ticks.
    for (int x = known + 1; x < image.width(); ++x) {
        QCOMPARE(image.pixelColor(x, 8), PulseDelegate::beatColour(lightPalette()));
    }
}

void TestPulseDelegate::startPuppet()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_clock = std::make_unique<FakeClock>();
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory(),
                                                m_clock.get());
    QString error;
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
    // A heartbeat program that never beats by itself: the test beats for it, with its pid.
    ProgramSpec spec = TestEnvironment::spec(u"puppet"_s, QStringLiteral(ZL_TC_SILENT));
    spec.heartbeatIntervalMs = 1000;
    spec.lostTimeoutMs = 3600000;
    spec.startTimeoutMs = 3600000;
    QVERIFY2(m_supervisor->addProgram(spec, &error), qPrintable(error));
    m_model = std::make_unique<ProcessTableModel>(m_supervisor.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_supervisor->startProgram(u"puppet"_s);
    m_pid = m_supervisor->snapshot(u"puppet"_s)->pid;
    QVERIFY(m_pid > 0);

    m_publisher = std::make_unique<zmq::socket_t>(m_zmq, zmq::socket_type::xpub);
    m_publisher->set(zmq::sockopt::linger, 0);
    m_publisher->connect(m_env->runtimeDir().heartbeatEndpoint().toStdString());
    // Beats sent before the launcher's subscription arrived would be dropped.
    QVERIFY(QTest::qWaitFor([this] { return receivedSubscription(*m_publisher); }, 5000));
}

void TestPulseDelegate::beat()
{
    const ProgramSnapshot *snapshot = m_supervisor->snapshot(u"puppet"_s);
    const quint64 before = snapshot->heartbeatCount;
    QVERIFY(sendFrames(*m_publisher,
                       {"ZLHB1", "puppet", QByteArray::number(m_pid),
                        QByteArray::number(m_sequence++), "pulse test"}));
    QTRY_COMPARE(snapshot->heartbeatCount, before + 1);
}

PulseData TestPulseDelegate::pulse() const
{
    const QVariant value
            = m_model->index(0, ProcessTableModel::Pulse).data(ProcessTableModel::PulseRole);
    return value.value<PulseData>();
}

void TestPulseDelegate::realBeatsReachThePulseRole()
{
    startPuppet();
    if (QTest::currentTestFailed()) {
        return;
    }
    const qint64 start = m_supervisor->nowMs();
    for (const qint64 gap : {0, 1000, 1000, 1000, 2500, 1000}) {
        m_clock->advance(gap);
        beat();
    }
    m_clock->advance(4000);
    QCOMPARE(m_supervisor->snapshot(u"puppet"_s)->state, ProgramState::Running);

    const QModelIndex cell = m_model->index(0, ProcessTableModel::Pulse);
    QCOMPARE(cell.data(ProcessTableModel::PulseRole).metaType(), QMetaType::fromType<PulseData>());
    PulseData data = pulse();
    QCOMPARE(data.kind, PulseData::Kind::Live);
    QCOMPARE(data.intervalMs, 1000);
    QCOMPARE(data.beats,
             (QList<qint64>{start, start + 1000, start + 2000, start + 3000, start + 5500,
                            start + 6500}));
    QCOMPARE(data.lateCount(), 1);
    QVERIFY(data.isLate(4));
    QCOMPARE(data.maxIntervalMs(), 2500);
    QCOMPARE(data.meanIntervalMs(), 1300);
    QCOMPARE(data.silenceMs(), 4000);
    // Only the Pulse column carries it.
    QVERIFY(!m_model->index(0, ProcessTableModel::Name)
                     .data(ProcessTableModel::PulseRole)
                     .isValid());

    QCOMPARE(cell.data(ProcessTableModel::SortRole).toInt(), 1);
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
             u"6 heartbeats in the last minute, 1 late"_s);
    const QStringList tip = cell.data(Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(tip.value(0), u"6 heartbeats in the last 60 s"_s);
    QCOMPARE(tip.value(1), u"Interval: mean 1.30 s, longest 2.50 s (expected: 1.00 s)"_s);
    QCOMPARE(tip.value(2), u"1 late (more than 1.50 s after the beat before)"_s);
    QVERIFY2(tip.value(3).startsWith(u"Silent for 4.00 s"_s), qPrintable(tip.join(u'|')));
    QVERIFY(cell.data(Qt::DisplayRole).toString().isEmpty()); // the delegate paints it

    // A minute later the beats have left the window; the last one is still known.
    m_clock->advance(60000);
    data = pulse();
    QVERIFY(data.beats.isEmpty());
    QCOMPARE(data.previousBeatMs, start + 6500);
    QCOMPARE(data.silenceMs(), 64000);
    QCOMPARE(cell.data(ProcessTableModel::SortRole).toInt(), 0);
    QVERIFY2(cell.data(Qt::ToolTipRole)
                     .toString()
                     .startsWith(u"0 heartbeats in the last 60 s\n"
                                 u"Expected interval: 1.00 s"_s),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));

    // Stopped: the past beats stay, dimmed (Idle).
    beat();
    m_supervisor->killProgram(u"puppet"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"puppet"_s)->state, ProgramState::Stopped);
    data = pulse();
    QCOMPARE(data.kind, PulseData::Kind::Idle);
    QCOMPARE(data.beats.size(), 1);
}

void TestPulseDelegate::beatsRepaintCoalescedNotPerBeat()
{
    startPuppet();
    if (QTest::currentTestFailed()) {
        return;
    }
    beat(); // Starting → Running: a state change, repainted at once
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QElapsedTimer elapsed;
    elapsed.start();
    constexpr int beats = 30;
    for (int i = 0; i < beats; ++i) {
        m_clock->advance(100);
        beat();
    }
    // Let a last coalesced update through, then count: one per 250 ms at most (plus the 1 Hz
    // tick), never one per beat.
    QTRY_VERIFY(pulse().beats.size() == beats + 1);
    const qint64 ms = elapsed.elapsed();
    int pulseChanges = 0;
    for (const QList<QVariant> &arguments : changed) {
        const QModelIndex topLeft = arguments.at(0).toModelIndex();
        const QModelIndex bottomRight = arguments.at(1).toModelIndex();
        pulseChanges += topLeft.column() <= ProcessTableModel::Pulse
                        && bottomRight.column() >= ProcessTableModel::Pulse
                ? 1
                : 0;
    }
    QVERIFY2(pulseChanges <= ms / 250 + ms / 1000 + 2,
             qPrintable(
                     u"%1 repaints for %2 beats in %3 ms"_s.arg(pulseChanges).arg(beats).arg(ms)));
    QVERIFY(pulseChanges < beats);
}

void TestPulseDelegate::stripHasATickWhereEachBeatIs()
{
    const qint64 now = 1000000;
    const QList<qint64> offsets{-50000, -40000, -30000, -20000, -10000, -1000};
    PulseData data = pulseOf(offsets, now, PulseData::Kind::Live, 10000, 30000);
    QCOMPARE(data.lateCount(), 0);
    const QImage image = render(data);
    const QColor beat = PulseDelegate::beatColour(lightPalette());
    const QColor background = PulseDelegate::backgroundColour(lightPalette());
    QList<int> tickColumns;
    for (int x = 0; x < image.width(); ++x) {
        // Unpainted pixels would be magenta.
        QVERIFY(image.pixelColor(x, 0) != QColor(Qt::magenta));
        if (image.pixelColor(x, 8) == beat) {
            tickColumns.append(x);
        } else {
            QCOMPARE(image.pixelColor(x, 8), background);
        }
    }
    QList<int> expected;
    for (const qint64 offset : offsets) {
        expected.append(columnOf(offset));
    }
    QCOMPARE(tickColumns, expected);
    // Normal ticks leave a margin at the top and bottom.
    QCOMPARE(image.pixelColor(expected.first(), 0), background);

    // Selected rows draw the ticks in the highlighted text colour.
    const QImage selected = render(data, true);
    QCOMPARE(selected.pixelColor(expected.first(), 8), QColor(Qt::white));
}

void TestPulseDelegate::lateBeatAndSilenceAreColoured()
{
    const qint64 now = 1000000;
    // 1 s beats, a beat 4 s late at -20 s, then silence for 10 s: longer than the lost timeout.
    QList<qint64> offsets;
    for (qint64 at = -40000; at <= -24000; at += 1000) {
        offsets.append(at);
    }
    offsets.append(-20000);
    offsets.append(-10000);
    const PulseData data = pulseOf(offsets, now, PulseData::Kind::Live, 1000, 3000);
    QCOMPARE(data.lateCount(), 2);
    const QImage image = render(data);
    const QColor late = PulseDelegate::lateColour(lightPalette());
    const QColor background = PulseDelegate::backgroundColour(lightPalette());
    // Late beats are full height, in the alert colour.
    QCOMPARE(image.pixelColor(columnOf(-20000), 0), late);
    QCOMPARE(image.pixelColor(columnOf(-10000), 15), late);
    QCOMPARE(image.pixelColor(columnOf(-24000), 8), PulseDelegate::beatColour(lightPalette()));
    // The gap before the late beat is plain background...
    QCOMPARE(image.pixelColor(columnOf(-22000), 8), background);
    // ... the silence since the last beat is tinted red (past the lost timeout), to now.
    for (const int x : {columnOf(-10000) + 2, 149}) {
        const QColor tint = image.pixelColor(x, 8);
        QVERIFY2(tint.red() > tint.green() + 40 && tint.red() > tint.blue() + 40,
                 qPrintable(tint.name()));
    }

    // A short silence (2 s: late, not lost) is tinted orange, not red.
    const PulseData late2 = pulseOf({-5000, -4000, -3000, -2000}, now, PulseData::Kind::Live);
    const QColor tint = render(late2).pixelColor(149, 8);
    QVERIFY2(tint.green() > tint.blue() + 20, qPrintable(tint.name()));
    // On time: no tint at all.
    const PulseData fresh = pulseOf({-3000, -2000, -1000}, now, PulseData::Kind::Live);
    QCOMPARE(render(fresh).pixelColor(149, 8), background);
}

void TestPulseDelegate::plainAndStoppedStripsAreDim()
{
    const qint64 now = 1000000;
    const QList<qint64> offsets{-30000, -29000, -28000};
    const QImage plain = render(pulseOf(offsets, now, PulseData::Kind::Plain));
    const QColor dim = plain.pixelColor(0, 0);
    for (int x = 0; x < plain.width(); ++x) {
        QCOMPARE(plain.pixelColor(x, 8), dim); // no tick, whatever the history
    }
    QVERIFY(dim != PulseDelegate::backgroundColour(lightPalette()));

    const QImage idle = render(pulseOf(offsets, now, PulseData::Kind::Idle));
    const QColor tick = idle.pixelColor(columnOf(-30000), 8);
    QVERIFY(tick != dim && tick != PulseDelegate::beatColour(lightPalette()));
    // Silence is not tinted when nothing runs.
    QCOMPARE(idle.pixelColor(149, 8), dim);
}

void TestPulseDelegate::delegatePaintsTheTableCell()
{
    startPuppet();
    if (QTest::currentTestFailed()) {
        return;
    }
    for (int i = 0; i < 5; ++i) {
        m_clock->advance(1000);
        beat();
    }
    QTableView view;
    view.setModel(m_model.get());
    auto *delegate = new PulseDelegate(&view);
    view.setItemDelegateForColumn(ProcessTableModel::Pulse, delegate);
    view.setColumnWidth(ProcessTableModel::Pulse, PulseDelegate::preferredWidth + 8);
    view.resize(1600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex cell = m_model->index(0, ProcessTableModel::Pulse);
    QCOMPARE(delegate->sizeHint(QStyleOptionViewItem(), cell).width(),
             PulseDelegate::preferredWidth);

    const QRect rect = view.visualRect(cell);
    const QImage image = view.viewport()->grab(rect).toImage();
    const QColor beat = PulseDelegate::beatColour(view.palette());
    QList<int> tickColumns;
    for (int x = 0; x < image.width(); ++x) {
        if (image.pixelColor(x, image.height() / 2) == beat) {
            tickColumns.append(x);
        }
    }
    // Five beats a second apart, the newest at the right end of the strip.
    QCOMPARE(tickColumns.size(), 5);
    QVERIFY2(tickColumns.last() > image.width() * 3 / 4,
             qPrintable(QString::number(tickColumns.last())));
    for (qsizetype i = 1; i < tickColumns.size(); ++i) {
        QVERIFY(tickColumns.at(i) - tickColumns.at(i - 1) >= 2);
    }
    // No pulse for another column: the delegate paints nothing there.
    QVERIFY(!m_model->index(0, ProcessTableModel::Name)
                     .data(ProcessTableModel::PulseRole)
                     .isValid());
}

QTEST_MAIN(TestPulseDelegate)
#include "tst_pulsedelegate.moc"
