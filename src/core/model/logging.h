// Logging categories of the core (developer traces; user-visible events go through Event).
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcSupervisor)
Q_DECLARE_LOGGING_CATEGORY(lcHeartbeat)
Q_DECLARE_LOGGING_CATEGORY(lcProcess)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcZmq)

/// "Operation not permitted (errno 1)", for messages about a failed syscall.
QString errnoMessage(int error);
