#include "launcherprocess.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

LauncherProcess::LauncherProcess(const QString &executable, const QStringList &arguments,
                                 QObject *parent)
    : QObject(parent)
{
    m_process.setProgram(executable);
    m_process.setArguments(QStringList{u"--headless"_s, u"--events"_s, u"json"_s} + arguments);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LauncherProcess::readEvents);
}

LauncherProcess::~LauncherProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool LauncherProcess::start()
{
    m_process.start();
    return m_process.waitForStarted();
}

void LauncherProcess::readEvents()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject() || !document.object().contains(u"time"_s)) {
            qWarning("not an event: %s", line.constData());
            m_allLinesWereEvents = false;
            continue;
        }
        m_events.append(document.object());
    }
}

QList<qint64> LauncherProcess::runningPids(bool adoptedOnly) const
{
    QList<qint64> pids;
    for (const QJsonObject &event : m_events) {
        if (event[u"event"_s] == u"state"_s && event[u"state"_s] == u"running"_s
            && (!adoptedOnly || event[u"adopted"_s].toBool())) {
            pids.append(event[u"pid"_s].toInteger());
        }
    }
    return pids;
}

QList<QJsonObject> LauncherProcess::eventsOf(const QString &kind, const QString &program) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &event : m_events) {
        if (event[u"event"_s] == kind && (program.isEmpty() || event[u"program"_s] == program)) {
            found.append(event);
        }
    }
    return found;
}
