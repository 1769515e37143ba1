// JSON values as the configuration file (DESIGN.md §5b) needs them: typed reads whose failure
// can be told in words ("must be a string (got 42)"), and a writer that keeps the order of keys
// so that a saved file diffs well. Shared by the whole file and by each program object in it.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace ConfigJson {

/// An object's members in the order they are written.
using Members = QList<std::pair<QString, QJsonValue>>;

QString quoted(const QString &text);
/// A wrong value as shown in "(got ...)": short, and never the whole of a large value.
QString describe(const QJsonValue &value);

// Each reader converts one JSON value or returns false, leaving the output untouched.
bool readString(const QJsonValue &value, QString *out);
bool readStringList(const QJsonValue &value, QStringList *out);
bool readStringMap(const QJsonValue &value, QMap<QString, QString> *out);
bool readBool(const QJsonValue &value, bool *out);
bool readInt(const QJsonValue &value, int *out);

/// Four spaces per level of depth.
QByteArray indentation(int depth);
/// One scalar exactly as Qt encodes it.
QByteArray scalarJson(const QJsonValue &value);
/// Appends value, indented for depth; short lists of scalars stay on one line.
void writeValue(QByteArray &out, const QJsonValue &value, int depth);
void writeMembers(QByteArray &out, const Members &members, int depth);

} // namespace ConfigJson
