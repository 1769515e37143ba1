// One control request over real sockets and real timers: a control endpoint nobody binds, a
// program that binds it and never answers, one that answers, one that goes away before it
// answers. A failure says which of these it was, from the REQ socket's monitor.
#include "core/zmq/controlrequest.h"
#include "core/zmq/zmqnotifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

namespace {

/// A program's control socket: a REP bound to an endpoint and read from the event loop. It
/// answers each request with `answer`, or never when that is empty.
class Responder
{
public:
    Responder(zmq::context_t &context, const QString &endpoint, const QByteArray &answer = {})
        : m_socket(context, zmq::socket_type::rep)
        , m_answer(answer)
    {
        m_socket.set(zmq::sockopt::linger, 0);
        m_socket.bind(endpoint.toStdString());
        m_notifier = std::make_unique<ZmqNotifier>(m_socket, [this] { read(); });
    }

    const QList<QByteArray> &requests() const { return m_requests; }

    /// As a program that exits: the connection closes and the endpoint is gone.
    void close()
    {
        m_notifier.reset();
        m_socket.close();
    }

private:
    void read()
    {
        zmq::message_t request;
        if (!m_socket.recv(request, zmq::recv_flags::dontwait)) {
            return;
        }
        m_requests.append(QByteArray(static_cast<const char *>(request.data()),
                                     static_cast<qsizetype>(request.size())));
        if (!m_answer.isEmpty()) {
            m_socket.send(zmq::buffer(m_answer.constData(), static_cast<size_t>(m_answer.size())),
                          zmq::send_flags::dontwait);
            m_notifier->recheck();
        }
    }

    zmq::socket_t m_socket;
    std::unique_ptr<ZmqNotifier> m_notifier;
    QByteArray m_answer;
    QList<QByteArray> m_requests;
};

constexpr int timeoutMs = 300;
/// Far longer than any of the exchanges here takes, even on a loaded machine.
constexpr int patienceMs = 10000;

QString neverConnected(int timeout, const QString &endpoint)
{
    return u"no reply within %1 ms: its control endpoint %2 was never connected (the program has "
           u"not bound it; does it read $ZLAUNCHER_CONTROL?)"_s.arg(timeout)
                   .arg(endpoint);
}

} // namespace

class TestControlRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void endpointNobodyBound();
    void boundButNeverAnswers();
    void answered();
    void abandonAfterTheReplyStillDelivers();
    void abandonBeforeAnyReplyIsSilent();
    void programGoesAwayBeforeAnswering();
    void twoHundredAtOnce();
    void withoutItsMonitorTheRequestStillGoes();

private:
    QString endpoint(const QString &name) const
    {
        return u"ipc://"_s + m_dir->filePath(name + u".ctl"_s);
    }
    ControlRequest *request(const QString &endpoint, const QByteArray &body = "ping",
                            int timeout = timeoutMs)
    {
        m_requests.push_back(std::make_unique<ControlRequest>(m_context, endpoint, body, timeout));
        return m_requests.back().get();
    }

    zmq::context_t m_context;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<Responder>> m_responders;
    std::vector<std::unique_ptr<ControlRequest>> m_requests;
};

void TestControlRequest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestControlRequest::cleanup()
{
    // Sockets before the context, and before their endpoints' directory.
    m_requests.clear();
    m_responders.clear();
    m_dir.reset();
}

void TestControlRequest::endpointNobodyBound()
{
    const QString target = endpoint(u"client1"_s);
    ControlRequest *stop = request(target, "stop");
    QSignalSpy replied(stop, &ControlRequest::replied);
    QSignalSpy failed(stop, &ControlRequest::failed);
    QElapsedTimer elapsed;
    elapsed.start();
    stop->send();
    QVERIFY(failed.wait(patienceMs));
    QVERIFY2(elapsed.elapsed() >= timeoutMs, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), neverConnected(timeoutMs, target));
    QVERIFY(!stop->wasConnected());
    QCOMPARE(replied.count(), 0);
}

