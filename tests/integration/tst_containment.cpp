// Containment, tried as a user would: a headless launcher started in a delegated cgroup (as
// `systemd-run --user --scope -p Delegate=yes` would start it; here a cgroup this test makes
// as root) runs each program in a cgroup of its own, and a program that double-forks a daemon
// into its own session is stopped, or killed, with nothing left, checked by a scan of /proc.
// The same launcher outside a delegated cgroup says that process groups are in force, and how
// to get the better mode.
#include "ctlfixture.h"

#include "core/os/containment.h"

#include <csignal>

#include <fcntl.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The mount point of the cgroup v2 hierarchy, or empty.
QString cgroup2MountPoint()
{
    QFile mounts(u"/proc/self/mountinfo"_s);
    if (!mounts.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        if (line.contains(" - cgroup2 ")) {
            return QString::fromLocal8Bit(line.split(' ').value(4));
        }
    }
    return {};
}

/// The live processes whose command line holds argument.
QList<qint64> processesWithArgument(const QByteArray &argument)
{
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (!isPid || !cmdline.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> arguments = cmdline.readAll().split('\0');
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        // A zombie has no command line left, and counts as gone.
        if (arguments.contains(argument) && stat.open(QIODevice::ReadOnly)
            && !stat.readAll().contains(") Z ")) {
            pids.append(pid);
        }
    }
    return pids;
}

} // namespace

// QSKIP leaves the function it is written in: a helper cannot skip the test that calls it.
#define REQUIRE_DELEGATED_CGROUP() \
    do { \
        const QString why = makeDelegatedCgroup(); \
        if (!why.isEmpty()) { \
            QSKIP(qPrintable(why)); \
        } \
    } while (false)

class TestContainment : public CtlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void stopLeavesNothingBehind();
    void killLeavesNothingBehind();
    void adoptedInstanceIsKilledWithItsWholeCgroup();
    void leftoversOfAnExitAreCountedAndKilled();
    void failedExecIsSaidAndLeavesNoGroup();
    void leftoversCanBeLeftRunning();
    void processGroupLeftoversFollowTheSetting_data();
    void processGroupLeftoversFollowTheSetting();
    void figuresCoverTheWholeGroup();
    void unenforcedMemoryCapIsSaidOnce();
    void memoryCapEndsAProgramAndSaysSo();
    void processGroupsAreSaidWithTheRecipe();

private:
    /// Skips unless this test may make a cgroup (root, cgroup v2 with cgroup.kill).
    /// Makes the launcher's delegated cgroup (m_delegated); or why it cannot be made here
    /// (root, cgroup v2 with cgroup.kill), for the test to skip with.
    QString makeDelegatedCgroup();
    /// The launcher, in the delegated cgroup when there is one.
    void startContainedLauncher(int running);
    void writeDaemonizer(const QString &mainCommand, bool killLeftovers = true,
                         const QJsonObject &extra = {});
    /// The configuration: one plain program, "daemonizer", that runs script with /bin/sh.
    void writeProgram(const QString &script, bool killLeftovers, const QJsonObject &extra);
    /// The events of one kind whose message holds text.
    QList<QJsonObject> eventsSaying(const QString &kind, const QString &text) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &event : m_launcher->eventsOf(kind)) {
            if (event[u"message"_s].toString().contains(text)) {
                found.append(event);
            }
        }
        return found;
    }
    /// The script of a main process that waits for the daemon to be up, then exits.
    QString exitOnceDaemonRuns(int code) const
    {
        return u"while ! pgrep -f -x 'sleep %1' >/dev/null; do sleep 0.05; done; exit %2"_s
                .arg(QString::fromLatin1(m_daemonMarker))
                .arg(code);
    }
    CtlRun ctlHere(const QStringList &arguments)
    {
        return ctl(QStringList{u"--runtime-dir"_s, m_env->runtimeDir().path()} + arguments);
    }
    QJsonObject info() { return parseObject(ctlHere({u"--json"_s, u"info"_s}).out); }
    /// The instance groups the launcher made under the delegated cgroup.
    QStringList instanceGroups() const
    {
        QStringList groups;
        for (const QString &name : QDir(m_delegated).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (InstanceCgroup::isInstanceGroupName(name)) {
                groups.append(name);
            }
        }
        return groups;
    }

    QString m_delegated;
    QByteArray m_mainMarker; ///< an argument only this test's main process has
    QByteArray m_daemonMarker;
};

