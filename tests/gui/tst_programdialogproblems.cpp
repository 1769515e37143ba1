// The program dialog's inline validation: each problem named in the dialog's words, one at a
// time in a fixed order, and OK refused (even when accept() is called directly) until none is
// left.
#include "programdialogfixture.h"

class TestProgramDialogProblems : public ProgramDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void environmentProblems();
    void specRuleFollowsKind();
    void problemOrder();
    void acceptRevalidates();
};

void TestProgramDialogProblems::problems_data()
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

void TestProgramDialogProblems::problems()
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

void TestProgramDialogProblems::environmentProblems()
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

void TestProgramDialogProblems::specRuleFollowsKind()
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

void TestProgramDialogProblems::problemOrder()
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

void TestProgramDialogProblems::acceptRevalidates()
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

QTEST_MAIN(TestProgramDialogProblems)
#include "tst_programdialogproblems.moc"
