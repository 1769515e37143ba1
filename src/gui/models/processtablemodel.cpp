#include "gui/models/processtablemodel.h"

#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"
#include "core/model/resourcehistory.h"
#include "core/model/shellwords.h"
#include "core/supervision/supervisor.h"
#include "gui/formatting.h"
#include "gui/models/programcolumns.h"
#include "gui/models/programstatetext.h"
#include "gui/models/pulsedata.h"
#include "gui/models/pulsetext.h"

#include <algorithm>
#include <limits>

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr int tickMs = 1000;
constexpr qint64 noHeartbeatSortKey = std::numeric_limits<qint64>::max();

// Waiting sorts between Stopped and Starting: it is a start on its way.
double stateSortKey(const ProgramSnapshot &snapshot)
{
    return ProgramStateText::isWaiting(snapshot) ? static_cast<double>(ProgramState::Stopped) + 0.5
                                                 : static_cast<double>(snapshot.state);
}

/// None first, then exit codes, then signals, then unknown statuses.
qint64 exitSortKey(const std::optional<ExitStatus> &exit)
{
    if (!exit) {
        return -1;
    }
    if (exit->code) {
        return *exit->code;
    }
    return exit->signal ? 1000 + *exit->signal : 2000;
}

} // namespace

QString ProcessTableModel::stateText(const ProgramSnapshot &snapshot, qint64 nowMs)
{
    return ProgramStateText::stateText(snapshot, nowMs);
}

QString ProcessTableModel::pingOutcome(qint64 roundTripUs, const QString &result)
{
    return ProgramStateText::pingOutcome(roundTripUs, result);
}

QString ProcessTableModel::stateLabel(ProgramState state)
{
    return ::stateLabel(state);
}

ProcessTableModel::ProcessTableModel(Supervisor *supervisor, const ResourceHistory *resources,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_supervisor(supervisor)
    , m_resources(resources)
{
    static_assert(
            std::tuple_size_v<
                    decltype(m_stateIcons)> == static_cast<std::size_t>(ProgramState::Failed) + 1,
            "one icon per ProgramState");
    for (std::size_t i = 0; i < m_stateIcons.size(); ++i) {
        const QString id = stateName(static_cast<ProgramState>(i));
        m_stateIcons[i] = QIcon(u":/icons/state-"_s + id + u".svg"_s);
    }
    m_waitingIcon = QIcon(u":/icons/state-waiting.svg"_s);
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &ProcessTableModel::onTick);
    if (!m_supervisor) {
        return;
    }

    // Read what exists, then follow the changes (one thread: nothing can happen in between).
    m_names = m_supervisor->programNames();
    m_rows.reserve(m_names.size());
    for (int row = 0; row < m_names.size(); ++row) {
        m_rows.insert(m_names.at(row), row);
    }
    connect(m_supervisor, &Supervisor::programAdded, this, &ProcessTableModel::onProgramAdded);
    connect(m_supervisor, &Supervisor::programRemoved, this, &ProcessTableModel::onProgramRemoved);
    connect(m_supervisor, &Supervisor::programSpecChanged, this,
            &ProcessTableModel::onProgramSpecChanged);
    connect(m_supervisor, &Supervisor::stateChanged, this,
            [this](const QString &name, ProgramState) {
                if (const int row = rowOf(name); row >= 0) {
                    emitRowsChanged(row, row);
                }
            });
    connect(m_supervisor, &Supervisor::programsChanged, this,
            &ProcessTableModel::onProgramsChanged);
    connect(m_supervisor, &QObject::destroyed, this, &ProcessTableModel::onSupervisorDestroyed);
    if (m_resources) {
        connect(m_resources, &ResourceHistory::updated, this,
                &ProcessTableModel::onResourcesUpdated);
    }
    updateTick();
}

ProcessTableModel::~ProcessTableModel() = default;

int ProcessTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int ProcessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProcessTableModel::programName(int row) const
{
    return row >= 0 && row < m_names.size() ? m_names.at(row) : QString();
}

int ProcessTableModel::rowOf(const QString &name) const
{
    return m_rows.value(name, -1);
}

