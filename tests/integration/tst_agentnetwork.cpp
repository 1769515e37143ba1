// Two agents on two "hosts": network namespaces joined to the test's by veth pairs, each agent
// with its own configuration home and runtime directory. zlauncherctl in the test's namespace
// drives both by name (hosts.json); a cut link makes one unreachable while it goes on
// supervising, and it is reachable again when the link comes back, its follower told every event
// of the cut (docs/remote.md). Over the same veth, what the threat model refuses is refused while
// the agent goes on supervising. Needs root and iproute2; skips, saying why, where network
// namespaces cannot be made (a chroot).
#include "networkhosts.h"
#include "toldevents.h"

#include "core/remote/remotelauncher.h"

#include <csignal>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QList<qint64> sorted(QList<qint64> pids)
{
    std::sort(pids.begin(), pids.end());
    return pids;
}

} // namespace

class TestAgentNetwork : public QObject
{
    Q_OBJECT

private:
    ProcessRun client(const QStringList &arguments) const { return m_hosts->client(arguments); }
    /// The agent's log lines (its control events) that contain text.
    static qsizetype logLinesWith(const NetworkHosts::Host &host, const QString &text)
    {
        qsizetype count = 0;
        for (const QJsonObject &event : host.agent->events()) {
            count += event[u"message"_s].toString().contains(text) ? 1 : 0;
        }
        return count;
    }
    /// Supervision goes on: alpha, SIGKILLed, is back with a new pid.
    static void checkStillSupervising(const NetworkHosts::Host &host)
    {
        const qint64 before = NetworkHosts::lastRunningPid(host, u"alpha"_s);
        QVERIFY(before > 0);
        QCOMPARE(::kill(static_cast<pid_t>(before), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(NetworkHosts::lastRunningPid(host, u"alpha"_s) != before, 20000);
    }

    /// The number of the last event host's agent printed.
    static quint64 lastSeq(const NetworkHosts::Host &host)
    {
        return lastSeqOf(host.agent->events());
    }

    std::unique_ptr<NetworkHosts> m_hosts;

private Q_SLOTS:
    void init()
    {
        m_hosts = std::make_unique<NetworkHosts>();
        if (const QString why = m_hosts->prepare(); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
    }
    void cleanup() { m_hosts.reset(); }

    void oneClientDrivesTwoAgentsThroughACutLink()
    {
        NetworkHosts::Host &a = m_hosts->a();
        NetworkHosts::Host &b = m_hosts->b();
        for (NetworkHosts::Host *host : {&a, &b}) {
            const QString error = m_hosts->startAgent(*host);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        for (const NetworkHosts::Host *host : {&a, &b}) {
            const ProcessRun list = client({u"--host"_s, host->name, u"list"_s});
            QVERIFY2(list.exitCode == 0 && list.out.contains(u"alpha"_s), qPrintable(list.err));
        }
        const ProcessRun stop = client({u"--host"_s, b.name, u"stop"_s, u"beta"_s});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        QTRY_VERIFY_WITH_TIMEOUT(!b.agent->eventsOf(u"exit"_s, u"beta"_s).isEmpty(), 20000);
        QVERIFY(a.agent->eventsOf(u"exit"_s, u"beta"_s).isEmpty());

        // A follower of A, as the window is: synchronised before the cut.
        QString error;
        const std::optional<CurveKeyPair> keys = CurveKeys::load(m_hosts->clientKeyPath(), &error);
        QVERIFY2(keys, qPrintable(error));
        const ProcessRun info = m_hosts->onHost(a, {u"--json"_s, u"info"_s});
        const QByteArray aKey
                = QJsonDocument::fromJson(info.out.toUtf8())[u"serverKey"].toString().toLatin1();
        zmq::context_t context;
        RemoteLauncher follower(context, {a.name, u"tcp://%1:7700"_s.arg(a.address), aKey}, *keys);
        QList<QJsonObject> told;
        connect(&follower, &RemoteLauncher::eventReceived, this,
                [&told](const QJsonObject &event) { told.append(event); });
        follower.start();
        QTRY_COMPARE_WITH_TIMEOUT(follower.state(), RemoteLauncher::State::Synchronised, 20000);

        const quint64 lastBeforeCut = lastSeq(a);
        QVERIFY(m_hosts->setCable(a, false));
        QElapsedTimer cutAt;
        cutAt.start();
        // No packet says the link is gone: the ZMTP heartbeats or an unanswered refresh do.
        QTRY_COMPARE_WITH_TIMEOUT(follower.state(), RemoteLauncher::State::Unreachable, 30000);
        qInfo("the follower saw %s unreachable %lld ms after the cut", qPrintable(a.name),
              cutAt.elapsed());

        const ProcessRun cut = client({u"--host"_s, a.name, u"--timeout"_s, u"5s"_s, u"list"_s});
        QCOMPARE(cut.exitCode, 3);
        QVERIFY2(cut.err.contains(u"unreachable"_s), qPrintable(cut.err));
        const ProcessRun hosts = client({u"--json"_s, u"--timeout"_s, u"10s"_s, u"hosts"_s});
        const QJsonArray rows = QJsonDocument::fromJson(hosts.out.toUtf8())[u"hosts"].toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1)[u"state"].toString(), u"unreachable"_s);
        QCOMPARE(rows.at(2)[u"state"].toString(), u"reachable"_s);

        // Cut off, A goes on supervising: a program killed meanwhile comes back.
        const qint64 before = NetworkHosts::lastRunningPid(a, u"alpha"_s);
        QCOMPARE(::kill(static_cast<pid_t>(before), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(NetworkHosts::lastRunningPid(a, u"alpha"_s) != before, 20000);
        QVERIFY(::kill(static_cast<pid_t>(NetworkHosts::lastRunningPid(a, u"beta"_s)), 0) == 0);

        // The cable back, A answers again, with what happened meanwhile.
        QVERIFY(m_hosts->setCable(a, true));
        QElapsedTimer upAt;
        upAt.start();
        QTRY_COMPARE_WITH_TIMEOUT(follower.state(), RemoteLauncher::State::Synchronised, 30000);
        qInfo("the follower was synchronised with %s again %lld ms after the cable came back",
              qPrintable(a.name), upAt.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(
                client({u"--host"_s, a.name, u"--timeout"_s, u"10s"_s, u"list"_s}).exitCode == 0,
                30000);
        const qint64 alpha = NetworkHosts::lastRunningPid(a, u"alpha"_s);
        QTRY_COMPARE_WITH_TIMEOUT(follower.mirror().program(u"alpha"_s)[u"pid"].toInteger(), alpha,
                                  20000);
        // The follower told every event of A from its first contact on once, in order, as A
        // printed it: those of the cut too, fetched again when the link came back.
        const quint64 last = lastSeq(a);
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty() && seqOf(told.constLast()) >= last, 20000);
        QVERIFY(seqOf(told.constFirst()) <= lastBeforeCut + 1);
        checkToldOnceInOrder(told, a.agent->events(), last);
        if (QTest::currentTestFailed()) {
            return;
        }
        const ProcessRun status
                = client({u"--host"_s, a.name, u"--json"_s, u"status"_s, u"alpha"_s});
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8())[u"program"][u"pid"].toInteger(),
                 alpha);

        // Nothing twice on either host: each namespace runs exactly the instances its agent
        // reports.
        const QString beater = QStringLiteral(ZL_TC_BEATER);
        QCOMPARE(sorted(m_hosts->pidsInside(a, beater)),
                 sorted({alpha, NetworkHosts::lastRunningPid(a, u"beta"_s)}));
        QCOMPARE(m_hosts->pidsInside(b, beater),
                 QList<qint64>{NetworkHosts::lastRunningPid(b, u"alpha"_s)});
    }

    void refusalsOverTheVeth()
    {
        NetworkHosts::Host &a = m_hosts->a();
        const QString error = m_hosts->startAgent(a);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString endpoint = u"tcp://%1:7700"_s.arg(a.address);
        const ProcessRun info = m_hosts->onHost(a, {u"--json"_s, u"info"_s});
        const QString serverKey
                = QJsonDocument::fromJson(info.out.toUtf8())[u"serverKey"].toString();

        // A key the agent's host never authorized.
        const QString strangerHome = m_hosts->environment().filePath(u"stranger-config"_s);
        const QString strangerKey
                = QJsonDocument::fromJson(
                          m_hosts->clientAs(strangerHome, {u"--json"_s, u"keygen"_s})
                                  .out.toUtf8())[u"publicKey"]
                          .toString();
        QCOMPARE(strangerKey.size(), 40);
        const ProcessRun stranger = m_hosts->clientAs(
                strangerHome, {u"--connect"_s, endpoint, u"--server-key"_s, serverKey, u"list"_s});
        QCOMPARE(stranger.exitCode, 3);
        QVERIFY2(stranger.out.isEmpty(), qPrintable(stranger.out));
        QTRY_COMPARE_WITH_TIMEOUT(logLinesWith(a, strangerKey), 1, 10000);

        // The right client, told a wrong server key.
        char publicKey[41] = {};
        char secretKey[41] = {};
        QCOMPARE(zmq_curve_keypair(publicKey, secretKey), 0);
        const ProcessRun wrongKey = client({u"--connect"_s, endpoint, u"--server-key"_s,
                                            QString::fromLatin1(publicKey), u"list"_s});
        QCOMPARE(wrongKey.exitCode, 3);
        QVERIFY2(wrongKey.err.contains(u"is not its public key"_s), qPrintable(wrongKey.err));

        // A client without CURVE: its request is never answered.
        zmq::context_t context;
        zmq::socket_t plain(context, zmq::socket_type::req);
        plain.set(zmq::sockopt::linger, 0);
        plain.connect(endpoint.toStdString());
        QVERIFY(plain.send(zmq::str_buffer(R"({"command": "list"})"), zmq::send_flags::dontwait));
        QTRY_VERIFY_WITH_TIMEOUT(logLinesWith(a, u"without CURVE encryption"_s) == 1, 10000);

        // A megabyte of garbage at the port: the agent closes the connection.
        QTcpSocket garbage;
        garbage.connectToHost(a.address, 7700);
        QVERIFY(garbage.waitForConnected(10000));
        garbage.write(QByteArray(1024 * 1024, '\xa5'));
        QTRY_COMPARE_WITH_TIMEOUT(garbage.state(), QAbstractSocket::UnconnectedState, 30000);

        // A thousand connections that never start their handshake; the agent closes each at
        // its handshake deadline.
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        for (int i = 0; i < 1000; ++i) {
            stalled.push_back(std::make_unique<QTcpSocket>());
            stalled.back()->connectToHost(a.address, 7700);
        }
        const auto connected = [&stalled] {
            return std::count_if(stalled.begin(), stalled.end(), [](const auto &socket) {
                return socket->state() == QAbstractSocket::ConnectedState;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(connected() >= 100, 30000);

        // Meanwhile the agent answers its client and supervises its programs.
        const ProcessRun list = client({u"--host"_s, a.name, u"list"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        checkStillSupervising(a);
        zmq::message_t reply;
        QVERIFY(!plain.recv(reply, zmq::recv_flags::dontwait));
        plain.close();
        QTRY_COMPARE_WITH_TIMEOUT(connected(), 0, 60000);
        // Each refusal was logged once, not once per attempt.
        QCOMPARE(logLinesWith(a, strangerKey), 1);
    }
};

QTEST_GUILESS_MAIN(TestAgentNetwork)
#include "tst_agentnetwork.moc"
