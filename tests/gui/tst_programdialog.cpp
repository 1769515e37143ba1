// ProgramDialog: argument quoting, the spec round trip through the widgets, inline validation
// (dependency cycles included) and the mode-dependent parts, driven through the Designer
// objectNames.
#include "gui/programdialog.h"

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
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ProgramSpec)
Q_DECLARE_METATYPE(ProgramDialog::Mode)

namespace {

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
    QTableWidget *environment = find<QTableWidget>("environmentTable");
    QPushButton *addVariable = find<QPushButton>("addVariableButton");
    QPushButton *removeVariable = find<QPushButton>("removeVariableButton");
    QComboBox *kind = find<QComboBox>("kindCombo");
    QCheckBox *autostart = find<QCheckBox>("autostartCheck");
    QLineEdit *dependsOn = find<QLineEdit>("dependsOnEdit");
    QPushButton *chooseDependencies = find<QPushButton>("dependsOnButton");
    QComboBox *restart = find<QComboBox>("restartCombo");
    QSpinBox *heartbeatInterval = find<QSpinBox>("heartbeatIntervalSpin");
    QSpinBox *lostTimeout = find<QSpinBox>("lostTimeoutSpin");
    QSpinBox *startTimeout = find<QSpinBox>("startTimeoutSpin");
    QSpinBox *stopGrace = find<QSpinBox>("stopGraceSpin");
    QSpinBox *minUptime = find<QSpinBox>("minUptimeSpin");
    QSpinBox *maxRestarts = find<QSpinBox>("maxRestartsSpin");
    QSpinBox *restartWindow = find<QSpinBox>("restartWindowSpin");
    QLabel *problem = find<QLabel>("problemLabel");
    QLabel *runningNote = find<QLabel>("runningNoteLabel");
    QDialogButtonBox *buttonBox = find<QDialogButtonBox>("buttonBox");
    QPushButton *ok = buttonBox ? buttonBox->button(QDialogButtonBox::Ok) : nullptr;
};

// Answers the next modal file dialog from inside its exec(): notes the folder it opened in,
// then picks `choice`.
void answerFileDialog(QObject *context, const QString &choice, QString *openedIn)
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

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The other programs of a configuration, with the names given and what each depends on.
QList<ProgramSpec> programs(const QStringList &names,
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

} // namespace

#define FORM(form, dialog) \
    const Form form(dialog); \
    QVERIFY2(form.missing.isEmpty(), qPrintable(u"not found: "_s + form.missing))

class TestProgramDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitArguments_data();
    void splitArguments();
    void joinArguments_data();
    void joinArguments();
    void argumentsRoundTrip_data();
    void argumentsRoundTrip();
    void argumentsRoundTripRandom();
    void specRoundTrip_data();
    void specRoundTrip();
    void editThroughWidgets();
    void environmentButtons();
    void problems_data();
    void problems();
    void environmentProblems();
    void specRuleFollowsKind();
    void problemOrder();
    void dependencyProblems_data();
    void dependencyProblems();
    void renameRefusedWhileDependedOn();
    void dependenciesTickedInTheMenu();
    void dependencyCompletion();
    void plainDisablesHeartbeatFields();
    void windowTitleAndRunningNote_data();
    void windowTitleAndRunningNote();
    void acceptRevalidates();
    void browseProgram();
    void browseWorkingDirectory();
    void labelsToolTipsAndTabOrder();

private:
    ProgramSpec validSpec() const;
    QString makeFile(const QString &name, QFile::Permissions permissions) const;

    QTemporaryDir m_dir;
    QString m_executable;
};

void TestProgramDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_executable = makeFile(u"tool"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!m_executable.isEmpty());
    QVERIFY(!makeFile(u"notes.txt"_s, QFile::ReadOwner | QFile::WriteOwner).isEmpty());
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder"_s));
}

QString TestProgramDialog::makeFile(const QString &name, QFile::Permissions permissions) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\nexit 0\n") < 0) {
        return {};
    }
    file.close();
    return file.setPermissions(permissions) ? file.fileName() : QString();
}

ProgramSpec TestProgramDialog::validSpec() const
{
    ProgramSpec spec;
    spec.name = u"client1"_s;
    spec.program = m_executable;
    spec.baseDirectory = m_dir.path();
    return spec;
}

