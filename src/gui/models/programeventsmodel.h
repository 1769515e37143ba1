// The Details panel's Events tab: the lifecycle events of one program, of this host or another,
// newest first, read from the window's EventLogModel (no copy of its own). Heartbeat events,
// made at the beat rate while the log pane shows them, are left out.
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class EventLogModel;

class ProgramEventsModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramEventsModel)

public:
    explicit ProgramEventsModel(QObject *parent = nullptr);

    /// The program whose events pass, of host (empty: this launcher's); empty: none.
    void setProgram(const QString &program, const QString &host = QString());
    QString program() const { return m_program; }
    QString host() const { return m_host; }
    /// Sorts the new source's rows newest first.
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// By arrival: the source's rows are in the order the events happened.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_program;
    QString m_host;
    /// The source, when it is the log itself: its events are read without a QVariant each.
    QPointer<const EventLogModel> m_log;
};
