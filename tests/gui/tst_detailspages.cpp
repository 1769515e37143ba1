// The details panel's pages with real programs behind it: the settings (and what a live
// instance keeps), the restarts with each death's stderr, the selected program's events, the
// charts, and tabs and layout that fit the dock wherever it is.
#include "detailspanelfixture.h"

class TestDetailsPages : public DetailsPanelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void settingsShowTheSpec();
    void settingsShowWhatTheLiveInstanceKeeps();
    void settingsShowTheExpandedCommand();
    void settingsShowProbesWithTheirLastResult();
    void restartsShowEachDeathWithItsStderr();
    void eventsAreThoseOfTheSelectedProgram();
    void chartsPlotSamplesAndHeartbeats();
    void chartsStayIdleWhileHidden();
    void tabsStayInSightAtAnyWidth();
    void layoutFollowsTheDockArea();
};

void TestDetailsPages::settingsShowTheSpec()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER),
                                             {u"--status"_s, u"hello world"_s});
    spec.environment.insert(u"LEVEL"_s, u"debug"_s);
    spec.dependsOn = {};
    add(spec);
    QVERIFY(m_panel->findChild<QLabel *>(u"detailsHeader"_s)
                    ->text()
                    .startsWith(u"No program selected"_s));

    m_panel->setProgram(u"beater"_s);
    QCOMPARE(m_panel->program(), u"beater"_s);
    tabs()->setCurrentIndex(DetailsPanel::SettingsTab);
    QCOMPARE(setting("settingName"), u"beater"_s);
    QCOMPARE(setting("settingCommand"),
             ShellWords::join({QStringLiteral(ZL_TC_BEATER), u"--status"_s, u"hello world"_s}));
    QVERIFY2(setting("settingCommand").endsWith(u"'hello world'"_s),
             qPrintable(setting("settingCommand")));
    QCOMPARE(setting("settingInterval"), u"50 ms"_s);
    QCOMPARE(setting("settingLostTimeout"), u"300 ms"_s);
    QCOMPARE(setting("settingEnvironment"), u"LEVEL=debug"_s);
    QCOMPARE(setting("settingRestart"), u"always"_s);
    QCOMPARE(setting("settingMemoryLimit"), u"none"_s);
    saveScreenshot(u"settings"_s);

    // An edit shows at once.
    spec.heartbeatIntervalMs = 200;
    spec.lostTimeoutMs.reset();
    spec.maxMemoryMiB = 256;
    QVERIFY(m_supervisor->updateProgram(u"beater"_s, spec));
    QCOMPARE(setting("settingInterval"), u"200 ms"_s);
    QCOMPARE(setting("settingLostTimeout"), u"600 ms (3 × the interval)"_s);
    QCOMPARE(setting("settingMemoryLimit"),
             u"256 MiB; restarted after 3 sample(s) in a row above it"_s);

    m_panel->setProgram(QString());
    QVERIFY(tabs()->isHidden());
    QCOMPARE(setting("settingName"), QString());
}

void TestDetailsPages::settingsShowTheExpandedCommand()
{
    QFile envFile(m_env->filePath(u"web.env"_s));
    QVERIFY(envFile.open(QIODevice::WriteOnly));
    envFile.write("PORT=8123\nSECRET=hidden\n");
    envFile.close();
    ProgramSpec spec
            = TestEnvironment::spec(u"web"_s, QStringLiteral(ZL_TC_BEATER), {u"--port=${PORT}"_s});
    spec.envFile = u"web.env"_s;
    spec.baseDirectory = m_env->path();
    spec.workingDirectory = u"${ZL_TEST_NOT_SET:-logs}"_s;
    spec.environment.insert(u"LISTEN"_s, u"0.0.0.0:${PORT}"_s);
    add(spec);
    m_panel->setProgram(u"web"_s);
    tabs()->setCurrentIndex(DetailsPanel::SettingsTab);
    QCOMPARE(setting("settingCommand"),
             ShellWords::join({QStringLiteral(ZL_TC_BEATER), u"--port=8123"_s})
                     + u"\nas written: "_s
                     + ShellWords::join({QStringLiteral(ZL_TC_BEATER), u"--port=${PORT}"_s}));
    QCOMPARE(setting("settingDirectory"), m_env->filePath(u"logs"_s));
    // The spec's own entries, expanded; the env file's variables are not shown (secrets).
    QCOMPARE(setting("settingEnvironment"), u"LISTEN=0.0.0.0:8123"_s);
    QCOMPARE(setting("settingEnvFile"), envFile.fileName());
}

