// The Details dock over another host's program (docs/remote.md), against a real agent on
// loopback tcp: its header, its settings and its restart history are the agent's program's,
// not those of this launcher's program of the same name; its events are the agent's program's,
// in the Events tab and in the log pane with their host; its output opens in a window of its
// own; an agent that dies leaves the last known details, said to be so.
#include "hostswindowfixture.h"
#include "testagent.h"
#include "testenvironment.h"

#include "core/config/configurationkeeper.h"
#include "core/remote/remotehosts.h"
#include "core/supervision/supervisor.h"
#include "gui/details/detailspanel.h"
#include "gui/details/eventspage.h"
#include "gui/models/eventlogmodel.h"
#include "hosttablerows.h"
#include "gui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// The agent's alpha dies with code 7 twice (started, restarted once), then gives up; its beta
/// runs on.
QByteArray crashingAlpha()
{
    return QByteArray(R"({"version": 1, "programs": [
        {"name": "alpha", "program": ")")
            + ZL_TC_CRASHY + R"(", "arguments": ["--after-ms", "300", "--beat", "--exit-code", "7"],
         "heartbeatIntervalMs": 50, "lostTimeoutMs": 60000, "restart": "on-failure",
         "minUptimeMs": 100, "maxRestarts": 1, "stopGraceMs": 1500},
        {"name": "beta", "program": ")"
            + ZL_TC_BEATER + R"(", "heartbeatIntervalMs": 50, "lostTimeoutMs": 60000}]})";
}

} // namespace

class TestMainWindowHostDetails : public HostsWindowFixture
{
    Q_OBJECT

private:
    QTableView *table() const { return m_window->findChild<QTableView *>(u"programTable"_s); }
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found) {
            qWarning("no %s", qPrintable(name));
        }
        return found;
    }
    QString header() const { return child<QLabel>(u"detailsHeader"_s)->text(); }
    QString setting(const QString &name) const { return child<QLabel>(name)->text(); }

