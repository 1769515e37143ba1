// LogFile on real files: rotation by age counts from the first line, and moves plain and
// compressed files alike; with compression, the rotated file is handed over and no other
// rotation happens until its compression has finished (the file grows past its limit
// meanwhile, losing nothing).
#include "capture/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ageCountsFromTheFirstLine();
    void rotationMovesPlainAndCompressedFiles();
    void noRotationWhileCompressing();
    void keepZeroDeletes();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray read(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }
    void write(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogFile::ageCountsFromTheFirstLine()
{
    constexpr qint64 hour = 3600 * 1000;
    LogFile file(path(u"a.log"_s));
    file.setRotation(0, 2, hour);
    int scheduled = 0;
    file.setScheduleHandler([&scheduled] { ++scheduled; });
    QVERIFY(file.open());
    // Empty, it has no age.
    QCOMPARE(file.rotationDueMs(), -1);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    file.append("first\n");
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(scheduled, 1);
    const qint64 due = file.rotationDueMs();
    QVERIFY(due >= before + hour && due <= after + hour);
    file.append("second\n");
    QCOMPARE(scheduled, 1); // the first line alone starts the age
    QVERIFY(!file.rotateIfDue(due - 1));
    QCOMPARE(read(u"a.log"_s), QByteArray("first\nsecond\n"));
    QVERIFY(file.rotateIfDue(due));
    QCOMPARE(read(u"a.log.1"_s), QByteArray("first\nsecond\n"));
    QCOMPARE(read(u"a.log"_s), QByteArray());
    QCOMPARE(file.rotationDueMs(), -1);
    QVERIFY(!file.takeError());
}

void TestLogFile::rotationMovesPlainAndCompressedFiles()
{
    write(u"b.log.1.gz"_s, "older");
    write(u"b.log.2.gz"_s, "oldest");
    write(u"b.log.3"_s, "stale, beyond keep");
    LogFile file(path(u"b.log"_s));
    file.setRotation(10, 3, 0, true);
    QStringList rotated;
    file.setRotatedHandler([&rotated](const QString &name) { rotated.append(name); });
    file.append("0123456\n");
    file.append("89\n"); // past 10 bytes: rotates first
    QCOMPARE(rotated, QStringList{path(u"b.log.1"_s)});
    QVERIFY(file.isCompressing());
    QCOMPARE(read(u"b.log.1"_s), QByteArray("0123456\n"));
    QCOMPARE(read(u"b.log.2.gz"_s), QByteArray("older"));
    QCOMPARE(read(u"b.log.3.gz"_s), QByteArray("oldest"));
    // The third one was the oldest kept: neither form of it stays behind.
    QVERIFY(!QFile::exists(path(u"b.log.3"_s)));
    QCOMPARE(read(u"b.log"_s), QByteArray("89\n"));
}

void TestLogFile::noRotationWhileCompressing()
{
    LogFile file(path(u"c.log"_s));
    file.setRotation(10, 2, 0, true);
    QStringList rotated;
    file.setRotatedHandler([&rotated](const QString &name) { rotated.append(name); });
    file.append("0123456\n");
    file.append("abcdefg\n");
    QCOMPARE(rotated.size(), 1);
    // Over the limit, but the last one is still being compressed: nothing lost, no rotation.
    file.append("hijklmn\n");
    file.append("opqrstu\n");
    QCOMPARE(rotated.size(), 1);
    QCOMPARE(read(u"c.log"_s), QByteArray("abcdefg\nhijklmn\nopqrstu\n"));
    // The compressor made .1.gz and removed .1; the next lines rotate again.
    QVERIFY(QFile::rename(path(u"c.log.1"_s), path(u"c.log.1.gz"_s)));
    file.compressionFinished();
    QVERIFY(!file.isCompressing());
    file.append("vwxyz\n");
    QCOMPARE(rotated.size(), 2);
    QCOMPARE(read(u"c.log.1"_s), QByteArray("abcdefg\nhijklmn\nopqrstu\n"));
    QCOMPARE(read(u"c.log.2.gz"_s), QByteArray("0123456\n"));
    QCOMPARE(read(u"c.log"_s), QByteArray("vwxyz\n"));
}

void TestLogFile::keepZeroDeletes()
{
    LogFile file(path(u"d.log"_s));
    file.setRotation(4, 0, 0, true);
    bool handed = false;
    file.setRotatedHandler([&handed](const QString &) { handed = true; });
    file.append("abc\n");
    file.append("def\n");
    QCOMPARE(read(u"d.log"_s), QByteArray("def\n"));
    QVERIFY(!QFile::exists(path(u"d.log.1"_s)));
    QVERIFY(!handed); // nothing kept, nothing to compress
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
