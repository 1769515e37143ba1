// The log pane's view of the EventLogModel: the events of one program, of a program's replicas,
// or of all, of the kinds chosen.
#pragma once

#include "core/model/event.h"

#include <QSet>
#include <QSortFilterProxyModel>

/// Shows the events of some programs (or all), of the kinds chosen; heartbeats hidden by default.
class EventLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventLogFilterModel(QObject *parent = nullptr);

    void setProgramFilter(const QString &program); ///< empty: every program
    /// A replica set: its own events (a scale) and its replicas'. Empty: every program.
    void setProgramsFilter(const QStringList &programs);
    QStringList programsFilter() const { return m_programs; }
    void setKindVisible(EventKind kind, bool visible);
    bool isKindVisible(EventKind kind) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_programs;
    QSet<int> m_hiddenKinds;
};
