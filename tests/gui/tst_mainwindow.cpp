// The main window driven as a user would: through its actions and dialogs, found by the
// objectNames set in ui/mainwindow.ui, with real programs behind it.
#include "core/configurationkeeper.h"
#include "core/supervisor.h"
#include "gui/mainwindow.h"

#include "testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void namedWidgetsAndActionsExist();
    void addProgramThroughTheDialog();
    void actionsFollowTheSelection();
    void stopFromTheMenu();
    void removeAsksThenUndoRestores();
    void heartbeatsShowInTheLogWhenAsked();
    void quitStopsEveryProgramFirst();
    void pingFollowsTheSelectionAndReachesTheToolTip();
    void waitingProgramShowsAndCanBeStopped();
    void bringToFrontShowsRaisesAndActivates();
    void quitWithoutAskingStopsThenQuits();
    void quitWithoutAskingCanLeaveProgramsRunning();

private:
    QAction *action(const char *name) const;
    void select(const QString &program);
    /// Runs handler on the next modal widget to appear, from the event loop.
    void whenModal(std::function<void(QWidget *)> handler);
    void addRunning(const QString &name);
    /// The table's cell of program in column (through the sorting proxy).
    QModelIndex cell(const QString &program, int column) const;
    /// Log rows (as shown) whose kind column reads kind.
    QStringList logMessages(const QString &kind) const;

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ConfigurationKeeper> m_keeper;
    std::unique_ptr<MainWindow> m_window;
    bool m_modalHandled = false;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"zlauncher-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_env->filePath(u"settings"_s));
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory());
    QString error;
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
    m_keeper = std::make_unique<ConfigurationKeeper>(m_supervisor.get());
    QVERIFY(m_keeper->open(m_env->filePath(u"zlauncher.json"_s)).ok);
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_modalHandled = false;
}

void TestMainWindow::cleanup()
{
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    m_window.reset();
    m_keeper.reset();
    m_supervisor.reset();
    m_env.reset();
}

QAction *TestMainWindow::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no action named %s", name);
    }
    return found;
}

void TestMainWindow::select(const QString &program)
{
    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    table->clearSelection();
    const QModelIndexList matches = table->model()->match(
            table->model()->index(0, 0), Qt::DisplayRole, program, 1, Qt::MatchExactly);
    QVERIFY2(!matches.isEmpty(), qPrintable(program));
    table->selectRow(matches.first().row());
}

void TestMainWindow::whenModal(std::function<void(QWidget *)> handler)
{
    QTimer::singleShot(0, this, [this, handler] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            whenModal(handler);
            return;
        }
        handler(modal);
        m_modalHandled = true;
    });
}

void TestMainWindow::addRunning(const QString &name)
{
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(name, QStringLiteral(ZL_TC_BEATER))));
    m_supervisor->startProgram(name);
    QTRY_COMPARE(m_supervisor->snapshot(name)->state, ProgramState::Running);
}

QModelIndex TestMainWindow::cell(const QString &program, int column) const
{
    const QAbstractItemModel *model = m_window->findChild<QTableView *>(u"programTable"_s)->model();
    const QModelIndexList matches
            = model->match(model->index(0, 0), Qt::DisplayRole, program, 1, Qt::MatchExactly);
    return matches.isEmpty() ? QModelIndex() : matches.first().siblingAtColumn(column);
}

QStringList TestMainWindow::logMessages(const QString &kind) const
{
    const QAbstractItemModel *log = m_window->findChild<QTableView *>(u"logView"_s)->model();
    QStringList messages;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, 2).data().toString() == kind) {
            messages.append(log->index(row, 3).data().toString());
        }
    }
    return messages;
}

void TestMainWindow::namedWidgetsAndActionsExist()
{
    for (const char *name :
         {"actionOpenConfiguration", "actionSave", "actionSaveAs", "actionQuit",
          "actionQuitLeaveRunning", "actionAddProgram", "actionEditProgram", "actionRemoveProgram",
          "actionStartProgram", "actionStopProgram", "actionRestartProgram", "actionKillProgram",
          "actionRetryProgram", "actionStartAll", "actionStopAll", "actionShowHeartbeats",
          "actionAbout", "actionUndo", "actionPingProgram"}) {
        QVERIFY2(action(name), name);
    }
    QVERIFY(m_window->findChild<QTableView *>(u"programTable"_s));
    QVERIFY(m_window->findChild<QTableView *>(u"logView"_s));
    QVERIFY(m_window->findChild<QLineEdit *>(u"filterEdit"_s));
    QCOMPARE(action("actionAddProgram")->shortcut(), QKeySequence(u"Ctrl+N"_s));
    QCOMPARE(action("actionRemoveProgram")->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action("actionEditProgram")->shortcut(), QKeySequence(u"F2"_s));
    QCOMPARE(action("actionQuit")->shortcut(), QKeySequence(u"Ctrl+Q"_s));
    QCOMPARE(action("actionPingProgram")->shortcut(), QKeySequence(u"Ctrl+P"_s));
    QVERIFY(!action("actionAddProgram")->icon().isNull());
    QVERIFY(!action("actionPingProgram")->icon().isNull());
    QVERIFY(m_window->findChild<QMenu *>(u"menuProgram"_s)
                    ->actions()
                    .contains(action("actionPingProgram")));
    // Every shortcut is taken once.
    QList<QKeySequence> shortcuts;
    for (const QAction *each : m_window->findChildren<QAction *>()) {
        if (!each->shortcut().isEmpty()) {
            QVERIFY2(!shortcuts.contains(each->shortcut()), qPrintable(each->objectName()));
            shortcuts.append(each->shortcut());
        }
    }
}

