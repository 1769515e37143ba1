// Quitting the main window: its programs are stopped first, unless the user chose to leave
// them running, and a quit that does not ask still does what was chosen.
#include "mainwindowfixture.h"

class TestMainWindowQuit : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void quitStopsEveryProgramFirst();
    void quitWithoutAskingStopsThenQuits();
    void quitWithoutAskingCanLeaveProgramsRunning();
};

void TestMainWindowQuit::quitStopsEveryProgramFirst()
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

void TestMainWindowQuit::quitWithoutAskingStopsThenQuits()
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

void TestMainWindowQuit::quitWithoutAskingCanLeaveProgramsRunning()
{
    addRunning(u"one"_s);
    const qint64 pid = m_supervisor->snapshot(u"one"_s)->pid;
    m_window->quitWithoutAsking(true);
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_window->findChildren<QProgressDialog *>().isEmpty());
    QCOMPARE(m_supervisor->snapshot(u"one"_s)->state, ProgramState::Running);
    QCOMPARE(m_supervisor->snapshot(u"one"_s)->pid, pid);
}

QTEST_MAIN(TestMainWindowQuit)
#include "tst_mainwindowquit.moc"
