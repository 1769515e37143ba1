// Programs that misbehave as processes (bad input, "Survive everything", point 4): no control
// socket, a program ignoring stop under a quitting headless launcher, grandchildren left
// behind, stale socket files. Nothing may outlive its program. The fixture: badinputfixture.h.
//
// Already covered elsewhere: a program ignoring stop (tst_supervisorstop).
#include "badinputfixture.h"

#include "core/config/configurationkeeper.h"
#include "core/zmq/connectionmonitor.h"
#include "core/os/processwatch.h"
#include "core/config/programstore.h"
#include "core/os/runtimedir.h"
#include "core/supervision/supervisor.h"

#include "launcherprocess.h"
#include "testenvironment.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <zmq.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestBadProcesses : public BadInputFixture
{
    Q_OBJECT

private Q_SLOTS:
    void programWithoutControlSocket_data();
    void programWithoutControlSocket();
    void headlessQuitsDespiteAStubbornProgram();
    void grandchildrenDieWithTheProgram_data();
    void grandchildrenDieWithTheProgram();
    void staleSocketFiles_data();
    void staleSocketFiles();
};

void TestBadProcesses::programWithoutControlSocket_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("beats");
    QTest::addColumn<bool>("staleControlFile");
    QTest::addRow("legacy publisher")
            << QStringLiteral(ZL_TC_LEGACY) << QStringList() << true << false;
    QTest::addRow("legacy publisher, dead socket file at its control endpoint")
            << QStringLiteral(ZL_TC_LEGACY) << QStringList() << true << true;
    QTest::addRow("silent, stopped while starting")
            << QStringLiteral(ZL_TC_SILENT) << QStringList{u"--no-control"_s} << false << false;
}

void TestBadProcesses::programWithoutControlSocket()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(bool, beats);
    QFETCH(bool, staleControlFile);
    QVERIFY(listen());
    QVERIFY(startWitness());
    if (staleControlFile) {
        QVERIFY(makeDeadSocket(m_env->runtimeDir().path() + u"/deaf.ctl"_s));
    }
    ProgramSpec spec = TestEnvironment::spec(u"deaf"_s, program, arguments);
    spec.stopGraceMs = 3000; // the stop request waits 1 s of it
    spec.startTimeoutMs = 10000;
    QVERIFY(addAndStart(spec));
    if (beats) {
        QVERIFY(waitForState(u"deaf"_s, ProgramState::Running));
        QTRY_VERIFY(snapshot(u"deaf"_s)->heartbeatCount >= 3);
    }
    const qint64 pid = snapshot(u"deaf"_s)->pid;
    QVERIFY(pid > 0);

    QElapsedTimer sinceStop;
    sinceStop.start();
    m_supervisor->stopProgram(u"deaf"_s);
    QCOMPARE(snapshot(u"deaf"_s)->state, ProgramState::Stopping);
    QVERIFY(waitForState(u"deaf"_s, ProgramState::Stopped, 10000));
    const qint64 elapsed = sinceStop.elapsed();
    qInfo("stop of a program without control socket: %lld ms", elapsed);
    QVERIFY(hasEvent(u"deaf"_s, EventKind::Stop,
                     u"stop request failed: no reply within 1000 ms: its control endpoint %1 was "
                     u"never connected (the program has not bound it; does it read "
                     u"$ZLAUNCHER_CONTROL?); sending SIGTERM"_s.arg(
                             m_env->runtimeDir().programControlEndpoint(u"deaf"_s))));
    QVERIFY(!hasEvent(u"deaf"_s, EventKind::Stop, u"SIGKILL"_s));
    QVERIFY(elapsed >= 1000); // SIGTERM came after the request's timeout, not before
    QCOMPARE(snapshot(u"deaf"_s)->lastExit->code, 0); // it handled SIGTERM
    QVERIFY(!processExists(pid));
    QVERIFY(witnessIsFine());
}

void TestBadProcesses::headlessQuitsDespiteAStubbornProgram()
{
    const QString pidFile = m_env->filePath(u"grandchild.pid"_s);
    const QByteArray config = R"({"version": 1, "programs": [
        {"name": "stubborn", "program": ")"
            + QByteArray(ZL_TC_IGNORESTOP) + R"(", "arguments": ["--grandchild-pid-file", ")"
            + pidFile.toUtf8() + R"("], "heartbeatIntervalMs": 100, "stopGraceMs": 1000},
        {"name": "fine", "program": ")"
            + QByteArray(ZL_TC_BEATER) + R"(", "heartbeatIntervalMs": 100}]})";
    const QString configPath = m_env->filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(configPath, config));
    LauncherProcess &launcher = startLauncher(configPath);
    QTRY_COMPARE_WITH_TIMEOUT(launcher.runningPids().size(), 2, 10000);
    QTRY_VERIFY(QFile::exists(pidFile));
    const QList<qint64> grandchildren = readPids(pidFile);
    QCOMPARE(grandchildren.size(), 1);
    const QList<qint64> pids = launcher.runningPids();

    QElapsedTimer sinceInterrupt;
    sinceInterrupt.start();
    QCOMPARE(::kill(static_cast<pid_t>(launcher.process().processId()), SIGINT), 0);
    QCOMPARE(finish(launcher), 0);
    qInfo("headless quit with a program ignoring stop: %lld ms (grace 1000 ms)",
          sinceInterrupt.elapsed());
    QVERIFY(sinceInterrupt.elapsed() >= 1000);
    for (qint64 pid : pids + grandchildren) {
        // Gone, or a zombie handed over to this process when the launcher exited.
        QTRY_VERIFY2(!isAlive(pid), qPrintable(describeProcesses({pid})));
    }
    const QList<QJsonObject> stops = launcher.eventsOf(u"stop"_s, u"stubborn"_s);
    const auto says = [&](const QString &text) {
        return std::any_of(stops.cbegin(), stops.cend(), [&](const QJsonObject &e) {
            return e[u"message"_s].toString().contains(text);
        });
    };
    QVERIFY(says(u"no reply within"_s));
    QVERIFY(says(u"SIGTERM"_s));
    QVERIFY(says(u"still running 1000 ms after the stop request; sending SIGKILL"_s));
    QCOMPARE(launcher.eventsOf(u"exit"_s, u"fine"_s).last()[u"code"_s].toInt(), 0);
    QCOMPARE(readFile(configPath), config);
}

