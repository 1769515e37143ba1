// The event log's rows: bounded to its capacity, oldest dropped first, bursts inserted and
// removed as one range each, and clear(); modelTester does all of it under
// QAbstractItemModelTester.
#include "eventlogfixture.h"

#include "gui/models/eventlogfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestEventLogRows : public EventLogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void oldestDropped_data();
    void oldestDropped();
    void burstIsOneRange();
    void clear();
};

void TestEventLogRows::modelTester()
{
    EventLogModel model(nullptr, 5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // One event per flush, past the capacity: a one-row removal before each insertion.
    for (int i = 1; i <= 7; ++i) {
        model.append(info(u"one %1"_s.arg(i)));
        QTRY_COMPARE(lastMessage(model), u"one %1"_s.arg(i));
    }
    QCOMPARE(model.rowCount(), 5);
    // A burst smaller than the capacity: several rows removed as one range.
    for (int i = 1; i <= 3; ++i) {
        model.append(info(u"two %1"_s.arg(i)));
    }
    QTRY_COMPARE(lastMessage(model), u"two 3"_s);
    QCOMPARE(messages(model),
             QStringList({u"one 6"_s, u"one 7"_s, u"two 1"_s, u"two 2"_s, u"two 3"_s}));
    // A burst larger than the capacity: every row replaced.
    for (int i = 1; i <= 8; ++i) {
        model.append(info(u"three %1"_s.arg(i)));
    }
    QTRY_COMPARE(lastMessage(model), u"three 8"_s);
    QCOMPARE(messages(model),
             QStringList({u"three 4"_s, u"three 5"_s, u"three 6"_s, u"three 7"_s, u"three 8"_s}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.append(info(u"after clear"_s));
    QTRY_COMPARE(model.rowCount(), 1);
}

void TestEventLogRows::oldestDropped_data()
{
    QTest::addColumn<bool>("oneByOne");
    QTest::addRow("one flush per event") << true;
    QTest::addRow("one burst") << false;
}

void TestEventLogRows::oldestDropped()
{
    QFETCH(bool, oneByOne);
    EventLogModel model(nullptr, 5);
    for (int i = 1; i <= 7; ++i) {
        model.append(info(u"event %1"_s.arg(i)));
        if (oneByOne) {
            QTRY_COMPARE(lastMessage(model), u"event %1"_s.arg(i));
        }
    }
    QTRY_COMPARE(lastMessage(model), u"event 7"_s);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.event(0).message, u"event 3"_s);
    QCOMPARE(model.event(4).message, u"event 7"_s);
}

void TestEventLogRows::burstIsOneRange()
{
    EventLogModel model(nullptr);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const int capacity = model.capacity();
    for (int i = 1; i <= 30000; ++i) {
        model.append(heartbeat(u"flood"_s, u"beat %1"_s.arg(i)));
    }
    QTRY_COMPARE(model.rowCount(), capacity);
    QCOMPARE(lastMessage(model), u"beat 30000"_s);
    QCOMPARE(model.event(0).message, u"beat 10001"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(proxy.rowCount(), 0); // heartbeats hidden

    // Into a full model: the overflow leaves as one range before the burst comes in as one.
    QStringList order;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, &model,
            [&order] { order.append(u"remove"_s); });
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &model,
            [&order] { order.append(u"insert"_s); });
    for (int i = 30001; i <= 35000; ++i) {
        model.append(heartbeat(u"flood"_s, u"beat %1"_s.arg(i)));
    }
    QTRY_COMPARE(lastMessage(model), u"beat 35000"_s);
    QCOMPARE(order, QStringList({u"remove"_s, u"insert"_s}));
    QCOMPARE(model.rowCount(), capacity);
    QCOMPARE(model.event(0).message, u"beat 15001"_s);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 4999);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), capacity - 5000);
    QCOMPARE(inserted.at(1).at(2).toInt(), capacity - 1);
}

void TestEventLogRows::clear()
{
    EventLogModel model(nullptr, 5);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.append(info(u"shown"_s));
    QTRY_COMPARE(model.rowCount(), 1);
    model.append(info(u"queued"_s)); // not yet a row: clear() drops it too

    model.clear();
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    model.append(info(u"fresh"_s));
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.event(0).message, u"fresh"_s);
}

QTEST_MAIN(TestEventLogRows)
#include "tst_eventlogrows.moc"