void TestProgramDialog::splitArguments_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("empty") << u""_s << QStringList();
    QTest::addRow("blanks only") << u" \t \n"_s << QStringList();
    QTest::addRow("words") << u"  --rate 10\t-v\n"_s << QStringList{u"--rate"_s, u"10"_s, u"-v"_s};
    QTest::addRow("single quotes") << u"'two words' x"_s << QStringList{u"two words"_s, u"x"_s};
    QTest::addRow("single quotes keep backslash and $")
            << uR"('a\b $HOME "q"')"_s << QStringList{uR"(a\b $HOME "q")"_s};
    QTest::addRow("quote inside single quotes") << uR"('it'\''s')"_s << QStringList{u"it's"_s};
    QTest::addRow("double quotes") << uR"("a \"b\" c")"_s << QStringList{uR"(a "b" c)"_s};
    QTest::addRow("double quote escapes")
            << uR"("\$HOME \` \\ \x")"_s << QStringList{uR"($HOME ` \ \x)"_s};
    QTest::addRow("single quote inside double") << uR"("it's")"_s << QStringList{u"it's"_s};
    QTest::addRow("backslash outside quotes")
            << uR"(a\ b \'c\" \\)"_s << QStringList{u"a b"_s, uR"('c")"_s, uR"(\)"_s};
    QTest::addRow("backslash newline continues")
            << u"a\\\nb c \\\n d"_s << QStringList{u"ab"_s, u"c"_s, u"d"_s};
    QTest::addRow("empty arguments") << u"'' a \"\""_s << QStringList{u""_s, u"a"_s, u""_s};
    QTest::addRow("adjacent parts join") << uR"(a"b"'c'\ d)"_s << QStringList{u"abc d"_s};
    QTest::addRow("no expansion") << u"$HOME * ~ #x"_s
                                  << QStringList{u"$HOME"_s, u"*"_s, u"~"_s, u"#x"_s};
    QTest::addRow("unicode") << u"héllo 'wörld 😀' 日本"_s
                             << QStringList{u"héllo"_s, u"wörld 😀"_s, u"日本"_s};
    QTest::addRow("unclosed single quote: best split")
            << u"a 'b c"_s << QStringList{u"a"_s, u"b c"_s};
    QTest::addRow("unclosed double quote: best split") << u"\"x y"_s << QStringList{u"x y"_s};
    QTest::addRow("final backslash: best split") << uR"(a\)"_s << QStringList{uR"(a\)"_s};
}

void TestProgramDialog::splitArguments()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(ProgramDialog::splitArguments(line), expected);
}

void TestProgramDialog::joinArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("none") << QStringList() << u""_s;
    QTest::addRow("plain words") << QStringList{u"--rate=10"_s, u"/opt/x.y"_s, u"a,b:c@d%e+f_g"_s}
                                 << u"--rate=10 /opt/x.y a,b:c@d%e+f_g"_s;
    QTest::addRow("space") << QStringList{u"two words"_s} << u"'two words'"_s;
    QTest::addRow("empty") << QStringList{u""_s, u"x"_s} << u"'' x"_s;
    QTest::addRow("single quote") << QStringList{u"it's"_s} << uR"('it'\''s')"_s;
    QTest::addRow("shell specials")
            << QStringList{u"$HOME"_s, u"*"_s, uR"(a\b)"_s} << uR"('$HOME' '*' 'a\b')"_s;
    QTest::addRow("unicode letters") << QStringList{u"héllo"_s, u"日本"_s} << u"héllo 日本"_s;
}

void TestProgramDialog::joinArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(ProgramDialog::joinArguments(arguments), expected);
}

void TestProgramDialog::argumentsRoundTrip_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("none") << QStringList();
    QTest::addRow("one empty") << QStringList{u""_s};
    QTest::addRow("empties") << QStringList{u""_s, u""_s, u"a"_s, u""_s};
    QTest::addRow("spaces") << QStringList{u" "_s, u"a b"_s, u" lead"_s, u"trail "_s};
    QTest::addRow("quotes") << QStringList{u"'"_s, u"\""_s, u"''"_s, uR"(it's "so")"_s};
    QTest::addRow("backslashes") << QStringList{uR"(\)"_s, uR"(\\)"_s, uR"(a\'b)"_s, uR"(\")"_s};
    QTest::addRow("dollar and backtick") << QStringList{u"$HOME"_s, u"`id`"_s, u"${x}"_s};
    QTest::addRow("blanks") << QStringList{u"a\tb"_s, u"line\nbreak"_s, u"\\\n"_s};
    QTest::addRow("unicode") << QStringList{u"ünï cödé"_s, u"😀"_s, u"日本 語"_s};
}

