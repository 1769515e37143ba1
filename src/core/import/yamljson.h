// A YAML document as the JSON value it stands for, for formats that are JSON in spirit and may be
// written in YAML (PM2's ecosystem.yml). Plain scalars become booleans, null or numbers where
// YAML 1.2's core schema says so; quoted ones stay strings.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace YamlJson {

/// The document in content; nullopt with *error ("line 3: …") when it is not YAML.
std::optional<QJsonValue> parse(const QByteArray &content, QString *error);

} // namespace YamlJson
