// What the program table's cells say of each state, true at the time they are read: pid,
// heartbeat and status of a running program, what an edited one keeps, the reason of a
// failure, the countdowns of backoff and stopping, the dependencies awaited, and pings.
#include "processtablefixture.h"

#include "core/model/shellwords.h"
#include "gui/models/programstatetext.h"

class TestProcessTableCells : public ProcessTableFixture
{
    Q_OBJECT

private Q_SLOTS:
    void runningBeaterShowsPidHeartbeatAndStatus();
    void editedRunningRowShowsWhatItKeeps();
    void uptimeIsComputedWhenRead();
    void failedRowShowsTheReason();
    void backoffRowShowsCountdown();
    void stoppingRowShowsKillCountdown();
    void waitingRowNamesItsDependencies();
    void pingOutcomeInTheToolTips();
    void failedOneShotAndProbesShowInTheStateCell();
    void commandCellShowsTheExpandedCommand();
};

void TestProcessTableCells::runningBeaterShowsPidHeartbeatAndStatus()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER),
                                             {u"--status"_s, u"hello"_s});
    spec.lostTimeoutMs = 100000000;
    // No wake-up may fall within the steps of the fake clock below: each one reads the beats
    // already queued, and the age would count from the last of them. The wake-up armed for
    // the start timeout stays armed after the first beat, so it goes far away too.
    spec.startTimeoutMs = 100000000;
    add(spec);
    createModel();
    m_supervisor->startProgram(u"beater"_s);
    QCOMPARE(text(0, ProcessTableModel::State), u"Starting"_s);

    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Running"_s);
    const qint64 pid = snapshot(u"beater"_s).pid;
    QVERIFY(pid > 0);
    QCOMPARE(text(0, ProcessTableModel::Pid), QString::number(pid));
    QCOMPARE(m_model->index(0, ProcessTableModel::Pid)
                     .data(ProcessTableModel::SortRole)
                     .toLongLong(),
             pid);
    QTRY_COMPARE(text(0, ProcessTableModel::Status), u"hello"_s);
    // The fake clock stands still, so each beat is 0 ms old; then time moves on.
    QCOMPARE(text(0, ProcessTableModel::LastHeartbeat), u"0.0 s ago"_s);
    m_clock->advance(1500);
    QCOMPARE(text(0, ProcessTableModel::LastHeartbeat), u"1.5 s ago"_s);
    m_clock->advance(11000);
    QCOMPARE(text(0, ProcessTableModel::LastHeartbeat), u"12 s ago"_s);
    QCOMPARE(m_model->index(0, ProcessTableModel::LastHeartbeat)
                     .data(ProcessTableModel::SortRole)
                     .toLongLong(),
             12500);
    const QString tip = text(0, ProcessTableModel::LastHeartbeat, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"sequence number"_s) && tip.contains(u"heartbeats received"_s),
             qPrintable(tip));
    QCOMPARE(m_model->index(0, ProcessTableModel::Pid).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!m_model->index(0, ProcessTableModel::Name).data(Qt::TextAlignmentRole).isValid());
    // A normal state keeps the palette's colour.
    QVERIFY(!m_model->index(0, ProcessTableModel::State).data(Qt::ForegroundRole).isValid());
}

void TestProcessTableCells::editedRunningRowShowsWhatItKeeps()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    spec.lostTimeoutMs = 300;
    add(spec);
    createModel();
    m_supervisor->startProgram(u"beater"_s);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Running"_s);
    const QModelIndex name = m_model->index(0, ProcessTableModel::Name);
    QVERIFY(!name.data(Qt::FontRole).isValid());

    spec.lostTimeoutMs = 5000;
    QVERIFY(m_supervisor->updateProgram(u"beater"_s, spec));
    QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());
    const QString tip = text(0, ProcessTableModel::Name, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"lost timeout 300 ms → 5000 ms"_s), qPrintable(tip));
    // The live instance is judged on what it was launched with.
    QTRY_VERIFY(text(0, ProcessTableModel::LastHeartbeat, Qt::ToolTipRole)
                        .contains(u"Counted lost after 300 ms"_s));

    m_supervisor->stopProgram(u"beater"_s);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Stopped"_s);
    QVERIFY(!name.data(Qt::FontRole).isValid());
    QVERIFY(!text(0, ProcessTableModel::Name, Qt::ToolTipRole).contains(u"→"_s));
}

