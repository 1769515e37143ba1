#include "gui/models/processtablemodel.h"

#include "core/model/programsnapshot.h"
#include "core/model/programstate.h"
#include "core/model/resourcehistory.h"
#include "core/supervision/supervisor.h"
#include "gui/models/programcolumns.h"
#include "gui/models/programstatetext.h"
#include "gui/models/pulsedata.h"
#include "gui/models/pulsetext.h"

#include <algorithm>

#include <QFont>
#include <QLocale>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace {

constexpr int tickMs = 1000;

} // namespace

ProcessTableModel::ProcessTableModel(Supervisor *supervisor, const ResourceHistory *resources,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_supervisor(supervisor)
    , m_cells(supervisor, resources)
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
    if (resources) {
        connect(resources, &ResourceHistory::updated, this, &ProcessTableModel::onResourcesUpdated);
    }
    updateTick();
}

ProcessTableModel::~ProcessTableModel() = default;

QString ProcessTableModel::localHostName()
{
    return tr("local", "the Host column: this launcher's own programs");
}

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
    if (column == Host
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)) {
        return hostCell(role);
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_cells.display(*snapshot, m_names.at(row), column);
    case Qt::ToolTipRole:
        return m_cells.toolTip(*snapshot, m_names.at(row), column);
    case SortRole:
        return m_cells.sortKey(*snapshot, m_names.at(row), column);
    case Qt::DecorationRole:
        return column == State ? QVariant::fromValue(stateIcon(*snapshot)) : QVariant();
    case Qt::ForegroundRole:
        return column == State ? ProgramColumns::stateColour(*snapshot) : QVariant();
    case Qt::FontRole:
        if (column == Name && m_cells.isEditedWhileRunning(m_names.at(row))) {
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
    case HostRole:
        return QString();
    case StateRole:
        return static_cast<int>(snapshot->state);
    case PulseRole:
        return column == Pulse ? QVariant::fromValue(m_cells.pulseData(*snapshot, m_names.at(row)))
                               : QVariant();
    case Qt::AccessibleTextRole:
        return column == Pulse
                ? QVariant(PulseText::summary(m_cells.pulseData(*snapshot, m_names.at(row))))
                : QVariant();
    }
    return {};
}

QVariant ProcessTableModel::hostCell(int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return localHostName();
    case Qt::ToolTipRole:
        return tr("This computer (%1)").arg(QSysInfo::machineHostName());
    default:
        return QString(); // sorts this launcher's programs first
    }
}

QIcon ProcessTableModel::stateIcon(const ProgramSnapshot &snapshot) const
{
    return ProgramStateText::isWaiting(snapshot)
            ? m_waitingIcon
            : m_stateIcons.at(static_cast<std::size_t>(snapshot.state));
}

QVariant ProcessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ProgramColumns::headerData(section, orientation, role);
}

const ProgramSnapshot *ProcessTableModel::snapshotAt(int row) const
{
    return m_supervisor ? m_supervisor->snapshot(m_names.at(row)) : nullptr;
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
    m_cells.forget(name);
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
    m_cells.forget(oldName); // its interval may have changed too
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
