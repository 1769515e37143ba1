#include "detailspanelfixture.h"

void DetailsPanelFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void DetailsPanelFixture::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory());
    m_supervisor->outputCollector()->setDaemonPath(QStringLiteral(ZL_LOGD));
    QString error;
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
    m_resources = std::make_unique<ResourceHistory>();
    m_events = std::make_unique<EventLogModel>(m_supervisor.get());
    m_panel = std::make_unique<DetailsPanel>(m_supervisor.get(), m_resources.get(), m_events.get());
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void DetailsPanelFixture::cleanup()
{
    m_panel.reset();
    m_events.reset();
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    m_supervisor.reset();
    m_resources.reset();
    m_env.reset();
}

void DetailsPanelFixture::addProgram(const ProgramSpec &spec)
{
    QString error;
    QVERIFY2(m_supervisor->addProgram(spec, &error), qPrintable(error));
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
