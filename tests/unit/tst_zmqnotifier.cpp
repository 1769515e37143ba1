// ZMQ_FD is edge-triggered: a notifier that reads one message per activation loses the rest.
// These tests send thousands of messages in one burst and count every one of them.
#include "core/zmq/zmqnotifier.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

class TestZmqNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void burstQueuedBeforeTheNotifier_data() { readModes(); }
    void burstQueuedBeforeTheNotifier();
    void burstWhileWatching_data() { readModes(); }
    void burstWhileWatching();
    void batchLimitLetsTheEventLoopBreathe_data() { readModes(); }
    void batchLimitLetsTheEventLoopBreathe();
    void recheckAfterSend();
    void coalescingLosesNothing();
    void coalescingHoldsReadsUntilTheWindowEnds();

private:
    std::string endpoint() const { return "ipc://" + m_dir->filePath(u"sock"_s).toStdString(); }
    void sendBurst(zmq::socket_t &socket, int count);
    /// Each test runs with readMessage called when ZMQ_EVENTS says a message waits, and with
    /// TryRead (ZMQ_EVENTS read only when a read finds nothing).
    static void readModes();
    /// A notifier in the current row's mode; tryRead receives one message if there is one.
    std::unique_ptr<ZmqNotifier> watch(zmq::socket_t &socket, std::function<bool()> tryRead);
    /// Reads that found nothing; readMessage never should.
    int m_emptyReads = 0;
    /// A PULL bound and a PUSH connected to it, with no high-water mark: nothing is dropped.
    std::pair<zmq::socket_t, zmq::socket_t> connectedPipeline();

    zmq::context_t m_context;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestZmqNotifier::readModes()
{
    QTest::addColumn<bool>("untilEmpty");
    QTest::newRow("readMessage") << false;
    QTest::newRow("TryRead") << true;
}

std::unique_ptr<ZmqNotifier> TestZmqNotifier::watch(zmq::socket_t &socket,
                                                    std::function<bool()> tryRead)
{
    QFETCH(bool, untilEmpty);
    if (untilEmpty) {
        return std::make_unique<ZmqNotifier>(socket, ZmqNotifier::TryRead{tryRead});
    }
    return std::make_unique<ZmqNotifier>(socket, [this, tryRead] {
        if (!tryRead()) {
            ++m_emptyReads;
        }
    });
}

