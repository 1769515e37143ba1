// The main window driven as a user would: through its actions and dialogs, found by the
// objectNames set in ui/mainwindow.ui, with real programs behind it. Also the notifications'
// rules (what is a problem, how often it may be told), which need no system tray.
#include "core/config/configurationkeeper.h"
#include "core/supervision/supervisor.h"
#include "gui/details/detailspanel.h"
#include "gui/formatting.h"
#include "gui/window/mainwindow.h"
#include "gui/models/processtablemodel.h"
#include "gui/window/notificationlimiter.h"
#include "gui/window/problemnotifier.h"

#include "testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <csignal>
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
    void detailsDockFollowsTheCurrentRow();
    void cpuAndMemoryOfABusyAndASleepingProgram();
    void oldColumnLayoutIsNotMisapplied();
    void firstRunLayoutFitsWithTheDetailsOpen_data();
    void firstRunLayoutFitsWithTheDetailsOpen();
    void savedDetailsPlaceAndColumnsAreRestored();
    void exportTableThroughTheDialog();
    void saveLogAsJsonLines();
    void crashIsNotifiedButAStopIsNot();
    void givenUpIsToldDespiteTheCrashesBefore();
    void limiterHoldsBackPerProgramAndOverall();
    void notifierTellsCrashesHangsAndGivingUp();

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
    /// Answers the next file dialog (objectName) with path.
    void saveThroughDialog(const QString &dialogName, const QString &path);
    QString statusLabels() const;

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

void TestMainWindow::saveThroughDialog(const QString &dialogName, const QString &path)
{
    whenModal([dialogName, path](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), dialogName);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

QString TestMainWindow::statusLabels() const
{
    QStringList texts;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
        texts.append(label->text());
    }
    return texts.join(u'|');
}

void TestMainWindow::namedWidgetsAndActionsExist()
{
    for (const char *name : {"actionOpenConfiguration",
                             "actionSave",
                             "actionSaveAs",
                             "actionQuit",
                             "actionExportTable",
                             "actionQuitLeaveRunning",
                             "actionAddProgram",
                             "actionEditProgram",
                             "actionRemoveProgram",
                             "actionStartProgram",
                             "actionStopProgram",
                             "actionRestartProgram",
                             "actionKillProgram",
                             "actionRetryProgram",
                             "actionStartAll",
                             "actionStopAll",
                             "actionShowHeartbeats",
                             "actionAbout",
                             "actionUndo",
                             "actionPingProgram"}) {
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
    QCOMPARE(action("actionExportTable")->shortcut(), QKeySequence(u"Ctrl+E"_s));
    QVERIFY(m_window->findChild<QMenu *>(u"menuFile"_s)
                    ->actions()
                    .contains(action("actionExportTable")));
    QVERIFY(m_window->resourceHistory());
    QCOMPARE(action("actionShowDetails")->shortcut(), QKeySequence(u"F9"_s));
    QVERIFY(m_window->findChild<QMenu *>(u"menuView"_s)
                    ->actions()
                    .contains(action("actionShowDetails")));
    QVERIFY(m_window->findChild<ProblemNotifier *>(u"problemNotifier"_s));
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

void TestMainWindow::detailsDockFollowsTheCurrentRow()
{
    addRunning(u"alpha"_s);
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"beta"_s, QStringLiteral(ZL_TC_BEATER))));
    auto *dock = m_window->findChild<QDockWidget *>(u"dockDetails"_s);
    QVERIFY(dock);
    auto *panel = qobject_cast<DetailsPanel *>(dock->widget());
    QVERIFY(panel);
    QVERIFY(!dock->isVisible()); // until asked for
    action("actionShowDetails")->trigger();
    QTRY_VERIFY(dock->isVisible());

    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    table->setCurrentIndex(cell(u"beta"_s, ProcessTableModel::Name));
    QCOMPARE(panel->program(), u"beta"_s);
    // Sorted the other way, the current row still names the program shown.
    table->sortByColumn(ProcessTableModel::Name, Qt::DescendingOrder);
    table->setCurrentIndex(cell(u"alpha"_s, ProcessTableModel::State));
    QCOMPARE(panel->program(), u"alpha"_s);

    action("actionShowDetails")->trigger();
    QTRY_VERIFY(!dock->isVisible());
    // Its visibility is part of the window state saved on close (nothing running: no question).
    m_supervisor->killAll();
    QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    m_window->close();
    QVERIFY(QSettings().contains(u"mainWindow/state"_s));
}

