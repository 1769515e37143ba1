#include "core/supervision/instancerecorder.h"

#include "core/supervision/programregistry.h"
#include "core/supervision/programrunner.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// What is learnt after a launch waits this long to be saved (see scheduleSave()).
constexpr int saveDelayMs = 10;
} // namespace

InstanceRecorder::InstanceRecorder(const QString &path, const ProgramRegistry &programs,
                                   QObject *parent)
    : QObject(parent)
    , m_programs(programs)
    , m_file(path)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &InstanceRecorder::save);
}

InstanceRecorder::~InstanceRecorder()
{
    if (m_saveTimer.isActive()) {
        save();
    }
}

void InstanceRecorder::adoptRecordedInstances()
{
    QString error;
    const QHash<QString, RecordedInstance> recorded = m_file.load(&error);
    if (!error.isEmpty()) {
        emitEvent(EventKind::Error, Severity::Warning, error);
    }
    std::optional<QHash<QString, qint64>> byToken; // scanned once, if a record needs it
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        const QString &name = it.key();
        ProgramRunner *found = m_programs.find(name);
        const LiveInstance live = findLiveInstance(*it, &byToken);
        if (!found) {
            if (live.alive) {
                emitEvent(EventKind::Protocol, Severity::Warning,
                          tr("%1 (pid %2) is still running but no longer configured; left alone")
                                  .arg(name)
                                  .arg(live.pid),
                          name);
            }
            continue;
        }
        if (live.alive) {
            const qint64 uptime = InstanceState::processUptimeMs(*live.startTime).value_or(0);
            if (!found->adopt(live.pid, uptime, live.token, &error)) {
                emitEvent(EventKind::Error, Severity::Error,
                          tr("cannot adopt pid %1: %2").arg(live.pid).arg(error), name);
            }
            continue;
        }
        reportEnded(name, *it, live.startTime.has_value());
        // Its exit status is lost: it counts as a failure.
        if (found->spec().restart != RestartPolicy::Never) {
            found->start();
        }
    }
    m_recorded.clear();
    for (ProgramRunner *r : std::as_const(m_programs.byName)) {
        recordInstance(r);
    }
}

InstanceRecorder::LiveInstance InstanceRecorder::findLiveInstance(
        const RecordedInstance &record, std::optional<QHash<QString, qint64>> *byToken)
{
    LiveInstance live{record.pid, InstanceState::processStartTime(record.pid), false, record.token};
    live.alive = record.pid > 0 && live.startTime && *live.startTime == record.startTime;
    // Started just before the previous launcher died, before its pid was recorded: the
    // instance itself, or the successor of a recorded instance that ended. Not the ended
    // instance's token: the children it left carry it too, and must not be taken for it.
    const QString startedUnrecorded = record.pid <= 0 ? record.token : record.nextToken;
    if (live.alive || startedUnrecorded.isEmpty()) {
        return live;
    }
    if (!*byToken) {
        *byToken = InstanceState::processesByToken();
    }
    if (const auto match = (*byToken)->constFind(startedUnrecorded); match != (*byToken)->cend()) {
        live.pid = *match;
        live.startTime = InstanceState::processStartTime(live.pid);
        live.alive = live.startTime.has_value();
        live.token = startedUnrecorded;
    }
    return live;
}

void InstanceRecorder::reportEnded(const QString &name, const RecordedInstance &record,
                                   bool pidReused)
{
    const QString when = record.recordedAt.isValid()
            ? record.recordedAt.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s)
            : tr("an unknown time");
    emitEvent(EventKind::Exit, Severity::Warning,
              record.pid <= 0 ? tr("was being started when the previous launcher stopped, and "
                                   "is not running (recorded at %1)")
                                        .arg(when)
                      : pidReused
                      ? tr("pid %1 now belongs to another process: %2 ended while no "
                           "launcher was running (last recorded at %3)")
                                .arg(record.pid)
                                .arg(name, when)
                      : tr("ended while no launcher was running (pid %1, last recorded at %2)")
                                .arg(record.pid)
                                .arg(when),
              name);
}

