// A flood of bad heartbeats (bad input, "Survive everything", point 4): a million malformed
// messages from one connection, while valid beats of a running program come from another. The
// fixture: badinputfixture.h; the other bad heartbeats are in tst_badheartbeats.

#include "badinputfixture.h"

#include "core/supervision/supervisor.h"
#include "testenvironment.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <zmq.hpp>

#include <QScopeGuard>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int floodMessages = 1000000;
constexpr int maxValidBeats = 5000;
constexpr auto validBeatInterval = std::chrono::milliseconds(20);

// What the two sending threads and the test share.
struct FloodRun
{
    std::string endpoint;
    std::atomic<bool> stop{false};
    std::atomic<bool> threadFailed{false};
    std::atomic<qint64> floodStartNs{0};
    std::atomic<qint64> floodEndNs{0};
};

// The valid beats sent during the flood: when each was sent, when the supervisor read it, and
// whether the flood was still being read then.
struct ValidBeats
{
    std::vector<std::atomic<qint64>> sentAt = std::vector<std::atomic<qint64>>(maxValidBeats);
    std::vector<qint64> receivedAt = std::vector<qint64>(maxValidBeats, -1);
    std::vector<char> duringFlood = std::vector<char>(maxValidBeats, 0);
    std::atomic<int> sent{0};

    bool allReceived() const
    {
        return std::all_of(receivedAt.begin(), receivedAt.begin() + sent,
                           [](qint64 at) { return at >= 0; });
    }

    std::vector<qint64> latenciesDuringFloodUs() const
    {
        std::vector<qint64> latencies;
        for (std::size_t i = 0; i < std::size_t(sent); ++i) {
            if (duringFlood[i]) {
                latencies.push_back((receivedAt[i] - sentAt[i]) / 1000);
            }
        }
        std::sort(latencies.begin(), latencies.end());
        return latencies;
    }

    qint64 firstReadDuringFloodNs() const
    {
        for (std::size_t i = 0; i < std::size_t(sent); ++i) {
            if (duringFlood[i]) {
                return receivedAt[i];
            }
        }
        return -1;
    }
};

// An XPUB connected to the launcher's heartbeat endpoint, once the launcher subscribed.
bool connectPublisher(zmq::socket_t &socket, const std::string &endpoint)
{
    socket.set(zmq::sockopt::linger, 0);
    socket.set(zmq::sockopt::rcvtimeo, 5000);
    socket.connect(endpoint);
    zmq::message_t subscription;
    return socket.recv(subscription).has_value();
}

// Valid beats of the puppet, paced, until the run stops.
void sendValidBeats(zmq::context_t &zmq, FloodRun &run, ValidBeats &beats, qint64 pid,
                    quint64 firstSequence)
{
    try {
        zmq::socket_t socket(zmq, zmq::socket_type::xpub);
        if (!connectPublisher(socket, run.endpoint)) {
            run.threadFailed = true;
            return;
        }
        for (int i = 0; i < maxValidBeats && !run.stop; ++i) {
            beats.sentAt[std::size_t(i)] = steadyNs();
            if (!sendFrames(socket,
                            heartbeat("puppet", pid, firstSequence + quint64(i), "probe"))) {
                run.threadFailed = true;
                return;
            }
            beats.sent = i + 1;
            std::this_thread::sleep_for(validBeatInterval); // pacing, in this thread
        }
    } catch (const zmq::error_t &) {
        run.threadFailed = true;
    }
}

// A million malformed messages of every kind, as fast as the socket takes them.
void sendGarbage(FloodRun &run)
{
    try {
        zmq::context_t context(1); // its own I/O thread, not the valid beats'
        zmq::socket_t socket(context, zmq::socket_type::xpub);
        socket.set(zmq::sockopt::sndhwm, 0); // never drop on the sending side
        if (!connectPublisher(socket, run.endpoint)) {
            run.threadFailed = true;
            return;
        }
        const std::vector<Frames> garbage = {
                {""},                            // empty-message
                {"ZLHB1"},                       // wrong-frame-count
                {"ZLHB2", "x"},                  // unknown-version
                {"\xff\xfe\xfd", "junk"},        // not-a-heartbeat
                {"ZLHB1", "bad name", "1", "0"}, // bad-name
                {"ZLHB1", "puppet", "-1", "0"},  // bad-pid
        };
        run.floodStartNs = steadyNs();
        for (int i = 0; i < floodMessages; ++i) {
            if (!sendFrames(socket, garbage[std::size_t(i) % garbage.size()])) {
                run.threadFailed = true;
                return;
            }
        }
        run.floodEndNs = steadyNs();
        // Linger 0: closing now would discard what is still queued, so wait for the end.
        const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!run.stop && std::chrono::steady_clock::now() < giveUp) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    } catch (const zmq::error_t &) {
        run.threadFailed = true;
    }
}

// Event-loop health, as a second figure: the largest gap between 10 ms ticks once the flood
// has begun.
class TickGaps
{
public:
    explicit TickGaps(const FloodRun &run)
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(10);
        QObject::connect(&m_tick, &QTimer::timeout, [this, &run] {
            const qint64 now = steadyNs();
            if (m_lastNs > 0 && run.floodStartNs > 0) {
                m_largestNs = std::max(m_largestNs, now - m_lastNs);
            }
            m_lastNs = now;
        });
        m_tick.start();
    }

    qint64 stop()
    {
        m_tick.stop();
        return m_largestNs;
    }

