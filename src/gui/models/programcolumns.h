// What the programs table's columns are (ProcessTableModel::Column): their titles and tooltips,
// which ones hold numbers, and the colour of the states that need attention.
#pragma once

#include <QString>
#include <QVariant>

#include <limits>
#include <optional>

struct ExitStatus;
struct ProgramSnapshot;

namespace ProgramColumns {

QString title(int column);
QString toolTip(int column);
/// Right-aligned: figures compare best that way.
bool isNumeric(int column);
/// The State column's text colour: Failed, Lost and Backoff stand out, in a shade that reads
/// on the palette's background; none for the others, which rely on their icon.
QVariant stateColour(const ProgramSnapshot &snapshot);

/// The sort keys (ProcessTableModel::SortRole) that are not the figure itself.
/// The Last heartbeat column of a program that never beat: after every age.
constexpr qint64 noHeartbeatSortKey = std::numeric_limits<qint64>::max();
/// Waiting sorts between Stopped and Starting: it is a start on its way.
double stateSortKey(const ProgramSnapshot &snapshot);
/// None first, then exit codes, then signals, then unknown statuses.
qint64 exitSortKey(const std::optional<ExitStatus> &exit);

} // namespace ProgramColumns
