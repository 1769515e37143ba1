#include "gui/models/programcells.h"

#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/resourcehistory.h"
#include "core/model/shellwords.h"
#include "core/supervision/supervisor.h"
#include "gui/formatting.h"
#include "gui/models/programcolumns.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programstatetext.h"
#include "gui/models/pulsedata.h"
#include "gui/models/pulsetext.h"

using namespace Qt::StringLiterals;

// The texts keep ProcessTableModel's translation context: they are the table's words.
using Column = ProcessTableModel::Column;

using ProgramColumns::exitSortKey;
using ProgramColumns::noHeartbeatSortKey;
using ProgramColumns::stateSortKey;

ProgramCells::ProgramCells(const Supervisor *supervisor, const ResourceHistory *resources)
    : m_supervisor(supervisor)
    , m_resources(resources)
{ }

QVariant ProgramCells::display(const ProgramSnapshot &snapshot, const QString &name,
                               int column) const
{
    switch (column) {
    case Column::Name:
        return name;
    case Column::Pulse:
        return QString(); // painted by PulseDelegate
    case Column::Command:
        return commandLine(name);
    case Column::Cpu:
    case Column::Memory:
        return ProgramColumns::displayText(snapshot, resourceUsage(snapshot, name),
                                           m_supervisor->nowMs(), column);
    }
    return ProgramColumns::displayText(snapshot, std::nullopt, m_supervisor->nowMs(), column);
}

QVariant ProgramCells::toolTip(const ProgramSnapshot &snapshot, const QString &name,
                               int column) const
{
    const qint64 now = m_supervisor->nowMs();
    switch (column) {
    case Column::Name:
        return ProgramStateText::withPingLine(nameToolTip(snapshot, name), snapshot, now);
    case Column::State:
        return ProgramStateText::withPingLine(ProgramStateText::stateToolTip(snapshot, now),
                                              snapshot, now);
    case Column::Pid:
        return snapshot.pid > 0
                ? ProcessTableModel::tr("Process id %1; signals go to its whole process group")
                          .arg(snapshot.pid)
                : ProcessTableModel::tr("No live instance");
    case Column::Cpu:
    case Column::Memory:
        return resourceToolTip(snapshot, name);
    case Column::Pulse:
        return PulseText::toolTip(pulseData(snapshot, name));
    case Column::Uptime:
        return hasLiveInstance(snapshot.state) && snapshot.startedAtMs >= 0
                ? ProcessTableModel::tr("Launched %1 ms ago").arg(now - snapshot.startedAtMs)
                : ProcessTableModel::tr("No live instance");
    case Column::LastHeartbeat:
        return ProgramStateText::withPingLine(
                ProgramStateText::heartbeatToolTip(snapshot, liveSpec(name), now), snapshot, now);
    case Column::Restarts:
        return ProcessTableModel::tr("%n automatic restart(s) since the launcher started", nullptr,
                                     snapshot.restartCount);
    case Column::Exit:
        return exitDescription(snapshot.lastExit);
    case Column::Status:
        return snapshot.statusText;
    case Column::Command:
        return commandToolTip(name);
    }
    return {};
}

QString ProgramCells::nameToolTip(const ProgramSnapshot &snapshot, const QString &name) const
{
    // The Command column is hidden by default: the name tells what it runs.
    QString tip = ProcessTableModel::tr("%1\nCommand: %2").arg(name, commandLine(name));
    if (!snapshot.logFile.isEmpty()) {
        tip += u'\n' + ProcessTableModel::tr("Log: %1").arg(snapshot.logFile);
    }
    if (const ProgramSpec *spec = m_supervisor->spec(name); spec && !spec->dependsOn.isEmpty()) {
        tip += u'\n' + ProcessTableModel::tr("Depends on: %1").arg(spec->dependsOn.join(u", "_s));
    }
    if (const QStringList changes = pendingChanges(name); !changes.isEmpty()) {
        tip += u'\n'
                + ProcessTableModel::tr("Edited while running: this instance keeps its settings; "
                                        "its next start brings %1")
                          .arg(changes.join(u"; "_s));
    }
    return tip;
}

