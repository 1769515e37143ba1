// NotifyMessage::parse on datagrams as sd_notify(3) describes them: every key the launcher
// honours, unknown keys ignored, and each malformed assignment told while the rest is honoured.
#include "core/model/notifymessage.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestNotifyMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyHonouredKey();
    void unknownKeysAndEmptyLinesAreIgnored();
    void malformedAssignments_data();
    void malformedAssignments();
    void aBadLineDoesNotHideTheGoodOnes();
};

void TestNotifyMessage::everyHonouredKey()
{
    const NotifyMessage message = NotifyMessage::parse(
            "READY=1\nSTOPPING=1\nRELOADING=1\nWATCHDOG=1\nBARRIER=1\nSTATUS=serving 3 "
            "clients\nMAINPID=4242\nERRNO=2\nWATCHDOG_USEC=500000\nEXTEND_TIMEOUT_USEC=3000000\n");
    QVERIFY2(message.problems.isEmpty(), qPrintable(message.problems.join(u"; "_s)));
    QVERIFY(message.ready);
    QVERIFY(message.stopping);
    QVERIFY(message.reloading);
    QVERIFY(message.watchdogPing);
    QVERIFY(!message.watchdogTrigger);
    QVERIFY(message.barrier);
    QCOMPARE(message.status.value_or(QString()), u"serving 3 clients"_s);
    QCOMPARE(message.mainPid.value_or(0), qint64(4242));
    QCOMPARE(message.errorNumber.value_or(0), 2);
    QCOMPARE(message.watchdogUsec.value_or(0), qint64(500000));
    QCOMPARE(message.extendTimeoutUsec.value_or(0), qint64(3000000));

    const NotifyMessage trigger = NotifyMessage::parse("WATCHDOG=trigger");
    QVERIFY(trigger.watchdogTrigger);
    QVERIFY(!trigger.watchdogPing);
    // An empty status is a status: it clears the column.
    QCOMPARE(NotifyMessage::parse("STATUS=").status.value_or(u"unset"_s), QString());
    QVERIFY(NotifyMessage::parse("STATUS=").status.has_value());
}

void TestNotifyMessage::unknownKeysAndEmptyLinesAreIgnored()
{
    const NotifyMessage message
            = NotifyMessage::parse("\n\nFDSTORE=1\nMONOTONIC_USEC=123\nX_CUSTOM=yes\nREADY=1\n\n");
    QVERIFY2(message.problems.isEmpty(), qPrintable(message.problems.join(u"; "_s)));
    QVERIFY(message.ready);
    QVERIFY(!message.status);
}

void TestNotifyMessage::malformedAssignments_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no equals sign") << QByteArray("READY") << u"not an assignment"_s;
    QTest::newRow("empty key") << QByteArray("=1") << u"not an assignment"_s;
    QTest::newRow("READY=0") << QByteArray("READY=0") << u"the only value is 1"_s;
    QTest::newRow("WATCHDOG=2") << QByteArray("WATCHDOG=2") << u"must be 1 or trigger"_s;
    QTest::newRow("MAINPID text") << QByteArray("MAINPID=abc") << u"not a process id"_s;
    QTest::newRow("MAINPID zero") << QByteArray("MAINPID=0") << u"not a process id"_s;
    QTest::newRow("MAINPID with a space") << QByteArray("MAINPID= 12") << u"not a process id"_s;
    QTest::newRow("ERRNO negative") << QByteArray("ERRNO=-1") << u"not an error number"_s;
    QTest::newRow("WATCHDOG_USEC huge")
            << QByteArray("WATCHDOG_USEC=99999999999999999999") << u"microseconds"_s;
    QTest::newRow("EXTEND_TIMEOUT_USEC signed")
            << QByteArray("EXTEND_TIMEOUT_USEC=+5") << u"microseconds"_s;
}

void TestNotifyMessage::malformedAssignments()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, problem);
    const NotifyMessage message = NotifyMessage::parse(payload);
    QCOMPARE(message.problems.size(), 1);
    QVERIFY2(message.problems.constFirst().contains(problem),
             qPrintable(message.problems.constFirst()));
    QVERIFY(!message.ready && !message.watchdogPing && !message.mainPid && !message.errorNumber
            && !message.watchdogUsec && !message.extendTimeoutUsec);
}

void TestNotifyMessage::aBadLineDoesNotHideTheGoodOnes()
{
    const NotifyMessage message = NotifyMessage::parse("garbage\nREADY=1\nMAINPID=x\nSTATUS=ok");
    QCOMPARE(message.problems.size(), 2);
    QVERIFY(message.ready);
    QCOMPARE(message.status.value_or(QString()), u"ok"_s);
    QVERIFY(!message.mainPid);
}

QTEST_GUILESS_MAIN(TestNotifyMessage)
#include "tst_notifymessage.moc"