void TestContainment::init()
{
    setUp();
    const quint32 unique = QRandomGenerator::global()->bounded(1000000u, 9999999u);
    m_mainMarker = "3600." + QByteArray::number(unique);
    m_daemonMarker = "3601." + QByteArray::number(unique);
}

void TestContainment::cleanup()
{
    tearDown();
    for (const qint64 pid :
         processesWithArgument(m_daemonMarker) + processesWithArgument(m_mainMarker)) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    if (!m_delegated.isEmpty()) {
        // Empty once the launcher and its programs are gone; the kernel may take a moment.
        QFile kill(m_delegated + u"/cgroup.kill"_s);
        if (kill.open(QIODevice::WriteOnly)) {
            kill.write("1");
        }
        kill.close();
        // QTRY evaluates its condition once more after it held: "removed or gone".
        const auto removed = [](const QString &path) {
            return QDir().rmdir(path) || !QFileInfo::exists(path);
        };
        for (const QString &group : instanceGroups()) {
            QTRY_VERIFY(removed(m_delegated + u'/' + group));
        }
        QTRY_VERIFY(removed(m_delegated));
        m_delegated.clear();
    }
}

QString TestContainment::makeDelegatedCgroup()
{
    const QString mount = cgroup2MountPoint();
    if (mount.isEmpty() || !QFileInfo(mount).isDir()) {
        return u"no cgroup v2 hierarchy is mounted here"_s;
    }
    if (::geteuid() != 0) {
        return u"making a cgroup for the launcher needs root here; CI runs as root"_s;
    }
    const QString group = mount + u"/zlauncher-test-%1"_s.arg(QCoreApplication::applicationPid());
    if (!QDir().mkpath(group)) {
        return u"cannot make "_s + group;
    }
    if (!QFile::exists(group + u"/cgroup.kill"_s)) {
        QDir().rmdir(group);
        return u"this kernel has no cgroup.kill (Linux 5.14)"_s;
    }
    m_delegated = group;
    return {};
}

void TestContainment::startContainedLauncher(int running)
{
    m_launcher = std::make_unique<LauncherProcess>(QStringLiteral(ZL_LAUNCHER),
                                                   QStringList{u"--config"_s, m_configPath,
                                                               u"--runtime-dir"_s,
                                                               m_env->runtimeDir().path()});
    if (!m_delegated.isEmpty()) {
        // As systemd-run --scope does: the launcher is in the group before it runs.
        const QByteArray procs = QFile::encodeName(m_delegated + u"/cgroup.procs"_s);
        m_launcher->process().setChildProcessModifier([procs] {
            const int fd = ::open(procs.constData(), O_WRONLY | O_CLOEXEC);
            if (fd < 0 || ::write(fd, "0", 1) != 1) {
                ::_exit(126);
            }
            ::close(fd);
        });
    }
    QVERIFY(m_launcher->start());
    QTRY_COMPARE_WITH_TIMEOUT(m_launcher->runningPids().size(), running, 20000);
}

void TestContainment::writeDaemonizer(const QString &mainCommand, bool killLeftovers,
                                      const QJsonObject &extra)
{
    // The subshell starts the daemon in a session of its own and exits: the daemon is an
    // orphan in no group of the program's, as a classic double-forking daemon is.
    writeProgram(
            u"(setsid sleep %1 &) ; %2"_s.arg(QString::fromLatin1(m_daemonMarker), mainCommand),
            killLeftovers, extra);
}

void TestContainment::writeProgram(const QString &script, bool killLeftovers,
                                   const QJsonObject &extra)
{
    QJsonObject program{{u"name"_s, u"daemonizer"_s},
                        {u"program"_s, u"/bin/sh"_s},
                        {u"arguments"_s, QJsonArray{u"-c"_s, script}},
                        {u"kind"_s, u"plain"_s},
                        {u"minUptimeMs"_s, 0},
                        {u"restart"_s, u"never"_s},
                        {u"killLeftovers"_s, killLeftovers}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        program.insert(it.key(), it.value());
    }
    QVERIFY(writeFile(
            m_configPath,
            QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"programs"_s, QJsonArray{program}}})
                    .toJson()));
}

