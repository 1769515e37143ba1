// Log files through zlauncher-logd: rotated at a size limit, or by age and gzipped, without
// losing or splitting a line, keeping only as many files as asked, and the last stderr lines of
// each death in the bounded restart history.
#include "outputfixture.h"

#include <QProcess>

class TestOutputRotation : public OutputFixture
{
    Q_OBJECT

private Q_SLOTS:
    void rotationKeepsEveryLine();
    void rotationKeepsOnlyKeepFiles();
    void longLineIsCutNotLost();
    void ageRotationCompressesAndLosesNothing();
    void crashReportsLastStderrLines();
    void restartHistoryIsBounded();
};

void TestOutputRotation::rotationKeepsEveryLine()
{
    startSupervisor();
    constexpr int lines = 200000;
    constexpr int stderrEvery = 1000;
    supervisor().outputCollector()->setRotation(smallLimit, 1000);
    QElapsedTimer timer;
    timer.start();
    addAndStart(chatty(u"chatty"_s,
                       {u"--lines"_s, QString::number(lines), u"--stderr-every"_s,
                        QString::number(stderrEvery)}));
    QTRY_VERIFY_WITH_TIMEOUT(lastDeathHasTail(u"chatty"_s), 60000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(snapshot(u"chatty"_s).deaths.last().status.code, 0);

    // Every line exactly once and in order, across the files from oldest to newest; each file
    // holds whole lines and stays within the limit.
    const QStringList files = logFiles(u"chatty"_s);
    int nextOut = 0;
    int nextErr = 0;
    qint64 total = 0;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray data = file.readAll();
        total += data.size();
        QVERIFY2(data.size() <= smallLimit,
                 qPrintable(u"%1: %2 bytes"_s.arg(path).arg(data.size())));
        QVERIFY2(data.endsWith('\n'), qPrintable(path + u" ends within a line"_s));
        for (const QByteArray &line : QByteArrayView(data).chopped(1).toByteArray().split('\n')) {
            if (line.startsWith("out ") && line.mid(4).toInt() == nextOut) {
                ++nextOut;
            } else if (line.startsWith("err ") && line.mid(4).toInt() == nextErr) {
                nextErr += stderrEvery;
            } else {
                QFAIL(qPrintable(u"%1: unexpected line \"%2\" (next out %3, next err %4)"_s
                                         .arg(path, QString::fromUtf8(line))
                                         .arg(nextOut)
                                         .arg(nextErr)));
            }
        }
    }
    QCOMPARE(nextOut, lines);
    QCOMPARE(nextErr, lines);
    QVERIFY2(files.size() > 10, qPrintable(u"only %1 files"_s.arg(files.size())));
    qInfo("%d stdout + %d stderr lines (%lld bytes) in %lld ms, %lld files (%lld rotations at "
          "%lld bytes), none lost or split",
          lines, lines / stderrEvery, total, elapsed, static_cast<qint64>(files.size()),
          static_cast<qint64>(files.size() - 1), smallLimit);

    // The last 20 stderr lines came with the exit.
    QStringList expected;
    for (int i = lines - 20 * stderrEvery; i < lines; i += stderrEvery) {
        expected.append(u"err %1"_s.arg(i));
    }
    QCOMPARE(snapshot(u"chatty"_s).deaths.last().lastStderrLines, expected);
}

void TestOutputRotation::rotationKeepsOnlyKeepFiles()
{
    startSupervisor();
    constexpr int lines = 100000;
    supervisor().outputCollector()->setRotation(smallLimit, 3);
    addAndStart(chatty(u"kept"_s, {u"--lines"_s, QString::number(lines)}));
    QTRY_VERIFY_WITH_TIMEOUT(lastDeathHasTail(u"kept"_s), 60000);

    const QStringList files = logFiles(u"kept"_s);
    const QString base = QDir(m_env->logDirectory()).filePath(u"kept.log"_s);
    QCOMPARE(files, (QStringList{base + u".3"_s, base + u".2"_s, base + u".1"_s, base}));
    // What is left is the newest output, without a gap.
    QList<QByteArray> kept;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.size() <= smallLimit);
        kept += data.chopped(1).split('\n');
    }
    const int first = kept.first().mid(4).toInt();
    QVERIFY(first > 0);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        QCOMPARE(kept[i], "out " + QByteArray::number(first + i));
    }
    QCOMPARE(first + kept.size(), lines);
}

