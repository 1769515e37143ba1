// The event log saved to a file: text, CSV and JSON lines to the byte, the events still queued
// included, the format chosen by the extension, and a clear error where it cannot be written.
#include "eventlogfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestEventLogSaving : public EventLogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void saveText();
    void saveCsv();
    void saveIncludesQueued();
    void saveJsonLines();
    void formatFollowsTheExtension_data();
    void formatFollowsTheExtension();
    void saveFails_data();
    void saveFails();
};

void TestEventLogSaving::saveText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogModel model(nullptr);
    model.append(makeEvent(u"client1"_s, EventKind::State, Severity::Info, u"running (pid 42)"_s));
    model.append(makeEvent(QString(), EventKind::Error, Severity::Error, u"bad\nconfig"_s, 1));
    model.append(makeEvent(u"client2"_s, EventKind::Heartbeat, Severity::Info, u"seq 7"_s, 2));
    // Another host's, as its agent's stream brought it.
    Event remote = makeEvent(u"client1"_s, EventKind::Stop, Severity::Info, u"stopping"_s, 3);
    remote.host = u"bench"_s;
    model.append(remote);
    QTRY_COMPARE(model.rowCount(), 4);

    const QString path = dir.filePath(u"events.log"_s);
    QString error;
    QVERIFY2(model.saveAs(path, EventLogModel::FileFormat::Text, &error), qPrintable(error));
    QCOMPARE(readFile(path),
             QByteArray("2026-11-24T19:50:00.123Z client1 state: running (pid 42)\n"
                        "2026-11-24T19:50:00.124Z - error error: bad\\nconfig\n"
                        "2026-11-24T19:50:00.125Z client2 heartbeat: seq 7\n"
                        "2026-11-24T19:50:00.126Z client1@bench stop: stopping\n"));
}

void TestEventLogSaving::saveCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogModel model(nullptr);
    model.append(makeEvent(u"client1"_s, EventKind::Exit, Severity::Warning,
                           u"exited, said \"bye\"\nand left"_s));
    model.append(makeEvent(QString(), EventKind::Protocol, Severity::Info, u"plain"_s, 1));
    Event remote = makeEvent(u"client1"_s, EventKind::Stop, Severity::Info, u"stopping"_s, 2);
    remote.host = u"bench"_s;
    model.append(remote);
    QTRY_COMPARE(model.rowCount(), 3);

    const QString path = dir.filePath(u"events.csv"_s);
    QString error;
    QVERIFY2(model.saveAs(path, EventLogModel::FileFormat::Csv, &error), qPrintable(error));
    // The host last, so that readers of the first five columns read on.
    QCOMPARE(readFile(path),
             QByteArray("time,program,kind,severity,message,host\r\n"
                        "2026-11-24T19:50:00.123Z,client1,exit,warning,"
                        "\"exited, said \"\"bye\"\"\nand left\",\r\n"
                        "2026-11-24T19:50:00.124Z,,protocol,info,plain,\r\n"
                        "2026-11-24T19:50:00.125Z,client1,stop,info,stopping,bench\r\n"));
}

void TestEventLogSaving::saveIncludesQueued()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogModel model(nullptr, 2);
    model.append(info(u"old"_s));
    QTRY_COMPARE(model.rowCount(), 1);
    // Not yet rows when saved; with them the log holds three, so "old" is out.
    model.append(info(u"new 1"_s));
    model.append(info(u"new 2"_s));

    const QString path = dir.filePath(u"events.log"_s);
    QString error;
    QVERIFY2(model.saveAs(path, EventLogModel::FileFormat::Text, &error), qPrintable(error));
    QCOMPARE(readFile(path),
             QByteArray("2026-11-24T19:50:00.123Z client1 state: new 1\n"
                        "2026-11-24T19:50:00.123Z client1 state: new 2\n"));
}

