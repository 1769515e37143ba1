// process-compose's YAML as the importer reads it (yaml-cpp): scalars, numbers and environments
// read with the line they stand on, and a problem thrown as a NodeError, which
// Importers::processCompose() turns into "file:line: message".
#pragma once

#include <QMap>
#include <QString>

#include <string>

#include <yaml-cpp/yaml.h>

namespace ProcessComposeYaml {

/// A problem at a node, thrown to Importers::processCompose(), which names the file.
struct NodeError
{
    int line;
    QString message;
};

QString qs(const std::string &text);

/// "line N" of a node, for messages (yaml-cpp counts from 0).
int lineOf(const YAML::Node &node);

/// A map's key as a name; a key that is empty or not a single value is said so, never dropped.
QString keyName(const YAML::Node &key);

/// The node's single value; NodeError naming key when it is a list or a map.
QString scalar(const YAML::Node &node, const QString &key);

/// The node's value as a whole number from 0 to a million; NodeError naming key otherwise.
int number(const YAML::Node &node, const QString &key);

/// process-compose's environment: a list of "NAME=value", or (newer files) a map.
QMap<QString, QString> environmentOf(const YAML::Node &node);

} // namespace ProcessComposeYaml
