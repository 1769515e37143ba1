#include "core/remote/curvesocket.h"

#include "core/remote/zapauthenticator.h"

namespace {

// ZMQ_ZAP_ENFORCE_DOMAIN: a draft option in libzmq 4.3's header (hidden behind
// ZMQ_BUILD_DRAFT_API), yet understood by Debian's library. Without it, a CURVE server
// whose ZAP handler is missing encrypts but admits any client.
constexpr int zapEnforceDomainOption = 93;

void setLinkOptions(zmq::socket_t &socket)
{
    socket.set(zmq::sockopt::heartbeat_ivl, CurveSocket::heartbeatIntervalMs);
    socket.set(zmq::sockopt::heartbeat_timeout, CurveSocket::heartbeatTimeoutMs);
    socket.set(zmq::sockopt::heartbeat_ttl, CurveSocket::heartbeatTimeoutMs);
    socket.set(zmq::sockopt::handshake_ivl, CurveSocket::handshakeTimeoutMs);
}

} // namespace

bool CurveSocket::makeServer(zmq::socket_t &socket, const CurveKeyPair &keys, QString *error)
{
    try {
        socket.set(zmq::sockopt::curve_server, true);
        socket.set(zmq::sockopt::curve_secretkey, keys.secretKey.toStdString());
        socket.set(zmq::sockopt::zap_domain, ZapAuthenticator::domain);
        const int enforce = 1;
        if (zmq_setsockopt(socket.handle(), zapEnforceDomainOption, &enforce, sizeof enforce)
            != 0) {
            throw zmq::error_t();
        }
        setLinkOptions(socket);
    } catch (const zmq::error_t &e) {
        *error = tr("cannot make the endpoint secure: %1 (libzmq needs CURVE support)")
                         .arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
    return true;
}

bool CurveSocket::makeClient(zmq::socket_t &socket, const QByteArray &serverKey,
                             const CurveKeyPair &keys, QString *error)
{
    try {
        socket.set(zmq::sockopt::curve_serverkey, serverKey.toStdString());
        socket.set(zmq::sockopt::curve_publickey, keys.publicKey.toStdString());
        socket.set(zmq::sockopt::curve_secretkey, keys.secretKey.toStdString());
        setLinkOptions(socket);
    } catch (const zmq::error_t &e) {
        *error = tr("cannot set up encryption: %1 (libzmq needs CURVE support)")
                         .arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
    return true;
}
