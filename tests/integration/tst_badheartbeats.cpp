// Bad heartbeats (bad input, "Survive everything", point 4): malformed and oversize messages,
// unknown names, and a second instance with another pid. Each costs only its sender, and the
// witness runs on. The fixture: badinputfixture.h; the flood is tst_badheartbeatflood.
//
// Already covered elsewhere: garbage between valid beats, an unknown name and a pid mismatch
// (tst_supervisorheartbeats).
#include "badinputfixture.h"

#include "core/config/configurationkeeper.h"
#include "core/zmq/connectionmonitor.h"
#include "core/os/processwatch.h"
#include "core/config/programstore.h"
#include "core/os/runtimedir.h"
#include "core/supervision/supervisor.h"

#include "launcherprocess.h"
#include "testenvironment.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <zmq.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestBadHeartbeats : public BadInputFixture
{
    Q_OBJECT

private Q_SLOTS:
    void nonUtf8Status_data();
    void nonUtf8Status();
    void rejectedMessage_data();
    void rejectedMessage();
    void hugeFrameCostsOnlyItsConnection_data();
    void hugeFrameCostsOnlyItsConnection();
    void unknownNamesAreReportedOncePerName();
    void manyUnknownNamesAreBounded();
    void secondInstanceWithAnotherPid();
};

void TestBadHeartbeats::nonUtf8Status_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("invalid");
    QTest::addRow("stray bytes") << QByteArray("\xff\xfe load 3") << true;
    QTest::addRow("truncated character") << QByteArray("caf\xc3") << true;
    QTest::addRow("overlong slash") << QByteArray("\xc0\xaf etc") << true;
    QTest::addRow("UTF-16 surrogate") << QByteArray("\xed\xa0\x80") << true;
    QTest::addRow("Latin-1 text") << QByteArray("d\xe9j\xe0 vu") << true;
    QTest::addRow("256 bytes cut inside a character")
            << QByteArray(QByteArray(255, 'a') + "\xc3") << true;
    QTest::addRow("valid UTF-8 with NUL") << QByteArray("ok\0still ok", 11) << false;
}

void TestBadHeartbeats::nonUtf8Status()
{
    QFETCH(QByteArray, status);
    QFETCH(bool, invalid);
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    m_supervisor->setHeartbeatEventsEnabled(true);
    auto socket = connectedPublisher();
    QVERIFY(socket);
    const quint64 rejected = m_supervisor->rejectedHeartbeats();

    QVERIFY(beatForPuppet(*socket, status));
    // Accepted as a beat (a live program must not look hung for its wording), shown with
    // replacement characters.
    const QString expected = QString::fromUtf8(status);
    QCOMPARE(expected.contains(QChar::ReplacementCharacter), invalid);
    QCOMPARE(snapshot(u"puppet"_s)->statusText, expected);
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
    QCOMPARE(m_supervisor->rejectedHeartbeats(), rejected);
    const auto event = std::find_if(m_events.crbegin(), m_events.crend(), [](const Event &e) {
        return e.program == u"puppet"_s && e.kind == EventKind::Heartbeat;
    });
    QVERIFY(event != m_events.crend());
    QCOMPARE(event->status, expected);
    // The headless line is valid UTF-8 JSON that reads back the same.
    const QByteArray line = QJsonDocument(toJson(*event)).toJson(QJsonDocument::Compact);
    QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
    QCOMPARE(QJsonDocument::fromJson(line).object()[u"status"_s].toString(), expected);
    QVERIFY(witnessIsFine());
}

