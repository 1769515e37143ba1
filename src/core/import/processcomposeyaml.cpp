#include "core/import/processcomposeyaml.h"

#include "core/import/importer.h"
#include "core/import/importtext.h"

using namespace Qt::StringLiterals;

namespace ProcessComposeYaml {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

int lineOf(const YAML::Node &node)
{
    return node.Mark().line + 1;
}

QString keyName(const YAML::Node &key)
{
    if (!key.IsScalar() || key.Scalar().empty()) {
        return Importer::tr("(a key without a name, line %1)").arg(lineOf(key));
    }
    return qs(key.Scalar());
}

QString scalar(const YAML::Node &node, const QString &key)
{
    if (!node.IsScalar()) {
        throw NodeError{lineOf(node), Importer::tr("\"%1\" must be a single value").arg(key)};
    }
    return qs(node.Scalar());
}

int number(const YAML::Node &node, const QString &key)
{
    bool ok = false;
    const double value = scalar(node, key).toDouble(&ok);
    if (!ok || value < 0 || value > 1e6) {
        throw NodeError{
                lineOf(node),
                Importer::tr("\"%1\" must be a number (got \"%2\")").arg(key, qs(node.Scalar()))};
    }
    return int(value);
}

QMap<QString, QString> environmentOf(const YAML::Node &node)
{
    QMap<QString, QString> environment;
    if (node.IsMap()) {
        for (const auto &entry : node) {
            environment.insert(qs(entry.first.Scalar()),
                               ImportText::withReferences(scalar(entry.second, u"environment"_s)));
        }
        return environment;
    }
    if (!node.IsSequence()) {
        throw NodeError{lineOf(node), Importer::tr("\"environment\" must be a list of NAME=value")};
    }
    for (const YAML::Node &item : node) {
        const QString text = scalar(item, u"environment"_s);
        const qsizetype equals = text.indexOf(u'=');
        if (equals <= 0) {
            throw NodeError{lineOf(item),
                            Importer::tr("\"environment\" entries must be NAME=value (got \"%1\")")
                                    .arg(text)};
        }
        environment.insert(text.left(equals), ImportText::withReferences(text.mid(equals + 1)));
    }
    return environment;
}

} // namespace ProcessComposeYaml
