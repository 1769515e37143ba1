// Output capture without a daemon to rely on: direct appends when it is missing, a log that
// cannot be written reported, and a launcher that never waits for its daemon: the output of a
// program started meanwhile waits in its pipes, and is written by the launcher itself when
// the daemon never answers.
#include "outputfixture.h"

#include <QThread>

class TestOutputFallback : public OutputFixture
{
    Q_OBJECT

private Q_SLOTS:
    void missingDaemonFallsBackToDirectFiles();
    void unwritableLogIsReported();
    void prepareDoesNotWaitForAStartingDaemon();
    void launcherDrainsWhenTheDaemonNeverAnswers();
    void answerDuringALauncherStallCounts();
};

void TestOutputFallback::missingDaemonFallsBackToDirectFiles()
{
    startSupervisor();
    const QString missing = m_env->filePath(u"no-such-logd"_s);
    supervisor().outputCollector()->setDaemonPath(missing);
    addAndStart(chatty(u"one"_s, {u"--lines"_s, u"1000"_s, u"--stderr-every"_s, u"100"_s}));
    addAndStart(chatty(u"two"_s, {u"--lines"_s, u"1000"_s}));
    QTRY_COMPARE(snapshot(u"one"_s).state, ProgramState::Stopped);
    QTRY_COMPARE(snapshot(u"two"_s).state, ProgramState::Stopped);

    // Said once, with the way out, and the output is all there.
    QCOMPARE(countEvents(u"without rotation"_s), 1);
    const auto warning = std::find_if(m_events.cbegin(), m_events.cend(), [](const Event &e) {
        return e.message.contains(u"without rotation"_s);
    });
    QVERIFY2(warning->message.contains(missing) && warning->message.contains(u"ZLAUNCHER_LOGD"_s),
             qPrintable(warning->message));
    QCOMPARE(warning->severity, Severity::Warning);
    QFile log(QDir(m_env->logDirectory()).filePath(u"one.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray data = log.readAll();
    QCOMPARE(data.count("out "), 1000);
    QCOMPARE(data.count("err "), 10);
    QCOMPARE(snapshot(u"one"_s).deaths.size(), 1);
    QCOMPARE(snapshot(u"one"_s).deaths.first().tail, StderrTail::NotCaptured);
    QVERIFY(!QFile::exists(m_env->runtimeDir().path() + u"/logd"_s));
}

void TestOutputFallback::unwritableLogIsReported()
{
    startSupervisor();
    // A folder where the log file should be: nobody can write it, not even root.
    const QString blocked = QDir(m_env->logDirectory()).filePath(u"blocked.log"_s);
    QVERIFY(QDir().mkpath(blocked));
    addAndStart(chatty(u"blocked"_s, {u"--lines"_s, u"100000"_s, u"--stderr-every"_s, u"1"_s}));
    // The program is not held up by its lost output, and the user is told what to fix.
    QTRY_VERIFY_WITH_TIMEOUT(lastDeathHasTail(u"blocked"_s), 30000);
    QCOMPARE(snapshot(u"blocked"_s).deaths.last().status.code, 0);
    QCOMPARE(snapshot(u"blocked"_s).deaths.last().lastStderrLines.last(), u"err 99999"_s);
    const QList<Event> errors = [this] {
        QList<Event> found;
        std::copy_if(m_events.cbegin(), m_events.cend(), std::back_inserter(found),
                     [](const Event &e) { return e.kind == EventKind::Error; });
        return found;
    }();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().program, u"blocked"_s);
    QCOMPARE(errors.first().severity, Severity::Error);
    QVERIFY2(errors.first().message.contains(blocked)
                     && errors.first().message.contains(u"permissions"_s),
             qPrintable(errors.first().message));
}

void TestOutputFallback::prepareDoesNotWaitForAStartingDaemon()
{
    // A daemon slow to start: 3 s, where the launcher used to stop for up to 2 s and then
    // leave the program uncaptured (yet within the 5 s after which it gives a daemon up).
    const QString started = m_env->filePath(u"slow-logd-started"_s);
    const QString slow = writeScript(
            u"slow-logd"_s,
            u"sleep 3\n: > '%1'\nexec '%2' \"$@\"\n"_s.arg(started, QStringLiteral(ZL_LOGD)));
    QVERIFY(!slow.isEmpty());
    QVERIFY(QDir().mkpath(m_env->logDirectory()));
    const QString log = QDir(m_env->logDirectory()).filePath(u"early.log"_s);
    OutputCollector collector(m_env->runtimeDir().path());
    collector.setDaemonPath(slow);
    connect(&collector, &OutputCollector::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
    QSignalSpy closed(&collector, &OutputCollector::outputClosed);

    QString error;
    std::optional<InstanceOutput> output
            = collector.prepare(u"early"_s, u"early-1"_s, log, {}, &error);
    // prepare() never waits for the daemon (which needs 3 s here to start): it returns a
    // captured output while the daemon is still on its way.
    QVERIFY2(output, qPrintable(error));
    QVERIFY(!QFile::exists(started));
    QVERIFY(!collector.isConnected());

    // The program starts at once and writes more than its pipes hold: it waits for the daemon
    // and loses nothing.
    constexpr int lines = 20000;
    constexpr int stderrEvery = 100;
    SpawnRequest request;
    request.program = QStringLiteral(ZL_TC_CHATTY);
    request.arguments = {u"--lines"_s, QString::number(lines), u"--stderr-every"_s,
                         QString::number(stderrEvery)};
    request.standardOutputFd = output->standardOutputFd();
    request.standardErrorFd = output->standardErrorFd();
    const qint64 pid = spawnProgram(request, &error);
    output->release();
    QVERIFY2(pid > 0, qPrintable(error));
    m_pids.append(pid);
    QTRY_VERIFY_WITH_TIMEOUT(collector.isConnected(), 10000);
    QVERIFY(QFile::exists(started)); // the daemon, once it was up
    int exitCode = -1;
    const auto reaped = [&] {
        exitCode = exitCode < 0 ? reapedExitCode(pid) : exitCode; // reaped once only
        return exitCode >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(reaped(), 10000);
    m_pids.removeOne(pid);
    QCOMPARE(exitCode, 0);

    // Through the daemon: every line, and the last stderr lines when the output closed.
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
    QCOMPARE(closed.first().at(1).toString(), u"early-1"_s);
    QCOMPARE(closed.first().at(2).toStringList(), lastErrLines(lines, stderrEvery));
    const QString wrong = wrongLines(readFile(log), lines, stderrEvery);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(countEvents(u"without rotation"_s), 0);
}

void TestOutputFallback::launcherDrainsWhenTheDaemonNeverAnswers()
{
    startSupervisor();
    const QString pidFile = m_env->filePath(hungPidFile);
    const QString hung
            = writeScript(u"hung-logd"_s, u"echo $$ > '%1'\nexec sleep 3600\n"_s.arg(pidFile));
    QVERIFY(!hung.isEmpty());
    supervisor().outputCollector()->setDaemonPath(hung);
    QString error;
    constexpr int lines = 20000;
    constexpr int stderrEvery = 100;
    QVERIFY2(supervisor().addProgram(chatty(u"stuck"_s,
                                            {u"--lines"_s, QString::number(lines),
                                             u"--stderr-every"_s, QString::number(stderrEvery)}),
                                     &error),
             qPrintable(error));
    supervisor().startProgram(u"stuck"_s); // prepare() and the spawn
    QVERIFY(snapshot(u"stuck"_s).pid > 0);
    QTRY_VERIFY(!readFile(pidFile).isEmpty());
    m_pids.append(readFile(pidFile).trimmed().toLongLong());
    QVERIFY(isAlive(m_pids.last()));

    // More than its pipes hold: it cannot finish before the launcher gives the daemon up
    // (after 5 s, by a coarse timer: up to 5 % early) and drains them itself.
    QCOMPARE(countEvents(u"without rotation"_s), 0);
    QTRY_VERIFY_WITH_TIMEOUT(lastDeathHasTail(u"stuck"_s), 20000);
    QVERIFY(!supervisor().outputCollector()->isConnected());
    const DeathRecord &death = snapshot(u"stuck"_s).deaths.last();
    QCOMPARE(death.status.code, 0);
    QCOMPARE(death.lastStderrLines, lastErrLines(lines, stderrEvery));
    const QString wrong = wrongLines(readFile(QDir(m_env->logDirectory()).filePath(u"stuck.log"_s)),
                                     lines, stderrEvery);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(countEvents(u"without rotation"_s), 1);
    const auto warning = std::find_if(m_events.cbegin(), m_events.cend(), [](const Event &e) {
        return e.message.contains(u"without rotation"_s);
    });
    QVERIFY2(warning->message.contains(u"did not answer"_s), qPrintable(warning->message));
    QCOMPARE(warning->severity, Severity::Warning);
    // In that order: the launcher gave the daemon up, then drained the pipes, and only then
    // could the program write its last lines and exit.
    const auto exited = std::find_if(m_events.cbegin(), m_events.cend(), [](const Event &e) {
        return e.program == u"stuck"_s && e.kind == EventKind::Exit;
    });
    QVERIFY(exited != m_events.cend());
    QVERIFY(warning < exited);

    // Within the 10 s before the next try, an instance appends to its file directly; the
    // warning is not repeated.
    addAndStart(chatty(u"later"_s, {u"--lines"_s, u"100"_s}));
    QTRY_COMPARE(snapshot(u"later"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"later"_s).deaths.last().tail, StderrTail::NotCaptured);
    QCOMPARE(readFile(QDir(m_env->logDirectory()).filePath(u"later.log"_s)).count("out "), 100);
    QCOMPARE(countEvents(u"without rotation"_s), 1);
}

void TestOutputFallback::answerDuringALauncherStallCounts()
{
    // The launcher busy for longer than the 5 s it gives a daemon to answer (a thousand
    // programs started at once): the answer came meanwhile, and counts.
    QVERIFY(QDir().mkpath(m_env->logDirectory()));
    OutputCollector collector(m_env->runtimeDir().path());
    collector.setDaemonPath(QStringLiteral(ZL_LOGD));
    connect(&collector, &OutputCollector::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
    QString error;
    const QString log = QDir(m_env->logDirectory()).filePath(u"stalled.log"_s);
    std::optional<InstanceOutput> output
            = collector.prepare(u"stalled"_s, u"stalled-1"_s, log, {}, &error);
    QVERIFY2(output, qPrintable(error));
    QCoreApplication::processEvents(); // the daemon's spawn, from the event loop
    QThread::sleep(6);                 // the stall: no event loop, as in a busy launcher
    QTRY_VERIFY_WITH_TIMEOUT(collector.isConnected(), 10000);
    QCOMPARE(countEvents(u"without rotation"_s), 0);
}

QTEST_GUILESS_MAIN(TestOutputFallback)
#include "tst_outputfallback.moc"
