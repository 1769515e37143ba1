#include "core/config/logrotationjson.h"

#include "core/config/configjson.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ConfigJson;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("LogRotationJson", text);
}

const QStringList knownKeys{u"maxSizeMiB"_s, u"maxAgeHours"_s, u"keep"_s, u"compress"_s};

bool readWhole(const QJsonValue &value, int maximum, int *out)
{
    int number = 0;
    if (!readInt(value, &number) || number < 0 || number > maximum) {
        return false;
    }
    *out = number;
    return true;
}

bool hasOnlyKnownKeys(const QJsonObject &object, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys.contains(it.key())) {
            *error = translated(QT_TRANSLATE_NOOP("LogRotationJson",
                                                  "unknown key %1 (the keys are %2)"))
                             .arg(quoted(it.key()), knownKeys.join(u", "_s));
            return false;
        }
    }
    return true;
}

// maxAgeHours, when given: hours, fractions allowed.
bool readAge(const QJsonValue &age, double *hoursOut, QString *error)
{
    if (age.isUndefined()) {
        return true;
    }
    const double hours = age.toDouble(-1);
    if (!age.isDouble() || !std::isfinite(hours) || !LogRotation::isValidAge(hours)) {
        *error = translated(QT_TRANSLATE_NOOP("LogRotationJson",
                                              "\"maxAgeHours\" must be a number of hours "
                                              "from 0 (never by age) to %1, fractions "
                                              "allowed down to a second (got %2)"))
                         .arg(LogRotation::maxAgeLimitHours)
                         .arg(describe(age));
        return false;
    }
    *hoursOut = hours;
    return true;
}

} // namespace

namespace LogRotationJson {

std::optional<LogRotation> read(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = translated(QT_TRANSLATE_NOOP("LogRotationJson",
                                              "must be an object such as {\"maxSizeMiB\": 10, "
                                              "\"maxAgeHours\": 24, \"keep\": 3, \"compress\": "
                                              "true} (got %1)"))
                         .arg(describe(value));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (!hasOnlyKnownKeys(object, error)) {
        return std::nullopt;
    }
    LogRotation rotation;
    // A whole number from 0 to maximum, or the message (with %1 the maximum, %2 the value).
    const auto readWholeKey = [&](const char *key, int maximum, int *out, const char *message) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isUndefined() || readWhole(value, maximum, out)) {
            return true;
        }
        *error = translated(message).arg(maximum).arg(describe(value));
        return false;
    };
    if (!readWholeKey("maxSizeMiB", LogRotation::maxSizeLimitMiB, &rotation.maxSizeMiB,
                      QT_TRANSLATE_NOOP("LogRotationJson",
                                        "\"maxSizeMiB\" must be a whole number of MiB from 0 "
                                        "(never by size) to %1 (got %2)"))
        || !readWholeKey("keep", LogRotation::keepLimit, &rotation.keep,
                         QT_TRANSLATE_NOOP("LogRotationJson",
                                           "\"keep\" must be a whole number of files from 0 to "
                                           "%1 (got %2)"))) {
        return std::nullopt;
    }
    if (!readAge(object.value(u"maxAgeHours"), &rotation.maxAgeHours, error)) {
        return std::nullopt;
    }
    const QJsonValue compress = object.value(u"compress");
    if (!compress.isUndefined() && !readBool(compress, &rotation.compress)) {
        *error = translated(QT_TRANSLATE_NOOP("LogRotationJson",
                                              "\"compress\" must be true or false (got %1)"))
                         .arg(describe(compress));
        return std::nullopt;
    }
    return rotation;
}

QJsonObject write(const LogRotation &rotation)
{
    return {{u"maxSizeMiB"_s, rotation.maxSizeMiB},
            {u"maxAgeHours"_s, rotation.maxAgeHours},
            {u"keep"_s, rotation.keep},
            {u"compress"_s, rotation.compress}};
}

} // namespace LogRotationJson
