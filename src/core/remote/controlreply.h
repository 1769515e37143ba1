// The two shapes of a control reply (docs/control.md): {"ok": true, ...} and
// {"ok": false, "error": "..."}, shared by the files of ControlServer.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ControlReply {

inline QJsonObject failure(const QString &message)
{
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
}

inline QJsonObject success(QJsonObject fields = {})
{
    fields.insert(QStringLiteral("ok"), true);
    return fields;
}

inline QJsonArray toArray(const QStringList &names)
{
    return QJsonArray::fromStringList(names);
}

} // namespace ControlReply