void TestProcessTableCells::uptimeIsComputedWhenRead()
{
    ProgramSpec spec = TestEnvironment::spec(u"plain"_s, QStringLiteral(ZL_TC_SILENT));
    spec.kind = ProgramKind::Plain;
    add(spec);
    createModel();
    m_supervisor->startProgram(u"plain"_s);
    QCOMPARE(text(0, ProcessTableModel::Uptime), u"0 s"_s);
    m_clock->advance(spec.minUptimeMs); // alive past minUptimeMs: a plain program is Running
    QCOMPARE(text(0, ProcessTableModel::State), u"Running"_s);

    // No model signal between the reads: the text is computed from the clock when read.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(192000 - spec.minUptimeMs);
    QCOMPARE(text(0, ProcessTableModel::Uptime), u"3 min 12 s"_s);
    QCOMPARE(m_model->index(0, ProcessTableModel::Uptime)
                     .data(ProcessTableModel::SortRole)
                     .toLongLong(),
             192000);
    m_clock->advance(7500000 - 192000);
    QCOMPARE(text(0, ProcessTableModel::Uptime), u"2 h 05 min"_s);
    m_clock->advance((3 * 24 + 4) * 3600000LL + 59000 - 7500000);
    QCOMPARE(text(0, ProcessTableModel::Uptime), u"3 d 4 h"_s);
    QCOMPARE(changed.count(), 0);

    // Plain programs send no heartbeats.
    QCOMPARE(text(0, ProcessTableModel::LastHeartbeat), u"\u2014"_s);
    QVERIFY(text(0, ProcessTableModel::LastHeartbeat, Qt::ToolTipRole).contains(u"Plain"_s));

    // A stopped program has no uptime.
    m_supervisor->killProgram(u"plain"_s);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Stopped"_s);
    QCOMPARE(text(0, ProcessTableModel::Uptime), QString());
    QCOMPARE(text(0, ProcessTableModel::Exit), u"SIGKILL"_s);
    QCOMPARE(text(0, ProcessTableModel::Exit, Qt::ToolTipRole), u"Killed by signal 9 (SIGKILL)"_s);
}

void TestProcessTableCells::failedRowShowsTheReason()
{
    add(TestEnvironment::spec(u"ghost"_s, u"/nonexistent/x"_s));
    createModel();
    m_supervisor->startProgram(u"ghost"_s);
    QCOMPARE(snapshot(u"ghost"_s).state, ProgramState::Failed);
    const QString reason = snapshot(u"ghost"_s).reason;
    QVERIFY(reason.contains(u"/nonexistent/x"_s));
    QCOMPARE(text(0, ProcessTableModel::State), QString(u"Failed: "_s + reason));
    QVERIFY(text(0, ProcessTableModel::State, Qt::ToolTipRole).contains(reason));
    QCOMPARE(m_model->index(0, ProcessTableModel::Exit).data(ProcessTableModel::StateRole).toInt(),
             int(ProgramState::Failed));
    QCOMPARE(m_model->index(0, ProcessTableModel::State).data(ProcessTableModel::SortRole).toInt(),
             int(ProgramState::Failed));
    QVERIFY(m_model->index(0, ProcessTableModel::State)
                    .data(Qt::ForegroundRole)
                    .value<QColor>()
                    .isValid());
}