void TestBadHeartbeats::rejectedMessage_data()
{
    QTest::addColumn<Frames>("frames");
    QTest::addColumn<QString>("reason");
    // PID stands for the puppet's pid.
    QTest::addRow("non-UTF-8 name") << Frames{"ZLHB1", "pup\xffpet", "PID", "1"} << u"bad-name"_s;
    QTest::addRow("non-ASCII UTF-8 name")
            << Frames{"ZLHB1", "pupp\xc3\xa9t", "PID", "1"} << u"bad-name"_s;
    QTest::addRow("name differing only by a NUL")
            << Frames{"ZLHB1", QByteArray("puppet\0", 7), "PID", "1"} << u"bad-name"_s;
    QTest::addRow("non-ASCII digits as pid")
            << Frames{"ZLHB1", "puppet", "\xd9\xa1\xd9\xa2", "1"} << u"bad-pid"_s;
    QTest::addRow("status of 5 000 bytes")
            << Frames{"ZLHB1", "puppet", "PID", "1", QByteArray(5000, 's')} << u"frame-too-long"_s;
    QTest::addRow("name of 5 000 bytes")
            << Frames{"ZLHB1", QByteArray(5000, 'n'), "PID", "1"} << u"frame-too-long"_s;
    QTest::addRow("single frame of 5 000 bytes")
            << Frames{QByteArray(5000, 'x')} << u"frame-too-long"_s;
    QTest::addRow("frame of 65 536 bytes, the socket's limit")
            << Frames{"ZLHB1", "puppet", "PID", "1", QByteArray(65536, 's')} << u"frame-too-long"_s;
    QTest::addRow("status of 257 bytes")
            << Frames{"ZLHB1", "puppet", "PID", "1", QByteArray(257, 's')} << u"status-too-long"_s;
    Frames thousand(1000, "x");
    thousand[0] = "ZLHB1";
    QTest::addRow("1 000 frames") << thousand << u"wrong-frame-count"_s;
}

void TestBadHeartbeats::rejectedMessage()
{
    QFETCH(Frames, frames);
    QFETCH(QString, reason);
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    auto socket = connectedPublisher();
    QVERIFY(socket);
    for (QByteArray &frame : frames) {
        if (frame == "PID") {
            frame = QByteArray::number(m_puppetPid);
        }
    }
    const quint64 rejected = m_supervisor->rejectedHeartbeats();
    const quint64 beats = snapshot(u"puppet"_s)->heartbeatCount;

    QVERIFY(sendFrames(*socket, frames));
    // A valid beat sent after it on the same connection: once it counts, the bad one was read.
    QVERIFY(beatForPuppet(*socket, "after"));
    QCOMPARE(m_supervisor->rejectedHeartbeats(), rejected + 1);
    QCOMPARE(snapshot(u"puppet"_s)->heartbeatCount, beats + 1);
    QCOMPARE(snapshot(u"puppet"_s)->statusText, u"after"_s);
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
    // The counted drop reaches the log, by reason, within the report period.
    QTRY_VERIFY(hasEvent(QString(), EventKind::Protocol, reason + u": 1"_s));
    QVERIFY(hasEvent(QString(), EventKind::Protocol, u"; 1 dropped in all"_s));
    QVERIFY(witnessIsFine());
}

void TestBadHeartbeats::hugeFrameCostsOnlyItsConnection_data()
{
    QTest::addColumn<Frames>("frames");
    QTest::addRow("single frame of 65 537 bytes") << Frames{QByteArray(65537, 'x')};
    QTest::addRow("status of 100 000 bytes")
            << Frames{"ZLHB1", "puppet", "PID", "1", QByteArray(100000, 's')};
    QTest::addRow("single frame of 10 MB") << Frames{QByteArray(10 * 1000 * 1000, 'x')};
}

