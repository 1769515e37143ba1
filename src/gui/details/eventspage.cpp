#include "gui/details/eventspage.h"

#include "gui/models/eventlogmodel.h"
#include "gui/models/programeventsmodel.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

EventsPage::EventsPage(EventLogModel *events, QWidget *parent)
    : QTreeView(parent)
    , m_events(new ProgramEventsModel(this))
{
    m_events->setSourceModel(events);
    setObjectName(u"eventView"_s);
    setModel(m_events);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    // The order is the events' own, newest first: the headers do not sort.
    setSortingEnabled(false);
    // Every row is the selected program's.
    setColumnHidden(EventLogModel::Program, true);
    header()->setSectionResizeMode(EventLogModel::Time, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(EventLogModel::Kind, QHeaderView::ResizeToContents);
    setToolTip(tr("This program's recent events, newest first"));
}

void EventsPage::setProgram(const QString &name, const QString &host)
{
    m_events->setProgram(name, host);
}
