// The event log's filter (EventLogFilterModel): heartbeats hidden by default, kinds and one
// program shown or hidden, alone and together; proxyTester does it under
// QAbstractItemModelTester while rows come and go. And the Details dock's (ProgramEventsModel):
// one program of one host, newest first, without heartbeats.
#include "eventlogfixture.h"

#include "gui/models/eventlogfiltermodel.h"
#include "gui/models/programeventsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestEventLogFilters : public EventLogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void proxyTester();
    void heartbeatsHiddenByDefault();
    void programFilter();
    void combinedFilters();
    void programEventsAreOneHostsProgramNewestFirst();
};

void TestEventLogFilters::proxyTester()
{
    EventLogModel model(nullptr, 5);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    for (int i = 1; i <= 7; ++i) {
        model.append(
                i % 2 == 0 ? heartbeat(u"client1"_s, u"beat %1"_s.arg(i))
                           : info(u"state %1"_s.arg(i), i % 3 == 0 ? u"client2"_s : u"client1"_s));
        QTRY_COMPARE(lastMessage(model), i % 2 == 0 ? u"beat %1"_s.arg(i) : u"state %1"_s.arg(i));
    }
    // Source: state 3 (client2), beat 4, state 5, beat 6, state 7.
    QCOMPARE(messages(proxy), QStringList({u"state 3"_s, u"state 5"_s, u"state 7"_s}));
    proxy.setKindVisible(EventKind::Heartbeat, true);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setProgramFilter(u"client2"_s);
    QCOMPARE(messages(proxy), QStringList({u"state 3"_s}));
    proxy.setProgramFilter(u"client1"_s);
    QCOMPARE(messages(proxy), QStringList({u"beat 4"_s, u"state 5"_s, u"beat 6"_s, u"state 7"_s}));
    // Overflow while filtered: "state 3" (hidden) and "beat 4" leave the source.
    for (int i = 8; i <= 9; ++i) {
        model.append(info(u"state %1"_s.arg(i)));
    }
    QTRY_COMPARE(lastMessage(proxy), u"state 9"_s);
    QCOMPARE(messages(proxy),
             QStringList({u"state 5"_s, u"beat 6"_s, u"state 7"_s, u"state 8"_s, u"state 9"_s}));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEventLogFilters::heartbeatsHiddenByDefault()
{
    EventLogModel model(nullptr);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    QVERIFY(!proxy.isKindVisible(EventKind::Heartbeat));
    QVERIFY(proxy.isKindVisible(EventKind::State));
    model.append(info(u"running"_s));
    model.append(heartbeat(u"client1"_s, u"beat"_s));
    model.append(info(u"lost"_s));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(messages(proxy), QStringList({u"running"_s, u"lost"_s}));

    proxy.setKindVisible(EventKind::Heartbeat, true);
    QVERIFY(proxy.isKindVisible(EventKind::Heartbeat));
    QCOMPARE(messages(proxy), QStringList({u"running"_s, u"beat"_s, u"lost"_s}));
    proxy.setKindVisible(EventKind::State, false);
    QCOMPARE(messages(proxy), QStringList({u"beat"_s}));
    proxy.setKindVisible(EventKind::Heartbeat, false);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestEventLogFilters::programFilter()
{
    EventLogModel model(nullptr);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    model.append(info(u"a1"_s, u"alpha"_s));
    model.append(info(u"b1"_s, u"beta"_s));
    model.append(info(u"launcher"_s, QString()));
    model.append(info(u"a2"_s, u"alpha"_s));
    model.append(info(u"ab"_s, u"alphabet"_s)); // exact names, not prefixes
    QTRY_COMPARE(model.rowCount(), 5);

    proxy.setProgramFilter(u"alpha"_s);
    QCOMPARE(proxy.programsFilter(), QStringList{u"alpha"_s});
    QCOMPARE(messages(proxy), QStringList({u"a1"_s, u"a2"_s}));
    proxy.setProgramFilter(u"beta"_s);
    QCOMPARE(messages(proxy), QStringList({u"b1"_s}));
    proxy.setProgramFilter(u"nobody"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setProgramFilter(QString());
    QCOMPARE(proxy.rowCount(), 5);
    // A replica set: several programs at once.
    proxy.setProgramsFilter({u"alpha"_s, u"beta"_s});
    QCOMPARE(messages(proxy), QStringList({u"a1"_s, u"b1"_s, u"a2"_s}));
    proxy.setProgramsFilter({});
    QCOMPARE(proxy.rowCount(), 5);

    // Rows arriving later are filtered too.
    proxy.setProgramFilter(u"beta"_s);
    model.append(info(u"b2"_s, u"beta"_s));
    model.append(info(u"a3"_s, u"alpha"_s));
    QTRY_COMPARE(model.rowCount(), 7);
    QCOMPARE(messages(proxy), QStringList({u"b1"_s, u"b2"_s}));
}

void TestEventLogFilters::combinedFilters()
{
    EventLogModel model(nullptr);
    EventLogFilterModel proxy;
    proxy.setSourceModel(&model);
    model.append(info(u"alpha state"_s, u"alpha"_s));
    model.append(heartbeat(u"alpha"_s, u"alpha beat"_s));
    model.append(heartbeat(u"beta"_s, u"beta beat"_s));
    model.append(makeEvent(u"alpha"_s, EventKind::Exit, Severity::Warning, u"alpha exit"_s));
    QTRY_COMPARE(model.rowCount(), 4);

    proxy.setProgramFilter(u"alpha"_s);
    QCOMPARE(messages(proxy), QStringList({u"alpha state"_s, u"alpha exit"_s}));
    proxy.setKindVisible(EventKind::Heartbeat, true);
    QCOMPARE(messages(proxy), QStringList({u"alpha state"_s, u"alpha beat"_s, u"alpha exit"_s}));
    proxy.setKindVisible(EventKind::State, false);
    proxy.setKindVisible(EventKind::Exit, false);
    QCOMPARE(messages(proxy), QStringList({u"alpha beat"_s}));
    proxy.setProgramFilter(QString());
    QCOMPARE(messages(proxy), QStringList({u"alpha beat"_s, u"beta beat"_s}));
}

void TestEventLogFilters::programEventsAreOneHostsProgramNewestFirst()
{
    EventLogModel model(nullptr, 20);
    ProgramEventsModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Event remote = info(u"far state"_s);
    remote.host = u"far"_s;
    for (const Event &event : {info(u"state 1"_s), heartbeat(u"client1"_s, u"beat"_s),
                               info(u"other"_s, u"client2"_s), remote, info(u"state 2"_s)}) {
        model.append(event);
    }
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(proxy.rowCount(), 0); // no program chosen: none
    proxy.setProgram(u"client1"_s);
    QCOMPARE(messages(proxy), QStringList({u"state 2"_s, u"state 1"_s}));
    proxy.setProgram(u"client1"_s, u"far"_s);
    QCOMPARE(messages(proxy), QStringList({u"far state"_s}));
    proxy.setProgram(u"client2"_s);
    model.append(info(u"other again"_s, u"client2"_s));
    QTRY_COMPARE(messages(proxy), QStringList({u"other again"_s, u"other"_s}));
}

QTEST_MAIN(TestEventLogFilters)
#include "tst_eventlogfilters.moc"
