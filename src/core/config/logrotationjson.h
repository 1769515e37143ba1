// The "logRotation" object of a program (core/model/logrotation.h), both ways: its four keys,
// each checked, and nothing else.
#pragma once

#include "core/model/logrotation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace LogRotationJson {

/// The settings (absent keys keep their defaults), or nullopt with *error naming the key at
/// fault; the caller names the program.
std::optional<LogRotation> read(const QJsonValue &value, QString *error);
QJsonObject write(const LogRotation &rotation);

} // namespace LogRotationJson
