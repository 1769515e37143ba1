// What reaches the supervisor's heartbeat endpoints, from real programs and from sockets of
// the test: legacy beats on an extra endpoint, garbage, unknown names, stray pids, and who
// connected (or never did).
#include "supervisorfixture.h"

#include <csignal>

#include <QCoreApplication>
#include <QTest>

#include <zlauncher/protocol.h>
#include <zmq.hpp>

using namespace Qt::StringLiterals;

class TestSupervisorHeartbeats : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void legacyHeartbeatsOnExtraEndpoint();
    void garbageIsDroppedWhileValidBeatsCount();
    void unknownNameIsReportedOnce();
    void pidMismatchIsReported();
    void lateBeatOfTheLastInstanceIsNotAStray();
    void connectionsAreReportedByProgram();
    void programThatNeverConnectsIsNamed();

private:
    /// A PUB connected to the launcher's heartbeat endpoint.
    std::unique_ptr<zmq::socket_t> publisher(const QString &endpoint = {});

    zmq::context_t m_zmq;
};

void TestSupervisorHeartbeats::init()
{
    // legacyHeartbeatsOnExtraEndpoint listens itself, on one more endpoint.
    const bool listensItself
            = qstrcmp(QTest::currentTestFunction(), "legacyHeartbeatsOnExtraEndpoint") == 0;
    QString error;
    QVERIFY2(setUp(nullptr, &error, listensItself ? Listen::Later : Listen::Now),
             qPrintable(error));
}

void TestSupervisorHeartbeats::cleanup()
{
    tearDown();
}

std::unique_ptr<zmq::socket_t> TestSupervisorHeartbeats::publisher(const QString &endpoint)
{
    auto socket = std::make_unique<zmq::socket_t>(m_zmq, zmq::socket_type::pub);
    socket->set(zmq::sockopt::linger, 0);
    socket->connect((endpoint.isEmpty() ? m_env->runtimeDir().heartbeatEndpoint() : endpoint)
                            .toStdString());
    return socket;
}

namespace {

/// Sends one multipart message, frame by frame.
void sendFrames(zmq::socket_t &socket, const std::vector<std::string> &frames)
{
    for (std::size_t f = 0; f < frames.size(); ++f) {
        socket.send(zmq::buffer(frames[f]),
                    f + 1 < frames.size() ? zmq::send_flags::sndmore : zmq::send_flags::none);
    }
}

} // namespace

void TestSupervisorHeartbeats::legacyHeartbeatsOnExtraEndpoint()
{
    const QString extra = u"ipc://"_s + m_env->filePath(u"legacy-heartbeat"_s);
    QString error;
    QVERIFY2(m_supervisor->listen({extra}, &error), qPrintable(error));
    QVERIFY(hasEvent(QString(), EventKind::Protocol, extra));

    // One matched by its name, one by its command exactly as configured.
    ProgramSpec byName
            = TestEnvironment::spec(u"legacy-name"_s, QStringLiteral(ZL_TC_LEGACY),
                                    {u"--endpoint"_s, extra, u"--token"_s, u"legacy-name"_s});
    addAndStart(byName);
    ProgramSpec byCommand
            = TestEnvironment::spec(u"legacy-command"_s, u"sh"_s,
                                    {u"-c"_s, u"exec \"$0\" --endpoint \"$1\" --token sh"_s,
                                     QStringLiteral(ZL_TC_LEGACY), extra});
    addAndStart(byCommand);
    QTRY_COMPARE(snapshot(u"legacy-name"_s).state, ProgramState::Running);
    QTRY_COMPARE(snapshot(u"legacy-command"_s).state, ProgramState::Running);
    QTRY_VERIFY(snapshot(u"legacy-name"_s).heartbeatCount >= 3);
}

void TestSupervisorHeartbeats::garbageIsDroppedWhileValidBeatsCount()
{
    addAndStart(TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER)));
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Running);

    auto garbage = publisher();
    const quint64 beatsBefore = snapshot(u"beater"_s).heartbeatCount;
    constexpr quint64 wanted = 20000;
    // Sent until counted: the first messages of a fresh PUB are lost until it is connected.
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < 2000; ++i) {
                    garbage->send(zmq::str_buffer("ZLHB1"), zmq::send_flags::sndmore);
                    garbage->send(zmq::str_buffer("beater"), zmq::send_flags::sndmore);
                    garbage->send(zmq::str_buffer("not-a-pid"), zmq::send_flags::sndmore);
                    garbage->send(zmq::str_buffer("0"), zmq::send_flags::none);
                }
                return m_supervisor->rejectedHeartbeats() >= wanted;
            }(),
            20000);
    QTRY_VERIFY(snapshot(u"beater"_s).heartbeatCount >= beatsBefore + 5);
    QCOMPARE(snapshot(u"beater"_s).state, ProgramState::Running);
    QTRY_VERIFY(hasEvent(QString(), EventKind::Protocol, u"bad-pid"_s));
}

