// The options every tcp socket of zlauncher carries (docs/remote.md): CURVE on both ends, the
// agent's ZAP domain enforced, ZMTP heartbeats that find a half-open link within seconds, and a
// handshake deadline, so that connections that never finish cost nothing for long.
#pragma once

#include "core/remote/curvekeys.h"

#include <QCoreApplication>
#include <QString>

#include <zmq.hpp>

class CurveSocket
{
    Q_DECLARE_TR_FUNCTIONS(CurveSocket)

public:
    CurveSocket() = delete;

    /// A PING every second; a link silent for 3 s is closed. A cut cable is seen in ≤ 4 s.
    static constexpr int heartbeatIntervalMs = 1000;
    static constexpr int heartbeatTimeoutMs = 3000;
    /// A connection that has not finished its handshake by then is closed.
    static constexpr int handshakeTimeoutMs = 5000;

    /// Makes socket a CURVE server with keys, whose clients the ZAP handler must admit. Call
    /// before bind. False with *error if libzmq refuses any of it: then the socket must not
    /// be bound, for it would not be what it claims.
    static bool makeServer(zmq::socket_t &socket, const CurveKeyPair &keys, QString *error);
    /// Makes socket a CURVE client of the server whose public key is serverKey. Call before
    /// connect.
    static bool makeClient(zmq::socket_t &socket, const QByteArray &serverKey,
                           const CurveKeyPair &keys, QString *error);
};