void TestMainWindow::cpuAndMemoryOfABusyAndASleepingProgram()
{
    ProgramSpec busy
            = TestEnvironment::spec(u"busy"_s, u"/bin/sh"_s, {u"-c"_s, u"while :; do :; done"_s});
    busy.kind = ProgramKind::Plain;
    ProgramSpec sleeper = TestEnvironment::spec(u"sleeper"_s, QStringLiteral(ZL_TC_SILENT));
    sleeper.kind = ProgramKind::Plain;
    QVERIFY(m_supervisor->addProgram(busy));
    QVERIFY(m_supervisor->addProgram(sleeper));
    m_supervisor->startAll();
    const auto cpu = [this](const QString &name) {
        const QVariant value = cell(name, ProcessTableModel::Cpu).data(ProcessTableModel::SortRole);
        return value.isValid() ? value.toDouble() : -1.0;
    };
    // The sampler's second sample is the first with an interval to measure over.
    QTRY_VERIFY_WITH_TIMEOUT(cpu(u"busy"_s) > 50.0, 15000);
    QTRY_VERIFY(cpu(u"sleeper"_s) >= 0.0);
    QVERIFY2(cpu(u"sleeper"_s) < 5.0, qPrintable(QString::number(cpu(u"sleeper"_s))));
    QVERIFY(cpu(u"busy"_s) < 105.0); // one shell, one core at most
    QVERIFY(cell(u"busy"_s, ProcessTableModel::Cpu).data().toString().endsWith(u" %"_s));
    const qint64 resident = cell(u"busy"_s, ProcessTableModel::Memory)
                                    .data(ProcessTableModel::SortRole)
                                    .toLongLong();
    QVERIFY(resident > 100 * 1024 && resident < 100 * 1024 * 1024);
    const QString tip = cell(u"busy"_s, ProcessTableModel::Cpu).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"of one core"_s) && tip.contains(u"1 process in the group"_s),
             qPrintable(tip));
    // Totals in the status bar; the history the details panel reads is the same.
    QTRY_VERIFY2(statusLabels().contains(u"CPU "_s), qPrintable(statusLabels()));
    QVERIFY(m_window->resourceHistory()->current(u"busy"_s).has_value());
    QVERIFY(m_window->resourceHistory()->total().cpuPercent >= cpu(u"busy"_s) - 0.01);

    // Stopped: the figures go with the process.
    m_supervisor->killProgram(u"busy"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"busy"_s)->state, ProgramState::Stopped);
    QCOMPARE(cell(u"busy"_s, ProcessTableModel::Cpu).data().toString(), QString());
}

void TestMainWindow::oldColumnLayoutIsNotMisapplied()
{
    m_window.reset();
    {
        // The layout of the table before CPU, Memory and Heartbeats: nine columns, Uptime (3)
        // hidden. Restored by index, it would hide the new CPU column.
        QStandardItemModel oldModel(0, 9);
        QHeaderView oldHeader(Qt::Horizontal);
        oldHeader.setModel(&oldModel);
        oldHeader.hideSection(3);
        QSettings().setValue(u"mainWindow/programColumns"_s, oldHeader.saveState());
    }
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    // The first-run columns: every one but the command line, which the Details dock shows.
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        QCOMPARE(table->isColumnHidden(column), column == ProcessTableModel::Command);
    }
    // Wide enough for the widest figures from the start.
    const QFontMetrics metrics = table->fontMetrics();
    QVERIFY(table->columnWidth(ProcessTableModel::Cpu)
            > metrics.horizontalAdvance(formatCpu(888.8)));
    QVERIFY(table->columnWidth(ProcessTableModel::Memory)
            > metrics.horizontalAdvance(formatBytes(888LL * 1024 * 1024)));
    QVERIFY(table->columnWidth(ProcessTableModel::Pulse) >= 150);

    // The new layout is saved under its own key, the old one dropped, and it comes back.
    table->setColumnHidden(ProcessTableModel::Memory, true);
    m_window->close();
    QVERIFY(!QSettings().contains(u"mainWindow/programColumns"_s));
    QVERIFY(QSettings().contains(u"mainWindow/programColumnsV2"_s));
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    table = m_window->findChild<QTableView *>(u"programTable"_s);
    QVERIFY(table->isColumnHidden(ProcessTableModel::Memory));
    QVERIFY(!table->isColumnHidden(ProcessTableModel::Cpu));
}