void TestDetailsPages::settingsShowProbesWithTheirLastResult()
{
    add(TestEnvironment::spec(u"db"_s, QStringLiteral(ZL_TC_BEATER)));
    ProgramSpec spec = TestEnvironment::spec(u"app"_s, QStringLiteral(ZL_TC_BEATER));
    spec.dependsOn = {u"db"_s};
    spec.dependencyConditions.insert(u"db"_s, DependencyCondition::Healthy);
    spec.readinessProbe = ProbeSpec{ProbeType::Exec, {u"true"_s}, {}, 0, 100};
    add(spec);
    m_panel->setProgram(u"app"_s);
    tabs()->setCurrentIndex(DetailsPanel::SettingsTab);
    QCOMPARE(setting("settingDependsOn"), u"db (healthy)"_s);
    QVERIFY2(setting("settingReadinessProbe").startsWith(u"exec true\nevery 100 ms after 0 ms"_s),
             qPrintable(setting("settingReadinessProbe")));
    QCOMPARE(setting("settingLivenessProbe"), u"none"_s);

    m_supervisor->startProgram(u"app"_s);
    QTRY_VERIFY2(setting("settingReadinessProbe").endsWith(u"passing, last check exit 0"_s),
                 qPrintable(setting("settingReadinessProbe")));
    saveScreenshot(u"settings-probes"_s);
}

void TestDetailsPages::settingsShowWhatTheLiveInstanceKeeps()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    spec.lostTimeoutMs = 300;
    add(spec);
    m_panel->setProgram(u"beater"_s);
    tabs()->setCurrentIndex(DetailsPanel::SettingsTab);
    m_supervisor->startProgram(u"beater"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"beater"_s)->state, ProgramState::Running);

    // Edited while it runs: the instance keeps 300 ms, its next start brings 5 s.
    spec.lostTimeoutMs = 5000;
    QVERIFY(m_supervisor->updateProgram(u"beater"_s, spec));
    const QString fiveSeconds = QLocale().toString(5000) + u" ms"_s;
    QCOMPARE(setting("settingLostTimeout"),
             u"300 ms (running instance)\n%1 (from its next start)"_s.arg(fiveSeconds));
    QCOMPARE(setting("settingInterval"), u"50 ms"_s);

    // Once it has stopped, only the configured value is left.
    m_supervisor->stopProgram(u"beater"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"beater"_s)->state, ProgramState::Stopped);
    QTRY_COMPARE(setting("settingLostTimeout"), fiveSeconds);
}