void TestBadProcesses::grandchildrenDieWithTheProgram_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<ProgramState>("state");
    QTest::addRow("exits 3 leaving two sleepers")
            << u"sleep 600 & echo $! > \"$1\"; sleep 600 & echo $! >> \"$1\"; exit 3"_s << 3
            << ProgramState::Failed;
    QTest::addRow("exits 0 leaving children that ignore SIGTERM")
            << u"trap '' TERM; sleep 600 & echo $! > \"$1\"; (sleep 600; sleep 600) & "
               "echo $! >> \"$1\"; exit 0"_s
            << 0 << ProgramState::Stopped;
    QTest::addRow("exits 0 leaving a pipeline")
            << u"(sleep 600 | sleep 600) & echo $! > \"$1\"; exit 0"_s << 0
            << ProgramState::Stopped;
}

void TestBadProcesses::grandchildrenDieWithTheProgram()
{
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(ProgramState, state);
    QVERIFY(listen());
    QVERIFY(startWitness());
    const QString pidFile = m_env->filePath(u"children.pid"_s);
    ProgramSpec spec = TestEnvironment::spec(u"forker"_s, u"/bin/sh"_s,
                                             {u"-c"_s, script, u"forker"_s, pidFile});
    spec.kind = ProgramKind::Plain;
    spec.restart = RestartPolicy::Never;
    QVERIFY(addAndStart(spec));
    QVERIFY(waitForState(u"forker"_s, state));
    QCOMPARE(snapshot(u"forker"_s)->lastExit->code, exitCode);
    QVERIFY(hasEvent(u"forker"_s, EventKind::Exit, u"exited with code %1"_s.arg(exitCode)));
    if (state == ProgramState::Failed) {
        QVERIFY2(snapshot(u"forker"_s)->reason.contains(u"restart policy is \"never\""_s),
                 qPrintable(snapshot(u"forker"_s)->reason));
    }
    const QList<qint64> children = readPids(pidFile);
    QVERIFY(!children.isEmpty());
    // Killed with the group and reaped: /proc/<pid> stays while a zombie is unreaped.
    for (qint64 pid : children) {
        QTRY_VERIFY2(!processExists(pid), qPrintable(describeProcesses({pid})));
    }
    QVERIFY(witnessIsFine());
}

void TestBadProcesses::staleSocketFiles_data()
{
    QTest::addColumn<QString>("leftover");
    QTest::addColumn<bool>("usable");
    QTest::addRow("regular files") << u"file"_s << true;
    QTest::addRow("dead Unix sockets") << u"socket"_s << true;
    QTest::addRow("a directory at the heartbeat endpoint") << u"directory"_s << false;
}

void TestBadProcesses::staleSocketFiles()
{
    QFETCH(QString, leftover);
    QFETCH(bool, usable);
    const QString runtime = m_env->runtimeDir().path();
    for (const QString &name : {u"heartbeat"_s, u"beater.ctl"_s}) {
        const QString path = runtime + u'/' + name;
        if (leftover == u"file"_s) {
            QVERIFY(writeFile(path, "left over\n"));
        } else if (leftover == u"socket"_s) {
            QVERIFY(makeDeadSocket(path));
        } else {
            QVERIFY(QDir().mkpath(path));
        }
    }

    QString error;
    if (!usable) {
        QVERIFY(!m_supervisor->listen({}, &error));
        const QString endpoint = m_env->runtimeDir().heartbeatEndpoint();
        QVERIFY2(error.contains(u"cannot listen for heartbeats on "_s + endpoint),
                 qPrintable(error));
        // Headless says the same and exits instead of running deaf.
        const QString configPath = m_env->filePath(u"zlauncher.json"_s);
        QVERIFY(writeFile(configPath, R"({"version": 1, "programs": []})"));
        LauncherProcess &launcher = startLauncher(configPath);
        QCOMPARE(finish(launcher), 1);
        const QString message = QString::fromLocal8Bit(launcher.process().readAllStandardError());
        QVERIFY2(message.contains(endpoint), qPrintable(message));
        return;
    }
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    spec.stopGraceMs = 3000;
    QVERIFY(addAndStart(spec));
    QVERIFY(waitForState(u"beater"_s, ProgramState::Running));
    // The stop request reaches the program through the control endpoint it bound over the
    // leftover: it says so in its log and exits 0, no SIGTERM needed. The "stop acknowledged"
    // event is not asserted: the program exits right after its reply, and the exit may be
    // read before libzmq's I/O thread has handed the reply over.
    m_supervisor->stopProgram(u"beater"_s);
    QVERIFY(waitForState(u"beater"_s, ProgramState::Stopped));
    QVERIFY(!hasEvent(u"beater"_s, EventKind::Stop, u"SIGTERM"_s));
    QCOMPARE(snapshot(u"beater"_s)->lastExit->code, 0);
    QTRY_VERIFY(readFile(snapshot(u"beater"_s)->logFile).contains("tc_beater: stopping"));
}

QTEST_GUILESS_MAIN(TestBadProcesses)
#include "tst_badprocesses.moc"
