#include "core/config/probejson.h"

#include "core/config/configjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace ConfigJson;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ProbeJson", text);
}

struct TimingKey
{
    QString key;
    int ProbeSpec::*member;
};

const std::array<TimingKey, 5> &timingKeys()
{
    static const std::array<TimingKey, 5> keys{{
            {u"initialDelayMs"_s, &ProbeSpec::initialDelayMs},
            {u"periodMs"_s, &ProbeSpec::periodMs},
            {u"timeoutMs"_s, &ProbeSpec::timeoutMs},
            {u"failureThreshold"_s, &ProbeSpec::failureThreshold},
            {u"successThreshold"_s, &ProbeSpec::successThreshold},
    }};
    return keys;
}

const std::array<QString, 3> typeKeys{u"exec"_s, u"http"_s, u"tcp"_s};

bool isKnownKey(const QString &key)
{
    return std::find(typeKeys.begin(), typeKeys.end(), key) != typeKeys.end()
            || std::any_of(timingKeys().begin(), timingKeys().end(),
                           [&key](const TimingKey &timing) { return timing.key == key; });
}

/// "exec, http, tcp, initialDelayMs, …": every key a probe may have.
QString knownKeys()
{
    QStringList keys(typeKeys.begin(), typeKeys.end());
    for (const TimingKey &timing : timingKeys()) {
        keys.append(timing.key);
    }
    return keys.join(u", "_s);
}

/// Reads the one type key present; false with *error when its value is wrong.
bool readTarget(const QJsonObject &object, ProbeSpec &probe, QString *error)
{
    if (const QJsonValue exec = object.value(u"exec"); !exec.isUndefined()) {
        probe.type = ProbeType::Exec;
        if (!readStringList(exec, &probe.command)) {
            *error = translated(QT_TRANSLATE_NOOP(
                                        "ProbeJson",
                                        "\"exec\" must be an array of strings, the command and its "
                                        "arguments (got %1)"))
                             .arg(describe(exec));
            return false;
        }
        return true;
    }
    const bool isHttp = object.contains(u"http");
    const QJsonValue target = object.value(isHttp ? u"http" : u"tcp");
    probe.type = isHttp ? ProbeType::Http : ProbeType::Tcp;
    if (!readString(target, &probe.target)) {
        *error = translated(QT_TRANSLATE_NOOP("ProbeJson", "%1 must be a string (got %2)"))
                         .arg(quoted(isHttp ? u"http"_s : u"tcp"_s), describe(target));
        return false;
    }
    return true;
}

} // namespace

namespace ProbeJson {

std::optional<ProbeSpec> read(const QJsonValue &value, ProbeRole role, QString *error)
{
    if (!value.isObject()) {
        *error = translated(
                         QT_TRANSLATE_NOOP(
                                 "ProbeJson",
                                 "must be an object with \"exec\", \"http\" or \"tcp\" (got %1)"))
                         .arg(describe(value));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A typo in a probe would silently keep a default that decides restarts.
        if (!isKnownKey(it.key())) {
            *error = translated(QT_TRANSLATE_NOOP("ProbeJson", "unknown key %1 (known: %2)"))
                             .arg(quoted(it.key()), knownKeys());
            return std::nullopt;
        }
    }
    const auto types
            = std::count_if(typeKeys.begin(), typeKeys.end(),
                            [&object](const QString &key) { return object.contains(key); });
    if (types != 1) {
        *error = translated(QT_TRANSLATE_NOOP("ProbeJson",
                                              "must have exactly one of \"exec\", \"http\" and "
                                              "\"tcp\" (got %1)"))
                         .arg(types);
        return std::nullopt;
    }
    ProbeSpec probe;
    if (!readTarget(object, probe, error)) {
        return std::nullopt;
    }
    for (const TimingKey &timing : timingKeys()) {
        const QJsonValue number = object.value(timing.key);
        if (!number.isUndefined() && !readInt(number, &(probe.*timing.member))) {
            *error = translated(
                             QT_TRANSLATE_NOOP("ProbeJson", "%1 must be a whole number (got %2)"))
                             .arg(quoted(timing.key), describe(number));
            return std::nullopt;
        }
    }
    if (const QString invalid = probe.validationError(role); !invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return probe;
}

QJsonObject write(const ProbeSpec &probe)
{
    QJsonObject object;
    switch (probe.type) {
    case ProbeType::Exec:
        object.insert(u"exec"_s, QJsonArray::fromStringList(probe.command));
        break;
    case ProbeType::Http:
        object.insert(u"http"_s, probe.target);
        break;
    case ProbeType::Tcp:
        object.insert(u"tcp"_s, probe.target);
        break;
    }
    for (const TimingKey &timing : timingKeys()) {
        object.insert(timing.key, probe.*timing.member);
    }
    return object;
}

} // namespace ProbeJson