void TestProcessTableCells::backoffRowShowsCountdown()
{
    add(TestEnvironment::spec(u"crashy"_s, QStringLiteral(ZL_TC_CRASHY)));
    createModel();
    m_supervisor->startProgram(u"crashy"_s);
    // The first quick death restarts at once, the second waits 100 ms (fake time).
    QTRY_COMPARE(snapshot(u"crashy"_s).state, ProgramState::Backoff);
    QCOMPARE(text(0, ProcessTableModel::State), u"Backoff (restart in 0.1 s)"_s);
    QVERIFY2(text(0, ProcessTableModel::State, Qt::ToolTipRole).contains(u"Restart in 100 ms"_s),
             qPrintable(text(0, ProcessTableModel::State, Qt::ToolTipRole)));
    QCOMPARE(text(0, ProcessTableModel::Exit), u"code 3"_s);
    QCOMPARE(text(0, ProcessTableModel::Restarts), u"2"_s);

    // While a countdown shows, the tick repaints the state column too.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const auto stateTicked = [&changed] {
        const QList<DataChange> changes = dataChanges(changed);
        return std::any_of(changes.cbegin(), changes.cend(), [](const DataChange &change) {
            return isTick(change, 1, ProcessTableModel::State);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(stateTicked(), 5000);
}

void TestProcessTableCells::stoppingRowShowsKillCountdown()
{
    ProgramSpec spec = TestEnvironment::spec(u"stubborn"_s, QStringLiteral(ZL_TC_IGNORESTOP));
    spec.stopGraceMs = 2000;
    spec.lostTimeoutMs = 100000000;
    add(spec);
    createModel();
    m_supervisor->startProgram(u"stubborn"_s);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Running"_s);

    m_supervisor->stopProgram(u"stubborn"_s);
    QCOMPARE(text(0, ProcessTableModel::State), u"Stopping (kill in 2.0 s)"_s);
    m_clock->advance(800);
    QCOMPARE(text(0, ProcessTableModel::State), u"Stopping (kill in 1.2 s)"_s);
    QVERIFY(text(0, ProcessTableModel::State, Qt::ToolTipRole).contains(u"1200 ms"_s));
    m_clock->advance(1200);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Stopped"_s);
    QCOMPARE(text(0, ProcessTableModel::Exit), u"SIGKILL"_s);
}

void TestProcessTableCells::waitingRowNamesItsDependencies()
{
    // db is a heartbeat program that never beats: never ready, so app waits for it.
    add(TestEnvironment::spec(u"db"_s, QStringLiteral(ZL_TC_SILENT)));
    add(TestEnvironment::spec(u"cache"_s, QStringLiteral(ZL_TC_SILENT)));
    ProgramSpec app = TestEnvironment::spec(u"app"_s, QStringLiteral(ZL_TC_BEATER));
    app.dependsOn = {u"db"_s, u"cache"_s};
    add(app);
    add(TestEnvironment::spec(u"idle"_s, QStringLiteral(ZL_TC_BEATER)));
    createModel();
    const QIcon stoppedIcon = m_model->index(m_model->rowOf(u"idle"_s), ProcessTableModel::State)
                                      .data(Qt::DecorationRole)
                                      .value<QIcon>();

    m_supervisor->startProgram(u"app"_s);
    QCOMPARE(snapshot(u"app"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"app"_s).waitingFor, (QStringList{u"db"_s, u"cache"_s}));
    QTRY_COMPARE(text(u"app"_s, ProcessTableModel::State), u"Waiting for db, cache"_s);
    const QString tip = text(u"app"_s, ProcessTableModel::State, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"db, cache"_s) && tip.contains(u"ready"_s), qPrintable(tip));
    QVERIFY2(text(u"app"_s, ProcessTableModel::Name, Qt::ToolTipRole)
                     .contains(u"Depends on: db, cache"_s),
             qPrintable(text(u"app"_s, ProcessTableModel::Name, Qt::ToolTipRole)));
    // With the Command column hidden by default, the name's tooltip says what it runs.
    QCOMPARE(text(u"app"_s, ProcessTableModel::Name, Qt::ToolTipRole).section(u'\n', 1, 1),
             QString(u"Command: "_s + text(u"app"_s, ProcessTableModel::Command)));
    // Its own icon, not Stopped's; no alarm colour; the filter finds it by that word.
    const QModelIndex state = m_model->index(m_model->rowOf(u"app"_s), ProcessTableModel::State);
    QCOMPARE(state.data(ProcessTableModel::StateRole).toInt(), int(ProgramState::Stopped));
    const QImage waitingImage = state.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    QVERIFY(!waitingImage.isNull());
    QVERIFY(waitingImage != stoppedIcon.pixmap(16).toImage());
    QVERIFY(!state.data(Qt::ForegroundRole).isValid());

    // Sorted by state: after Stopped, before Starting (the dependencies being started).
    QCOMPARE(snapshot(u"db"_s).state, ProgramState::Starting);
    m_proxy->sort(ProcessTableModel::State, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        order.append(m_proxy->index(row, ProcessTableModel::Name).data().toString());
    }
    QCOMPARE(order, (QStringList{u"idle"_s, u"app"_s, u"db"_s, u"cache"_s}));

    // Stop cancels the wait: a plain Stopped row again.
    m_supervisor->stopProgram(u"app"_s);
    QTRY_COMPARE(text(u"app"_s, ProcessTableModel::State), u"Stopped"_s);
    QVERIFY(state.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage()
            == stoppedIcon.pixmap(16).toImage());
}

void TestProcessTableCells::pingOutcomeInTheToolTips()
{
    ProgramSpec beater = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    beater.lostTimeoutMs = 100000000;
    add(beater);
    // Never binds its control socket: a ping gets no answer.
    add(TestEnvironment::spec(u"mute"_s, QStringLiteral(ZL_TC_SILENT), {u"--no-control"_s}));
    createModel();
    m_supervisor->startProgram(u"beater"_s);
    m_supervisor->startProgram(u"mute"_s);
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Running);
    QVERIFY(!text(u"beater"_s, ProcessTableModel::Name, Qt::ToolTipRole).contains(u"ping"_s));

    m_supervisor->pingProgram(u"beater"_s);
    m_supervisor->pingProgram(u"mute"_s, 200);
    for (const int column :
         {ProcessTableModel::Name, ProcessTableModel::State, ProcessTableModel::LastHeartbeat}) {
        QTRY_VERIFY2(text(u"beater"_s, column, Qt::ToolTipRole).contains(u"Last ping: pong"_s),
                     qPrintable(text(u"beater"_s, column, Qt::ToolTipRole)));
    }
    QTRY_VERIFY(snapshot(u"mute"_s).lastPingAtMs >= 0);
    const QString answered = text(u"beater"_s, ProcessTableModel::Name, Qt::ToolTipRole);
    QVERIFY2(answered.contains(u" ms, 0.0 s ago"_s), qPrintable(answered));
    QCOMPARE(text(u"mute"_s, ProcessTableModel::State, Qt::ToolTipRole).section(u'\n', -1),
             u"Last ping: no answer (no reply within 200 ms: its control endpoint %1 was never "
             u"connected (the program has not bound it; does it read $ZLAUNCHER_CONTROL?)), "
             u"0.0 s ago"_s.arg(m_env->runtimeDir().programControlEndpoint(u"mute"_s)));

    // The age is computed when the tooltip is read.
    m_clock->advance(12000);
    QVERIFY2(text(u"beater"_s, ProcessTableModel::State, Qt::ToolTipRole).endsWith(u", 12 s ago"_s),
             qPrintable(text(u"beater"_s, ProcessTableModel::State, Qt::ToolTipRole)));

    QCOMPARE(ProgramStateText::pingOutcome(420, u"pong"_s), u"pong in 0.42 ms"_s);
    QCOMPARE(ProgramStateText::pingOutcome(25300, u"pong 412 ticks"_s),
             u"pong (412 ticks) in 25.3 ms"_s);
    QCOMPARE(ProgramStateText::pingOutcome(-1, QString()), u"no answer"_s);
}

