#include "core/os/logtail.h"

#include <QCoreApplication>
#include <QFile>

std::optional<LogTail> readLogTail(const QString &path, int maxLines, std::optional<qint64> from,
                                   qint64 maxBytes, QString *error)
{
    LogTail tail;
    QFile file(path);
    if (!file.exists()) {
        return tail;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("LogTail", "cannot read %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    const qint64 size = file.size();
    tail.restarted = from && *from > size;
    const bool following = from && !tail.restarted;
    qint64 start = following ? *from : 0;
    if (size - start > maxBytes) {
        start = size - maxBytes;
        tail.skipped = following;
    }
    if (!file.seek(start)) {
        *error = QCoreApplication::translate("LogTail", "cannot read %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(size - start);
    // A read that began inside a line drops that line's end; one still being written stays
    // for the next read.
    qsizetype first = 0;
    if (start > 0 && !(following && !tail.skipped)) {
        first = bytes.indexOf('\n') + 1;
    }
    const qsizetype last = bytes.lastIndexOf('\n');
    tail.end = last < first ? start + first : start + last + 1;
    if (last >= first) {
        const QList<QByteArray> lines = bytes.mid(first, last - first).split('\n');
        for (qsizetype i = std::max<qsizetype>(0, lines.size() - maxLines); i < lines.size(); ++i) {
            tail.lines.append(QString::fromUtf8(lines.at(i)));
        }
    }
    return tail;
}
