#include "core/os/instancestate.h"

#include "core/model/logging.h"
#include "core/os/processwatch.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include <zlauncher/protocol.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QHash<QString, RecordedInstance> InstanceState::load(QString *error) const
{
    QHash<QString, RecordedInstance> instances;
    QFile file(m_path);
    if (!file.exists()) {
        return instances;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("Cannot read file %1: %2").arg(m_path, file.errorString());
        }
        return instances;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error) {
            *error = tr("%1 is not a valid record of running programs: %2")
                             .arg(m_path, parseError.errorString());
        }
        return instances;
    }
    const QJsonObject programs = document.object().value(u"instances"_s).toObject();
    for (auto it = programs.begin(); it != programs.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        RecordedInstance instance;
        instance.pid = entry.value(u"pid"_s).toInteger();
        instance.startTime = entry.value(u"startTime"_s).toString().toULongLong();
        instance.recordedAt
                = QDateTime::fromString(entry.value(u"recordedAt"_s).toString(), Qt::ISODateWithMs);
        instance.token = entry.value(u"token"_s).toString();
        instance.nextToken = entry.value(u"nextToken"_s).toString();
        if ((instance.pid > 0 && instance.startTime > 0) || !instance.token.isEmpty()
            || !instance.nextToken.isEmpty()) {
            instances.insert(it.key(), instance);
        }
    }
    return instances;
}

bool InstanceState::save(const QHash<QString, RecordedInstance> &instances, QString *error) const
{
    QJsonObject programs;
    for (auto it = instances.cbegin(); it != instances.cend(); ++it) {
        QJsonObject entry{{u"pid"_s, it->pid},
                          // A string: a JSON number would lose precision past 2^53.
                          {u"startTime"_s, QString::number(it->startTime)},
                          {u"recordedAt"_s, it->recordedAt.toString(Qt::ISODateWithMs)},
                          {u"token"_s, it->token}};
        if (!it->nextToken.isEmpty()) {
            entry.insert(u"nextToken"_s, it->nextToken);
        }
        programs.insert(it.key(), entry);
    }
    // Written before every launch, so it must be cheap: no fsync, which QSaveFile would do.
    // The record describes live processes, which a reboot ends anyway; a temporary file renamed
    // over the old one is enough to never leave a half-written record after a crash.
    const QString temporary = m_path + u".new"_s;
    QFile file(temporary);
    const QByteArray json
            = QJsonDocument(QJsonObject{{u"version"_s, 1},
                                        {u"launcherPid"_s, QCoreApplication::applicationPid()},
                                        {u"instances"_s, programs}})
                      .toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()
        || !file.flush()) {
        if (error) {
            *error = tr("Cannot write file %1: %2").arg(temporary, file.errorString());
        }
        file.remove();
        return false;
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_path).constData())
        != 0) {
        const int renameError = errno;
        if (error) {
            *error = tr("Cannot write file %1: %2").arg(m_path, errnoMessage(renameError));
        }
        file.remove();
        return false;
    }
    return true;
}

std::optional<quint64> InstanceState::processStartTime(qint64 pid)
{
    // starttime is field 22 of the line, the 20th after "pid (comm)".
    const QList<QByteArray> fields = ProcessWatch::statFields(pid);
    if (fields.size() < 20 || fields[0] == "Z") {
        return std::nullopt; // a zombie is not alive
    }
    bool ok = false;
    const quint64 startTime = fields[19].toULongLong(&ok);
    return ok ? std::optional<quint64>(startTime) : std::nullopt;
}

QHash<QString, qint64> InstanceState::processesByToken()
{
    QHash<QString, qint64> found;
    // A program's children inherit its token; the program is the one that started first.
    QHash<QString, quint64> startTimes;
    const QByteArray prefix = QByteArray(zlauncher::env::instance) + '=';
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid) {
            continue;
        }
        QFile environ(u"/proc/"_s + entry + u"/environ"_s);
        if (!environ.open(QIODevice::ReadOnly)) {
            continue; // another user's process, or gone
        }
        const QList<QByteArray> variables = environ.readAll().split('\0');
        for (const QByteArray &variable : variables) {
            if (!variable.startsWith(prefix)) {
                continue;
            }
            const std::optional<quint64> startTime = processStartTime(pid);
            const QString token = QString::fromLatin1(variable.mid(prefix.size()));
            if (startTime && (!startTimes.contains(token) || *startTime < startTimes[token])) {
                found.insert(token, pid);
                startTimes.insert(token, *startTime);
            }
            break;
        }
    }
    return found;
}

std::optional<qint64> InstanceState::processUptimeMs(quint64 startTime)
{
    QFile uptime(u"/proc/uptime"_s);
    if (!uptime.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    bool ok = false;
    const double bootSeconds = uptime.readAll().split(' ').value(0).toDouble(&ok);
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0) {
        return std::nullopt;
    }
    const double startSeconds
            = static_cast<double>(startTime) / static_cast<double>(ticksPerSecond);
    return static_cast<qint64>((bootSeconds - startSeconds) * 1000.0);
}
