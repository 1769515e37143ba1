// What the output capture tests share (tst_outputrotation, tst_outputdaemon,
// tst_outputfallback; docs/design.md, "Output capture"): a fresh runtime directory, a supervisor
// whose daemon is the zlauncher-logd just built, tc_chatty to write numbered lines, checks of
// what a log holds, and a cleanup that ends every process a test started.
#pragma once

#include "core/os/instancestate.h"
#include "core/os/outputcollector.h"
#include "core/os/spawn.h"
#include "core/supervision/deathrecords.h"
#include "core/supervision/supervisor.h"

#include "launcherprocess.h"
#include "supervisorfixture.h"
#include "testenvironment.h"

#include <csignal>

#include <sys/wait.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

inline constexpr qint64 smallLimit = 64 * 1024;

/// Where the daemon script that never answers writes its pid (it execs sleep).
inline const QString hungPidFile = QStringLiteral("hung-logd.pid");

/// How much a line can take a file past its limit: a piece of a cut line and its newline.
inline constexpr qint64 longestLine = 64 * 1024 + 1;

inline bool isAlive(qint64 pid)
{
    return pid > 0 && InstanceState::processStartTime(pid).has_value();
}

inline qsizetype openDescriptors()
{
    return QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What is wrong with a log of tc_chatty's "out <i>" (0 ... lines-1) and "err <i>" (every
/// stderrEvery-th) lines: empty when each is there once, in order within its stream.
inline QString wrongLines(const QByteArray &data, int lines, int stderrEvery)
{
    if (!data.endsWith('\n')) {
        return u"the log does not end with a newline"_s;
    }
    int nextOut = 0;
    int nextErr = 0;
    for (const QByteArray &line : data.chopped(1).split('\n')) {
        if (line == "out " + QByteArray::number(nextOut)) {
            ++nextOut;
        } else if (line == "err " + QByteArray::number(nextErr)) {
            nextErr += stderrEvery;
        } else {
            return u"unexpected line \"%1\" (next out %2, next err %3)"_s
                    .arg(QString::fromUtf8(line.left(80)))
                    .arg(nextOut)
                    .arg(nextErr);
        }
    }
    if (nextOut != lines || nextErr != lines) {
        return u"%1 out lines, err lines up to %2, of %3"_s.arg(nextOut).arg(nextErr).arg(lines);
    }
    return {};
}

/// The last 20 "err <i>" lines of tc_chatty --lines lines --stderr-every stderrEvery.
inline QStringList lastErrLines(int lines, int stderrEvery)
{
    QStringList expected;
    for (int i = lines - 20 * stderrEvery; i < lines; i += stderrEvery) {
        expected.append(u"err %1"_s.arg(i));
    }
    return expected;
}

/// Reaps a child if it has ended: its exit code, or 128 + the signal that killed it; else -1.
inline int reapedExitCode(qint64 pid)
{
    int status = 0;
    if (::waitpid(static_cast<pid_t>(pid), &status, WNOHANG) != pid) {
        return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

class OutputFixture : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

protected:
    /// A supervisor on the test's runtime directory, listening (so this process reaps the
    /// programs and knows their exit codes), its daemon the one just built.
    void startSupervisor();
    Supervisor &supervisor() { return *m_supervisor; }
    ProgramSpec chatty(const QString &name, const QStringList &arguments) const;
    /// <name>.log and its rotated files, oldest first.
    QStringList logFiles(const QString &name) const;
    bool lastDeathHasTail(const QString &name) const;
    /// An executable shell script in the test's directory: #!/bin/sh, then body.
    QString writeScript(const QString &name, const QString &body) const;

    /// Processes a test started that outlive their supervisor, killed by the cleanup.
    QList<qint64> m_pids;
};