void TestProgramDialog::argumentsRoundTrip()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(ProgramDialog::splitArguments(ProgramDialog::joinArguments(arguments)), arguments);
}

void TestProgramDialog::argumentsRoundTripRandom()
{
    // A fixed seed: a failure reproduces. The alphabet holds every character the quoting treats
    // specially, plus a surrogate pair.
    QRandomGenerator random(20261124);
    const QString alphabet = u"a Z0 \t\n'\"\\$`#~*=-é日"_s + QString::fromUtf8("😀");
    for (int round = 0; round < 2000; ++round) {
        QStringList arguments;
        const int count = random.bounded(5);
        for (int i = 0; i < count; ++i) {
            QString argument;
            const int length = random.bounded(7);
            for (int j = 0; j < length; ++j) {
                argument += alphabet.at(random.bounded(int(alphabet.size())));
            }
            arguments.append(argument);
        }
        const QString line = ProgramDialog::joinArguments(arguments);
        QVERIFY2(ProgramDialog::splitArguments(line) == arguments, qPrintable(line));
    }
}

void TestProgramDialog::specRoundTrip_data()
{
    QTest::addColumn<ProgramSpec>("spec");
    ProgramSpec full = validSpec();
    full.name = u"client-2.x_y"_s;
    full.arguments
            = {u"--rate"_s,        u"10"_s,  u"two words"_s,       u"it's"_s, u""_s, u"$HOME"_s,
               uR"(back\slash)"_s, u"ünï"_s, u"line\nbreak\ttab"_s};
    full.workingDirectory = m_dir.filePath(u"folder"_s);
    full.environment = {{u"LOG_LEVEL"_s, u"debug"_s}, {u"EMPTY"_s, u""_s}, {u"SPACED"_s, u"a b"_s}};
    full.kind = ProgramKind::Plain;
    full.autostart = false;
    full.restart = RestartPolicy::OnFailure;
    full.heartbeatIntervalMs = 250;
    full.lostTimeoutMs = 900;
    full.startTimeoutMs = 4000;
    full.stopGraceMs = 1500;
    full.minUptimeMs = 2500;
    full.maxRestarts = 7;
    full.restartWindowMs = 30000;
    full.dependsOn = {u"database"_s};
    full.unknownKeys = {{u"futureKey"_s, 42}};
    QTest::addRow("every field set") << full;

    ProgramSpec other = full;
    other.kind = ProgramKind::Heartbeat;
    other.restart = RestartPolicy::Never;
    other.lostTimeoutMs.reset();
    other.stopGraceMs = 0;
    other.maxRestarts = 0;
    QTest::addRow("heartbeat, never, lost timeout unset") << other;
    QTest::addRow("defaults") << validSpec();
}

void TestProgramDialog::specRoundTrip()
{
    QFETCH(ProgramSpec, spec);
    ProgramDialog dialog(ProgramDialog::Mode::Edit, spec, programs({u"other"_s, u"database"_s}),
                         false);
    FORM(form, dialog);
    QCOMPARE(form.arguments->text(), ProgramDialog::joinArguments(spec.arguments));
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    QVERIFY(!form.problem->isVisibleTo(&dialog));

    const ProgramSpec result = dialog.spec();
    QCOMPARE(result.name, spec.name);
    QCOMPARE(result.program, spec.program);
    QCOMPARE(result.arguments, spec.arguments);
    QCOMPARE(result.workingDirectory, spec.workingDirectory);
    QCOMPARE(result.environment, spec.environment);
    QCOMPARE(toString(result.kind), toString(spec.kind));
    QCOMPARE(result.autostart, spec.autostart);
    QCOMPARE(toString(result.restart), toString(spec.restart));
    QCOMPARE(result.heartbeatIntervalMs, spec.heartbeatIntervalMs);
    QCOMPARE(result.lostTimeoutMs, spec.lostTimeoutMs);
    QCOMPARE(result.startTimeoutMs, spec.startTimeoutMs);
    QCOMPARE(result.stopGraceMs, spec.stopGraceMs);
    QCOMPARE(result.minUptimeMs, spec.minUptimeMs);
    QCOMPARE(result.maxRestarts, spec.maxRestarts);
    QCOMPARE(result.restartWindowMs, spec.restartWindowMs);
    QCOMPARE(result.dependsOn, spec.dependsOn);
    QCOMPARE(result.unknownKeys, spec.unknownKeys);
    QCOMPARE(result.baseDirectory, spec.baseDirectory);
    QVERIFY(result == spec);
}