void TestDetailsPages::restartsShowEachDeathWithItsStderr()
{
    ProgramSpec spec = TestEnvironment::spec(u"crasher"_s, QStringLiteral(ZL_TC_CRASHY),
                                             {u"--exit-code"_s, u"7"_s});
    spec.kind = ProgramKind::Plain;
    spec.restart = RestartPolicy::Never;
    add(spec);
    m_panel->setProgram(u"crasher"_s);
    tabs()->setCurrentIndex(DetailsPanel::RestartsTab);
    QTreeWidget *deaths = tree(u"deathList"_s);
    auto *stderrView = m_panel->findChild<QPlainTextEdit *>(u"stderrView"_s);
    QCOMPARE(deaths->topLevelItemCount(), 0);

    m_supervisor->startProgram(u"crasher"_s);
    QTRY_COMPARE(deaths->topLevelItemCount(), 1);
    QCOMPARE(deaths->topLevelItem(0)->text(3), u"code 7"_s);
    QCOMPARE(deaths->topLevelItem(0)->text(4), u"no"_s);
    // The latest death's lines, without a click; they come once its output is closed, which
    // can take seconds on a loaded machine.
    QTRY_COMPARE_WITH_TIMEOUT(stderrView->toPlainText(), u"tc_crashy: dying with code 7"_s, 30000);
    QTRY_VERIFY(m_panel->findChild<QLabel *>(u"detailsHeader"_s)->text().contains(u"code 7"_s));

    spec.arguments = {u"--signal"_s, u"abort"_s};
    QVERIFY(m_supervisor->updateProgram(u"crasher"_s, spec));
    m_supervisor->startProgram(u"crasher"_s);
    QTRY_COMPARE(deaths->topLevelItemCount(), 2);
    QCOMPARE(deaths->topLevelItem(0)->text(3), u"SIGABRT (6)"_s);
    QCOMPARE(deaths->currentItem(), deaths->topLevelItem(0));
    QTRY_COMPARE_WITH_TIMEOUT(stderrView->toPlainText(), u"tc_crashy: dying with abort()"_s, 30000);
    saveScreenshot(u"restarts"_s);

    // One click on an older death shows what that one said.
    deaths->setCurrentItem(deaths->topLevelItem(1));
    QCOMPARE(stderrView->toPlainText(), u"tc_crashy: dying with code 7"_s);
    QVERIFY2(m_panel->findChild<QLabel *>(u"stderrCaption"_s)->text().contains(u"code 7"_s),
             qPrintable(m_panel->findChild<QLabel *>(u"stderrCaption"_s)->text()));

    // The header's "why?" brings the latest death back, from any tab.
    tabs()->setCurrentIndex(DetailsPanel::ChartsTab);
    auto *header = m_panel->findChild<QLabel *>(u"detailsHeader"_s);
    QVERIFY2(header->text().contains(u"SIGABRT"_s), qPrintable(header->text()));
    Q_EMIT header->linkActivated(u"#restarts"_s);
    QCOMPARE(tabs()->currentIndex(), int(DetailsPanel::RestartsTab));
    QCOMPARE(deaths->currentItem(), deaths->topLevelItem(0));
    QCOMPARE(stderrView->toPlainText(), u"tc_crashy: dying with abort()"_s);

    // And its output is in the Output tab, from its log file.
    tabs()->setCurrentIndex(DetailsPanel::OutputTab);
    auto *output = m_panel->findChild<OutputView *>(u"outputView"_s);
    QCOMPARE(output->file(), m_supervisor->snapshot(u"crasher"_s)->logFile);
    QTRY_VERIFY(shownLines(*output).contains(u"tc_crashy: dying with abort()"_s));
    QVERIFY(shownLines(*output).contains(u"tc_crashy: dying with code 7"_s));
}

