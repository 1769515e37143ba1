// The memory limit with a real program that leaks and the real resource sampler: past
// maxMemoryMiB for memoryBreachSamples samples in a row it is killed, the event says the figure,
// and it is restarted; a program under its limit is left alone.
#include "core/supervision/resourcemonitor.h"
#include "core/supervision/supervisor.h"

#include "supervisorfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Grows by 8 MiB every 50 ms up to 400 MiB, then holds it: a leak.
const QString leak = uR"(
import time
hoard = []
while len(hoard) < 50:
    hoard.append(bytearray(8 * 1024 * 1024))
    time.sleep(0.05)
time.sleep(600)
)"_s;

} // namespace

class TestMemoryLimit : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void leakingProgramIsRestartedWithTheFigure();
    void programUnderItsLimitIsLeftAlone();

private:
    static ProgramSpec python(const QString &name, const QString &script, int limitMiB)
    {
        ProgramSpec spec = TestEnvironment::spec(name, u"/usr/bin/python3"_s, {u"-c"_s, script});
        spec.kind = ProgramKind::Plain;
        spec.minUptimeMs = 0;
        spec.maxMemoryMiB = limitMiB;
        spec.memoryBreachSamples = 3;
        return spec;
    }

    std::unique_ptr<ResourceMonitor> m_resources;
};

void TestMemoryLimit::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
    m_resources = std::make_unique<ResourceMonitor>(m_supervisor.get());
    m_resources->start(100);
}

void TestMemoryLimit::cleanup()
{
    m_resources.reset();
    tearDown();
}

void TestMemoryLimit::leakingProgramIsRestartedWithTheFigure()
{
    addAndStart(python(u"leaky"_s, leak, 64));
    QTRY_VERIFY_WITH_TIMEOUT(snapshot(u"leaky"_s).restartCount >= 1, 60000);
    const qsizetype killed = firstEvent(u"leaky"_s, EventKind::Stop,
                                        u"stayed above its limit of 64 MiB for 3 sample(s) in a "
                                        "row; killing it to restart"_s);
    QVERIFY(killed >= 0);
    // The figure said is above the limit.
    const QString message = m_events.at(killed).message;
    const int used = message.section(u"its memory, "_s, 1).section(u" MiB"_s, 0, 0).toInt();
    QVERIFY2(used > 64, qPrintable(message));
    QVERIFY(firstStateEvent(u"leaky"_s, ProgramState::Lost) >= 0);
}

void TestMemoryLimit::programUnderItsLimitIsLeftAlone()
{
    addAndStart(python(u"modest"_s, u"import time\ntime.sleep(600)\n"_s, 512));
    QTRY_COMPARE(state(u"modest"_s), ProgramState::Running);
    // Long enough for many samples: the sampler must have seen it, and it must still be up.
    QTRY_VERIFY_WITH_TIMEOUT(m_resources->history().current(u"modest"_s)
                                     && m_resources->history().current(u"modest"_s)->residentBytes
                                             > 0,
                             30000);
    const qint64 pid = snapshot(u"modest"_s).pid;
    QTRY_VERIFY_WITH_TIMEOUT(m_resources->history().samples(u"modest"_s).size() >= 10, 30000);
    QCOMPARE(snapshot(u"modest"_s).pid, pid);
    QCOMPARE(snapshot(u"modest"_s).restartCount, 0);
}

QTEST_GUILESS_MAIN(TestMemoryLimit)
#include "tst_memorylimit.moc"
