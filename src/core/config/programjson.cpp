#include "core/config/programjson.h"

#include "core/config/logrotationjson.h"
#include "core/config/probejson.h"
#include "core/config/programstore.h"
#include "core/model/logging.h"

#include <algorithm>
#include <array>
#include <functional>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace ConfigJson;

namespace {

struct KeyReader
{
    QString key;
    /// What the value must be, for the message: "a string".
    const char *expected;
    std::function<bool(const QJsonValue &, ProgramSpec &)> read;
};

const char *const wholeNumber
        = QT_TRANSLATE_NOOP("ProgramStore", "a whole number between -2147483648 and 2147483647");

// "dependsOn": a bare name means the condition "ready", as before conditions existed.
bool readDependencies(const QJsonValue &value, ProgramSpec &spec)
{
    if (!value.isArray()) {
        return false;
    }
    QStringList names;
    QMap<QString, DependencyCondition> conditions;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString()) {
            names.append(item.toString());
            continue;
        }
        const QJsonObject object = item.toObject();
        const QJsonValue conditionValue = object.value(u"condition");
        // Absent means ready; present, it must be one of the names (not null, not a number).
        const auto condition = dependencyConditionFromString(
                conditionValue.isUndefined() ? u"ready"_s : conditionValue.toString());
        if (!item.isObject() || !object.value(u"name").isString() || !condition
            || object.size() != (object.contains(u"condition") ? 2 : 1)) {
            return false;
        }
        names.append(object.value(u"name").toString());
        if (*condition != DependencyCondition::Ready) {
            conditions.insert(names.constLast(), *condition);
        }
    }
    spec.dependsOn = names;
    spec.dependencyConditions = conditions;
    return true;
}

QJsonArray dependenciesJson(const ProgramSpec &spec)
{
    QJsonArray array;
    for (const QString &name : spec.dependsOn) {
        const DependencyCondition condition = spec.conditionOn(name);
        if (condition == DependencyCondition::Ready) {
            array.append(name);
        } else {
            array.append(QJsonObject{{u"name"_s, name}, {u"condition"_s, toString(condition)}});
        }
    }
    return array;
}

bool readKind(const QJsonValue &value, ProgramSpec &spec)
{
    const auto kind = programKindFromString(value.toString());
    if (value.isString() && kind) {
        spec.kind = *kind;
    }
    return value.isString() && kind;
}

bool readRestart(const QJsonValue &value, ProgramSpec &spec)
{
    const auto policy = restartPolicyFromString(value.toString());
    if (value.isString() && policy) {
        spec.restart = *policy;
    }
    return value.isString() && policy;
}

template<int ProgramSpec::*member>
bool readInteger(const QJsonValue &value, ProgramSpec &spec)
{
    return readInt(value, &(spec.*member));
}

// A setting that is unset unless written.
template<std::optional<int> ProgramSpec::*member>
bool readOptionalInteger(const QJsonValue &value, ProgramSpec &spec)
{
    int number = 0;
    if (!readInt(value, &number)) {
        return false;
    }
    spec.*member = number;
    return true;
}