void TestZmqNotifier::init()
{
    m_emptyReads = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestZmqNotifier::cleanup()
{
    m_dir.reset();
}

void TestZmqNotifier::sendBurst(zmq::socket_t &socket, int count)
{
    for (int i = 0; i < count; ++i) {
        const std::string body = std::to_string(i);
        QVERIFY(socket.send(zmq::buffer(body), zmq::send_flags::none));
    }
}

std::pair<zmq::socket_t, zmq::socket_t> TestZmqNotifier::connectedPipeline()
{
    zmq::socket_t pull(m_context, zmq::socket_type::pull);
    pull.set(zmq::sockopt::rcvhwm, 0);
    pull.bind(endpoint());
    zmq::socket_t push(m_context, zmq::socket_type::push);
    push.set(zmq::sockopt::sndhwm, 0);
    push.connect(endpoint());
    return {std::move(pull), std::move(push)};
}

void TestZmqNotifier::burstQueuedBeforeTheNotifier()
{
    auto [pull, push] = connectedPipeline();
    constexpr int count = 5000;
    sendBurst(push, count);

    int received = 0;
    int expected = 0;
    bool inOrder = true;
    const auto notifier = watch(pull, [&] {
        zmq::message_t message;
        if (!pull.recv(message, zmq::recv_flags::dontwait)) {
            return false;
        }
        inOrder = inOrder && message.to_string() == std::to_string(expected++);
        ++received;
        return true;
    });
    QTRY_COMPARE_WITH_TIMEOUT(received, count, 10000);
    QVERIFY(inOrder);
    QCOMPARE(m_emptyReads, 0);
}

void TestZmqNotifier::burstWhileWatching()
{
    zmq::socket_t pull(m_context, zmq::socket_type::pull);
    pull.set(zmq::sockopt::rcvhwm, 0);
    pull.bind(endpoint());
    int received = 0;
    const auto notifier = watch(pull, [&] {
        zmq::message_t message;
        if (!pull.recv(message, zmq::recv_flags::dontwait)) {
            return false;
        }
        ++received;
        return true;
    });
    zmq::socket_t push(m_context, zmq::socket_type::push);
    push.set(zmq::sockopt::sndhwm, 0);
    push.connect(endpoint());
    constexpr int bursts = 4;
    constexpr int perBurst = 3000;
    for (int burst = 1; burst <= bursts; ++burst) {
        sendBurst(push, perBurst);
        QTRY_COMPARE_WITH_TIMEOUT(received, burst * perBurst, 10000);
    }
    QCOMPARE(m_emptyReads, 0);
}

void TestZmqNotifier::batchLimitLetsTheEventLoopBreathe()
{
    auto [pull, push] = connectedPipeline();
    constexpr int count = 2000;
    sendBurst(push, count);

    int received = 0;
    int receivedWhenTimerFired = -1;
    const auto notifier = watch(pull, [&] {
        zmq::message_t message;
        if (!pull.recv(message, zmq::recv_flags::dontwait)) {
            return false;
        }
        ++received;
        return true;
    });
    notifier->setBatchLimit(100);
    QTimer::singleShot(0, this, [&] { receivedWhenTimerFired = received; });
    QTRY_COMPARE_WITH_TIMEOUT(received, count, 10000);
    QVERIFY2(receivedWhenTimerFired >= 0 && receivedWhenTimerFired < count,
             "a zero-delay timer should run between two batches of a burst");
}

void TestZmqNotifier::recheckAfterSend()
{
    // A DEALER that sends and receives on the same socket: the reply's edge can be consumed
    // by the send, so the owner calls recheck() after sending.
    zmq::socket_t router(m_context, zmq::socket_type::router);
    router.bind(endpoint());
    zmq::socket_t dealer(m_context, zmq::socket_type::dealer);
    dealer.connect(endpoint());

    int replies = 0;
    ZmqNotifier notifier(dealer, [&] {
        zmq::message_t message;
        if (dealer.recv(message, zmq::recv_flags::dontwait)) {
            ++replies;
        }
    });
    constexpr int rounds = 20;
    for (int i = 0; i < rounds; ++i) {
        QVERIFY(dealer.send(zmq::str_buffer("ping"), zmq::send_flags::none));
        notifier.recheck();
        zmq::message_t identity;
        zmq::message_t body;
        QVERIFY(router.recv(identity));
        QVERIFY(router.recv(body));
        QVERIFY(router.send(identity, zmq::send_flags::sndmore));
        QVERIFY(router.send(zmq::str_buffer("pong"), zmq::send_flags::none));
        // Each reply must be read before the next request: only the notifier can do it.
        QTRY_COMPARE_WITH_TIMEOUT(replies, i + 1, 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(replies, rounds, 10000);
}

void TestZmqNotifier::coalescingLosesNothing()
{
    // A message every millisecond, read through a 40 ms window: every message arrives, in
    // order; once the stream stops, a window that brings nothing ends the hold, and a message
    // after that is read (the descriptor's edge was re-armed). That reads are held at all is
    // coalescingHoldsReadsUntilTheWindowEnds's to show, without timing.
    auto [pull, push] = connectedPipeline();
    constexpr int count = 300;
    int received = 0;
    bool inOrder = true;
    ZmqNotifier notifier(pull, ZmqNotifier::TryRead{[&] {
                             zmq::message_t message;
                             if (!pull.recv(message, zmq::recv_flags::dontwait)) {
                                 return false;
                             }
                             inOrder = inOrder && message.to_string() == std::to_string(received);
                             ++received;
                             return true;
                         }});
    notifier.setCoalescingWindow(std::chrono::milliseconds(40));
    int sent = 0;
    QTimer sender;
    sender.setTimerType(Qt::PreciseTimer);
    connect(&sender, &QTimer::timeout, this, [&] {
        const std::string body = std::to_string(sent++);
        QVERIFY(push.send(zmq::buffer(body), zmq::send_flags::none));
        if (sent == count) {
            sender.stop();
        }
    });
    sender.start(1);
    QTRY_COMPARE_WITH_TIMEOUT(received, count, 60000);
    QVERIFY(inOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!notifier.isHolding(), 10000);
    const std::string after = std::to_string(count);
    QVERIFY(push.send(zmq::buffer(after), zmq::send_flags::none));
    QTRY_COMPARE_WITH_TIMEOUT(received, count + 1, 10000);
    QVERIFY(inOrder);
}

void TestZmqNotifier::coalescingHoldsReadsUntilTheWindowEnds()
{
    auto [pull, push] = connectedPipeline();
    int received = 0;
    ZmqNotifier notifier(pull, ZmqNotifier::TryRead{[&] {
                             zmq::message_t message;
                             if (!pull.recv(message, zmq::recv_flags::dontwait)) {
                                 return false;
                             }
                             ++received;
                             return true;
                         }});
    notifier.setCoalescingWindow(std::chrono::minutes(10));
    QVERIFY(push.send(zmq::str_buffer("first"), zmq::send_flags::none));
    QTRY_COMPARE_WITH_TIMEOUT(received, 1, 10000);
    QVERIFY(notifier.isHolding());

    // The second message is queued (ZMQ_EVENTS says so), and the event loop runs: the hold
    // keeps it there.
    QVERIFY(push.send(zmq::str_buffer("second"), zmq::send_flags::none));
    QTRY_VERIFY_WITH_TIMEOUT((pull.get(zmq::sockopt::events) & ZMQ_POLLIN) != 0, 10000);
    for (int turn = 0; turn < 100; ++turn) {
        QCoreApplication::processEvents();
    }
    QCOMPARE(received, 1);
    // A read asked for now (a deadline about to be judged) does not wait for the window.
    notifier.readNow();
    QCOMPARE(received, 2);
    QVERIFY(notifier.isHolding());
}

QTEST_GUILESS_MAIN(TestZmqNotifier)
#include "tst_zmqnotifier.moc"