void TestProgramDialog::editThroughWidgets()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    QCOMPARE(form.lostTimeout->text(), u"3 × interval"_s);

    retype(form.name, u"renamed"_s);
    retype(form.arguments, u"-x 'a b' \"c\\\"d\""_s);
    retype(form.workingDirectory, m_dir.filePath(u"folder"_s));
    form.kind->setCurrentIndex(1);
    form.autostart->click();
    form.restart->setCurrentIndex(2);
    form.heartbeatInterval->setValue(200);
    form.lostTimeout->setValue(700);
    form.startTimeout->setValue(5000);
    form.stopGrace->setValue(100);
    form.minUptime->setValue(300);
    form.maxRestarts->setValue(9);
    form.restartWindow->setValue(9000);

    const ProgramSpec spec = dialog.spec();
    QCOMPARE(spec.name, u"renamed"_s);
    QCOMPARE(spec.arguments, (QStringList{u"-x"_s, u"a b"_s, u"c\"d"_s}));
    QCOMPARE(spec.workingDirectory, m_dir.filePath(u"folder"_s));
    QCOMPARE(toString(spec.kind), toString(ProgramKind::Plain));
    QCOMPARE(spec.autostart, false);
    QCOMPARE(toString(spec.restart), toString(RestartPolicy::Never));
    QCOMPARE(spec.heartbeatIntervalMs, 200);
    QCOMPARE(spec.lostTimeoutMs, std::optional<int>(700));
    QCOMPARE(spec.startTimeoutMs, 5000);
    QCOMPARE(spec.stopGraceMs, 100);
    QCOMPARE(spec.minUptimeMs, 300);
    QCOMPARE(spec.maxRestarts, 9);
    QCOMPARE(spec.restartWindowMs, 9000);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));

    form.lostTimeout->setValue(form.lostTimeout->minimum());
    QCOMPARE(dialog.spec().lostTimeoutMs, std::nullopt);
    QCOMPARE(form.lostTimeout->text(), u"3 × interval"_s);
}

void TestProgramDialog::environmentButtons()
{
    ProgramSpec initial = validSpec();
    initial.environment = {{u"A"_s, u"1"_s}};
    ProgramDialog dialog(ProgramDialog::Mode::Add, initial, {}, false);
    FORM(form, dialog);
    QCOMPARE(form.environment->columnCount(), 2);
    QCOMPARE(form.environment->rowCount(), 1);
    QVERIFY(!form.removeVariable->isEnabled());

    form.addVariable->click();
    QCOMPARE(form.environment->rowCount(), 2);
    // A new, still empty row is ignored, not an error.
    QCOMPARE(dialog.spec().environment, initial.environment);
    QVERIFY(form.ok->isEnabled());
    form.environment->item(1, 0)->setText(u"NEW"_s);
    form.environment->item(1, 1)->setText(u"v w"_s);
    QCOMPARE(dialog.spec().environment.value(u"NEW"_s), u"v w"_s);

    form.environment->selectRow(0);
    QVERIFY(form.removeVariable->isEnabled());
    form.removeVariable->click();
    QCOMPARE(form.environment->rowCount(), 1);
    QCOMPARE(dialog.spec().environment, (QMap<QString, QString>{{u"NEW"_s, u"v w"_s}}));
}

