// Which containment the launcher chooses from /proc/self/mountinfo and /proc/self/cgroup, for
// the layouts users have: a pure cgroup v2 machine with a systemd user session, the hybrid
// layout of these test machines, a cgroup namespace, a launcher in the root cgroup or in a
// session that is not delegated, and no cgroup v2 at all. Real files, real access checks:
// tst_containment.
#include "core/os/containment.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray unifiedMountInfo
        = "22 28 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n"
          "25 22 0:22 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 "
          "cgroup2 rw,nsdelegate,memory_recursiveprot\n";
const QByteArray hybridMountInfo
        = "30 22 0:27 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755\n"
          "34 30 0:31 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n"
          "40 30 0:37 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n";
const QByteArray userScope
        = "0::/user.slice/user-1000.slice/user@1000.service/app.slice/run-r1.scope\n";

bool everythingWritable(const QString &)
{
    return true;
}

} // namespace

class TestContainmentDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delegatedUserScopeUsesCgroups();
    void hybridLayoutUsesTheUnifiedMount();
    void oldKernelKeepsProcessGroups();
    void cgroupNamespaceIsJoinedToItsMount();
    void rootCgroupKeepsProcessGroups();
    void undelegatedCgroupKeepsProcessGroups();
    void noCgroup2KeepsProcessGroups();
    void instanceGroupNames();
};

void TestContainmentDetection::delegatedUserScopeUsesCgroups()
{
    QStringList checked;
    const Containment containment
            = Containment::fromProcFiles(unifiedMountInfo, userScope, [&](const QString &path) {
                  checked.append(path);
                  return true;
              });
    const QString scope
            = u"/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/run-r1.scope"_s;
    QCOMPARE(checked, (QStringList{scope, scope + u"/cgroup.procs"_s, scope + u"/cgroup.kill"_s}));
    QVERIFY(containment.usesCgroups());
    QCOMPARE(containment.modeName(), u"cgroup"_s);
    QCOMPARE(containment.base(), scope);
    QVERIFY2(containment.description().contains(scope), qPrintable(containment.description()));
}

void TestContainmentDetection::hybridLayoutUsesTheUnifiedMount()
{
    const Containment containment = Containment::fromProcFiles(
            hybridMountInfo, "4:memory:/x\n0::/zlauncher\n", everythingWritable);
    QCOMPARE(containment.base(), u"/sys/fs/cgroup/unified/zlauncher"_s);
}

void TestContainmentDetection::oldKernelKeepsProcessGroups()
{
    const Containment containment = Containment::fromProcFiles(
            hybridMountInfo, "0::/zlauncher\n",
            [](const QString &path) { return !path.endsWith(u"/cgroup.kill"_s); });
    QVERIFY(!containment.usesCgroups());
    QVERIFY2(containment.description().contains(u"Linux 5.14"_s),
             qPrintable(containment.description()));
}

void TestContainmentDetection::cgroupNamespaceIsJoinedToItsMount()
{
    QStringList checked;
    Containment::fromProcFiles("40 30 0:37 /payload /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n",
                               "0::/payload/launcher\n", [&](const QString &path) {
                                   checked.append(path);
                                   return false;
                               });
    QCOMPARE(checked.value(0), u"/sys/fs/cgroup/launcher"_s);
}

void TestContainmentDetection::rootCgroupKeepsProcessGroups()
{
    const Containment containment
            = Containment::fromProcFiles(hybridMountInfo, "0::/\n", everythingWritable);
    QVERIFY(!containment.usesCgroups());
    QCOMPARE(containment.modeName(), u"process-group"_s);
    QVERIFY(containment.base().isEmpty());
    const QString said = containment.description();
    QVERIFY2(said.contains(u"root cgroup"_s), qPrintable(said));
    QVERIFY2(said.contains(u"systemd-run --user --scope -p Delegate=yes zlauncher"_s),
             qPrintable(said));
}

void TestContainmentDetection::undelegatedCgroupKeepsProcessGroups()
{
    const Containment containment = Containment::fromProcFiles(
            unifiedMountInfo, "0::/user.slice/user-1000.slice/session-2.scope\n",
            [](const QString &) { return false; });
    QVERIFY(!containment.usesCgroups());
    QVERIFY2(containment.description().contains(
                     u"/sys/fs/cgroup/user.slice/user-1000.slice/session-2.scope is not "
                     u"delegated"_s),
             qPrintable(containment.description()));
}

void TestContainmentDetection::noCgroup2KeepsProcessGroups()
{
    const Containment containment = Containment::fromProcFiles(
            "34 30 0:31 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n", "4:memory:/\n",
            everythingWritable);
    QVERIFY(!containment.usesCgroups());
    QVERIFY(containment.description().contains(u"no cgroup v2 hierarchy"_s));
}

void TestContainmentDetection::instanceGroupNames()
{
    const QString token = u"3f2a0c1e-9b7d-4e11-8a52-0c3d5e6f7a8b"_s;
    QCOMPARE(Containment::groupName(u"web-0"_s, token), u"web-0@"_s + token);
    QVERIFY(InstanceCgroup::isInstanceGroupName(u"web-0@"_s + token));
    QVERIFY(!InstanceCgroup::isInstanceGroupName(u"web-0"_s));
    QVERIFY(!InstanceCgroup::isInstanceGroupName(u"app.slice"_s));
    QVERIFY(!InstanceCgroup::isInstanceGroupName(u"@"_s + token));
    QVERIFY(!InstanceCgroup::isInstanceGroupName(u"web@not-a-token"_s));
}

QTEST_GUILESS_MAIN(TestContainmentDetection)
#include "tst_containmentdetection.moc"
