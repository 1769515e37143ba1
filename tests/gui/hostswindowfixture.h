// What the window's hosts tests (tst_mainwindowhosts, tst_mainwindowhostdetails) start from:
// this launcher, its settings in the test's own folder, a local alpha that never dies (named as
// one of the agent's, so that rows must be told apart by host), and RemoteHosts with this
// user's client key, which the test's agent is to admit.
#pragma once

#include "testenvironment.h"

#include "core/config/configurationkeeper.h"
#include "core/remote/remotehosts.h"
#include "core/supervision/supervisor.h"
#include "gui/window/mainwindow.h"

#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

class HostsWindowFixture : public QObject
{
protected:
    /// For initTestCase(): the settings and files of the test, not the user's.
    static void useTestPaths(const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"zlauncher-tests"_s);
        QCoreApplication::setApplicationName(testName);
    }

    /// Empty, or why this launcher and its hosts could not be set up.
    QString startLocal()
    {
        m_env = std::make_unique<TestEnvironment>();
        if (!m_env->isValid()) {
            return m_env->errorString();
        }
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_env->filePath(u"settings"_s));
        m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory());
        QString error;
        if (!m_supervisor->listen({}, &error)) {
            return error;
        }
        m_keeper = std::make_unique<ConfigurationKeeper>(m_supervisor.get());
        if (!m_keeper->open(m_env->filePath(u"zlauncher.json"_s)).ok) {
            return u"cannot open the configuration"_s;
        }
        if (!m_supervisor->addProgram(
                    TestEnvironment::spec(u"alpha"_s, QStringLiteral(ZL_TC_BEATER)), &error)) {
            return error;
        }
        m_supervisor->startProgram(u"alpha"_s);
        m_hosts = std::make_unique<RemoteHosts>(m_supervisor->zmqContext(),
                                                m_env->filePath(u"hosts.json"_s),
                                                m_env->filePath(u"keys/client.key_secret"_s));
        if (!m_hosts->load(&error)) {
            return error;
        }
        const std::optional<CurveKeyPair> client = m_hosts->clientKeys(&error);
        if (!client) {
            return error;
        }
        m_clientPublicKey = client->publicKey;
        return QString();
    }

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ConfigurationKeeper> m_keeper;
    std::unique_ptr<RemoteHosts> m_hosts;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_clientPublicKey;
};
