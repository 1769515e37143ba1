// Replicas with real processes: "instances": N runs name-0 … name-(N-1), each with its index;
// scaling up starts the new ones, scaling down stops the removed ones one at a time from the
// highest index down; a dependency on the set waits for every replica; the set is edited,
// renamed and removed as one program.
#include "core/model/replicas.h"
#include "core/supervision/supervisor.h"

#include "supervisorfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReplicas : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachReplicaRunsWithItsNameAndIndex();
    void scaleUpStartsAndScaleDownStopsFromTheHighestIndex();
    void dependencyOnASetWaitsForEveryReplica();
    void editingTheCountStartsTheAddedReplicas();
    void renamingAStoppedSetRenamesItsReplicas();
    void aSetIsRemovedWhole();
    void wrongScalesAreRefusedWithTheReason();
    void namesThatClashAreRefused();

private:
    /// A plain program that writes its name into <index>.txt in the test folder, then sleeps.
    ProgramSpec writer(const QString &name, int instances) const
    {
        ProgramSpec spec = TestEnvironment::spec(
                name, u"/bin/sh"_s,
                {u"-c"_s,
                 u"echo \"$$ZLAUNCHER_NAME $$ZLAUNCHER_INSTANCE_INDEX\" > \"$$0\"; exec sleep 600"_s,
                 m_env->filePath(name + u"-${ZLAUNCHER_INSTANCE_INDEX}.txt"_s)});
        spec.kind = ProgramKind::Plain;
        spec.minUptimeMs = 0;
        spec.instances = instances;
        return spec;
    }
    QString written(const QString &file) const
    {
        QFile in(m_env->filePath(file));
        return in.open(QIODevice::ReadOnly) ? QString::fromUtf8(in.readAll()).trimmed() : QString();
    }
    bool allRunning(const QString &set) const
    {
        const QStringList names = m_supervisor->members(set);
        return std::all_of(names.cbegin(), names.cend(), [this](const QString &name) {
            return state(name) == ProgramState::Running;
        });
    }
};

void TestReplicas::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
}

void TestReplicas::cleanup()
{
    tearDown();
}

void TestReplicas::eachReplicaRunsWithItsNameAndIndex()
{
    addAndStart(writer(u"web"_s, 3));
    QCOMPARE(m_supervisor->programNames(), (QStringList{u"web-0"_s, u"web-1"_s, u"web-2"_s}));
    QCOMPARE(m_supervisor->configuredNames(), QStringList{u"web"_s});
    QCOMPARE(m_supervisor->spec(u"web"_s)->instances, 3);
    QCOMPARE(m_supervisor->spec(u"web-1"_s)->replicaOf, u"web"_s);
    QCOMPARE(m_supervisor->configuredName(u"web-1"_s), u"web"_s);
    for (int index = 0; index < 3; ++index) {
        const QString name = replicaName(u"web"_s, index);
        QTRY_COMPARE(written(name + u".txt"_s), name + u' ' + QString::number(index));
    }
    QTRY_VERIFY(allRunning(u"web"_s));
    // Each has its own control endpoint, named after the replica.
    QCOMPARE(m_supervisor->launchSpec(u"web-2"_s)->arguments.last(),
             m_env->filePath(u"web-2.txt"_s));
}

void TestReplicas::scaleUpStartsAndScaleDownStopsFromTheHighestIndex()
{
    addAndStart(writer(u"web"_s, 1));
    QTRY_VERIFY(allRunning(u"web"_s));
    QString error;
    QVERIFY2(m_supervisor->scaleProgram(u"web"_s, 4, &error), qPrintable(error));
    QCOMPARE(m_supervisor->members(u"web"_s).size(), 4);
    QTRY_VERIFY(allRunning(u"web"_s));
    QCOMPARE(m_supervisor->spec(u"web"_s)->instances, 4);
    QVERIFY(hasEvent(u"web"_s, EventKind::Control, u"scaled from 1 to 4 instances"_s));

    // What happens, in order: a replica asked to stop, or removed.
    QStringList steps;
    QObject listening; // the connections end with this case
    connect(m_supervisor.get(), &Supervisor::stateChanged, &listening,
            [&steps](const QString &name, ProgramState state) {
                if (state == ProgramState::Stopping) {
                    steps.append(u"stopping "_s + name);
                }
            });
    connect(m_supervisor.get(), &Supervisor::programRemoved, &listening,
            [&steps](const QString &name) { steps.append(u"removed "_s + name); });
    QVERIFY2(m_supervisor->scaleProgram(u"web"_s, 1, &error), qPrintable(error));
    QCOMPARE(m_supervisor->members(u"web"_s), QStringList{u"web-0"_s});
    QCOMPARE(m_supervisor->configuredNames(), QStringList{u"web"_s});
    QTRY_COMPARE(m_supervisor->programNames(), QStringList{u"web-0"_s});
    QCOMPARE(steps,
             (QStringList{u"stopping web-3"_s, u"removed web-3"_s, u"stopping web-2"_s,
                          u"removed web-2"_s, u"stopping web-1"_s, u"removed web-1"_s}));
    QCOMPARE(state(u"web-0"_s), ProgramState::Running);
    QCOMPARE(m_supervisor->spec(u"web"_s)->instances, 1);
}

