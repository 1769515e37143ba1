// The sampler's /proc reader against the same files read the plain way (QFile, split), on
// this very process: a comm that holds spaces and parentheses, a process gone, the resident
// set as statm says it.
#include "core/os/procstat.h"

#include <QFile>
#include <QTest>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestProcStat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsOfThisProcess_data();
    void fieldsOfThisProcess();
    void goneProcessReadsNothing();
    void residentPagesAsStatmSays();

private:
    /// The fields after comm, as the kernel's documentation counts them from state = 0.
    static QList<QByteArray> plainFields(qint64 pid);
};

QList<QByteArray> TestProcStat::plainFields(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray line = file.readAll().trimmed();
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}

void TestProcStat::fieldsOfThisProcess_data()
{
    QTest::addColumn<QByteArray>("comm");
    QTest::newRow("plain") << QByteArray("tst_procstat");
    QTest::newRow("spaces and parentheses") << QByteArray("a) (b) c 1 2");
}

void TestProcStat::fieldsOfThisProcess()
{
    QFETCH(QByteArray, comm);
    QVERIFY(::prctl(PR_SET_NAME, comm.constData(), 0, 0, 0) == 0);
    const QList<QByteArray> before = plainFields(::getpid());
    const std::optional<ProcStat> stat = readProcStat(::getpid());
    const QList<QByteArray> after = plainFields(::getpid());
    QVERIFY(stat.has_value());
    QCOMPARE(before.size(), after.size());
    QVERIFY(before.size() > 19);
    QCOMPARE(stat->processGroup, qint64(::getpgrp()));
    QCOMPARE(stat->startTicks, before.at(19).toLongLong());
    // CPU time only grows between the three reads.
    QVERIFY(stat->cpuTicks >= before.at(11).toLongLong() + before.at(12).toLongLong());
    QVERIFY(stat->cpuTicks <= after.at(11).toLongLong() + after.at(12).toLongLong());
}

void TestProcStat::goneProcessReadsNothing()
{
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    QVERIFY(child > 0);
    QCOMPARE(::waitpid(child, nullptr, 0), child);
    QVERIFY(!readProcStat(child).has_value());
}

void TestProcStat::residentPagesAsStatmSays()
{
    auto plainResident = [] {
        QFile file(u"/proc/self/statm"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(1).toLongLong()
                                              : -1;
    };
    const qint64 before = plainResident();
    const std::optional<ProcStat> stat = readProcStat(::getpid());
    const qint64 after = plainResident();
    QVERIFY(before > 0);
    QVERIFY(stat.has_value());
    const qint64 resident = stat->residentPages;
    // stat reads the kernel's per-CPU counters without summing them (statm sums them on recent
    // kernels): each CPU may hold back up to a batch of max(32, 2 × CPUs) pages.
    const qint64 cpus = ::sysconf(_SC_NPROCESSORS_CONF);
    const qint64 slack = std::max<qint64>(32, 2 * cpus) * cpus;
    QVERIFY2(resident >= std::min(before, after) - slack
                     && resident <= std::max(before, after) + slack,
             qPrintable(u"%1 pages, statm said %2 then %3 (slack %4)"_s.arg(resident)
                                .arg(before)
                                .arg(after)
                                .arg(slack)));
}

QTEST_GUILESS_MAIN(TestProcStat)
#include "tst_procstat.moc"