QVariant ProcessTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    const ProgramSnapshot *snapshot = snapshotAt(row);
    if (!snapshot) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*snapshot, row, column);
    case Qt::ToolTipRole:
        return toolTipData(*snapshot, row, column);
    case SortRole:
        return sortData(*snapshot, row, column);
    case Qt::DecorationRole:
        if (column != State) {
            return {};
        }
        return QVariant::fromValue(
                ProgramStateText::isWaiting(*snapshot)
                        ? m_waitingIcon
                        : m_stateIcons.at(static_cast<std::size_t>(snapshot->state)));
    case Qt::ForegroundRole:
        return column == State ? ProgramColumns::stateColour(*snapshot) : QVariant();
    case Qt::FontRole:
        if (column == Name && !pendingChanges(m_names.at(row)).isEmpty()) {
            QFont edited;
            edited.setItalic(true);
            return edited;
        }
        return {};
    case Qt::TextAlignmentRole:
        return ProgramColumns::isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                 : QVariant();
    case ProgramNameRole:
        return m_names.at(row);
    case StateRole:
        return static_cast<int>(snapshot->state);
    case PulseRole:
        return column == Pulse ? QVariant::fromValue(pulseData(*snapshot, m_names.at(row)))
                               : QVariant();
    case Qt::AccessibleTextRole:
        return column == Pulse ? QVariant(PulseText::summary(pulseData(*snapshot, m_names.at(row))))
                               : QVariant();
    }
    return {};
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return ProgramColumns::title(section);
    case Qt::ToolTipRole:
        return ProgramColumns::toolTip(section);
    }
    return {};
}

const ProgramSnapshot *ProcessTableModel::snapshotAt(int row) const
{
    return m_supervisor ? m_supervisor->snapshot(m_names.at(row)) : nullptr;
}

QVariant ProcessTableModel::displayData(const ProgramSnapshot &snapshot, int row, int column) const
{
    const qint64 now = m_supervisor->nowMs();
    switch (column) {
    case Name:
        return m_names.at(row);
    case State:
        return stateText(snapshot, now);
    case Pid:
        // A string, not a number: the delegate would group the digits by locale.
        return snapshot.pid > 0 ? QString::number(snapshot.pid) : QString();
    case Cpu:
    case Memory: {
        const auto usage = resourceUsage(snapshot, m_names.at(row));
        if (!usage) {
            return QString();
        }
        return column == Cpu ? formatCpu(usage->cpuPercent) : formatBytes(usage->residentBytes);
    }
    case Pulse:
        return QString(); // painted by PulseDelegate
    case Uptime:
        return hasLiveInstance(snapshot.state) && snapshot.startedAtMs >= 0
                ? formatDuration(now - snapshot.startedAtMs)
                : QString();
    case LastHeartbeat:
        return snapshot.lastHeartbeatAtMs >= 0 ? formatAge(now - snapshot.lastHeartbeatAtMs)
                                               : u"\u2014"_s;
    case Restarts:
        return QString::number(snapshot.restartCount);
    case Exit:
        return exitText(snapshot.lastExit);
    case Status:
        return snapshot.statusText;
    case Command:
        return commandLine(row);
    }
    return {};
}

QVariant ProcessTableModel::toolTipData(const ProgramSnapshot &snapshot, int row, int column) const
{
    const QString &name = m_names.at(row);
    switch (column) {
    case Name: {
        // The Command column is hidden by default: the name tells what it runs.
        QString tip = tr("%1\nCommand: %2").arg(name, commandLine(row));
        if (!snapshot.logFile.isEmpty()) {
            tip += u'\n' + tr("Log: %1").arg(snapshot.logFile);
        }
        if (const ProgramSpec *spec = m_supervisor->spec(name);
            spec && !spec->dependsOn.isEmpty()) {
            tip += u'\n' + tr("Depends on: %1").arg(spec->dependsOn.join(u", "_s));
        }
        if (const QStringList changes = pendingChanges(name); !changes.isEmpty()) {
            tip += u'\n'
                    + tr("Edited while running: this instance keeps its settings; its next start "
                         "brings %1")
                              .arg(changes.join(u"; "_s));
        }
        return ProgramStateText::withPingLine(tip, snapshot, m_supervisor->nowMs());
    }
    case State:
        return ProgramStateText::withPingLine(
                ProgramStateText::stateToolTip(snapshot, m_supervisor->nowMs()), snapshot,
                m_supervisor->nowMs());
    case Pid:
        return snapshot.pid > 0
                ? tr("Process id %1; signals go to its whole process group").arg(snapshot.pid)
                : tr("No live instance");
    case Cpu:
    case Memory:
        return resourceToolTip(snapshot, name);
    case Pulse:
        return PulseText::toolTip(pulseData(snapshot, name));
    case Uptime:
        return hasLiveInstance(snapshot.state) && snapshot.startedAtMs >= 0
                ? tr("Launched %1 ms ago").arg(m_supervisor->nowMs() - snapshot.startedAtMs)
                : tr("No live instance");
    case LastHeartbeat:
        return ProgramStateText::withPingLine(
                ProgramStateText::heartbeatToolTip(snapshot, liveSpec(name), m_supervisor->nowMs()),
                snapshot, m_supervisor->nowMs());
    case Restarts:
        return tr("%n automatic restart(s) since the launcher started", nullptr,
                  snapshot.restartCount);
    case Exit:
        return exitDescription(snapshot.lastExit);
    case Status:
        return snapshot.statusText;
    case Command: {
        const ProgramSpec *spec = m_supervisor->spec(name);
        const QString directory = spec ? spec->resolvedWorkingDirectory() : QString();
        return directory.isEmpty() ? commandLine(row)
                                   : tr("%1\nin %2").arg(commandLine(row), directory);
    }
    }
    return {};
}