void TestReplicas::dependencyOnASetWaitsForEveryReplica()
{
    ProgramSpec db = writer(u"db"_s, 2);
    // Running only after a second alive: the dependent must wait for both.
    db.minUptimeMs = 1000;
    add(db);
    ProgramSpec app = TestEnvironment::spec(u"app"_s, u"/bin/sleep"_s, {u"600"_s});
    app.kind = ProgramKind::Plain;
    app.dependsOn = {u"db"_s};
    add(app);
    m_supervisor->startProgram(u"app"_s);
    QTRY_COMPARE(state(u"app"_s), ProgramState::Running);
    const qsizetype appStarts = firstStateEvent(u"app"_s, ProgramState::Starting);
    for (const QString &replica : {u"db-0"_s, u"db-1"_s}) {
        const qsizetype ready = firstStateEvent(replica, ProgramState::Running);
        QVERIFY2(ready >= 0 && ready < appStarts, qPrintable(replica));
    }
    // Stopping every program stops the dependent before the replicas it needs.
    QSignalSpy stopped(m_supervisor.get(), &Supervisor::allStopped);
    m_supervisor->stopAll();
    QVERIFY(stopped.wait(20000));
    const qsizetype appStops = firstStateEvent(u"app"_s, ProgramState::Stopping);
    QVERIFY(appStops >= 0);
    for (const QString &replica : {u"db-0"_s, u"db-1"_s}) {
        QVERIFY2(firstStateEvent(replica, ProgramState::Stopping) > appStops, qPrintable(replica));
    }
}

void TestReplicas::editingTheCountStartsTheAddedReplicas()
{
    addAndStart(writer(u"web"_s, 2));
    QTRY_VERIFY(allRunning(u"web"_s));
    ProgramSpec edited = *m_supervisor->spec(u"web"_s);
    edited.instances = 3;
    edited.stopGraceMs = 1500;
    QString error;
    QVERIFY2(m_supervisor->updateProgram(u"web"_s, edited, &error), qPrintable(error));
    QCOMPARE(m_supervisor->members(u"web"_s).size(), 3);
    QTRY_VERIFY(allRunning(u"web"_s));
    // Every replica has the edited settings, and its own name.
    QCOMPARE(m_supervisor->spec(u"web-0"_s)->stopGraceMs, 1500);
    QCOMPARE(m_supervisor->spec(u"web-2"_s)->name, u"web-2"_s);
    QCOMPARE(*m_supervisor->spec(u"web"_s), edited);
}

