#include "gui/models/remoteprogramsmodel.h"

#include "core/model/programsnapshot.h"
#include "core/model/programstate.h"
#include "core/remote/remotehosts.h"
#include "core/remote/remotelauncher.h"
#include "gui/formatting.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programcolumns.h"
#include "gui/models/programstatetext.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

using namespace Qt::StringLiterals;

// The table's words: they keep ProcessTableModel's translation context.
using Column = ProcessTableModel::Column;

namespace {

constexpr int tickMs = 1000;

} // namespace

RemoteProgramsModel::RemoteProgramsModel(RemoteHosts *hosts, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (std::size_t i = 0; i < m_stateIcons.size(); ++i) {
        const QString id = stateName(static_cast<ProgramState>(i));
        m_stateIcons[i] = QIcon(u":/icons/state-"_s + id + u".svg"_s);
    }
    // Uptimes and ages move between the hosts' snapshots.
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &RemoteProgramsModel::onTick);
    m_tick.start();
    connect(hosts, &RemoteHosts::hostAdded, this, &RemoteProgramsModel::follow);
    connect(hosts, &RemoteHosts::hostAboutToBeRemoved, this, &RemoteProgramsModel::forget);
    for (RemoteLauncher *launcher : hosts->launchers()) {
        follow(launcher);
    }
}

RemoteProgramsModel::~RemoteProgramsModel() = default;

int RemoteProgramsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RemoteProgramsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ProcessTableModel::ColumnCount;
}

RemoteLauncher *RemoteProgramsModel::launcherAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).launcher : nullptr;
}

QVariant RemoteProgramsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ProgramColumns::headerData(section, orientation, role);
}

QVariant RemoteProgramsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const ProgramSnapshot snapshot = snapshotAt(index.row());
    const bool reachable = row.launcher->state() != RemoteLauncher::State::Unreachable;
    switch (role) {
    case ProcessTableModel::ProgramNameRole:
        return row.name;
    case ProcessTableModel::HostRole:
        return row.launcher->host().name;
    case ProcessTableModel::StateRole:
        return static_cast<int>(snapshot.state);
    case Qt::DecorationRole:
        return index.column() == Column::State
                ? QVariant::fromValue(m_stateIcons.at(static_cast<std::size_t>(snapshot.state)))
                : QVariant();
    case Qt::ForegroundRole:
        // What an unreachable host last said is kept, greyed: it may no longer be true.
        if (!reachable) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return index.column() == Column::State ? ProgramColumns::stateColour(snapshot) : QVariant();
    case Qt::TextAlignmentRole:
        return ProgramColumns::isNumeric(index.column())
                ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                : QVariant();
    case Qt::ToolTipRole:
        if (!reachable) {
            return unreachableText(row.launcher);
        }
        break;
    }
    return cell(row, snapshot, index.column(), role);
}

QVariant RemoteProgramsModel::sortKey(const Row &row, const ProgramSnapshot &snapshot,
                                      const std::optional<ResourceUsage> &usage, int column) const
{
    const qint64 now = row.launcher->nowMs();
    const bool live = hasLiveInstance(snapshot.state);
    const qint64 uptimeMs = live && snapshot.startedAtMs >= 0 ? now - snapshot.startedAtMs : -1;
    const qint64 heartbeatAgeMs
            = snapshot.lastHeartbeatAtMs >= 0 ? now - snapshot.lastHeartbeatAtMs : -1;
    switch (column) {
    case Column::State:
        return ProgramColumns::stateSortKey(snapshot);
    case Column::Pid:
        return snapshot.pid;
    case Column::Cpu:
        return usage ? usage->cpuPercent : -1.0;
    case Column::Memory:
        return usage ? usage->residentBytes : qint64(-1);
    case Column::Uptime:
        return uptimeMs;
    case Column::LastHeartbeat:
        return heartbeatAgeMs >= 0 ? heartbeatAgeMs : ProgramColumns::noHeartbeatSortKey;
    case Column::Restarts:
        return snapshot.restartCount;
    case Column::Exit:
        return ProgramColumns::exitSortKey(snapshot.lastExit);
    case Column::Pulse:
        return -1; // not followed across the network
    }
    return cell(row, snapshot, column, Qt::DisplayRole);
}

