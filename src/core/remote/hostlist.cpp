#include "core/remote/hostlist.h"

#include "core/remote/curvekeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QString HostList::defaultPath()
{
    return CurveKeys::configDirectory() + u"/hosts.json"_s;
}

std::optional<QList<RemoteHost>> HostList::read(const QString &path, QString *error)
{
    QList<RemoteHost> hosts;
    QFile file(path);
    if (!file.exists()) {
        return hosts;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || !document[u"hosts"].isArray()) {
        *error = tr("%1 is not a host list ({\"hosts\": [{\"name\", \"endpoint\", "
                    "\"serverKey\"}]}): %2")
                         .arg(path,
                              parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : tr("no \"hosts\" array"));
        return std::nullopt;
    }
    const QJsonArray list = document[u"hosts"].toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const RemoteHost host{object[u"name"].toString(), object[u"endpoint"].toString(),
                              object[u"serverKey"].toString().toLatin1()};
        if (const QString why = problem(host, hosts); !why.isEmpty()) {
            *error = tr("%1, host %2: %3").arg(path).arg(i + 1).arg(why);
            return std::nullopt;
        }
        hosts.append(host);
    }
    return hosts;
}

bool HostList::write(const QString &path, const QList<RemoteHost> &hosts, QString *error)
{
    QJsonArray list;
    for (const RemoteHost &host : hosts) {
        list.append(QJsonObject{{u"name"_s, host.name},
                                {u"endpoint"_s, host.endpoint},
                                {u"serverKey"_s, QString::fromLatin1(host.serverKey)}});
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(QJsonObject{{u"hosts"_s, list}}).toJson();
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(json) != json.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString HostList::problem(const RemoteHost &host, const QList<RemoteHost> &hosts)
{
    static const QRegularExpression name(u"^[A-Za-z0-9._-]{1,64}$"_s);
    // A name, an IPv4 address or a bracketed IPv6 one, and a port.
    static const QRegularExpression endpoint(
            u"^tcp://(?:[^:/\\[\\]]+|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})$"_s);
    if (!name.match(host.name).hasMatch()) {
        return tr("\"%1\" is not a host name (1 to 64 letters, digits, '.', '_' or '-')")
                .arg(host.name);
    }
    if (host.name == u"local") {
        return tr("\"local\" is the name of this host's own launcher");
    }
    const QRegularExpressionMatch address = endpoint.match(host.endpoint);
    if (!address.hasMatch() || address.captured(1).toInt() > 65535) {
        return tr("\"%1\" is not an agent's address; give tcp://HOST:PORT").arg(host.endpoint);
    }
    if (!CurveKeys::isValidKey(host.serverKey)) {
        return tr("\"%1\" is not a CURVE public key (40 Z85 characters)")
                .arg(QString::fromLatin1(host.serverKey));
    }
    if (find(hosts, host.name)) {
        return tr("there is a host named %1 already").arg(host.name);
    }
    return {};
}

const RemoteHost *HostList::find(const QList<RemoteHost> &hosts, const QString &name)
{
    for (const RemoteHost &host : hosts) {
        if (host.name == name) {
            return &host;
        }
    }
    return nullptr;
}
