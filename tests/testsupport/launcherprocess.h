// A headless zlauncher run as a child process, its JSON events collected as they come:
// the way scripts and CI drive the launcher.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>

class LauncherProcess final : public QObject
{
    Q_OBJECT

public:
    /// arguments follow "--headless --events json".
    LauncherProcess(const QString &executable, const QStringList &arguments,
                    QObject *parent = nullptr);
    ~LauncherProcess() override;

    bool start();
    QProcess &process() { return m_process; }
    const QList<QJsonObject> &events() const { return m_events; }
    /// Pids of "running" state events, in order, optionally only those marked adopted.
    QList<qint64> runningPids(bool adoptedOnly = false) const;
    /// Events of one kind ("state", "exit", ...) for one program (any when empty).
    QList<QJsonObject> eventsOf(const QString &kind, const QString &program = {}) const;
    /// False once a line of stdout was not a JSON object with a "time".
    bool allLinesWereEvents() const { return m_allLinesWereEvents; }

private:
    void readEvents();

    QProcess m_process;
    QByteArray m_pending;
    QList<QJsonObject> m_events;
    bool m_allLinesWereEvents = true;
};
