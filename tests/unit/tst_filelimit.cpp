// The launcher's open file limit: raised from a low soft limit to the hard one.
#include "core/os/filelimit.h"

#include <QTest>

#include <sys/resource.h>

class TestFileLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void softLimitIsRaisedToTheHardOne();
};

void TestFileLimit::softLimitIsRaisedToTheHardOne()
{
    rlimit files{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &files), 0);
    if (files.rlim_max <= 64) {
        QSKIP("the hard limit leaves nothing to raise");
    }
    const rlim_t hard = files.rlim_max;
    files.rlim_cur = 64;
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &files), 0);
    QString error;
    const std::optional<OpenFileLimit> limit = raiseOpenFileLimit(&error);
    QVERIFY2(limit.has_value(), qPrintable(error));
    QCOMPARE(limit->before, quint64(64));
    QCOMPARE(limit->now, quint64(hard));
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &files), 0);
    QCOMPARE(files.rlim_cur, hard);
}

QTEST_GUILESS_MAIN(TestFileLimit)
#include "tst_filelimit.moc"
