// The log pane's view of the EventLogModel: the events of one program or all, of the kinds
// chosen.
#pragma once

#include "core/model/event.h"

#include <QSet>
#include <QSortFilterProxyModel>

/// Shows the events of one program (or all), of the kinds chosen; heartbeats hidden by default.
class EventLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventLogFilterModel(QObject *parent = nullptr);

    void setProgramFilter(const QString &program); ///< empty: every program
    QString programFilter() const { return m_program; }
    void setKindVisible(EventKind kind, bool visible);
    bool isKindVisible(EventKind kind) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_program;
    QSet<int> m_hiddenKinds;
};