void TestBadHeartbeats::hugeFrameCostsOnlyItsConnection()
{
    QFETCH(Frames, frames);
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    for (QByteArray &frame : frames) {
        if (frame == "PID") {
            frame = QByteArray::number(m_puppetPid);
        }
    }

    // ZeroMQ closes the connection of a sender whose frame exceeds the SUB's ZMQ_MAXMSGSIZE;
    // the sender's monitor shows it.
    auto offender = makePublisher(m_zmq);
    bool disconnected = false;
    const SocketMonitor monitor(m_zmq, *offender, ZMQ_EVENT_DISCONNECTED,
                                [&](const SocketEvent &) { disconnected = true; });
    QVERIFY2(monitor.isActive(), qPrintable(monitor.errorString()));
    offender->connect(m_env->runtimeDir().heartbeatEndpoint().toStdString());
    QVERIFY(QTest::qWaitFor([&] { return receivedSubscription(*offender); }, 5000));
    const quint64 rejected = m_supervisor->rejectedHeartbeats();
    const quint64 beats = snapshot(u"puppet"_s)->heartbeatCount;

    QVERIFY(sendFrames(*offender, frames));
    QVERIFY2(QTest::qWaitFor([&] { return disconnected; }, 5000),
             "the launcher kept the offending connection");

    // A new publisher is heard at once, and the offender once it has reconnected by itself.
    auto newcomer = connectedPublisher();
    QVERIFY(newcomer);
    QVERIFY(beatForPuppet(*newcomer, "from a new publisher"));
    QVERIFY2(QTest::qWaitFor([&] { return receivedSubscription(*offender); }, 5000),
             "the offender did not reconnect");
    QVERIFY(beatForPuppet(*offender, "from the offender, reconnected"));
    // The huge frame itself never reached the parser.
    QCOMPARE(m_supervisor->rejectedHeartbeats(), rejected);
    QCOMPARE(snapshot(u"puppet"_s)->heartbeatCount, beats + 2);
    QCOMPARE(snapshot(u"puppet"_s)->statusText, u"from the offender, reconnected"_s);
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
    QVERIFY(witnessIsFine());
}

void TestBadHeartbeats::unknownNamesAreReportedOncePerName()
{
    QVERIFY(listen());
    QVERIFY(startWitness());
    QVERIFY(startPuppet() > 0);
    auto socket = connectedPublisher();
    QVERIFY(socket);
    const quint64 beats = snapshot(u"puppet"_s)->heartbeatCount;
    // Names are case-sensitive: none of these is the puppet, though they carry its pid.
    const QList<QByteArray> variants = {"Puppet", "PUPPET", "pUPPET", "puppet.", "puppet-"};
    for (int round = 0; round < 3; ++round) {
        for (const QByteArray &name : variants) {
            QVERIFY(sendFrames(*socket, heartbeat(name, m_puppetPid, 1, "impostor")));
        }
        QVERIFY(sendFrames(*socket, {"PUPPET"}));        // legacy form, same name
        QVERIFY(sendFrames(*socket, {"\xff\xfeghost"})); // legacy form, not UTF-8
    }
    QVERIFY(beatForPuppet(*socket, "the real one"));
    for (const QByteArray &name : variants) {
        QCOMPARE(countEvents(u"heartbeat from \"%1\", which is not a configured program"_s.arg(
                         QString::fromLatin1(name))),
                 1);
    }
    QCOMPARE(countEvents(u"heartbeat from \"\uFFFD\uFFFDghost\""_s), 1);
    QCOMPARE(countEvents(u"which is not a configured program"_s), variants.size() + 1);
    QCOMPARE(snapshot(u"puppet"_s)->heartbeatCount, beats + 1);
    QCOMPARE(snapshot(u"puppet"_s)->statusText, u"the real one"_s);
    QVERIFY(witnessIsFine());
}

