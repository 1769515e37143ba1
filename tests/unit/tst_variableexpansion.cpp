// ${NAME} and ${NAME:-default} (VariableExpansion), and a program's settings expanded for a
// launch (ProgramExpansion): each setting that is expanded, the env file's place among the
// sources, and each error, naming the program and the variable.
#include "core/model/programexpansion.h"
#include "core/model/variableexpansion.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::optional<QString> sampleVariable(const QString &name)
{
    if (name == u"HOME") {
        return u"/home/ada"_s;
    }
    if (name == u"EMPTY") {
        return QString();
    }
    return std::nullopt;
}

QProcessEnvironment launcherEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, u"/home/ada"_s);
    environment.insert(u"PORT"_s, u"8000"_s);
    environment.insert(u"ONLY_LAUNCHER"_s, u"launcher"_s);
    return environment;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestVariableExpansion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expands_data();
    void expands();
    void refuses_data();
    void refuses();
    void everySettingIsExpanded();
    void envFileOverridesTheLauncherAndFeedsTheEnvironment();
    void specWithoutReferencesIsLeftAlone();
    void undefinedVariableNamesProgramAndSetting_data();
    void undefinedVariableNamesProgramAndSetting();
    void missingEnvFileNamesProgramAndFile();
    void badEnvFileNamesProgramFileAndLine();
    void syntaxErrorsAreFoundWithoutEnvironment();
    void envFileResolvesAgainstTheConfigurationFolder();
    void launchErrorChecksTheExpandedSpec();
};

void TestVariableExpansion::expands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << u"plain text"_s << u"plain text"_s;
    QTest::newRow("braced") << u"${HOME}/data"_s << u"/home/ada/data"_s;
    QTest::newRow("twice") << u"${HOME}:${HOME}"_s << u"/home/ada:/home/ada"_s;
    QTest::newRow("default unused") << u"${HOME:-/tmp}"_s << u"/home/ada"_s;
    QTest::newRow("default for unset") << u"${NOPE:-/tmp}"_s << u"/tmp"_s;
    QTest::newRow("default for empty") << u"${EMPTY:-fallback}"_s << u"fallback"_s;
    QTest::newRow("empty default") << u"[${NOPE:-}]"_s << u"[]"_s;
    QTest::newRow("set but empty, no default") << u"[${EMPTY}]"_s << u"[]"_s;
    QTest::newRow("default with spaces and $") << u"${NOPE:-a b $x}"_s << u"a b $x"_s;
    QTest::newRow("double dollar") << u"$${HOME} costs $$5"_s << u"${HOME} costs $5"_s;
    QTest::newRow("unbraced stays") << u"$HOME $1 $ end$"_s << u"$HOME $1 $ end$"_s;
    QTest::newRow("not nested") << u"${NOPE:-x}}"_s << u"x}"_s;
}

void TestVariableExpansion::expands()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    VariableExpansion::Problem problem;
    const auto result = VariableExpansion::expand(text, sampleVariable, &problem);
    QVERIFY2(result, qPrintable(problem.message));
    QCOMPARE(*result, expected);
}

void TestVariableExpansion::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("undefined");
    QTest::addColumn<QString>("message");
    const QString notReference = u" is not a variable reference: write ${NAME} or "
                                 "${NAME:-default}, NAME made of letters, digits and '_' and not "
                                 "starting with a digit (and $$ for a literal $)"_s;
    QTest::newRow("undefined") << u"--port=${PORT}"_s << u"PORT"_s << u"${PORT} is not defined"_s;
    QTest::newRow("unclosed") << u"a ${HOME"_s << QString()
                              << u"${HOME: \"${\" without a closing \"}\""_s;
    QTest::newRow("empty name") << u"${}"_s << QString() << u"${}"_s + notReference;
    QTest::newRow("digit first") << u"${1X}"_s << QString() << u"${1X}"_s + notReference;
    QTest::newRow("other operator") << u"${A-b}"_s << QString() << u"${A-b}"_s + notReference;
    QTest::newRow("nested default")
            << u"${NOPE:-${HOME}}"_s << QString()
            << u"${NOPE:-${HOME}: a default cannot refer to another variable"_s;
}

