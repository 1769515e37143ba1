#include "ctl/keys.h"

#include "ctl/ctl.h"
#include "ctl/invocation.h"

#include "core/remote/curvekeys.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString clientSecretPath(const Invocation &invocation)
{
    return invocation.keyFile.isEmpty() ? CurveKeys::secretKeyPath(u"client"_s)
                                        : invocation.keyFile;
}

} // namespace

int makeClientKey(const Invocation &invocation)
{
    const QString secretPath = clientSecretPath(invocation);
    QString error;
    bool created = false;
    const std::optional<CurveKeyPair> keys = CurveKeys::loadOrCreate(secretPath, &error, &created);
    if (!keys) {
        printError(error);
        return ExitFailed;
    }
    if (invocation.json) {
        printLine(u"{\"publicKey\": \"%1\", \"secretKeyFile\": \"%2\", \"created\": %3}"_s.arg(
                QString::fromLatin1(keys->publicKey), secretPath,
                created ? u"true"_s : u"false"_s));
        return ExitSuccess;
    }
    printLine(created ? zlauncherctl::tr("Made a key pair in %1").arg(secretPath)
                      : zlauncherctl::tr("A key pair exists already in %1").arg(secretPath));
    printLine(zlauncherctl::tr("Public key (run on each agent's host: zlauncherctl authorize "
                               "KEY):"));
    printLine(QString::fromLatin1(keys->publicKey));
    return ExitSuccess;
}

int authorizeClientKey(const Invocation &invocation)
{
    QString error;
    const std::optional<QByteArray> key
            = CurveKeys::readPublicKey(invocation.arguments.first(), &error);
    if (!key) {
        printError(error);
        return ExitFailed;
    }
    const QString path = CurveKeys::authorizedKeysPath();
    bool alreadyThere = false;
    if (!AuthorizedKeys::append(path, *key, invocation.label, &error, &alreadyThere)) {
        printError(error);
        return ExitFailed;
    }
    printLine(alreadyThere
                      ? zlauncherctl::tr("%1 is authorized already in %2")
                                .arg(QString::fromLatin1(*key), path)
                      : zlauncherctl::tr("Authorized %1 in %2; a running agent admits it at once")
                                .arg(QString::fromLatin1(*key), path));
    return ExitSuccess;
}

std::optional<ControlClient::Remote> remoteAgent(const Invocation &invocation, QString *error)
{
    const QString secretPath = clientSecretPath(invocation);
    if (!QFileInfo::exists(secretPath)) {
        *error = zlauncherctl::tr("no client key in %1: make one with `zlauncherctl keygen`, "
                                  "then authorize it on the agent's host")
                         .arg(secretPath);
        return std::nullopt;
    }
    const std::optional<CurveKeyPair> keys = CurveKeys::load(secretPath, error);
    if (!keys) {
        return std::nullopt;
    }
    const std::optional<QByteArray> serverKey
            = CurveKeys::readPublicKey(invocation.serverKey, error);
    if (!serverKey) {
        *error = zlauncherctl::tr("--server-key: %1").arg(*error);
        return std::nullopt;
    }
    return ControlClient::Remote{invocation.connect, *serverKey, *keys};
}
