// The program dialog's fields: a spec survives the round trip through the widgets, edits made
// through them come back in it, the environment table's buttons, the fields that follow the
// kind and the mode, the browse buttons, and the labels, tooltips and tab order.
#include "programdialogfixture.h"

class TestProgramDialogFields : public ProgramDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void specRoundTrip_data();
    void specRoundTrip();
    void editThroughWidgets();
    void environmentButtons();
    void plainDisablesHeartbeatFields();
    void windowTitleAndRunningNote_data();
    void windowTitleAndRunningNote();
    void browseProgram();
    void browseWorkingDirectory();
    void envFileIsCheckedAsTyped();
    void labelsToolTipsAndTabOrder();
};

void TestProgramDialogFields::specRoundTrip_data()
{
    QTest::addColumn<ProgramSpec>("spec");
    ProgramSpec full = validSpec();
    full.name = u"client-2.x_y"_s;
    full.arguments
            = {u"--rate"_s,        u"10"_s,  u"two words"_s,       u"it's"_s, u""_s, u"$HOME"_s,
               uR"(back\slash)"_s, u"ünï"_s, u"line\nbreak\ttab"_s};
    full.workingDirectory = m_dir.filePath(u"folder"_s);
    full.envFile = u"web.env"_s;
    full.environment = {{u"LOG_LEVEL"_s, u"debug"_s}, {u"EMPTY"_s, u""_s}, {u"SPACED"_s, u"a b"_s}};
    full.kind = ProgramKind::Plain;
    full.autostart = false;
    full.restart = RestartPolicy::OnFailure;
    full.heartbeatIntervalMs = 250;
    full.lostTimeoutMs = 900;
    full.startTimeoutMs = 4000;
    full.stopGraceMs = 1500;
    full.killLeftovers = false;
    full.minUptimeMs = 2500;
    full.maxRestarts = 7;
    full.restartWindowMs = 30000;
    full.maxMemoryMiB = 768;
    full.memoryBreachSamples = 5;
    full.memoryMaxMiB = 1024;
    full.dependsOn = {u"database"_s};
    full.dependencyConditions = {{u"database"_s, DependencyCondition::Healthy}};
    full.readinessProbe = ProbeSpec{ProbeType::Http, {}, u"http://127.0.0.1:8080/ready"_s, 250};
    full.livenessProbe = ProbeSpec{ProbeType::Exec, {u"check"_s, u"two words"_s}, {}};
    full.instances = 3;
    full.logRotation = LogRotation{0, 24, 5, true};
    full.unknownKeys = {{u"futureKey"_s, 42}};
    QTest::addRow("every field set") << full;

    ProgramSpec other = full;
    other.kind = ProgramKind::Heartbeat;
    other.restart = RestartPolicy::Never;
    other.lostTimeoutMs.reset();
    other.stopGraceMs = 0;
    other.maxRestarts = 0;
    other.maxMemoryMiB.reset();
    other.instances = 1;
    other.logRotation = LogRotation{25, 0.5, 0, false};
    QTest::addRow("heartbeat, never, lost timeout unset") << other;
    QTest::addRow("defaults") << validSpec();
}

void TestProgramDialogFields::specRoundTrip()
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
    QCOMPARE(result.envFile, spec.envFile);
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
    QCOMPARE(result.maxMemoryMiB, spec.maxMemoryMiB);
    QCOMPARE(result.memoryBreachSamples, spec.memoryBreachSamples);
    QCOMPARE(result.dependsOn, spec.dependsOn);
    QVERIFY(result.dependencyConditions == spec.dependencyConditions);
    QVERIFY(result.readinessProbe == spec.readinessProbe);
    QVERIFY(result.livenessProbe == spec.livenessProbe);
    QCOMPARE(result.unknownKeys, spec.unknownKeys);
    QCOMPARE(result.baseDirectory, spec.baseDirectory);
    QVERIFY(result == spec);
}

