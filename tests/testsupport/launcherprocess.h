// A headless zlauncher run as a child process, its JSON events collected as they come:
// the way scripts and CI drive the launcher.
//
// Its destructor kills the launcher (SIGKILL) but not its programs, which outlive a killed
// launcher by design (tst_chaos and tst_adoption start the next launcher on them): the
// TestEnvironment whose runtime directory the launcher was given kills whatever is left when
// it goes, so that no test leaves a process behind.
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
    /// SIGKILLs the launcher if it still runs and waits for it; its programs are left.
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
