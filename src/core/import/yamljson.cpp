#include "core/import/yamljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace YamlJson {

namespace {

QJsonValue scalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    // Quoted scalars carry the tag "!": they are strings whatever they read like.
    if (node.Tag() != "?") {
        return text;
    }
    static const QRegularExpression number(u"^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"_s);
    if (text == u"true" || text == u"True" || text == u"TRUE") {
        return true;
    }
    if (text == u"false" || text == u"False" || text == u"FALSE") {
        return false;
    }
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL") {
        return QJsonValue::Null;
    }
    if (number.match(text).hasMatch()) {
        return text.toDouble();
    }
    return text;
}

QJsonValue convert(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            array.append(convert(item));
        }
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node) {
            object.insert(QString::fromStdString(entry.first.as<std::string>()),
                          convert(entry.second));
        }
        return object;
    }
    case YAML::NodeType::Scalar:
        return scalar(node);
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

std::optional<QJsonValue> parse(const QByteArray &content, QString *error)
{
    try {
        return convert(YAML::Load(content.toStdString()));
    } catch (const YAML::Exception &exception) {
        *error = u"line %1: %2"_s.arg(exception.mark.line + 1)
                         .arg(QString::fromStdString(exception.msg));
        return std::nullopt;
    }
}

} // namespace YamlJson
