// The Events tab of the details panel: the selected program's lifecycle events, newest first,
// read from the window's event log through a ProgramEventsModel.
#pragma once

#include <QTreeView>

class EventLogModel;
class ProgramEventsModel;

class EventsPage final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPage)

public:
    explicit EventsPage(EventLogModel *events, QWidget *parent = nullptr);

    /// The program whose events show, of host (empty: this launcher's); empty: none.
    void setProgram(const QString &name, const QString &host = QString());

private:
    ProgramEventsModel *m_events;
};
