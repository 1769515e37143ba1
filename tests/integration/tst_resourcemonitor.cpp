// When the resource monitor samples, with a real supervisor and the real sampler: at its
// interval (here 100 ms) until the first figures are in, while a window shows them, after a
// control request read them and while a program has a memory limit; at its unread interval
// otherwise (10 s; here an hour, so that no deadline of the test is close to it).
#include "core/supervision/resourcemonitor.h"
#include "core/supervision/supervisor.h"

#include "supervisorfixture.h"
#include "testenvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int readIntervalMs = 100;
constexpr int unreadIntervalMs = 3600 * 1000;
} // namespace

class TestResourceMonitor : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unreadFiguresAreSampledSlowly();
    void aReadSpeedsSamplingUp();
    void aMemoryLimitKeepsSamplingFast();

private:
    std::unique_ptr<ResourceMonitor> m_resources;
};

void TestResourceMonitor::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
    m_resources = std::make_unique<ResourceMonitor>(m_supervisor.get());
    m_resources->setShown(false); // headless
    m_resources->start(readIntervalMs, unreadIntervalMs);
}

void TestResourceMonitor::cleanup()
{
    m_resources.reset();
    tearDown();
}

void TestResourceMonitor::unreadFiguresAreSampledSlowly()
{
    QCOMPARE(m_resources->interval(), readIntervalMs); // until the first figures are in
    QTRY_COMPARE(m_resources->interval(), unreadIntervalMs);
    m_resources->setShown(true);
    QCOMPARE(m_resources->interval(), readIntervalMs);
    m_resources->setShown(false);
    QCOMPARE(m_resources->interval(), unreadIntervalMs);
}

void TestResourceMonitor::aReadSpeedsSamplingUp()
{
    addAndStart(TestEnvironment::plainSleeper(u"sleeper"_s));
    QTRY_COMPARE(state(u"sleeper"_s), ProgramState::Running);
    QTRY_COMPARE(m_resources->interval(), unreadIntervalMs);
    QSignalSpy updated(&m_resources->history(), &ResourceHistory::updated);
    m_resources->noteRead();
    QCOMPARE(m_resources->interval(), readIntervalMs);
    // Samples come at the short interval again, not after the hour already started.
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 3, 60000);
    QVERIFY(m_resources->history().current(u"sleeper"_s).has_value());
}

void TestResourceMonitor::aMemoryLimitKeepsSamplingFast()
{
    QTRY_COMPARE(m_resources->interval(), unreadIntervalMs);
    ProgramSpec limited = TestEnvironment::plainSleeper(u"limited"_s);
    limited.maxMemoryMiB = 1024;
    addAndStart(limited);
    QTRY_COMPARE(m_resources->interval(), readIntervalMs);
    QVERIFY(m_supervisor->removeProgram(u"limited"_s, Supervisor::RemoveMode::StopFirst));
    QTRY_COMPARE(m_resources->interval(), unreadIntervalMs);
}

QTEST_GUILESS_MAIN(TestResourceMonitor)
#include "tst_resourcemonitor.moc"
