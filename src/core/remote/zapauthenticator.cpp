#include "core/remote/zapauthenticator.h"

#include "core/model/logging.h"
#include "core/zmq/zmqnotifier.h"

#include <QDir>
#include <QFileInfo>

#include <iterator>
#include <vector>

#include <zmq_addon.hpp>

using namespace Qt::StringLiterals;

namespace {

// Enough for every honest client of a rig; past it, a scan of keys or addresses is said once.
constexpr qsizetype maxReportedRefusals = 1024;

/// RFC 27's request: version, request id, domain, address, identity, mechanism, credentials.
enum Frame { Version, RequestId, Domain, Address, Identity, Mechanism, Credentials };

QByteArray bytes(const zmq::message_t &frame)
{
    return {static_cast<const char *>(frame.data()), static_cast<qsizetype>(frame.size())};
}

} // namespace

ZapAuthenticator::ZapAuthenticator(zmq::context_t &context, QString authorizedKeysPath,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(context, zmq::socket_type::rep)
    , m_path(std::move(authorizedKeysPath))
{
    m_socket.set(zmq::sockopt::linger, 0);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            &ZapAuthenticator::reloadAfterChange);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &ZapAuthenticator::reloadAfterChange);
}

ZapAuthenticator::~ZapAuthenticator()
{
    m_notifier.reset();
}

bool ZapAuthenticator::start(QString *error)
{
    if (!reload(error)) {
        return false;
    }
    try {
        m_socket.bind("inproc://zeromq.zap.01");
    } catch (const zmq::error_t &e) {
        *error = tr("cannot start the ZAP handler that checks client keys: %1")
                         .arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
    m_notifier = std::make_unique<ZmqNotifier>(m_socket, [this] { readRequest(); });
    // The folder too: editors replace the file, and a file made later must be seen.
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    if (QFileInfo::exists(m_path)) {
        m_watcher.addPath(m_path);
    }
    return true;
}

bool ZapAuthenticator::reload(QString *error)
{
    std::optional<AuthorizedKeys> keys = AuthorizedKeys::read(m_path, error);
    if (!keys) {
        return false;
    }
    for (const QString &problem : std::as_const(keys->problems)) {
        Q_EMIT message(problem, true);
    }
    m_authorized = std::move(*keys);
    return true;
}

void ZapAuthenticator::reloadAfterChange()
{
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path)) {
        m_watcher.addPath(m_path);
    }
    const qsizetype before = m_authorized.keys.size();
    QString error;
    if (!reload(&error)) {
        // The keys read before stay: a file caught in the middle of a write, or made
        // writable by others, must not open the door nor shut out every client.
        Q_EMIT message(tr("authorized_keys not read again, the %n key(s) read before still "
                          "apply: %1",
                          nullptr, static_cast<int>(before))
                               .arg(error),
                       true);
        return;
    }
    if (m_authorized.keys.size() != before) {
        Q_EMIT message(tr("%1 now admits %n client key(s)", nullptr,
                          static_cast<int>(m_authorized.keys.size()))
                               .arg(m_path),
                       false);
    }
}

void ZapAuthenticator::reportRefusal(const QString &who, const QString &why)
{
    const QString key = who + u'\n' + why;
    if (m_reported.contains(key)) {
        return;
    }
    if (m_reported.size() >= maxReportedRefusals) {
        if (!std::exchange(m_reportsCapped, true)) {
            Q_EMIT message(tr("more than %1 different clients were refused; further ones are "
                              "not logged")
                                   .arg(maxReportedRefusals),
                           true);
        }
        return;
    }
    m_reported.insert(key);
    Q_EMIT message(tr("refused %1: %2").arg(who, why), true);
}

void ZapAuthenticator::readRequest()
{
    std::vector<zmq::message_t> frames;
    try {
        // All parts of a message arrive together: none waiting means no message.
        if (!zmq::recv_multipart(m_socket, std::back_inserter(frames), zmq::recv_flags::dontwait)) {
            return;
        }
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << "reading a ZAP request failed:" << e.what();
        return;
    }
    QByteArray status = "400";
    QByteArray statusText = "no such client key";
    QByteArray userId;
    if (frames.size() <= Credentials || bytes(frames[Version]) != "1.0") {
        statusText = "malformed request";
    } else if (bytes(frames[Domain]) != domain) {
        statusText = "unknown domain"; // a socket of the context that is none of ours
    } else if (bytes(frames[Mechanism]) != "CURVE") {
        statusText = "CURVE required";
        reportRefusal(tr("a client from %1").arg(QString::fromUtf8(bytes(frames[Address]))),
                      tr("a client without CURVE encryption"));
    } else {
        const QByteArray clientKey = bytes(frames[Credentials]);
        const QByteArray z85 = CurveKeys::encode(clientKey);
        if (m_authorized.keys.contains(clientKey)) {
            status = "200";
            statusText = "OK";
            userId = z85;
        } else {
            reportRefusal(tr("a client from %1").arg(QString::fromUtf8(bytes(frames[Address]))),
                          tr("its key %1 is not in %2; to admit it, run on this host: "
                             "zlauncherctl authorize %1")
                                  .arg(QString::fromLatin1(z85), m_path));
        }
    }
    const QByteArray requestId = frames.size() > RequestId ? bytes(frames[RequestId]) : "";
    try {
        m_socket.send(zmq::str_buffer("1.0"), zmq::send_flags::sndmore);
        m_socket.send(zmq::buffer(requestId.constData(), static_cast<size_t>(requestId.size())),
                      zmq::send_flags::sndmore);
        m_socket.send(zmq::buffer(status.constData(), static_cast<size_t>(status.size())),
                      zmq::send_flags::sndmore);
        m_socket.send(zmq::buffer(statusText.constData(), static_cast<size_t>(statusText.size())),
                      zmq::send_flags::sndmore);
        m_socket.send(zmq::buffer(userId.constData(), static_cast<size_t>(userId.size())),
                      zmq::send_flags::sndmore);
        m_socket.send(zmq::message_t(), zmq::send_flags::none);
    } catch (const zmq::error_t &e) {
        qCWarning(lcZmq) << "answering a ZAP request failed:" << e.what();
    }
    m_notifier->recheck();
}
