// A health probe of a program (docs/design.md, "Health probes"), with Kubernetes' semantics: a
// check every periodMs after initialDelayMs, each given timeoutMs; successThreshold passes in a row
// make the probe pass, failureThreshold failures in a row make it fail.
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

enum class ProbeType {
    Exec, ///< a command: exit 0 passes
    Http, ///< a GET: a 2xx or 3xx status passes
    Tcp,  ///< a connection that opens passes
};

/// What a probe decides: a readiness probe gates Starting → Running and the "healthy"
/// dependency condition; a failing liveness probe makes the program Lost.
enum class ProbeRole { Readiness, Liveness };
inline constexpr std::array<ProbeRole, 2> allProbeRoles{ProbeRole::Readiness, ProbeRole::Liveness};

struct ProbeSpec
{
    ProbeType type = ProbeType::Exec;
    /// Exec: the program (as ProgramSpec::program is resolved) and its arguments.
    QStringList command;
    /// Http: an http:// URL. Tcp: "host:port".
    QString target;
    // Kubernetes' defaults, in milliseconds.
    int initialDelayMs = 0;
    int periodMs = 10000;
    int timeoutMs = 1000;
    int failureThreshold = 3;
    int successThreshold = 1;

    /// What is wrong with the probe, naming the key ("\"periodMs\" must be …"), or empty.
    /// The caller names the program and the probe.
    QString validationError(ProbeRole role) const;
    /// One line for people: "exec pg_isready -q", "GET http://…/health", "tcp 127.0.0.1:5432".
    QString describe() const;

    bool operator==(const ProbeSpec &other) const = default;
};

/// The configuration key of a role's probe: "readinessProbe", "livenessProbe".
QString probeKey(ProbeRole role);
/// "readiness", "liveness": how events and the wire name the role.
QString probeRoleName(ProbeRole role);
/// The host and port of a Tcp target, nullopt when it is not "host:port" with a port 1–65535.
std::optional<std::pair<QString, quint16>> splitHostPort(const QString &target);
