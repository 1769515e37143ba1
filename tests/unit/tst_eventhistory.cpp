// EventHistory: the last events of a launcher run, bounded in count and in bytes, given again a
// page at a time (docs/control.md, "events").
#include "core/model/eventhistory.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray json(quint64 seq, qsizetype size = 20)
{
    QByteArray text = "{\"seq\":" + QByteArray::number(seq) + ",\"x\":\"";
    text += QByteArray(std::max<qsizetype>(0, size - text.size() - 2), 'x');
    return text + "\"}";
}

QList<QByteArray> jsons(quint64 first, quint64 last)
{
    QList<QByteArray> all;
    for (quint64 seq = first; seq <= last; ++seq) {
        all.append(json(seq));
    }
    return all;
}

} // namespace

class TestEventHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheLastOnesUpToItsCapacity()
    {
        EventHistory history;
        history.setCapacity(3);
        QCOMPARE(history.firstSeq(), quint64{0});
        QCOMPARE(history.lastSeq(), quint64{0});
        for (quint64 seq = 1; seq <= 5; ++seq) {
            history.append(seq, json(seq));
        }
        QCOMPARE(history.firstSeq(), quint64{3});
        QCOMPARE(history.lastSeq(), quint64{5});
        QCOMPARE(history.json(2), QByteArray());
        QCOMPARE(history.json(4), json(4));
        QCOMPARE(history.since(0, 1 << 20), jsons(3, 5));
        QCOMPARE(history.since(3, 1 << 20), jsons(4, 5));
        QCOMPARE(history.since(5, 1 << 20), QList<QByteArray>());
        history.setCapacity(1);
        QCOMPARE(history.since(0, 1 << 20), jsons(5, 5));
        history.setCapacity(0);
        QCOMPARE(history.size(), 0);
        QCOMPARE(history.bytes(), 0);
    }

    void keepsNoMoreThanItsByteBudget()
    {
        EventHistory history;
        const qsizetype size = 64 * 1024;
        const qsizetype fit = EventHistory::byteBudget / size;
        for (quint64 seq = 1; seq <= static_cast<quint64>(fit) + 10; ++seq) {
            history.append(seq, json(seq, size));
        }
        QCOMPARE(history.size(), fit);
        QCOMPARE(history.bytes(), fit * size);
        QCOMPARE(history.firstSeq(), quint64{11});
    }

    void givesAPageOfAtMostTheBytesAsked()
    {
        EventHistory history;
        for (quint64 seq = 1; seq <= 10; ++seq) {
            history.append(seq, json(seq, 100));
        }
        QCOMPARE(history.since(2, 350).size(), 3);
        QCOMPARE(history.since(2, 350).constFirst(), json(3, 100));
        // One at least, however large, so that a reader moves on.
        QCOMPARE(history.since(2, 10).size(), 1);
    }

    void aNumberOutOfOrderStartsAgain()
    {
        EventHistory history;
        history.append(1, json(1));
        history.append(2, json(2));
        history.append(7, json(7));
        QCOMPARE(history.firstSeq(), quint64{7});
        QCOMPARE(history.size(), 1);
    }

    void eachRunHasItsOwnId()
    {
        const EventHistory one;
        const EventHistory other;
        QCOMPARE(one.launcherId().size(), 32);
        QVERIFY(one.launcherId() != other.launcherId());
    }
};

QTEST_APPLESS_MAIN(TestEventHistory)
#include "tst_eventhistory.moc"
