// The table of programs (one row per program, keyed by name): a read-only view of the
// Supervisor's snapshots. Rows are inserted and removed, never reset; heartbeat-driven
// updates arrive coalesced; uptime, heartbeat and ping ages are computed when read, so they are
// true when painted or shown, and a 1 Hz tick repaints only the time columns.
#pragma once

#include "core/programstate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QStringList>
#include <QTimer>

#include <array>

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

    /// The translated name of a state ("Running").
    static QString stateLabel(ProgramState state);
    /// The outcome of a ping as the snapshot records it: "pong in 0.42 ms", or
    /// "no answer (no reply within 1000 ms)" when roundTripUs is negative.
    static QString pingOutcome(qint64 roundTripUs, const QString &result);

    QString programName(int row) const;
    /// -1 when there is no such program.
    int rowOf(const QString &name) const;

private:
    // Implementation details are free to change (helpers, members, slots).
    void onProgramAdded(const QString &name);
    void onProgramRemoved(const QString &name);
    void onProgramSpecChanged(const QString &oldName, const QString &name);
    void onProgramsChanged(const QStringList &names);
    void onSupervisorDestroyed();
    void onTick();
    void updateTick();
    void emitRowsChanged(int first, int last);
    bool hasCountdown() const;

    const ProgramSnapshot *snapshotAt(int row) const;
    QVariant displayData(const ProgramSnapshot &snapshot, int row, int column) const;
    QVariant toolTipData(const ProgramSnapshot &snapshot, int row, int column) const;
    QVariant sortData(const ProgramSnapshot &snapshot, int row, int column) const;
    QVariant foregroundData(const ProgramSnapshot &snapshot) const;
    QString stateText(const ProgramSnapshot &snapshot) const;
    QString stateToolTip(const ProgramSnapshot &snapshot) const;
    QString heartbeatToolTip(const ProgramSnapshot &snapshot, const QString &name) const;
    /// "Last ping: pong in 0.42 ms, 12 s ago", or empty when never pinged.
    QString pingLine(const ProgramSnapshot &snapshot) const;
    QString withPingLine(const QString &toolTip, const ProgramSnapshot &snapshot) const;
    QString commandLine(int row) const;

    Supervisor *m_supervisor;
    QStringList m_names;
    QHash<QString, int> m_rows;
    QTimer m_tick;
    std::array<QIcon, 7> m_stateIcons; ///< by int(ProgramState)
    QIcon m_waitingIcon;               ///< Stopped, with a start waiting for dependencies
};
