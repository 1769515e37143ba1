#include "processtablefixture.h"

void ProcessTableFixture::initTestCase()
{
    // Decimal points in "0.4 s ago" are the locale's.
    QLocale::setDefault(QLocale::c());
}

void ProcessTableFixture::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_clock = std::make_unique<FakeClock>();
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory(),
                                                m_clock.get());
    QString error;
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
}

void ProcessTableFixture::cleanup()
{
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    m_supervisor.reset();
    m_clock.reset();
    m_env.reset();
}

void ProcessTableFixture::createModel(const ResourceHistory *resources)
{
    m_model = std::make_unique<ProcessTableModel>(m_supervisor.get(), resources);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy = std::make_unique<QSortFilterProxyModel>();
    m_proxy->setSortRole(ProcessTableModel::SortRole);
    m_proxy->setSourceModel(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void ProcessTableFixture::addProgram(const ProgramSpec &spec)
{
    QString error;
    QVERIFY2(m_supervisor->addProgram(spec, &error), qPrintable(error));
}

QString ProcessTableFixture::text(int row, int column, int role) const
{
    return m_model->index(row, column).data(role).toString();
}

QString ProcessTableFixture::text(const QString &name, int column, int role) const
{
    return text(m_model->rowOf(name), column, role);
}
