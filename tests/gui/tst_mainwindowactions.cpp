// The main window driven as a user would, through its menus, actions and dialogs, with real
// programs behind it: adding, stopping, removing (and undoing it), pinging, the log pane, the
// details dock following the selection, and exporting the table and the log.
#include "mainwindowfixture.h"

class TestMainWindowActions : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void namedWidgetsAndActionsExist();
    void addProgramThroughTheDialog();
    void actionsFollowTheSelection();
    void stopFromTheMenu();
    void removeAsksThenUndoRestores();
    void heartbeatsShowInTheLogWhenAsked();
    void pingFollowsTheSelectionAndReachesTheToolTip();
    void waitingProgramShowsAndCanBeStopped();
    void detailsDockFollowsTheCurrentRow();
    void cpuAndMemoryOfABusyAndASleepingProgram();
    void exportTableThroughTheDialog();
    void saveLogAsJsonLines();
};

void TestMainWindowActions::namedWidgetsAndActionsExist()
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

void TestMainWindowActions::addProgramThroughTheDialog()
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

void TestMainWindowActions::actionsFollowTheSelection()
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

void TestMainWindowActions::stopFromTheMenu()
{
    addRunning(u"alive"_s);
    select(u"alive"_s);
    action("actionStopProgram")->trigger();
    QTRY_COMPARE(m_supervisor->snapshot(u"alive"_s)->state, ProgramState::Stopped);
    QTRY_VERIFY(action("actionStartProgram")->isEnabled());
}

void TestMainWindowActions::removeAsksThenUndoRestores()
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

void TestMainWindowActions::heartbeatsShowInTheLogWhenAsked()
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

void TestMainWindowActions::pingFollowsTheSelectionAndReachesTheToolTip()
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

void TestMainWindowActions::waitingProgramShowsAndCanBeStopped()
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

void TestMainWindowActions::detailsDockFollowsTheCurrentRow()
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

void TestMainWindowActions::cpuAndMemoryOfABusyAndASleepingProgram()
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

void TestMainWindowActions::exportTableThroughTheDialog()
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

void TestMainWindowActions::saveLogAsJsonLines()
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

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