void TestDetailsPages::eventsAreThoseOfTheSelectedProgram()
{
    m_supervisor->setHeartbeatEventsEnabled(true);
    add(TestEnvironment::spec(u"one"_s, QStringLiteral(ZL_TC_BEATER)));
    add(TestEnvironment::spec(u"two"_s, QStringLiteral(ZL_TC_BEATER)));
    // Events of programs not shown are kept for when they are.
    m_supervisor->startProgram(u"one"_s);
    m_supervisor->startProgram(u"two"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"one"_s)->state, ProgramState::Running);
    QTRY_COMPARE(m_supervisor->snapshot(u"two"_s)->state, ProgramState::Running);
    QTRY_VERIFY(m_supervisor->snapshot(u"two"_s)->heartbeatCount > 20);

    // The tab reads the event log through a proxy on the selected program, newest first.
    auto *view = m_panel->findChild<QTreeView *>(u"eventView"_s);
    QVERIFY(view);
    auto *proxy = qobject_cast<ProgramEventsModel *>(view->model());
    QVERIFY(proxy);
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto messages = [proxy] {
        QStringList texts;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            texts.append(proxy->index(row, EventLogModel::Kind).data().toString() + u": "_s
                         + proxy->index(row, EventLogModel::Message).data().toString());
        }
        return texts;
    };
    for (const QString &name : {u"one"_s, u"two"_s}) {
        const QString other = name == u"one"_s ? u"two"_s : u"one"_s;
        m_panel->setProgram(name);
        tabs()->setCurrentIndex(DetailsPanel::EventsTab);
        const QString running = u"state: Running (pid %1)"_s.arg(m_supervisor->snapshot(name)->pid);
        // The event log inserts what came in a moment ago at its next flush.
        QTRY_VERIFY2(messages().contains(running), qPrintable(messages().join(u'\n')));
        const QString otherPid = u"pid %1"_s.arg(m_supervisor->snapshot(other)->pid);
        QVERIFY2(!messages().join(u'\n').contains(otherPid), qPrintable(messages().join(u'\n')));
        QVERIFY2(!messages().join(u'\n').contains(u"heartbeat: "_s),
                 qPrintable(messages().join(u'\n')));
        // Newest first: the log's rows, in reverse.
        for (int row = 1; row < proxy->rowCount(); ++row) {
            QVERIFY(proxy->mapToSource(proxy->index(row - 1, 0)).row()
                    > proxy->mapToSource(proxy->index(row, 0)).row());
        }
    }
    // New events of the shown program come first (its socket's disconnection may come after
    // its exit, or before).
    m_supervisor->stopProgram(u"two"_s);
    const auto newestLifecycleEvent = [&messages] {
        for (const QString &message : messages()) {
            if (!message.startsWith(u"connection: "_s)) {
                return message;
            }
        }
        return QString();
    };
    // A generous deadline: on a machine loaded with other work the stop can take seconds.
    QTRY_VERIFY2_WITH_TIMEOUT(newestLifecycleEvent().startsWith(u"state: Stopped"_s),
                              qPrintable(messages().join(u'\n')), 30000);
}