void TestReplicas::renamingAStoppedSetRenamesItsReplicas()
{
    add(writer(u"web"_s, 2));
    ProgramSpec renamed = *m_supervisor->spec(u"web"_s);
    renamed.name = u"api"_s;
    QString error;
    QVERIFY2(m_supervisor->updateProgram(u"web"_s, renamed, &error), qPrintable(error));
    QCOMPARE(m_supervisor->programNames(), (QStringList{u"api-0"_s, u"api-1"_s}));
    QCOMPARE(m_supervisor->configuredNames(), QStringList{u"api"_s});
    QVERIFY(!m_supervisor->hasProgram(u"web"_s));

    // Running, a rename is refused, and so is turning it into a single program.
    m_supervisor->startProgram(u"api"_s);
    QTRY_VERIFY(allRunning(u"api"_s));
    renamed.name = u"web"_s;
    QVERIFY(!m_supervisor->updateProgram(u"api"_s, renamed, &error));
    QCOMPARE(error, u"stop api before renaming it"_s);
    ProgramSpec single = *m_supervisor->spec(u"api"_s);
    single.instances.reset();
    // Not a replica, it has no index: the reference needs a default.
    QVERIFY(!m_supervisor->updateProgram(u"api"_s, single, &error));
    QCOMPARE(error,
             u"program \"api\": ${ZLAUNCHER_INSTANCE_INDEX} is not defined (in \"arguments\")"_s);
    single.arguments.last().replace(u"${ZLAUNCHER_INSTANCE_INDEX}"_s,
                                    u"${ZLAUNCHER_INSTANCE_INDEX:-single}"_s);
    QVERIFY(!m_supervisor->updateProgram(u"api"_s, single, &error));
    QVERIFY2(error.startsWith(u"stop api before changing whether it has instances"_s),
             qPrintable(error));

    // Stopped, it becomes one program in the same place.
    m_supervisor->stopProgram(u"api"_s);
    QTRY_VERIFY(!m_supervisor->isLive(u"api"_s));
    QVERIFY2(m_supervisor->updateProgram(u"api"_s, single, &error), qPrintable(error));
    QCOMPARE(m_supervisor->programNames(), QStringList{u"api"_s});
    QCOMPARE(m_supervisor->configuredNames(), QStringList{u"api"_s});
}

void TestReplicas::aSetIsRemovedWhole()
{
    addAndStart(writer(u"web"_s, 3));
    QTRY_VERIFY(allRunning(u"web"_s));
    QString error;
    QVERIFY(!m_supervisor->removeProgram(u"web-1"_s, Supervisor::RemoveMode::StopFirst, &error));
    QCOMPARE(error, u"web-1 is a replica of web: scale web down, or remove web"_s);
    QVERIFY2(m_supervisor->removeProgram(u"web"_s, Supervisor::RemoveMode::StopFirst, &error),
             qPrintable(error));
    // Gone from the configuration at once; the rows go as their replicas stop.
    QVERIFY(m_supervisor->configuredNames().isEmpty());
    QTRY_VERIFY(m_supervisor->programNames().isEmpty());
    QVERIFY(!m_supervisor->hasLiveInstances());
}

void TestReplicas::wrongScalesAreRefusedWithTheReason()
{
    add(writer(u"web"_s, 2));
    ProgramSpec single = TestEnvironment::spec(u"db"_s, u"/bin/sleep"_s, {u"600"_s});
    add(single);
    QString error;
    QVERIFY(!m_supervisor->scaleProgram(u"db"_s, 3, &error));
    QCOMPARE(error, u"db has no \"instances\": edit it and give it a number of instances first"_s);
    QVERIFY(!m_supervisor->scaleProgram(u"web"_s, 0, &error));
    QCOMPARE(error, u"web cannot have 0 instances: from 1 to %1"_s.arg(maxReplicas));
    QVERIFY(!m_supervisor->scaleProgram(u"nothing"_s, 2, &error));
    QCOMPARE(error, u"there is no program named \"nothing\""_s);
    QCOMPARE(m_supervisor->members(u"web"_s).size(), 2);
}

void TestReplicas::namesThatClashAreRefused()
{
    add(writer(u"web"_s, 3));
    QString error;
    QVERIFY(!m_supervisor->addProgram(TestEnvironment::spec(u"web-2"_s, u"/bin/true"_s, {}),
                                      &error));
    QCOMPARE(error, u"\"web-2\" is the name of a replica of web"_s);
    ProgramSpec other = writer(u"web-1"_s, 1);
    other.name = u"web"_s;
    QVERIFY(!m_supervisor->addProgram(other, &error));
    QCOMPARE(error, u"a program named \"web\" already exists"_s);
    add(TestEnvironment::spec(u"api-1"_s, u"/bin/true"_s, {}));
    QVERIFY(!m_supervisor->addProgram(writer(u"api"_s, 2), &error));
    QCOMPARE(error, u"a program named \"api-1\" already exists"_s);
}

QTEST_GUILESS_MAIN(TestReplicas)
#include "tst_replicas.moc"