void TestContainment::stopLeavesNothingBehind()
{
    REQUIRE_DELEGATED_CGROUP();
    writeDaemonizer(u"exec sleep "_s + QString::fromLatin1(m_mainMarker));
    startContainedLauncher(1);
    QCOMPARE(info().value(u"containment"_s).toString(), u"cgroup"_s);
    QTRY_COMPARE_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).size(), 1, 20000);
    QCOMPARE(instanceGroups().size(), 1);

    const CtlRun stopped = ctlHere({u"stop"_s, u"daemonizer"_s});
    QCOMPARE(stopped.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).isEmpty(), 20000);
    QCOMPARE(m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).constFirst()[u"leftovers"_s].toInt(),
             1);
    QTRY_VERIFY_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).isEmpty(), 20000);
    QVERIFY(processesWithArgument(m_mainMarker).isEmpty());
    // The instance's group goes with it.
    QTRY_VERIFY_WITH_TIMEOUT(instanceGroups().isEmpty(), 20000);
}

void TestContainment::killLeavesNothingBehind()
{
    REQUIRE_DELEGATED_CGROUP();
    // A main process that ignores SIGTERM too: only SIGKILL ends it.
    writeDaemonizer(u"trap '' TERM; sleep "_s + QString::fromLatin1(m_mainMarker) + u"; true"_s);
    startContainedLauncher(1);
    QTRY_COMPARE_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).size(), 1, 20000);
    QCOMPARE(ctlHere({u"kill"_s, u"daemonizer"_s}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(processesWithArgument(m_mainMarker).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(instanceGroups().isEmpty(), 20000);
}

void TestContainment::adoptedInstanceIsKilledWithItsWholeCgroup()
{
    REQUIRE_DELEGATED_CGROUP();
    // The launcher that adopts an instance finds the cgroup it was started in from /proc
    // (InstanceCgroup::ofProcess): a kill then reaches the daemon it left in its own session.
    writeDaemonizer(u"trap '' TERM; sleep "_s + QString::fromLatin1(m_mainMarker) + u"; true"_s);
    startContainedLauncher(1);
    QTRY_COMPARE_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).size(), 1, 20000);
    const QList<qint64> started = m_launcher->runningPids();
    QSignalSpy finished(&m_launcher->process(), &QProcess::finished);
    QCOMPARE(::kill(static_cast<pid_t>(m_launcher->process().processId()), SIGKILL), 0);
    QVERIFY(finished.wait(10000));
    startContainedLauncher(1);
    QCOMPARE(m_launcher->runningPids(true), started);
    QCOMPARE(ctlHere({u"kill"_s, u"daemonizer"_s}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(processesWithArgument(m_mainMarker).isEmpty(), 20000);
}

void TestContainment::leftoversOfAnExitAreCountedAndKilled()
{
    REQUIRE_DELEGATED_CGROUP();
    writeDaemonizer(exitOnceDaemonRuns(3));
    startContainedLauncher(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).isEmpty(), 20000);
    const QJsonObject exit = m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).constFirst();
    QCOMPARE(exit[u"code"_s].toInt(), 3);
    QCOMPARE(exit[u"leftovers"_s].toInt(), 1);
    QVERIFY2(exit[u"message"_s].toString().contains(u"1 process(es) it left in its cgroup"_s),
             qPrintable(exit[u"message"_s].toString()));
    QTRY_VERIFY_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).isEmpty(), 20000);
}

void TestContainment::failedExecIsSaidAndLeavesNoGroup()
{
    REQUIRE_DELEGATED_CGROUP();
    // Executable, but its interpreter is missing: only the exec in the child can tell.
    const QString script = m_env->runtimeDir().path() + u"/../broken-interpreter"_s;
    QVERIFY(writeFile(script, "#!/nonexistent/interpreter\n"));
    QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QJsonObject program{{u"name"_s, u"broken"_s},
                        {u"program"_s, QFileInfo(script).canonicalFilePath()},
                        {u"kind"_s, u"plain"_s},
                        {u"restart"_s, u"never"_s}};
    QVERIFY(writeFile(
            m_configPath,
            QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"programs"_s, QJsonArray{program}}})
                    .toJson()));
    startContainedLauncher(0);
    QTRY_VERIFY_WITH_TIMEOUT(!eventsSaying(u"error"_s, u"cannot start broken"_s).isEmpty(), 20000);
    const QString said = eventsSaying(u"error"_s, u"cannot start broken"_s)
                                 .constFirst()[u"message"_s]
                                 .toString();
    QVERIFY2(said.contains(u"No such file or directory"_s), qPrintable(said));
    QTRY_VERIFY_WITH_TIMEOUT(instanceGroups().isEmpty(), 20000);
}