void TestOutputRotation::longLineIsCutNotLost()
{
    startSupervisor();
    constexpr int longLine = 200000;
    supervisor().outputCollector()->setRotation(smallLimit, 100);
    addAndStart(chatty(u"long"_s,
                       {u"--long-line"_s, QString::number(longLine), u"--lines"_s, u"10"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(lastDeathHasTail(u"long"_s), 30000);
    QByteArray all;
    for (const QString &path : logFiles(u"long"_s)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY2(data.size() <= longestLine, qPrintable(u"%1 bytes"_s.arg(data.size())));
        all += data;
    }
    QCOMPARE(all.count('x'), longLine);
    const QList<QByteArray> lines = all.chopped(1).split('\n');
    QCOMPARE(lines.size(), 4 + 10); // 3 pieces of 64 KiB and the rest, then the 10 lines
    QCOMPARE(lines[0].size(), 64 * 1024);
    QCOMPARE(lines[3].size(), longLine - 3 * 64 * 1024);
    QCOMPARE(lines.last(), "out 9");
}

void TestOutputRotation::ageRotationCompressesAndLosesNothing()
{
    startSupervisor();
    constexpr int lines = 70;
    // A line every 50 ms for 3.5 s or more, with files rotated at a second of age.
    ProgramSpec slow = TestEnvironment::spec(
            u"slow"_s, u"/bin/sh"_s,
            {u"-c"_s,
             u"i=0; while [ $i -lt %1 ]; do echo \"out $i\"; i=$((i + 1)); sleep 0.05; done"_s.arg(
                     lines)});
    slow.kind = ProgramKind::Plain;
    slow.restart = RestartPolicy::Never;
    slow.logRotation = LogRotation{0, 1.0 / 3600, 100, true};
    addAndStart(slow);
    QTRY_VERIFY_WITH_TIMEOUT(lastDeathHasTail(u"slow"_s), 30000);
    QCOMPARE(snapshot(u"slow"_s).deaths.last().status.code, 0);
    // Every rotated file gets compressed, by gzip in a process of its own.
    const QDir logs(m_env->logDirectory());
    QTRY_VERIFY_WITH_TIMEOUT(!logs.exists(u"slow.log.1"_s) && logs.exists(u"slow.log.1.gz"_s),
                             30000);
    QStringList compressed = logs.entryList({u"slow.log.*.gz"_s}, QDir::Files);
    QVERIFY2(compressed.size() >= 2, qPrintable(compressed.join(u' ')));
    std::sort(compressed.begin(), compressed.end(), [](const QString &a, const QString &b) {
        return a.section(u'.', 2, 2).toInt() > b.section(u'.', 2, 2).toInt();
    });
    // Oldest first, then the current file: every line once, in order.
    QByteArray all;
    for (const QString &name : std::as_const(compressed)) {
        QProcess gunzip;
        gunzip.start(u"gzip"_s, {u"-dc"_s, logs.filePath(name)});
        QVERIFY(gunzip.waitForFinished(10000));
        QCOMPARE(gunzip.exitCode(), 0);
        const QByteArray part = gunzip.readAllStandardOutput();
        QVERIFY2(!part.isEmpty() && part.endsWith('\n'), qPrintable(name));
        all += part;
    }
    QFile current(logs.filePath(u"slow.log"_s));
    QVERIFY(current.open(QIODevice::ReadOnly));
    all += current.readAll();
    QByteArray expected;
    for (int i = 0; i < lines; ++i) {
        expected += "out " + QByteArray::number(i) + '\n';
    }
    QCOMPARE(all, expected);
}

void TestOutputRotation::crashReportsLastStderrLines()
{
    startSupervisor();
    addAndStart(
            chatty(u"crasher"_s,
                   {u"--lines"_s, u"100"_s, u"--stderr-every"_s, u"1"_s, u"--then"_s, u"abort"_s}));
    QTRY_COMPARE(snapshot(u"crasher"_s).state, ProgramState::Failed);
    QCOMPARE(snapshot(u"crasher"_s).deaths.size(), 1);
    const DeathRecord &death = snapshot(u"crasher"_s).deaths.first();
    QCOMPARE(death.status.signal, SIGABRT);
    QVERIFY(!death.stopRequested);
    QVERIFY(death.time.isValid());
    QCOMPARE(death.instanceToken, snapshot(u"crasher"_s).instanceToken);
    // The exit is seen first; the lines follow, and the snapshot says so.
    QSignalSpy changed(m_supervisor.get(), &Supervisor::programsChanged);
    QTRY_VERIFY(lastDeathHasTail(u"crasher"_s));
    QStringList expected;
    for (int i = 81; i < 100; ++i) {
        expected.append(u"err %1"_s.arg(i));
    }
    expected.append(u"tc_chatty: aborting"_s);
    QCOMPARE(snapshot(u"crasher"_s).deaths.first().lastStderrLines, expected);
    QTRY_VERIFY(!changed.isEmpty());
}

void TestOutputRotation::restartHistoryIsBounded()
{
    startSupervisor();
    ProgramSpec spec
            = chatty(u"looper"_s,
                     {u"--lines"_s, u"1"_s, u"--stderr-every"_s, u"1"_s, u"--then"_s, u"exit:5"_s});
    spec.restart = RestartPolicy::Always;
    spec.minUptimeMs = 0; // every death restarts at once
    spec.maxRestarts = 24;
    // Counted once the daemon answers: until then the collector holds each instance's read
    // ends in its queue.
    QTRY_VERIFY_WITH_TIMEOUT(m_supervisor->outputCollector()->isConnected(), 10000);
    const qsizetype descriptors = openDescriptors();
    addAndStart(spec);
    QTRY_COMPARE_WITH_TIMEOUT(snapshot(u"looper"_s).state, ProgramState::Failed, 20000);
    // 25 instances, 4 pipe ends each, none kept by the launcher (the daemon's socket is new).
    QVERIFY2(openDescriptors() <= descriptors + 2,
             qPrintable(u"%1 descriptors, %2 before"_s.arg(openDescriptors()).arg(descriptors)));
    QCOMPARE(snapshot(u"looper"_s).restartCount, 24);
    QCOMPARE(snapshot(u"looper"_s).deaths.size(), DeathRecords::maxRecords);
    QTRY_VERIFY(std::all_of(snapshot(u"looper"_s).deaths.cbegin(),
                            snapshot(u"looper"_s).deaths.cend(),
                            [](const DeathRecord &d) { return d.tail == StderrTail::Received; }));
    QSet<QString> tokens;
    for (const DeathRecord &death : snapshot(u"looper"_s).deaths) {
        QCOMPARE(death.status.code, 5);
        QCOMPARE(death.lastStderrLines, QStringList{u"err 0"_s});
        tokens.insert(death.instanceToken);
    }
    QCOMPARE(tokens.size(), DeathRecords::maxRecords);
}

QTEST_GUILESS_MAIN(TestOutputRotation)
#include "tst_outputrotation.moc"