private:
    QTimer m_tick;
    qint64 m_lastNs = 0;
    qint64 m_largestNs = 0;
};

} // namespace

class TestBadHeartbeatFlood : public BadInputFixture
{
    Q_OBJECT

private slots:
    void floodLeavesTheLauncherResponsive();

private:
    void report(const FloodRun &run, const ValidBeats &beats, qint64 drainedNs,
                qint64 largestTickGapNs) const;
};

void TestBadHeartbeatFlood::floodLeavesTheLauncherResponsive()
{
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    m_supervisor->setHeartbeatEventsEnabled(true);

    FloodRun run;
    run.endpoint = m_env->runtimeDir().heartbeatEndpoint().toStdString();
    const quint64 floodTarget = m_supervisor->rejectedHeartbeats() + floodMessages;
    const quint64 firstBeat = m_puppetSequence;
    ValidBeats beats;
    const QMetaObject::Connection beatWatch
            = connect(m_supervisor.get(), &Supervisor::eventOccurred, this, [&](const Event &e) {
                  if (e.kind != EventKind::Heartbeat || e.program != u"puppet"_s
                      || e.sequence < firstBeat || e.sequence >= firstBeat + maxValidBeats) {
                      return;
                  }
                  const auto index = std::size_t(e.sequence - firstBeat);
                  beats.receivedAt[index] = steadyNs();
                  beats.duringFlood[index] = m_supervisor->rejectedHeartbeats() < floodTarget;
              });
    const auto disconnect = qScopeGuard([&] { QObject::disconnect(beatWatch); });
    std::thread validSender(sendValidBeats, std::ref(m_zmq), std::ref(run), std::ref(beats),
                            m_puppetPid, firstBeat);
    std::thread flooder(sendGarbage, std::ref(run));
    const auto join = qScopeGuard([&] {
        run.stop = true;
        validSender.join();
        flooder.join();
    });

    TickGaps tickGaps(run);
    const bool drained = runEventLoopUntil(
            [&] { return run.threadFailed || m_supervisor->rejectedHeartbeats() >= floodTarget; },
            40000);
    const qint64 drainedNs = steadyNs();
    const qint64 largestTickGapNs = tickGaps.stop();
    run.stop = true;
    QVERIFY2(!run.threadFailed, "a sending thread failed");
    QVERIFY2(drained,
             qPrintable(
                     u"%1 of %2 garbage messages counted"_s
                             .arg(m_supervisor->rejectedHeartbeats() + floodMessages - floodTarget)
                             .arg(floodMessages)));
    QVERIFY(QTest::qWaitFor([&] { return beats.allReceived(); }, 5000));
    report(run, beats, drainedNs, largestTickGapNs);

    QCOMPARE(m_supervisor->rejectedHeartbeats(), floodTarget);
    QVERIFY2(beats.latenciesDuringFloodUs().size() >= 10,
             "too few beats sent during the flood to judge");
    // How long a beat waited is a figure for bench/, not a bound for a shared machine. What
    // must hold anywhere is the order: valid beats are read while the garbage still pours in
    // (fair-queued beside it), not after it, and none is lost (all were received above).
    QVERIFY2(beats.firstReadDuringFloodNs() < drainedNs,
             "the first valid heartbeat of the flood was read only after all the garbage");
    // The drop counter is shown, coalesced: one report a second, the last with the total.
    QTRY_VERIFY(
            hasEvent(QString(), EventKind::Protocol, u"; %1 dropped in all"_s.arg(floodTarget)));
    const int reports = countEvents(u"malformed heartbeat messages"_s);
    const double processSeconds = double(drainedNs - run.floodStartNs) / 1e9;
    QVERIFY2(reports <= int(processSeconds) + 3, qPrintable(QString::number(reports)));
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
    QVERIFY(witnessIsFine());
}

void TestBadHeartbeatFlood::report(const FloodRun &run, const ValidBeats &beats, qint64 drainedNs,
                                   qint64 largestTickGapNs) const
{
    const std::vector<qint64> latenciesUs = beats.latenciesDuringFloodUs();
    const double sendSeconds = double(run.floodEndNs - run.floodStartNs) / 1e9;
    const double processSeconds = double(drainedNs - run.floodStartNs) / 1e9;
    qInfo("flood: %d garbage messages sent in %.2f s (%.0f/s), all counted after %.2f s "
          "(%.0f/s); drop counter %llu",
          floodMessages, sendSeconds, floodMessages / sendSeconds, processSeconds,
          floodMessages / processSeconds, m_supervisor->rejectedHeartbeats());
    qInfo("flood: %zu valid beats during it, latency median %lld us, max %lld us; largest "
          "event-loop gap %lld ms",
          latenciesUs.size(), latenciesUs.empty() ? -1 : latenciesUs[latenciesUs.size() / 2],
          latenciesUs.empty() ? -1 : latenciesUs.back(), largestTickGapNs / 1000000);
}

QTEST_GUILESS_MAIN(TestBadHeartbeatFlood)
#include "tst_badheartbeatflood.moc"