void TestMainWindow::firstRunLayoutFitsWithTheDetailsOpen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("area");
    // 1260 px: the first-run window on a 1400×900 screen (nine tenths of it); 1400 px: that
    // window maximised.
    QTest::newRow("en, 1260 px") << u"en"_s << 1260 << int(Qt::BottomDockWidgetArea);
    QTest::newRow("fr, 1260 px") << u"fr"_s << 1260 << int(Qt::BottomDockWidgetArea);
    QTest::newRow("en, 1400 px") << u"en"_s << 1400 << int(Qt::BottomDockWidgetArea);
    QTest::newRow("fr, 1400 px") << u"fr"_s << 1400 << int(Qt::BottomDockWidgetArea);
    QTest::newRow("en, 2000 px") << u"en"_s << 2000 << int(Qt::RightDockWidgetArea);
    QTest::newRow("fr, 2000 px") << u"fr"_s << 2000 << int(Qt::RightDockWidgetArea);
}

void TestMainWindow::firstRunLayoutFitsWithTheDetailsOpen()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QFETCH(int, area);
    // A first run (no settings yet) in that language.
    m_window.reset();
    const QLocale locale;
    QTranslator translator;
    if (language != u"en"_s) {
        QVERIFY(translator.load(QLocale(language), u"zlauncher"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
    }
    const auto restore = qScopeGuard([this, &translator, &locale] {
        m_window.reset();
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(locale);
    });
    // Two programs beating, as in the demo.
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"client1"_s, QStringLiteral(ZL_TC_BEATER))));
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"client2"_s, QStringLiteral(ZL_TC_BEATER))));
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_supervisor->startAll();
    QTRY_COMPARE(m_supervisor->snapshot(u"client2"_s)->state, ProgramState::Running);

    // The window at that width, then the dock opened (F9) on a selected program.
    m_window->resize(width, width * 9 / 14);
    action("actionShowDetails")->trigger();
    select(u"client1"_s);
    auto *dock = m_window->findChild<QDockWidget *>(u"dockDetails"_s);
    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(int(m_window->dockWidgetArea(dock)), area);
    // Laid out: the table beside the dock or above it, not under it.
    const auto inWindow = [this](const QWidget *widget) {
        return QRect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    };
    QTRY_VERIFY(!inWindow(table).intersects(inWindow(dock)) && dock->width() > 0);

    // Every column that matters in sight, no horizontal scrolling.
    for (const int column :
         {ProcessTableModel::Name, ProcessTableModel::State, ProcessTableModel::Pid,
          ProcessTableModel::Cpu, ProcessTableModel::Memory, ProcessTableModel::Uptime,
          ProcessTableModel::LastHeartbeat, ProcessTableModel::Pulse, ProcessTableModel::Restarts,
          ProcessTableModel::Exit, ProcessTableModel::Status}) {
        QVERIFY2(!table->isColumnHidden(column), qPrintable(QString::number(column)));
    }
    QVERIFY(table->isColumnHidden(ProcessTableModel::Command)); // in its cell's tooltip
    QHeaderView *header = table->horizontalHeader();
    const auto columnWidths = [header] {
        QStringList widths;
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column)) {
                widths.append(QString::number(header->sectionSize(column)));
            }
        }
        return widths.join(u" + "_s);
    };
    QTRY_VERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(u"columns %1 = %2 px in a viewport of %3 px"_s.arg(columnWidths())
                                    .arg(header->length())
                                    .arg(table->viewport()->width())));
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    // The status, stretching last, still reads whole.
    QVERIFY2(header->sectionSize(ProcessTableModel::Status)
                     >= 30 * table->fontMetrics().averageCharWidth(),
             qPrintable(QString::number(header->sectionSize(ProcessTableModel::Status))));
    // The dock below leaves the table rows to show.
    QVERIFY(table->viewport()->height() >= 4 * table->verticalHeader()->defaultSectionSize());

    // Every tab of the dock in sight, its title whole: no scroll arrows, no elision.
    QTabBar *tabs = dock->findChild<QTabWidget *>(u"detailsTabs"_s)->tabBar();
    QTRY_VERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 5);
    QVERIFY2(tabs->sizeHint().width() <= tabs->width(),
             qPrintable(u"tabs need %1 px, have %2 px"_s.arg(tabs->sizeHint().width())
                                .arg(tabs->width())));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        QVERIFY2(tabs->rect().contains(tabs->tabRect(tab)), qPrintable(tabs->tabText(tab)));
    }
}

