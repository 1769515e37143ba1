// One check of a health probe (docs/design.md, "Health probes"): a command run to its exit, an HTTP
// GET, or a TCP connect, each given its timeout, never blocking the event loop. The Prober decides
// what the outcomes mean.
#pragma once

#include "core/model/probespec.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

/// Where an exec check runs: as the program itself would.
struct ProbeContext
{
    QString baseDirectory;    ///< where a relative command is resolved
    QString workingDirectory; ///< the program's
    QStringList environment;  ///< the program's whole environment, "NAME=value"
};

struct ProbeOutcome
{
    bool passed = false;
    /// Short, for people and events: "exit 0", "exit 1: could not connect", "HTTP 503",
    /// "Connection refused", "no answer within 1000 ms".
    QString detail;
};

class ProbeCheck : public QObject
{
    Q_OBJECT

public:
    /// The most of a check's own output (stdout and stderr, or an HTTP body) kept for its
    /// detail; the rest is read and dropped, so a check that prints without end costs nothing.
    static constexpr int keptOutputBytes = 200;

    /// Starts one check; finished() follows once, from the event loop, even for a check that
    /// cannot start (a missing command). Deleting the check abandons it (a command is killed).
    static std::unique_ptr<ProbeCheck> start(const ProbeSpec &probe, const ProbeContext &context);

Q_SIGNALS:
    void finished(const ProbeOutcome &outcome);

protected:
    ProbeCheck() = default;
};

/// The first line of what a check printed, cut to keptOutputBytes, for its detail.
QString probeOutputLine(const QByteArray &output);