void TestProgramDialog::problems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QStringList>("fragments"); // empty: valid
    const QString name = u"nameEdit"_s;
    const QString program = u"programEdit"_s;
    const QString arguments = u"argumentsEdit"_s;
    const QString directory = u"workingDirectoryEdit"_s;
    const QStringList taken{u"other"_s, u"third"_s};
    const QString missing = m_dir.filePath(u"missing"_s);

    QTest::addRow("valid") << name << u"fresh"_s << taken << QStringList();
    QTest::addRow("taken differs in case") << name << u"Other"_s << taken << QStringList();
    QTest::addRow("empty name") << name << u""_s << taken << QStringList{u"name"_s};
    QTest::addRow("invalid name") << name << u"a b"_s << taken
                                  << QStringList{u"\"a b\""_s, u"\"name\""_s};
    QTest::addRow("duplicate name")
            << name << u"other"_s << taken << QStringList{u"\"other\""_s, u"already"_s};
    QTest::addRow("program missing")
            << program << missing << taken << QStringList{missing, u"does not exist"_s};
    QTest::addRow("program not executable") << program << m_dir.filePath(u"notes.txt"_s) << taken
                                            << QStringList{u"notes.txt"_s, u"is not executable"_s};
    QTest::addRow("program a directory") << program << m_dir.filePath(u"folder"_s) << taken
                                         << QStringList{u"folder"_s, u"is a directory"_s};
    QTest::addRow("program not in PATH") << program << u"zl-no-such-program-4242"_s << taken
                                         << QStringList{u"not found in PATH"_s};
    QTest::addRow("program empty") << program << u""_s << taken << QStringList{u"\"program\""_s};
    QTest::addRow("working directory missing")
            << directory << missing << taken << QStringList{u"working directory"_s, missing};
    QTest::addRow("unclosed single quote")
            << arguments << u"a 'b"_s << taken << QStringList{u"single quote"_s};
    QTest::addRow("unclosed double quote")
            << arguments << u"a \"b 'c'"_s << taken << QStringList{u"double quote"_s};
    QTest::addRow("final backslash")
            << arguments << uR"(a b\)"_s << taken << QStringList{u"backslash"_s};
    QTest::addRow("balanced quotes")
            << arguments << uR"('a "b' "c'd" e\ f)"_s << taken << QStringList();
}

void TestProgramDialog::problems()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QStringList, taken);
    QFETCH(QStringList, fragments);
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), programs(taken), false);
    FORM(form, dialog);
    auto *edit = dialog.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    const QString original = edit->text();

    retype(edit, text);
    QCOMPARE(edit->text(), text);
    const QString shown = form.problem->text();
    QCOMPARE(form.ok->isEnabled(), fragments.isEmpty());
    QCOMPARE(form.problem->isVisibleTo(&dialog), !fragments.isEmpty());
    for (const QString &fragment : std::as_const(fragments)) {
        QVERIFY2(shown.contains(fragment), qPrintable(shown + u" lacks "_s + fragment));
    }

    // Fixing the field clears the problem.
    retype(edit, original);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    QVERIFY(!form.problem->isVisibleTo(&dialog));
}

void TestProgramDialog::environmentProblems()
{
    ProgramSpec initial = validSpec();
    initial.environment = {{u"LOG_LEVEL"_s, u"info"_s}};
    ProgramDialog dialog(ProgramDialog::Mode::Add, initial, {}, false);
    FORM(form, dialog);
    form.addVariable->click();
    QTableWidgetItem *name = form.environment->item(1, 0);
    QTableWidgetItem *value = form.environment->item(1, 1);
    QVERIFY(name && value);

    name->setText(u"LOG_LEVEL"_s);
    QVERIFY(!form.ok->isEnabled());
    QVERIFY(form.problem->text().contains(u"LOG_LEVEL"_s));
    QVERIFY(form.problem->text().contains(u"twice"_s));

    name->setText(u"A=B"_s);
    QVERIFY(!form.ok->isEnabled());
    QVERIFY2(form.problem->text().contains(u"\"A=B\""_s), qPrintable(form.problem->text()));

    name->setText(QString());
    value->setText(u"orphan"_s);
    QVERIFY(!form.ok->isEnabled());
    QVERIFY2(form.problem->text().contains(u"row 2"_s), qPrintable(form.problem->text()));

    name->setText(u"OTHER"_s);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    QVERIFY(!form.problem->isVisibleTo(&dialog));
}

void TestProgramDialog::specRuleFollowsKind()
{
    // ProgramSpec::validationError() refuses a lost timeout within one heartbeat interval, for
    // heartbeat programs only: the dialog revalidates when the kind changes.
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    form.heartbeatInterval->setValue(1000);
    form.lostTimeout->setValue(800);
    QVERIFY(!form.ok->isEnabled());
    QVERIFY2(form.problem->text().contains(u"lostTimeoutMs"_s), qPrintable(form.problem->text()));
    form.kind->setCurrentIndex(1);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    form.kind->setCurrentIndex(0);
    QVERIFY(!form.ok->isEnabled());
    form.lostTimeout->setValue(1500);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
}

