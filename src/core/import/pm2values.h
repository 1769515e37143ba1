// PM2's vocabulary in its ecosystem file: the forms its values take (durations, memory sizes),
// the interpreter it picks for a script, and why the keys zlauncher has no counterpart for
// are left out.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Pm2Values {

// PM2's defaults where zlauncher's differ.
inline constexpr int killTimeoutMs = 1600;
inline constexpr int maxRestarts = 16;

/// Why a key PM2 documents has no counterpart in zlauncher.
QString unsupportedReason(const QString &key);

/// PM2's interpreter for a script, from its extension (PM2's own table); empty to run the
/// script itself.
QString interpreterFor(const QString &script);

/// Milliseconds as PM2 accepts them: a number of ms, or "500ms", "3s", "1m", "1h".
std::optional<int> duration(const QJsonValue &value);

/// PM2's max_memory_restart in MiB, rounded up: bytes, or "300M", "2G", "512K" (powers of 1024).
std::optional<int> memoryMiB(const QJsonValue &value);

/// A value as the text it stands for: a string as it is, anything else as JSON.
QString text(const QJsonValue &value);

/// The app's script under any of the names PM2 accepts for it.
QString scriptOf(const QJsonObject &app);

} // namespace Pm2Values
