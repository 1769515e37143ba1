#include "testenvironment.h"

#include "core/os/processwatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <utility>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readProcFile(qint64 pid, const QString &name)
{
    QFile file(u"/proc/%1/%2"_s.arg(pid).arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString joined(const QList<qint64> &pids)
{
    QStringList list;
    for (qint64 pid : pids) {
        list.append(QString::number(pid));
    }
    return list.join(u", "_s);
}

bool isUnder(const QByteArray &path, const QList<QByteArray> &roots)
{
    return std::any_of(roots.cbegin(), roots.cend(), [&path](const QByteArray &root) {
        return path.startsWith(root) && (path.size() == root.size() || path.at(root.size()) == '/');
    });
}

/// The state letter of /proc/<pid>/stat ('R', 'S', 'Z', ...) and the parent pid, or '\0' when
/// the process is gone.
std::pair<char, qint64> stateAndParent(qint64 pid)
{
    const QList<QByteArray> fields = ProcessWatch::statFields(pid);
    if (fields.size() < 2 || fields[0].isEmpty()) {
        return {'\0', 0};
    }
    return {fields[0].front(), fields[1].toLongLong()};
}

bool belongsUnder(qint64 pid, const QList<QByteArray> &roots)
{
    struct stat info
    { };
    if (::stat(qPrintable(u"/proc/%1"_s.arg(pid)), &info) != 0 || info.st_uid != ::geteuid()) {
        return false;
    }
    static const QByteArray variable = "ZLAUNCHER_RUNTIME_DIR=";
    for (const QByteArray &entry : readProcFile(pid, u"environ"_s).split('\0')) {
        if (entry.startsWith(variable) && isUnder(entry.mid(variable.size()), roots)) {
            return true;
        }
    }
    const QList<QByteArray> arguments = readProcFile(pid, u"cmdline"_s).split('\0');
    return std::any_of(arguments.cbegin() + std::min<qsizetype>(1, arguments.size()),
                       arguments.cend(),
                       [&roots](const QByteArray &argument) { return isUnder(argument, roots); });
}

} // namespace

TestEnvironment::TestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_root.isValid()) {
        m_error = m_root.errorString();
        return;
    }
    qputenv("XDG_STATE_HOME", m_root.filePath(u"state"_s).toLocal8Bit());
    m_valid = m_runtimeDir.open(m_root.filePath(u"run"_s), &m_error);
}

TestEnvironment::~TestEnvironment()
{
    if (!m_root.isValid()) {
        return;
    }
    killProcessesUnder(m_root.path());
}

ProgramSpec TestEnvironment::spec(const QString &name, const QString &program,
                                  const QStringList &arguments)
{
    ProgramSpec spec;
    spec.name = name;
    spec.program = program;
    spec.arguments = arguments;
    spec.heartbeatIntervalMs = 50;
    spec.lostTimeoutMs = 300;
    spec.startTimeoutMs = 3000;
    spec.stopGraceMs = 1000;
    spec.minUptimeMs = 200;
    return spec;
}

ProgramSpec TestEnvironment::plainSleeper(const QString &name)
{
    ProgramSpec sleeper = spec(name, QStringLiteral("/bin/sleep"), {QStringLiteral("600")});
    sleeper.kind = ProgramKind::Plain;
    sleeper.minUptimeMs = 0;
    return sleeper;
}

QList<qint64> TestEnvironment::killProcessesUnder(const QString &directory, int timeoutMs)
{
    QList<QByteArray> roots{QFile::encodeName(QDir::cleanPath(directory))};
    const QString canonical = QFileInfo(directory).canonicalFilePath();
    if (!canonical.isEmpty() && QFile::encodeName(canonical) != roots.constFirst()) {
        roots.append(QFile::encodeName(canonical));
    }
    const qint64 self = QCoreApplication::applicationPid();
    QList<qint64> killed;
    QStringList reported; // "pid (command)"
    QElapsedTimer waited;
    waited.start();
    // Again until none is left: a launcher killed in the same round may have started another
    // instance meanwhile.
    for (;;) {
        QList<qint64> live;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid || pid == self) {
                continue;
            }
            const char state = stateAndParent(pid).first;
            if (state != '\0' && state != 'Z' && state != 'X' && belongsUnder(pid, roots)) {
                live.append(pid);
            }
        }
        if (live.isEmpty()) {
            break;
        }
        if (waited.elapsed() > timeoutMs) {
            qWarning("TestEnvironment: processes still alive in %s after SIGKILL: %s",
                     qPrintable(directory), qPrintable(joined(live)));
            break;
        }
        for (qint64 pid : std::as_const(live)) {
            const QByteArray command = readProcFile(pid, u"comm"_s).trimmed();
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            if (!killed.contains(pid)) {
                killed.append(pid);
                // zlauncher-logd outlives its launchers by design, for a second or more.
                if (command != "zlauncher-logd") {
                    reported.append(u"%1 (%2)"_s.arg(pid).arg(QString::fromLocal8Bit(command)));
                }
            }
        }
        QThread::msleep(10);
    }
    // What was this process's child (a program of an in-process supervisor that is gone, an
    // orphan given to this process as subreaper) is its to reap, as init would.
    for (qint64 pid : std::as_const(killed)) {
        const auto [state, parent] = stateAndParent(pid);
        if (state == 'Z' && parent == self) {
            ::waitpid(static_cast<pid_t>(pid), nullptr, WNOHANG);
        }
    }
    if (!reported.isEmpty()) {
        qInfo("TestEnvironment: killed what was left behind in %s: %s", qPrintable(directory),
              qPrintable(reported.join(u", "_s)));
    }
    return killed;
}
