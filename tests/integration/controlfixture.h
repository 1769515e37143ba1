// What tst_control* share: a supervisor, its configuration keeper and a control server on a real
// socket, and a client that asks it one request at a time (docs/control.md).
#pragma once

#include "core/config/configurationkeeper.h"
#include "core/remote/controlserver.h"
#include "supervisorfixture.h"

#include <memory>

#include <QJsonObject>
#include <QObject>

#include <zmq.hpp>

class ControlFixture : public SupervisorFixture
{
    Q_OBJECT

protected:
    /// A listening supervisor in a fresh environment (SupervisorFixture); no server yet
    /// (openServer).
    void setUp();
    /// Drops the server and the keeper, then SupervisorFixture::tearDown().
    void tearDown();

    /// A generous bound for what must happen, on a busy machine under sanitizers.
    static constexpr int eventuallyMs = 30000;

    /// Sends one request from a fresh REQ and waits for the reply.
    QJsonObject ask(const QJsonObject &request);
    QByteArray askRaw(const QByteArray &request);
    void writeConfiguration(const QList<ProgramSpec> &programs);
    /// Opens the configuration (an empty one if none was written) and binds the server.
    void openServer(ControlServer::Mode mode = ControlServer::Mode::Headless);
    qint64 pid(const QString &name) const { return snapshot(name).pid; }
    static ProgramSpec beater(const QString &name)
    {
        return TestEnvironment::spec(name, QStringLiteral(ZL_TC_BEATER));
    }
    /// The strings of a JSON array.
    static QStringList names(const QJsonValue &array);

    std::unique_ptr<ConfigurationKeeper> m_keeper;
    std::unique_ptr<ControlServer> m_server;
    zmq::context_t m_zmq;
    QString m_configPath;
};