void TestVariableExpansion::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, undefined);
    QFETCH(QString, message);
    VariableExpansion::Problem problem;
    QVERIFY(!VariableExpansion::expand(text, sampleVariable, &problem));
    QCOMPARE(problem.undefinedVariable, undefined);
    QCOMPARE(problem.message, message);
}

void TestVariableExpansion::everySettingIsExpanded()
{
    ProgramSpec spec;
    spec.name = u"web"_s;
    spec.program = u"${HOME}/bin/web"_s;
    spec.arguments = {u"--port"_s, u"${PORT}"_s, u"$${PORT}"_s, u"$PORT"_s};
    spec.workingDirectory = u"${HOME}/run"_s;
    spec.environment = {{u"LISTEN"_s, u"0.0.0.0:${PORT:-80}"_s}};
    QString error;
    const auto expanded = ProgramExpansion::expanded(spec, launcherEnvironment(), &error);
    QVERIFY2(expanded, qPrintable(error));
    QCOMPARE(expanded->program, u"/home/ada/bin/web"_s);
    QCOMPARE(expanded->arguments, (QStringList{u"--port"_s, u"8000"_s, u"${PORT}"_s, u"$PORT"_s}));
    QCOMPARE(expanded->workingDirectory, u"/home/ada/run"_s);
    QCOMPARE(expanded->environment.value(u"LISTEN"_s), u"0.0.0.0:8000"_s);
    // What the user wrote is untouched: that is what the configuration saves.
    QCOMPARE(spec.program, u"${HOME}/bin/web"_s);
}

void TestVariableExpansion::envFileOverridesTheLauncherAndFeedsTheEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u".env"_s),
                      "PORT=9000\nFROM_FILE=file\nSHARED=from file\nDATA=${HOME}/data\n"));
    ProgramSpec spec;
    spec.name = u"web"_s;
    spec.program = u"/bin/web"_s;
    spec.arguments = {u"${PORT}"_s, u"${ONLY_LAUNCHER}"_s, u"${DATA}"_s};
    spec.envFile = u".env"_s;
    spec.baseDirectory = dir.path();
    spec.environment = {{u"SHARED"_s, u"from spec"_s}};
    QString error;
    const auto expanded = ProgramExpansion::expanded(spec, launcherEnvironment(), &error);
    QVERIFY2(expanded, qPrintable(error));
    QCOMPARE(expanded->arguments, (QStringList{u"9000"_s, u"launcher"_s, u"/home/ada/data"_s}));
    // The file's variables reach the program, under the spec's own entries.
    QCOMPARE(expanded->environment.value(u"FROM_FILE"_s), u"file"_s);
    QCOMPARE(expanded->environment.value(u"PORT"_s), u"9000"_s);
    QCOMPARE(expanded->environment.value(u"SHARED"_s), u"from spec"_s);
}

void TestVariableExpansion::specWithoutReferencesIsLeftAlone()
{
    ProgramSpec spec;
    spec.name = u"plain"_s;
    spec.program = u"/bin/true"_s;
    spec.arguments = {u"no references"_s};
    QVERIFY(!ProgramExpansion::needsExpansion(spec));
    spec.arguments.append(u"$HOME"_s);
    QVERIFY(ProgramExpansion::needsExpansion(spec));
    spec.arguments.removeLast();
    spec.envFile = u".env"_s;
    QVERIFY(ProgramExpansion::needsExpansion(spec));
}

void TestVariableExpansion::undefinedVariableNamesProgramAndSetting_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("where");
    QTest::newRow("program") << u"program"_s << u"\"program\""_s;
    QTest::newRow("arguments") << u"arguments"_s << u"\"arguments\""_s;
    QTest::newRow("workingDirectory") << u"workingDirectory"_s << u"\"workingDirectory\""_s;
    QTest::newRow("environment") << u"environment"_s << u"URL of \"environment\""_s;
}

void TestVariableExpansion::undefinedVariableNamesProgramAndSetting()
{
    QFETCH(QString, setting);
    QFETCH(QString, where);
    ProgramSpec spec;
    spec.name = u"web"_s;
    spec.program = u"/bin/web"_s;
    const QString reference = u"${UNDEFINED_HERE}"_s;
    if (setting == u"program") {
        spec.program = reference;
    } else if (setting == u"arguments") {
        spec.arguments = {u"ok"_s, reference};
    } else if (setting == u"workingDirectory") {
        spec.workingDirectory = reference;
    } else {
        spec.environment = {{u"URL"_s, reference}};
    }
    QString error;
    QVERIFY(!ProgramExpansion::expanded(spec, launcherEnvironment(), &error));
    QCOMPARE(error, u"program \"web\": ${UNDEFINED_HERE} is not defined (in %1)"_s.arg(where));
}

