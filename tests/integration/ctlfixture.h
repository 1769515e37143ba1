// What tst_ctl* share: zlauncherctl run as a user or a script runs it, and a headless launcher
// with two heartbeat programs to run it against.
#pragma once

#include "launcherprocess.h"
#include "processrun.h"
#include "testenvironment.h"

#include <memory>

#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

using CtlRun = ProcessRun;

class CtlFixture : public QObject
{
    Q_OBJECT

protected:
    /// A fresh environment and a configuration of two beaters (not started).
    void setUp();
    /// Stops the launcher, and its programs with it.
    void tearDown();

    CtlRun ctl(const QStringList &arguments, const QProcessEnvironment &environment = {},
               const QString &workingDirectory = {});
    /// Waits until `running` programs are Running.
    void startLauncher(const QStringList &extraArguments = {}, int running = 2);
    qint64 pidOf(const QString &program) const;

    static QJsonObject parseObject(const QString &text);
    static bool writeFile(const QString &path, const QByteArray &contents);

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<LauncherProcess> m_launcher;
    QString m_configPath;
};
