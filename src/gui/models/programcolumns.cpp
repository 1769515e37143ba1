#include "gui/models/programcolumns.h"

#include "core/model/programsnapshot.h"
#include "gui/formatting.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programstatetext.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace {

// Only the states that need attention are coloured; the others keep the palette's text
// colour and rely on their icon. Each pair is (light background, dark background).
constexpr QRgb failedColours[] = {0xc62828, 0xff6b6b};
constexpr QRgb lostColours[] = {0xb23c00, 0xff9e64};
constexpr QRgb backoffColours[] = {0x8a6100, 0xe5c07b};

} // namespace

namespace ProgramColumns {

QVariant headerData(int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ProcessTableModel::ColumnCount) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return title(section);
    case Qt::ToolTipRole:
        return toolTip(section);
    }
    return {};
}

QVariant displayText(const ProgramSnapshot &snapshot, const std::optional<ResourceUsage> &usage,
                     qint64 nowMs, int column)
{
    switch (column) {
    case ProcessTableModel::State:
        return ProgramStateText::stateText(snapshot, nowMs);
    case ProcessTableModel::Pid:
        // A string, not a number: the delegate would group the digits by locale.
        return snapshot.pid > 0 ? QString::number(snapshot.pid) : QString();
    case ProcessTableModel::Cpu:
        return usage ? formatCpu(usage->cpuPercent) : QString();
    case ProcessTableModel::Memory:
        return usage ? formatBytes(usage->residentBytes) : QString();
    case ProcessTableModel::Uptime:
        return hasLiveInstance(snapshot.state) && snapshot.startedAtMs >= 0
                ? formatDuration(nowMs - snapshot.startedAtMs)
                : QString();
    case ProcessTableModel::LastHeartbeat:
        return snapshot.lastHeartbeatAtMs >= 0 ? formatAge(nowMs - snapshot.lastHeartbeatAtMs)
                                               : QStringLiteral("\u2014");
    case ProcessTableModel::Restarts:
        return QString::number(snapshot.restartCount);
    case ProcessTableModel::Exit:
        return exitText(snapshot.lastExit);
    case ProcessTableModel::Status:
        return snapshot.statusText;
    }
    return {};
}

double stateSortKey(const ProgramSnapshot &snapshot)
{
    return ProgramStateText::isWaiting(snapshot) ? static_cast<double>(ProgramState::Stopped) + 0.5
                                                 : static_cast<double>(snapshot.state);
}

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

QString title(int column)
{
    switch (column) {
    case ProcessTableModel::Name:
        return ProcessTableModel::tr("Name", "column: program name");
    case ProcessTableModel::State:
        return ProcessTableModel::tr("State", "column: program state");
    case ProcessTableModel::Pid:
        return ProcessTableModel::tr("PID", "column: process id");
    case ProcessTableModel::Cpu:
        return ProcessTableModel::tr("CPU", "column: processor use");
    case ProcessTableModel::Memory:
        return ProcessTableModel::tr("Memory", "column: resident memory");
    case ProcessTableModel::Uptime:
        return ProcessTableModel::tr("Uptime", "column");
    case ProcessTableModel::LastHeartbeat:
        return ProcessTableModel::tr("Last heartbeat", "column");
    case ProcessTableModel::Pulse:
        return ProcessTableModel::tr("Heartbeats (60 s)", "column: strip of the recent beats");
    case ProcessTableModel::Restarts:
        return ProcessTableModel::tr("Restarts", "column: number of automatic restarts");
    case ProcessTableModel::Exit:
        return ProcessTableModel::tr("Exit", "column: how the last instance ended");
    case ProcessTableModel::Status:
        return ProcessTableModel::tr("Status", "column: text the program reports");
    case ProcessTableModel::Command:
        return ProcessTableModel::tr("Command", "column: command line");
    case ProcessTableModel::Host:
        return ProcessTableModel::tr("Host", "column: the host a program runs on");
    }
    return {};
}

QString toolTip(int column)
{
    switch (column) {
    case ProcessTableModel::Name:
        return ProcessTableModel::tr("The program's name, unique in the configuration");
    case ProcessTableModel::State:
        return ProcessTableModel::tr("Lifecycle state, with the reason or the countdown");
    case ProcessTableModel::Pid:
        return ProcessTableModel::tr("Process id of the live instance");
    case ProcessTableModel::Cpu:
        return ProcessTableModel::tr("Processor use of the program's process group, in percent "
                                     "of one core, over the last second");
    case ProcessTableModel::Memory:
        return ProcessTableModel::tr("Resident memory of the program's process group");
    case ProcessTableModel::Uptime:
        return ProcessTableModel::tr("Time since the live instance was launched");
    case ProcessTableModel::LastHeartbeat:
        return ProcessTableModel::tr("Time since the last heartbeat (plain programs send none)");
    case ProcessTableModel::Pulse:
        return ProcessTableModel::tr("The heartbeats of the last minute, newest on the right: a "
                                     "tick per beat, late beats in orange, a silence tinted");
    case ProcessTableModel::Restarts:
        return ProcessTableModel::tr("Automatic restarts since the launcher started");
    case ProcessTableModel::Exit:
        return ProcessTableModel::tr("How the last instance ended: exit code or signal");
    case ProcessTableModel::Status:
        return ProcessTableModel::tr("Status text sent with the latest heartbeat");
    case ProcessTableModel::Command:
        return ProcessTableModel::tr("Program and arguments as configured");
    case ProcessTableModel::Host:
        return ProcessTableModel::tr("The launcher that runs the program: this one (local) or an "
                                     "agent on another host (File ▸ Connect to host…)");
    }
    return {};
}

bool isNumeric(int column)
{
    return column == ProcessTableModel::Pid || column == ProcessTableModel::Cpu
            || column == ProcessTableModel::Memory || column == ProcessTableModel::Uptime
            || column == ProcessTableModel::LastHeartbeat || column == ProcessTableModel::Restarts;
}

QVariant stateColour(const ProgramSnapshot &snapshot)
{
    if (ProgramStateText::isWaiting(snapshot)) {
        return {}; // a start on its way, whatever ended the last run: its icon tells it
    }
    const QRgb *colours = nullptr;
    switch (snapshot.state) {
    case ProgramState::Failed:
        colours = failedColours;
        break;
    case ProgramState::Lost:
        colours = lostColours;
        break;
    case ProgramState::Backoff:
        colours = backoffColours;
        break;
    default:
        return {};
    }
    const QPalette palette = QGuiApplication::palette();
    const bool dark
            = palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
    return QColor::fromRgb(colours[dark ? 1 : 0]);
}

} // namespace ProgramColumns
