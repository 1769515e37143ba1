// What each cell of a program's row in the programs table holds (ProcessTableModel::Column):
// its text, tooltip and sort key, its pulse strip, and whether the row was edited while
// running. Everything is read from the Supervisor and the ResourceHistory when asked, so it
// is true at the moment it is painted; the model only keeps the rows.
#pragma once

#include "core/model/resourceusage.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class ResourceHistory;
class Supervisor;
struct ProgramSnapshot;
struct ProgramSpec;
struct PulseData;

class ProgramCells final
{
public:
    /// supervisor must outlive every call; resources may be null (no CPU and memory) or go
    /// away first.
    ProgramCells(const Supervisor *supervisor, const ResourceHistory *resources);

    QVariant display(const ProgramSnapshot &snapshot, const QString &name, int column) const;
    QVariant toolTip(const ProgramSnapshot &snapshot, const QString &name, int column) const;
    QVariant sortKey(const ProgramSnapshot &snapshot, const QString &name, int column) const;
    PulseData pulseData(const ProgramSnapshot &snapshot, const QString &name) const;
    /// Whether the next start will change something from the live instance's settings.
    bool isEditedWhileRunning(const QString &name) const;
    /// The program was removed or renamed: its cached sort key no longer applies.
    void forget(const QString &name);

private:
    int pulseSortKey(const ProgramSnapshot &snapshot, const QString &name) const;
    /// The latest sample of a program with a live instance; nullopt otherwise.
    std::optional<ResourceUsage> resourceUsage(const ProgramSnapshot &snapshot,
                                               const QString &name) const;
    QString resourceToolTip(const ProgramSnapshot &snapshot, const QString &name) const;
    QString nameToolTip(const ProgramSnapshot &snapshot, const QString &name) const;
    /// The command line the next start runs: expanded (${VAR}, env file) when it can be.
    QString commandLine(const QString &name) const;
    /// The command line, its folder, and the command as written when ${VAR} changed it (or
    /// why it cannot be expanded).
    QString commandToolTip(const QString &name) const;
    /// The spec of the live instance, else the configured one.
    const ProgramSpec *liveSpec(const QString &name) const;
    /// What the next start will change from the live instance's settings (empty: nothing).
    QStringList pendingChanges(const QString &name) const;

    const Supervisor *m_supervisor;
    QPointer<const ResourceHistory> m_resources;
    struct PulseSortKey
    {
        quint64 heartbeatCount = 0;
        qint64 atMs = -1;
        int lateBeats = 0;
    };
    /// A sort by the Heartbeats column compares each row many times per update.
    mutable QHash<QString, PulseSortKey> m_pulseSortKeys;
};