void TestProcessTableCells::failedOneShotAndProbesShowInTheStateCell()
{
    ProgramSpec migrate = TestEnvironment::spec(u"migrate"_s, u"/bin/sh"_s, {u"-c"_s, u"exit 3"_s});
    migrate.kind = ProgramKind::Plain;
    migrate.restart = RestartPolicy::Never;
    add(migrate);
    ProgramSpec app = TestEnvironment::spec(u"app"_s, QStringLiteral(ZL_TC_BEATER));
    app.dependsOn = {u"migrate"_s};
    app.dependencyConditions.insert(u"migrate"_s, DependencyCondition::CompletedSuccessfully);
    app.readinessProbe = ProbeSpec{ProbeType::Exec, {u"true"_s}, {}, 0, 100};
    add(app);
    createModel();
    m_supervisor->startProgram(u"app"_s);
    // The wait names what holds it, not just who.
    QTRY_COMPARE(text(1, ProcessTableModel::State), u"Waiting: migrate failed, exit 3"_s);
    QVERIFY(text(1, ProcessTableModel::State, Qt::ToolTipRole)
                    .contains(u"• migrate failed, exit 3"_s));

    // Start again retries the one-shot; once it succeeds the app runs, and its probe shows in
    // the tooltip.
    ProgramSpec fixed = migrate;
    fixed.arguments = {u"-c"_s, u"exit 0"_s};
    QVERIFY(m_supervisor->updateProgram(u"migrate"_s, fixed));
    m_supervisor->startProgram(u"app"_s);
    QTRY_COMPARE(text(1, ProcessTableModel::State), u"Running"_s);
    QTRY_VERIFY2(text(1, ProcessTableModel::State, Qt::ToolTipRole)
                         .contains(u"Readiness probe: passing, last check exit 0"_s),
                 qPrintable(text(1, ProcessTableModel::State, Qt::ToolTipRole)));
}

