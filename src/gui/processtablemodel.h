// The table of programs (one row per program, keyed by name): a read-only view of the
// Supervisor's snapshots. Rows are inserted and removed, never reset; heartbeat-driven
// updates arrive coalesced; uptime and heartbeat age are computed when read, so they are true
// when painted, and a 1 Hz tick repaints only those two columns.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimer>

class Supervisor;
struct ProgramSnapshot;
struct ProgramSpec;

class ProcessTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessTableModel)

public:
    enum Column {
        Name,
        State,
        Pid,
        Uptime,
        LastHeartbeat,
        Restarts,
        Exit,
        Status,
        Command,
        ColumnCount
    };
    enum Role {
        ProgramNameRole = Qt::UserRole + 1, ///< QString, on every column
        StateRole,                          ///< int(ProgramState), on every column
        SortRole,                           ///< raw value for sorting (numbers, not text)
    };

    explicit ProcessTableModel(Supervisor *supervisor, QObject *parent = nullptr);
    ~ProcessTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString programName(int row) const;
    /// -1 when there is no such program.
    int rowOf(const QString &name) const;

private:
    // Implementation details are free to change (helpers, members, slots).
    Supervisor *m_supervisor;
    QStringList m_names;
    QHash<QString, int> m_rows;
    QTimer m_tick;
};
