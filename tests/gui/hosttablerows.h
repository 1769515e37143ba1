// The window's program table read as the hosts tests read it: a row by host ("" for this
// launcher's) and program name, whatever the sorting, and what its cells show.
#pragma once

#include "gui/models/processtablemodel.h"

#include <QAbstractItemModel>
#include <QTableView>
#include <QTest>

namespace HostTableRows {

/// The row of program on host as the table shows it; -1 if none.
inline int rowOf(const QTableView *table, const QString &host, const QString &program)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ProcessTableModel::HostRole).toString() == host
            && index.data(ProcessTableModel::ProgramNameRole).toString() == program) {
            return row;
        }
    }
    return -1;
}

inline QVariant cell(const QTableView *table, const QString &host, const QString &program,
                     int column, int role)
{
    const int row = rowOf(table, host, program);
    return row < 0 ? QVariant() : table->model()->index(row, column).data(role);
}

/// int(ProgramState), or -1 when the table has no such row.
inline int stateOf(const QTableView *table, const QString &host, const QString &program)
{
    const QVariant state
            = cell(table, host, program, ProcessTableModel::Name, ProcessTableModel::StateRole);
    return state.isValid() ? state.toInt() : -1;
}

/// Selects that row alone; fails the test when there is none.
inline void select(QTableView *table, const QString &host, const QString &program)
{
    table->clearSelection();
    const int row = rowOf(table, host, program);
    QVERIFY2(row >= 0, qPrintable(host + u'/' + program));
    table->selectRow(row);
}

} // namespace HostTableRows
