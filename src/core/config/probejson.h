// A probe object of the configuration file (docs/design.md, "Health probes"), both ways: exactly
// one of "exec", "http" and "tcp", Kubernetes' timing keys in milliseconds, and nothing else.
#pragma once

#include "core/model/probespec.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace ProbeJson {

/// The probe, or nullopt with *error naming the key at fault ("\"periodMs\" must be …"); the
/// caller names the program and the probe.
std::optional<ProbeSpec> read(const QJsonValue &value, ProbeRole role, QString *error);
QJsonObject write(const ProbeSpec &probe);

} // namespace ProbeJson