void TestProgramDialog::problemOrder()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    retype(form.program, m_dir.filePath(u"missing"_s));
    retype(form.arguments, u"'open"_s);
    QVERIFY2(form.problem->text().contains(u"single quote"_s), qPrintable(form.problem->text()));
    retype(form.name, u"a b"_s);
    QVERIFY2(form.problem->text().contains(u"\"name\""_s), qPrintable(form.problem->text()));
    retype(form.name, u"ok"_s);
    retype(form.arguments, u""_s);
    QVERIFY2(form.problem->text().contains(u"does not exist"_s), qPrintable(form.problem->text()));
}

void TestProgramDialog::dependencyProblems_data()
{
    QTest::addColumn<QString>("dependsOn");
    QTest::addColumn<QStringList>("expected");  // the spec's dependsOn when valid
    QTest::addColumn<QStringList>("fragments"); // empty: valid

    QTest::addRow("none") << u""_s << QStringList() << QStringList();
    QTest::addRow("one") << u"client3"_s << QStringList{u"client3"_s} << QStringList();
    QTest::addRow("commas, spaces, a repeat")
            << u" client3 ,client5  client3,"_s << QStringList{u"client3"_s, u"client5"_s}
            << QStringList();
    QTest::addRow("itself") << u"client1"_s << QStringList()
                            << QStringList{u"itself"_s, u"client1"_s};
    QTest::addRow("unknown") << u"client3, ghost"_s << QStringList() << QStringList{u"\"ghost\""_s};
    QTest::addRow("cycle of two") << u"client2"_s << QStringList()
                                  << QStringList{u"cycle"_s, u"client1 -> client2 -> client1"_s};
    QTest::addRow("cycle of three")
            << u"client4"_s << QStringList()
            << QStringList{u"cycle"_s, u"client1 -> client4 -> client2 -> client1"_s};
}

void TestProgramDialog::dependencyProblems()
{
    QFETCH(QString, dependsOn);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, fragments);
    // client2 depends on client1 (the program edited), client4 on client2.
    const QList<ProgramSpec> others
            = programs({u"client2"_s, u"client3"_s, u"client4"_s, u"client5"_s},
                       {{u"client2"_s, {u"client1"_s}}, {u"client4"_s, {u"client2"_s}}});
    ProgramDialog dialog(ProgramDialog::Mode::Edit, validSpec(), others, false);
    FORM(form, dialog);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));

    retype(form.dependsOn, dependsOn);
    const QString shown = form.problem->text();
    QVERIFY2(form.ok->isEnabled() == fragments.isEmpty(),
             qPrintable(form.dependsOn->text() + u": "_s + shown));
    if (fragments.isEmpty()) {
        QCOMPARE(dialog.spec().dependsOn, expected);
    }
    QCOMPARE(form.problem->isVisibleTo(&dialog), !fragments.isEmpty());
    for (const QString &fragment : std::as_const(fragments)) {
        QVERIFY2(shown.contains(fragment), qPrintable(shown + u" lacks "_s + fragment));
    }
    // Leaving the field empty clears the problem.
    retype(form.dependsOn, QString());
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
}

void TestProgramDialog::renameRefusedWhileDependedOn()
{
    const QList<ProgramSpec> others = programs({u"client2"_s}, {{u"client2"_s, {u"client1"_s}}});
    ProgramDialog edit(ProgramDialog::Mode::Edit, validSpec(), others, false);
    FORM(form, edit);
    retype(form.name, u"renamed"_s);
    QVERIFY(!form.ok->isEnabled());
    QVERIFY2(form.problem->text().contains(u"client2"_s)
                     && form.problem->text().contains(u"renamed"_s),
             qPrintable(form.problem->text()));
    retype(form.name, u"client1"_s);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));

    // A new program has nothing depending on it yet.
    ProgramDialog add(ProgramDialog::Mode::Add, validSpec(), others, false);
    FORM(addForm, add);
    retype(addForm.name, u"renamed"_s);
    QVERIFY2(addForm.ok->isEnabled(), qPrintable(addForm.problem->text()));
}

