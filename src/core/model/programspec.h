// What the user configured for one program (DESIGN.md §5b), as a value type. Loading and
// saving live in ProgramStore; the running state lives in ProgramRunner.
#pragma once

#include "core/model/logrotation.h"
#include "core/model/probespec.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// How a program's liveness is known: by our heartbeats, by systemd's notify protocol (READY=1,
/// WATCHDOG=1), or by its pid alone.
enum class ProgramKind { Heartbeat, Notify, Plain };
enum class RestartPolicy { Always, OnFailure, Never };
/// What a dependency must have done before its dependent starts (DESIGN.md §5).
enum class DependencyCondition {
    Started,               ///< an instance is alive (Starting or Running)
    Ready,                 ///< Running: the default
    Healthy,               ///< its readiness probe passes (Running, without one)
    Completed,             ///< it ran and exited, however it ended
    CompletedSuccessfully, ///< it ran and exited 0: a one-shot such as a migration
};

QString toString(ProgramKind kind);
QString toString(RestartPolicy policy);
QString toString(DependencyCondition condition);
std::optional<ProgramKind> programKindFromString(const QString &text);
std::optional<RestartPolicy> restartPolicyFromString(const QString &text);
std::optional<DependencyCondition> dependencyConditionFromString(const QString &text);

struct ProgramSpec
{
    QString name;
    /// As configured: absolute, relative with a slash (resolved against baseDirectory), or a
    /// bare name looked up in PATH.
    QString program;
    QStringList arguments;
    /// Empty means baseDirectory; relative resolves against baseDirectory.
    QString workingDirectory;
    QMap<QString, QString> environment;
    /// A dotenv file whose variables the program gets (under environment's) and that ${VAR}
    /// may refer to; relative resolves against baseDirectory; empty for none. As written: it
    /// is read when the program is checked and at each start (core/model/programexpansion.h).
    QString envFile;
    ProgramKind kind = ProgramKind::Heartbeat;
    bool autostart = true;
    RestartPolicy restart = RestartPolicy::Always;
    int heartbeatIntervalMs = 1000;
    /// Unset means 3 × heartbeatIntervalMs; see effectiveLostTimeoutMs(). For a notify program,
    /// its watchdog timeout (WATCHDOG_USEC); unset, it has no watchdog (see watchdogMs()).
    std::optional<int> lostTimeoutMs;
    int startTimeoutMs = 10000;
    int stopGraceMs = 3000;
    /// When the main process exits, what it left in its process group or cgroup is killed;
    /// false leaves it running (a program whose job is to start a daemon).
    bool killLeftovers = true;
    int minUptimeMs = 1000;
    int maxRestarts = 5;
    int restartWindowMs = 60000;
    /// Restarted when its resident memory (its whole process group's) stays above this for
    /// memoryBreachSamples samples in a row (one a second); unset: no limit.
    std::optional<int> maxMemoryMiB;
    /// More than one, so that a single spike is forgiven.
    int memoryBreachSamples = 3;
    /// The kernel's hard limit, written to memory.max of the program's own cgroup where the
    /// memory controller is enabled for it: above it, the OOM killer ends the program at once.
    /// Unset: none.
    std::optional<int> memoryMaxMiB;
    /// Unset: one instance, named name. Set to N: N replicas named name-0 … name-(N-1), each
    /// with ZLAUNCHER_INSTANCE_INDEX (core/model/replicas.h), and a dependency on name means
    /// on all of them.
    std::optional<int> instances;
    /// Of one replica's own spec (replicaSpec()): the program it is a replica of, and its
    /// index; empty and -1 for every other spec. Never saved: the configuration has the set.
    QString replicaOf;
    int replicaIndex = -1;
    QStringList dependsOn;
    /// The condition of each dependency whose condition is not Ready (absent means Ready).
    QMap<QString, DependencyCondition> dependencyConditions;
    std::optional<ProbeSpec> readinessProbe;
    std::optional<ProbeSpec> livenessProbe;
    /// Unset: the launcher's (10 MiB, 3 kept, no age, not compressed).
    std::optional<LogRotation> logRotation;

    /// Keys this version does not know, kept so that saving loses nothing.
    QJsonObject unknownKeys;
    /// The configuration file's folder; not saved.
    QString baseDirectory;

    DependencyCondition conditionOn(const QString &dependency) const
    {
        return dependencyConditions.value(dependency, DependencyCondition::Ready);
    }
    const std::optional<ProbeSpec> &probe(ProbeRole role) const
    {
        return role == ProbeRole::Readiness ? readinessProbe : livenessProbe;
    }
    int effectiveLostTimeoutMs() const;
    /// A notify program's watchdog timeout as configured, 0 for none (systemd's WatchdogSec=
    /// is off unless set); other kinds: 0.
    int watchdogMs() const;
    /// How often a beat is expected: the heartbeat interval, or half a notify program's
    /// watchdog timeout (sd_watchdog_enabled(3) advises that pace); 0 when none is.
    int expectedBeatIntervalMs() const;
    /// The executable to launch: absolute path, or empty when a bare name is not found in PATH.
    QString resolvedProgram() const;
    QString resolvedWorkingDirectory() const;
    /// envFile as an absolute path; empty when there is none.
    QString resolvedEnvFile() const;

    /// Checks what can be checked without touching the file system (name, ranges). Returns an
    /// empty string when valid, else a message naming the program and the key.
    QString validationError() const;
    /// Checks that the program can be launched now: its env file read and its ${VAR} expanded
    /// as a launch would (core/model/programexpansion.h), then executable present and
    /// executable, not a directory, working directory present. Empty string when it can.
    QString launchError() const;
    /// launchError() of a spec that ProgramExpansion::expanded() made: nothing is expanded
    /// again (a "$$" written became a "$", which must stay one).
    QString expandedLaunchError() const;

    bool operator==(const ProgramSpec &other) const = default;

private:
    // The parts of validationError(), in the order it checks them.
    QString timingError() const;
    QString limitError() const;
    QString dependencyError() const;
    QString probeError() const;
    QString textError() const;
};

/// A program as configured (absolute, relative with a slash, or a bare name looked up in
/// PATH) as the path to launch; empty when a bare name is not found.
QString resolveExecutable(const QString &program, const QString &baseDirectory);

/// What an instance launched with running would do differently if launched with next, one
/// short phrase per setting ("lost timeout 300 ms → 5000 ms"); settings that do not touch a
/// live instance (name, autostart, dependencies) are left out. Empty when nothing differs.
QStringList instanceChanges(const ProgramSpec &running, const ProgramSpec &next);
