// instanceChanges(): what an edit of a program's settings changes for the instance that runs,
// which keeps what it was launched with until its next start (docs/design.md, "Edits and the
// live instance").
#include "core/model/programspec.h"

#include "core/model/shellwords.h"

#include <QCoreApplication>

namespace {

/// The phrases of instanceChanges(), in the order the settings are shown.
class ChangeList
{
public:
    /// "setting from → to", when they differ; setting is marked with QT_TRANSLATE_NOOP.
    void add(const char *setting, const QString &from, const QString &to)
    {
        if (from != to) {
            m_phrases.append(
                    QCoreApplication::translate("ProgramSpec", "%1 %2 → %3",
                                                "setting, running value, next value")
                            .arg(QCoreApplication::translate("ProgramSpec", setting), from, to));
        }
    }
    /// A change said without its values.
    void add(const QString &phrase) { m_phrases.append(phrase); }
    QStringList phrases() const { return m_phrases; }

private:
    QStringList m_phrases;
};

QString ms(int value)
{
    return QCoreApplication::translate("ProgramSpec", "%1 ms").arg(value);
}

QString commandLine(const ProgramSpec &spec)
{
    return ShellWords::join(QStringList{spec.program} + spec.arguments);
}

QString memoryCap(const ProgramSpec &spec)
{
    return spec.memoryMaxMiB
            ? QCoreApplication::translate("ProgramSpec", "%1 MiB").arg(*spec.memoryMaxMiB)
            : QCoreApplication::translate("ProgramSpec", "none");
}

QString leftovers(const ProgramSpec &spec)
{
    return spec.killLeftovers ? QCoreApplication::translate("ProgramSpec", "killed")
                              : QCoreApplication::translate("ProgramSpec", "left running");
}

QString probeText(const std::optional<ProbeSpec> &spec)
{
    return spec ? spec->describe() : QCoreApplication::translate("ProgramSpec", "none");
}

/// What the instance runs, where, with which environment, and how it is watched.
void addLaunchChanges(ChangeList &changes, const ProgramSpec &running, const ProgramSpec &next)
{
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "command"), commandLine(running),
                commandLine(next));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "working directory"),
                running.resolvedWorkingDirectory(), next.resolvedWorkingDirectory());
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "env file"), running.resolvedEnvFile(),
                next.resolvedEnvFile());
    if (running.environment != next.environment) {
        changes.add(QCoreApplication::translate("ProgramSpec", "environment"));
    }
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "kind"), toString(running.kind),
                toString(next.kind));
}

/// The deadlines, limits and restart rules the instance is supervised with.
void addSupervisionChanges(ChangeList &changes, const ProgramSpec &running, const ProgramSpec &next)
{
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "heartbeat interval"),
                ms(running.heartbeatIntervalMs), ms(next.heartbeatIntervalMs));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "lost timeout"),
                ms(running.effectiveLostTimeoutMs()), ms(next.effectiveLostTimeoutMs()));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "start timeout"), ms(running.startTimeoutMs),
                ms(next.startTimeoutMs));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "stop grace"), ms(running.stopGraceMs),
                ms(next.stopGraceMs));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "kernel memory cap"), memoryCap(running),
                memoryCap(next));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "what it leaves at exit"), leftovers(running),
                leftovers(next));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "minimum uptime"), ms(running.minUptimeMs),
                ms(next.minUptimeMs));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "restart policy"), toString(running.restart),
                toString(next.restart));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "restart limit"),
                QString::number(running.maxRestarts), QString::number(next.maxRestarts));
    changes.add(QT_TRANSLATE_NOOP("ProgramSpec", "restart window"), ms(running.restartWindowMs),
                ms(next.restartWindowMs));
}

// A probe belongs to the instance it watches: a new one waits for the next instance.
void addProbeChanges(ChangeList &changes, const ProgramSpec &running, const ProgramSpec &next)
{
    for (const ProbeRole role : allProbeRoles) {
        if (running.probe(role) == next.probe(role)) {
            continue;
        }
        changes.add(role == ProbeRole::Readiness
                            ? QT_TRANSLATE_NOOP("ProgramSpec", "readiness probe")
                            : QT_TRANSLATE_NOOP("ProgramSpec", "liveness probe"),
                    probeText(running.probe(role)), probeText(next.probe(role)));
        // Same description, other timings: still a change to say.
        if (probeText(running.probe(role)) == probeText(next.probe(role))) {
            changes.add(QCoreApplication::translate(
                    "ProgramSpec",
                    role == ProbeRole::Readiness
                            ? QT_TRANSLATE_NOOP("ProgramSpec", "readiness probe timings")
                            : QT_TRANSLATE_NOOP("ProgramSpec", "liveness probe timings")));
        }
    }
}

} // namespace

QStringList instanceChanges(const ProgramSpec &running, const ProgramSpec &next)
{
    ChangeList changes;
    addLaunchChanges(changes, running, next);
    addSupervisionChanges(changes, running, next);
    addProbeChanges(changes, running, next);
    return changes.phrases();
}
