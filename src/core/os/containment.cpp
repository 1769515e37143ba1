#include "core/os/containment.h"

#include "core/model/logging.h"

#include <cerrno>

#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString advice = QStringLiteral("systemd-run --user --scope -p Delegate=yes zlauncher");

/// mountinfo escapes a space, a tab, a newline and a backslash in octal (\040).
QString unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(static_cast<char>(code));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}

struct Cgroup2Mount
{
    QString root;       ///< the mounted part of the hierarchy, "/" but in a cgroup namespace
    QString mountPoint; ///< where it is mounted
};

std::optional<Cgroup2Mount> findCgroup2Mount(const QByteArray &mountInfo)
{
    for (const QByteArray &line : mountInfo.split('\n')) {
        // "36 25 0:31 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw": the type follows " - ".
        const qsizetype separator = line.indexOf(" - ");
        if (separator < 0 || !line.mid(separator + 3).startsWith("cgroup2 ")) {
            continue;
        }
        const QList<QByteArray> fields = line.left(separator).split(' ');
        if (fields.size() >= 5) {
            return Cgroup2Mount{unescapeMountField(fields[3]), unescapeMountField(fields[4])};
        }
    }
    return std::nullopt;
}

/// The "0::/path" line: the process's place in the cgroup v2 hierarchy.
QString unifiedPath(const QByteArray &cgroupFile)
{
    for (const QByteArray &line : cgroupFile.split('\n')) {
        if (line.startsWith("0::")) {
            return QFile::decodeName(line.mid(3));
        }
    }
    return {};
}

QString joinPath(const QString &mountPoint, const QString &path)
{
    return path == u"/" ? mountPoint : QDir::cleanPath(mountPoint + u'/' + path);
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return {};
    }
    return file.readAll();
}

bool writeSmallFile(const QString &path, const QByteArray &contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
        || file.write(contents) != contents.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool listsWord(const QByteArray &line, const QByteArray &word)
{
    return line.simplified().split(' ').contains(word);
}

/// Removes instance groups once they are empty: a group whose processes were just killed
/// empties a moment later, and the kernel says so by changing cgroup.events (inotify).
class CgroupJanitor final : public QObject
{
public:
    static CgroupJanitor *instance()
    {
        static QPointer<CgroupJanitor> janitor;
        if (!janitor && QCoreApplication::instance()) {
            janitor = new CgroupJanitor(QCoreApplication::instance());
        }
        return janitor;
    }

    void removeWhenEmpty(const QString &group)
    {
        if (tryRemove(group)) {
            return;
        }
        const QString events = group + u"/cgroup.events"_s;
        if (!m_watcher.addPath(events)) {
            qCWarning(lcProcess).noquote()
                    << "cannot watch" << events << "to remove" << group << "once empty";
            return;
        }
        // It may have emptied between the attempt and the watch.
        if (tryRemove(group)) {
            m_watcher.removePath(events);
        }
    }

private:
    explicit CgroupJanitor(QObject *parent)
        : QObject(parent)
    {
        connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
            const QString group = QFileInfo(path).path();
            if (tryRemove(group) || !QFile::exists(path)) {
                m_watcher.removePath(path);
            }
        });
    }

    /// True when the group is gone: removed now, or already.
    static bool tryRemove(const QString &group)
    {
        if (::rmdir(QFile::encodeName(group).constData()) == 0 || errno == ENOENT) {
            return true;
        }
        if (errno != EBUSY) {
            const int error = errno;
            qCWarning(lcProcess).noquote()
                    << "cannot remove the cgroup" << group << ":" << errnoMessage(error);
            return true; // nothing to wait for
        }
        return false;
    }

    QFileSystemWatcher m_watcher;
};

} // namespace

Containment Containment::detect()
{
    return fromProcFiles(readSmallFile(u"/proc/self/mountinfo"_s),
                         readSmallFile(u"/proc/self/cgroup"_s), [](const QString &path) {
                             return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
                         });
}

