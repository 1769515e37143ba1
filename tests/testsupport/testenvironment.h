// Isolation for tests that run the launcher's core: a private runtime directory, log folder
// and configuration folder under a QTemporaryDir, and nothing written to $HOME.
#pragma once

#include "core/programspec.h"
#include "core/runtimedir.h"

#include <QString>
#include <QTemporaryDir>

class TestEnvironment final
{
public:
    TestEnvironment();

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    const RuntimeDir &runtimeDir() const { return m_runtimeDir; }
    QString path() const { return m_root.path(); }
    QString logDirectory() const { return m_root.path() + QStringLiteral("/logs"); }
    QString filePath(const QString &name) const { return m_root.filePath(name); }

    /// A heartbeat program spec with short test timings (50 ms beat, 300 ms lost timeout).
    static ProgramSpec spec(const QString &name, const QString &program,
                            const QStringList &arguments = {});

private:
    QTemporaryDir m_root;
    RuntimeDir m_runtimeDir;
    bool m_valid = false;
    QString m_error;
};