void TestSupervisorHeartbeats::unknownNameIsReportedOnce()
{
    auto socket = publisher();
    const auto frames = zlauncher::formatHeartbeat({"ghost", 4242, 0, std::nullopt});
    QTRY_VERIFY([&] {
        for (int i = 0; i < 10; ++i) {
            sendFrames(*socket, frames);
        }
        return m_supervisor->acceptedHeartbeats() >= 20;
    }());
    QCOMPARE(countEvents(u"\"ghost\""_s), 1);
}

void TestSupervisorHeartbeats::pidMismatchIsReported()
{
    addAndStart(TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER)));
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Running);
    auto socket = publisher();
    // pid 1 is never in the program's process group.
    const auto frames = zlauncher::formatHeartbeat({"beater", 1, 0, std::string("impostor")});
    QTRY_VERIFY([&] {
        sendFrames(*socket, frames);
        return hasEvent(u"beater"_s, EventKind::Protocol, u"stray or duplicate"_s);
    }());
    QVERIFY(snapshot(u"beater"_s).statusText != u"impostor"_s);
}

void TestSupervisorHeartbeats::lateBeatOfTheLastInstanceIsNotAStray()
{
    addAndStart(TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER)));
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Running);
    const qint64 pid = snapshot(u"beater"_s).pid;
    m_supervisor->stopProgram(u"beater"_s);
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Stopped);
    // A beat the instance sent just before it exited can be read after its exit: it is no
    // stray. One from any other pid still is; it comes second, so once it is reported the
    // first was read too.
    auto socket = publisher();
    const auto send
            = [&socket](const std::vector<std::string> &frames) { sendFrames(*socket, frames); };
    const quint64 accepted = m_supervisor->acceptedHeartbeats();
    QTRY_VERIFY([&] {
        send(zlauncher::formatHeartbeat({"beater", pid, 99, std::string("late")}));
        return m_supervisor->acceptedHeartbeats() > accepted;
    }());
    send(zlauncher::formatHeartbeat({"beater", 1, 0, std::string("stray")}));
    QTRY_VERIFY(hasEvent(u"beater"_s, EventKind::Protocol, u"heartbeat from pid 1,"_s));
    QVERIFY(!hasEvent(u"beater"_s, EventKind::Protocol, u"heartbeat from pid %1,"_s.arg(pid)));
}

void TestSupervisorHeartbeats::connectionsAreReportedByProgram()
{
    addAndStart(TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER)));
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Running);
    const qint64 pid = snapshot(u"beater"_s).pid;
    const QString endpoint = m_env->runtimeDir().heartbeatEndpoint();
    QTRY_VERIFY(hasEvent(u"beater"_s, EventKind::Connection,
                         u"connected to %1 (pid %2)"_s.arg(endpoint).arg(pid)));

    // A publisher that is not a supervised program is told apart, with its pid.
    auto stranger = publisher();
    QTRY_VERIFY(hasEvent(
            QString(), EventKind::Connection,
            u"a process that is not a supervised program connected to %1 (pid %2"_s.arg(endpoint)
                    .arg(QCoreApplication::applicationPid())));

    m_supervisor->stopProgram(u"beater"_s);
    QTRY_VERIFY(hasEvent(u"beater"_s, EventKind::Connection,
                         u"disconnected from %1 (pid %2)"_s.arg(endpoint).arg(pid)));
}

void TestSupervisorHeartbeats::programThatNeverConnectsIsNamed()
{
    ProgramSpec silent = TestEnvironment::spec(u"silent"_s, QStringLiteral(ZL_TC_SILENT));
    silent.startTimeoutMs = 300;
    silent.restart = RestartPolicy::Never;
    addAndStart(silent);
    QTRY_VERIFY(hasEvent(u"silent"_s, EventKind::Connection,
                         u"it never connected to the heartbeat endpoint %1"_s.arg(
                                 m_env->runtimeDir().heartbeatEndpoint())));
    // A program that connected but hangs is not said never to have connected.
    addAndStart(TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER)));
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Running);
    QTRY_VERIFY(hasEvent(u"beater"_s, EventKind::Connection, u"connected to"_s));
    ::kill(static_cast<pid_t>(snapshot(u"beater"_s).pid), SIGSTOP);
    QTRY_VERIFY(hasStateEvent(u"beater"_s, ProgramState::Lost));
    QVERIFY(!hasEvent(u"beater"_s, EventKind::Connection, u"never connected"_s));
}

QTEST_GUILESS_MAIN(TestSupervisorHeartbeats)
#include "tst_supervisorheartbeats.moc"
