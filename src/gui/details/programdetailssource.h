// What the details panel reads of a program, wherever it runs: this launcher's own
// (SupervisorDetailsSource) or an agent's on another host (RemoteDetailsSource), as the same
// structs. Read only: the panel's pages show, ProgramActions acts.
#pragma once

#include "core/model/programsnapshot.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class HeartbeatHistory;
class ResourceHistory;
struct ProgramSpec;

class ProgramDetailsSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramDetailsSource)

public:
    using QObject::QObject;

    /// The host its programs run on; empty for this launcher's.
    virtual QString host() const = 0;
    /// The program the panel shows (empty: none). A source that asks for its details (an
    /// agent's) asks only for this one's.
    virtual void follow(const QString &name) = 0;

    /// Nullopt when there is no such program.
    virtual std::optional<ProgramSnapshot> snapshot(const QString &name) const = 0;
    /// Its settings as configured; null when unknown (yet).
    virtual const ProgramSpec *spec(const QString &name) const = 0;
    /// What its next start runs (${VAR} expanded); null, with *error, when it cannot be
    /// expanded.
    virtual const ProgramSpec *launchSpec(const QString &name, QString *error) const = 0;
    /// The spec its live instance was launched with, and that expanded; null when it has none
    /// or when the source does not know it.
    virtual const ProgramSpec *instanceSpec(const QString &name) const = 0;
    virtual const ProgramSpec *instanceLaunchSpec(const QString &name) const = 0;
    /// Null when it has no beats recorded, or the source records none (heartbeatsCharted()).
    virtual const HeartbeatHistory *heartbeatHistory(const QString &name) const = 0;
    virtual bool heartbeatsCharted() const = 0;
    /// CPU and memory samples on nowMs()'s clock; null when none are taken.
    virtual const ResourceHistory *resources() const = 0;
    /// The clock of snapshot()'s and the histories' times.
    virtual qint64 nowMs() const = 0;
    /// Its log file, on host()'s file system; empty when not known.
    virtual QString logFile(const QString &name) const = 0;
    /// Why what it shows may no longer be true ("bench is unreachable since 12:03:41"); empty
    /// while it is current.
    virtual QString staleText() const = 0;

Q_SIGNALS:
    /// Anything of these programs may have changed: state, settings, restart history.
    void programsChanged(const QStringList &names);
    /// Its state changed (an event): what the header shows.
    void stateChanged(const QString &name);
    void programRemoved(const QString &name);
    void programRenamed(const QString &oldName, const QString &name);
};
