// PM2's ecosystem file in its JSON form: {"apps": [{…}, …]} (or the array alone). Each app runs
// its script with the interpreter PM2 would pick, and "instances" become that many programs
// (Pm2AppReader); this file finds the apps and says where in the file an app went wrong.
#include "core/import/importer.h"
#include "core/import/importers.h"
#include "core/import/importnotes.h"
#include "core/import/pm2appreader.h"
#include "core/import/pm2values.h"
#include "core/import/yamljson.h"

#include "core/config/configjson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

/// The line of offset in content, for a parse error.
int lineOf(const QByteArray &content, int offset)
{
    return int(content.left(offset).count('\n')) + 1;
}

/// The line where key is written for the app named appName, in JSON ("key":) or YAML (key:):
/// the first after the app's name, else the last before it (a key written before the name),
/// else the name's own line; 0 when neither is found. Qt's JSON reader keeps no positions.
int lineOfKey(const QByteArray &content, const QString &appName, const QString &key)
{
    const QString text = QString::fromUtf8(content);
    const auto keyPattern = [](const QString &name) {
        return uR"((?:"%1"|'%1'|(?<![\w"'])%1)\s*:)"_s.arg(QRegularExpression::escape(name));
    };
    qsizetype namedAt = -1;
    if (!appName.isEmpty()) {
        const QRegularExpression named(keyPattern(u"name"_s) + uR"(\s*["']?)"_s
                                       + QRegularExpression::escape(appName)
                                       + uR"(["']?\s*[,}\n])"_s);
        namedAt = named.match(text).capturedStart();
    }
    qsizetype at = -1;
    if (!key.isEmpty()) {
        const QRegularExpression keyAt(keyPattern(key));
        at = keyAt.match(text, std::max<qsizetype>(namedAt, 0)).capturedStart();
        if (at < 0 && namedAt > 0) {
            at = text.left(namedAt).lastIndexOf(keyAt);
        }
    }
    if (at < 0) {
        at = namedAt;
    }
    return at < 0 ? 0 : int(text.left(at).count(u'\n')) + 1;
}

/// A .js ecosystem file is a program, which zlauncher does not run; false with how to write it
/// as JSON instead.
bool refuseJavaScript(const QString &path, QString *error)
{
    if (!path.endsWith(u".js") && !path.endsWith(u".cjs") && !path.endsWith(u".mjs")) {
        return false;
    }
    *error = Importer::tr("%1 is JavaScript, which zlauncher does not run; write it as JSON "
                          "first: node -e 'console.log(JSON.stringify(require(\"./%1\"), "
                          "null, 2))' > ecosystem.json")
                     .arg(QFileInfo(path).fileName());
    return true;
}

/// The ecosystem file as JSON: read as JSON, or as YAML for a .yml or .yaml (PM2 reads both).
std::optional<QJsonValue> readDocument(const QString &path, const QByteArray &content,
                                       QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    if (path.endsWith(u".yml") || path.endsWith(u".yaml")) {
        QString yamlError;
        const auto value = YamlJson::parse(content, &yamlError);
        if (!value) {
            *error = fileName + u':' + yamlError.mid(yamlError.indexOf(u' ') + 1);
        }
        return value;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // PM2 evaluates its .json files as JavaScript, so some are not JSON at all.
        *error = Importer::tr("%1:%2: %3; PM2 reads this file as JavaScript, zlauncher as JSON: "
                              "convert it with node -e 'console.log(JSON.stringify(eval(\"(\" + "
                              "require(\"fs\").readFileSync(\"%1\", \"utf8\") + \")\"), null, 2))'")
                         .arg(fileName)
                         .arg(lineOf(content, parseError.offset))
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

/// The apps of the document: the array itself, "apps" (else "pm2", whose other keys are
/// reported), or the top object when it is an app; nullopt with *error when none of these.
std::optional<QJsonArray> appsOf(const QJsonValue &document, const QString &fileName,
                                 ImportResult *result, QString *error)
{
    if (document.isArray()) {
        return document.toArray();
    }
    const QJsonObject top = document.toObject();
    const QString listKey = top.contains(u"apps"_s) ? u"apps"_s : u"pm2"_s;
    if (top.value(listKey).isArray() || top.value(listKey).isObject()) {
        for (auto it = top.begin(); it != top.end(); ++it) {
            if (it.key() != listKey) {
                result->notMapped({}, it.key(),
                                  it.key() == u"deploy" ? Importer::tr("zlauncher does not deploy")
                                                        : ImportNotes::notSupported());
            }
        }
        // PM2 takes "apps", else "pm2"; one app object stands for a list of one.
        const QJsonValue list = top.value(listKey);
        return list.isArray() ? list.toArray() : QJsonArray{list};
    }
    if (!Pm2Values::scriptOf(top).isEmpty()) {
        return QJsonArray{top};
    }
    *error = Importer::tr("%1: expected {\"apps\": [...]}, a list of apps, or one app")
                     .arg(fileName);
    return std::nullopt;
}

/// The app at index of apps added to result; false with *error naming the file and the line.
bool readApp(const QJsonArray &apps, qsizetype index, const QString &path,
             const QByteArray &content, ImportResult *result, QString *error)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!apps.at(index).isObject()) {
        *error = Importer::tr("%1: app #%2 must be an object (got %3)")
                         .arg(fileName)
                         .arg(index)
                         .arg(ConfigJson::describe(apps.at(index)));
        return false;
    }
    Pm2AppReader reader(apps.at(index).toObject(), QFileInfo(path).absolutePath(), result);
    QString appError;
    const auto programs = reader.read(index, &appError);
    if (!programs) {
        const int line = lineOfKey(content, reader.writtenName(), reader.refusedKey());
        *error = (line > 0 ? u"%1:%2: "_s.arg(fileName).arg(line) : fileName + u": "_s) + appError;
        return false;
    }
    result->configuration.programs << *programs;
    return true;
}

} // namespace

namespace Importers {

std::optional<ImportResult> pm2(const QString &path, const QByteArray &content, QString *error)
{
    if (refuseJavaScript(path, error)) {
        return std::nullopt;
    }
    const std::optional<QJsonValue> document = readDocument(path, content, error);
    if (!document) {
        return std::nullopt;
    }
    ImportResult result;
    const auto apps = appsOf(*document, QFileInfo(path).fileName(), &result, error);
    if (!apps) {
        return std::nullopt;
    }
    for (qsizetype index = 0; index < apps->size(); ++index) {
        if (!readApp(*apps, index, path, content, &result, error)) {
            return std::nullopt;
        }
    }
    if (!result.configuration.programs.isEmpty()) {
        result.mapped({}, Importer::tr("(PM2's defaults)"),
                      Importer::tr("where an app does not set them, kill_timeout 1600 and "
                                   "max_restarts 16: stopGraceMs: 1600, maxRestarts: 16 (PM2 "
                                   "stops with SIGINT, zlauncher with SIGTERM)"));
    }
    return result;
}

} // namespace Importers