void TestDetailsPages::chartsPlotSamplesAndHeartbeats()
{
    add(TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER)));
    m_supervisor->startProgram(u"beater"_s);
    m_panel->setProgram(u"beater"_s);
    tabs()->setCurrentIndex(DetailsPanel::ChartsTab);
    QLineSeries *cpu = series(m_panel.get(), u"cpuChart"_s);
    QLineSeries *memory = series(m_panel.get(), u"memoryChart"_s);
    QLineSeries *heartbeat = series(m_panel.get(), u"heartbeatChart"_s);
    QVERIFY(cpu && memory && heartbeat);
    QCOMPARE(cpu->count(), 0);

    const qint64 now = m_supervisor->nowMs();
    for (int i = 0; i < 3; ++i) {
        const ResourceUsage usage{12.5 + i, (40 + i) * 1024 * 1024, 1};
        m_resources->add({{u"beater"_s, usage}, {u"other"_s, ResourceUsage{}}},
                         now - 2000 + 1000 * i);
    }
    QTRY_COMPARE(cpu->count(), 3);
    QCOMPARE(memory->count(), 3);
    QCOMPARE(cpu->at(2).y(), 14.5);
    QCOMPARE(memory->at(2).y(), 42.0);
    // The oldest sample is about two seconds old; the axis counts seconds back from now.
    QVERIFY2(cpu->at(0).x() >= 2.0 && cpu->at(0).x() < 10.0,
             qPrintable(QString::number(cpu->at(0).x())));
    const auto *cpuAxis = qobject_cast<QValueAxis *>(cpu->attachedAxes().value(1));
    QVERIFY(cpuAxis && cpuAxis->max() >= 14.5);
    const QString cpuTitle = m_panel->findChild<QChartView *>(u"cpuChart"_s)->chart()->title();
    QVERIFY2(cpuTitle.contains(u"14.5 %"_s), qPrintable(cpuTitle));

    // Heartbeats every 50 ms: the intervals are plotted, and their count grows.
    QTRY_VERIFY(heartbeat->count() >= 5);
    const int earlier = heartbeat->count();
    QTRY_VERIFY(heartbeat->count() > earlier);
    // The chart plots the time between two arrivals. Two beats read in one pass (queued while
    // the launcher was busy) are 0 ms apart, and that is shown as it is: a spike followed by a
    // zero is what a stalled reader looks like. Negative or gap-sized values would be wrong.
    bool someInterval = false;
    for (const QPointF &point : heartbeat->points()) {
        QVERIFY2(point.y() >= 0 && point.y() < 1000, qPrintable(QString::number(point.y())));
        someInterval = someInterval || point.y() > 0;
    }
    QVERIFY2(someInterval, "every plotted interval is 0 ms");
    saveScreenshot(u"charts"_s);

    // The downtime between two instances is not plotted as an interval.
    m_supervisor->stopProgram(u"beater"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"beater"_s)->state, ProgramState::Stopped);
    const qint64 stoppedAt = m_supervisor->nowMs();
    QTRY_VERIFY(m_supervisor->nowMs() - stoppedAt >= 700);
    m_supervisor->startProgram(u"beater"_s);
    const HeartbeatHistory *history = m_supervisor->heartbeatHistory(u"beater"_s);
    const std::size_t beatsBefore = history->size();
    QTRY_VERIFY(history->size() >= beatsBefore + 5);
    // Once the second instance has stopped too, the beats are final: every interval between
    // two of them is plotted but the one that spans the first downtime. The second stop spans
    // nothing, unless the instance's last beat was read after its exit (heartbeats are read in
    // batches up to 10 ms late, exits at once: docs/design.md, "One thread, no polling"); the
    // interval that ends at that beat is then left out too. A bound on the values could not
    // tell: a busy machine makes real intervals as long as the downtime.
    m_supervisor->stopProgram(u"beater"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"beater"_s)->state, ProgramState::Stopped);
    QVERIFY(history->size() < HeartbeatHistory::capacity);
    const qsizetype allButTheDowntime = qsizetype(history->size()) - 2;
    QTRY_VERIFY2(heartbeat->count() == allButTheDowntime
                         || heartbeat->count() == allButTheDowntime - 1,
                 qPrintable(u"%1 intervals plotted of %2 beats"_s.arg(heartbeat->count())
                                    .arg(history->size())));

    m_panel->setProgram(QString());
    QCOMPARE(cpu->count(), 0);
    QCOMPARE(heartbeat->count(), 0);
}

void TestDetailsPages::chartsStayIdleWhileHidden()
{
    add(TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER)));
    m_panel->setProgram(u"beater"_s);
    tabs()->setCurrentIndex(DetailsPanel::SettingsTab);
    QLineSeries *cpu = series(m_panel.get(), u"cpuChart"_s);
    QSignalSpy replaced(cpu, &QXYSeries::pointsReplaced);
    m_supervisor->startProgram(u"beater"_s);
    QTRY_COMPARE(m_supervisor->snapshot(u"beater"_s)->state, ProgramState::Running);
    // Neither the beats nor the clock redraw hidden charts...
    QVERIFY(!replaced.wait(1500));
    // ...nor a sample, more than a second after the last drawing.
    m_resources->add({{u"beater"_s, ResourceUsage{5, 1024 * 1024, 1}}}, m_supervisor->nowMs());
    QCOMPARE(replaced.count(), 0);
    QCOMPARE(cpu->count(), 0);

    // Shown, they are up to date at once.
    tabs()->setCurrentIndex(DetailsPanel::ChartsTab);
    QCOMPARE(cpu->count(), 1);
}