QVariant RemoteProgramsModel::cell(const Row &row, const ProgramSnapshot &snapshot, int column,
                                   int role) const
{
    const qint64 now = row.launcher->nowMs();
    const std::optional<ResourceUsage> usage = row.launcher->usage(row.name);
    if (role == ProcessTableModel::SortRole) {
        return sortKey(row, snapshot, usage, column);
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::State:
            return ProgramStateText::stateToolTip(snapshot, now);
        case Column::Host:
            return tr("%1 (%2), followed since the window started")
                    .arg(row.launcher->host().name, row.launcher->host().endpoint);
        case Column::Pulse:
            return tr("The heartbeat strip is drawn for this launcher's own programs only");
        }
        return cell(row, snapshot, column, Qt::DisplayRole);
    }
    if (role == Qt::AccessibleTextRole) {
        return column == Column::Pulse ? QVariant(QString()) : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Column::Name:
        return row.name;
    case Column::Pulse:
        return QString();
    case Column::Command:
        return row.launcher->commandLine(row.name);
    case Column::Host:
        return row.launcher->host().name;
    }
    return ProgramColumns::displayText(snapshot, usage, now, column);
}

ProgramSnapshot RemoteProgramsModel::snapshotAt(int row) const
{
    const Row &entry = m_rows.at(row);
    return entry.launcher->snapshot(entry.name);
}

QString RemoteProgramsModel::unreachableText(const RemoteLauncher *launcher) const
{
    return tr("%1: what it last said, which may no longer be true")
            .arg(launcher->unreachableText());
}

void RemoteProgramsModel::follow(RemoteLauncher *launcher)
{
    connect(launcher, &RemoteLauncher::programsChanged, this,
            [this, launcher] { synchronise(launcher); });
    connect(launcher, &RemoteLauncher::programChanged, this, [this, launcher](const QString &name) {
        const auto [first, count] = rowsOf(launcher);
        for (int row = first; row < first + count; ++row) {
            if (m_rows.at(row).name == name) {
                Q_EMIT dataChanged(index(row, 0), index(row, ProcessTableModel::ColumnCount - 1));
                return;
            }
        }
    });
    connect(launcher, &RemoteLauncher::stateChanged, this, [this, launcher] {
        const auto [first, count] = rowsOf(launcher);
        if (count > 0) {
            Q_EMIT dataChanged(index(first, 0),
                               index(first + count - 1, ProcessTableModel::ColumnCount - 1));
        }
    });
    synchronise(launcher);
}

void RemoteProgramsModel::forget(RemoteLauncher *launcher)
{
    disconnect(launcher, nullptr, this, nullptr);
    const auto [first, count] = rowsOf(launcher);
    if (count > 0) {
        beginRemoveRows({}, first, first + count - 1);
        m_rows.remove(first, count);
        endRemoveRows();
    }
}

void RemoteProgramsModel::synchronise(RemoteLauncher *launcher)
{
    const QStringList names = launcher->mirror().names();
    const QSet<QString> current(names.cbegin(), names.cend());
    // Gone from the host: removed, from the last row up so the indexes hold.
    auto [first, count] = rowsOf(launcher);
    for (int row = first + count - 1; row >= first; --row) {
        if (!current.contains(m_rows.at(row).name)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            --count;
        }
    }
    // New on the host: appended to its rows (or to the table, for its first).
    QSet<QString> known;
    for (int row = first; row < first + count; ++row) {
        known.insert(m_rows.at(row).name);
    }
    for (const QString &name : names) {
        if (known.contains(name)) {
            continue;
        }
        const int row = count > 0 ? first + count : static_cast<int>(m_rows.size());
        if (count == 0) {
            first = row;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, Row{launcher, name});
        endInsertRows();
        ++count;
    }
    if (count > 0) {
        Q_EMIT dataChanged(index(first, 0),
                           index(first + count - 1, ProcessTableModel::ColumnCount - 1));
    }
}

std::pair<int, int> RemoteProgramsModel::rowsOf(const RemoteLauncher *launcher) const
{
    int first = -1;
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).launcher == launcher) {
            if (first < 0) {
                first = row;
            }
            ++count;
        } else if (first >= 0) {
            break;
        }
    }
    return {std::max(first, 0), count};
}

void RemoteProgramsModel::setTicking(bool ticking)
{
    if (ticking == m_tick.isActive()) {
        return;
    }
    if (ticking) {
        m_tick.start();
        onTick(); // what was not repainted meanwhile is out of date
    } else {
        m_tick.stop();
    }
}

void RemoteProgramsModel::onTick()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, Column::State),
                           index(static_cast<int>(m_rows.size()) - 1, Column::LastHeartbeat),
                           {Qt::DisplayRole});
    }
}
