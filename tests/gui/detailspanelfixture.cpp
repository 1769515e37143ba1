#include "detailspanelfixture.h"

void DetailsPanelFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void DetailsPanelFixture::init()
{
    QString error;
    QVERIFY2(setUp(nullptr, &error), qPrintable(error));
    // Before the event loop runs, from which the collector begins (OutputCollector).
    m_supervisor->outputCollector()->setDaemonPath(QStringLiteral(ZL_LOGD));
    m_resources = std::make_unique<ResourceHistory>();
    m_eventLog = std::make_unique<EventLogModel>(m_supervisor.get());
    m_panel = std::make_unique<DetailsPanel>(m_supervisor.get(), m_resources.get(),
                                             m_eventLog.get());
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void DetailsPanelFixture::cleanup()
{
    m_panel.reset();
    m_eventLog.reset();
    tearDown();
    m_resources.reset();
}

QString DetailsPanelFixture::setting(const char *name) const
{
    const auto *label = m_panel->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : u"(no label %1)"_s.arg(QString::fromLatin1(name));
}

void DetailsPanelFixture::saveScreenshot(const QString &name) const
{
    const QString folder = qEnvironmentVariable("ZL_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        m_panel->grab().save(QDir(folder).filePath(name + u".png"_s));
    }
}