void TestControlRequest::boundButNeverAnswers()
{
    const QString target = endpoint(u"deaf"_s);
    auto &deaf = m_responders.emplace_back(std::make_unique<Responder>(m_context, target));
    ControlRequest *ping = request(target);
    QSignalSpy replied(ping, &ControlRequest::replied);
    QSignalSpy failed(ping, &ControlRequest::failed);
    ping->send();
    QVERIFY(failed.wait(patienceMs));
    QCOMPARE(failed.at(0).at(0).toString(),
             u"no reply within %1 ms (connected to %2, the program did not answer)"_s.arg(timeoutMs)
                     .arg(target));
    QVERIFY(ping->wasConnected());
    QCOMPARE(deaf->requests(), QList<QByteArray>{"ping"});
    QCOMPARE(replied.count(), 0);
}

void TestControlRequest::answered()
{
    const QString target = endpoint(u"client1"_s);
    auto &program = m_responders.emplace_back(
            std::make_unique<Responder>(m_context, target, "pong 412 ticks sent"));
    ControlRequest *ping = request(target);
    QSignalSpy replied(ping, &ControlRequest::replied);
    QSignalSpy failed(ping, &ControlRequest::failed);
    ping->send();
    QVERIFY(replied.wait(patienceMs));
    QCOMPARE(replied.count(), 1);
    QCOMPARE(replied.at(0).at(0).toByteArray(), "pong 412 ticks sent");
    QVERIFY(replied.at(0).at(1).toLongLong() > 0);
    QVERIFY(ping->wasConnected());
    QCOMPARE(program->requests(), QList<QByteArray>{"ping"});
    // The timeout was stopped with the reply.
    QVERIFY(!failed.wait(timeoutMs + 200));
    QCOMPARE(replied.count(), 1);
}

void TestControlRequest::abandonAfterTheReplyStillDelivers()
{
    // inproc, in this context: a message sent is in the peer's queue when send() returns, so
    // the reply is there before the event loop could read it, without waiting for anything.
    const QString target = u"inproc://tst-controlrequest-abandon"_s;
    zmq::socket_t program(m_context, zmq::socket_type::rep);
    program.set(zmq::sockopt::linger, 0);
    program.bind(target.toStdString());
    ControlRequest *stop = request(target, "stop");
    QSignalSpy replied(stop, &ControlRequest::replied);
    QSignalSpy failed(stop, &ControlRequest::failed);
    stop->send();
    zmq::message_t received;
    QVERIFY(program.recv(received, zmq::recv_flags::dontwait));
    QCOMPARE(QByteArray::fromStdString(received.to_string()), "stop");
    QVERIFY(program.send(zmq::str_buffer("ok"), zmq::send_flags::dontwait));
    QCOMPARE(replied.count(), 0);

    stop->abandon();
    QCOMPARE(replied.count(), 1);
    QCOMPARE(replied.at(0).at(0).toByteArray(), "ok");
    QVERIFY(stop->wasConnected());
    QVERIFY(!failed.wait(timeoutMs + 200));
    QCOMPARE(replied.count(), 1);
}

void TestControlRequest::abandonBeforeAnyReplyIsSilent()
{
    const QString target = endpoint(u"slow"_s);
    auto &slow = m_responders.emplace_back(std::make_unique<Responder>(m_context, target));
    ControlRequest *stop = request(target, "stop");
    QSignalSpy replied(stop, &ControlRequest::replied);
    QSignalSpy failed(stop, &ControlRequest::failed);
    stop->send();
    QTRY_COMPARE_WITH_TIMEOUT(slow->requests().size(), 1, patienceMs);
    stop->abandon();
    QVERIFY(!failed.wait(timeoutMs + 200));
    QCOMPARE(replied.count(), 0);
}

void TestControlRequest::programGoesAwayBeforeAnswering()
{
    const QString target = endpoint(u"client2"_s);
    auto &program = m_responders.emplace_back(std::make_unique<Responder>(m_context, target));
    ControlRequest *stop = request(target, "stop", 500);
    QSignalSpy replied(stop, &ControlRequest::replied);
    QSignalSpy failed(stop, &ControlRequest::failed);
    stop->send();
    QTRY_COMPARE_WITH_TIMEOUT(program->requests(), QList<QByteArray>{"stop"}, patienceMs);
    QTRY_VERIFY_WITH_TIMEOUT(stop->wasConnected(), patienceMs);
    QCOMPARE(failed.count(), 0);
    program->close();
    QVERIFY(failed.wait(patienceMs));
    QCOMPARE(failed.at(0).at(0).toString(),
             u"no reply within 500 ms: connected to %1, but the connection closed before the "
             u"answer (the program went away: it exited or closed its control socket)"_s.arg(
                     target));
    QVERIFY(stop->wasConnected());
    QCOMPARE(replied.count(), 0);
}

