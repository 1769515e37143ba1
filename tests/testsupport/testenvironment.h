// Isolation for tests that run the launcher's core: a private runtime directory, log folder
// and configuration folder under a QTemporaryDir, and nothing written to $HOME. Nothing started
// in it outlives it: the destructor kills every process left that belongs to the folder.
#pragma once

#include "core/model/programspec.h"
#include "core/os/runtimedir.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

class TestEnvironment final
{
public:
    TestEnvironment();
    /// Kills what is left of the test (killProcessesUnder(path())) before the folder goes:
    /// programs outlive a launcher killed with SIGKILL by design, and a failed check can end
    /// a test before it stopped what it started.
    ~TestEnvironment();
    TestEnvironment(const TestEnvironment &) = delete;
    TestEnvironment &operator=(const TestEnvironment &) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    const RuntimeDir &runtimeDir() const { return m_runtimeDir; }
    QString path() const { return m_root.path(); }
    QString logDirectory() const { return m_root.path() + QStringLiteral("/logs"); }
    QString filePath(const QString &name) const { return m_root.filePath(name); }

    /// A heartbeat program spec with short test timings (50 ms beat, 300 ms lost timeout).
    static ProgramSpec spec(const QString &name, const QString &program,
                            const QStringList &arguments = {});
    /// A plain program that sleeps for ten minutes, counted up as soon as it started.
    static ProgramSpec plainSleeper(const QString &name);

    /// SIGKILLs every live process of this user, but this one, that belongs to directory or
    /// to a folder in it: a program started there (its ZLAUNCHER_RUNTIME_DIR, which children
    /// inherit) or a process given such a path as an argument (a launcher, zlauncher-logd,
    /// zlauncherctl), until none is left or timeoutMs passed; reaps those that were this
    /// process's children. Says which it killed (but zlauncher-logd, which outlives its
    /// launchers by design); returns their pids.
    static QList<qint64> killProcessesUnder(const QString &directory, int timeoutMs = 10000);

private:
    QTemporaryDir m_root;
    RuntimeDir m_runtimeDir;
    bool m_valid = false;
    QString m_error;
};
