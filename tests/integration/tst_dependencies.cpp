// Start dependencies (DESIGN.md §5, dependsOn) with real programs: a program starts once what
// it depends on is ready (first heartbeat; plain: alive past minUptimeMs), Stop all stops
// dependents first, and a cycle is refused with its path.
#include "core/supervision/supervisor.h"

#include "supervisorfixture.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestDependencies : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsAfterTheFirstHeartbeat();
    void plainDependencyIsReadyAfterMinUptime();
    void waitsWhileADependencyNeverBeats();
    void stopCancelsTheWait();
    void startAllFollowsTheOrder();
    void stopAllStopsDependentsFirst();
    void cycleIsRefusedWithItsPath();
    void cycleCheckFollowsEditsAndRemovals();
    void aLongChainIsAcceptedAndStillChecked();
    void renamingADependencyIsRefused();
    void unknownDependencyIsAnError();
    void removingWhatOthersNeedIsRefused();

private:
    ProgramSpec beater(const QString &name, const QStringList &dependsOn = {}) const
    {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_BEATER));
        spec.dependsOn = dependsOn;
        return spec;
    }
};

void TestDependencies::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
}

void TestDependencies::cleanup()
{
    tearDown();
}

void TestDependencies::startsAfterTheFirstHeartbeat()
{
    add(beater(u"database"_s));
    add(beater(u"service"_s, {u"database"_s}));

    // Starting the dependent starts what it needs, and waits for it.
    m_supervisor->startProgram(u"service"_s);
    QCOMPARE(snapshot(u"service"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"service"_s).waitingFor, QStringList{u"database"_s});
    QCOMPARE(snapshot(u"database"_s).state, ProgramState::Starting);

    QTRY_COMPARE(snapshot(u"service"_s).state, ProgramState::Running);
    QVERIFY(snapshot(u"service"_s).waitingFor.isEmpty());
    const qsizetype ready = firstStateEvent(u"database"_s, ProgramState::Running);
    const qsizetype started = firstStateEvent(u"service"_s, ProgramState::Starting);
    QVERIFY(ready >= 0);
    QVERIFY2(started > ready, "the dependent started before its dependency's first heartbeat");
    QVERIFY(snapshot(u"service"_s).startedAtMs >= snapshot(u"database"_s).startedAtMs);
}

void TestDependencies::plainDependencyIsReadyAfterMinUptime()
{
    ProgramSpec sleeper = TestEnvironment::spec(u"sleeper"_s, u"/bin/sleep"_s, {u"60"_s});
    sleeper.kind = ProgramKind::Plain;
    sleeper.minUptimeMs = 400;
    add(sleeper);
    add(beater(u"user"_s, {u"sleeper"_s}));
    m_supervisor->startProgram(u"user"_s);
    QTRY_COMPARE(snapshot(u"user"_s).state, ProgramState::Running);
    const qint64 waited = snapshot(u"user"_s).startedAtMs - snapshot(u"sleeper"_s).startedAtMs;
    QVERIFY2(waited >= sleeper.minUptimeMs, qPrintable(QString::number(waited)));
}

void TestDependencies::waitsWhileADependencyNeverBeats()
{
    ProgramSpec silent = TestEnvironment::spec(u"silent"_s, QStringLiteral(ZL_TC_SILENT));
    silent.startTimeoutMs = 60000;
    add(silent);
    add(beater(u"user"_s, {u"silent"_s}));
    m_supervisor->startProgram(u"user"_s);
    QTRY_COMPARE(snapshot(u"silent"_s).state, ProgramState::Starting);
    // For ten heartbeat periods of the dependent, it still waits, and says for what.
    QVERIFY(!QTest::qWaitFor([this] { return snapshot(u"user"_s).state != ProgramState::Stopped; },
                             500));
    QCOMPARE(snapshot(u"user"_s).waitingFor, QStringList{u"silent"_s});
    QVERIFY(std::any_of(m_events.cbegin(), m_events.cend(), [](const Event &event) {
        return event.program == u"user"
                && event.message == u"waiting before starting: silent is not ready";
    }));
}