Containment Containment::fromProcFiles(const QByteArray &mountInfo, const QByteArray &ownCgroup,
                                       const std::function<bool(const QString &)> &isWritable)
{
    const std::optional<Cgroup2Mount> mount = findCgroup2Mount(mountInfo);
    if (!mount) {
        return processGroups(tr("no cgroup v2 hierarchy is mounted"));
    }
    QString path = unifiedPath(ownCgroup);
    if (path.isEmpty()) {
        return processGroups(tr("the launcher has no place in the cgroup v2 hierarchy"));
    }
    if (path == u"/") {
        return processGroups(tr("the launcher runs in the root cgroup, which belongs to the "
                                "system's service manager"));
    }
    // In a cgroup namespace, the mount's root is a part of the hierarchy the path is within.
    if (mount->root != u"/" && path.startsWith(mount->root)) {
        path = path.mid(mount->root.size());
    }
    const QString base = joinPath(mount->mountPoint, path);
    if (!isWritable(base) || !isWritable(base + u"/cgroup.procs"_s)) {
        return processGroups(
                tr("the launcher's cgroup %1 is not delegated to this user").arg(base));
    }
    // Delegated but without cgroup.kill: the only reason left for it not to be writable.
    if (!isWritable(base + u"/cgroup.kill"_s)) {
        return processGroups(tr("the kernel has no cgroup.kill (Linux 5.14 or later has)"));
    }
    Containment containment;
    containment.m_base = base;
    containment.m_memoryProblem = tr("the memory controller is not enabled for %1").arg(base);
    return containment;
}

Containment Containment::processGroups(const QString &reason)
{
    Containment containment;
    containment.m_reason = reason;
    containment.m_memoryProblem
            = tr("the launcher uses process groups, and memory.max needs a cgroup of the "
                 "program's own");
    return containment;
}

bool Containment::enableMemoryController()
{
    if (!usesCgroups()) {
        return false;
    }
    if (listsWord(readSmallFile(m_base + u"/cgroup.subtree_control"_s), "memory")) {
        m_memoryProblem.clear();
        return true;
    }
    if (!listsWord(readSmallFile(m_base + u"/cgroup.controllers"_s), "memory")) {
        m_memoryProblem = tr("the memory controller is not delegated to the launcher's cgroup %1 "
                             "(systemd delegates it to a user's services on most systems)")
                                  .arg(m_base);
        return false;
    }
    const QString leaf = m_base + u"/launcher"_s;
    QString error;
    if (::mkdir(QFile::encodeName(leaf).constData(), 0755) != 0 && errno != EEXIST) {
        error = errnoMessage(errno);
    }
    if (!error.isEmpty() || !writeSmallFile(leaf + u"/cgroup.procs"_s, "0", &error)) {
        m_memoryProblem = tr("the launcher cannot move into %1 to enable the memory controller: %2")
                                  .arg(leaf, error);
        return false;
    }
    if (!writeSmallFile(m_base + u"/cgroup.subtree_control"_s, "+memory", &error)) {
        m_memoryProblem = tr("the memory controller cannot be enabled in %1 (other processes "
                             "share the launcher's cgroup?): %2")
                                  .arg(m_base, error);
        return false;
    }
    m_memoryProblem.clear();
    return true;
}

QString Containment::modeName() const
{
    return usesCgroups() ? u"cgroup"_s : u"process-group"_s;
}

QString Containment::description() const
{
    if (usesCgroups()) {
        return tr("each program runs in a cgroup of its own under %1, so a stop reaches "
                  "every process it started")
                .arg(m_base);
    }
    return tr("process groups, since %1: a process that leaves its program's session "
              "escapes a stop. To run each program in a cgroup of its own, start the "
              "launcher in a delegated cgroup: %2")
            .arg(m_reason, advice);
}

QString Containment::groupName(const QString &program, const QString &token)
{
    return program + u'@' + token;
}

