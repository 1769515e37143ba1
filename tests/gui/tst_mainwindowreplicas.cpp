// A program with instances in the window, driven as a user would: a row per replica; Instance
// count… (Ctrl+U) on a replica's row scales its program; Edit… and Remove on a replica's row work
// on the program it is one of.
#include "mainwindowfixture.h"

#include "gui/models/eventlogmodel.h"

#include <QComboBox>
#include <QInputDialog>
#include <QSet>
#include <QTableView>
#include <QSpinBox>

class TestMainWindowReplicas : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void aRowPerReplicaAndScaleFromTheMenu();
    void editAndRemoveWorkOnTheProgram();
    void theLogShowsASetOrOneReplica();

private:
    void addSet(const QString &name, int instances)
    {
        ProgramSpec spec = TestEnvironment::spec(name, u"/bin/sleep"_s, {u"600"_s});
        spec.kind = ProgramKind::Plain;
        spec.minUptimeMs = 0;
        spec.instances = instances;
        QString error;
        QVERIFY2(m_supervisor->addProgram(spec, &error), qPrintable(error));
        m_supervisor->startProgram(name);
    }
    bool allRunning(const QString &set) const
    {
        const QStringList names = m_supervisor->members(set);
        return std::all_of(names.cbegin(), names.cend(), [this](const QString &name) {
            return m_supervisor->snapshot(name)->state == ProgramState::Running;
        });
    }
};

void TestMainWindowReplicas::aRowPerReplicaAndScaleFromTheMenu()
{
    addSet(u"web"_s, 2);
    QVERIFY(m_supervisor->addProgram(TestEnvironment::spec(u"db"_s, u"/bin/sleep"_s, {u"1"_s})));
    QTRY_VERIFY(allRunning(u"web"_s));
    QVERIFY(cell(u"web-0"_s, 0).isValid());
    QVERIFY(cell(u"web-1"_s, 0).isValid());
    QVERIFY(!cell(u"web"_s, 0).isValid());

    QAction *scale = action("actionScaleProgram");
    QCOMPARE(scale->shortcut(), QKeySequence(u"Ctrl+U"_s));
    select(u"db"_s);
    QVERIFY(!scale->isEnabled());
    select(u"web-1"_s);
    QVERIFY(scale->isEnabled());

    int offered = 0;
    whenModal([&offered](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        offered = dialog->intValue();
        dialog->setIntValue(3);
        dialog->accept();
    });
    scale->trigger();
    QVERIFY(m_modalHandled);
    QCOMPARE(offered, 2);
    QCOMPARE(m_supervisor->members(u"web"_s).size(), 3);
    QTRY_VERIFY(cell(u"web-2"_s, 0).isValid());
    QTRY_VERIFY(allRunning(u"web"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"web scaled to 3"_s);
    // Saved with its new count.
    QCOMPARE(m_keeper->configuration().program(u"web"_s)->instances, 3);
}

void TestMainWindowReplicas::editAndRemoveWorkOnTheProgram()
{
    addSet(u"web"_s, 2);
    QTRY_VERIFY(allRunning(u"web"_s));
    select(u"web-1"_s);
    QString nameShown;
    int instancesShown = -1;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        nameShown = dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text();
        instancesShown = dialog->findChild<QSpinBox *>(u"instancesSpin"_s)->value();
        dialog->reject();
    });
    action("actionEditProgram")->trigger();
    QVERIFY(m_modalHandled);
    QCOMPARE(nameShown, u"web"_s);
    QCOMPARE(instancesShown, 2);

    m_modalHandled = false;
    QString question;
    whenModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"Stop and remove"_s) {
                button->click();
                return;
            }
        }
    });
    action("actionRemoveProgram")->trigger();
    QVERIFY(m_modalHandled);
    QCOMPARE(question, u"web running. Remove web?"_s);
    QVERIFY(m_supervisor->configuredNames().isEmpty());
    QTRY_VERIFY(m_supervisor->programNames().isEmpty());
    // Undo brings the whole program back.
    action("actionUndo")->trigger();
    QCOMPARE(m_supervisor->programNames(), (QStringList{u"web-0"_s, u"web-1"_s}));
}

// The log's program filter offers the set as a whole (its replicas' events) and each replica.
void TestMainWindowReplicas::theLogShowsASetOrOneReplica()
{
    addSet(u"web"_s, 2);
    ProgramSpec db = TestEnvironment::spec(u"db"_s, u"/bin/sleep"_s, {u"600"_s});
    db.kind = ProgramKind::Plain;
    QVERIFY(m_supervisor->addProgram(db));
    m_supervisor->startProgram(u"db"_s);
    QTRY_VERIFY(allRunning(u"web"_s));
    auto *combo = m_window->findChild<QComboBox *>(u"logProgramCombo"_s);
    auto *log = m_window->findChild<QTableView *>(u"logView"_s);
    QVERIFY(combo && log);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i) {
        items << combo->itemText(i);
    }
    QCOMPARE(items,
             QStringList({u"All programs"_s, u"web (all replicas)"_s, u"web-0"_s, u"web-1"_s,
                          u"db"_s}));
    const auto programsShown = [log] {
        QSet<QString> programs;
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            programs << log->model()->index(row, 0).data(EventLogModel::ProgramRole).toString();
        }
        return programs;
    };
    QTRY_VERIFY(programsShown().contains(u"db"_s));

    combo->setCurrentIndex(1);
    QTRY_COMPARE(programsShown(), QSet<QString>({u"web-0"_s, u"web-1"_s}));
    combo->setCurrentIndex(3);
    QCOMPARE(programsShown(), QSet<QString>({u"web-1"_s}));
    // Scaled, the set's item follows and stays chosen.
    combo->setCurrentIndex(1);
    QVERIFY(m_supervisor->scaleProgram(u"web"_s, 3));
    QTRY_VERIFY(combo->currentData().toStringList().contains(u"web-2"_s));
    QCOMPARE(combo->currentText(), u"web (all replicas)"_s);
    QTRY_VERIFY(programsShown().contains(u"web-2"_s));
    QVERIFY(!programsShown().contains(u"db"_s));
}

QTEST_MAIN(TestMainWindowReplicas)
#include "tst_mainwindowreplicas.moc"