void TestMainWindow::addProgramThroughTheDialog()
{
    whenModal([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"fromDialog"_s);
        dialog->findChild<QLineEdit *>(u"programEdit"_s)->setText(QStringLiteral(ZL_TC_BEATER));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    action("actionAddProgram")->trigger();
    QVERIFY(m_modalHandled);
    QVERIFY(m_supervisor->hasProgram(u"fromDialog"_s));
    QTRY_COMPARE(m_supervisor->snapshot(u"fromDialog"_s)->state, ProgramState::Running);
    QFile config(m_keeper->path());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(config.readAll().contains("fromDialog"));
}

void TestMainWindow::actionsFollowTheSelection()
{
    addRunning(u"alive"_s);
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"idle"_s, QStringLiteral(ZL_TC_BEATER))));

    select(u"alive"_s);
    QVERIFY(!action("actionStartProgram")->isEnabled());
    QVERIFY(action("actionStopProgram")->isEnabled());
    QVERIFY(action("actionKillProgram")->isEnabled());
    QVERIFY(action("actionEditProgram")->isEnabled());
    QVERIFY(!action("actionRetryProgram")->isEnabled());

    select(u"idle"_s);
    QVERIFY(action("actionStartProgram")->isEnabled());
    QVERIFY(!action("actionStopProgram")->isEnabled());
    QVERIFY(!action("actionKillProgram")->isEnabled());
}

void TestMainWindow::stopFromTheMenu()
{
    addRunning(u"alive"_s);
    select(u"alive"_s);
    action("actionStopProgram")->trigger();
    QTRY_COMPARE(m_supervisor->snapshot(u"alive"_s)->state, ProgramState::Stopped);
    QTRY_VERIFY(action("actionStartProgram")->isEnabled());
}

void TestMainWindow::removeAsksThenUndoRestores()
{
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"idle"_s, QStringLiteral(ZL_TC_BEATER))));
    select(u"idle"_s);
    QString question;
    whenModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click();
                return;
            }
        }
    });
    action("actionRemoveProgram")->trigger();
    QVERIFY(m_modalHandled);
    QVERIFY2(question.contains(u"idle"_s), qPrintable(question));
    QVERIFY(!m_supervisor->hasProgram(u"idle"_s));
    QVERIFY(action("actionUndo")->isEnabled());
    QVERIFY(action("actionUndo")->text().contains(u"idle"_s));

    action("actionUndo")->trigger();
    QVERIFY(m_supervisor->hasProgram(u"idle"_s));
    QVERIFY(!action("actionUndo")->isEnabled());
}

void TestMainWindow::heartbeatsShowInTheLogWhenAsked()
{
    addRunning(u"alive"_s);
    auto *log = m_window->findChild<QTableView *>(u"logView"_s);
    const auto heartbeatRows = [log] {
        int rows = 0;
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            rows += log->model()->index(row, 3).data().toString().startsWith(u"beat"_s) ? 1 : 0;
        }
        return rows;
    };
    QCOMPARE(heartbeatRows(), 0);
    action("actionShowHeartbeats")->setChecked(true);
    QVERIFY(m_window->findChild<QCheckBox *>(u"showHeartbeatsCheck"_s)->isChecked());
    QTRY_VERIFY(heartbeatRows() >= 3);
    action("actionShowHeartbeats")->setChecked(false);
    QCOMPARE(heartbeatRows(), 0);
}

