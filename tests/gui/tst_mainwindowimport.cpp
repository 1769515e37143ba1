// File ▸ Import… driven as a user would: a Procfile chosen, its report read, its programs added
// (and started, and saved); a name already taken is left alone and said; a bad file is refused
// with its line, in words.
#include "mainwindowfixture.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

class TestMainWindowImport : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void importAProcfile();
    void takenNamesAreNotReplaced();
    void badFileIsRefusedWithItsLine();

private:
    /// Answers the file dialog with path, then hands the next modal window (the report, or an
    /// error) to onNext.
    void chooseFile(const QString &path, std::function<void(QDialog *)> onNext);
    /// Like whenModal, for the first modal window after the file dialog.
    void whenNextModal(std::function<void(QDialog *)> handler);
    QString writeProcfile(const QByteArray &content);
};

void TestMainWindowImport::whenNextModal(std::function<void(QDialog *)> handler)
{
    QTimer::singleShot(0, this, [this, handler] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() == u"importFileDialog") {
            whenNextModal(handler);
            return;
        }
        auto *dialog = qobject_cast<QDialog *>(modal);
        QVERIFY(dialog);
        handler(dialog);
    });
}

QString TestMainWindowImport::writeProcfile(const QByteArray &content)
{
    const QString path = m_env->filePath(u"Procfile"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

void TestMainWindowImport::chooseFile(const QString &path, std::function<void(QDialog *)> onNext)
{
    whenModal([this, path, onNext](QWidget *modal) {
        auto *chooser = qobject_cast<QFileDialog *>(modal);
        QVERIFY(chooser);
        QCOMPARE(chooser->objectName(), u"importFileDialog"_s);
        whenNextModal(onNext);
        chooser->selectFile(path);
        QMetaObject::invokeMethod(chooser, "accept");
    });
}

void TestMainWindowImport::importAProcfile()
{
    const QString path = writeProcfile("web: /bin/sleep 600\nclock: /bin/sleep 601\n");
    QVERIFY(!path.isEmpty());
    QString summary;
    int notes = 0;
    chooseFile(path, [&](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), u"importDialog"_s);
        summary = dialog->findChild<QLabel *>(u"importSummary"_s)->text();
        notes = dialog->findChild<QTreeWidget *>(u"importNotes"_s)->topLevelItemCount();
        QVERIFY(dialog->findChild<QCheckBox *>(u"importStart"_s)->isChecked());
        QPushButton *add = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(add->text(), u"&Add 2 program(s)"_s);
        add->click();
    });
    action("actionImport")->trigger();
    QVERIFY(m_modalHandled);
    QVERIFY2(summary.startsWith(u"2 program(s) read from "_s + path), qPrintable(summary));
    QVERIFY(notes >= 5); // two commands, two PORTs, every program's settings
    QVERIFY(m_supervisor->hasProgram(u"web"_s));
    QVERIFY(m_supervisor->hasProgram(u"clock"_s));
    QTRY_COMPARE(m_supervisor->snapshot(u"web"_s)->state, ProgramState::Running);
    QTRY_COMPARE(m_supervisor->snapshot(u"clock"_s)->state, ProgramState::Running);
    QFile config(m_keeper->path());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(config.readAll().contains("\"clock\""));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                     u"Imported 2 program(s) from Procfile"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindowImport::takenNamesAreNotReplaced()
{
    addRunning(u"web"_s);
    const qint64 pid = m_supervisor->snapshot(u"web"_s)->pid;
    const QString path = writeProcfile("web: /bin/sleep 600\nclock: /bin/sleep 601\n");
    QString summary;
    chooseFile(path, [&](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), u"importDialog"_s);
        summary = dialog->findChild<QLabel *>(u"importSummary"_s)->text();
        dialog->findChild<QCheckBox *>(u"importStart"_s)->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action("actionImport")->trigger();
    QVERIFY(m_modalHandled);
    QVERIFY2(summary.contains(u"Not added, a program has the name already: web."_s),
             qPrintable(summary));
    QVERIFY(m_supervisor->hasProgram(u"clock"_s));
    QCOMPARE(m_supervisor->snapshot(u"clock"_s)->state, ProgramState::Stopped);
    // The running web is the one that was there.
    QCOMPARE(m_supervisor->snapshot(u"web"_s)->pid, pid);
    QCOMPARE(m_supervisor->spec(u"web"_s)->program, QStringLiteral(ZL_TC_BEATER));
}

void TestMainWindowImport::badFileIsRefusedWithItsLine()
{
    const QString path = writeProcfile("this is not a process line\n");
    QString title;
    QString message;
    chooseFile(path, [&](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"errorMessage"_s);
        title = box->text();
        message = box->informativeText();
        box->accept();
    });
    action("actionImport")->trigger();
    QVERIFY(m_modalHandled);
    QCOMPARE(title, u"The file was not imported"_s);
    QCOMPARE(message,
             u"Procfile:1: expected \"name: command\" (got \"this is not a process "
             "line\"), and no line of the file is one"_s);
    QVERIFY(m_supervisor->programNames().isEmpty());
}

QTEST_MAIN(TestMainWindowImport)
#include "tst_mainwindowimport.moc"