void TestDependencies::stopCancelsTheWait()
{
    add(beater(u"db"_s));
    add(beater(u"user"_s, {u"db"_s}));
    m_supervisor->startProgram(u"user"_s);
    QCOMPARE(snapshot(u"user"_s).waitingFor, QStringList{u"db"_s});
    m_supervisor->stopProgram(u"user"_s);
    QVERIFY(snapshot(u"user"_s).waitingFor.isEmpty());
    // The dependency going ready later does not start the cancelled program.
    QTRY_COMPARE(snapshot(u"db"_s).state, ProgramState::Running);
    QCOMPARE(snapshot(u"user"_s).state, ProgramState::Stopped);
    QVERIFY(snapshot(u"user"_s).waitingFor.isEmpty());
}

void TestDependencies::startAllFollowsTheOrder()
{
    // Configured in the reverse of the order they must start in.
    add(beater(u"top"_s, {u"middle"_s}));
    add(beater(u"middle"_s, {u"bottom"_s}));
    add(beater(u"bottom"_s));
    m_supervisor->startAll();
    QTRY_COMPARE(snapshot(u"top"_s).state, ProgramState::Running);
    const qsizetype bottom = firstStateEvent(u"bottom"_s, ProgramState::Running);
    const qsizetype middleStarted = firstStateEvent(u"middle"_s, ProgramState::Starting);
    const qsizetype middle = firstStateEvent(u"middle"_s, ProgramState::Running);
    const qsizetype topStarted = firstStateEvent(u"top"_s, ProgramState::Starting);
    QVERIFY(bottom >= 0 && middle >= 0);
    QVERIFY(middleStarted > bottom);
    QVERIFY(topStarted > middle);
}

void TestDependencies::stopAllStopsDependentsFirst()
{
    add(beater(u"bottom"_s));
    ProgramSpec top = beater(u"top"_s, {u"bottom"_s});
    // The dependent takes a while to stop: its dependency must wait for its exit.
    top.program = QStringLiteral(ZL_TC_IGNORESTOP);
    top.stopGraceMs = 300;
    add(top);
    m_supervisor->startAll();
    QTRY_COMPARE(snapshot(u"top"_s).state, ProgramState::Running);
    m_events.clear();
    m_supervisor->stopAll();
    QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    qsizetype topExit = -1;
    qsizetype bottomStopping = -1;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const Event &event = m_events.at(i);
        if (event.kind == EventKind::Exit && event.program == u"top" && topExit < 0) {
            topExit = i;
        }
        if (event.kind == EventKind::State && event.program == u"bottom"
            && event.state == ProgramState::Stopping && bottomStopping < 0) {
            bottomStopping = i;
        }
    }
    QVERIFY(topExit >= 0);
    QVERIFY(bottomStopping >= 0);
    QVERIFY2(bottomStopping > topExit, "a dependency was stopped before its dependent's exit");
}

void TestDependencies::cycleIsRefusedWithItsPath()
{
    add(beater(u"a"_s, {u"b"_s}));
    add(beater(u"b"_s, {u"c"_s}));
    QString error;
    QVERIFY(!m_supervisor->addProgram(beater(u"c"_s, {u"a"_s}), &error));
    QCOMPARE(error,
             u"program \"c\": \"dependsOn\" would form a cycle (a -> b -> c -> a), and none of "
             u"these programs could ever start"_s);
    add(beater(u"c"_s));
    QVERIFY(!m_supervisor->updateProgram(u"c"_s, beater(u"c"_s, {u"c"_s}), &error));
    QCOMPARE(error, u"program \"c\": \"dependsOn\" must not name the program itself"_s);
    QVERIFY(m_supervisor->spec(u"c"_s)->dependsOn.isEmpty());
}

