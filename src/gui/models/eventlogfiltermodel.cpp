#include "gui/models/eventlogfiltermodel.h"

#include "gui/models/eventlogmodel.h"

EventLogFilterModel::EventLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_hiddenKinds{static_cast<int>(EventKind::Heartbeat)}
{ }

void EventLogFilterModel::setProgramFilter(const QString &program)
{
    setProgramsFilter(program.isEmpty() ? QStringList() : QStringList{program});
}

void EventLogFilterModel::setProgramsFilter(const QStringList &programs)
{
    if (programs == m_programs) {
        return;
    }
    m_programs = programs;
    invalidateFilter();
}

void EventLogFilterModel::setKindVisible(EventKind kind, bool visible)
{
    if (visible == isKindVisible(kind)) {
        return;
    }
    if (visible) {
        m_hiddenKinds.remove(static_cast<int>(kind));
    } else {
        m_hiddenKinds.insert(static_cast<int>(kind));
    }
    invalidateFilter();
}

bool EventLogFilterModel::isKindVisible(EventKind kind) const
{
    return !m_hiddenKinds.contains(static_cast<int>(kind));
}

bool EventLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hiddenKinds.contains(index.data(EventLogModel::KindRole).toInt())) {
        return false;
    }
    // The programs chosen are this launcher's: another host's of the same name are not them.
    return m_programs.isEmpty()
            || (index.data(EventLogModel::HostRole).toString().isEmpty()
                && m_programs.contains(index.data(EventLogModel::ProgramRole).toString()));
}
