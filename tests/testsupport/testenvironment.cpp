#include "testenvironment.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

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
