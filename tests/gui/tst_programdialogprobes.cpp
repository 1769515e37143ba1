// The program dialog's health probes: each type set through the widgets comes back in the spec,
// a new type starts from Kubernetes' defaults, a target that the configuration would refuse
// keeps OK disabled with the key named as the loader names it, and an edit that changes nothing
// gives back the spec it was given.
#include "programdialogfixture.h"

Q_DECLARE_METATYPE(ProbeRole)
Q_DECLARE_METATYPE(ProbeType)
Q_DECLARE_METATYPE(ProbeSpec)

class TestProgramDialogProbes : public ProgramDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void typesThroughTheWidgets_data();
    void typesThroughTheWidgets();
    void firstTypeStartsFromDefaults();
    void targetKeptPerType();
    void noneRemovesTheProbe();
    void invalidProbes_data();
    void invalidProbes();
    void livenessSuccessThreshold();
    void roundTrip_data();
    void roundTrip();
    void toolTipsOnEveryField();
};

namespace {

ProbeEditor *editorFor(const Form &form, ProbeRole role)
{
    return role == ProbeRole::Readiness ? form.readinessProbe : form.livenessProbe;
}

} // namespace

void TestProgramDialogProbes::typesThroughTheWidgets_data()
{
    QTest::addColumn<ProbeRole>("role");
    QTest::addColumn<ProbeType>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<ProbeSpec>("expected"); // numbers: 100, 2000, 300, 4, 2 (1 for liveness)

    ProbeSpec exec{
            ProbeType::Exec, {u"pg_isready"_s, u"-q"_s, u"two words"_s}, {}, 100, 2000, 300, 4, 2};
    ProbeSpec http{ProbeType::Http, {}, u"http://127.0.0.1:8080/health"_s, 100, 2000, 300, 4, 2};
    ProbeSpec tcp{ProbeType::Tcp, {}, u"[::1]:5432"_s, 100, 2000, 300, 4, 2};
    QTest::addRow("readiness exec")
            << ProbeRole::Readiness << ProbeType::Exec << u"pg_isready -q 'two words'"_s << exec;
    QTest::addRow("readiness http")
            << ProbeRole::Readiness << ProbeType::Http << http.target << http;
    QTest::addRow("readiness tcp") << ProbeRole::Readiness << ProbeType::Tcp << tcp.target << tcp;
    for (ProbeSpec *probe : {&exec, &http, &tcp}) {
        probe->successThreshold = 1;
    }
    QTest::addRow("liveness exec")
            << ProbeRole::Liveness << ProbeType::Exec << u"pg_isready -q \"two words\""_s << exec;
    QTest::addRow("liveness http") << ProbeRole::Liveness << ProbeType::Http << http.target << http;
    QTest::addRow("liveness tcp") << ProbeRole::Liveness << ProbeType::Tcp << tcp.target << tcp;
}

void TestProgramDialogProbes::typesThroughTheWidgets()
{
    QFETCH(ProbeRole, role);
    QFETCH(ProbeType, type);
    QFETCH(QString, typed);
    QFETCH(ProbeSpec, expected);
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    PROBE_FORM(probe, editorFor(form, role));
    QVERIFY(!dialog.spec().probe(role));

    probe.type->setCurrentIndex(ProbeForm::typeIndex(type));
    retype(probe.target, typed);
    probe.initialDelay->setValue(100);
    probe.period->setValue(2000);
    probe.timeout->setValue(300);
    probe.failureThreshold->setValue(4);
    if (role == ProbeRole::Readiness) {
        QVERIFY(probe.successThreshold->isEnabled());
        probe.successThreshold->setValue(2);
    } else {
        QVERIFY(!probe.successThreshold->isEnabled());
    }

    const ProgramSpec spec = dialog.spec();
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    QVERIFY(spec.probe(role).has_value());
    QCOMPARE(spec.probe(role)->describe(), expected.describe());
    QVERIFY(*spec.probe(role) == expected);
    // The other role's probe is untouched.
    const ProbeRole other
            = role == ProbeRole::Readiness ? ProbeRole::Liveness : ProbeRole::Readiness;
    QVERIFY(!spec.probe(other));
}

void TestProgramDialogProbes::firstTypeStartsFromDefaults()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    PROBE_FORM(probe, form.readinessProbe);
    QCOMPARE(probe.type->currentIndex(), 0);
    for (const QWidget *field : probe.fields()) {
        QVERIFY2(!field->isEnabled(), qPrintable(field->objectName()));
    }

    probe.type->setCurrentIndex(ProbeForm::typeIndex(ProbeType::Http));
    for (const QWidget *field : probe.fields()) {
        QVERIFY2(field->isEnabled(), qPrintable(field->objectName()));
    }
    const ProbeSpec defaults;
    QCOMPARE(probe.initialDelay->value(), defaults.initialDelayMs);
    QCOMPARE(probe.period->value(), defaults.periodMs);
    QCOMPARE(probe.timeout->value(), defaults.timeoutMs);
    QCOMPARE(probe.failureThreshold->value(), defaults.failureThreshold);
    QCOMPARE(probe.successThreshold->value(), defaults.successThreshold);
    QCOMPARE(probe.period->suffix(), u" ms"_s);
    QVERIFY(probe.target->placeholderText().startsWith(u"http://"_s));
    // An http probe without its URL is not accepted yet.
    QVERIFY(!form.ok->isEnabled());
}

