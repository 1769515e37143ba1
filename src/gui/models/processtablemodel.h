// The table of programs (one row per program, keyed by name): a read-only view of the
// Supervisor's snapshots and of the ResourceHistory's latest samples. Rows are inserted and
// removed, never reset; heartbeat-driven updates arrive coalesced; uptime, heartbeat and ping
// ages and the pulse strip are computed when read, so they are true when painted or shown, and
// a 1 Hz tick repaints only the time columns. CPU and memory change with each resource sample.
#pragma once

#include "core/model/programstate.h"
#include "gui/models/programcells.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QStringList>
#include <QTimer>

#include <array>

class ResourceHistory;
class Supervisor;
struct ProgramSnapshot;

class ProcessTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessTableModel)

public:
    enum Column {
        Name,
        State,
        Pid,
        Cpu,
        Memory,
        Uptime,
        LastHeartbeat,
        Pulse,
        Restarts,
        Exit,
        Status,
        Command,
        Host, ///< last, so that a layout saved before it still restores by index
        ColumnCount
    };
    enum Role {
        ProgramNameRole = Qt::UserRole + 1, ///< QString, on every column
        StateRole,                          ///< int(ProgramState), on every column
        SortRole,                           ///< raw value for sorting (numbers, not text)
        PulseRole, ///< PulseData (gui/models/pulsedata.h), on the Pulse column of heartbeat
                   ///< programs
        HostRole,  ///< QString: the remote host of the row (RemoteProgramsModel); empty here
    };
    /// What the Host column shows for this launcher's own programs.
    static QString localHostName();

    /// resources (may be null: no CPU and memory) must outlive the model or be destroyed first.
    explicit ProcessTableModel(Supervisor *supervisor, const ResourceHistory *resources = nullptr,
                               QObject *parent = nullptr);
    ~ProcessTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString programName(int row) const;
    /// -1 when there is no such program.
    int rowOf(const QString &name) const;

    /// Whether the 1 Hz tick repaints the time columns (true by default). A window that is
    /// hidden or minimised turns it off; turned back on, it repaints them at once.
    void setTicking(bool ticking);
    bool isTicking() const { return m_ticking; }

private:
    // Implementation details are free to change (helpers, members, slots).
    void onProgramAdded(const QString &name);
    void onProgramRemoved(const QString &name);
    void onProgramSpecChanged(const QString &oldName, const QString &name);
    void onProgramsChanged(const QStringList &names);
    void onResourcesUpdated(const QStringList &names);
    /// dataChanged over [firstColumn, lastColumn] for the rows of names: one signal per run of
    /// adjacent rows, or one over the whole table when more than half the rows changed.
    void emitChangedRows(const QStringList &names, int firstColumn, int lastColumn,
                         const QList<int> &roles = {});
    void onSupervisorDestroyed();
    void onTick();
    void updateTick();
    void emitRowsChanged(int first, int last);
    bool hasCountdown() const;

    const ProgramSnapshot *snapshotAt(int row) const;
    // The Host column's display text, tooltip and sort key.
    static QVariant hostCell(int role);
    QIcon stateIcon(const ProgramSnapshot &snapshot) const;

    Supervisor *m_supervisor;
    ProgramCells m_cells;
    QStringList m_names;
    QHash<QString, int> m_rows;
    QTimer m_tick;
    bool m_ticking = true;
    std::array<QIcon, 7> m_stateIcons; ///< by int(ProgramState)
    QIcon m_waitingIcon;               ///< Stopped, with a start waiting for dependencies
};