void TestMainWindow::savedDetailsPlaceAndColumnsAreRestored()
{
    // The user put the dock beside the table of a window narrower than the first run would
    // have it, and brought the Command column back.
    m_window->resize(1000, 700);
    action("actionShowDetails")->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(u"dockDetails"_s);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    auto *columns = m_window->findChild<QMenu *>(u"menuColumns"_s);
    columns->actions().at(ProcessTableModel::Command)->trigger();
    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    QVERIFY(!table->isColumnHidden(ProcessTableModel::Command));
    m_window->close();

    // Restored as saved, and it stays there whatever the width.
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    dock = m_window->findChild<QDockWidget *>(u"dockDetails"_s);
    table = m_window->findChild<QTableView *>(u"programTable"_s);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
    QCOMPARE(qobject_cast<DetailsPanel *>(dock->widget())->dockArea(), Qt::RightDockWidgetArea);
    QVERIFY(!table->isColumnHidden(ProcessTableModel::Command));
    QVERIFY(m_window->findChild<QMenu *>(u"menuColumns"_s)
                    ->actions()
                    .at(ProcessTableModel::Command)
                    ->isChecked());
    m_window->resize(800, 600);
    action("actionShowDetails")->trigger();
    QTRY_VERIFY(!dock->isVisible());
    m_window->resize(900, 600);
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
}

void TestMainWindow::exportTableThroughTheDialog()
{
    addRunning(u"alpha"_s);
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"beta"_s, QStringLiteral(ZL_TC_BEATER))));
    // What the table shows: the filter leaves alpha alone.
    m_window->findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"alp"_s);
    const QString path = m_env->filePath(u"table.csv"_s);
    saveThroughDialog(u"exportTableDialog"_s, path);
    action("actionExportTable")->trigger();
    QVERIFY(m_modalHandled);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, alpha, and the empty rest after the last CRLF
    QVERIFY2(lines.at(0).startsWith("Name,State,PID,CPU,Memory,"), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("alpha,Running,"), lines.at(1).constData());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Exported 1 program to "_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::saveLogAsJsonLines()
{
    addRunning(u"alpha"_s);
    const QString path = m_env->filePath(u"events.jsonl"_s);
    saveThroughDialog(u"saveLogDialog"_s, path);
    m_window->findChild<QToolButton *>(u"saveLogButton"_s)->click();
    QVERIFY(m_modalHandled);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool sawRunning = false;
    for (const QByteArray &line : file.readAll().trimmed().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QVERIFY2(event.contains(u"time"_s) && event.contains(u"event"_s), line.constData());
        sawRunning = sawRunning
                || (event.value(u"program"_s) == u"alpha"_s
                    && event.value(u"state"_s) == u"running"_s);
    }
    QVERIFY(sawRunning);
}

