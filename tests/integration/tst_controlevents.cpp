// The "events" request (docs/control.md): the launcher's kept events again, each as the stream
// carried it, a page at a time; what is no longer kept said so; every reply names the run.
#include "controlfixture.h"

#include "core/remote/eventpublisher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestControlEvents : public ControlFixture
{
    Q_OBJECT

    QJsonObject eventsSince(qint64 since)
    {
        return ask({{u"command"_s, u"events"_s}, {u"since"_s, since}});
    }
    void emitEvents(int count, const QString &text = u"an event"_s)
    {
        for (int i = 0; i < count; ++i) {
            m_supervisor->emitEvent(EventKind::Control, Severity::Info, text);
        }
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void givesTheStreamsOwnJson()
    {
        openServer();
        EventPublisher publisher(m_supervisor.get());
        QString error;
        const QString endpoint = u"ipc://%1/events-test"_s.arg(m_env->runtimeDir().path());
        QVERIFY2(publisher.bind(endpoint, &error), qPrintable(error));
        zmq::socket_t subscriber(m_zmq, zmq::socket_type::sub);
        subscriber.set(zmq::sockopt::subscribe, "");
        subscriber.connect(endpoint.toStdString());
        // A subscription takes effect a moment after connecting: events until one arrives.
        QList<QByteArray> frames;
        const auto receive = [&] {
            zmq::message_t frame;
            while (subscriber.recv(frame, zmq::recv_flags::dontwait)) {
                frames.append(QByteArray(static_cast<const char *>(frame.data()),
                                         static_cast<qsizetype>(frame.size())));
            }
            return !frames.isEmpty();
        };
        QVERIFY(QTest::qWaitFor(
                [&] {
                    emitEvents(1);
                    return receive();
                },
                eventuallyMs));
        emitEvents(5, u"five more"_s);
        QVERIFY(QTest::qWaitFor([&] { return receive() && frames.size() >= 6; }, eventuallyMs));

        const quint64 first = QJsonDocument::fromJson(frames.constFirst())[u"seq"].toInteger();
        const QJsonObject reply = eventsSince(static_cast<qint64>(first) - 1);
        QVERIFY2(reply[u"ok"].toBool(), qPrintable(reply[u"error"].toString()));
        const QJsonArray events = reply[u"events"].toArray();
        QCOMPARE(events.size(), frames.size());
        for (qsizetype i = 0; i < frames.size(); ++i) {
            QCOMPARE(QJsonDocument(events.at(i).toObject()).toJson(QJsonDocument::Compact),
                     frames.at(i));
        }
        QCOMPARE(reply[u"first"].toInteger(), static_cast<qint64>(first));
        QCOMPARE(reply[u"lost"].toInteger(), 0);
        QCOMPARE(reply[u"more"].toBool(), false);
        QCOMPARE(reply[u"seq"].toInteger(), static_cast<qint64>(m_supervisor->lastEventNumber()));
        QCOMPARE(reply[u"keptEvents"].toInt(), 10000);
    }

    void saysWhatIsNoLongerKept()
    {
        openServer();
        m_supervisor->setKeptEvents(3);
        emitEvents(10);
        const qint64 last = static_cast<qint64>(m_supervisor->lastEventNumber());
        QJsonObject reply = eventsSince(last - 6);
        QVERIFY2(reply[u"ok"].toBool(), qPrintable(reply[u"error"].toString()));
        QCOMPARE(reply[u"first"].toInteger(), last - 2);
        QCOMPARE(reply[u"lost"].toInteger(), 3);
        QCOMPARE(reply[u"events"].toArray().size(), 3);
        QCOMPARE(reply[u"events"].toArray().at(0)[u"seq"].toInteger(), last - 2);
        QCOMPARE(reply[u"keptEvents"].toInt(), 3);

        reply = eventsSince(last);
        QCOMPARE(reply[u"events"].toArray().size(), 0);
        QCOMPARE(reply[u"lost"].toInteger(), 0);

        m_supervisor->setKeptEvents(0);
        emitEvents(2);
        reply = eventsSince(last);
        QCOMPARE(reply[u"events"].toArray().size(), 0);
        QCOMPARE(reply[u"lost"].toInteger(), 2);
        QCOMPARE(reply[u"first"].toInteger(), last + 3);
    }

    void aFarFollowerGetsPages()
    {
        openServer();
        const qint64 from = static_cast<qint64>(m_supervisor->lastEventNumber());
        // Six events of 100 KiB: more than one reply carries.
        emitEvents(6, QString(100 * 1024, u'x'));
        const qint64 last = static_cast<qint64>(m_supervisor->lastEventNumber());
        qint64 since = from;
        int pages = 0;
        QList<qint64> seqs;
        for (bool more = true; more; ++pages) {
            const QJsonObject reply = eventsSince(since);
            QVERIFY2(reply[u"ok"].toBool(), qPrintable(reply[u"error"].toString()));
            for (const QJsonValue &event : reply[u"events"].toArray()) {
                seqs.append(event[u"seq"].toInteger());
            }
            QVERIFY(!seqs.isEmpty());
            since = seqs.constLast();
            more = reply[u"more"].toBool();
        }
        QVERIFY(pages >= 3);
        QList<qint64> expected;
        for (qint64 seq = from + 1; seq <= last; ++seq) {
            expected.append(seq);
        }
        QCOMPARE(seqs, expected);
    }

    void refusesANumberItNeverGave()
    {
        openServer();
        emitEvents(2);
        const qint64 last = static_cast<qint64>(m_supervisor->lastEventNumber());
        QJsonObject reply = eventsSince(last + 5);
        QCOMPARE(reply[u"ok"].toBool(), false);
        QVERIFY2(reply[u"error"].toString().contains(u"started again"_s),
                 qPrintable(reply[u"error"].toString()));
        reply = ask({{u"command"_s, u"events"_s}});
        QCOMPARE(reply[u"ok"].toBool(), false);
        QVERIFY2(reply[u"error"].toString().contains(u"\"since\""_s),
                 qPrintable(reply[u"error"].toString()));
        reply = ask({{u"command"_s, u"events"_s}, {u"since"_s, -1}});
        QCOMPARE(reply[u"ok"].toBool(), false);
    }

    void everyReplyNamesTheRun()
    {
        openServer();
        const QString id = m_supervisor->eventHistory().launcherId();
        QCOMPARE(id.size(), 32);
        for (const QJsonObject &request :
             {QJsonObject{{u"command"_s, u"info"_s}}, QJsonObject{{u"command"_s, u"list"_s}},
              QJsonObject{{u"command"_s, u"nonsense"_s}},
              QJsonObject{{u"command"_s, u"events"_s}, {u"since"_s, 0}}}) {
            QCOMPARE(ask(request)[u"launcherId"].toString(), id);
        }
    }
};

QTEST_GUILESS_MAIN(TestControlEvents)
#include "tst_controlevents.moc"