void TestProgramDialog::dependenciesTickedInTheMenu()
{
    ProgramSpec initial = validSpec();
    initial.dependsOn = {u"b"_s};
    ProgramDialog dialog(ProgramDialog::Mode::Edit, initial, programs({u"a"_s, u"b"_s, u"c"_s}),
                         false);
    FORM(form, dialog);
    QCOMPARE(form.dependsOn->text(), u"b"_s);
    QMenu *menu = form.chooseDependencies->menu();
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QStringList names;
    QStringList ticked;
    for (const QAction *action : menu->actions()) {
        names.append(action->text());
        if (action->isChecked()) {
            ticked.append(action->text());
        }
    }
    QCOMPARE(names, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(ticked, QStringList{u"b"_s});

    menu->actions().at(2)->trigger(); // tick c
    QCOMPARE(form.dependsOn->text(), u"b, c"_s);
    menu->actions().at(1)->trigger(); // untick b
    QCOMPARE(form.dependsOn->text(), u"c"_s);
    QCOMPARE(dialog.spec().dependsOn, QStringList{u"c"_s});

    // A click ticks the entry and leaves the menu open for the next one.
    menu->popup(QPoint(0, 0));
    QTRY_VERIFY(menu->isVisible());
    QAction *a = menu->actions().at(0);
    QCOMPARE(a->text(), u"a"_s);
    const QPoint centre = menu->actionGeometry(a).center();
    QTest::mouseMove(menu, centre);
    QTRY_COMPARE(menu->activeAction(), a);
    QTest::mouseClick(menu, Qt::LeftButton, {}, centre);
    QCOMPARE(form.dependsOn->text(), u"c, a"_s);
    QVERIFY(a->isChecked());
    QVERIFY(menu->isVisible());
    menu->close();

    // With no other program the menu says so instead of being empty.
    ProgramDialog alone(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(aloneForm, alone);
    Q_EMIT aloneForm.chooseDependencies->menu()->aboutToShow();
    QCOMPARE(aloneForm.chooseDependencies->menu()->actions().size(), 1);
    QVERIFY(!aloneForm.chooseDependencies->menu()->actions().first()->isEnabled());
}

void TestProgramDialog::dependencyCompletion()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(),
                         programs({u"database"_s, u"cache"_s, u"client2"_s}), false);
    FORM(form, dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    form.dependsOn->setFocus();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QCompleter *completer = form.dependsOn->completer();
    QVERIFY(completer);

    // The name being typed is completed among the names not listed yet.
    QTest::keyClicks(form.dependsOn, u"cache, c"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), u"cache, client2"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QCOMPARE(form.dependsOn->text(), u"cache, client2"_s);
    // Enter takes the completion, not the dialog's OK, and leaves room for the next name.
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(form.dependsOn->text(), u"cache, client2, "_s);
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog.spec().dependsOn, (QStringList{u"cache"_s, u"client2"_s}));
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
}

void TestProgramDialog::plainDisablesHeartbeatFields()
{
    ProgramSpec initial = validSpec();
    initial.kind = ProgramKind::Plain;
    ProgramDialog dialog(ProgramDialog::Mode::Add, initial, {}, false);
    FORM(form, dialog);
    const QList<QWidget *> fields{form.autostart,         form.restart,     form.stopGrace,
                                  form.minUptime,         form.maxRestarts, form.restartWindow,
                                  form.heartbeatInterval, form.lostTimeout, form.startTimeout};
    const auto disabled = [&fields] {
        QStringList names;
        for (const QWidget *field : fields) {
            if (!field->isEnabled()) {
                names.append(field->objectName());
            }
        }
        return names;
    };
    const QStringList heartbeatOnly{u"heartbeatIntervalSpin"_s, u"lostTimeoutSpin"_s,
                                    u"startTimeoutSpin"_s};
    QCOMPARE(disabled(), heartbeatOnly);
    form.kind->setCurrentIndex(0);
    QCOMPARE(toString(dialog.spec().kind), toString(ProgramKind::Heartbeat));
    QCOMPARE(disabled(), QStringList());
    form.kind->setCurrentIndex(1);
    QCOMPARE(disabled(), heartbeatOnly);
    // A notify program's lost timeout is its watchdog; it pings at its own pace.
    form.kind->setCurrentIndex(2);
    QCOMPARE(toString(dialog.spec().kind), toString(ProgramKind::Notify));
    QCOMPARE(disabled(), QStringList{u"heartbeatIntervalSpin"_s});
    QCOMPARE(form.lostTimeout->specialValueText(), u"None (no watchdog)"_s);
}

