// EventCatchUp, the follower's bookkeeping of docs/remote.md: every event told once and in order
// of its numbers, what a gap or a reconnection missed fetched first, a launcher run's loss or
// restart stated, never silent.
#include "core/remote/eventcatchup.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QJsonObject numbered(quint64 seq)
{
    // Second seq of the minute: a time the lost range can be read from.
    return {{u"seq"_s, static_cast<qint64>(seq)},
            {u"time"_s, u"2026-12-07T14:03:%1.000Z"_s.arg(seq % 60, 2, 10, QChar(u'0'))},
            {u"event"_s, u"state"_s},
            {u"program"_s, u"alpha"_s}};
}

/// An "events" reply of run launcherId: the events from first to last, lost ones before.
QJsonObject page(const QString &launcherId, quint64 since, quint64 first, quint64 last,
                 bool more = false)
{
    QJsonArray events;
    for (quint64 seq = first; seq <= last; ++seq) {
        events.append(numbered(seq));
    }
    return {{u"ok"_s, true},
            {u"seq"_s, static_cast<qint64>(more ? last + 10 : last)},
            {u"launcherId"_s, launcherId},
            {u"events"_s, events},
            {u"first"_s, static_cast<qint64>(first)},
            {u"lost"_s, static_cast<qint64>(first - since - 1)},
            {u"more"_s, more},
            {u"keptEvents"_s, 3}};
}

} // namespace

class TestEventCatchUp : public QObject
{
    Q_OBJECT

    QList<quint64> m_told;
    QList<quint64> m_fetches;
    QList<EventCatchUp::LostRange> m_lost;
    int m_restarts = 0;
    std::optional<EventCatchUp> m_catchUp;