void TestEventLogSaving::saveJsonLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventLogModel model(nullptr);
    Event exit = makeEvent(u"client1"_s, EventKind::Exit, Severity::Warning,
                           u"killed by signal 11\nsaid \"bye\""_s);
    exit.pid = 42;
    exit.exitSignal = 11;
    model.append(exit);
    Event state = makeEvent(u"client2"_s, EventKind::State, Severity::Info, u"Running"_s, 1);
    state.state = ProgramState::Running;
    state.pid = 43;
    model.append(state);
    model.append(makeEvent(QString(), EventKind::Error, Severity::Error, u"bad config"_s, 2));
    QTRY_COMPARE(model.rowCount(), 3);

    const QString path = dir.filePath(u"events.jsonl"_s);
    QString error;
    QVERIFY2(model.saveAs(path, EventLogModel::FileFormat::JsonLines, &error), qPrintable(error));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.endsWith('\n'));
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    // One object a line, even with a line break in the message: the --events json form.
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QByteArray("{\"event\":\"exit\",\"message\":\"killed by signal 11\\nsaid "
                        "\\\"bye\\\"\",\"pid\":42,\"program\":\"client1\",\"severity\":"
                        "\"warning\",\"signal\":11,\"signalName\":\"SEGV\",\"time\":"
                        "\"2026-11-24T19:50:00.123Z\"}"));
    for (const QByteArray &line : lines) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
        QVERIFY(document.object().contains(u"time"_s));
    }
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(second.value(u"pid"_s).toInt(), 43);
    const QJsonObject third = QJsonDocument::fromJson(lines.at(2)).object();
    QVERIFY(!third.contains(u"program"_s));
    QCOMPARE(third.value(u"event"_s).toString(), u"error"_s);
}

void TestEventLogSaving::formatFollowsTheExtension_data()
{
    using Format = EventLogModel::FileFormat;
    QTest::addColumn<QString>("path");
    QTest::addColumn<Format>("otherwise");
    QTest::addColumn<Format>("expected");
    QTest::addRow("txt beats the csv filter") << u"/x/a.txt"_s << Format::Csv << Format::Text;
    QTest::addRow("log") << u"a.LOG"_s << Format::JsonLines << Format::Text;
    QTest::addRow("csv") << u"/x/a.csv"_s << Format::Text << Format::Csv;
    QTest::addRow("jsonl beats the csv filter") << u"a.jsonl"_s << Format::Csv << Format::JsonLines;
    QTest::addRow("json") << u"a.json"_s << Format::Text << Format::JsonLines;
    QTest::addRow("ndjson") << u"a.ndjson"_s << Format::Text << Format::JsonLines;
    QTest::addRow("no extension: the filter")
            << u"/x/events"_s << Format::JsonLines << Format::JsonLines;
    QTest::addRow("unknown extension: the filter") << u"a.dat"_s << Format::Csv << Format::Csv;
}

void TestEventLogSaving::formatFollowsTheExtension()
{
    QFETCH(QString, path);
    QFETCH(EventLogModel::FileFormat, otherwise);
    QFETCH(EventLogModel::FileFormat, expected);
    QCOMPARE(EventLogModel::formatOf(path, otherwise), expected);
}

void TestEventLogSaving::saveFails_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addRow("missing directory") << u"missing/events.log"_s;
    QTest::addRow("under a file") << u"file/events.log"_s;
}

void TestEventLogSaving::saveFails()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"file"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    EventLogModel model(nullptr);
    model.append(info(u"something"_s));
    QTRY_COMPARE(model.rowCount(), 1);

    const QString path = dir.filePath(relativePath);
    QString error;
    QVERIFY(!model.saveAs(path, EventLogModel::FileFormat::Csv, &error));
    QVERIFY2(error.startsWith(u"Cannot write file "_s), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!model.saveAs(path, EventLogModel::FileFormat::Text, nullptr)); // no error wanted
}

QTEST_MAIN(TestEventLogSaving)
#include "tst_eventlogsaving.moc"