void TestProgramDialog::windowTitleAndRunningNote_data()
{
    QTest::addColumn<ProgramDialog::Mode>("mode");
    QTest::addColumn<bool>("running");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("noteShown");
    QTest::addRow("add") << ProgramDialog::Mode::Add << false << u"Add program"_s << false;
    QTest::addRow("add, running") << ProgramDialog::Mode::Add << true << u"Add program"_s << false;
    QTest::addRow("edit") << ProgramDialog::Mode::Edit << false << u"Edit client1"_s << false;
    QTest::addRow("edit, running")
            << ProgramDialog::Mode::Edit << true << u"Edit client1"_s << true;
}

void TestProgramDialog::windowTitleAndRunningNote()
{
    QFETCH(ProgramDialog::Mode, mode);
    QFETCH(bool, running);
    QFETCH(QString, title);
    QFETCH(bool, noteShown);
    ProgramDialog dialog(mode, validSpec(), {}, running);
    FORM(form, dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), title);
    QCOMPARE(form.runningNote->isVisible(), noteShown);
    if (noteShown) {
        QCOMPARE(form.runningNote->text(),
                 u"client1 is running: changes apply at its next start."_s);
    }
    // Renaming does not make the note lie about which program runs.
    retype(form.name, u"renamed"_s);
    QCOMPARE(form.runningNote->isVisible(), noteShown);
    QVERIFY(!form.runningNote->text().contains(u"renamed"_s));
}

void TestProgramDialog::acceptRevalidates()
{
    const QString executable
            = makeFile(u"vanishing"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!executable.isEmpty());
    ProgramSpec initial = validSpec();
    initial.program = executable;
    ProgramDialog dialog(ProgramDialog::Mode::Add, initial, {}, false);
    FORM(form, dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QVERIFY(form.ok->isEnabled());

    // The file changes behind the dialog's back: OK is still enabled, accept() must check again.
    QVERIFY(QFile::setPermissions(executable, QFile::ReadOwner | QFile::WriteOwner));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!form.ok->isEnabled());
    QVERIFY2(form.problem->isVisible() && form.problem->text().contains(u"not executable"_s),
             qPrintable(form.problem->text()));

    QVERIFY(QFile::setPermissions(executable,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    retype(form.name, u"client2"_s);
    QVERIFY(form.ok->isEnabled());
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.spec().name, u"client2"_s);
}

void TestProgramDialog::browseProgram()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    const QString chosen = m_dir.filePath(u"folder/chosen"_s);
    QVERIFY(QFile::copy(m_executable, chosen));
    QString openedIn;
    answerFileDialog(&dialog, chosen, &openedIn);
    form.browseProgram->click();
    QCOMPARE(openedIn, QFileInfo(m_executable).absolutePath());
    QCOMPARE(form.program->text(), chosen);
    QCOMPARE(dialog.spec().program, chosen);
}

void TestProgramDialog::browseWorkingDirectory()
{
    ProgramSpec initial = validSpec();
    initial.workingDirectory = m_dir.filePath(u"folder"_s);
    ProgramDialog dialog(ProgramDialog::Mode::Add, initial, {}, false);
    FORM(form, dialog);
    QString openedIn;
    answerFileDialog(&dialog, m_dir.path(), &openedIn);
    form.browseWorkingDirectory->click();
    QCOMPARE(openedIn, initial.workingDirectory);
    QCOMPARE(form.workingDirectory->text(), m_dir.path());
}

void TestProgramDialog::labelsToolTipsAndTabOrder()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    // Every label with a mnemonic focuses its field.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&')) {
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
        }
    }
    // Top to bottom, the heartbeat group before the restart limits.
    const QList<QWidget *> order{form.name,
                                 form.program,
                                 form.browseProgram,
                                 form.arguments,
                                 form.workingDirectory,
                                 form.browseWorkingDirectory,
                                 form.environment,
                                 form.addVariable,
                                 form.removeVariable,
                                 form.kind,
                                 form.autostart,
                                 form.dependsOn,
                                 form.chooseDependencies,
                                 form.restart,
                                 form.stopGrace,
                                 form.heartbeatInterval,
                                 form.lostTimeout,
                                 form.startTimeout,
                                 form.minUptime,
                                 form.maxRestarts,
                                 form.restartWindow};
    for (const QWidget *widget : order) {
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName()));
    }
    QList<QWidget *> chain;
    QWidget *widget = form.name;
    do {
        if (order.contains(widget) && !chain.contains(widget)) {
            chain.append(widget);
        }
        widget = widget->nextInFocusChain();
    } while (widget != form.name);
    QCOMPARE(chain, order);
}

QTEST_MAIN(TestProgramDialog)
#include "tst_programdialog.moc"