    /// Told since the last call.
    QList<quint64> told() { return std::exchange(m_told, {}); }
    /// The since of the fetch asked since the last call; nullopt when none was.
    std::optional<quint64> fetched()
    {
        if (m_fetches.isEmpty()) {
            return std::nullopt;
        }
        if (m_fetches.size() > 1) {
            QTest::qFail("more than one fetch at a time", __FILE__, __LINE__);
        }
        return std::exchange(m_fetches, {}).constLast();
    }
    /// Begun at seq of run "A", the stream up and the first catch-up answered with nothing.
    void followFrom(quint64 seq)
    {
        m_catchUp->begin(u"A"_s, seq);
        m_catchUp->onStreamUp();
        QCOMPARE(fetched(), seq);
        m_catchUp->onPage(page(u"A"_s, seq, seq + 1, seq));
        QVERIFY(!m_catchUp->isCatchingUp());
    }
    void stream(std::initializer_list<quint64> seqs)
    {
        for (quint64 seq : seqs) {
            m_catchUp->onStreamEvent(numbered(seq));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_told.clear();
        m_fetches.clear();
        m_lost.clear();
        m_restarts = 0;
        m_catchUp.emplace(EventCatchUp::Callbacks{
                [this](const QJsonObject &told) {
                    m_told.append(static_cast<quint64>(told[u"seq"_s].toInteger()));
                },
                [this](quint64 since) { m_fetches.append(since); },
                [this](const EventCatchUp::LostRange &lost) { m_lost.append(lost); },
                [this] { ++m_restarts; }});
    }

    void holdsTheStreamUntilTheFirstCatchUp()
    {
        m_catchUp->begin(u"A"_s, 4);
        stream({6}); // before the handshake is known
        m_catchUp->onStreamUp();
        QCOMPARE(fetched(), quint64{4});
        stream({7});
        QCOMPARE(told(), QList<quint64>());
        m_catchUp->onPage(page(u"A"_s, 4, 5, 6));
        QCOMPARE(told(), (QList<quint64>{5, 6, 7}));
    }

    void tellsTheStreamOnceInOrder()
    {
        followFrom(0);
        stream({1, 2, 2, 3, 1});
        QCOMPARE(told(), (QList<quint64>{1, 2, 3}));
        QCOMPARE(fetched(), std::nullopt);
    }

    void fetchesAGapBeforeWhatFollows()
    {
        followFrom(0);
        stream({1, 2, 5});
        QCOMPARE(fetched(), quint64{2});
        stream({6, 7});
        QCOMPARE(told(), (QList<quint64>{1, 2}));
        m_catchUp->onPage(page(u"A"_s, 2, 3, 6));
        QCOMPARE(told(), (QList<quint64>{3, 4, 5, 6, 7}));
        QVERIFY(m_lost.isEmpty());
    }

    void aCutStreamIsCaughtUpWhenBack()
    {
        followFrom(10);
        stream({11});
        m_catchUp->onStreamDown();
        m_catchUp->retry();
        QCOMPARE(fetched(), std::nullopt); // nothing asked while the stream is down
        m_catchUp->onStreamUp();
        QCOMPARE(fetched(), quint64{11});
        stream({15, 16});
        m_catchUp->onPage(page(u"A"_s, 11, 12, 15));
        QCOMPARE(told(), (QList<quint64>{11, 12, 13, 14, 15, 16}));
        stream({17});
        QCOMPARE(told(), QList<quint64>{17});
    }

    void asksPageAfterPage()
    {
        followFrom(0);
        stream({9});
        QCOMPARE(fetched(), quint64{0});
        m_catchUp->onPage(page(u"A"_s, 0, 1, 4, true));
        QCOMPARE(fetched(), quint64{4});
        m_catchUp->onPage(page(u"A"_s, 4, 5, 8));
        QCOMPARE(told(), (QList<quint64>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void statesWhatTheLauncherNoLongerKept()
    {
        followFrom(0);
        stream({1, 2, 8});
        QCOMPARE(fetched(), quint64{2});
        m_catchUp->onPage(page(u"A"_s, 2, 6, 8));
        QCOMPARE(m_lost.size(), 1);
        QCOMPARE(m_lost.at(0).from, quint64{3});
        QCOMPARE(m_lost.at(0).to, quint64{5});
        QCOMPARE(m_lost.at(0).after.time().second(), 2);
        QCOMPARE(m_lost.at(0).before.time().second(), 6);
        QCOMPARE(m_lost.at(0).kept, 3);
        QCOMPARE(told(), (QList<quint64>{1, 2, 6, 7, 8}));
    }

    void followsARestartedLauncherFromItsFirstEvent()
    {
        followFrom(0);
        stream({1, 2, 3});
        m_catchUp->onStreamDown();
        m_catchUp->onStreamUp();
        QCOMPARE(fetched(), quint64{3});
        stream({2, 3}); // the new run's, numbered from 1 again: not told as the old one's
        m_catchUp->onPage(page(u"B"_s, 3, 4, 3));
        QCOMPARE(m_restarts, 1);
        QCOMPARE(fetched(), quint64{0});
        m_catchUp->onPage(page(u"B"_s, 0, 1, 3));
        QCOMPARE(told(), (QList<quint64>{1, 2, 3, 1, 2, 3}));
        QCOMPARE(m_catchUp->launcherId(), u"B"_s);
        stream({4});
        QCOMPARE(told(), QList<quint64>{4});
        QCOMPARE(m_restarts, 1);
    }

    void anOlderLauncherLosesTheGapSaidSo()
    {
        followFrom(0);
        stream({1, 4, 5});
        QCOMPARE(fetched(), quint64{1});
        m_catchUp->onPage(
                {{u"ok"_s, false}, {u"error"_s, u"unknown command \"events\""_s}, {u"seq"_s, 5}});
        QCOMPARE(m_lost.size(), 1);
        QCOMPARE(m_lost.at(0).from, quint64{2});
        QCOMPARE(m_lost.at(0).to, quint64{3});
        QCOMPARE(m_lost.at(0).kept, -1);
        QCOMPARE(told(), (QList<quint64>{1, 4, 5}));
    }

    void aFetchWithoutReplyIsAskedAgain()
    {
        followFrom(0);
        stream({1, 3});
        QCOMPARE(fetched(), quint64{1});
        m_catchUp->retry();
        QCOMPARE(fetched(), std::nullopt); // one on its way
        m_catchUp->onFetchFailed();
        m_catchUp->retry();
        QCOMPARE(fetched(), quint64{1});
        m_catchUp->onPage(page(u"A"_s, 1, 2, 3));
        QCOMPARE(told(), (QList<quint64>{1, 2, 3}));
    }
};

QTEST_APPLESS_MAIN(TestEventCatchUp)
#include "tst_eventcatchup.moc"
