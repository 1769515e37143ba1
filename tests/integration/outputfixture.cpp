#include "outputfixture.h"

void OutputFixture::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_events.clear();
    m_pids.clear();
}

void OutputFixture::cleanup()
{
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    m_supervisor.reset();
    // The daemon script that never answers, should the test have failed before noting it.
    if (const qint64 hung = readFile(m_env->filePath(hungPidFile)).trimmed().toLongLong();
        hung > 0 && !m_pids.contains(hung)) {
        m_pids.append(hung);
    }
    for (qint64 pid : std::as_const(m_pids)) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
    m_env.reset();
}

void OutputFixture::startSupervisor()
{
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory());
    m_supervisor->outputCollector()->setDaemonPath(QStringLiteral(ZL_LOGD));
    connect(m_supervisor.get(), &Supervisor::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
    QString error;
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
}

ProgramSpec OutputFixture::chatty(const QString &name, const QStringList &arguments) const
{
    ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_CHATTY), arguments);
    spec.kind = ProgramKind::Plain;
    spec.restart = RestartPolicy::Never;
    return spec;
}

void OutputFixture::addAndStart(const ProgramSpec &spec)
{
    QString error;
    QVERIFY2(supervisor().addProgram(spec, &error), qPrintable(error));
    supervisor().startProgram(spec.name);
}

QStringList OutputFixture::logFiles(const QString &name) const
{
    const QDir directory(m_env->logDirectory());
    QList<std::pair<int, QString>> numbered;
    const QRegularExpression rotated(u"^"_s + QRegularExpression::escape(name)
                                     + uR"(\.log\.(\d+)$)"_s);
    const QStringList entries = directory.entryList(QDir::Files);
    for (const QString &entry : entries) {
        if (const QRegularExpressionMatch match = rotated.match(entry); match.hasMatch()) {
            numbered.append({match.captured(1).toInt(), directory.filePath(entry)});
        }
    }
    std::sort(numbered.begin(), numbered.end(), std::greater<>());
    QStringList files;
    for (const auto &[index, path] : numbered) {
        files.append(path);
    }
    if (directory.exists(name + u".log"_s)) {
        files.append(directory.filePath(name + u".log"_s));
    }
    return files;
}

int OutputFixture::countEvents(const QString &text) const
{
    return static_cast<int>(std::count_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) {
        return e.message.contains(text);
    }));
}

bool OutputFixture::lastDeathHasTail(const QString &name) const
{
    const QList<DeathRecord> &deaths = snapshot(name).deaths;
    return !deaths.isEmpty() && deaths.last().tail == StderrTail::Received;
}

QString OutputFixture::writeScript(const QString &name, const QString &body) const
{
    const QString path = m_env->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body.toUtf8()) < 0
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return {};
    }
    return path;
}