void TestProgramDialogFields::editThroughWidgets()
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
    dialog.findChild<QCheckBox *>(u"killLeftoversCheck"_s)->click();
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
    QCOMPARE(spec.killLeftovers, false);
    QCOMPARE(spec.minUptimeMs, 300);
    QCOMPARE(spec.maxRestarts, 9);
    QCOMPARE(spec.restartWindowMs, 9000);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));

    form.lostTimeout->setValue(form.lostTimeout->minimum());
    QCOMPARE(dialog.spec().lostTimeoutMs, std::nullopt);
    QCOMPARE(form.lostTimeout->text(), u"3 × interval"_s);
}

void TestProgramDialogFields::environmentButtons()
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

void TestProgramDialogFields::plainDisablesHeartbeatFields()
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

void TestProgramDialogFields::windowTitleAndRunningNote_data()
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

void TestProgramDialogFields::windowTitleAndRunningNote()
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

void TestProgramDialogFields::browseProgram()
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

void TestProgramDialogFields::browseWorkingDirectory()
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

void TestProgramDialogFields::envFileIsCheckedAsTyped()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    retype(form.envFile, u"web.env"_s);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    // A file that is not dotenv is refused with its line, before the program is added.
    retype(form.envFile, u"notes.txt"_s);
    QVERIFY(!form.ok->isEnabled());
    QVERIFY2(form.problem->text().contains(u"notes.txt, line 2"_s),
             qPrintable(form.problem->text()));
    retype(form.envFile, u"missing.env"_s);
    QVERIFY(!form.ok->isEnabled());
    QVERIFY2(form.problem->text().contains(u"missing.env"_s), qPrintable(form.problem->text()));
    retype(form.envFile, QString());
    QVERIFY(form.ok->isEnabled());
    QVERIFY(dialog.spec().envFile.isEmpty());
}

void TestProgramDialogFields::labelsToolTipsAndTabOrder()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    // Every label with a mnemonic focuses its field.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&')) {
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
        }
    }
    PROBE_FORM(readiness, form.readinessProbe);
    PROBE_FORM(liveness, form.livenessProbe);
    const auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    QVERIFY(tabs);
    // Top to bottom, the tabs, the heartbeat group before the restart limits, then the probes'
    // tab.
    QList<QWidget *> order{form.name,
                           form.program,
                           form.browseProgram,
                           form.arguments,
                           form.workingDirectory,
                           form.browseWorkingDirectory,
                           form.envFile,
                           form.browseEnvFile,
                           form.environment,
                           form.addVariable,
                           form.removeVariable,
                           form.kind,
                           form.autostart,
                           form.dependsOn,
                           form.chooseDependencies,
                           form.conditions,
                           form.restart,
                           form.stopGrace,
                           form.heartbeatInterval,
                           form.lostTimeout,
                           form.startTimeout,
                           form.minUptime,
                           form.maxRestarts,
                           form.restartWindow,
                           form.maxMemory,
                           form.memoryBreach,
                           dialog.findChild<QWidget *>(u"memoryMaxSpin"_s)};
    order.insert(order.indexOf(form.stopGrace) + 1,
                 dialog.findChild<QWidget *>(u"instancesSpin"_s));
    order.insert(order.indexOf(form.stopGrace) + 1,
                 dialog.findChild<QWidget *>(u"killLeftoversCheck"_s));
    for (const ProbeForm *probe : {&readiness, &liveness}) {
        order += QList<QWidget *>{probe->type} + probe->fields();
    }
    for (const char *name :
         {"rotationSizeSpin", "rotationAgeSpin", "rotationKeepSpin", "rotationCompressCheck"}) {
        order.append(dialog.findChild<QWidget *>(QString::fromLatin1(name)));
    }
    for (const QWidget *widget : std::as_const(order)) {
        QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName()));
    }
    for (int tab = 0; tab < tabs->count(); ++tab) {
        QVERIFY2(!tabs->tabToolTip(tab).isEmpty(), qPrintable(tabs->tabText(tab)));
    }
    order.insert(order.indexOf(form.heartbeatInterval), tabs->tabBar());
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

QTEST_MAIN(TestProgramDialogFields)
#include "tst_programdialogfields.moc"