void TestDependencies::cycleCheckFollowsEditsAndRemovals()
{
    // The check runs only where a program depends on the one added or edited: what the
    // supervisor counts must follow every add, edit and removal.
    add(beater(u"a"_s, {u"b"_s}));
    add(beater(u"b"_s, {u"c"_s}));
    add(beater(u"c"_s));
    QString error;
    QVERIFY(!m_supervisor->updateProgram(u"c"_s, beater(u"c"_s, {u"a"_s}), &error));
    QVERIFY2(error.contains(u"(a -> b -> c -> a)"_s), qPrintable(error));
    QVERIFY(m_supervisor->removePrograms({u"a"_s}, Supervisor::RemoveMode::StopFirst, &error));
    QVERIFY(!m_supervisor->updateProgram(u"c"_s, beater(u"c"_s, {u"b"_s}), &error));
    QVERIFY2(error.contains(u"(b -> c -> b)"_s), qPrintable(error));
    QVERIFY(m_supervisor->updateProgram(u"b"_s, beater(u"b"_s), &error));
    QVERIFY2(m_supervisor->updateProgram(u"c"_s, beater(u"c"_s, {u"b"_s}), &error),
             qPrintable(error));
    // A name depended on before it exists: adding it closes the cycle.
    add(beater(u"d"_s, {u"e"_s}));
    QVERIFY(!m_supervisor->addProgram(beater(u"e"_s, {u"d"_s}), &error));
    QVERIFY2(error.contains(u"(e -> d -> e)"_s) || error.contains(u"(d -> e -> d)"_s),
             qPrintable(error));
}

void TestDependencies::aLongChainIsAcceptedAndStillChecked()
{
    // Loading a configuration adds its programs one by one, and the cycle check runs only when
    // the newcomer is already depended on (cycleCheckFollowsEditsAndRemovals checks that
    // gate). How long a load takes is measured by bench/load.cpp, not here: this test holds
    // the outcome, every program of a long chain accepted and a cycle still refused.
    QList<ProgramSpec> specs;
    for (int i = 0; i < 20000; ++i) {
        specs.append(TestEnvironment::spec(u"p%1"_s.arg(i), u"/bin/true"_s));
        if (i > 0) {
            specs.last().dependsOn = {u"p%1"_s.arg(i - 1)};
        }
    }
    Supervisor supervisor(&m_env->runtimeDir(), m_env->logDirectory());
    for (const ProgramSpec &spec : std::as_const(specs)) {
        QString error;
        QVERIFY2(supervisor.addProgram(spec, &error), qPrintable(error));
    }
    QCOMPARE(supervisor.programNames().size(), specs.size());
    // The last add still checks what it must: closing the chain into a cycle is refused.
    QString error;
    QVERIFY(!supervisor.updateProgram(u"p0"_s, beater(u"p0"_s, {u"p2"_s}), &error));
    QVERIFY2(error.contains(u"would form a cycle"_s), qPrintable(error));
}

void TestDependencies::renamingADependencyIsRefused()
{
    add(beater(u"base"_s));
    add(beater(u"user"_s, {u"base"_s}));
    QString error;
    QVERIFY(!m_supervisor->updateProgram(u"base"_s, beater(u"renamed"_s), &error));
    QCOMPARE(error,
             u"user depends on base: remove base from its dependencies before renaming it"_s);
    QVERIFY(m_supervisor->hasProgram(u"base"_s));
}

void TestDependencies::unknownDependencyIsAnError()
{
    // What Edit > Undo can leave for a moment: a dependent back before what it depends on.
    add(beater(u"user"_s, {u"base"_s}));
    m_supervisor->startProgram(u"user"_s);
    QCOMPARE(snapshot(u"user"_s).state, ProgramState::Stopped);
    QVERIFY(std::any_of(m_events.cbegin(), m_events.cend(), [](const Event &event) {
        return event.kind == EventKind::Error && event.program == u"user"
                && event.message
                == u"cannot start user: it depends on \"base\", which is not a configured program";
    }));
}

void TestDependencies::removingWhatOthersNeedIsRefused()
{
    add(beater(u"base"_s));
    add(beater(u"user"_s, {u"base"_s}));
    QString error;
    QVERIFY(!m_supervisor->removeProgram(u"base"_s, Supervisor::RemoveMode::LeaveRunning, &error));
    QCOMPARE(error,
             u"user depends on base: remove it as well, or take base out of its dependencies "
             u"first"_s);
    QCOMPARE(m_supervisor->programNames(), (QStringList{u"base"_s, u"user"_s}));
    // Together they go, and the configuration left loads again.
    QVERIFY2(m_supervisor->removePrograms({u"base"_s, u"user"_s},
                                          Supervisor::RemoveMode::LeaveRunning, &error),
             qPrintable(error));
    QVERIFY(m_supervisor->programNames().isEmpty());
}

QTEST_GUILESS_MAIN(TestDependencies)
#include "tst_dependencies.moc"