void TestMainWindow::crashIsNotifiedButAStopIsNot()
{
    auto *notifier = m_window->findChild<ProblemNotifier *>(u"problemNotifier"_s);
    QVERIFY(notifier);
    QSignalSpy told(notifier, &ProblemNotifier::notificationReady);
    addRunning(u"calm"_s);
    addRunning(u"victim"_s);
    select(u"calm"_s);
    action("actionStopProgram")->trigger();
    QTRY_COMPARE(m_supervisor->snapshot(u"calm"_s)->state, ProgramState::Stopped);

    const qint64 pid = m_supervisor->snapshot(u"victim"_s)->pid;
    // SIGABRT, not SIGSEGV: a program built with AddressSanitizer (the sanitizer test run)
    // catches SIGSEGV and exits with a code instead.
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGABRT), 0);
    QTRY_COMPARE(told.count(), 1);
    QCOMPARE(told.at(0).at(0).toString(), u"victim crashed"_s);
    QVERIFY2(told.at(0).at(1).toString().contains(u"SIGABRT"_s),
             qPrintable(told.at(0).at(1).toString()));
    // Without a tray (offscreen) the status bar tells it.
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"victim crashed: "_s),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Restarted, then killed by the user: asked for, not a crash.
    QTRY_COMPARE(m_supervisor->snapshot(u"victim"_s)->state, ProgramState::Running);
    select(u"victim"_s);
    action("actionKillProgram")->trigger();
    QTRY_COMPARE(m_supervisor->snapshot(u"victim"_s)->state, ProgramState::Stopped);
    QCOMPARE(m_supervisor->snapshot(u"victim"_s)->lastExit->signal, SIGKILL);
    QCOMPARE(told.count(), 1);
}

void TestMainWindow::givenUpIsToldDespiteTheCrashesBefore()
{
    QSignalSpy told(m_window->findChild<ProblemNotifier *>(u"problemNotifier"_s),
                    &ProblemNotifier::notificationReady);
    ProgramSpec crashy = TestEnvironment::spec(u"crashy"_s, QStringLiteral(ZL_TC_CRASHY));
    crashy.maxRestarts = 2;
    QVERIFY(m_supervisor->addProgram(crashy));
    m_supervisor->startProgram(u"crashy"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_supervisor->snapshot(u"crashy"_s)->state, ProgramState::Failed,
                              10000);
    QTRY_COMPARE(told.count(), 2);
    // The first death is told; the next ones are held back (one notice per program per 30 s),
    // but giving up is told at once, with what was held back.
    QCOMPARE(told.at(0).at(0).toString(), u"crashy exited with an error"_s);
    QCOMPARE(told.at(1).at(0).toString(), u"crashy was given up"_s);
    QVERIFY2(told.at(1).at(1).toString().endsWith(u"2 more problems since the last notice"_s),
             qPrintable(told.at(1).at(1).toString()));
}

void TestMainWindow::limiterHoldsBackPerProgramAndOverall()
{
    NotificationLimiter limiter({30000, 5, 60000});
    QVERIFY(limiter.offer(u"a"_s, 0).show);
    QCOMPARE(limiter.summaryDueAt(), -1);
    QVERIFY(!limiter.offer(u"a"_s, 1000).show);
    QVERIFY(!limiter.offer(u"a"_s, 29999).show);
    QCOMPARE(limiter.summaryDueAt(), 31000);
    // Its own next notice tells what was held back, and nothing is left for a summary.
    const NotificationLimiter::Decision again = limiter.offer(u"a"_s, 30000);
    QVERIFY(again.show);
    QCOMPARE(again.heldBack, 2);
    QCOMPARE(limiter.summaryDueAt(), -1);

    // Five a minute overall: e is held back until a slot is free and 30 s have passed.
    for (const auto &[program, at] : {std::pair{u"b"_s, 31000}, {u"c"_s, 31001}, {u"d"_s, 31002}}) {
        QVERIFY(limiter.offer(program, at).show);
    }
    QVERIFY(!limiter.offer(u"e"_s, 31003).show);
    QCOMPARE(limiter.summaryDueAt(), 61003);
    QVERIFY(!limiter.takeSummary(61002));
    const auto summary = limiter.takeSummary(61003);
    QVERIFY(summary);
    QCOMPARE(summary->programs, QStringList{u"e"_s});
    QCOMPARE(summary->problems, 1);
    QVERIFY(!limiter.takeSummary(61004));

    // The summary spoke for e: its next notice waits 30 s, unless it is a final one.
    QVERIFY(!limiter.offer(u"e"_s, 61004).show);
    QVERIFY(!limiter.offer(u"e"_s, 91000).show);
    const NotificationLimiter::Decision final
            = limiter.offer(u"e"_s, 91000, NotificationLimiter::Problem::Final);
    QVERIFY(final.show);
    QCOMPARE(final.heldBack, 2);
}

