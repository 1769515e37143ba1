#include "core/config/programstore.h"

#include "core/model/dependencygraph.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include "core/model/logging.h"

using namespace Qt::StringLiterals;

namespace {

using Members = QList<std::pair<QString, QJsonValue>>;

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// ---- Reading ---------------------------------------------------------------------------------

// How a wrong value is shown in "(got ...)": short, and never the whole of a large value.
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

// Each reader converts one JSON value or returns false, leaving the output untouched.
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

struct KeyReader
{
    QString key;
    /// What the value must be, for the message: "a string".
    const char *expected;
    std::function<bool(const QJsonValue &, ProgramSpec &)> read;
};

const char *const wholeNumber
        = QT_TRANSLATE_NOOP("ProgramStore", "a whole number between -2147483648 and 2147483647");

QList<KeyReader> programKeyReaders()
{
    const auto integer = [](int ProgramSpec::*member) {
        return [member](const QJsonValue &value, ProgramSpec &spec) {
            return readInt(value, &(spec.*member));
        };
    };
    return {
            {u"name"_s, QT_TRANSLATE_NOOP("ProgramStore", "a string"),
             [](const QJsonValue &v, ProgramSpec &s) { return readString(v, &s.name); }},
            {u"program"_s, QT_TRANSLATE_NOOP("ProgramStore", "a string"),
             [](const QJsonValue &v, ProgramSpec &s) { return readString(v, &s.program); }},
            {u"arguments"_s, QT_TRANSLATE_NOOP("ProgramStore", "an array of strings"),
             [](const QJsonValue &v, ProgramSpec &s) { return readStringList(v, &s.arguments); }},
            {u"workingDirectory"_s, QT_TRANSLATE_NOOP("ProgramStore", "a string"),
             [](const QJsonValue &v, ProgramSpec &s) {
                 return readString(v, &s.workingDirectory);
             }},
            {u"environment"_s,
             QT_TRANSLATE_NOOP("ProgramStore", "an object whose values are strings"),
             [](const QJsonValue &v, ProgramSpec &s) { return readStringMap(v, &s.environment); }},
            {u"kind"_s, QT_TRANSLATE_NOOP("ProgramStore", "\"heartbeat\" or \"plain\""),
             [](const QJsonValue &v, ProgramSpec &s) {
                 const auto kind = programKindFromString(v.toString());
                 if (v.isString() && kind) {
                     s.kind = *kind;
                 }
                 return v.isString() && kind;
             }},
            {u"autostart"_s, QT_TRANSLATE_NOOP("ProgramStore", "true or false"),
             [](const QJsonValue &v, ProgramSpec &s) { return readBool(v, &s.autostart); }},
            {u"restart"_s,
             QT_TRANSLATE_NOOP("ProgramStore", "\"always\", \"on-failure\" or \"never\""),
             [](const QJsonValue &v, ProgramSpec &s) {
                 const auto policy = restartPolicyFromString(v.toString());
                 if (v.isString() && policy) {
                     s.restart = *policy;
                 }
                 return v.isString() && policy;
             }},
            {u"heartbeatIntervalMs"_s, wholeNumber, integer(&ProgramSpec::heartbeatIntervalMs)},
            {u"lostTimeoutMs"_s, wholeNumber,
             [](const QJsonValue &v, ProgramSpec &s) {
                 int timeout = 0;
                 if (!readInt(v, &timeout)) {
                     return false;
                 }
                 s.lostTimeoutMs = timeout;
                 return true;
             }},
            {u"startTimeoutMs"_s, wholeNumber, integer(&ProgramSpec::startTimeoutMs)},
            {u"stopGraceMs"_s, wholeNumber, integer(&ProgramSpec::stopGraceMs)},
            {u"minUptimeMs"_s, wholeNumber, integer(&ProgramSpec::minUptimeMs)},
            {u"maxRestarts"_s, wholeNumber, integer(&ProgramSpec::maxRestarts)},
            {u"restartWindowMs"_s, wholeNumber, integer(&ProgramSpec::restartWindowMs)},
            {u"dependsOn"_s, QT_TRANSLATE_NOOP("ProgramStore", "an array of program names"),
             [](const QJsonValue &v, ProgramSpec &s) { return readStringList(v, &s.dependsOn); }},
    };
}

const QList<KeyReader> &keyReaders()
{
    static const QList<KeyReader> readers = programKeyReaders();
    return readers;
}

bool isKnownProgramKey(const QString &key)
{
    const auto &readers = keyReaders();
    return std::any_of(readers.begin(), readers.end(),
                       [&key](const KeyReader &reader) { return reader.key == key; });
}

const QStringList topLevelKeys = {u"version"_s, u"heartbeatEndpoints"_s, u"programs"_s};

std::optional<ProgramSpec> parseProgramValue(const QJsonValue &value, qsizetype index,
                                             const QString &baseDirectory, QString *error)
{
    // Before the name is known, a program is named by its position in the list.
    const QString position = ProgramStore::tr("#%1").arg(index + 1);
    if (!value.isObject()) {
        *error = ProgramStore::tr("program %1 must be a JSON object (got %2)")
                         .arg(position, describe(value));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    for (const QString &required : {u"name"_s, u"program"_s}) {
        if (!object.contains(required)) {
            const QJsonValue name = object.value(u"name");
            const QString label = name.isString() ? quoted(name.toString()) : position;
            *error = ProgramStore::tr("program %1: %2 is missing").arg(label, quoted(required));
            return std::nullopt;
        }
    }

    ProgramSpec spec;
    spec.baseDirectory = baseDirectory;
    for (const KeyReader &reader : keyReaders()) {
        const auto it = object.constFind(reader.key);
        if (it == object.constEnd() || reader.read(it.value(), spec)) {
            continue;
        }
        const QString label = spec.name.isEmpty() ? position : quoted(spec.name);
        *error = ProgramStore::tr("program %1: %2 must be %3 (got %4)")
                         .arg(label, quoted(reader.key), ProgramStore::tr(reader.expected),
                              describe(it.value()));
        return std::nullopt;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isKnownProgramKey(it.key())) {
            // Kept for a newer zlauncher, or a typo: the debug log helps to tell them apart.
            qCDebug(lcStore) << "program" << spec.name << "has the unknown key" << it.key();
            spec.unknownKeys.insert(it.key(), it.value());
        }
    }
    if (const QString invalid = spec.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return spec;
}

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

// ---- Writing ---------------------------------------------------------------------------------

QByteArray indentation(int depth)
{
    return QByteArray(depth * 4, ' ');
}

// Qt's own encoder for one scalar, so that escaping and number formatting are exactly Qt's.
QByteArray scalarJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth);

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

Members programMembers(const ProgramSpec &spec)
{
    QJsonObject environment;
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    Members members = {
            {u"name"_s, spec.name},
            {u"program"_s, spec.program},
            {u"arguments"_s, QJsonArray::fromStringList(spec.arguments)},
            {u"workingDirectory"_s, spec.workingDirectory},
            {u"environment"_s, environment},
            {u"kind"_s, toString(spec.kind)},
            {u"autostart"_s, spec.autostart},
            {u"restart"_s, toString(spec.restart)},
            {u"heartbeatIntervalMs"_s, spec.heartbeatIntervalMs},
    };
    if (spec.lostTimeoutMs) {
        members.append({u"lostTimeoutMs"_s, *spec.lostTimeoutMs});
    }
    members += Members{
            {u"startTimeoutMs"_s, spec.startTimeoutMs},
            {u"stopGraceMs"_s, spec.stopGraceMs},
            {u"minUptimeMs"_s, spec.minUptimeMs},
            {u"maxRestarts"_s, spec.maxRestarts},
            {u"restartWindowMs"_s, spec.restartWindowMs},
            {u"dependsOn"_s, QJsonArray::fromStringList(spec.dependsOn)},
    };
    for (auto it = spec.unknownKeys.begin(); it != spec.unknownKeys.end(); ++it) {
        if (!isKnownProgramKey(it.key())) {
            members.append({it.key(), it.value()});
        }
    }
    return members;
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
        || !parseEndpoints(root, &configuration.heartbeatEndpoints, &message)) {
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
            auto spec = parseProgramValue(list.at(i), i, baseDirectory, &message);
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
    out += ",\n" + indentation(1) + "\"programs\": ";
    if (configuration.programs.isEmpty()) {
        out += "[]";
    } else {
        out += "[\n";
        for (qsizetype i = 0; i < configuration.programs.size(); ++i) {
            out += indentation(2);
            writeMembers(out, programMembers(configuration.programs.at(i)), 2);
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
    return parseProgramValue(object, 0, baseDirectory, error ? error : &ignored);
}

QJsonObject ProgramStore::toJson(const ProgramSpec &spec)
{
    QJsonObject object;
    for (const auto &[key, value] : programMembers(spec)) {
        object.insert(key, value);
    }
    return object;
}
