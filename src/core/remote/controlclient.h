// One request to a running launcher's control endpoint ipc://R/control (docs/control.md),
// synchronous and bounded in time: what zlauncherctl sends, and what a second window sends to
// bring the first one forward. Blocking by design: never call it once a window is up.
#pragma once

#include "core/remote/curvekeys.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class ControlClient
{
    Q_DECLARE_TR_FUNCTIONS(ControlClient)

public:
    enum class Outcome {
        Replied,    ///< reply holds the launcher's answer, ok or not
        NoLauncher, ///< nothing holds R's launcher lock, or R/control does not exist
        Timeout,    ///< a launcher lives but did not answer within timeoutMs
        BadReply,   ///< the answer was not a JSON object with "ok", or ZeroMQ failed
        Refused,    ///< an agent refused this client's key, or is not the agent it was told
    };
    /// An agent reached over tcp (docs/remote.md).
    struct Remote
    {
        QString endpoint;     ///< its control endpoint, tcp://HOST:PORT
        QByteArray serverKey; ///< its public key, Z85
        CurveKeyPair clientKeys;
    };
    struct Result
    {
        Outcome outcome = Outcome::NoLauncher;
        QJsonObject reply;
        /// Why there is no usable reply, in words a user can act on; for a reply with
        /// "ok": false, the launcher's own "error".
        QString error;
    };

    /// Sends request to the launcher on runtimeDir (the path of R; RuntimeDir::resolvePath
    /// gives the default) and waits at most timeoutMs for its reply. A fresh REQ socket with
    /// no linger each time, so a launcher that never answers leaves nothing behind.
    static Result request(const QString &runtimeDir, const QJsonObject &request, int timeoutMs);
    /// The same request to an agent, CURVE-encrypted. A refused key or a wrong server key is
    /// told as such (Refused), not as a silence.
    static Result request(const Remote &remote, const QJsonObject &request, int timeoutMs);

    /// The pid of the live launcher holding R's lock, or 0 when there is none (no lock file,
    /// or its holder is gone).
    static qint64 launcherPid(const QString &runtimeDir);

    /// "5 s", "1.5 s", "200 ms": a timeout as error messages state it.
    static QString formatTimeout(int timeoutMs);
};