void TestMainWindow::notifierTellsCrashesHangsAndGivingUp()
{
    qint64 now = 0;
    ProblemNotifier notifier(nullptr);
    notifier.setClock([&now] { return now; });
    QSignalSpy told(&notifier, &ProblemNotifier::notificationReady);
    const auto state = [&notifier](const QString &program, ProgramState to,
                                   const QString &message = QString()) {
        Event event = Event::make(program, EventKind::State, Severity::Info, message);
        event.state = to;
        notifier.handleEvent(event);
    };
    const auto exit = [&notifier](const QString &program, std::optional<int> code,
                                  std::optional<int> signal) {
        Event event = Event::make(program, EventKind::Exit, Severity::Warning, u"exit"_s);
        event.exitCode = code;
        event.exitSignal = signal;
        notifier.handleEvent(event);
    };
    state(u"a"_s, ProgramState::Running);
    state(u"a"_s, ProgramState::Stopping);
    exit(u"a"_s, std::nullopt, SIGTERM); // asked for
    state(u"b"_s, ProgramState::Running);
    exit(u"b"_s, 0, std::nullopt); // a clean exit
    QCOMPARE(told.count(), 0);

    state(u"c"_s, ProgramState::Running);
    exit(u"c"_s, std::nullopt, SIGSEGV);
    exit(u"d"_s, 2, std::nullopt); // its Running was never seen: an exit is still a crash
    state(u"e"_s, ProgramState::Running);
    state(u"e"_s, ProgramState::Lost, u"Lost: no heartbeat for 3000 ms"_s);
    exit(u"e"_s, std::nullopt, SIGKILL); // the launcher's answer to the hang
    state(u"f"_s, ProgramState::Failed, u"Failed: cannot start"_s);
    state(u"f"_s, ProgramState::Failed, u"Failed: still cannot start"_s); // not a new problem
    Event launcherWide = Event::make(QString(), EventKind::Error, Severity::Error, u"oops"_s);
    notifier.handleEvent(launcherWide);
    QStringList titles;
    for (const QList<QVariant> &arguments : told) {
        titles.append(arguments.at(0).toString());
    }
    QCOMPARE(titles,
             (QStringList{u"c crashed"_s, u"d exited with an error"_s, u"e is not responding"_s,
                          u"f was given up"_s}));
    QCOMPARE(told.at(2).at(1).toString(), u"Lost: no heartbeat for 3000 ms"_s);

    // The fifth of the minute is told, the sixth held back for a summary a minute on.
    exit(u"g"_s, std::nullopt, SIGABRT);
    exit(u"h"_s, std::nullopt, SIGABRT);
    exit(u"i"_s, std::nullopt, SIGABRT);
    QCOMPARE(told.count(), 5);
    QCOMPARE(notifier.summaryDueAt(), 60000);
    now = 59999;
    notifier.flushSummary();
    QCOMPARE(told.count(), 5);
    now = 60000;
    notifier.flushSummary();
    QCOMPARE(told.count(), 6);
    QCOMPARE(told.at(5).at(0).toString(), u"More problems"_s);
    QCOMPARE(told.at(5).at(1).toString(),
             u"2 more programs had problems: h, i. The event log tells what happened."_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
