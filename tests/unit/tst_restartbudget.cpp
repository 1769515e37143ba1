// RestartBudget's decisions on given times: the restart policy, the window of maxRestarts, and
// the backoff after quick deaths. How the runner acts on them: tst_programrunner.cpp.
#include "core/supervision/restartbudget.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Action = RestartDecision::Action;

namespace {

ProgramSpec specWith(RestartPolicy policy)
{
    ProgramSpec spec;
    spec.name = u"client"_s;
    spec.program = u"/bin/true"_s;
    spec.restart = policy;
    spec.minUptimeMs = 1000;
    spec.maxRestarts = 3;
    spec.restartWindowMs = 10000;
    return spec;
}

} // namespace

class TestRestartBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy_data();
    void policy();
    void quickDeathsBackOffByDoubling();
    void backoffStopsGrowingAtItsCap();
    void aLongLifeForgetsTheQuickDeaths();
    void tooManyRestartsInTheWindowGiveUp();
    void restartsOutsideTheWindowDoNotCount();
    void resetForgetsEverything();
};

void TestRestartBudget::policy_data()
{
    QTest::addColumn<RestartPolicy>("policy");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<Action>("expected");
    QTest::newRow("always, clean exit") << RestartPolicy::Always << false << Action::RestartNow;
    QTest::newRow("always, failure") << RestartPolicy::Always << true << Action::RestartNow;
    QTest::newRow("on-failure, clean exit") << RestartPolicy::OnFailure << false << Action::Stop;
    QTest::newRow("on-failure, failure") << RestartPolicy::OnFailure << true << Action::RestartNow;
    QTest::newRow("never, clean exit") << RestartPolicy::Never << false << Action::Stop;
    QTest::newRow("never, failure") << RestartPolicy::Never << true << Action::Fail;
}

void TestRestartBudget::policy()
{
    QFETCH(RestartPolicy, policy);
    QFETCH(bool, failed);
    QFETCH(Action, expected);
    RestartBudget budget;
    const RestartDecision decision = budget.afterDeath(specWith(policy), 50000, 5000, failed);
    QCOMPARE(decision.action, expected);
    if (expected == Action::Fail) {
        QVERIFY2(decision.reason.contains(u"\"never\""), qPrintable(decision.reason));
    }
}

void TestRestartBudget::quickDeathsBackOffByDoubling()
{
    ProgramSpec spec = specWith(RestartPolicy::Always);
    spec.maxRestarts = 100;
    RestartBudget budget;
    QCOMPARE(budget.afterDeath(spec, 1000, 10, true).action, Action::RestartNow);
    QList<qint64> delays;
    for (int death = 2; death <= 5; ++death) {
        const RestartDecision decision = budget.afterDeath(spec, 1000 * death, 10, true);
        QCOMPARE(decision.action, Action::RestartLater);
        delays.append(decision.delayMs);
    }
    QCOMPARE(delays, (QList<qint64>{100, 200, 400, 800}));
    const RestartDecision next = budget.afterDeath(spec, 6000, 10, true);
    QVERIFY2(
            next.reason.contains(u"died 6 times within 1000 ms of starting; restarting in 1600 ms"),
            qPrintable(next.reason));
}

void TestRestartBudget::backoffStopsGrowingAtItsCap()
{
    ProgramSpec spec = specWith(RestartPolicy::Always);
    spec.maxRestarts = 1000;
    spec.restartWindowMs = 1;
    RestartBudget budget;
    RestartDecision decision;
    for (int death = 1; death <= 100; ++death) {
        decision = budget.afterDeath(spec, qint64(death) * 100000, 10, true);
    }
    QCOMPARE(decision.action, Action::RestartLater);
    QCOMPARE(decision.delayMs, RestartBudget::maxBackoffMs);
}

void TestRestartBudget::aLongLifeForgetsTheQuickDeaths()
{
    ProgramSpec spec = specWith(RestartPolicy::Always);
    spec.maxRestarts = 100;
    RestartBudget budget;
    budget.afterDeath(spec, 1000, 10, true);
    QCOMPARE(budget.afterDeath(spec, 2000, 10, true).action, Action::RestartLater);
    // Alive for minUptimeMs: its next death is a first one again.
    QCOMPARE(budget.afterDeath(spec, 4000, spec.minUptimeMs, true).action, Action::RestartNow);
    QCOMPARE(budget.afterDeath(spec, 5000, 10, true).action, Action::RestartNow);
    QCOMPARE(budget.afterDeath(spec, 5100, 10, true).delayMs, qint64(100));
}

void TestRestartBudget::tooManyRestartsInTheWindowGiveUp()
{
    const ProgramSpec spec = specWith(RestartPolicy::Always);
    RestartBudget budget;
    for (int death = 1; death <= spec.maxRestarts; ++death) {
        QCOMPARE_NE(budget.afterDeath(spec, 1000 * death, 5000, true).action, Action::Fail);
    }
    const RestartDecision decision = budget.afterDeath(spec, 4000, 5000, true);
    QCOMPARE(decision.action, Action::Fail);
    QVERIFY2(decision.reason.contains(u"restarted 3 times within 10 s"),
             qPrintable(decision.reason));
}

void TestRestartBudget::restartsOutsideTheWindowDoNotCount()
{
    const ProgramSpec spec = specWith(RestartPolicy::Always);
    RestartBudget budget;
    for (int death = 1; death <= spec.maxRestarts; ++death) {
        budget.afterDeath(spec, 1000 * death, 5000, true);
    }
    // The first restart (at 1000) leaves the window at 11000: room for one more.
    QCOMPARE(budget.afterDeath(spec, 10999, 5000, true).action, Action::Fail);
    QCOMPARE(budget.afterDeath(spec, 11000, 5000, true).action, Action::RestartNow);
    QCOMPARE(budget.afterDeath(spec, 11500, 5000, true).action, Action::Fail);
}

void TestRestartBudget::resetForgetsEverything()
{
    const ProgramSpec spec = specWith(RestartPolicy::Always);
    RestartBudget budget;
    for (int death = 1; death <= spec.maxRestarts; ++death) {
        budget.afterDeath(spec, 100 * death, 10, true);
    }
    QCOMPARE(budget.afterDeath(spec, 500, 10, true).action, Action::Fail);
    budget.reset();
    QCOMPARE(budget.afterDeath(spec, 600, 10, true).action, Action::RestartNow);
    QCOMPARE(budget.afterDeath(spec, 700, 10, true).delayMs, qint64(100));
}

QTEST_GUILESS_MAIN(TestRestartBudget)
#include "tst_restartbudget.moc"