void TestMainWindow::quitStopsEveryProgramFirst()
{
    addRunning(u"one"_s);
    addRunning(u"two"_s);
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                button->click(); // "Stop all and quit"
                return;
            }
        }
    });
    m_window->close();
    QVERIFY(m_modalHandled);
    QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    QCOMPARE(m_supervisor->snapshot(u"one"_s)->state, ProgramState::Stopped);
    QCOMPARE(m_supervisor->snapshot(u"two"_s)->lastExit->code, 0);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestMainWindow::pingFollowsTheSelectionAndReachesTheToolTip()
{
    addRunning(u"alive"_s);
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"idle"_s, QStringLiteral(ZL_TC_BEATER))));
    ProgramSpec plain = TestEnvironment::spec(u"plain"_s, QStringLiteral(ZL_TC_SILENT));
    plain.kind = ProgramKind::Plain;
    QVERIFY(m_supervisor->addProgram(plain));
    m_supervisor->startProgram(u"plain"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"plain"_s)->state, ProgramState::Running);

    // Only a heartbeat program with a live instance can answer.
    select(u"idle"_s);
    QVERIFY(!action("actionPingProgram")->isEnabled());
    select(u"plain"_s);
    QVERIFY(!action("actionPingProgram")->isEnabled());
    select(u"alive"_s);
    QVERIFY(action("actionPingProgram")->isEnabled());

    QVERIFY(!cell(u"alive"_s, 0).data(Qt::ToolTipRole).toString().contains(u"ping"_s));
    action("actionPingProgram")->trigger();
    QTRY_VERIFY2(
            cell(u"alive"_s, 0).data(Qt::ToolTipRole).toString().contains(u"Last ping: pong"_s),
            qPrintable(cell(u"alive"_s, 0).data(Qt::ToolTipRole).toString()));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(u"Ping alive: pong"_s));
    const QString tip = cell(u"alive"_s, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u" ms, "_s) && tip.endsWith(u" s ago"_s), qPrintable(tip));
    QTRY_COMPARE(logMessages(u"ping"_s).size(), 1);
    QVERIFY2(logMessages(u"ping"_s).first().contains(u"pong"_s),
             qPrintable(logMessages(u"ping"_s).first()));

    // The kinds menu lists pings, and hides them when asked.
    QAction *pings = nullptr;
    QStringList kinds;
    for (QAction *each :
         m_window->findChild<QToolButton *>(u"logKindsButton"_s)->menu()->actions()) {
        kinds.append(each->text());
        QVERIFY(each->isChecked());
        if (each->text() == u"Pings"_s) {
            pings = each;
        }
    }
    QVERIFY2(kinds.contains(u"Remote control (zlauncherctl)"_s) && kinds.contains(u"Connections"_s),
             qPrintable(kinds.join(u", "_s)));
    QVERIFY(pings);
    pings->setChecked(false);
    QCOMPARE(logMessages(u"ping"_s).size(), 0);

    m_supervisor->killProgram(u"alive"_s);
    QTRY_VERIFY(!action("actionPingProgram")->isEnabled());
}

void TestMainWindow::waitingProgramShowsAndCanBeStopped()
{
    // db never beats, so it is never ready and app waits for it.
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"db"_s, QStringLiteral(ZL_TC_SILENT))));
    ProgramSpec app = TestEnvironment::spec(u"app"_s, QStringLiteral(ZL_TC_BEATER));
    app.dependsOn = {u"db"_s};
    QString error;
    QVERIFY2(m_supervisor->addProgram(app, &error), qPrintable(error));
    select(u"app"_s);
    action("actionStartProgram")->trigger();
    QCOMPARE(m_supervisor->snapshot(u"app"_s)->waitingFor, QStringList{u"db"_s});
    QTRY_COMPARE(cell(u"app"_s, 1).data().toString(), u"Waiting for db"_s);
    // Already asked to start: Start is off, Stop cancels the wait.
    QTRY_VERIFY(action("actionStopProgram")->isEnabled());
    QVERIFY(!action("actionStartProgram")->isEnabled());
    const QStringList labels = [this] {
        QStringList texts;
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
            texts.append(label->text());
        }
        return texts;
    }();
    QVERIFY2(labels.join(u'|').contains(u"Waiting: 1"_s), qPrintable(labels.join(u'|')));

    action("actionStopProgram")->trigger();
    QVERIFY(m_supervisor->snapshot(u"app"_s)->waitingFor.isEmpty());
    QTRY_COMPARE(cell(u"app"_s, 1).data().toString(), u"Stopped"_s);
    QTRY_VERIFY(action("actionStartProgram")->isEnabled());
}

void TestMainWindow::bringToFrontShowsRaisesAndActivates()
{
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    m_window->bringToFront();
    QTRY_VERIFY(!m_window->isMinimized());
    QVERIFY(m_window->isVisible());

    m_window->hide();
    QWidget other;
    other.show();
    other.activateWindow();
    QTRY_VERIFY(other.isActiveWindow());
    m_window->bringToFront();
    QTRY_VERIFY(m_window->isVisible());
    QTRY_VERIFY(m_window->isActiveWindow());
}

void TestMainWindow::quitWithoutAskingStopsThenQuits()
{
    addRunning(u"one"_s);
    addRunning(u"two"_s);
    // No question: any message box that shows is noted and dismissed.
    bool asked = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    watcher.start(10);
    m_window->quitWithoutAsking(false);
    m_window->quitWithoutAsking(false); // again, as a second zlauncherctl quit would
    QCOMPARE(m_window->findChildren<QProgressDialog *>(u"quitProgress"_s).size(), 1);
    QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    QCOMPARE(m_supervisor->snapshot(u"one"_s)->lastExit->code, 0);
    QCOMPARE(m_supervisor->snapshot(u"two"_s)->lastExit->code, 0);
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!asked);
}

void TestMainWindow::quitWithoutAskingCanLeaveProgramsRunning()
{
    addRunning(u"one"_s);
    const qint64 pid = m_supervisor->snapshot(u"one"_s)->pid;
    m_window->quitWithoutAsking(true);
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_window->findChildren<QProgressDialog *>().isEmpty());
    QCOMPARE(m_supervisor->snapshot(u"one"_s)->state, ProgramState::Running);
    QCOMPARE(m_supervisor->snapshot(u"one"_s)->pid, pid);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