private Q_SLOTS:
    void initTestCase() { useTestPaths(u"tst_mainwindowhostdetails"_s); }

    void showsTheAgentsProgram()
    {
        const QString problem = startLocal();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;
        TestAgent agent(*m_env, QStringLiteral(ZL_LAUNCHER), QStringLiteral(ZL_CTL));
        QVERIFY2(agent.prepare(crashingAlpha(), m_clientPublicKey, &error), qPrintable(error));
        QVERIFY(agent.start());
        QByteArray serverKey;
        QTRY_VERIFY_WITH_TIMEOUT((serverKey = agent.serverKey()).size() == 40, 20000);

        m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get(), nullptr,
                                                m_hosts.get());
        QAbstractItemModelTester tester(table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_hosts->add({u"bench"_s, agent.endpoint(), serverKey}, &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(HostTableRows::stateOf(table(), u"bench"_s, u"alpha"_s),
                                  int(ProgramState::Failed), 20000);

        // The dock on the agent's alpha: the header, a setting and the restarts are its.
        m_window->findChild<QAction *>(u"actionShowDetails"_s)->trigger();
        HostTableRows::select(table(), u"bench"_s, u"alpha"_s);
        auto *panel = child<DetailsPanel>(QString());
        QVERIFY(panel);
        QCOMPARE(panel->host(), u"bench"_s);
        QTRY_VERIFY2(header().contains(u"<b>alpha</b> on bench — Failed"_s), qPrintable(header()));
        QTRY_VERIFY2(header().contains(u"Last exit: code 7 at "_s), qPrintable(header()));
        QTRY_VERIFY2(setting(u"settingCommand"_s).contains(u"--exit-code 7"_s),
                     qPrintable(setting(u"settingCommand"_s)));
        QCOMPARE(setting(u"settingRestart"_s), u"on failure"_s);
        QVERIFY2(setting(u"settingLogFile"_s).endsWith(u"alpha.log on bench"_s),
                 qPrintable(setting(u"settingLogFile"_s)));
        auto *tabs = child<QTabWidget>(u"detailsTabs"_s);
        tabs->setCurrentIndex(DetailsPanel::RestartsTab);
        auto *deaths = child<QTreeWidget>(u"deathList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(deaths->topLevelItemCount() >= 2, 20000);
        QCOMPARE(deaths->topLevelItem(0)->text(3), u"code 7"_s);
        QCOMPARE(deaths->topLevelItem(0)->text(4), u"no"_s);
        // Its last words, once the agent has them.
        QTRY_VERIFY_WITH_TIMEOUT(child<QPlainTextEdit>(u"stderrView"_s)
                                         ->toPlainText()
                                         .contains(u"tc_crashy: dying with code 7"_s),
                                 20000);
        QVERIFY(m_supervisor->snapshot(u"alpha"_s)->deaths.isEmpty());

        // Its events, from the agent's stream: the agent's alpha's exits, none of the local
        // alpha's; and in the log pane, with their host.
        tabs->setCurrentIndex(DetailsPanel::EventsTab);
        auto *events = child<EventsPage>(QString());
        const auto eventRows = [events] {
            QStringList rows;
            QAbstractItemModel *model = events->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, EventLogModel::Message);
                rows << index.data(EventLogModel::HostRole).toString() + u' '
                                + index.data().toString();
            }
            return rows;
        };
        QTRY_VERIFY2(!eventRows().filter(u"code 7"_s).isEmpty(),
                     qPrintable(eventRows().join(u'|')));
        QCOMPARE(eventRows().filter(u"bench "_s).size(), eventRows().size());
        auto *log = child<QTableView>(u"logView"_s);
        QStringList logPrograms;
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            logPrograms << log->model()->index(row, EventLogModel::Program).data().toString();
        }
        QVERIFY2(logPrograms.contains(u"alpha@bench"_s), qPrintable(logPrograms.join(u',')));
        // The output opens apart.
        tabs->setCurrentIndex(DetailsPanel::OutputTab);
        child<QPushButton>(u"remoteOutputButton"_s)->click();
        auto *output = child<QDialog>(u"remoteOutputDialog"_s);
        QVERIFY(output);
        QCOMPARE(output->windowTitle(), u"Output of alpha on bench"_s);
        output->close();

        // A running program of the agent: its CPU and memory, from the samples it sends.
        HostTableRows::select(table(), u"bench"_s, u"beta"_s);
        tabs->setCurrentIndex(DetailsPanel::ChartsTab);
        const auto title = [this](const QString &chart) {
            return child<QChartView>(chart)->chart()->title();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(title(u"memoryChart"_s).startsWith(u"Memory (resident): "_s),
                                  qPrintable(title(u"memoryChart"_s)), 20000);
        QVERIFY(title(u"cpuChart"_s).startsWith(u"CPU: "_s));
        QTRY_COMPARE(title(u"heartbeatChart"_s), u"Heartbeats: this host's only"_s);

        // The local alpha's details are its own again.
        HostTableRows::select(table(), QString(), u"alpha"_s);
        QTRY_VERIFY2(header().contains(u"<b>alpha</b> — Running"_s), qPrintable(header()));
        QVERIFY(header().contains(u"No exit seen"_s));
        QTRY_COMPARE(deaths->topLevelItemCount(), 0);
        QVERIFY(!setting(u"settingCommand"_s).contains(u"--exit-code"_s));

        // The agent dies: the last known details stay, said to be so.
        HostTableRows::select(table(), u"bench"_s, u"alpha"_s);
        QTRY_VERIFY(header().contains(u"Last exit: code 7 at "_s));
        agent.kill();
        QTRY_VERIFY_WITH_TIMEOUT(header().contains(u"bench is unreachable since "_s), 30000);
        QVERIFY(header().contains(u"Last exit: code 7 at "_s));
        QVERIFY(setting(u"settingCommand"_s).contains(u"--exit-code 7"_s));
        tabs->setCurrentIndex(DetailsPanel::RestartsTab);
        QVERIFY(deaths->topLevelItemCount() >= 2);
    }

    void cleanup()
    {
        if (m_supervisor) {
            m_supervisor->killAll();
            QTRY_VERIFY(!m_supervisor->hasLiveInstances());
        }
        m_window.reset();
        m_hosts.reset();
        m_keeper.reset();
        m_supervisor.reset();
        m_env.reset();
    }
};

QTEST_MAIN(TestMainWindowHostDetails)
#include "tst_mainwindowhostdetails.moc"
