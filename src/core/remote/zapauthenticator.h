// The ZAP handler (ZeroMQ RFC 27) of an agent's tcp endpoints: libzmq asks it, for every client
// that completed the CURVE handshake, whether that client's public key may come in. Only the
// keys in authorized_keys may; the file is read again whenever it changes, so that
// `zlauncherctl authorize` needs no restart. Answered from the event loop, like every socket.
#pragma once

#include "core/remote/curvekeys.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

#include <zmq.hpp>

class ZmqNotifier;

class ZapAuthenticator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZapAuthenticator)

public:
    /// The ZAP domain the agent's sockets name; with ZMQ_ZAP_ENFORCE_DOMAIN set, a socket of
    /// this domain admits nobody while no handler answers.
    static constexpr const char *domain = "zlauncher";

    ZapAuthenticator(zmq::context_t &context, QString authorizedKeysPath,
                     QObject *parent = nullptr);
    ~ZapAuthenticator() override;

    /// Binds inproc://zeromq.zap.01 and reads the keys. False with *error when the handler
    /// cannot run or the file cannot be trusted: then nothing may listen on tcp.
    bool start(QString *error);

    qsizetype authorizedCount() const { return m_authorized.keys.size(); }

    /// Said once per who ("a client from 10.0.0.7") and why (its key), whatever the number of
    /// attempts: a client retrying every second must not flood the log.
    void reportRefusal(const QString &who, const QString &why);

Q_SIGNALS:
    /// A client refused, or authorized_keys changed: one line for the event log.
    void message(const QString &text, bool warning);

private:
    void readRequest();
    bool reload(QString *error);
    void reloadAfterChange();

    zmq::socket_t m_socket;
    std::unique_ptr<ZmqNotifier> m_notifier;
    QString m_path;
    AuthorizedKeys m_authorized;
    QFileSystemWatcher m_watcher;
    QSet<QString> m_reported;
    bool m_reportsCapped = false;
};
