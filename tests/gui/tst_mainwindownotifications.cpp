// The main window's notifications: what is a problem worth telling (a crash, a hang, giving
// up; not a stop), and how often it may be told. These rules need no system tray.
#include "mainwindowfixture.h"

class TestMainWindowNotifications : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void crashIsNotifiedButAStopIsNot();
    void givenUpIsToldDespiteTheCrashesBefore();
    void limiterHoldsBackPerProgramAndOverall();
    void notifierTellsCrashesHangsAndGivingUp();
};

void TestMainWindowNotifications::crashIsNotifiedButAStopIsNot()
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

void TestMainWindowNotifications::givenUpIsToldDespiteTheCrashesBefore()
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

void TestMainWindowNotifications::limiterHoldsBackPerProgramAndOverall()
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

void TestMainWindowNotifications::notifierTellsCrashesHangsAndGivingUp()
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

QTEST_MAIN(TestMainWindowNotifications)
#include "tst_mainwindownotifications.moc"
