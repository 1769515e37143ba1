// The window over another host (docs/remote.md), against a real agent on loopback tcp: File ▸
// Connect to host… adds it (hosts.json), its programs join the table with their host, the
// Program menu acts on them through the agent (Add, Edit and Remove change the agent's
// programs; Open log file follows a program's output there), an agent that dies greys its
// rows, is told as a problem and refuses commands in words, and Disconnect forgets it.
#include "hostswindowfixture.h"
#include "testagent.h"
#include "testenvironment.h"
#include "twobeaters.h"

#include "core/config/configurationkeeper.h"
#include "core/remote/remotehosts.h"
#include "core/supervision/supervisor.h"
#include "gui/models/processtablemodel.h"
#include "hosttablerows.h"
#include "gui/models/remoteprogramsmodel.h"
#include "gui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextDocument>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

class TestMainWindowHosts : public HostsWindowFixture
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
    /// Runs handler on the next modal widget to appear, from the event loop.
    void whenModal(std::function<void(QWidget *)> handler)
    {
        QTimer::singleShot(0, this, [this, handler] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                handler(modal);
            } else {
                whenModal(handler);
            }
        });
    }
    QString hostStatus() const { return m_window->findChild<QLabel *>(u"hostStatus"_s)->text(); }

private Q_SLOTS:
    void initTestCase() { useTestPaths(u"tst_mainwindowhosts"_s); }

    void followsActsAndForgetsAHost()
    {
        const QString problem = startLocal();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;

        // Another "host": an agent on loopback that admits this user's key.
        TestAgent agent(*m_env, QStringLiteral(ZL_LAUNCHER), QStringLiteral(ZL_CTL));
        QVERIFY2(agent.prepare(twoBeaters(), m_clientPublicKey, &error), qPrintable(error));
        QVERIFY(agent.start());
        QTRY_VERIFY_WITH_TIMEOUT(agent.process()->runningPids().size() >= 2, 20000);
        const QByteArray serverKey = agent.serverKey();
        QCOMPARE(serverKey.size(), 40);

        m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get(), nullptr,
                                                m_hosts.get());
        QAbstractItemModelTester tester(table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *remoteRows = m_window->findChild<RemoteProgramsModel *>();
        QVERIFY(remoteRows);
        QAbstractItemModelTester remoteTester(
                remoteRows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(table()->isColumnHidden(ProcessTableModel::Host));
        QTRY_COMPARE(stateOf(QString(), u"alpha"_s), int(ProgramState::Running));

        // File ▸ Connect to host…: a wrong key is refused in the dialog, then the right one.
        bool dialogSeen = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            QVERIFY(dialog);
            // As shown: a Z85 key may hold '<', '>' or '&'.
            QTextDocument shown;
            shown.setHtml(dialog->findChild<QLabel *>(u"clientKeyText"_s)->text());
            QVERIFY(shown.toPlainText().contains(QString::fromLatin1(m_clientPublicKey)));
            dialog->findChild<QLineEdit *>(u"hostName"_s)->setText(u"bench"_s);
            dialog->findChild<QLineEdit *>(u"hostAddress"_s)->setText(agent.endpoint());
            dialog->findChild<QLineEdit *>(u"hostServerKey"_s)->setText(u"not a key"_s);
            auto *connect = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            connect->click();
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->findChild<QLabel *>(u"connectHostProblem"_s)->isHidden());
            dialog->findChild<QLineEdit *>(u"hostServerKey"_s)
                    ->setText(QString::fromLatin1(serverKey));
            connect->click();
            dialogSeen = true;
        });
        action("actionConnectHost")->trigger();
        QVERIFY(dialogSeen);
        QFile hosts(m_env->filePath(u"hosts.json"_s));
        QVERIFY(hosts.open(QIODevice::ReadOnly));
        QVERIFY(hosts.readAll().contains(serverKey));

        // Its programs join the table, with their host; the Host column shows.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"bench"_s, u"alpha"_s), int(ProgramState::Running),
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"bench"_s, u"beta"_s), int(ProgramState::Running),
                                  20000);
        QCOMPARE(cell(u"bench"_s, u"beta"_s, ProcessTableModel::Host, Qt::DisplayRole).toString(),
                 u"bench"_s);
        QCOMPARE(cell(QString(), u"alpha"_s, ProcessTableModel::Host, Qt::DisplayRole).toString(),
                 ProcessTableModel::localHostName());
        QVERIFY(!table()->isColumnHidden(ProcessTableModel::Host));
        // Its ages, on this host's clock: instances launched before the window have an uptime.
        QTRY_VERIFY(!cell(u"bench"_s, u"beta"_s, ProcessTableModel::Uptime, Qt::DisplayRole)
                             .toString()
                             .isEmpty());
        QTRY_COMPARE(hostStatus(), u"Hosts: 1 of 1 answer"_s);
        // A minimised window repaints no host's rows either.
        QVERIFY(remoteRows->isTicking());
        m_window->showMinimized();
        QTRY_VERIFY(!remoteRows->isTicking());
        m_window->showNormal();
        QTRY_VERIFY(remoteRows->isTicking());

        // Add asks where, then adds there through the agent.
        select(u"bench"_s, u"beta"_s);
        bool added = false;
        whenModal([&](QWidget *modal) {
            auto *where = qobject_cast<QInputDialog *>(modal);
            QVERIFY(where);
            QCOMPARE(where->objectName(), u"addWhereDialog"_s);
            QCOMPARE(where->textValue(), u"bench"_s); // the selected row's host
            where->accept();
            whenModal([&](QWidget *dialog) {
                dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"gamma"_s);
                dialog->findChild<QLineEdit *>(u"programEdit"_s)
                        ->setText(QStringLiteral(ZL_TC_BEATER));
                QMetaObject::invokeMethod(dialog, "accept");
                added = true;
            });
        });
        action("actionAddProgram")->trigger();
        QTRY_VERIFY(added);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"bench"_s, u"gamma"_s), int(ProgramState::Running),
                                  20000);
        QVERIFY(!m_supervisor->hasProgram(u"gamma"_s));

        // Stop acts on the agent's alpha, not on this launcher's.
        select(u"bench"_s, u"alpha"_s);
        QVERIFY(action("actionStopProgram")->isEnabled());
        action("actionStopProgram")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"bench"_s, u"alpha"_s), int(ProgramState::Stopped),
                                  20000);
        QCOMPARE(m_supervisor->snapshot(u"alpha"_s)->state, ProgramState::Running);
        QTRY_VERIFY(action("actionStartProgram")->isEnabled());

        // Edit reads the agent's configuration, shows its paths as that host's, and changes
        // its alpha there; the next start runs the change.
        QVERIFY(action("actionEditProgram")->isEnabled());
        bool edited = false;
        whenModal([&](QWidget *dialog) {
            QCOMPARE(dialog->windowTitle(), u"Edit alpha on bench"_s);
            QCOMPARE(dialog->findChild<QLineEdit *>(u"programEdit"_s)->text(),
                     QStringLiteral(ZL_TC_BEATER));
            QVERIFY(!dialog->findChild<QPushButton *>(u"browseProgramButton"_s)->isEnabled());
            dialog->findChild<QLineEdit *>(u"argumentsEdit"_s)->setText(u"--status edited"_s);
            QMetaObject::invokeMethod(dialog, "accept");
            edited = true;
        });
        action("actionEditProgram")->trigger();
        QTRY_VERIFY(edited);
        QTRY_VERIFY(m_window->statusBar()->currentMessage() == u"alpha changed on bench"_s);
        QVERIFY(m_supervisor->spec(u"alpha"_s)->arguments.isEmpty());
        action("actionStartProgram")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
                cell(u"bench"_s, u"alpha"_s, ProcessTableModel::Status, Qt::DisplayRole).toString(),
                u"edited"_s, 20000);
        QVERIFY(cell(QString(), u"alpha"_s, ProcessTableModel::Status, Qt::DisplayRole).toString()
                != u"edited"_s);
        action("actionStopProgram")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"bench"_s, u"alpha"_s), int(ProgramState::Stopped),
                                  20000);

        // Its output, whose file is on the agent's host, is followed through the agent: what
        // it wrote as it stopped is there.
        QVERIFY(action("actionOpenLogFile")->isEnabled());
        action("actionOpenLogFile")->trigger();
        auto *output = m_window->findChild<QDialog *>(u"remoteOutputDialog"_s);
        QVERIFY(output);
        QCOMPARE(output->windowTitle(), u"Output of alpha on bench"_s);
        QTRY_VERIFY_WITH_TIMEOUT(output->findChild<QPlainTextEdit *>(u"remoteOutputText"_s)
                                         ->toPlainText()
                                         .contains(u"tc_beater: stopping"_s),
                                 20000);
        QVERIFY(output->findChild<QLabel *>(u"remoteOutputWhere"_s)
                        ->text()
                        .endsWith(u"alpha.log on bench"_s));
        output->close();

        // Remove asks, then the agent removes it from its configuration.
        select(u"bench"_s, u"beta"_s);
        QVERIFY(action("actionRemoveProgram")->isEnabled());
        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"removeRemoteQuestion"_s);
            QVERIFY(box->text().contains(u"beta on bench"_s));
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == u"Stop and remove"_s) {
                    button->click();
                }
            }
        });
        action("actionRemoveProgram")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(u"bench"_s, u"beta"_s), -1, 20000);
        QVERIFY(rowOf(u"bench"_s, u"alpha"_s) >= 0);

        // The agent dies: its rows stay, greyed, and a command says why it cannot be done.
        agent.kill();
        QTRY_COMPARE_WITH_TIMEOUT(hostStatus(), u"Hosts: 0 of 1 answer"_s, 30000);
        // Told as a problem is (the status bar, and the tray where there is one).
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                         u"bench does not answer since "_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        const QBrush grey = QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        QCOMPARE(cell(u"bench"_s, u"alpha"_s, ProcessTableModel::Name, Qt::ForegroundRole)
                         .value<QBrush>(),
                 grey);
        QVERIFY(cell(u"bench"_s, u"alpha"_s, ProcessTableModel::Name, Qt::ToolTipRole)
                        .toString()
                        .startsWith(u"bench is unreachable since "_s));
        QVERIFY(rowOf(QString(), u"alpha"_s) >= 0);
        QVERIFY(cell(QString(), u"alpha"_s, ProcessTableModel::Name, Qt::ForegroundRole)
                        .value<QBrush>()
                != grey);
        select(u"bench"_s, u"alpha"_s);
        action("actionStartProgram")->trigger();
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(
                u"cannot start alpha on bench: bench is unreachable since "_s));

        // Disconnect forgets it; its programs go on there.
        select(u"bench"_s, u"alpha"_s);
        QVERIFY(action("actionDisconnectHost")->isEnabled());
        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        action("actionDisconnectHost")->trigger();
        QCOMPARE(rowOf(u"bench"_s, u"alpha"_s), -1);
        QVERIFY(rowOf(QString(), u"alpha"_s) >= 0);
        hosts.close();
        QVERIFY(hosts.open(QIODevice::ReadOnly));
        QVERIFY(!hosts.readAll().contains(serverKey));
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"hostStatus"_s)->isHidden());
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

QTEST_MAIN(TestMainWindowHosts)
#include "tst_mainwindowhosts.moc"