QList<KeyReader> programKeyReaders()
{
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
            {u"envFile"_s, QT_TRANSLATE_NOOP("ProgramStore", "a string"),
             [](const QJsonValue &v, ProgramSpec &s) { return readString(v, &s.envFile); }},
            {u"kind"_s, QT_TRANSLATE_NOOP("ProgramStore", "\"heartbeat\", \"notify\" or \"plain\""),
             readKind},
            {u"autostart"_s, QT_TRANSLATE_NOOP("ProgramStore", "true or false"),
             [](const QJsonValue &v, ProgramSpec &s) { return readBool(v, &s.autostart); }},
            {u"restart"_s,
             QT_TRANSLATE_NOOP("ProgramStore", "\"always\", \"on-failure\" or \"never\""),
             readRestart},
            {u"heartbeatIntervalMs"_s, wholeNumber, readInteger<&ProgramSpec::heartbeatIntervalMs>},
            {u"lostTimeoutMs"_s, wholeNumber, readOptionalInteger<&ProgramSpec::lostTimeoutMs>},
            {u"startTimeoutMs"_s, wholeNumber, readInteger<&ProgramSpec::startTimeoutMs>},
            {u"stopGraceMs"_s, wholeNumber, readInteger<&ProgramSpec::stopGraceMs>},
            {u"killLeftovers"_s, QT_TRANSLATE_NOOP("ProgramStore", "true or false"),
             [](const QJsonValue &v, ProgramSpec &s) { return readBool(v, &s.killLeftovers); }},
            {u"minUptimeMs"_s, wholeNumber, readInteger<&ProgramSpec::minUptimeMs>},
            {u"maxRestarts"_s, wholeNumber, readInteger<&ProgramSpec::maxRestarts>},
            {u"restartWindowMs"_s, wholeNumber, readInteger<&ProgramSpec::restartWindowMs>},
            {u"maxMemoryMiB"_s, wholeNumber, readOptionalInteger<&ProgramSpec::maxMemoryMiB>},
            {u"memoryBreachSamples"_s, wholeNumber, readInteger<&ProgramSpec::memoryBreachSamples>},
            {u"memoryMaxMiB"_s, wholeNumber, readOptionalInteger<&ProgramSpec::memoryMaxMiB>},
            {u"instances"_s, wholeNumber, readOptionalInteger<&ProgramSpec::instances>},
            {u"dependsOn"_s,
             QT_TRANSLATE_NOOP("ProgramStore",
                               "an array of program names or of {\"name\": …, \"condition\": "
                               "\"started\", \"ready\", \"healthy\", \"completed\" or "
                               "\"completedSuccessfully\"} objects"),
             readDependencies},
    };
}

const QList<KeyReader> &keyReaders()
{
    static const QList<KeyReader> readers = programKeyReaders();
    return readers;
}

const QString logRotationKey = u"logRotation"_s;

bool isKnownProgramKey(const QString &key)
{
    if (key == probeKey(ProbeRole::Readiness) || key == probeKey(ProbeRole::Liveness)
        || key == logRotationKey) {
        return true;
    }
    const auto &readers = keyReaders();
    return std::any_of(readers.begin(), readers.end(),
                       [&key](const KeyReader &reader) { return reader.key == key; });
}

} // namespace

namespace {

/// The program as messages name it: its name once read, else its position ("#3").
QString label(const ProgramSpec &spec, const QString &position)
{
    return spec.name.isEmpty() ? position : quoted(spec.name);
}

/// The value is an object with the keys every program has; false with *error otherwise.
bool checkObject(const QJsonValue &value, const QString &position, QString *error)
{
    if (!value.isObject()) {
        *error = ProgramStore::tr("program %1 must be a JSON object (got %2)")
                         .arg(position, describe(value));
        return false;
    }
    const QJsonObject object = value.toObject();
    for (const QString &required : {u"name"_s, u"program"_s}) {
        if (!object.contains(required)) {
            const QJsonValue name = object.value(u"name");
            const QString label = name.isString() ? quoted(name.toString()) : position;
            *error = ProgramStore::tr("program %1: %2 is missing").arg(label, quoted(required));
            return false;
        }
    }
    return true;
}

bool readKnownKeys(const QJsonObject &object, const QString &position, ProgramSpec &spec,
                   QString *error)
{
    for (const KeyReader &reader : keyReaders()) {
        const auto it = object.constFind(reader.key);
        if (it == object.constEnd() || reader.read(it.value(), spec)) {
            continue;
        }
        *error = ProgramStore::tr("program %1: %2 must be %3 (got %4)")
                         .arg(label(spec, position), quoted(reader.key),
                              ProgramStore::tr(reader.expected), describe(it.value()));
        return false;
    }
    return true;
}

bool readProbes(const QJsonObject &object, const QString &position, ProgramSpec &spec,
                QString *error)
{
    for (const ProbeRole role : allProbeRoles) {
        const QJsonValue probe = object.value(probeKey(role));
        if (probe.isUndefined()) {
            continue;
        }
        QString problem;
        std::optional<ProbeSpec> &out
                = role == ProbeRole::Readiness ? spec.readinessProbe : spec.livenessProbe;
        out = ProbeJson::read(probe, role, &problem);
        if (!out) {
            *error = ProgramStore::tr("program %1: %2: %3")
                             .arg(label(spec, position), quoted(probeKey(role)), problem);
            return false;
        }
    }
    return true;
}

bool readLogRotation(const QJsonObject &object, const QString &position, ProgramSpec &spec,
                     QString *error)
{
    const QJsonValue rotation = object.value(logRotationKey);
    if (rotation.isUndefined()) {
        return true;
    }
    QString problem;
    spec.logRotation = LogRotationJson::read(rotation, &problem);
    if (!spec.logRotation) {
        *error = ProgramStore::tr("program %1: %2: %3")
                         .arg(label(spec, position), quoted(logRotationKey), problem);
        return false;
    }
    return true;
}

void keepUnknownKeys(const QJsonObject &object, ProgramSpec &spec)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isKnownProgramKey(it.key())) {
            // Kept for a newer zlauncher, or a typo: the debug log helps to tell them apart.
            qCDebug(lcStore) << "program" << spec.name << "has the unknown key" << it.key();
            spec.unknownKeys.insert(it.key(), it.value());
        }
    }
}

