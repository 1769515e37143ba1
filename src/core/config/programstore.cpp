#include "core/config/programstore.h"

#include "core/config/configjson.h"
#include "core/config/programjson.h"
#include "core/model/dependencygraph.h"
#include "core/model/replicas.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace ConfigJson;

namespace {

const QStringList topLevelKeys
        = {u"version"_s, u"heartbeatEndpoints"_s, u"listen"_s, u"programs"_s};

bool checkPrograms(const QList<ProgramSpec> &programs, QString *error)
{
    QSet<QString> names;
    for (const ProgramSpec &spec : programs) {
        if (names.contains(spec.name)) {
            *error = ProgramStore::tr("two programs are named %1; each name must be unique")
                             .arg(quoted(spec.name));
            return false;
        }
        names.insert(spec.name);
    }
    for (const ProgramSpec &spec : programs) {
        for (const QString &replica : replicaNames(spec.name, spec.instances.value_or(0))) {
            if (names.contains(replica)) {
                *error = ProgramStore::tr("program %1 has the name of a replica of %2; rename "
                                          "one of them")
                                 .arg(quoted(replica), quoted(spec.name));
                return false;
            }
        }
    }
    for (const ProgramSpec &spec : programs) {
        for (const QString &dependency : spec.dependsOn) {
            if (!names.contains(dependency)) {
                *error = ProgramStore::tr("program %1: \"dependsOn\" names %2, which is not a "
                                          "configured program")
                                 .arg(quoted(spec.name), quoted(dependency));
                return false;
            }
        }
    }
    if (const QString cycle = dependencyCycle(programs); !cycle.isEmpty()) {
        *error = ProgramStore::tr("\"dependsOn\" forms a cycle (%1): none of these programs "
                                  "could ever start")
                         .arg(cycle);
        return false;
    }
    return true;
}

QString syntaxError(const QByteArray &json, const QJsonParseError &parseError)
{
    // QJsonParseError::offset is a byte offset; people read lines and columns.
    const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return ProgramStore::tr("JSON syntax error near line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(parseError.errorString());
}

bool parseVersion(const QJsonObject &root, int *version, QString *error)
{
    const auto it = root.constFind(u"version");
    if (it == root.constEnd()) {
        *version = 1;
        return true;
    }
    if (!readInt(it.value(), version) || *version < 1) {
        *error = ProgramStore::tr("\"version\" must be a whole number of 1 or more (got %1)")
                         .arg(describe(it.value()));
        return false;
    }
    if (*version > Configuration::currentVersion) {
        *error = ProgramStore::tr("this configuration was written by a newer zlauncher (format "
                                  "version %1; this one reads up to version %2); it will not "
                                  "be changed")
                         .arg(*version)
                         .arg(Configuration::currentVersion);
        return false;
    }
    return true;
}

bool parseEndpoints(const QJsonObject &root, QStringList *endpoints, QString *error)
{
    const auto it = root.constFind(u"heartbeatEndpoints");
    if (it == root.constEnd()) {
        return true;
    }
    if (!readStringList(it.value(), endpoints)) {
        *error = ProgramStore::tr("\"heartbeatEndpoints\" must be an array of strings (got %1)")
                         .arg(describe(it.value()));
        return false;
    }
    for (const QString &endpoint : std::as_const(*endpoints)) {
        const bool supported = (endpoint.startsWith(u"ipc://") || endpoint.startsWith(u"tcp://"))
                && endpoint.size() > 6;
        if (!supported) {
            *error = ProgramStore::tr("\"heartbeatEndpoints\": %1 must start with ipc:// or "
                                      "tcp:// and name an address")
                             .arg(quoted(endpoint));
            return false;
        }
    }
    return true;
}

bool parseListen(const QJsonObject &root, QStringList *endpoints, QString *error)
{
    const auto it = root.constFind(u"listen");
    if (it == root.constEnd()) {
        return true;
    }
    if (!readStringList(it.value(), endpoints)) {
        *error = ProgramStore::tr("\"listen\" must be an array of tcp://ADDRESS:PORT strings "
                                  "(got %1)")
                         .arg(describe(it.value()));
        return false;
    }
    for (const QString &endpoint : std::as_const(*endpoints)) {
        if (!endpoint.startsWith(u"tcp://") || endpoint.size() <= 6) {
            *error = ProgramStore::tr("\"listen\": %1 must be tcp://ADDRESS:PORT, for example "
                                      "tcp://0.0.0.0:7700")
                             .arg(quoted(endpoint));
            return false;
        }
    }
    return true;
}

} // namespace

const ProgramSpec *Configuration::program(const QString &name) const
{
    for (const ProgramSpec &spec : programs) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

QString ProgramStore::defaultPath()
{
    // Not AppConfigLocation: with the organisation and the application both named zlauncher,
    // that would be ~/.config/zlauncher/zlauncher/.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + u"/zlauncher/zlauncher.json";
}

std::optional<Configuration> ProgramStore::parse(const QByteArray &json,
                                                 const QString &baseDirectory, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (json.trimmed().isEmpty()) {
        message = tr("the configuration is empty; it must be a JSON object such as "
                     "{\"version\": 1, \"programs\": []}");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        message = syntaxError(json, parseError);
        return std::nullopt;
    }
    if (!document.isObject()) {
        message = tr("the configuration must be a JSON object (got %1)")
                          .arg(describe(QJsonValue(document.array())));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Configuration configuration;
    if (!parseVersion(root, &configuration.version, &message)
        || !parseEndpoints(root, &configuration.heartbeatEndpoints, &message)
        || !parseListen(root, &configuration.listen, &message)) {
        return std::nullopt;
    }
    if (const auto programs = root.constFind(u"programs"); programs != root.constEnd()) {
        if (!programs.value().isArray()) {
            message = tr("\"programs\" must be an array of objects (got %1)")
                              .arg(describe(programs.value()));
            return std::nullopt;
        }
        const QJsonArray list = programs.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            auto spec = ProgramJson::read(list.at(i), i, baseDirectory, &message);
            if (!spec) {
                return std::nullopt;
            }
            configuration.programs.append(*spec);
        }
    }
    if (!checkPrograms(configuration.programs, &message)) {
        return std::nullopt;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!topLevelKeys.contains(it.key())) {
            configuration.unknownKeys.insert(it.key(), it.value());
        }
    }
    return configuration;
}

QByteArray ProgramStore::serialize(const Configuration &configuration)
{
    QByteArray out = "{\n";
    out += indentation(1) + "\"version\": " + QByteArray::number(configuration.version) + ",\n";
    out += indentation(1) + "\"heartbeatEndpoints\": ";
    writeValue(out, QJsonArray::fromStringList(configuration.heartbeatEndpoints), 1);
    if (!configuration.listen.isEmpty()) {
        out += ",\n" + indentation(1) + "\"listen\": ";
        writeValue(out, QJsonArray::fromStringList(configuration.listen), 1);
    }
    out += ",\n" + indentation(1) + "\"programs\": ";
    if (configuration.programs.isEmpty()) {
        out += "[]";
    } else {
        out += "[\n";
        for (qsizetype i = 0; i < configuration.programs.size(); ++i) {
            out += indentation(2);
            writeMembers(out, ProgramJson::members(configuration.programs.at(i)), 2);
            out += i + 1 < configuration.programs.size() ? ",\n" : "\n";
        }
        out += indentation(1) + ']';
    }
    const QJsonObject &unknown = configuration.unknownKeys;
    for (auto it = unknown.begin(); it != unknown.end(); ++it) {
        if (topLevelKeys.contains(it.key())) {
            continue;
        }
        out += ",\n" + indentation(1) + scalarJson(it.key()) + ": ";
        writeValue(out, it.value(), 1);
    }
    out += "\n}\n";
    return out;
}

std::optional<Configuration> ProgramStore::load(const QString &path, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        return Configuration{};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        message = tr("Cannot read file %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray json = file.readAll();
    if (file.error() != QFile::NoError) {
        message = tr("Cannot read file %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto configuration = parse(json, info.absolutePath(), &parseError);
    if (!configuration) {
        message = tr("Invalid configuration file %1: %2")
                          .arg(QDir::toNativeSeparators(path), parseError);
    }
    return configuration;
}

bool ProgramStore::save(const QString &path, const Configuration &configuration, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        message = tr("Cannot write file %1: %2")
                          .arg(nativePath,
                               tr("cannot create the folder %1")
                                       .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        message = tr("Cannot write file %1: %2").arg(nativePath, file.errorString());
        return false;
    }
    const QByteArray json = serialize(configuration);
    if (file.write(json) != json.size()) {
        message = tr("Cannot write file %1: %2").arg(nativePath, file.errorString());
        file.cancelWriting();
        return false;
    }
    // commit() renames the temporary file over the old one only when everything was written.
    if (!file.commit()) {
        message = tr("Cannot write file %1: %2").arg(nativePath, file.errorString());
        return false;
    }
    return true;
}

QString ProgramStore::keepAside(const QString &path, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString stem
            = path + u".unreadable-" + QDateTime::currentDateTime().toString(u"yyyyMMdd-hhmmss");
    QFile file(path);
    // A second failure within the same second gets "-2", "-3"...: never overwrite a kept file.
    for (int attempt = 1; attempt <= 1000; ++attempt) {
        const QString candidate = attempt == 1 ? stem : stem + u'-' + QString::number(attempt);
        const QFileInfo candidateInfo(candidate);
        if (candidateInfo.exists() || candidateInfo.isSymLink()) {
            continue;
        }
        if (file.rename(candidate)) {
            return candidate;
        }
        if (!QFileInfo::exists(candidate)) {
            message = tr("Cannot rename %1 to %2: %3")
                              .arg(QDir::toNativeSeparators(path),
                                   QDir::toNativeSeparators(candidate), file.errorString());
            return {};
        }
    }
    message = tr("Cannot rename %1: too many files named %2-*")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(stem));
    return {};
}

std::optional<ProgramSpec> ProgramStore::parseProgram(const QJsonObject &object,
                                                      const QString &baseDirectory, QString *error)
{
    QString ignored;
    return ProgramJson::read(object, 0, baseDirectory, error ? error : &ignored);
}

QJsonObject ProgramStore::toJson(const ProgramSpec &spec)
{
    QJsonObject object;
    for (const auto &[key, value] : ProgramJson::members(spec)) {
        object.insert(key, value);
    }
    return object;
}
