// The programs of the agents the window follows (RemoteHosts), one row per program of each
// host, in the columns of ProcessTableModel: the window's table shows both, one after the
// other (QConcatenateTablesProxyModel). Read from each host's mirror (the Clone pattern of
// RemoteLauncher); a host that cannot be reached keeps its rows, greyed, as last known.
#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QTimer>

#include <array>
#include <optional>

class RemoteHosts;
class RemoteLauncher;
struct ProgramSnapshot;
struct ResourceUsage;

class RemoteProgramsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteProgramsModel)

public:
    explicit RemoteProgramsModel(RemoteHosts *hosts, QObject *parent = nullptr);
    ~RemoteProgramsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Null for a row out of range.
    RemoteLauncher *launcherAt(int row) const;

    /// Whether the 1 Hz tick repaints the time columns (true by default), as
    /// ProcessTableModel::setTicking: a hidden window paints nothing.
    void setTicking(bool ticking);
    bool isTicking() const { return m_tick.isActive(); }

private:
    struct Row
    {
        RemoteLauncher *launcher = nullptr;
        QString name;
    };

    void follow(RemoteLauncher *launcher);
    void forget(RemoteLauncher *launcher);
    /// Makes the rows of launcher those of its mirror, in its order, then repaints them.
    void synchronise(RemoteLauncher *launcher);
    /// The first row of launcher and how many it has (its rows are adjacent).
    std::pair<int, int> rowsOf(const RemoteLauncher *launcher) const;
    ProgramSnapshot snapshotAt(int row) const;
    QVariant cell(const Row &row, const ProgramSnapshot &snapshot, int column, int role) const;
    QVariant sortKey(const Row &row, const ProgramSnapshot &snapshot,
                     const std::optional<ResourceUsage> &usage, int column) const;
    QString unreachableText(const RemoteLauncher *launcher) const;
    void onTick();

    QList<Row> m_rows;
    QTimer m_tick;
    std::array<QIcon, 7> m_stateIcons; ///< by int(ProgramState)
};
