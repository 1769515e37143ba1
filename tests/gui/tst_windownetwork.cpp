// The window over two agents on two "hosts" (network namespaces joined by veth pairs,
// tests/integration/networkhosts.h), beside zlauncherctl --host: both drive programs on both,
// each sees what the other did; a cut cable greys one host's rows and refuses its commands
// while its agent goes on supervising; with the cable back its rows are resynchronised, the
// window's mirror holds the agent's last event number, its log what the agent did meanwhile,
// and each namespace runs exactly the instances the window shows (a /proc scan). Needs root; skips,
// saying why, elsewhere.
#include "networkhosts.h"

#include "core/config/configurationkeeper.h"
#include "core/remote/remotehosts.h"
#include "core/remote/remotelauncher.h"
#include "core/supervision/supervisor.h"
#include "gui/models/eventlogmodel.h"
#include "gui/models/processtablemodel.h"
#include "hosttablerows.h"
#include "gui/window/mainwindow.h"

#include <csignal>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

class TestWindowNetwork : public QObject
{
    Q_OBJECT

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QTableView *table() const { return m_window->findChild<QTableView *>(u"programTable"_s); }
    int rowOf(const QString &host, const QString &program) const
    {
        return HostTableRows::rowOf(table(), host, program);
    }
    QVariant cell(const QString &host, const QString &program, int column, int role) const
    {
        return HostTableRows::cell(table(), host, program, column, role);
    }
    int stateOf(const QString &host, const QString &program) const
    {
        return HostTableRows::stateOf(table(), host, program);
    }
    void select(const QString &host, const QString &program)
    {
        HostTableRows::select(table(), host, program);
    }
    qint64 pidOf(const QString &host, const QString &program) const
    {
        return cell(host, program, ProcessTableModel::Pid, Qt::DisplayRole).toLongLong();
    }
    /// The rows of the log pane (as shown) of host's program, of one kind.
    int logRows(const QString &host, const QString &program, EventKind kind) const
    {
        const QAbstractItemModel *log = m_window->findChild<QTableView *>(u"logView"_s)->model();
        int count = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            const QModelIndex index = log->index(row, 0);
            count += index.data(EventLogModel::HostRole).toString() == host
                            && index.data(EventLogModel::ProgramRole).toString() == program
                            && index.data(EventLogModel::KindRole).toInt() == int(kind)
                    ? 1
                    : 0;
        }
        return count;
    }
    QString hostStatus() const { return m_window->findChild<QLabel *>(u"hostStatus"_s)->text(); }
    /// The agent's last event number, as a reply of its own says it; 0 without a reply.
    quint64 agentSeq(const QString &host)
    {
        quint64 seq = 0;
        bool answered = false;
        m_remote->launcher(host)->request(QJsonObject{{u"command"_s, u"info"_s}},
                                          [&](const QJsonObject &reply, const QString &) {
                                              seq = reply.value(u"seq"_s).toInteger();
                                              answered = true;
                                          });
        return QTest::qWaitFor([&] { return answered; }, 20000) ? seq : 0;
    }
    static QList<qint64> sorted(QList<qint64> pids)
    {
        std::sort(pids.begin(), pids.end());
        return pids;
    }

    std::unique_ptr<NetworkHosts> m_hosts;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ConfigurationKeeper> m_keeper;
    std::unique_ptr<RemoteHosts> m_remote;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"zlauncher-tests"_s);
        QCoreApplication::setApplicationName(u"tst_windownetwork"_s);
    }

    void init()
    {
        m_hosts = std::make_unique<NetworkHosts>();
        if (const QString why = m_hosts->prepare(); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
    }

    void cleanup()
    {
        m_window.reset();
        m_remote.reset();
        if (m_supervisor) {
            m_supervisor->killAll();
            QTRY_VERIFY(!m_supervisor->hasLiveInstances());
        }
        m_keeper.reset();
        m_supervisor.reset();
        m_hosts.reset();
    }

    void oneWindowAndOneCtlDriveTwoAgentsThroughACutLink()
    {
        NetworkHosts::Host &a = m_hosts->a();
        NetworkHosts::Host &b = m_hosts->b();
        for (NetworkHosts::Host *host : {&a, &b}) {
            const QString error = m_hosts->startAgent(*host);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        TestEnvironment &env = m_hosts->environment();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, env.filePath(u"settings"_s));
        m_supervisor = std::make_unique<Supervisor>(&env.runtimeDir(), env.logDirectory());
        QString error;
        QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
        m_keeper = std::make_unique<ConfigurationKeeper>(m_supervisor.get());
        QVERIFY(m_keeper->open(env.filePath(u"zlauncher.json"_s)).ok);
        // The window follows the hosts the ctl added to the client's hosts.json.
        m_remote = std::make_unique<RemoteHosts>(m_supervisor->zmqContext(), m_hosts->hostsPath(),
                                                 m_hosts->clientKeyPath());
        QVERIFY2(m_remote->load(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get(), nullptr,
                                                m_remote.get());
        QAbstractItemModelTester tester(table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester logTester(m_window->findChild<QTableView *>(u"logView"_s)->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (const NetworkHosts::Host *host : {&a, &b}) {
            for (const QString &program : {u"alpha"_s, u"beta"_s}) {
                QTRY_COMPARE_WITH_TIMEOUT(stateOf(host->name, program), int(ProgramState::Running),
                                          20000);
            }
        }
        QTRY_COMPARE(hostStatus(), u"Hosts: 2 of 2 answer"_s);

        // The window stops B's beta; the ctl sees it. The ctl stops A's beta; the window sees it.
        select(b.name, u"beta"_s);
        action("actionStopProgram")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!b.agent->eventsOf(u"exit"_s, u"beta"_s).isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(b.name, u"beta"_s), int(ProgramState::Stopped), 20000);
        const ProcessRun status
                = m_hosts->client({u"--host"_s, b.name, u"--json"_s, u"status"_s, u"beta"_s});
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8())[u"program"][u"state"].toString(),
                 u"stopped"_s);
        const ProcessRun stop = m_hosts->client({u"--host"_s, a.name, u"stop"_s, u"beta"_s});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(a.name, u"beta"_s), int(ProgramState::Stopped), 20000);
        QCOMPARE(stateOf(b.name, u"alpha"_s), int(ProgramState::Running));

        // A's cable cut: its rows grey, the count says so, and a command says why it cannot be.
        QVERIFY(m_hosts->setCable(a, false));
        QElapsedTimer cutAt;
        cutAt.start();
        QTRY_COMPARE_WITH_TIMEOUT(hostStatus(), u"Hosts: 1 of 2 answer"_s, 30000);
        qInfo("the window showed %s unreachable %lld ms after the cut", qPrintable(a.name),
              cutAt.elapsed());
        const QBrush grey = QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        QCOMPARE(cell(a.name, u"alpha"_s, ProcessTableModel::Name, Qt::ForegroundRole)
                         .value<QBrush>(),
                 grey);
        QVERIFY(cell(b.name, u"alpha"_s, ProcessTableModel::Name, Qt::ForegroundRole)
                        .value<QBrush>()
                != grey);
        select(a.name, u"beta"_s);
        action("actionStartProgram")->trigger();
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(
                u"cannot start beta on bench-a: bench-a is unreachable since "_s));

        // Cut off, A goes on supervising: its alpha, killed, comes back there.
        const qint64 before = NetworkHosts::lastRunningPid(a, u"alpha"_s);
        QCOMPARE(::kill(static_cast<pid_t>(before), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(NetworkHosts::lastRunningPid(a, u"alpha"_s) != before, 20000);
        // The window's B goes on too.
        select(b.name, u"beta"_s);
        action("actionStartProgram")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(b.name, u"beta"_s), int(ProgramState::Running), 20000);

        // The cable back: A's rows are what A did meanwhile, nothing lost or twice.
        QVERIFY(m_hosts->setCable(a, true));
        QElapsedTimer upAt;
        upAt.start();
        QTRY_COMPARE_WITH_TIMEOUT(hostStatus(), u"Hosts: 2 of 2 answer"_s, 30000);
        qInfo("the window was synchronised with %s again %lld ms after the cable came back",
              qPrintable(a.name), upAt.elapsed());
        const qint64 alphaA = NetworkHosts::lastRunningPid(a, u"alpha"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pidOf(a.name, u"alpha"_s), alphaA, 20000);
        QCOMPARE(stateOf(a.name, u"beta"_s), int(ProgramState::Stopped));
        QVERIFY(cell(a.name, u"alpha"_s, ProcessTableModel::Name, Qt::ForegroundRole)
                        .value<QBrush>()
                != grey);
        for (const NetworkHosts::Host *host : {&a, &b}) {
            const quint64 seq = agentSeq(host->name);
            QVERIFY(seq > 0);
            QTRY_COMPARE(m_remote->launcher(host->name)->mirror().lastSeq(), seq);
        }
        // The log shows what A did while cut off, fetched again: alpha's death there, once.
        QTRY_COMPARE_WITH_TIMEOUT(logRows(a.name, u"alpha"_s, EventKind::Exit), 1, 20000);
        QCOMPARE(logRows(a.name, QString(), EventKind::Connection), 0); // nothing said lost
        const QString beater = QStringLiteral(ZL_TC_BEATER);
        QCOMPARE(m_hosts->pidsInside(a, beater), QList<qint64>{alphaA});
        QCOMPARE(sorted(m_hosts->pidsInside(b, beater)),
                 sorted({pidOf(b.name, u"alpha"_s), pidOf(b.name, u"beta"_s)}));
        QCOMPARE(pidOf(b.name, u"beta"_s), NetworkHosts::lastRunningPid(b, u"beta"_s));
    }
};

QTEST_MAIN(TestWindowNetwork)
#include "tst_windownetwork.moc"
