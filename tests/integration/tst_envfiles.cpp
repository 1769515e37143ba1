// Env files and ${VAR} expansion end to end (docs/design.md, "Environment files and
// variables"): a real program sees the env file's variables and its expanded arguments, an
// edited env file is read at the next start, what cannot be expanded is refused or fails with
// the program and the variable named, a configuration keeps what the user wrote, and the
// control endpoint's status tells the expanded command.
#include "core/config/configurationkeeper.h"
#include "core/config/programstore.h"
#include "core/remote/controlserver.h"
#include "core/supervision/supervisor.h"

#include "testenvironment.h"

#include <algorithm>

#include <QFile>
#include <QList>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>

#include <zmq.hpp>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QStringList lines(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)
            : QStringList();
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray()) {
        list.append(value.toString());
    }
    return list;
}

} // namespace

class TestEnvFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void programSeesTheEnvFileAndExpandedArguments();
    void editedEnvFileIsReadAtTheNextStart();
    void undefinedVariableIsRefusedWithProgramAndVariable();
    void envFileGoneAtStartFailsNamingIt();
    void configurationWithMissingEnvFileKeepsTheProgram();
    void statusTellsTheExpandedCommand();

private:
    /// A plain program that writes "$FOO|$BAR|$1" as a line to out, then sleeps; $1 is the
    /// argument argument, expanded by the launcher.
    ProgramSpec writer(const QString &name, const QString &out, const QString &argument) const;
    ProgramState state(const QString &name) const { return m_supervisor->snapshot(name)->state; }

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Supervisor> m_supervisor;
};

void TestEnvFiles::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory());
    QString error;
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
}

void TestEnvFiles::cleanup()
{
    const auto reset = qScopeGuard([this] {
        m_supervisor.reset();
        m_env.reset();
    });
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
}

ProgramSpec TestEnvFiles::writer(const QString &name, const QString &out,
                                 const QString &argument) const
{
    ProgramSpec spec = TestEnvironment::spec(
            name, u"/bin/sh"_s,
            {u"-c"_s, u"printf '%s|%s|%s\\n' \"$FOO\" \"$BAR\" \"$1\" >> \"$0\"; exec sleep 100"_s,
             out, argument});
    spec.kind = ProgramKind::Plain;
    spec.autostart = false;
    spec.baseDirectory = m_env->path();
    spec.envFile = u"app.env"_s;
    return spec;
}

void TestEnvFiles::programSeesTheEnvFileAndExpandedArguments()
{
    QVERIFY(writeFile(m_env->filePath(u"app.env"_s),
                      "# the test's variables\nexport FOO=\"two\nlines\"\nBAR=from file\n"
                      "GREETING=hello ${FOO_SUFFIX:-world}\n"));
    const QString out = m_env->filePath(u"out.txt"_s);
    ProgramSpec spec = writer(u"web"_s, out, u"${GREETING}"_s);
    // The spec's own environment wins over the file.
    spec.environment.insert(u"BAR"_s, u"from spec"_s);
    QString error;
    QVERIFY2(m_supervisor->addProgram(spec, &error), qPrintable(error));
    m_supervisor->startProgram(u"web"_s);
    QTRY_COMPARE(lines(out), (QStringList{u"two"_s, u"lines|from spec|hello world"_s}));
    // The configuration keeps what was written; the launch used the expansion.
    QCOMPARE(m_supervisor->spec(u"web"_s)->arguments.last(), u"${GREETING}"_s);
    QCOMPARE(m_supervisor->launchSpec(u"web"_s)->arguments.last(), u"hello world"_s);
}

void TestEnvFiles::editedEnvFileIsReadAtTheNextStart()
{
    QVERIFY(writeFile(m_env->filePath(u"app.env"_s), "FOO=first\n"));
    const QString out = m_env->filePath(u"out.txt"_s);
    QVERIFY(m_supervisor->addProgram(writer(u"web"_s, out, u"${FOO}"_s)));
    m_supervisor->startProgram(u"web"_s);
    QTRY_COMPARE(lines(out), QStringList{u"first||first"_s});
    m_supervisor->stopProgram(u"web"_s);
    QTRY_COMPARE(state(u"web"_s), ProgramState::Stopped);

    // No reload, no edit of the program: the user's start reads the file again.
    QVERIFY(writeFile(m_env->filePath(u"app.env"_s), "FOO=second\n"));
    m_supervisor->startProgram(u"web"_s);
    QTRY_COMPARE(lines(out), (QStringList{u"first||first"_s, u"second||second"_s}));
}

void TestEnvFiles::undefinedVariableIsRefusedWithProgramAndVariable()
{
    QVERIFY(writeFile(m_env->filePath(u"app.env"_s), "FOO=1\n"));
    QString error;
    QVERIFY(!m_supervisor->addProgram(
            writer(u"web"_s, m_env->filePath(u"out.txt"_s), u"--port=${ZL_TEST_UNDEFINED}"_s),
            &error));
    QCOMPARE(error, u"program \"web\": ${ZL_TEST_UNDEFINED} is not defined (in \"arguments\")"_s);
    QVERIFY(!m_supervisor->hasProgram(u"web"_s));
    // With a default it is fine.
    QVERIFY2(m_supervisor->addProgram(writer(u"web"_s, m_env->filePath(u"out.txt"_s),
                                             u"--port=${ZL_TEST_UNDEFINED:-80}"_s),
                                      &error),
             qPrintable(error));
    QCOMPARE(m_supervisor->launchSpec(u"web"_s)->arguments.last(), u"--port=80"_s);
}