void TestProcessTableCells::commandCellShowsTheExpandedCommand()
{
    QFile envFile(m_env->filePath(u"app.env"_s));
    QVERIFY(envFile.open(QIODevice::WriteOnly));
    envFile.write("PORT=8123\n");
    envFile.close();
    ProgramSpec spec = TestEnvironment::spec(u"web"_s, u"/bin/sleep"_s,
                                             {u"--port=${PORT}"_s, u"${HOME}"_s, u"$$1"_s});
    spec.envFile = u"app.env"_s;
    spec.baseDirectory = m_env->path();
    add(spec);
    createModel();
    const QString home = qEnvironmentVariable("HOME");
    const QString expanded = ShellWords::join({u"/bin/sleep"_s, u"--port=8123"_s, home, u"$1"_s});
    QCOMPARE(text(u"web"_s, ProcessTableModel::Command), expanded);
    // The tooltip adds the command as written, which is what the configuration keeps.
    const QString tip = text(u"web"_s, ProcessTableModel::Command, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(expanded), qPrintable(tip));
    QVERIFY2(tip.endsWith(u"As written: "_s
                          + ShellWords::join(
                                  {u"/bin/sleep"_s, u"--port=${PORT}"_s, u"${HOME}"_s, u"$$1"_s})),
             qPrintable(tip));
    QVERIFY2(text(u"web"_s, ProcessTableModel::Name, Qt::ToolTipRole).contains(expanded),
             qPrintable(text(u"web"_s, ProcessTableModel::Name, Qt::ToolTipRole)));

    // An env file that is gone by the next start: the command as written, and why.
    QVERIFY(envFile.remove());
    m_supervisor->startProgram(u"web"_s);
    QCOMPARE(snapshot(u"web"_s).state, ProgramState::Failed);
    QCOMPARE(text(u"web"_s, ProcessTableModel::Command),
             ShellWords::join({u"/bin/sleep"_s, u"--port=${PORT}"_s, u"${HOME}"_s, u"$$1"_s}));
    QVERIFY2(text(u"web"_s, ProcessTableModel::Command, Qt::ToolTipRole)
                     .endsWith(u"the env file %1 does not exist"_s.arg(envFile.fileName())),
             qPrintable(text(u"web"_s, ProcessTableModel::Command, Qt::ToolTipRole)));
}

QTEST_MAIN(TestProcessTableCells)
#include "tst_processtablecells.moc"
