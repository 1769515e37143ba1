#include "core/config/configjson.h"

#include "core/config/programstore.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ConfigJson {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        const QString text = value.toString();
        return quoted(text.size() > 40 ? text.left(40) + u"…" : text);
    }
    case QJsonValue::Array:
        return ProgramStore::tr("an array");
    case QJsonValue::Object:
        return ProgramStore::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ProgramStore::tr("nothing");
}

bool readString(const QJsonValue &value, QString *out)
{
    if (!value.isString()) {
        return false;
    }
    *out = value.toString();
    return true;
}

bool readStringList(const QJsonValue &value, QStringList *out)
{
    if (!value.isArray()) {
        return false;
    }
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            return false;
        }
        list.append(item.toString());
    }
    *out = list;
    return true;
}

bool readStringMap(const QJsonValue &value, QMap<QString, QString> *out)
{
    if (!value.isObject()) {
        return false;
    }
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            return false;
        }
        map.insert(it.key(), it.value().toString());
    }
    *out = map;
    return true;
}

bool readBool(const QJsonValue &value, bool *out)
{
    if (!value.isBool()) {
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readInt(const QJsonValue &value, int *out)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number
        || number < double(std::numeric_limits<int>::min())
        || number > double(std::numeric_limits<int>::max())) {
        return false;
    }
    *out = int(number);
    return true;
}

QByteArray indentation(int depth)
{
    return QByteArray(depth * 4, ' ');
}

// Qt's own encoder, so that escaping and number formatting are exactly Qt's.
QByteArray scalarJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void writeMembers(QByteArray &out, const Members &members, int depth)
{
    if (members.isEmpty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += indentation(depth + 1) + scalarJson(members.at(i).first) + ": ";
        writeValue(out, members.at(i).second, depth + 1);
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += indentation(depth) + '}';
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    if (value.isObject()) {
        Members members;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            members.append({it.key(), it.value()});
        }
        writeMembers(out, members, depth);
        return;
    }
    if (!value.isArray()) {
        out += scalarJson(value);
        return;
    }
    const QJsonArray array = value.toArray();
    // Short lists of scalars ("arguments": ["--rate", "10"]) read best on one line.
    QByteArrayList items;
    bool scalars = true;
    for (const QJsonValue &item : array) {
        scalars = scalars && !item.isArray() && !item.isObject();
        items.append(scalars ? scalarJson(item) : QByteArray());
    }
    const QByteArray inlined = '[' + items.join(", ") + ']';
    if (scalars && depth * 4 + inlined.size() <= 80) {
        out += inlined;
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += indentation(depth + 1);
        writeValue(out, array.at(i), depth + 1);
        out += i + 1 < array.size() ? ",\n" : "\n";
    }
    out += indentation(depth) + ']';
}

} // namespace ConfigJson