QString Containment::createGroup(const QString &name, qint64 memoryMaxBytes, QString *error) const
{
    const QString group = m_base + u'/' + name;
    if (::mkdir(QFile::encodeName(group).constData(), 0755) != 0 && errno != EEXIST) {
        const int saved = errno;
        *error = tr("cannot create the cgroup %1: %2").arg(group, errnoMessage(saved));
        return {};
    }
    if (memoryMaxBytes > 0 && hasMemoryController()
        && !InstanceCgroup::setMemoryMax(group, memoryMaxBytes, error)) {
        InstanceCgroup::removeWhenEmpty(group);
        return {};
    }
    return group;
}

int Containment::removeStaleGroups() const
{
    if (!usesCgroups()) {
        return 0;
    }
    int removed = 0;
    const QStringList children = QDir(m_base).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &child : children) {
        if (InstanceCgroup::isInstanceGroupName(child)
            && ::rmdir(QFile::encodeName(m_base + u'/' + child).constData()) == 0) {
            ++removed;
        }
    }
    return removed;
}

namespace InstanceCgroup {

bool isInstanceGroupName(const QString &name)
{
    static const QRegularExpression pattern(
            u"^[^@/]+@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return pattern.match(name).hasMatch();
}

QString ofProcess(qint64 pid)
{
    const std::optional<Cgroup2Mount> mount
            = findCgroup2Mount(readSmallFile(u"/proc/self/mountinfo"_s));
    const QString path = unifiedPath(readSmallFile(u"/proc/%1/cgroup"_s.arg(pid)));
    if (!mount || path.isEmpty() || !isInstanceGroupName(path.section(u'/', -1))) {
        return {};
    }
    QString relative = path;
    if (mount->root != u"/" && relative.startsWith(mount->root)) {
        relative = relative.mid(mount->root.size());
    }
    return joinPath(mount->mountPoint, relative);
}

QList<qint64> processes(const QString &group)
{
    QList<qint64> pids;
    const QByteArray text = readSmallFile(group + u"/cgroup.procs"_s);
    for (const QByteArray &line : text.split('\n')) {
        if (const qint64 pid = line.toLongLong(); pid > 0) {
            pids.append(pid);
        }
    }
    return pids;
}

bool kill(const QString &group, QString *error)
{
    QString detail;
    if (!writeSmallFile(group + u"/cgroup.kill"_s, "1", &detail)) {
        *error = Containment::tr("cannot kill the processes of cgroup %1: %2").arg(group, detail);
        return false;
    }
    return true;
}

std::optional<quint64> cpuUsageUs(const QString &group)
{
    const QByteArray text = readSmallFile(group + u"/cpu.stat"_s);
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("usage_usec ")) {
            bool ok = false;
            const quint64 value = line.mid(11).trimmed().toULongLong(&ok);
            if (ok) {
                return value;
            }
        }
    }
    return std::nullopt;
}

std::optional<quint64> memoryCurrentBytes(const QString &group)
{
    bool ok = false;
    const quint64 value = readSmallFile(group + u"/memory.current"_s).trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

bool setMemoryMax(const QString &group, qint64 bytes, QString *error)
{
    QString detail;
    if (!writeSmallFile(group + u"/memory.max"_s, QByteArray::number(bytes), &detail)) {
        *error = Containment::tr("cannot write memory.max of cgroup %1: %2").arg(group, detail);
        return false;
    }
    return true;
}

int oomKills(const QString &group)
{
    for (const QByteArray &line : readSmallFile(group + u"/memory.events"_s).split('\n')) {
        if (line.startsWith("oom_kill ")) {
            return line.mid(9).trimmed().toInt();
        }
    }
    return 0;
}

void removeWhenEmpty(const QString &group)
{
    if (CgroupJanitor *janitor = CgroupJanitor::instance()) {
        janitor->removeWhenEmpty(group);
    }
}

} // namespace InstanceCgroup