void TestProgramDialogProbes::targetKeptPerType()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    PROBE_FORM(probe, form.livenessProbe);
    probe.type->setCurrentIndex(ProbeForm::typeIndex(ProbeType::Exec));
    retype(probe.target, u"check --fast"_s);
    probe.type->setCurrentIndex(ProbeForm::typeIndex(ProbeType::Tcp));
    QCOMPARE(probe.target->text(), QString());
    QCOMPARE(probe.target->placeholderText(), u"127.0.0.1:5432"_s);
    retype(probe.target, u"localhost:80"_s);
    QCOMPARE(dialog.spec().livenessProbe->target, u"localhost:80"_s);
    QVERIFY(dialog.spec().livenessProbe->command.isEmpty());

    probe.type->setCurrentIndex(ProbeForm::typeIndex(ProbeType::Exec));
    QCOMPARE(probe.target->text(), u"check --fast"_s);
    const ProbeSpec exec = *dialog.spec().livenessProbe;
    QCOMPARE(exec.command, (QStringList{u"check"_s, u"--fast"_s}));
    QVERIFY(exec.target.isEmpty());
}

void TestProgramDialogProbes::noneRemovesTheProbe()
{
    ProgramSpec initial = validSpec();
    initial.readinessProbe = ProbeSpec{ProbeType::Tcp, {}, u"127.0.0.1:5432"_s};
    ProgramDialog dialog(ProgramDialog::Mode::Edit, initial, {}, false);
    FORM(form, dialog);
    PROBE_FORM(probe, form.readinessProbe);
    QCOMPARE(probe.type->currentIndex(), ProbeForm::typeIndex(ProbeType::Tcp));
    probe.type->setCurrentIndex(0);
    QVERIFY(!dialog.spec().readinessProbe);
    QVERIFY(!probe.target->isEnabled());
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
}

void TestProgramDialogProbes::invalidProbes_data()
{
    QTest::addColumn<ProbeRole>("role");
    QTest::addColumn<ProbeType>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("fragments");

    QTest::addRow("exec without a command")
            << ProbeRole::Readiness << ProbeType::Exec << u"  "_s
            << QStringList{u"\"readinessProbe\""_s, u"\"exec\" must name a command"_s};
    QTest::addRow("exec with an open quote")
            << ProbeRole::Liveness << ProbeType::Exec << u"check 'now"_s
            << QStringList{u"Liveness probe"_s, u"single quote"_s};
    QTest::addRow("exec ending in a backslash")
            << ProbeRole::Readiness << ProbeType::Exec << uR"(check \)"_s
            << QStringList{u"Readiness probe"_s, u"backslash"_s};
    QTest::addRow("http not a URL")
            << ProbeRole::Readiness << ProbeType::Http << u"localhost:8080"_s
            << QStringList{u"\"readinessProbe\""_s, u"\"http\""_s, u"localhost:8080"_s};
    QTest::addRow("http, another scheme")
            << ProbeRole::Liveness << ProbeType::Http << u"ftp://host/x"_s
            << QStringList{u"\"livenessProbe\""_s, u"\"http\""_s};
    QTest::addRow("tcp without a port") << ProbeRole::Liveness << ProbeType::Tcp << u"localhost"_s
                                        << QStringList{u"\"livenessProbe\""_s, u"\"tcp\""_s};
    QTest::addRow("tcp port out of range")
            << ProbeRole::Readiness << ProbeType::Tcp << u"localhost:70000"_s
            << QStringList{u"\"readinessProbe\""_s, u"\"tcp\""_s, u"70000"_s};
}

void TestProgramDialogProbes::invalidProbes()
{
    QFETCH(ProbeRole, role);
    QFETCH(ProbeType, type);
    QFETCH(QString, typed);
    QFETCH(QStringList, fragments);
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    PROBE_FORM(probe, editorFor(form, role));
    probe.type->setCurrentIndex(ProbeForm::typeIndex(type));
    retype(probe.target, typed);

    QVERIFY(!form.ok->isEnabled());
    QVERIFY(form.problem->isVisibleTo(&dialog));
    const QString shown = form.problem->text();
    for (const QString &fragment : std::as_const(fragments)) {
        QVERIFY2(shown.contains(fragment), qPrintable(shown + u" lacks "_s + fragment));
    }
    // A problem of the spec reads as the configuration loader would write it.
    if (const QString error = dialog.spec().validationError(); !error.isEmpty()) {
        QCOMPARE(shown, error);
    }
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QCOMPARE(accepted.count(), 0);

    // None takes the probe, and its problem, away.
    probe.type->setCurrentIndex(0);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
}

