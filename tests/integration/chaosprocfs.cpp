#include "chaosprocfs.h"

#include <QDir>
#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

QString Proc::describe() const
{
    return u"pid %1 (state %2, parent %3, start %4)"_s.arg(pid)
            .arg(QLatin1Char(state))
            .arg(ppid)
            .arg(startTime);
}

std::optional<Proc> readProc(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses; starttime is field 22.
    const QByteArray line = file.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (open < 0 || close < open || fields.size() < 20) {
        return std::nullopt;
    }
    Proc proc;
    proc.pid = pid;
    proc.comm = line.mid(open + 1, close - open - 1);
    proc.state = fields[0].isEmpty() ? '?' : fields[0].front();
    proc.ppid = fields[1].toLongLong();
    proc.startTime = fields[19].toULongLong();
    return proc;
}

QList<qint64> allPids()
{
    QList<qint64> pids;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid) {
            pids.append(pid);
        }
    }
    return pids;
}

std::optional<QByteArray> chaosTag(qint64 pid)
{
    QFile file(u"/proc/%1/environ"_s.arg(pid));
    const QByteArray environment = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (environment.isEmpty()) {
        return std::nullopt;
    }
    for (const QByteArray &variable : environment.split('\0')) {
        if (variable.startsWith(chaosTagVariable)) {
            return variable.mid(chaosTagVariable.size());
        }
    }
    return QByteArray();
}
