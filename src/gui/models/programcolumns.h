// What the programs table's columns are (ProcessTableModel::Column): their titles and tooltips,
// which ones hold numbers, and the colour of the states that need attention.
#pragma once

#include <QString>
#include <QVariant>

struct ProgramSnapshot;

namespace ProgramColumns {

QString title(int column);
QString toolTip(int column);
/// Right-aligned: figures compare best that way.
bool isNumeric(int column);
/// The State column's text colour: Failed, Lost and Backoff stand out, in a shade that reads
/// on the palette's background; none for the others, which rely on their icon.
QVariant stateColour(const ProgramSnapshot &snapshot);

} // namespace ProgramColumns
