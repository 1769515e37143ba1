// The program dialog's "Depends on" field: dependencies typed with completion or ticked in its
// menu, and refused when they name no other program, the program itself, or close a cycle; a
// program others depend on cannot be renamed. Each dependency's condition is chosen in the
// conditions table, and goes when the dependency does.
#include "programdialogfixture.h"

class TestProgramDialogDependencies : public ProgramDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void dependencyProblems_data();
    void dependencyProblems();
    void renameRefusedWhileDependedOn();
    void dependenciesTickedInTheMenu();
    void dependencyCompletion();
    void conditionsChosenInTheTable();
    void conditionGoesWithItsDependency();
    void conditionToolTips();
};

void TestProgramDialogDependencies::dependencyProblems_data()
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

void TestProgramDialogDependencies::dependencyProblems()
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

void TestProgramDialogDependencies::renameRefusedWhileDependedOn()
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

void TestProgramDialogDependencies::dependenciesTickedInTheMenu()
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

void TestProgramDialogDependencies::dependencyCompletion()
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

namespace {

QComboBox *conditionCombo(const Form &form, int row)
{
    return qobject_cast<QComboBox *>(form.conditions->cellWidget(row, 1));
}

QStringList conditionRows(const Form &form)
{
    QStringList rows;
    for (int row = 0; row < form.conditions->rowCount(); ++row) {
        const QComboBox *combo = conditionCombo(form, row);
        rows.append(form.conditions->item(row, 0)->text() + u": "_s
                    + (combo ? combo->currentText() : u"no combo"_s));
    }
    return rows;
}

} // namespace

void TestProgramDialogDependencies::conditionsChosenInTheTable()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(),
                         programs({u"db"_s, u"migrate"_s, u"cache"_s}), false);
    FORM(form, dialog);
    QCOMPARE(form.conditions->rowCount(), 0);

    retype(form.dependsOn, u"db, migrate"_s);
    // Ready is the default, which the configuration leaves out.
    QCOMPARE(conditionRows(form),
             (QStringList{u"db: Ready (default)"_s, u"migrate: Ready (default)"_s}));
    QVERIFY(dialog.spec().dependencyConditions.isEmpty());

    conditionCombo(form, 0)->setCurrentIndex(2); // healthy
    conditionCombo(form, 1)->setCurrentIndex(4); // completed successfully
    QCOMPARE(conditionRows(form),
             (QStringList{u"db: Healthy"_s, u"migrate: Completed successfully"_s}));
    ProgramSpec spec = dialog.spec();
    QCOMPARE(spec.dependencyConditions.size(), 2);
    QVERIFY(spec.conditionOn(u"db"_s) == DependencyCondition::Healthy);
    QVERIFY(spec.conditionOn(u"migrate"_s) == DependencyCondition::CompletedSuccessfully);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));

    // A name added keeps the others' rows and conditions.
    retype(form.dependsOn, u"db, migrate, cache"_s);
    conditionCombo(form, 2)->setCurrentIndex(0); // started
    conditionCombo(form, 0)->setCurrentIndex(1); // back to ready
    spec = dialog.spec();
    QCOMPARE(spec.dependencyConditions.keys(), (QStringList{u"cache"_s, u"migrate"_s}));
    QVERIFY(spec.conditionOn(u"cache"_s) == DependencyCondition::Started);
    QVERIFY(spec.conditionOn(u"db"_s) == DependencyCondition::Ready);
    QVERIFY2(spec.validationError().isEmpty(), qPrintable(spec.validationError()));
}

void TestProgramDialogDependencies::conditionGoesWithItsDependency()
{
    const QList<ProgramSpec> others = programs({u"db"_s, u"migrate"_s}, {});
    ProgramSpec initial = validSpec();
    initial.dependsOn = {u"db"_s, u"migrate"_s};
    initial.dependencyConditions = {{u"db"_s, DependencyCondition::Healthy},
                                    {u"migrate"_s, DependencyCondition::CompletedSuccessfully}};
    initial.livenessProbe = ProbeSpec{ProbeType::Http, {}, u"http://127.0.0.1:8080/health"_s};
    ProgramDialog edit(ProgramDialog::Mode::Edit, initial, others, false);
    FORM(form, edit);
    QCOMPARE(conditionRows(form),
             (QStringList{u"db: Healthy"_s, u"migrate: Completed successfully"_s}));
    QVERIFY(edit.spec() == initial);

    retype(form.dependsOn, u"db"_s);
    QCOMPARE(conditionRows(form), QStringList{u"db: Healthy"_s});
    const ProgramSpec edited = edit.spec();
    QCOMPARE(edited.dependsOn, QStringList{u"db"_s});
    QCOMPARE(edited.dependencyConditions.keys(), QStringList{u"db"_s});
    QVERIFY(edited.livenessProbe == initial.livenessProbe);
    QVERIFY2(edited.validationError().isEmpty(), qPrintable(edited.validationError()));
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));

    // Typed again in the same dialog, it comes back with the condition it had.
    retype(form.dependsOn, u"db, migrate"_s);
    QCOMPARE(conditionRows(form),
             (QStringList{u"db: Healthy"_s, u"migrate: Completed successfully"_s}));
    QVERIFY(edit.spec() == initial);

    retype(form.dependsOn, QString());
    QCOMPARE(form.conditions->rowCount(), 0);
    QVERIFY(edit.spec().dependencyConditions.isEmpty());
}

void TestProgramDialogDependencies::conditionToolTips()
{
    ProgramSpec initial = validSpec();
    initial.dependsOn = {u"db"_s};
    ProgramDialog dialog(ProgramDialog::Mode::Edit, initial, programs({u"db"_s}), false);
    FORM(form, dialog);
    QVERIFY(!form.conditions->toolTip().isEmpty());
    QComboBox *combo = conditionCombo(form, 0);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    for (int index = 0; index < combo->count(); ++index) {
        const QString explained = combo->itemData(index, Qt::ToolTipRole).toString();
        QVERIFY2(!explained.isEmpty(), qPrintable(combo->itemText(index)));
        combo->setCurrentIndex(index);
        // The combo's own tooltip names the dependency and says what the chosen one means.
        QVERIFY2(combo->toolTip().contains(u"db"_s) && combo->toolTip().contains(explained),
                 qPrintable(combo->toolTip()));
    }
    QVERIFY(combo->itemData(4, Qt::ToolTipRole).toString().contains(u"exited with 0"_s));
}

QTEST_MAIN(TestProgramDialogDependencies)
#include "tst_programdialogdependencies.moc"
