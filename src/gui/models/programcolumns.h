// What the programs table's columns are (ProcessTableModel::Column): their titles and tooltips,
// which ones hold numbers, and the colour of the states that need attention.
#pragma once

#include "core/model/resourceusage.h"

#include <QString>
#include <QVariant>

#include <limits>
#include <optional>

struct ExitStatus;
struct ProgramSnapshot;

namespace ProgramColumns {

QString title(int column);
QString toolTip(int column);
/// The header of a model with these columns: its title and tooltip.
QVariant headerData(int section, Qt::Orientation orientation, int role);
/// Right-aligned: figures compare best that way.
bool isNumeric(int column);
/// The State column's text colour: Failed, Lost and Backoff stand out, in a shade that reads
/// on the palette's background; none for the others, which rely on their icon.
QVariant stateColour(const ProgramSnapshot &snapshot);

/// What a cell says of snapshot at nowMs (on the snapshot's clock) in the columns that need
/// nothing else (State, PID, CPU, Memory, Uptime, Last heartbeat, Restarts, Exit, Status);
/// usage: the program's last sample. Invalid for the other columns.
QVariant displayText(const ProgramSnapshot &snapshot, const std::optional<ResourceUsage> &usage,
                     qint64 nowMs, int column);

/// The sort keys (ProcessTableModel::SortRole) that are not the figure itself.
/// The Last heartbeat column of a program that never beat: after every age.
constexpr qint64 noHeartbeatSortKey = std::numeric_limits<qint64>::max();
/// Waiting sorts between Stopped and Starting: it is a start on its way.
double stateSortKey(const ProgramSnapshot &snapshot);
/// None first, then exit codes, then signals, then unknown statuses.
qint64 exitSortKey(const std::optional<ExitStatus> &exit);

} // namespace ProgramColumns
