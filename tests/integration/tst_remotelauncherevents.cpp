// RemoteLauncher tells every event of its agent once, in order of its numbers, also those that
// went by while its stream was cut (fetched again with the "events" request), knows an agent
// that started again by its launcherId, and says which events the agent no longer kept
// (docs/remote.md). The cable is a TcpRelay on loopback, cut and joined by the test.
#include "tcprelay.h"
#include "testagent.h"
#include "testenvironment.h"
#include "toldevents.h"
#include "twobeaters.h"

#include "core/remote/remotelauncher.h"

#include <QHash>
#include <QList>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

/// What a RemoteLauncher told: the agent's events, and its own lines (lost, restarted).
struct Told
{
    explicit Told(RemoteLauncher &remote)
    {
        QObject::connect(&remote, &RemoteLauncher::eventReceived,
                         [this](const QJsonObject &event) { events.append(event); });
        QObject::connect(&remote, &RemoteLauncher::eventOccurred, [this](const Event &event) {
            if (event.number == 0) {
                lines.append(event.message);
            }
        });
    }
    quint64 lastSeq() const { return events.isEmpty() ? 0 : seqOf(events.constLast()); }
    qsizetype linesWith(const QString &text) const
    {
        return std::count_if(lines.cbegin(), lines.cend(),
                             [&text](const QString &line) { return line.contains(text); });
    }

    QList<QJsonObject> events;
    QStringList lines;
};

/// The number of the last event the agent printed; 0 before any.
quint64 lastSeq(const TestAgent &agent)
{
    return lastSeqOf(agent.process()->events());
}

/// A RemoteLauncher following the agent through two relays, of its control and event
/// endpoints, that the test cuts and joins: the cable.
struct RelayedFollower
{
    RelayedFollower(const TestAgent &agent, const CurveKeyPair &client)
        : port(static_cast<quint16>(QUrl(agent.endpoint()).port()))
        , control(port)
        , events(port + 1)
        , remote(context,
                 {u"bench"_s, u"tcp://%1:%2"_s.arg(TcpRelay::relayAddress.toString()).arg(port),
                  agent.serverKey()},
                 client)
        , told(remote)
    { }
    bool join() { return control.join() && events.join(); }
    void cut()
    {
        control.cut();
        events.cut();
    }

    quint16 port;
    TcpRelay control;
    TcpRelay events;
    zmq::context_t context;
    RemoteLauncher remote;
    Told told;
};

/// Where a follower stood when its cable was cut, and the agent's last event once joined.
struct Cut
{
    quint64 toldBefore = 0;
    qsizetype eventsBefore = 0;
    qsizetype linesBefore = 0;
    quint64 last = 0;
};

} // namespace

class TestRemoteLauncherEvents : public QObject
{
    Q_OBJECT

    /// SIGKILLs each of the agent's beaters and waits until the agent has started it again:
    /// an exit and the states of a restart each.
    static void killBothBeaters(const TestAgent &agent)
    {
        for (int i = 0; i < 2; ++i) {
            const qsizetype started = agent.process()->runningPids().size();
            const qint64 pid = agent.process()->runningPids().constLast();
            QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
            QTRY_VERIFY_WITH_TIMEOUT(agent.process()->runningPids().size() > started, 20000);
        }
    }