QVariant ProcessTableModel::sortData(const ProgramSnapshot &snapshot, int row, int column) const
{
    const qint64 now = m_supervisor->nowMs();
    switch (column) {
    case Name:
        return m_names.at(row);
    case State:
        return stateSortKey(snapshot);
    case Pid:
        return snapshot.pid;
    case Cpu:
    case Memory: {
        // Programs without a live process sort below an idle one.
        const auto usage = resourceUsage(snapshot, m_names.at(row));
        if (column == Cpu) {
            return usage ? usage->cpuPercent : -1.0;
        }
        return usage ? usage->residentBytes : qint64(-1);
    }
    case Pulse:
        return pulseSortKey(snapshot, m_names.at(row));
    case Uptime:
        return hasLiveInstance(snapshot.state) && snapshot.startedAtMs >= 0
                ? now - snapshot.startedAtMs
                : qint64(-1);
    case LastHeartbeat:
        return snapshot.lastHeartbeatAtMs >= 0 ? now - snapshot.lastHeartbeatAtMs
                                               : noHeartbeatSortKey;
    case Restarts:
        return snapshot.restartCount;
    case Exit:
        return exitSortKey(snapshot.lastExit);
    case Status:
        return snapshot.statusText;
    case Command:
        return commandLine(row);
    }
    return {};
}

const ProgramSpec *ProcessTableModel::liveSpec(const QString &name) const
{
    const ProgramSpec *running = m_supervisor->instanceSpec(name);
    return running ? running : m_supervisor->spec(name);
}

QStringList ProcessTableModel::pendingChanges(const QString &name) const
{
    const ProgramSpec *running = m_supervisor->instanceSpec(name);
    const ProgramSpec *next = m_supervisor->spec(name);
    // Asked at every paint of a row: most often nothing was edited, and comparing is cheaper
    // than describing.
    if (!running || !next || *running == *next) {
        return {};
    }
    return instanceChanges(*running, *next);
}

QString ProcessTableModel::commandLine(int row) const
{
    const ProgramSpec *spec = m_supervisor->spec(m_names.at(row));
    if (!spec) {
        return {};
    }
    return ShellWords::join(QStringList{spec->program} + spec->arguments);
}

void ProcessTableModel::onProgramAdded(const QString &name)
{
    if (m_rows.contains(name)) {
        return;
    }
    const int row = static_cast<int>(m_names.size());
    beginInsertRows({}, row, row);
    m_names.append(name);
    m_rows.insert(name, row);
    endInsertRows();
    updateTick();
}

void ProcessTableModel::onProgramRemoved(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_names.removeAt(row);
    m_rows.remove(name);
    m_pulseSortKeys.remove(name);
    for (int later = row; later < m_names.size(); ++later) {
        m_rows[m_names.at(later)] = later;
    }
    endRemoveRows();
    updateTick();
}

void ProcessTableModel::onProgramSpecChanged(const QString &oldName, const QString &name)
{
    const int row = rowOf(oldName);
    if (row < 0) {
        return;
    }
    m_pulseSortKeys.remove(oldName); // its interval may have changed too
    if (name != oldName) {
        Q_ASSERT_X(!m_rows.contains(name), "ProcessTableModel", "renamed onto an existing row");
        m_rows.remove(oldName);
        m_rows.insert(name, row);
        m_names[row] = name;
    }
    emitRowsChanged(row, row);
}

void ProcessTableModel::onProgramsChanged(const QStringList &names)
{
    emitChangedRows(names, 0, ColumnCount - 1);
}

