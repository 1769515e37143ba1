// The event log pane below the program table (ui/mainwindow.ui): the events of the
// EventLogModel through a filter by program and kind, following the tail until the user
// scrolls up, with its Clear and Save buttons and the View ▸ Show heartbeats toggle.
#pragma once

#include <QObject>

class EventLogFilterModel;
class EventLogModel;
class QMainWindow;
class Supervisor;

namespace Ui {
class MainWindow;
}

class LogPane final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPane)

public:
    /// ui: the window's, set up; model: the events shown (the window's, shared with the
    /// details panel).
    LogPane(Ui::MainWindow *ui, QMainWindow *window, Supervisor *supervisor, EventLogModel *model,
            QObject *parent = nullptr);

private:
    void setUpProgramFilter();
    void setUpKindFilter();
    void setUpFollowing();
    void refillPrograms();
    void followTail();
    void setHeartbeatsShown(bool shown);
    void saveLog();

    Ui::MainWindow *m_ui;
    QMainWindow *m_window;
    Supervisor *m_supervisor;
    EventLogModel *m_model;
    EventLogFilterModel *m_proxy;
    bool m_followTail = true;
};