void TestProgramDialogProbes::livenessSuccessThreshold()
{
    // The configuration refuses it, so no file gives it; if a spec has it anyway, the dialog
    // says why and lets it be fixed.
    ProgramSpec initial = validSpec();
    initial.livenessProbe = ProbeSpec{ProbeType::Tcp, {}, u"127.0.0.1:5432"_s};
    initial.livenessProbe->successThreshold = 2;
    ProgramDialog dialog(ProgramDialog::Mode::Edit, initial, {}, false);
    FORM(form, dialog);
    PROBE_FORM(probe, form.livenessProbe);
    QVERIFY(!form.ok->isEnabled());
    QVERIFY2(form.problem->text().contains(u"\"successThreshold\""_s),
             qPrintable(form.problem->text()));
    QVERIFY(probe.successThreshold->isEnabled());
    probe.successThreshold->setValue(1);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
}

void TestProgramDialogProbes::roundTrip_data()
{
    QTest::addColumn<ProgramSpec>("spec");
    ProgramSpec spec = validSpec();
    spec.dependsOn = {u"db"_s, u"migrate"_s, u"cache"_s};
    spec.dependencyConditions = {{u"db"_s, DependencyCondition::Healthy},
                                 {u"migrate"_s, DependencyCondition::CompletedSuccessfully}};
    spec.readinessProbe = ProbeSpec{ProbeType::Exec,
                                    {u"pg_isready"_s, u"-h"_s, u"it's here"_s, u""_s},
                                    {},
                                    500,
                                    750,
                                    50,
                                    7,
                                    3};
    spec.livenessProbe = ProbeSpec{ProbeType::Http, {}, u"http://[::1]:8080/health?a=b"_s};
    QTest::addRow("exec and http, conditions") << spec;
    spec.readinessProbe = ProbeSpec{ProbeType::Tcp, {}, u"db.local:5432"_s};
    spec.livenessProbe.reset();
    spec.dependencyConditions = {{u"cache"_s, DependencyCondition::Started},
                                 {u"migrate"_s, DependencyCondition::Completed}};
    QTest::addRow("tcp, no liveness, other conditions") << spec;
    QTest::addRow("none") << validSpec();
}

void TestProgramDialogProbes::roundTrip()
{
    QFETCH(ProgramSpec, spec);
    QVERIFY2(spec.validationError().isEmpty(), qPrintable(spec.validationError()));
    ProgramDialog dialog(ProgramDialog::Mode::Edit, spec,
                         programs({u"db"_s, u"migrate"_s, u"cache"_s}), false);
    FORM(form, dialog);
    QVERIFY2(form.ok->isEnabled(), qPrintable(form.problem->text()));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    form.ok->click();
    QCOMPARE(accepted.count(), 1);
    const ProgramSpec result = dialog.spec();
    QCOMPARE(result.readinessProbe.has_value(), spec.readinessProbe.has_value());
    if (spec.readinessProbe) {
        QCOMPARE(result.readinessProbe->describe(), spec.readinessProbe->describe());
    }
    QCOMPARE(result.livenessProbe.has_value(), spec.livenessProbe.has_value());
    QCOMPARE(result.dependencyConditions.keys(), spec.dependencyConditions.keys());
    QVERIFY(result == spec);
}

void TestProgramDialogProbes::toolTipsOnEveryField()
{
    ProgramDialog dialog(ProgramDialog::Mode::Add, validSpec(), {}, false);
    FORM(form, dialog);
    for (ProbeEditor *editor : {form.readinessProbe, form.livenessProbe}) {
        PROBE_FORM(probe, editor);
        for (int index = 0; index < probe.type->count(); ++index) {
            probe.type->setCurrentIndex(index);
            QVERIFY(!probe.type->itemData(index, Qt::ToolTipRole).toString().isEmpty());
            for (const QWidget *field : probe.fields() + QList<QWidget *>{probe.type}) {
                QVERIFY2(!field->toolTip().isEmpty(), qPrintable(field->objectName()));
            }
        }
    }
    PROBE_FORM(readiness, form.readinessProbe);
    PROBE_FORM(liveness, form.livenessProbe);
    QVERIFY(readiness.failureThreshold->toolTip().contains(u"Failures in a row"_s));
    QVERIFY(liveness.successThreshold->toolTip().contains(u"liveness"_s));
}

QTEST_MAIN(TestProgramDialogProbes)
#include "tst_programdialogprobes.moc"
