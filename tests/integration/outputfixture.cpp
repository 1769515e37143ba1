#include "outputfixture.h"

void OutputFixture::init()
{
    QString error;
    QVERIFY2(setUpEnvironment(&error), qPrintable(error));
    m_pids.clear();
}

void OutputFixture::cleanup()
{
    tearDown([this] {
        // The daemon script that never answers, should the test have failed before noting it.
        if (const qint64 hung = readFile(m_env->filePath(hungPidFile)).trimmed().toLongLong();
            hung > 0 && !m_pids.contains(hung)) {
            m_pids.append(hung);
        }
        for (qint64 pid : std::as_const(m_pids)) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        }
    });
}

void OutputFixture::startSupervisor()
{
    QString error;
    QVERIFY2(setUpSupervisor(nullptr, &error), qPrintable(error));
    // Before the event loop runs, from which the collector begins (OutputCollector).
    m_supervisor->outputCollector()->setDaemonPath(QStringLiteral(ZL_LOGD));
}

ProgramSpec OutputFixture::chatty(const QString &name, const QStringList &arguments) const
{
    ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_CHATTY), arguments);
    spec.kind = ProgramKind::Plain;
    spec.restart = RestartPolicy::Never;
    return spec;
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