void TestVariableExpansion::missingEnvFileNamesProgramAndFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProgramSpec spec;
    spec.name = u"web"_s;
    spec.program = u"/bin/web"_s;
    spec.envFile = u"missing.env"_s;
    spec.baseDirectory = dir.path();
    QString error;
    QVERIFY(!ProgramExpansion::expanded(spec, launcherEnvironment(), &error));
    QCOMPARE(error,
             u"program \"web\": the env file %1/missing.env does not exist"_s.arg(dir.path()));
}

void TestVariableExpansion::badEnvFileNamesProgramFileAndLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"web.env"_s), "A=1\nnot a line\n"));
    ProgramSpec spec;
    spec.name = u"web"_s;
    spec.program = u"/bin/web"_s;
    spec.envFile = u"web.env"_s;
    spec.baseDirectory = dir.path();
    QString error;
    QVERIFY(!ProgramExpansion::expanded(spec, launcherEnvironment(), &error));
    QCOMPARE(error,
             u"program \"web\": %1/web.env, line 2: expected NAME=value, got not a line"_s.arg(
                     dir.path()));
}

void TestVariableExpansion::syntaxErrorsAreFoundWithoutEnvironment()
{
    ProgramSpec spec;
    spec.name = u"web"_s;
    spec.program = u"/bin/web"_s;
    spec.arguments = {u"${UNDEFINED_BUT_WELL_FORMED}"_s};
    QCOMPARE(ProgramExpansion::syntaxError(spec), QString());
    QCOMPARE(spec.validationError(), QString());
    spec.arguments = {u"${OPEN"_s};
    const QString expected
            = u"program \"web\": ${OPEN: \"${\" without a closing \"}\" (in \"arguments\")"_s;
    QCOMPARE(ProgramExpansion::syntaxError(spec), expected);
    // ProgramStore's validation says the same, so a file with it does not load.
    QCOMPARE(spec.validationError(), expected);
}

void TestVariableExpansion::envFileResolvesAgainstTheConfigurationFolder()
{
    ProgramSpec spec;
    spec.baseDirectory = u"/srv/app"_s;
    QCOMPARE(spec.resolvedEnvFile(), QString());
    spec.envFile = u"config/../.env"_s;
    QCOMPARE(spec.resolvedEnvFile(), u"/srv/app/.env"_s);
    spec.envFile = u"/etc/app.env"_s;
    QCOMPARE(spec.resolvedEnvFile(), u"/etc/app.env"_s);
}

void TestVariableExpansion::launchErrorChecksTheExpandedSpec()
{
    // What the program dialog asks before it accepts: the spec as a launch would run it.
    ProgramSpec spec;
    spec.name = u"shell"_s;
    spec.program = u"${ZL_TEST_NOT_SET:-/bin}/sh"_s;
    spec.arguments = {u"-c"_s, u"echo $${X}"_s};
    QCOMPARE(spec.launchError(), QString());
    spec.program = u"${ZL_TEST_NOT_SET}/sh"_s;
    QCOMPARE(spec.launchError(),
             u"program \"shell\": ${ZL_TEST_NOT_SET} is not defined (in \"program\")"_s);
    spec.program = u"${ZL_TEST_NOT_SET:-/nowhere}/sh"_s;
    QCOMPARE(spec.launchError(), u"cannot start shell: /nowhere/sh does not exist"_s);
    // An expanded spec is not expanded again: its "${X}" came from "$${X}".
    spec.program = u"/bin/sh"_s;
    const auto expanded = ProgramExpansion::expanded(spec, QProcessEnvironment(), nullptr);
    QVERIFY(expanded);
    QCOMPARE(expanded->arguments.last(), u"echo ${X}"_s);
    QCOMPARE(expanded->expandedLaunchError(), QString());
}

QTEST_GUILESS_MAIN(TestVariableExpansion)
#include "tst_variableexpansion.moc"
