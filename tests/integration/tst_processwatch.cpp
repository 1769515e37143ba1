// ProcessWatch on real processes: an exit is reported once, with its status, and a wake-up
// while the program still runs reports nothing and harms nobody.
#include "core/os/processwatch.h"
#include "core/os/spawn.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestProcessWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitIsReportedWithItsStatus();
    void wakeUpWhileRunningReportsNothing();

private:
    static qint64 spawnShell(const QString &script);
};

void TestProcessWatch::initTestCase()
{
    QString error;
    QVERIFY2(ProcessWatch::becomeSubreaper(&error), qPrintable(error));
}

qint64 TestProcessWatch::spawnShell(const QString &script)
{
    SpawnRequest request;
    request.program = u"/bin/sh"_s;
    request.arguments = {u"-c"_s, script};
    request.appendFile = u"/dev/null"_s;
    QString error;
    const qint64 pid = spawnProgram(request, &error);
    if (pid <= 0) {
        qWarning("cannot start /bin/sh: %s", qPrintable(error));
    }
    return pid;
}

void TestProcessWatch::exitIsReportedWithItsStatus()
{
    const qint64 pid = spawnShell(u"exit 3"_s);
    QVERIFY(pid > 0);
    QString error;
    const std::unique_ptr<ProcessWatch> watch = ProcessWatch::watch(pid, &error);
    QVERIFY2(watch, qPrintable(error));
    QSignalSpy exited(watch.get(), &ProcessWatch::exited);
    QVERIFY(exited.wait(10000));
    const auto status = exited.at(0).at(0).value<ExitStatus>();
    QCOMPARE(status.code, std::optional<int>(3));
    QVERIFY(watch->hasExited());
    QVERIFY(watch->checkExit()); // asked again: still exited, and not reported twice
    QCOMPARE(exited.size(), 1);
}

// A readiness that the kernel did not mean (or a caller that checks too early) must not be
// taken for an exit: that would report a death and SIGKILL a live program's group.
void TestProcessWatch::wakeUpWhileRunningReportsNothing()
{
    // The shell leads its own group and starts a grandchild in it.
    const qint64 pid = spawnShell(u"sleep 300 & wait"_s);
    QVERIFY(pid > 0);
    QString error;
    const std::unique_ptr<ProcessWatch> watch = ProcessWatch::watch(pid, &error);
    QVERIFY2(watch, qPrintable(error));
    QSignalSpy exited(watch.get(), &ProcessWatch::exited);

    QVERIFY(!watch->checkExit());
    QCOMPARE(exited.size(), 0);
    QVERIFY(!watch->hasExited());
    QCOMPARE(::kill(static_cast<pid_t>(pid), 0), 0);
    QCOMPARE(::kill(static_cast<pid_t>(-pid), 0), 0); // its group is untouched

    // It still reports the real exit afterwards.
    QVERIFY(watch->signalGroup(SIGTERM));
    QVERIFY(exited.wait(10000));
    QCOMPARE(exited.at(0).at(0).value<ExitStatus>().signal, std::optional<int>(SIGTERM));
}

QTEST_GUILESS_MAIN(TestProcessWatch)
#include "tst_processwatch.moc"
