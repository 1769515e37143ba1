// What the event log's tests share (tst_eventlogrows, tst_eventlogcells, tst_eventlogfilters,
// tst_eventlogsaving): events at a known time, ways to read the rows of a model, and a fixed
// time zone, so shown times and saved files are known to the byte. Each test builds its own
// EventLogModel (no supervisor: the events are appended by hand).
#pragma once

#include "gui/models/eventlogmodel.h"

#include <QAbstractItemModel>
#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QObject>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

// 2026-11-24T19:50:00.123Z plus `ms`, so file contents are known to the byte.
inline Event makeEvent(const QString &program, EventKind kind, Severity severity,
                       const QString &message, qint64 ms = 0)
{
    Event event = Event::make(program, kind, severity, message);
    event.time = QDateTime(QDate(2026, 11, 24), QTime(19, 50, 0, 123), Qt::UTC).addMSecs(ms);
    return event;
}

inline Event info(const QString &message, const QString &program = u"client1"_s)
{
    return makeEvent(program, EventKind::State, Severity::Info, message);
}

inline Event heartbeat(const QString &program, const QString &message)
{
    return makeEvent(program, EventKind::Heartbeat, Severity::Info, message);
}

inline QString message(const QAbstractItemModel &model, int row)
{
    return model.index(row, EventLogModel::Message).data().toString();
}

// The message of the last row ("" when empty): what tests wait on after append().
inline QString lastMessage(const QAbstractItemModel &model)
{
    return model.rowCount() > 0 ? message(model, model.rowCount() - 1) : QString();
}

inline QStringList messages(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row) {
        list.append(message(model, row));
    }
    return list;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class EventLogFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
};
