#include "gui/models/programtablecsv.h"

#include "gui/formatting.h"
#include "gui/models/processtablemodel.h"

#include <QStringList>

namespace ProgramTableCsv {

namespace {

/// The raw figure behind a column (its SortRole): negative when there is none.
QVariant rawFigure(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), ProcessTableModel::SortRole);
}

} // namespace

QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &rows)
{
    QStringList header;
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        header.append(csvField(model.headerData(column, Qt::Horizontal).toString()));
    }
    header.append(csvField(ProcessTableModel::tr("CPU (% of one core)", "CSV column")));
    header.append(csvField(ProcessTableModel::tr("Memory (bytes)", "CSV column")));
    header.append(csvField(ProcessTableModel::tr("Uptime (s)", "CSV column")));
    QString out = header.join(u',') + u"\r\n";
    for (const int row : rows) {
        // A row whose program is gone (the supervisor is being destroyed) has no state.
        if (row < 0 || row >= model.rowCount()
            || !model.data(model.index(row, 0), ProcessTableModel::StateRole).isValid()) {
            continue;
        }
        QStringList fields;
        for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
            const int role
                    = column == ProcessTableModel::Pulse ? Qt::AccessibleTextRole : Qt::DisplayRole;
            fields.append(csvField(model.data(model.index(row, column), role).toString()));
        }
        // Raw figures in the C locale: a spreadsheet reads them as numbers.
        const double cpu = rawFigure(model, row, ProcessTableModel::Cpu).toDouble();
        const qint64 memory = rawFigure(model, row, ProcessTableModel::Memory).toLongLong();
        const qint64 uptimeMs = rawFigure(model, row, ProcessTableModel::Uptime).toLongLong();
        fields.append(cpu >= 0 ? QString::number(cpu, 'f', 1) : QString());
        fields.append(memory >= 0 ? QString::number(memory) : QString());
        fields.append(uptimeMs >= 0 ? QString::number(uptimeMs / 1000) : QString());
        out += fields.join(u',') + u"\r\n";
    }
    return out.toUtf8();
}

bool save(const QString &path, const QAbstractItemModel &model, const QList<int> &rows,
          QString *error)
{
    return writeFileAtomically(path, toCsv(model, rows), error);
}

} // namespace ProgramTableCsv