void ProcessTableModel::onResourcesUpdated(const QStringList &names)
{
    emitChangedRows(names, Cpu, Memory, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void ProcessTableModel::emitChangedRows(const QStringList &names, int firstColumn, int lastColumn,
                                        const QList<int> &roles)
{
    QList<int> rows;
    rows.reserve(names.size());
    for (const QString &name : names) {
        if (const int row = rowOf(name); row >= 0) {
            rows.append(row);
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const auto emitRange = [&](int first, int last) {
        Q_EMIT dataChanged(index(first, firstColumn), index(last, lastColumn), roles);
    };
    if (rows.size() * 2 > m_names.size()) {
        emitRange(0, static_cast<int>(m_names.size()) - 1);
        return;
    }
    // One signal per run of adjacent rows.
    int first = rows.first();
    int last = first;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        if (rows.at(i) != last + 1) {
            emitRange(first, last);
            first = rows.at(i);
        }
        last = rows.at(i);
    }
    emitRange(first, last);
}

void ProcessTableModel::onSupervisorDestroyed()
{
    // The snapshots are gone with it: data() must not reach them, and the rows go.
    m_supervisor = nullptr;
    if (!m_names.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_names.size()) - 1);
        m_names.clear();
        m_rows.clear();
        endRemoveRows();
    }
    updateTick();
}

void ProcessTableModel::onTick()
{
    if (m_names.isEmpty()) {
        return;
    }
    // Uptime, heartbeat age and the pulse strip are computed when read: repainting is all
    // they need. The state column joins in while a countdown is shown.
    const int firstColumn = hasCountdown() ? State : Uptime;
    Q_EMIT dataChanged(index(0, firstColumn), index(rowCount() - 1, Pulse), {Qt::DisplayRole});
}

void ProcessTableModel::setTicking(bool ticking)
{
    if (ticking == m_ticking) {
        return;
    }
    m_ticking = ticking;
    updateTick();
    if (m_ticking) {
        onTick(); // what was not repainted meanwhile is out of date
    }
}

void ProcessTableModel::updateTick()
{
    if (m_names.isEmpty() || !m_ticking) {
        m_tick.stop();
    } else if (!m_tick.isActive()) {
        m_tick.start();
    }
}

void ProcessTableModel::emitRowsChanged(int first, int last)
{
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

bool ProcessTableModel::hasCountdown() const
{
    return std::any_of(m_names.cbegin(), m_names.cend(), [this](const QString &name) {
        const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
        return snapshot && ProgramStateText::isCountingDown(*snapshot);
    });
}

PulseData ProcessTableModel::pulseData(const ProgramSnapshot &snapshot, const QString &name) const
{
    const ProgramSpec *spec = liveSpec(name);
    if (!spec || spec->expectedBeatIntervalMs() <= 0) {
        PulseData plain;
        plain.nowMs = m_supervisor->nowMs();
        return plain;
    }
    const auto kind
            = hasLiveInstance(snapshot.state) ? PulseData::Kind::Live : PulseData::Kind::Idle;
    return PulseData::fromHistory(m_supervisor->heartbeatHistory(name), kind, m_supervisor->nowMs(),
                                  spec->expectedBeatIntervalMs(), spec->effectiveLostTimeoutMs());
}

int ProcessTableModel::pulseSortKey(const ProgramSnapshot &snapshot, const QString &name) const
{
    // The late beats of the last minute: the most first when sorted descending, plain
    // programs last. Computed once per new beat or quarter of a second, not per comparison.
    const ProgramSpec *spec = liveSpec(name);
    if (!spec || spec->expectedBeatIntervalMs() <= 0) {
        return -1;
    }
    const qint64 now = m_supervisor->nowMs();
    PulseSortKey &key = m_pulseSortKeys[name];
    if (key.atMs < 0 || key.heartbeatCount != snapshot.heartbeatCount || now < key.atMs
        || now - key.atMs >= 250) {
        key.heartbeatCount = snapshot.heartbeatCount;
        key.atMs = now;
        key.lateBeats = PulseData::lateCountIn(m_supervisor->heartbeatHistory(name), now,
                                               spec->expectedBeatIntervalMs());
    }
    return key.lateBeats;
}

std::optional<ResourceUsage> ProcessTableModel::resourceUsage(const ProgramSnapshot &snapshot,
                                                              const QString &name) const
{
    // A sample taken before an exit is no longer true once the exit is known.
    if (!m_resources || !hasLiveInstance(snapshot.state)) {
        return std::nullopt;
    }
    return m_resources->current(name);
}

QString ProcessTableModel::resourceToolTip(const ProgramSnapshot &snapshot,
                                           const QString &name) const
{
    if (!hasLiveInstance(snapshot.state)) {
        return tr("No live instance");
    }
    const auto usage = resourceUsage(snapshot, name);
    if (!usage) {
        return tr("Not measured yet: processor and memory are sampled once a second");
    }
    const QString text = usage->processes == 1
            ? tr("CPU %1 of one core · memory %2 resident · 1 process in the group")
            : tr("CPU %1 of one core · memory %2 resident · %n processes in the group", nullptr,
                 usage->processes);
    return text.arg(formatCpu(usage->cpuPercent), formatBytes(usage->residentBytes));
}
