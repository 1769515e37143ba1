// zlauncherctl and env files, against a real headless launcher: status shows the command as
// launched (expanded) and the spec as written; add --env-file takes a file from where the user
// is, and the program started that way sees its variables.
#include "ctlfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCtlEnvFile : public CtlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDown(); }
    void statusShowsTheExpandedCommand();
    void addEnvFileTakesItFromHere();

private:
    /// zlauncherctl on this test's launcher, run in workingDirectory.
    CtlRun ctlHere(const QStringList &arguments, const QString &workingDirectory = {})
    {
        return ctl(QStringList{u"--runtime-dir"_s, m_env->runtimeDir().path()} + arguments, {},
                   workingDirectory);
    }
    QJsonObject status(const QString &name);
};

void TestCtlEnvFile::init()
{
    setUp();
    QVERIFY(writeFile(m_env->filePath(u"web.env"_s), "PORT=8123\nNAME_IN_FILE=web\n"));
    QVERIFY(writeFile(m_configPath, R"({"version": 1, "programs": [
        {"name": "web", "program": "/bin/sleep", "kind": "plain", "autostart": false,
         "envFile": "web.env", "arguments": ["--port=${PORT}", "${NAME_IN_FILE}"]}]})"));
    startLauncher({}, 0);
    // The launcher answers once its control endpoint is bound.
    QTRY_COMPARE_WITH_TIMEOUT(ctlHere({u"info"_s}).exitCode, 0, 10000);
}

QJsonObject TestCtlEnvFile::status(const QString &name)
{
    const CtlRun run = ctlHere({u"--json"_s, u"status"_s, name});
    return QJsonDocument::fromJson(run.out.toUtf8()).object()[u"program"_s].toObject();
}

void TestCtlEnvFile::statusShowsTheExpandedCommand()
{
    const CtlRun text = ctlHere({u"status"_s, u"web"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QRegularExpression(u"\ncommand +/bin/sleep --port=8123 web\n"_s)),
             qPrintable(text.out));
    // The settings as written, so that a copy of them is a configuration.
    QVERIFY2(text.out.contains(u"\"--port=${PORT}\""_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"\n  envFile: web.env\n"_s), qPrintable(text.out));

    const QJsonObject json = status(u"web"_s);
    QCOMPARE(json[u"arguments"_s].toArray(), (QJsonArray{u"--port=8123"_s, u"web"_s}));
    QCOMPARE(json[u"spec"_s][u"arguments"_s].toArray(),
             (QJsonArray{u"--port=${PORT}"_s, u"${NAME_IN_FILE}"_s}));
}

void TestCtlEnvFile::addEnvFileTakesItFromHere()
{
    const QString here = m_env->filePath(u"here"_s);
    QVERIFY(QDir().mkpath(here));
    QVERIFY(writeFile(here + u"/job.env"_s, "GREETING=\"hello from\nhere\"\n"));
    const QString out = m_env->filePath(u"job.out"_s);
    const CtlRun add = ctlHere({u"add"_s, u"--kind"_s, u"plain"_s, u"--env-file"_s, u"job.env"_s,
                                u"--start"_s, u"job"_s, u"/bin/sh"_s, u"-c"_s,
                                u"printf '%s|%s' \"$GREETING\" \"$1\" > \"$0\"; exec sleep 60"_s,
                                out, u"${GREETING:-none}"_s},
                               here);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QTRY_COMPARE(readFile(out), QByteArray("hello from\nhere|hello from\nhere"));
    // Made absolute where the user wrote it: the launcher runs elsewhere.
    QCOMPARE(status(u"job"_s)[u"spec"_s][u"envFile"_s].toString(),
             QDir(here).canonicalPath() + u"/job.env"_s);

    // A usage error without a file.
    const CtlRun bare = ctlHere({u"add"_s, u"--env-file"_s, u""_s, u"x"_s, u"/bin/true"_s});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains(u"--env-file needs a FILE"_s), qPrintable(bare.err));
}

QTEST_GUILESS_MAIN(TestCtlEnvFile)
#include "tst_ctlenvfile.moc"
