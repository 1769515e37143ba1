// zlauncher-logd and the launchers it serves: output still logged while no launcher runs, a
// headless launcher killed and followed by another, a full socket that delays but loses
// nothing, and a launcher that quits writing what waits for the daemon.
#include "outputfixture.h"

class TestOutputDaemon : public OutputFixture
{
    Q_OBJECT

private Q_SLOTS:
    void outputOutlivesTheLauncher();
    void headlessLauncherKilledAndSucceeded();
    void fullSocketDelaysButLosesNothing();
    void quittingWritesWhatWaitsAndClosesIt();
};

void TestOutputDaemon::outputOutlivesTheLauncher()
{
    startSupervisor();
    // A first launcher starts two programs that write on and on, then goes away.
    const QStringList ticking{u"--then"_s, u"tick:20"_s};
    addAndStart(chatty(u"ticker"_s, ticking));
    addAndStart(chatty(u"dier"_s, ticking));
    const QString tickerLog = QDir(m_env->logDirectory()).filePath(u"ticker.log"_s);
    auto lastTick = [&tickerLog] {
        const QByteArray data = readFile(tickerLog);
        const qsizetype at = data.lastIndexOf("tick ");
        return at < 0 ? -1 : data.mid(at + 5, data.indexOf('\n', at) - at - 5).toInt();
    };
    QTRY_VERIFY(lastTick() >= 3);
    QTRY_COMPARE(snapshot(u"dier"_s).state, ProgramState::Running);
    const qint64 daemon = m_supervisor->outputCollector()->daemonPid();
    QVERIFY(isAlive(daemon));
    const qint64 tickerPid = snapshot(u"ticker"_s).pid;
    const qint64 dierPid = snapshot(u"dier"_s).pid;
    m_pids = {tickerPid, dierPid};
    m_supervisor.reset();

    // Nobody reads the daemon's reports now; the programs and their logs go on.
    QVERIFY(isAlive(tickerPid));
    QVERIFY(isAlive(daemon));
    const int tickWithoutLauncher = lastTick();
    QTRY_VERIFY(lastTick() > tickWithoutLauncher + 5);
    // Once it has said more than 20 lines on stderr, the other one dies.
    const QString dierLog = QDir(m_env->logDirectory()).filePath(u"dier.log"_s);
    QTRY_VERIFY(readFile(dierLog).contains("tock 25\n"));
    QCOMPARE(::kill(static_cast<pid_t>(dierPid), SIGKILL), 0);
    QTRY_VERIFY(!isAlive(dierPid));

    // A second launcher finds the same daemon, adopts the ticker, and hears what the other
    // one said before it died. As the application does, programs are added and adopted
    // before the event loop runs (which delivers the daemon's reports).
    startSupervisor();
    Supervisor &second = supervisor();
    QString error;
    QVERIFY2(second.addProgram(chatty(u"ticker"_s, ticking), &error), qPrintable(error));
    QVERIFY2(second.addProgram(chatty(u"dier"_s, ticking), &error), qPrintable(error));
    second.adoptRecordedInstances();
    QCOMPARE(snapshot(u"ticker"_s).pid, tickerPid);
    QVERIFY(snapshot(u"ticker"_s).adopted);
    QTRY_VERIFY(second.outputCollector()->isConnected());
    QCOMPARE(second.outputCollector()->daemonPid(), daemon);
    QTRY_VERIFY(lastDeathHasTail(u"dier"_s));
    const DeathRecord &unwatched = snapshot(u"dier"_s).deaths.last();
    QVERIFY(unwatched.unwatched);
    QCOMPARE(unwatched.lastStderrLines.size(), 20);
    QVERIFY2(unwatched.lastStderrLines.last().startsWith(u"tock "_s),
             qPrintable(unwatched.lastStderrLines.join(u'\n')));

    // The adopted instance's death comes with its lines too.
    second.killProgram(u"ticker"_s);
    QTRY_VERIFY(lastDeathHasTail(u"ticker"_s));
    QCOMPARE(snapshot(u"ticker"_s).deaths.last().pid, tickerPid);
    QVERIFY(snapshot(u"ticker"_s).deaths.last().lastStderrLines.last().startsWith(u"tock "_s));

    // With no launcher and no pipe left, the daemon exits on its own.
    second.killAll();
    QTRY_VERIFY(!second.hasLiveInstances());
    m_supervisor.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!isAlive(daemon), 10000);
    QVERIFY(!QFile::exists(m_env->runtimeDir().path() + u"/logd"_s));
}