void TestContainment::leftoversCanBeLeftRunning()
{
    REQUIRE_DELEGATED_CGROUP();
    writeDaemonizer(exitOnceDaemonRuns(0), false);
    startContainedLauncher(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).isEmpty(), 20000);
    const QJsonObject exit = m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).constFirst();
    QCOMPARE(exit[u"leftovers"_s].toInt(), 1);
    QCOMPARE(exit[u"leftoversKilled"_s].toBool(true), false);
    QVERIFY2(exit[u"message"_s].toString().contains(u"keep running"_s),
             qPrintable(exit[u"message"_s].toString()));
    // Still there once the launcher has seen the state that follows the exit.
    QTRY_VERIFY_WITH_TIMEOUT(
            pidOf(u"daemonizer"_s) > 0
                    && m_launcher->eventsOf(u"state"_s, u"daemonizer"_s).constLast()[u"state"_s]
                            == u"stopped"_s,
            20000);
    QCOMPARE(processesWithArgument(m_daemonMarker).size(), 1);
    QCOMPARE(instanceGroups().size(), 1);
}

void TestContainment::processGroupLeftoversFollowTheSetting_data()
{
    QTest::addColumn<bool>("killLeftovers");
    QTest::newRow("killed by default") << true;
    QTest::newRow("left running") << false;
}

void TestContainment::processGroupLeftoversFollowTheSetting()
{
    QFETCH(bool, killLeftovers);
    if (Containment::detect().usesCgroups()) {
        QSKIP("this test runs in a delegated cgroup: the launcher would use cgroups");
    }
    // A child in the program's own process group (no setsid): what process groups reach.
    const QString script = u"sleep %1 & while ! pgrep -f -x 'sleep %1' >/dev/null; do sleep "
                           u"0.05; done; exit 0"_s.arg(QString::fromLatin1(m_daemonMarker));
    writeProgram(script, killLeftovers, {});
    startContainedLauncher(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).isEmpty(), 20000);
    // Process groups give no count.
    QVERIFY(!m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s)
                     .constFirst()
                     .contains(u"leftovers"_s));
    if (killLeftovers) {
        QTRY_VERIFY_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).isEmpty(), 20000);
    } else {
        QCOMPARE(processesWithArgument(m_daemonMarker).size(), 1);
    }
}

void TestContainment::figuresCoverTheWholeGroup()
{
    REQUIRE_DELEGATED_CGROUP();
    writeDaemonizer(u"exec sleep "_s + QString::fromLatin1(m_mainMarker));
    startContainedLauncher(1);
    QTRY_COMPARE_WITH_TIMEOUT(processesWithArgument(m_daemonMarker).size(), 1, 20000);
    // The daemon is in no process group of the program's: only the cgroup counts it.
    QTRY_VERIFY_WITH_TIMEOUT(parseObject(ctlHere({u"--json"_s, u"status"_s, u"daemonizer"_s}).out)
                                             .value(u"program"_s)[u"processes"_s]
                                             .toInt()
                                     == 2,
                             20000);
    const QJsonObject status = parseObject(ctlHere({u"--json"_s, u"status"_s, u"daemonizer"_s}).out)
                                       .value(u"program"_s)
                                       .toObject();
    QVERIFY2(status[u"memory"_s].toInteger() > 0, QJsonDocument(status).toJson().constData());
}