QString InstanceRecorder::nextToken(const QString &name)
{
    QString &token = m_nextTokens[name];
    if (token.isEmpty()) {
        token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    return token;
}

void InstanceRecorder::recordLaunching(const QList<ProgramRunner *> &runners)
{
    for (ProgramRunner *runner : runners) {
        recordWithoutPid(runner->spec().name, nextToken(runner->spec().name));
    }
    if (!runners.isEmpty()) {
        save();
    }
}

void InstanceRecorder::recordLaunch(ProgramRunner *runner, const QString &token)
{
    // Recorded before the instance exists: a crash right after the launch must not leave a
    // live instance that no record leads to. recordLaunching() may have saved it already, and
    // the saved record of a respawned instance names it as its predecessor's successor.
    const QString &name = runner->spec().name;
    m_nextTokens.remove(name);
    const auto recorded = m_recorded.constFind(name);
    if (recorded != m_recorded.cend() && recorded->pid == 0 && recorded->token == token) {
        return;
    }
    const bool savedLeadsToIt = m_savedSuccessors.value(name) == token;
    recordWithoutPid(name, token);
    if (savedLeadsToIt) {
        scheduleSave();
    } else {
        save();
    }
}

void InstanceRecorder::recordInstance(ProgramRunner *runner)
{
    const QString name = runner->spec().name;
    const qint64 pid = hasLiveInstance(runner->state()) ? runner->snapshot().pid : 0;
    const auto existing = m_recorded.constFind(name);
    if (pid > 0 && existing != m_recorded.cend() && existing->pid == pid) {
        return;
    }
    if (pid <= 0 && existing == m_recorded.cend()) {
        return;
    }
    if (pid > 0) {
        const std::optional<quint64> startTime = InstanceState::processStartTime(pid);
        if (!startTime) {
            return; // already gone; its exit follows
        }
        m_recorded.insert(name,
                          RecordedInstance{pid, *startTime, QDateTime::currentDateTimeUtc(),
                                           runner->snapshot().instanceToken, nextToken(name)});
    } else {
        m_recorded.remove(name);
    }
    scheduleSave();
}

void InstanceRecorder::forget(const QString &name)
{
    m_nextTokens.remove(name);
    if (m_recorded.remove(name) > 0) {
        scheduleSave();
    }
}

void InstanceRecorder::recordWithoutPid(const QString &name, const QString &token)
{
    // No pid yet: the token alone leads a next launcher to the instance (adoption's scan).
    m_recorded.insert(name, RecordedInstance{0, 0, QDateTime::currentDateTimeUtc(), token, {}});
}

void InstanceRecorder::scheduleSave()
{
    // What is learnt after a launch (the pid, an exit) only speeds up a next launcher: the
    // token saved before the launch already leads it to the instance. So it is saved a little
    // later rather than at once, not while the program just spawned is still in its exec
    // (docs/performance.md, fix F9). A start all's pids go in one write. Not
    // pushed back by later changes, so that a stream of them cannot keep it from disk.
    if (!m_saveTimer.isActive()) {
        m_saveTimer.start();
    }
}

void InstanceRecorder::save()
{
    m_saveTimer.stop();
    QString error;
    if (m_file.save(m_recorded, &error)) {
        // Not a copy of m_recorded: sharing it would make the next change to it, on the way
        // to a respawn, copy the whole record.
        m_savedSuccessors.clear();
        for (auto it = m_recorded.cbegin(); it != m_recorded.cend(); ++it) {
            if (!it->nextToken.isEmpty()) {
                m_savedSuccessors.insert(it.key(), it->nextToken);
            }
        }
    } else {
        emitEvent(EventKind::Error, Severity::Warning, error);
    }
}

void InstanceRecorder::emitEvent(EventKind kind, Severity severity, const QString &message,
                                 const QString &program)
{
    Q_EMIT eventOccurred(Event::make(program, kind, severity, message));
}
