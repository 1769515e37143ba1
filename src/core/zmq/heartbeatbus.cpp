#include "core/zmq/heartbeatbus.h"

#include "core/model/logging.h"
#include "core/zmq/zmqnotifier.h"

#include <QCoreApplication>

#include <string_view>

namespace {
// One more than the longest valid message, so that an overlong one is still seen as such
// without keeping all of its frames.
constexpr std::size_t keptFrames = 6;
} // namespace

HeartbeatBus::HeartbeatBus(zmq::context_t &context, QObject *parent)
    : QObject(parent)
    , m_socket(context, zmq::socket_type::sub)
{
    m_socket.set(zmq::sockopt::linger, 0);
    // Frames up to 16 times the contract's limit still arrive, so that the parser can count
    // them as frame-too-long; only larger ones cost the sender its connection, unread.
    m_socket.set(zmq::sockopt::maxmsgsize, static_cast<int64_t>(16 * zlauncher::maxFrameSize));
    // Legacy publishers send a bare name as their only frame, so no topic filter can apply.
    m_socket.set(zmq::sockopt::subscribe, "");
}

HeartbeatBus::~HeartbeatBus() = default;

bool HeartbeatBus::bind(const QStringList &endpoints, QString *error)
{
    for (const QString &endpoint : endpoints) {
        try {
            m_socket.bind(endpoint.toStdString());
        } catch (const zmq::error_t &e) {
            if (error) {
                *error = QCoreApplication::translate("HeartbeatBus",
                                                     "cannot listen for heartbeats on %1: %2")
                                 .arg(endpoint, QString::fromLocal8Bit(e.what()));
            }
            return false;
        }
    }
    if (!m_notifier) {
        m_notifier = std::make_unique<ZmqNotifier>(
                m_socket, ZmqNotifier::TryRead{[this] { return readMessage(); }});
        m_notifier->setCoalescingWindow(coalescingWindow);
    }
    return true;
}

void HeartbeatBus::readQueued()
{
    if (m_notifier) {
        m_notifier->readNow();
    }
}

quint64 HeartbeatBus::rejectedCount(zlauncher::RejectReason reason) const
{
    return m_rejected[static_cast<std::size_t>(reason)];
}

quint64 HeartbeatBus::rejectedTotal() const
{
    quint64 total = 0;
    for (quint64 count : m_rejected) {
        total += count;
    }
    return total;
}

bool HeartbeatBus::readMessage()
{
    std::array<zmq::message_t, keptFrames> frames;
    std::size_t count = 0;
    bool more = true;
    while (more) {
        zmq::message_t frame;
        try {
            // The frames of a multipart message arrive atomically with its first, so only the
            // first can find none.
            if (!m_socket.recv(frame, zmq::recv_flags::dontwait)) {
                if (count == 0) {
                    return false;
                }
                break;
            }
        } catch (const zmq::error_t &e) {
            qCWarning(lcHeartbeat) << "receiving a heartbeat failed:" << e.what();
            return false;
        }
        more = frame.more();
        if (count < keptFrames) {
            frames[count] = std::move(frame);
        }
        ++count;
    }

    std::array<std::string_view, keptFrames> views;
    const std::size_t kept = std::min(count, keptFrames);
    for (std::size_t i = 0; i < kept; ++i) {
        views[i] = frames[i].to_string_view();
    }
    const auto parsed = zlauncher::parseHeartbeat(views.data(), kept);

    if (const auto *heartbeat = std::get_if<zlauncher::Heartbeat>(&parsed)) {
        ++m_accepted;
        ReceivedHeartbeat received{QString::fromLatin1(heartbeat->name), heartbeat->pid,
                                   heartbeat->sequence, std::nullopt};
        if (heartbeat->status) {
            // Invalid UTF-8 is shown with replacement characters rather than dropped: the
            // beat itself is valid, and dropping it would make a live program look hung.
            received.status = QString::fromUtf8(*heartbeat->status);
        }
        Q_EMIT heartbeatReceived(received);
    } else if (const auto *legacy = std::get_if<zlauncher::LegacyHeartbeat>(&parsed)) {
        ++m_accepted;
        Q_EMIT legacyHeartbeatReceived(QByteArray::fromStdString(legacy->token));
    } else {
        const auto reason = std::get<zlauncher::RejectReason>(parsed);
        ++m_rejected[static_cast<std::size_t>(reason)];
        Q_EMIT messageRejected(reason);
    }
    return true;
}