void TestContainment::unenforcedMemoryCapIsSaidOnce()
{
    // Here the memory controller is on cgroup v1, so neither mode can write memory.max; a
    // machine whose cgroup v2 has it runs memoryCapEndsAProgramAndSaysSo instead.
    const QString mount = cgroup2MountPoint();
    QFile controllers(mount + u"/cgroup.controllers"_s);
    if (controllers.open(QIODevice::ReadOnly) && controllers.readAll().contains("memory")) {
        QSKIP("the memory controller is on cgroup v2 here: the cap can be enforced");
    }
    // In a delegated cgroup where one can be made; in process-group mode otherwise.
    makeDelegatedCgroup();
    writeDaemonizer(u"exec sleep "_s + QString::fromLatin1(m_mainMarker), true,
                    {{u"memoryMaxMiB"_s, 256}, {u"restart"_s, u"always"_s}});
    startContainedLauncher(1);
    QTRY_COMPARE_WITH_TIMEOUT(eventsSaying(u"error"_s, u"is not enforced"_s).size(), 1, 20000);
    const QString said
            = eventsSaying(u"error"_s, u"is not enforced"_s).constFirst()[u"message"_s].toString();
    QVERIFY2(said.contains(u"memoryMaxMiB (256 MiB)"_s), qPrintable(said));
    QVERIFY2(said.contains(m_delegated.isEmpty() ? u"process groups"_s
                                                 : u"memory controller is not delegated"_s),
             qPrintable(said));
    // Not again at the next start.
    const qint64 first = pidOf(u"daemonizer"_s);
    QCOMPARE(ctlHere({u"restart"_s, u"daemonizer"_s}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(pidOf(u"daemonizer"_s) != first, 20000);
    QCOMPARE(eventsSaying(u"error"_s, u"is not enforced"_s).size(), 1);
}

void TestContainment::memoryCapEndsAProgramAndSaysSo()
{
    REQUIRE_DELEGATED_CGROUP();
    QFile controllers(m_delegated + u"/cgroup.controllers"_s);
    if (!controllers.open(QIODevice::ReadOnly) || !controllers.readAll().contains("memory")) {
        QSKIP("the memory controller is not on cgroup v2 here (a hybrid layout keeps it on v1)");
    }
    // Python grows by 8 MiB a step, far past its 64 MiB cap.
    const QString grow = u"/usr/bin/python3 -c 'import time; [b\"x\" * (8 << 20) for _ in "
                         u"iter(lambda: time.sleep(0.02) or True, False)]' %1"_s.arg(
                                 QString::fromLatin1(m_mainMarker));
    writeDaemonizer(u"exec "_s + grow, true, {{u"memoryMaxMiB"_s, 64}});
    startContainedLauncher(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).isEmpty(), 30000);
    const QJsonObject exit = m_launcher->eventsOf(u"exit"_s, u"daemonizer"_s).constFirst();
    QCOMPARE(exit[u"oomKilled"_s].toBool(), true);
    QVERIFY2(exit[u"message"_s].toString().contains(u"OOM killer"_s),
             qPrintable(exit[u"message"_s].toString()));
}

void TestContainment::processGroupsAreSaidWithTheRecipe()
{
    // This test's own cgroup is not made for it: the root one here and in CI, or a user's
    // session that is not delegated. Either way the launcher keeps process groups.
    const Containment here = Containment::detect();
    if (here.usesCgroups()) {
        QSKIP("this test runs in a delegated cgroup: the launcher would use cgroups");
    }
    writeDaemonizer(u"exec sleep "_s + QString::fromLatin1(m_mainMarker));
    startContainedLauncher(1);
    const QJsonObject reply = info();
    QCOMPARE(reply.value(u"containment"_s).toString(), u"process-group"_s);
    QVERIFY(reply.value(u"containmentDetail"_s)
                    .toString()
                    .contains(u"systemd-run --user --scope -p Delegate=yes"_s));
    // Said once in the log, before the first start.
    QList<QJsonObject> said;
    for (const QJsonObject &event : m_launcher->eventsOf(u"control"_s)) {
        if (event[u"message"_s].toString().startsWith(u"containment: process groups"_s)) {
            said.append(event);
        }
    }
    QCOMPARE(said.size(), 1);
    // And the human output of info says it too.
    QVERIFY(ctlHere({u"info"_s}).out.contains(u"process groups, since"_s));
}

QTEST_GUILESS_MAIN(TestContainment)
#include "tst_containment.moc"