void TestBadHeartbeats::manyUnknownNamesAreBounded()
{
    QVERIFY(listen());
    QVERIFY(startPuppet() > 0);
    auto socket = connectedPublisher();
    QVERIFY(socket);
    const quint64 accepted = m_supervisor->acceptedHeartbeats();
    for (int i = 0; i < 300; ++i) {
        const QByteArray name = "ghost-" + QByteArray::number(i);
        QVERIFY(sendFrames(*socket, heartbeat(name, 4242, 0, {})));
        QVERIFY(sendFrames(*socket, {name}));
    }
    QVERIFY(beatForPuppet(*socket, "after 300 ghosts"));
    QCOMPARE(m_supervisor->acceptedHeartbeats(), accepted + 601);
    const int perName = countEvents(u"which is not a configured program"_s);
    const int summary = countEvents(u"no longer reporting new ones"_s);
    qInfo("300 unknown names: %d named in the log, %d summary", perName, summary);
    QVERIFY(perName > 0 && perName < 300);
    QCOMPARE(summary, 1);

    // Yet more names add nothing.
    for (int i = 300; i < 600; ++i) {
        QVERIFY(sendFrames(*socket, {"ghost-" + QByteArray::number(i)}));
    }
    QVERIFY(beatForPuppet(*socket, "after 600 ghosts"));
    QCOMPARE(countEvents(u"which is not a configured program"_s), perName);
    QCOMPARE(countEvents(u"no longer reporting new ones"_s), 1);
    QCOMPARE(snapshot(u"puppet"_s)->state, ProgramState::Running);
}

void TestBadHeartbeats::secondInstanceWithAnotherPid()
{
    QVERIFY(listen());
    ProgramSpec spec = TestEnvironment::spec(u"twin"_s, QStringLiteral(ZL_TC_BEATER),
                                             {u"--status"_s, u"supervised"_s});
    QVERIFY(m_supervisor->addProgram(spec));

    // A real second copy, started by hand with the twin's name (its control endpoint left
    // alone: two REPs cannot share it).
    auto stray = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ZLAUNCHER_NAME"_s, u"twin"_s);
    environment.insert(u"ZLAUNCHER_HEARTBEAT"_s, m_env->runtimeDir().heartbeatEndpoint());
    environment.insert(u"ZLAUNCHER_INTERVAL_MS"_s, u"50"_s);
    environment.remove(u"ZLAUNCHER_CONTROL"_s);
    stray->setProcessEnvironment(environment);
    stray->start(QStringLiteral(ZL_TC_BEATER), {u"--status"_s, u"impostor"_s});
    QVERIFY(stray->waitForStarted());
    const qint64 strayPid = stray->processId();
    m_strays.push_back(std::move(stray));

    // While the twin is stopped: reported, and it does not make the twin look alive.
    QTRY_VERIFY(hasEvent(
            u"twin"_s, EventKind::Protocol,
            u"heartbeat from pid %1, but twin is not running under this launcher"_s.arg(strayPid)));
    QCOMPARE(snapshot(u"twin"_s)->state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"twin"_s)->heartbeatCount, 0u);

    m_supervisor->startProgram(u"twin"_s);
    QVERIFY(waitForState(u"twin"_s, ProgramState::Running));
    const qint64 twinPid = snapshot(u"twin"_s)->pid;
    QVERIFY(twinPid != strayPid);
    QTRY_VERIFY(hasEvent(
            u"twin"_s, EventKind::Protocol,
            u"heartbeat from pid %1, but this launcher runs twin as pid %2: a stray or duplicate "
            "instance"_s.arg(strayPid)
                    .arg(twinPid)));
    const quint64 beats = snapshot(u"twin"_s)->heartbeatCount;
    QTRY_VERIFY(snapshot(u"twin"_s)->heartbeatCount >= beats + 10);
    // Reported once per instance, never merged into the supervised one.
    QCOMPARE(countEvents(u"heartbeat from pid %1,"_s.arg(strayPid)), 2);
    QCOMPARE(snapshot(u"twin"_s)->statusText, u"supervised"_s);
    QCOMPARE(snapshot(u"twin"_s)->pid, twinPid);
    QCOMPARE(snapshot(u"twin"_s)->state, ProgramState::Running);

    m_strays.front()->kill();
    QVERIFY(m_strays.front()->waitForFinished(5000));
    const quint64 after = snapshot(u"twin"_s)->heartbeatCount;
    QTRY_VERIFY(snapshot(u"twin"_s)->heartbeatCount >= after + 5);
    QCOMPARE(snapshot(u"twin"_s)->pid, twinPid);
}

QTEST_GUILESS_MAIN(TestBadHeartbeats)
#include "tst_badheartbeats.moc"
