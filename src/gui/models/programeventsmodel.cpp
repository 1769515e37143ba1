#include "gui/models/programeventsmodel.h"

#include "core/model/event.h"
#include "gui/models/eventlogmodel.h"

ProgramEventsModel::ProgramEventsModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Kept sorted as rows come: the newest event on top.
    setDynamicSortFilter(true);
}

void ProgramEventsModel::setSourceModel(QAbstractItemModel *source)
{
    QSortFilterProxyModel::setSourceModel(source);
    m_log = qobject_cast<const EventLogModel *>(source);
    sort(0, Qt::DescendingOrder);
}

void ProgramEventsModel::setProgram(const QString &program, const QString &host)
{
    if (program == m_program && host == m_host) {
        return;
    }
    m_program = program;
    m_host = host;
    invalidateFilter();
}

bool ProgramEventsModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_program.isEmpty()) {
        return false;
    }
    // A new selection filters the whole log (up to EventLogModel::defaultCapacity rows).
    if (m_log && !sourceParent.isValid()) {
        const Event &event = m_log->event(sourceRow);
        return event.program == m_program && event.kind != EventKind::Heartbeat
                && event.host == m_host;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(EventLogModel::KindRole).toInt() != static_cast<int>(EventKind::Heartbeat)
            && index.data(EventLogModel::ProgramRole).toString() == m_program
            && index.data(EventLogModel::HostRole).toString() == m_host;
}

bool ProgramEventsModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return left.row() < right.row();
}