void TestEnvFiles::envFileGoneAtStartFailsNamingIt()
{
    QVERIFY(writeFile(m_env->filePath(u"app.env"_s), "FOO=1\n"));
    QVERIFY(m_supervisor->addProgram(writer(u"web"_s, m_env->filePath(u"out.txt"_s), u"x"_s)));
    QVERIFY(QFile::remove(m_env->filePath(u"app.env"_s)));
    QList<Event> events;
    // Disconnects before events goes: the supervisor tells more events in cleanup().
    const QObject listening;
    connect(m_supervisor.get(), &Supervisor::eventOccurred, &listening,
            [&events](const Event &event) { events.append(event); });
    m_supervisor->startProgram(u"web"_s);
    // Refused before any spawn: Failed at once, with the file named.
    QCOMPARE(state(u"web"_s), ProgramState::Failed);
    QCOMPARE(m_supervisor->snapshot(u"web"_s)->pid, qint64(0));
    QCOMPARE(m_supervisor->snapshot(u"web"_s)->reason,
             u"program \"web\": the env file %1 does not exist"_s.arg(
                     m_env->filePath(u"app.env"_s)));
    QString error;
    QVERIFY(!m_supervisor->launchSpec(u"web"_s, &error));
    QCOMPARE(error, m_supervisor->snapshot(u"web"_s)->reason);
    // The event log and the event stream (headless --events json, ipc://R/events) say it too.
    const bool told = std::any_of(events.cbegin(), events.cend(), [&error](const Event &event) {
        return event.program == u"web" && event.kind == EventKind::Error && event.message == error;
    });
    QVERIFY(told);
}

void TestEnvFiles::configurationWithMissingEnvFileKeepsTheProgram()
{
    const QString path = m_env->filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(path, R"({"version": 1, "programs": [
        {"name": "ok", "program": "/bin/true", "autostart": false},
        {"name": "web", "program": "/bin/true", "envFile": "missing.env", "autostart": false}]})"));
    ConfigurationKeeper keeper(m_supervisor.get());
    const ConfigurationKeeper::OpenResult opened = keeper.open(path);
    QVERIFY(!opened.ok);
    QCOMPARE(opened.error,
             u"program \"web\": the env file %1 does not exist"_s.arg(
                     m_env->filePath(u"missing.env"_s)));
    // An environment problem is not a broken file: it is not moved aside, and saving keeps the
    // program as written.
    QVERIFY(opened.keptAsidePath.isEmpty());
    QVERIFY(m_supervisor->hasProgram(u"ok"_s));
    QString error;
    QVERIFY2(keeper.save(&error), qPrintable(error));
    const auto saved = ProgramStore::load(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->program(u"web"_s));
    QCOMPARE(saved->program(u"web"_s)->envFile, u"missing.env"_s);
}

void TestEnvFiles::statusTellsTheExpandedCommand()
{
    QVERIFY(writeFile(m_env->filePath(u"app.env"_s), "PORT=8123\n"));
    QVERIFY(m_supervisor->addProgram(
            writer(u"web"_s, m_env->filePath(u"out.txt"_s), u"--port=${PORT}"_s)));
    ConfigurationKeeper keeper(m_supervisor.get());
    ControlServer server(m_supervisor.get(), &keeper, ControlServer::Mode::Headless);
    QString error;
    QVERIFY2(server.bind(m_env->runtimeDir().controlEndpoint(), &error), qPrintable(error));

    zmq::context_t context;
    zmq::socket_t socket(context, zmq::socket_type::req);
    socket.set(zmq::sockopt::linger, 0);
    socket.connect(m_env->runtimeDir().controlEndpoint().toStdString());
    const std::string request = R"({"command": "status", "name": "web"})";
    socket.send(zmq::buffer(request));
    zmq::message_t reply;
    QVERIFY(QTest::qWaitFor(
            [&] { return socket.recv(reply, zmq::recv_flags::dontwait).has_value(); }, 5000));
    const QJsonObject program
            = QJsonDocument::fromJson(
                      QByteArray(static_cast<const char *>(reply.data()), qsizetype(reply.size())))
                      .object()
                      .value(u"program")
                      .toObject();
    QCOMPARE(strings(program.value(u"arguments")).last(), u"--port=8123"_s);
    QVERIFY(!program.contains(u"expansionError"));
    // The spec is the configuration's, as written.
    QCOMPARE(strings(program.value(u"spec").toObject().value(u"arguments")).last(),
             u"--port=${PORT}"_s);
    QCOMPARE(program.value(u"spec").toObject().value(u"envFile").toString(), u"app.env"_s);
}

QTEST_GUILESS_MAIN(TestEnvFiles)
#include "tst_envfiles.moc"
