// How zlauncherctl shows the launcher's replies and events to people (--json shows them as
// they are): durations, the program table, one program's details. Events are shown as the
// launcher shows them (toText in core/model/event.h).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

/// "5.2 s", "3m 07s", "1h 02m", "2d 03h".
QString formatDuration(qint64 ms);
/// "0.3 s ago", "3m 07s ago".
QString formatAge(qint64 ms);

/// The table of `list`: NAME STATE PID UPTIME HEARTBEAT RESTARTS STATUS, aligned.
QString programTable(const QJsonArray &programs);
/// rows (the first being the header) in columns two spaces apart, the last one unpadded.
QString alignedTable(const QList<QStringList> &rows, const QSet<int> &rightAligned = {});
/// The block of `status`: one "key  value" line per fact, then the settings.
QString programDetails(const QJsonObject &program);
/// The block of `info`.
QString launcherInfo(const QJsonObject &reply);
/// "a, b" for a JSON array of strings; "-" when empty.
QString nameList(const QJsonArray &names);
