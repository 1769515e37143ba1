// The Clone pattern's bookkeeping (docs/remote.md): a snapshot, events in order, and a gap
// that asks for a new snapshot.
#include "core/model/programsmirror.h"
#include "core/remote/programstatusjson.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject stateEvent(qint64 seq, const QString &program, const QString &state, qint64 pid = 0)
{
    QJsonObject event{{u"seq"_s, seq},
                      {u"event"_s, u"state"_s},
                      {u"program"_s, program},
                      {u"state"_s, state}};
    if (pid > 0) {
        event.insert(u"pid"_s, pid);
    }
    return event;
}

} // namespace

class TestProgramsMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aListObjectBecomesASnapshotOnThisClock()
    {
        // A program object of "list", as an agent sends it, read at 100000 on this host.
        const QJsonObject program{{u"name"_s, u"alpha"_s},
                                  {u"state"_s, u"backoff"_s},
                                  {u"pid"_s, 0},
                                  {u"uptimeMs"_s, -1},
                                  {u"heartbeatAgeMs"_s, 1500},
                                  {u"restarts"_s, 3},
                                  {u"status"_s, u"3 ticks"_s},
                                  {u"countdownMs"_s, 800},
                                  {u"lastExit"_s, QJsonObject{{u"signal"_s, 9}}},
                                  {u"cpu"_s, 12.5},
                                  {u"memory"_s, 4096}};
        const ProgramSnapshot snapshot = ProgramStatusJson::toSnapshot(program, 100000);
        QCOMPARE(snapshot.state, ProgramState::Backoff);
        QCOMPARE(snapshot.startedAtMs, -1);
        QCOMPARE(snapshot.lastHeartbeatAtMs, 98500);
        QCOMPARE(snapshot.countdownToMs, 100800);
        QCOMPARE(snapshot.restartCount, 3);
        QCOMPARE(snapshot.statusText, u"3 ticks"_s);
        QVERIFY(snapshot.lastExit && !snapshot.lastExit->code);
        QCOMPARE(snapshot.lastExit->signal, 9);
        const std::optional<ResourceUsage> usage = ProgramStatusJson::toUsage(program);
        QVERIFY(usage);
        QCOMPARE(usage->residentBytes, 4096);
        QVERIFY(!ProgramStatusJson::toUsage(QJsonObject{{u"name"_s, u"beta"_s}}));
        // An unknown state is no state: stopped, not a guess.
        QCOMPARE(ProgramStatusJson::toSnapshot({{u"state"_s, u"dancing"_s}}, 0).state,
                 ProgramState::Stopped);
    }

    void aStatusGivesTheDeathsAsTheAgentRecordedThem()
    {
        DeathRecord crash;
        crash.time = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        crash.pid = 4242;
        crash.uptimeMs = 1500;
        crash.status.code = 7;
        crash.lastStderrLines = {u"first"_s, u"dying with code 7"_s};
        crash.tail = StderrTail::Received;
        DeathRecord stopped;
        stopped.time = crash.time.addSecs(5);
        stopped.status.signal = 15;
        stopped.stopRequested = true;
        stopped.tail = StderrTail::Pending;
        DeathRecord unwatched;
        unwatched.time = crash.time.addSecs(9);
        unwatched.unwatched = true;
        unwatched.tail = StderrTail::NotCaptured;
        ProgramSnapshot snapshot;
        snapshot.deaths = {crash, stopped, unwatched};
        ProgramSpec spec;
        spec.name = u"alpha"_s;
        spec.program = u"/bin/true"_s;
        const QJsonObject status = ProgramStatusJson::toJson(spec, snapshot, 0, std::nullopt, true);

        const QList<DeathRecord> deaths
                = ProgramStatusJson::toDeaths(status.value(u"deaths"_s).toArray());
        QCOMPARE(deaths.size(), 3);
        QCOMPARE(deaths[0].time, crash.time);
        QCOMPARE(deaths[0].pid, 4242);
        QCOMPARE(deaths[0].uptimeMs, 1500);
        QCOMPARE(deaths[0].status.code, 7);
        QVERIFY(!deaths[0].status.signal);
        QVERIFY(!deaths[0].stopRequested);
        QCOMPARE(deaths[0].lastStderrLines, crash.lastStderrLines);
        QCOMPARE(deaths[0].tail, StderrTail::Received);
        QCOMPARE(deaths[1].status.signal, 15);
        QVERIFY(deaths[1].stopRequested);
        QCOMPARE(deaths[1].pid, 0);
        QCOMPARE(deaths[1].uptimeMs, -1);
        QCOMPARE(deaths[1].tail, StderrTail::Pending);
        QVERIFY(deaths[2].unwatched);
        QVERIFY(!deaths[2].status.isKnown());
        QCOMPARE(deaths[2].tail, StderrTail::NotCaptured);
        // An agent from before "stderrTail": its lines are all there is.
        QCOMPARE(ProgramStatusJson::toDeaths({QJsonObject{{u"lastStderrLines"_s, QJsonArray()}}})
                         .value(0)
                         .tail,
                 StderrTail::Received);
    }

    void eventsAfterTheSnapshotApplyInOrder()
    {
        ProgramsMirror mirror;
        QVERIFY(!mirror.isSynchronised());
        QCOMPARE(mirror.apply(stateEvent(1, u"a"_s, u"running"_s)), ProgramsMirror::Applied::Stale);
        mirror.reset(
                10,
                QJsonArray{
                        QJsonObject{{u"name"_s, u"a"_s}, {u"state"_s, u"running"_s}, {u"pid"_s, 7}},
                        QJsonObject{{u"name"_s, u"b"_s}, {u"state"_s, u"stopped"_s}}});
        QCOMPARE(mirror.names(), (QStringList{u"a"_s, u"b"_s}));
        // Kept from before the snapshot: already in it.
        QCOMPARE(mirror.apply(stateEvent(9, u"b"_s, u"starting"_s)), ProgramsMirror::Applied::Old);
        QCOMPARE(mirror.program(u"b"_s)[u"state"].toString(), u"stopped"_s);
        QCOMPARE(mirror.apply(stateEvent(11, u"a"_s, u"stopping"_s)),
                 ProgramsMirror::Applied::Applied);
        QCOMPARE(mirror.apply(stateEvent(12, u"b"_s, u"running"_s, 42)),
                 ProgramsMirror::Applied::Applied);
        QCOMPARE(mirror.program(u"a"_s)[u"state"].toString(), u"stopping"_s);
        QCOMPARE(mirror.program(u"a"_s)[u"pid"].toInteger(), 0); // stopping has no pid
        QCOMPARE(mirror.program(u"b"_s)[u"pid"].toInteger(), 42);
        QCOMPARE(mirror.lastSeq(), 12u);
        // A program's other events move the number too.
        QCOMPARE(mirror.apply(QJsonObject{
                         {u"seq"_s, 13}, {u"event"_s, u"exit"_s}, {u"program"_s, u"a"_s}}),
                 ProgramsMirror::Applied::Applied);
        QCOMPARE(mirror.lastSeq(), 13u);
        // A state without a pid has none.
        QCOMPARE(mirror.apply(stateEvent(14, u"a"_s, u"stopped"_s)),
                 ProgramsMirror::Applied::Applied);
        QCOMPARE(mirror.program(u"a"_s)[u"pid"].toInteger(), 0);
    }

    void programsAddedOrRemovedAskForANewSnapshot()
    {
        ProgramsMirror mirror;
        mirror.reset(1, QJsonArray{QJsonObject{{u"name"_s, u"a"_s}}});
        QCOMPARE(mirror.apply(stateEvent(2, u"new"_s, u"starting"_s)),
                 ProgramsMirror::Applied::Stale);
        mirror.reset(2, QJsonArray{QJsonObject{{u"name"_s, u"a"_s}}});
        // "control": what a request did, a removal or a reload among them.
        QCOMPARE(mirror.apply(QJsonObject{{u"seq"_s, 3}, {u"event"_s, u"control"_s}}),
                 ProgramsMirror::Applied::Stale);
    }

    void aGapAsksForANewSnapshot()
    {
        ProgramsMirror mirror;
        mirror.reset(5, QJsonArray{QJsonObject{{u"name"_s, u"a"_s}, {u"state"_s, u"running"_s}}});
        QCOMPARE(mirror.apply(stateEvent(7, u"a"_s, u"stopping"_s)),
                 ProgramsMirror::Applied::Stale);
        QVERIFY(!mirror.isSynchronised());
        // Nothing is applied until the next snapshot.
        QCOMPARE(mirror.apply(stateEvent(8, u"a"_s, u"stopped"_s)), ProgramsMirror::Applied::Stale);
        QCOMPARE(mirror.program(u"a"_s)[u"state"].toString(), u"running"_s);
        mirror.reset(8, QJsonArray{QJsonObject{{u"name"_s, u"a"_s}, {u"state"_s, u"stopped"_s}}});
        QVERIFY(mirror.isSynchronised());
        QCOMPARE(mirror.apply(stateEvent(9, u"a"_s, u"starting"_s)),
                 ProgramsMirror::Applied::Applied);
    }
};

QTEST_GUILESS_MAIN(TestProgramsMirror)
#include "tst_programsmirror.moc"