void TestOutputDaemon::headlessLauncherKilledAndSucceeded()
{
    // The real executables: zlauncher finds zlauncher-logd next to itself.
    const QString config = m_env->filePath(u"zlauncher.json"_s);
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"programs"_s,
                                              QJsonArray{QJsonObject{
                                                      {u"name"_s, u"ticker"_s},
                                                      {u"program"_s, QStringLiteral(ZL_TC_CHATTY)},
                                                      {u"arguments"_s,
                                                       QJsonArray{u"--then"_s, u"tick:20"_s}},
                                                      {u"kind"_s, u"plain"_s},
                                                      {u"minUptimeMs"_s, 100}}}}})
                           .toJson());
    }
    const QStringList arguments{u"--config"_s, config, u"--runtime-dir"_s,
                                m_env->runtimeDir().path()};
    auto first = std::make_unique<LauncherProcess>(QStringLiteral(ZL_LAUNCHER), arguments);
    QVERIFY(first->start());
    QTRY_COMPARE_WITH_TIMEOUT(first->runningPids().size(), 1, 10000);
    m_pids = first->runningPids();
    const QString log = m_env->filePath(u"state/zlauncher/logs/ticker.log"_s);
    auto size = [&log] { return QFileInfo(log).size(); };
    QTRY_VERIFY(size() > 0);
    QVERIFY(first->eventsOf(u"error"_s).isEmpty());

    QSignalSpy killed(&first->process(), &QProcess::finished);
    QCOMPARE(::kill(static_cast<pid_t>(first->process().processId()), SIGKILL), 0);
    QVERIFY(killed.wait(5000));
    const qint64 sizeAtDeath = size();
    QTRY_VERIFY(size() > sizeAtDeath + 100);
    QVERIFY2(isAlive(m_pids.first()), "the program died with its launcher");

    auto second = std::make_unique<LauncherProcess>(QStringLiteral(ZL_LAUNCHER), arguments);
    QVERIFY(second->start());
    QTRY_COMPARE_WITH_TIMEOUT(second->runningPids(true), m_pids, 10000);
    QFile lock(m_env->runtimeDir().path() + u"/logd.lock"_s);
    QVERIFY(lock.open(QIODevice::ReadOnly));
    const qint64 daemon = lock.readAll().trimmed().toLongLong();
    QVERIFY(isAlive(daemon));
    QSignalSpy finished(&second->process(), &QProcess::finished);
    QCOMPARE(::kill(static_cast<pid_t>(second->process().processId()), SIGINT), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(second->process().exitCode(), 0);
    QVERIFY(second->eventsOf(u"error"_s).isEmpty());
    QTRY_VERIFY(!isAlive(m_pids.first()));
    QTRY_VERIFY_WITH_TIMEOUT(!isAlive(daemon), 10000);
}

