#include "processtablefixture.h"

void ProcessTableFixture::initTestCase()
{
    // Decimal points in "0.4 s ago" are the locale's.
    QLocale::setDefault(QLocale::c());
}

void ProcessTableFixture::init()
{
    m_clock = std::make_unique<FakeClock>();
    QString error;
    QVERIFY2(setUp(m_clock.get(), &error), qPrintable(error));
}

void ProcessTableFixture::cleanup()
{
    // The models see the programs go, then go before the supervisor they read; the clock
    // outlives the supervisor.
    tearDown([this] {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    });
    m_clock.reset();
}

void ProcessTableFixture::createModel(const ResourceHistory *resources)
{
    m_model = std::make_unique<ProcessTableModel>(m_supervisor.get(), resources);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy = std::make_unique<ProgramSortFilterModel>();
    m_proxy->setSortRole(ProcessTableModel::SortRole);
    m_proxy->setSourceModel(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QString ProcessTableFixture::text(int row, int column, int role) const
{
    return m_model->index(row, column).data(role).toString();
}

QString ProcessTableFixture::text(const QString &name, int column, int role) const
{
    return text(m_model->rowOf(name), column, role);
}
