// The save dialogs of the window (event log, table export): one shape, so that a bare file
// name takes the extension of the filter chosen, whichever dialog it is.
#pragma once

#include <QList>
#include <QString>

#include <utility>

class QWidget;

/// A save dialog (objectName for tests) in the home folder, suggesting suggestedName and
/// offering filters, each a name filter and the suffix a bare file name takes; empty when
/// cancelled. *chosenFilter: the index of the filter chosen.
QString askSavePath(QWidget *parent, const QString &objectName, const QString &title,
                    const QString &suggestedName, const QList<std::pair<QString, QString>> &filters,
                    int *chosenFilter = nullptr);