void TestDetailsPages::tabsStayInSightAtAnyWidth()
{
    add(TestEnvironment::spec(u"alpha"_s, QStringLiteral(ZL_TC_BEATER)));
    m_panel->setProgram(u"alpha"_s);
    QTabBar *bar = tabs()->tabBar();
    QTRY_VERIFY(bar->isVisible());
    const auto allInSight = [bar] {
        for (int tab = 0; tab < bar->count(); ++tab) {
            if (!bar->rect().contains(bar->tabRect(tab))) {
                return false;
            }
        }
        const QList<QToolButton *> arrows = bar->findChildren<QToolButton *>();
        return std::none_of(arrows.cbegin(), arrows.cend(),
                            [](const QToolButton *arrow) { return arrow->isVisible(); });
    };
    // At the width the panel opens with, every title whole.
    m_panel->resize(m_panel->sizeHint().width(), 700);
    QTRY_COMPARE(m_panel->width(), m_panel->sizeHint().width());
    QVERIFY2(bar->sizeHint().width() <= bar->width(),
             qPrintable(u"%1 > %2"_s.arg(bar->sizeHint().width()).arg(bar->width())));
    QVERIFY(allInSight());
    // As narrow as it goes, the titles shorten, and none hides behind scroll arrows.
    m_panel->resize(m_panel->minimumSizeHint().width(), 700);
    QTRY_COMPARE(m_panel->width(), m_panel->minimumSizeHint().width());
    QVERIFY(bar->sizeHint().width() > bar->width());
    QVERIFY(allInSight());
    for (int tab = 0; tab < bar->count(); ++tab) {
        QCOMPARE(bar->tabToolTip(tab), bar->tabText(tab));
    }
}

void TestDetailsPages::layoutFollowsTheDockArea()
{
    add(TestEnvironment::spec(u"alpha"_s, QStringLiteral(ZL_TC_BEATER)));
    m_panel->setProgram(u"alpha"_s);
    tabs()->setCurrentIndex(DetailsPanel::ChartsTab);
    auto *cpu = m_panel->findChild<QChartView *>(u"cpuChart"_s);
    auto *memory = m_panel->findChild<QChartView *>(u"memoryChart"_s);
    auto *restarts = m_panel->findChild<QSplitter *>(u"restartsPage"_s);
    QVERIFY(cpu && memory && restarts);
    const auto sideBySide
            = [cpu, memory] { return memory->y() == cpu->y() && memory->x() > cpu->x(); };
    const auto stacked
            = [cpu, memory] { return memory->x() == cpu->x() && memory->y() > cpu->y(); };

    // Below the table: side by side, low enough for a dock of the height it asks for.
    m_panel->setDockArea(Qt::BottomDockWidgetArea);
    QCOMPARE(restarts->orientation(), Qt::Horizontal);
    QVERIFY2(m_panel->minimumSizeHint().height() <= m_panel->sizeHint().height(),
             qPrintable(u"%1 > %2"_s.arg(m_panel->minimumSizeHint().height())
                                .arg(m_panel->sizeHint().height())));
    m_panel->resize(1200, m_panel->sizeHint().height());
    QTRY_VERIFY(sideBySide());
    // Beside it: stacked, however wide the user makes it.
    m_panel->setDockArea(Qt::RightDockWidgetArea);
    QCOMPARE(restarts->orientation(), Qt::Vertical);
    QTRY_VERIFY(stacked());
    m_panel->resize(1600, 400);
    QTest::qWait(50);
    QVERIFY(stacked());
    // Floating: its shape decides.
    m_panel->setDockArea(Qt::NoDockWidgetArea);
    QTRY_VERIFY(sideBySide());
    QCOMPARE(restarts->orientation(), Qt::Horizontal);
    m_panel->resize(500, 900);
    QTRY_VERIFY(stacked());
    QCOMPARE(restarts->orientation(), Qt::Vertical);
}

QTEST_MAIN(TestDetailsPages)
#include "tst_detailspages.moc"
