// An agent for the tests of other hosts (docs/remote.md): `zlauncher --headless --listen` on a
// free loopback port pair, with a configuration folder (its keys, its authorized_keys) and a
// runtime directory of its own, as on another host, inside a TestEnvironment, which kills
// what is left when it goes.
#pragma once

#include "launcherprocess.h"
#include "testenvironment.h"

#include "core/remote/curvekeys.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

class TestAgent
{
public:
    /// launcher and ctl: the paths of zlauncher and zlauncherctl.
    TestAgent(const TestEnvironment &environment, QString launcher, QString ctl);

    /// Writes configuration, admits clientKey (Z85) and picks the ports; false with *error.
    bool prepare(const QByteArray &configuration, const QByteArray &clientKey, QString *error);
    /// Options given to every later start() besides its configuration, runtime directory and
    /// --listen (--keep-events, for example).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    /// Starts it (again); the caller waits for what it needs (process()->runningPids()).
    bool start();
    /// SIGKILLs it; its programs go on, as they do when an agent's host loses it.
    void kill() { m_process.reset(); }
    /// Null while it is not running.
    LauncherProcess *process() const { return m_process.get(); }

    /// tcp://127.0.0.1:PORT, its control endpoint.
    QString endpoint() const { return m_endpoint; }
    /// Its public key, as `zlauncherctl info` gives it; empty when that fails.
    QByteArray serverKey() const;
    /// XDG_CONFIG_HOME pointing at its own configuration folder.
    QProcessEnvironment environment() const;

    /// A port p with p + 1 free too (an agent's stream), on loopback; 0 when none was found.
    static quint16 freePortPair();

private:
    QString m_launcher;
    QString m_ctl;
    QString m_configPath;
    QString m_home;
    QString m_runtimeDir;
    QString m_endpoint;
    QStringList m_extraArguments;
    std::unique_ptr<LauncherProcess> m_process;
};

/// Starts agent on configuration (twoBeaters(), say), admitting client, and waits until two
/// programs run; fails the current test (see QTest::currentTestFailed) when it cannot.
inline void startAgentOn(TestAgent &agent, const QByteArray &configuration,
                         const CurveKeyPair &client)
{
    QString error;
    QVERIFY2(agent.prepare(configuration, client.publicKey, &error), qPrintable(error));
    QVERIFY(agent.start());
    QTRY_VERIFY_WITH_TIMEOUT(agent.process()->runningPids().size() >= 2, 20000);
}
