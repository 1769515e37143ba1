// The window's status bar, right side: how many programs are in each state, the CPU and
// memory of all of them, and the heartbeat rate with the malformed messages dropped. The
// counts refresh on every state change and once a second (the rate needs the second anyway).
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QLabel;
class QStatusBar;
class ResourceHistory;
class Supervisor;

class ProgramStatusBar final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramStatusBar)

public:
    ProgramStatusBar(QStatusBar *bar, Supervisor *supervisor, const ResourceHistory *resources,
                     QObject *parent = nullptr);

    void update();

Q_SIGNALS:
    /// counts: one "state: number" line per state shown (empty: no programs); alert: a
    /// program is Lost or Failed. For the tray icon, which repeats them.
    void countsChanged(const QStringList &counts, bool alert);

private:
    void updateCounts();
    void updateRate();
    void updateResourceTotals();

    QStatusBar *m_bar;
    Supervisor *m_supervisor;
    const ResourceHistory *m_resources;
    QLabel *m_countsLabel;
    QLabel *m_resourcesLabel;
    QLabel *m_rateLabel;
    QTimer m_timer;
    quint64 m_lastAcceptedHeartbeats = 0;
};
