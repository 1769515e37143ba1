// ProgramRunner's memory limit on a fake clock and a fake ProcessControl (RunnerHarness): no
// process is started. A sample above maxMemoryMiB is forgiven until memoryBreachSamples come in
// a row; then the instance is killed with the figure in the event, and restarted.
#include "core/supervision/programrunner.h"

#include "runnerharness.h"

#include <csignal>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 mebibyte = 1024 * 1024;

} // namespace

class TestProgramRunnerMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void spikesBelowTheBreachCountAreForgiven();
    void breachKillsAndRestartsWithTheFigure();
    void noLimitNoKill();

private:
    ProgramRunner &startRunning(std::optional<int> limitMiB);

    std::unique_ptr<RunnerHarness> m_h;
};

void TestProgramRunnerMemory::init()
{
    m_h = std::make_unique<RunnerHarness>();
    QVERIFY2(m_h->isValid(), qPrintable(m_h->errorString()));
}

void TestProgramRunnerMemory::cleanup()
{
    m_h.reset();
    QVERIFY(RunnerHarness::hasNoChild());
}

ProgramRunner &TestProgramRunnerMemory::startRunning(std::optional<int> limitMiB)
{
    ProgramSpec spec = RunnerHarness::spec();
    spec.maxMemoryMiB = limitMiB;
    spec.memoryBreachSamples = 3;
    ProgramRunner &runner = m_h->makeRunner(spec);
    runner.start();
    m_h->beat();
    return runner;
}

void TestProgramRunnerMemory::spikesBelowTheBreachCountAreForgiven()
{
    ProgramRunner &runner = startRunning(100);
    QCOMPARE(runner.state(), ProgramState::Running);
    for (const qint64 mib : {150, 150, 90, 150, 150, 100, 150, 150}) {
        runner.handleMemorySample(mib * mebibyte);
    }
    // Never three in a row above 100 MiB (100 itself is not above).
    QCOMPARE(runner.state(), ProgramState::Running);
    QVERIFY(m_h->processes().signalsTo(runner.snapshot().pid).isEmpty());
}

void TestProgramRunnerMemory::breachKillsAndRestartsWithTheFigure()
{
    ProgramRunner &runner = startRunning(100);
    const qint64 firstPid = runner.snapshot().pid;
    runner.handleMemorySample(120 * mebibyte);
    runner.handleMemorySample(130 * mebibyte);
    QCOMPARE(runner.state(), ProgramState::Running);
    runner.handleMemorySample(140 * mebibyte);
    QCOMPARE(runner.state(), ProgramState::Lost);
    QVERIFY(m_h->hasEvent(EventKind::Stop,
                          u"its memory, 140 MiB, stayed above its limit of 100 MiB for 3 "
                          "sample(s) in a row; killing it to restart"_s));
    QCOMPARE(m_h->processes().signalsTo(firstPid), QList<int>{SIGKILL});
    m_h->live()->exit(ExitStatus{std::nullopt, SIGKILL});
    QCOMPARE(runner.state(), ProgramState::Starting);
    QVERIFY(runner.snapshot().pid != firstPid);
    // The new instance starts its count afresh.
    m_h->beat();
    runner.handleMemorySample(140 * mebibyte);
    runner.handleMemorySample(140 * mebibyte);
    QCOMPARE(runner.state(), ProgramState::Running);
}

void TestProgramRunnerMemory::noLimitNoKill()
{
    ProgramRunner &runner = startRunning(std::nullopt);
    for (int i = 0; i < 10; ++i) {
        runner.handleMemorySample(64 * 1024 * mebibyte);
    }
    QCOMPARE(runner.state(), ProgramState::Running);
}

QTEST_GUILESS_MAIN(TestProgramRunnerMemory)
#include "tst_programrunnermemory.moc"
