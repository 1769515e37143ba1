// What the program dialog's tests share (tst_programdialogarguments, tst_programdialogfields,
// tst_programdialogproblems, tst_programdialogdependencies, tst_programdialogprobes): its widgets
// found by the objectNames set in ui/programdialog.ui and ProbeEditor (Form, ProbeForm, FORM),
// typing into them as a user would, modal file dialogs answered from the event loop, and a
// temporary folder with an executable to name.
#pragma once

#include "gui/programdialog.h"
#include "gui/programdialog/probeeditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ProgramSpec)
Q_DECLARE_METATYPE(ProgramDialog::Mode)

// The dialog's widgets, found by objectName; `missing` lists the names not found.
struct Form
{
    explicit Form(const ProgramDialog &dialog)
        : dialog(dialog)
    { }

    template<typename T>
    T *find(const char *objectName)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(objectName));
        if (!widget) {
            missing += QString::fromLatin1(objectName) + u' ';
        }
        return widget;
    }

    const ProgramDialog &dialog;
    QString missing;
    QLineEdit *name = find<QLineEdit>("nameEdit");
    QLineEdit *program = find<QLineEdit>("programEdit");
    QPushButton *browseProgram = find<QPushButton>("browseProgramButton");
    QLineEdit *arguments = find<QLineEdit>("argumentsEdit");
    QLineEdit *workingDirectory = find<QLineEdit>("workingDirectoryEdit");
    QPushButton *browseWorkingDirectory = find<QPushButton>("browseWorkingDirectoryButton");
    QLineEdit *envFile = find<QLineEdit>("envFileEdit");
    QPushButton *browseEnvFile = find<QPushButton>("browseEnvFileButton");
    QTableWidget *environment = find<QTableWidget>("environmentTable");
    QPushButton *addVariable = find<QPushButton>("addVariableButton");
    QPushButton *removeVariable = find<QPushButton>("removeVariableButton");
    QComboBox *kind = find<QComboBox>("kindCombo");
    QCheckBox *autostart = find<QCheckBox>("autostartCheck");
    QLineEdit *dependsOn = find<QLineEdit>("dependsOnEdit");
    QPushButton *chooseDependencies = find<QPushButton>("dependsOnButton");
    QTableWidget *conditions = find<QTableWidget>("dependencyConditionsTable");
    QComboBox *restart = find<QComboBox>("restartCombo");
    QSpinBox *heartbeatInterval = find<QSpinBox>("heartbeatIntervalSpin");
    QSpinBox *lostTimeout = find<QSpinBox>("lostTimeoutSpin");
    QSpinBox *startTimeout = find<QSpinBox>("startTimeoutSpin");
    QSpinBox *stopGrace = find<QSpinBox>("stopGraceSpin");
    QSpinBox *minUptime = find<QSpinBox>("minUptimeSpin");
    QSpinBox *maxRestarts = find<QSpinBox>("maxRestartsSpin");
    QSpinBox *restartWindow = find<QSpinBox>("restartWindowSpin");
    QSpinBox *maxMemory = find<QSpinBox>("maxMemorySpin");
    QSpinBox *memoryBreach = find<QSpinBox>("memoryBreachSpin");
    ProbeEditor *readinessProbe = find<ProbeEditor>("readinessProbeEditor");
    ProbeEditor *livenessProbe = find<ProbeEditor>("livenessProbeEditor");
    QLabel *problem = find<QLabel>("problemLabel");
    QLabel *runningNote = find<QLabel>("runningNoteLabel");
    QDialogButtonBox *buttonBox = find<QDialogButtonBox>("buttonBox");
    QPushButton *ok = buttonBox ? buttonBox->button(QDialogButtonBox::Ok) : nullptr;
};

// One ProbeEditor's widgets, found by the objectNames it sets.
struct ProbeForm
{
    explicit ProbeForm(const ProbeEditor *editor)
        : editor(editor)
    { }

    template<typename T>
    T *find(const char *objectName)
    {
        T *widget = editor ? editor->findChild<T *>(QString::fromLatin1(objectName)) : nullptr;
        if (!widget) {
            missing += QString::fromLatin1(objectName) + u' ';
        }
        return widget;
    }

    const ProbeEditor *editor;
    QString missing;
    QComboBox *type = find<QComboBox>("typeCombo");
    QLineEdit *target = find<QLineEdit>("targetEdit");
    QSpinBox *initialDelay = find<QSpinBox>("initialDelaySpin");
    QSpinBox *period = find<QSpinBox>("periodSpin");
    QSpinBox *timeout = find<QSpinBox>("timeoutSpin");
    QSpinBox *failureThreshold = find<QSpinBox>("failureThresholdSpin");
    QSpinBox *successThreshold = find<QSpinBox>("successThresholdSpin");
    /// The fields the type enables.
    QList<QWidget *> fields() const
    {
        return {target, initialDelay, period, timeout, failureThreshold, successThreshold};
    }
    /// The type combo's items: "None", then ProbeType's values in their order.
    static int typeIndex(ProbeType type) { return int(type) + 1; }
};

#define PROBE_FORM(probeForm, editor) \
    const ProbeForm probeForm(editor); \
    QVERIFY2(probeForm.missing.isEmpty(), qPrintable(u"not found: "_s + probeForm.missing))

// Answers the next modal file dialog from inside its exec(): notes the folder it opened in,
// then picks `choice`.
inline void answerFileDialog(QObject *context, const QString &choice, QString *openedIn)
{
    QTimer::singleShot(0, context, [choice, openedIn] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *fileDialog = qobject_cast<QFileDialog *>(modal)) {
            *openedIn = fileDialog->directory().absolutePath();
            fileDialog->selectFile(choice);
            static_cast<QDialog *>(fileDialog)->accept();
        }
    });
}

inline void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The other programs of a configuration, with the names given and what each depends on.
inline QList<ProgramSpec> programs(const QStringList &names,
                                   const QMap<QString, QStringList> &depends = {})
{
    QList<ProgramSpec> list;
    for (const QString &name : names) {
        ProgramSpec spec;
        spec.name = name;
        spec.program = u"/bin/true"_s;
        spec.dependsOn = depends.value(name);
        list.append(spec);
    }
    return list;
}

#define FORM(form, dialog) \
    const Form form(dialog); \
    QVERIFY2(form.missing.isEmpty(), qPrintable(u"not found: "_s + form.missing))

class ProgramDialogFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

protected:
    ProgramSpec validSpec() const;
    QString makeFile(const QString &name, QFile::Permissions permissions) const;

    QTemporaryDir m_dir;
    QString m_executable;
};
