// The launcher holds descriptors for every program (its pidfd, libzmq's connection for its
// heartbeats, its output and notify sockets): a few hundred programs need more than the usual
// soft limit of 1024 open files, so the launcher raises its soft limit to the hard one at start,
// as zlauncher-logd does. Programs inherit the raised limit, as they do under supervisord
// (minfds) and PM2 (Node raises its own).
#pragma once

#include <QString>

#include <optional>

struct OpenFileLimit
{
    quint64 before = 0; ///< the soft limit found
    quint64 now = 0;    ///< the soft limit after the raise: the hard limit
};

/// Raises the soft RLIMIT_NOFILE to the hard limit. Nothing with *error set when it cannot.
std::optional<OpenFileLimit> raiseOpenFileLimit(QString *error);
