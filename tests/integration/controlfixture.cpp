#include "controlfixture.h"

#include "core/config/programstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

void ControlFixture::setUp()
{
    QString error;
    QVERIFY2(SupervisorFixture::setUp(nullptr, &error), qPrintable(error));
    m_configPath = m_env->filePath(u"zlauncher.json"_s);
}

void ControlFixture::tearDown()
{
    // They hold the supervisor: gone before it.
    m_server.reset();
    m_keeper.reset();
    SupervisorFixture::tearDown();
}

void ControlFixture::writeConfiguration(const QList<ProgramSpec> &programs)
{
    Configuration configuration;
    configuration.programs = programs;
    QString error;
    QVERIFY2(ProgramStore::save(m_configPath, configuration, &error), qPrintable(error));
}

void ControlFixture::openServer(ControlServer::Mode mode)
{
    if (!QFile::exists(m_configPath)) {
        writeConfiguration({});
    }
    m_keeper = std::make_unique<ConfigurationKeeper>(m_supervisor.get());
    m_keeper->setAutosave(false);
    const ConfigurationKeeper::OpenResult opened = m_keeper->open(m_configPath);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    m_server = std::make_unique<ControlServer>(m_supervisor.get(), m_keeper.get(), mode);
    QString error;
    QVERIFY2(m_server->bind(m_env->runtimeDir().controlEndpoint(), &error), qPrintable(error));
}

QByteArray ControlFixture::askRaw(const QByteArray &request)
{
    zmq::socket_t socket(m_zmq, zmq::socket_type::req);
    socket.set(zmq::sockopt::linger, 0);
    socket.connect(m_env->runtimeDir().controlEndpoint().toStdString());
    socket.send(zmq::buffer(request.constData(), static_cast<size_t>(request.size())));
    zmq::message_t reply;
    const bool answered = QTest::qWaitFor(
            [&] { return socket.recv(reply, zmq::recv_flags::dontwait).has_value(); },
            eventuallyMs);
    if (!answered) {
        return {};
    }
    return QByteArray(static_cast<const char *>(reply.data()),
                      static_cast<qsizetype>(reply.size()));
}

QJsonObject ControlFixture::ask(const QJsonObject &request)
{
    const QByteArray reply = askRaw(QJsonDocument(request).toJson(QJsonDocument::Compact));
    const QJsonDocument document = QJsonDocument::fromJson(reply);
    if (!document.isObject()) {
        qWarning() << "not a JSON object:" << reply;
        return QJsonObject{{u"ok"_s, false}, {u"error"_s, u"(no reply)"_s}};
    }
    return document.object();
}

QStringList ControlFixture::names(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray()) {
        list.append(value.toString());
    }
    return list;
}