    /// With the follower synchronised: events told as they come, the cable cut, events the
    /// follower cannot see, the cable joined, and the follower synchronised again and told up to
    /// the agent's last event.
    static void cutWhileBeatersDie(const TestAgent &agent, RelayedFollower &follower, Cut *cut)
    {
        killBothBeaters(agent);
        if (QTest::currentTestFailed()) {
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(follower.told.lastSeq() >= lastSeq(agent), 20000);
        follower.cut();
        QTRY_COMPARE_WITH_TIMEOUT(follower.remote.state(), RemoteLauncher::State::Unreachable,
                                  20000);
        cut->toldBefore = follower.told.lastSeq();
        cut->eventsBefore = follower.told.events.size();
        cut->linesBefore = follower.told.lines.size();
        killBothBeaters(agent);
        if (QTest::currentTestFailed()) {
            return;
        }
        cut->last = lastSeq(agent);
        QVERIFY(cut->last >= cut->toldBefore + 6);
        QVERIFY2(follower.join(), qPrintable(follower.control.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(follower.remote.state(), RemoteLauncher::State::Synchronised,
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(follower.told.lastSeq() >= cut->last, 20000);
    }

private Q_SLOTS:
    void tellsTheEventsACutStreamMissed()
    {
        TestEnvironment env;
        QVERIFY2(env.isValid(), qPrintable(env.errorString()));
        TestAgent agent(env, QStringLiteral(ZL_LAUNCHER), QStringLiteral(ZL_CTL));
        const CurveKeyPair client = CurveKeys::generate();
        startAgentOn(agent, twoBeaters(), client);
        if (QTest::currentTestFailed()) {
            return;
        }
        RelayedFollower follower(agent, client);
        QVERIFY2(follower.join(), qPrintable(follower.control.errorString()));
        // No periodic snapshot within the test: what is told comes from the stream or a fetch.
        follower.remote.start(600000);
        QTRY_COMPARE_WITH_TIMEOUT(follower.remote.state(), RemoteLauncher::State::Synchronised,
                                  20000);
        Cut cut;
        cutWhileBeatersDie(agent, follower, &cut);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkToldOnceInOrder(follower.told.events, agent.process()->events(), cut.last);
        QVERIFY(seqOf(follower.told.events.constFirst()) <= cut.toldBefore);
        QCOMPARE(follower.told.lines, QStringList());
    }

    void recognisesARestartedAgent()
    {
        TestEnvironment env;
        QVERIFY2(env.isValid(), qPrintable(env.errorString()));
        TestAgent agent(env, QStringLiteral(ZL_LAUNCHER), QStringLiteral(ZL_CTL));
        const CurveKeyPair client = CurveKeys::generate();
        startAgentOn(agent, twoBeaters(), client);
        if (QTest::currentTestFailed()) {
            return;
        }
        zmq::context_t context;
        RemoteLauncher remote(context, {u"bench"_s, agent.endpoint(), agent.serverKey()}, client);
        Told told(remote);
        qsizetype toldBeforeRestart = -1;
        connect(&remote, &RemoteLauncher::agentRestarted, this,
                [&] { toldBeforeRestart = told.events.size(); });
        const auto launcherId = [&remote] {
            QString id;
            remote.request({{u"command"_s, u"info"_s}},
                           [&id](const QJsonObject &reply, const QString &) {
                               id = reply.value(u"launcherId"_s).toString();
                           });
            return QTest::qWaitFor([&id] { return !id.isEmpty(); }, 20000) ? id : QString();
        };
        remote.start(600000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Synchronised, 20000);
        const QString before = launcherId();
        QCOMPARE(before.size(), 32);

        agent.kill();
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Unreachable, 30000);
        QVERIFY(agent.start());
        QTRY_VERIFY_WITH_TIMEOUT(agent.process()->runningPids().size() >= 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Synchronised, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(toldBeforeRestart >= 0, 20000);
        QVERIFY(launcherId() != before);
        const quint64 last = lastSeq(agent);
        QTRY_VERIFY_WITH_TIMEOUT(told.lastSeq() >= last && told.events.size() > toldBeforeRestart,
                                 20000);

        // The new run is told from its first event, once each, in order.
        const QList<QJsonObject> again = told.events.mid(toldBeforeRestart);
        QCOMPARE(seqOf(again.constFirst()), quint64{1});
        checkToldOnceInOrder(again, agent.process()->events(), last);
        QCOMPARE(told.linesWith(u"bench restarted: its earlier events are gone"_s), 1);
        QCOMPARE(told.lines.size(), 1);
    }

    void saysWhatTheAgentNoLongerKept()
    {
        TestEnvironment env;
        QVERIFY2(env.isValid(), qPrintable(env.errorString()));
        TestAgent agent(env, QStringLiteral(ZL_LAUNCHER), QStringLiteral(ZL_CTL));
        agent.setExtraArguments({u"--keep-events"_s, u"3"_s});
        const CurveKeyPair client = CurveKeys::generate();
        startAgentOn(agent, twoBeaters(), client);
        if (QTest::currentTestFailed()) {
            return;
        }
        RelayedFollower follower(agent, client);
        QVERIFY2(follower.join(), qPrintable(follower.control.errorString()));
        follower.remote.start(600000);
        QTRY_COMPARE_WITH_TIMEOUT(follower.remote.state(), RemoteLauncher::State::Synchronised,
                                  20000);
        QSignalSpy lost(&follower.remote, &RemoteLauncher::eventsLost);
        Cut cut;
        cutWhileBeatersDie(agent, follower, &cut);
        if (QTest::currentTestFailed()) {
            return;
        }

        // One gap, stated: from the first event not told to the one before the first kept.
        QCOMPARE(lost.size(), 1);
        const quint64 from = lost.at(0).at(0).value<quint64>();
        const quint64 to = lost.at(0).at(1).value<quint64>();
        QCOMPARE(from, cut.toldBefore + 1);
        QVERIFY(to >= from && to < cut.last);
        const QList<QJsonObject> after = follower.told.events.mid(cut.eventsBefore);
        QCOMPARE(seqOf(after.constFirst()), to + 1);
        checkToldOnceInOrder(after, agent.process()->events(), cut.last);
        const QStringList lines = follower.told.lines.mid(cut.linesBefore);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().startsWith(u"bench: %1 events of "_s.arg(to - from + 1))
                         && lines.constFirst().endsWith(
                                 u"were not kept by the agent, which keeps its last 3"_s),
                 qPrintable(lines.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestRemoteLauncherEvents)
#include "tst_remotelauncherevents.moc"
