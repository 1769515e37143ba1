// RemoteLauncher against a real agent on loopback tcp: it follows the agent's programs
// (snapshot, then events), is unreachable while the agent is gone, refuses commands with that
// sentence, and comes back resynchronised with the agent that replaced it (docs/remote.md).
#include "testagent.h"
#include "testenvironment.h"
#include "twobeaters.h"

#include "core/remote/remotelauncher.h"

#include <QElapsedTimer>
#include <QList>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <memory>

using namespace Qt::StringLiterals;

class TestRemoteLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsLosesAndResynchronises()
    {
        TestEnvironment env;
        QVERIFY2(env.isValid(), qPrintable(env.errorString()));
        TestAgent agent(env, QStringLiteral(ZL_LAUNCHER), QStringLiteral(ZL_CTL));
        const CurveKeyPair client = CurveKeys::generate();
        startAgentOn(agent, twoBeaters(), client);
        if (QTest::currentTestFailed()) {
            return;
        }
        const QByteArray serverKey = agent.serverKey();
        QCOMPARE(serverKey.size(), 40);

        zmq::context_t context;
        RemoteLauncher remote(context, {u"bench"_s, agent.endpoint(), serverKey}, client);
        QSignalSpy states(&remote, &RemoteLauncher::stateChanged);
        // No periodic snapshot within the test: what changes must come through the stream.
        remote.start(600000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Synchronised, 20000);
        QCOMPARE(remote.mirror().names(), (QStringList{u"alpha"_s, u"beta"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(remote.mirror().program(u"alpha"_s)[u"state"].toString(),
                                  u"running"_s, 20000);

        // A command, and its effect arriving through the stream.
        QJsonObject reply;
        remote.request({{u"command"_s, u"stop"_s}, {u"name"_s, u"alpha"_s}},
                       [&reply](const QJsonObject &answer, const QString &) { reply = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.value(u"ok"_s).toBool(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.mirror().program(u"alpha"_s)[u"state"].toString(),
                                  u"stopped"_s, 20000);
        QVERIFY(remote.mirror().lastSeq() >= static_cast<quint64>(reply[u"seq"].toInteger()));

        // The agent dies: unreachable, and commands are refused with that sentence.
        QElapsedTimer lost;
        lost.start();
        agent.kill(); // its programs go on
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Unreachable, 30000);
        qInfo("unreachable %lld ms after the agent was killed", lost.elapsed());
        QString refusal;
        remote.request({{u"command"_s, u"start"_s}, {u"name"_s, u"alpha"_s}},
                       [&refusal](const QJsonObject &, const QString &why) { refusal = why; });
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.startsWith(u"bench is unreachable since "_s), qPrintable(refusal));

        // A new agent on the same address adopts the programs; the mirror follows it.
        QVERIFY(agent.start());
        QTRY_VERIFY_WITH_TIMEOUT(agent.process()->runningPids().size() >= 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Synchronised, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(remote.mirror().program(u"beta"_s)[u"state"].toString(),
                                  u"running"_s, 20000);
        QCOMPARE(states.size() >= 3, true);
    }

    // Every event of the stream is told once and in order, also those that come while a
    // snapshot is on its way (the snapshot already counts them): here one is always asked for.
    void tellsEveryEventWhileSnapshotsAreTaken()
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
        QList<quint64> told;
        connect(&remote, &RemoteLauncher::eventOccurred, this, [&told](const Event &event) {
            QCOMPARE(event.host, u"bench"_s);
            told.append(event.number);
        });
        remote.start(1);
        QTRY_COMPARE_WITH_TIMEOUT(remote.state(), RemoteLauncher::State::Synchronised, 20000);
        const quint64 from = remote.mirror().lastSeq();
        for (int i = 0; i < 6; ++i) {
            QJsonObject reply;
            remote.request(
                    {{u"command"_s, u"restart"_s}, {u"name"_s, u"alpha"_s}},
                    [&reply](const QJsonObject &answer, const QString &) { reply = answer; });
            QTRY_VERIFY_WITH_TIMEOUT(reply.value(u"ok"_s).toBool(), 20000);
            QTRY_COMPARE_WITH_TIMEOUT(remote.mirror().program(u"alpha"_s)[u"state"].toString(),
                                      u"running"_s, 20000);
        }
        const quint64 to = remote.mirror().lastSeq();
        QVERIFY(to > from + 6);
        QList<quint64> expected;
        for (quint64 seq = from + 1; seq <= to; ++seq) {
            expected.append(seq);
        }
        QTRY_VERIFY_WITH_TIMEOUT(told.size() >= 1 && told.last() >= to, 20000);
        QList<quint64> window;
        std::copy_if(told.cbegin(), told.cend(), std::back_inserter(window),
                     [from, to](quint64 seq) { return seq > from && seq <= to; });
        QCOMPARE(window, expected);
    }
};

QTEST_GUILESS_MAIN(TestRemoteLauncher)
#include "tst_remotelauncher.moc"
