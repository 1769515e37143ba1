#include "ctlfixture.h"
#include "twobeaters.h"

#include <csignal>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

void CtlFixture::setUp()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_configPath = m_env->filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(m_configPath, twoBeaters()));
}

void CtlFixture::tearDown()
{
    if (m_launcher && m_launcher->process().state() != QProcess::NotRunning) {
        // SIGINT stops the programs too; the destructor's SIGKILL would leave them running.
        ::kill(static_cast<pid_t>(m_launcher->process().processId()), SIGINT);
        m_launcher->process().waitForFinished(10000);
    }
    m_launcher.reset();
    m_env.reset();
}

CtlRun CtlFixture::ctl(const QStringList &arguments, const QProcessEnvironment &environment,
                       const QString &workingDirectory)
{
    return runProcess(QStringLiteral(ZL_CTL), arguments, environment, workingDirectory, 30000);
}

void CtlFixture::startLauncher(const QStringList &extraArguments, int running)
{
    m_launcher = std::make_unique<LauncherProcess>(
            QStringLiteral(ZL_LAUNCHER),
            QStringList{u"--config"_s, m_configPath, u"--runtime-dir"_s, m_env->runtimeDir().path()}
                    + extraArguments);
    QVERIFY(m_launcher->start());
    QTRY_COMPARE_WITH_TIMEOUT(m_launcher->runningPids().size(), running, 10000);
}

qint64 CtlFixture::pidOf(const QString &program) const
{
    qint64 pid = 0;
    for (const QJsonObject &event : m_launcher->eventsOf(u"state"_s, program)) {
        if (event[u"state"_s] == u"running"_s) {
            pid = event[u"pid"_s].toInteger();
        }
    }
    return pid;
}

QJsonObject CtlFixture::parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool CtlFixture::writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}
