// The programs table as CSV (RFC 4180, CRLF) for File ▸ Export: every column as displayed, the
// pulse as its summary, then the raw CPU %, resident bytes and uptime for spreadsheets. Read
// through the model's roles only, so it shows what the table shows.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace ProgramTableCsv {

/// The given rows, in that order.
QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &rows);
/// Writes toCsv() through QSaveFile; on failure *error says why.
bool save(const QString &path, const QAbstractItemModel &model, const QList<int> &rows,
          QString *error);

} // namespace ProgramTableCsv