QVariant ProgramCells::sortKey(const ProgramSnapshot &snapshot, const QString &name,
                               int column) const
{
    const qint64 now = m_supervisor->nowMs();
    switch (column) {
    case Column::Name:
        return name;
    case Column::State:
        return stateSortKey(snapshot);
    case Column::Pid:
        return snapshot.pid;
    case Column::Cpu:
    case Column::Memory: {
        // Programs without a live process sort below an idle one.
        const auto usage = resourceUsage(snapshot, name);
        if (column == Column::Cpu) {
            return usage ? usage->cpuPercent : -1.0;
        }
        return usage ? usage->residentBytes : qint64(-1);
    }
    case Column::Pulse:
        return pulseSortKey(snapshot, name);
    case Column::Uptime:
        return hasLiveInstance(snapshot.state) && snapshot.startedAtMs >= 0
                ? now - snapshot.startedAtMs
                : qint64(-1);
    case Column::LastHeartbeat:
        return snapshot.lastHeartbeatAtMs >= 0 ? now - snapshot.lastHeartbeatAtMs
                                               : noHeartbeatSortKey;
    case Column::Restarts:
        return snapshot.restartCount;
    case Column::Exit:
        return exitSortKey(snapshot.lastExit);
    case Column::Status:
        return snapshot.statusText;
    case Column::Command:
        return commandLine(name);
    }
    return {};
}

bool ProgramCells::isEditedWhileRunning(const QString &name) const
{
    return !pendingChanges(name).isEmpty();
}

void ProgramCells::forget(const QString &name)
{
    m_pulseSortKeys.remove(name);
}

const ProgramSpec *ProgramCells::liveSpec(const QString &name) const
{
    const ProgramSpec *running = m_supervisor->instanceSpec(name);
    return running ? running : m_supervisor->spec(name);
}

QStringList ProgramCells::pendingChanges(const QString &name) const
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

QString ProgramCells::commandLine(const QString &name) const
{
    // Expanded (${VAR}, env file) as the next start runs it; as written when it cannot be.
    const ProgramSpec *spec = m_supervisor->launchSpec(name);
    if (!spec) {
        spec = m_supervisor->spec(name);
    }
    if (!spec) {
        return {};
    }
    return ShellWords::join(QStringList{spec->program} + spec->arguments);
}

QString ProgramCells::commandToolTip(const QString &name) const
{
    const ProgramSpec *spec = m_supervisor->spec(name);
    if (!spec) {
        return {};
    }
    QString expansionError;
    const ProgramSpec *expanded = m_supervisor->launchSpec(name, &expansionError);
    const QString command = commandLine(name);
    const QString directory = (expanded ? expanded : spec)->resolvedWorkingDirectory();
    QString tip = directory.isEmpty() ? command
                                      : ProcessTableModel::tr("%1\nin %2").arg(command, directory);
    const QString written = ShellWords::join(QStringList{spec->program} + spec->arguments);
    if (!expanded) {
        tip += u'\n' + expansionError;
    } else if (written != command) {
        tip += u'\n' + ProcessTableModel::tr("As written: %1").arg(written);
    }
    return tip;
}

PulseData ProgramCells::pulseData(const ProgramSnapshot &snapshot, const QString &name) const
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

int ProgramCells::pulseSortKey(const ProgramSnapshot &snapshot, const QString &name) const
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

std::optional<ResourceUsage> ProgramCells::resourceUsage(const ProgramSnapshot &snapshot,
                                                         const QString &name) const
{
    // A sample taken before an exit is no longer true once the exit is known.
    if (!m_resources || !hasLiveInstance(snapshot.state)) {
        return std::nullopt;
    }
    return m_resources->current(name);
}

QString ProgramCells::resourceToolTip(const ProgramSnapshot &snapshot, const QString &name) const
{
    if (!hasLiveInstance(snapshot.state)) {
        return ProcessTableModel::tr("No live instance");
    }
    const auto usage = resourceUsage(snapshot, name);
    if (!usage) {
        return ProcessTableModel::tr(
                "Not measured yet: processor and memory are sampled once a second");
    }
    const QString text = usage->processes == 1
            ? ProcessTableModel::tr(
                    "CPU %1 of one core · memory %2 resident · 1 process in the group")
            : ProcessTableModel::tr(
                    "CPU %1 of one core · memory %2 resident · %n processes in the group", nullptr,
                    usage->processes);
    return text.arg(formatCpu(usage->cpuPercent), formatBytes(usage->residentBytes));
}