void TestOutputDaemon::fullSocketDelaysButLosesNothing()
{
    OutputCollector collector(m_env->runtimeDir().path());
    collector.setDaemonPath(QStringLiteral(ZL_LOGD));
    connect(&collector, &OutputCollector::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
    QSignalSpy closed(&collector, &OutputCollector::outputClosed);
    QTRY_VERIFY(collector.isConnected());
    QVERIFY(QDir().mkpath(m_env->logDirectory()));
    const QString log = QDir(m_env->logDirectory()).filePath(u"many.log"_s);

    // A daemon that does not keep up: stopped, it reads nothing, and its socket fills.
    const qint64 daemon = collector.daemonPid();
    QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGSTOP), 0);
    auto resume = qScopeGuard([daemon] { ::kill(static_cast<pid_t>(daemon), SIGCONT); });
    const qsizetype descriptors = openDescriptors();
    // Until the socket is full (the launcher then keeps the read ends of those that wait), and
    // 50 more.
    constexpr int most = 4000;
    int instances = 0;
    int fullAt = -1;
    qint64 slowest = 0;
    while (instances < most && (fullAt < 0 || instances < fullAt + 50)) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        std::optional<InstanceOutput> output
                = collector.prepare(u"many"_s, u"many-%1"_s.arg(instances), log, {}, &error);
        slowest = std::max(slowest, timer.elapsed());
        QVERIFY2(output, qPrintable(error));
        const QByteArray out = "instance " + QByteArray::number(instances) + '\n';
        const QByteArray err = "err " + QByteArray::number(instances) + '\n';
        QCOMPARE(::write(output->standardOutputFd(), out.constData(), out.size()), out.size());
        QCOMPARE(::write(output->standardErrorFd(), err.constData(), err.size()), err.size());
        output->release(); // the instance is gone
        ++instances;
        if (fullAt < 0 && openDescriptors() > descriptors) {
            fullAt = instances - 1;
        }
    }
    QVERIFY2(fullAt >= 0, "the socket took every instance");
    // No bound on the time: the daemon is stopped throughout, so a prepare() that waited for
    // room in its socket would never have returned. The launcher keeps the read ends instead.
    qInfo("%d instances prepared in at most %lld ms each; from the %dth on, they wait for room "
          "in the socket",
          instances, slowest, fullAt + 1);
    QCOMPARE(openDescriptors(), descriptors + 2 * (instances - fullAt));

    resume.dismiss();
    QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGCONT), 0);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), instances, 20000);
    QTRY_COMPARE(openDescriptors(), descriptors);
    // Each instance through the daemon, once, with its own stderr line.
    QSet<QString> tokens;
    for (const QList<QVariant> &report : std::as_const(closed)) {
        const QString token = report.at(1).toString();
        tokens.insert(token);
        QCOMPARE(report.at(2).toStringList(), QStringList{u"err "_s + token.mid(5)});
    }
    QCOMPARE(tokens.size(), instances);
    const QByteArray data = readFile(log);
    for (int i = 0; i < instances; ++i) {
        QCOMPARE(data.count(QByteArray("instance " + QByteArray::number(i) + '\n')), 1);
    }
    QCOMPARE(countEvents(u"without rotation"_s), 0);
}

void TestOutputDaemon::quittingWritesWhatWaitsAndClosesIt()
{
    const QString pidFile = m_env->filePath(hungPidFile);
    const QString hung
            = writeScript(u"hung-logd"_s, u"echo $$ > '%1'\nexec sleep 3600\n"_s.arg(pidFile));
    QVERIFY(!hung.isEmpty());
    QVERIFY(QDir().mkpath(m_env->logDirectory()));
    const QString log = QDir(m_env->logDirectory()).filePath(u"quitter.log"_s);
    const qsizetype descriptors = openDescriptors();
    {
        OutputCollector collector(m_env->runtimeDir().path());
        collector.setDaemonPath(hung);
        QString error;
        std::optional<InstanceOutput> output
                = collector.prepare(u"quitter"_s, u"quitter-1"_s, log, {}, &error);
        QVERIFY2(output, qPrintable(error));
        QCOMPARE(::write(output->standardOutputFd(), "said before the quit\n", 21), 21);
        QCOMPARE(::write(output->standardErrorFd(), "a line begun", 12), 12);
        output->release();
        QTRY_VERIFY(!readFile(pidFile).isEmpty());
        m_pids.append(readFile(pidFile).trimmed().toLongLong());
        QVERIFY(!collector.isConnected());
        QVERIFY(openDescriptors() > descriptors);
    }
    // The launcher quit before the daemon answered: it wrote what the pipes held, and closed
    // every descriptor of its own.
    QCOMPARE(openDescriptors(), descriptors);
    const QByteArray data = readFile(log);
    QVERIFY2(data.contains("said before the quit\n") && data.contains("a line begun\n"),
             data.constData());
}

QTEST_GUILESS_MAIN(TestOutputDaemon)
#include "tst_outputdaemon.moc"
