// readLogTail on real files: the tail of a file, whole lines only, what was appended after an
// offset, a line still being written, a rotation, more appended than one read carries, and a
// file that is not there or cannot be read.
#include "core/os/logtail.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class TestLogTail : public QObject
{
    Q_OBJECT

private:
    QString write(const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        const QString path = m_dir.filePath(u"p.log"_s);
        QFile file(path);
        if (!file.open(mode) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }
    static LogTail read(const QString &path, int lines, std::optional<qint64> from,
                        qint64 maxBytes = 1 << 20)
    {
        QString error;
        const std::optional<LogTail> tail = readLogTail(path, lines, from, maxBytes, &error);
        if (!tail) {
            qFatal("%s", qPrintable(error));
        }
        return *tail;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void tailGivesTheLastWholeLines()
    {
        const QString path = write("one\ntwo\nthree\nfour");
        const LogTail tail = read(path, 2, std::nullopt);
        QCOMPARE(tail.lines, (QStringList{u"two"_s, u"three"_s}));
        // "four" is still being written: the next read begins with it.
        QCOMPARE(tail.end, qint64(strlen("one\ntwo\nthree\n")));
        QVERIFY(!tail.restarted);
    }

    void followingGivesWhatWasAppended()
    {
        const QString path = write("one\ntwo\n");
        const LogTail first = read(path, 100, std::nullopt);
        QCOMPARE(first.lines, (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(read(path, 100, first.end).lines, QStringList());
        write("thr", QIODevice::Append);
        const LogTail partial = read(path, 100, first.end);
        QCOMPARE(partial.lines, QStringList());
        QCOMPARE(partial.end, first.end);
        write("ee\nfour\n", QIODevice::Append);
        const LogTail next = read(path, 100, partial.end);
        QCOMPARE(next.lines, (QStringList{u"three"_s, u"four"_s}));
        QCOMPARE(next.end, QFileInfo(path).size());
        QVERIFY(!next.skipped);
    }

    void aRotationStartsOverFromTheNewFilesTail()
    {
        const QString path = write("a long first life of the file\nand its second line\n");
        const qint64 reached = read(path, 100, std::nullopt).end;
        write("new\n");
        const LogTail tail = read(path, 100, reached);
        QVERIFY(tail.restarted);
        QCOMPARE(tail.lines, QStringList{u"new"_s});
        QCOMPARE(tail.end, 4);
    }

    void moreThanOneReadSkipsToWholeLines()
    {
        const QString path = write("0123456789\nabcdefghij\nklmnopqrst\n");
        // From the start, at most 15 bytes: the last 15 begin inside "abcdefghij".
        const LogTail tail = read(path, 100, 0, 15);
        QVERIFY(tail.skipped);
        QCOMPARE(tail.lines, QStringList{u"klmnopqrst"_s});
        const LogTail ofTheTail = read(path, 100, std::nullopt, 15);
        QVERIFY(!ofTheTail.skipped);
        QCOMPARE(ofTheTail.lines, QStringList{u"klmnopqrst"_s});
    }

    void aMissingFileIsEmptyAndAnUnreadableOneSaysWhy()
    {
        const LogTail missing = read(m_dir.filePath(u"none.log"_s), 10, 5);
        QVERIFY(missing.lines.isEmpty());
        QCOMPARE(missing.end, 0);
        if (::geteuid() == 0) {
            QSKIP("root reads any file");
        }
        const QString path = write("secret\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        QString error;
        QVERIFY(!readLogTail(path, 10, std::nullopt, 1024, &error));
        QVERIFY2(error.startsWith(u"cannot read "_s + path), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLogTail)
#include "tst_logtail.moc"