/// killLeftovers, the memory limits and instances: written only when set, as envFile.
void appendLimits(Members &members, const ProgramSpec &spec)
{
    if (!spec.killLeftovers) {
        members.append({u"killLeftovers"_s, false});
    }
    if (spec.maxMemoryMiB) {
        members.append({u"maxMemoryMiB"_s, *spec.maxMemoryMiB});
    }
    if (spec.memoryBreachSamples != ProgramSpec().memoryBreachSamples) {
        members.append({u"memoryBreachSamples"_s, spec.memoryBreachSamples});
    }
    if (spec.memoryMaxMiB) {
        members.append({u"memoryMaxMiB"_s, *spec.memoryMaxMiB});
    }
    if (spec.instances) {
        members.append({u"instances"_s, *spec.instances});
    }
}

/// The settings written as arrays and objects: dependencies, probes, log rotation.
void appendSections(Members &members, const ProgramSpec &spec)
{
    members.append({u"dependsOn"_s, dependenciesJson(spec)});
    for (const ProbeRole role : allProbeRoles) {
        if (spec.probe(role)) {
            members.append({probeKey(role), ProbeJson::write(*spec.probe(role))});
        }
    }
    if (spec.logRotation) {
        members.append({logRotationKey, LogRotationJson::write(*spec.logRotation)});
    }
}

} // namespace

namespace ProgramJson {

std::optional<ProgramSpec> read(const QJsonValue &value, qsizetype index,
                                const QString &baseDirectory, QString *error)
{
    // Before the name is known, a program is named by its position in the list.
    const QString position = ProgramStore::tr("#%1").arg(index + 1);
    if (!checkObject(value, position, error)) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ProgramSpec spec;
    spec.baseDirectory = baseDirectory;
    if (!readKnownKeys(object, position, spec, error) || !readProbes(object, position, spec, error)
        || !readLogRotation(object, position, spec, error)) {
        return std::nullopt;
    }
    keepUnknownKeys(object, spec);
    if (const QString invalid = spec.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return spec;
}

Members members(const ProgramSpec &spec)
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
    };
    // Written only when set, so that a file without one is saved as it was.
    if (!spec.envFile.isEmpty()) {
        members.append({u"envFile"_s, spec.envFile});
    }
    members += Members{
            {u"kind"_s, toString(spec.kind)},
            {u"autostart"_s, spec.autostart},
            {u"restart"_s, toString(spec.restart)},
            {u"heartbeatIntervalMs"_s, spec.heartbeatIntervalMs},
    };
    if (spec.lostTimeoutMs) {
        members.append({u"lostTimeoutMs"_s, *spec.lostTimeoutMs});
    }
    members += Members{
            {u"startTimeoutMs"_s, spec.startTimeoutMs},   {u"stopGraceMs"_s, spec.stopGraceMs},
            {u"minUptimeMs"_s, spec.minUptimeMs},         {u"maxRestarts"_s, spec.maxRestarts},
            {u"restartWindowMs"_s, spec.restartWindowMs},
    };
    appendLimits(members, spec);
    appendSections(members, spec);
    for (auto it = spec.unknownKeys.begin(); it != spec.unknownKeys.end(); ++it) {
        if (!isKnownProgramKey(it.key())) {
            members.append({it.key(), it.value()});
        }
    }
    return members;
}

} // namespace ProgramJson