void TestControlRequest::twoHundredAtOnce()
{
    // A stop of 200 programs at once: 100 that answer (on one endpoint) and 100 that never
    // bound theirs. Each request has its REQ and its monitor.
    constexpr int each = 100;
    const QString bound = endpoint(u"fine"_s);
    m_responders.push_back(std::make_unique<Responder>(m_context, bound, "ok"));
    QList<ControlRequest *> answering;
    QList<ControlRequest *> unbound;
    int replies = 0;
    QStringList failures;
    for (int i = 0; i < each; ++i) {
        answering.append(request(bound, "stop", 5000));
        unbound.append(request(endpoint(u"absent%1"_s.arg(i)), "stop"));
    }
    for (ControlRequest *stop : std::as_const(answering)) {
        connect(stop, &ControlRequest::replied, this, [&replies] { ++replies; });
        connect(stop, &ControlRequest::failed, this,
                [&failures](const QString &reason) { failures.append(reason); });
    }
    QStringList unboundFailures;
    for (ControlRequest *stop : std::as_const(unbound)) {
        connect(stop, &ControlRequest::failed, this,
                [&unboundFailures](const QString &reason) { unboundFailures.append(reason); });
    }
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < each; ++i) {
        answering.at(i)->send();
        unbound.at(i)->send();
    }
    qInfo("200 requests with their monitors sent in %lld ms", elapsed.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(replies, each, patienceMs);
    QTRY_COMPARE_WITH_TIMEOUT(unboundFailures.size(), each, patienceMs);
    qInfo("all answered or failed after %lld ms", elapsed.elapsed());
    QCOMPARE(failures, QStringList());
    for (int i = 0; i < each; ++i) {
        QVERIFY(answering.at(i)->wasConnected());
        QVERIFY(!unbound.at(i)->wasConnected());
    }
    for (const QString &reason : std::as_const(unboundFailures)) {
        QVERIFY2(reason.contains(u"was never connected"_s), qPrintable(reason));
    }
    m_requests.clear(); // before the lambdas' captures go
}

void TestControlRequest::withoutItsMonitorTheRequestStillGoes()
{
    // A context with room for one socket: the REQ gets it, its monitor gets none.
    const QString target = endpoint(u"client1"_s);
    m_responders.push_back(std::make_unique<Responder>(m_context, target, "ok"));
    {
        zmq::context_t crowded;
        crowded.set(zmq::ctxopt::max_sockets, 1);
        ControlRequest stop(crowded, target, "stop", timeoutMs);
        QSignalSpy replied(&stop, &ControlRequest::replied);
        stop.send();
        QVERIFY(replied.wait(patienceMs));
        QCOMPARE(replied.at(0).at(0).toByteArray(), "ok");
        QVERIFY(stop.wasConnected());
    }
    {
        zmq::context_t crowded;
        crowded.set(zmq::ctxopt::max_sockets, 1);
        const QString nobody = endpoint(u"nobody"_s);
        ControlRequest stop(crowded, nobody, "stop", timeoutMs);
        QSignalSpy failed(&stop, &ControlRequest::failed);
        stop.send();
        QVERIFY(failed.wait(patienceMs));
        QCOMPARE(failed.at(0).at(0).toString(),
                 u"no reply within %1 ms from %2 (whether it connected is unknown: its connection "
                 u"could not be watched: %3)"_s.arg(timeoutMs)
                         .arg(nobody, QString::fromLocal8Bit(zmq_strerror(EMFILE))));
        QVERIFY(!stop.wasConnected());
    }
}

QTEST_GUILESS_MAIN(TestControlRequest)
#include "tst_controlrequest.moc"
