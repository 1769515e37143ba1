#include "core/model/logging.h"

#include <cstring>

Q_LOGGING_CATEGORY(lcSupervisor, "zlauncher.supervisor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "zlauncher.heartbeat", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProcess, "zlauncher.process", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "zlauncher.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcZmq, "zlauncher.zmq", QtWarningMsg)

QString errnoMessage(int error)
{
    return QString::fromLocal8Bit(std::strerror(error)) + u" (errno " + QString::number(error)
            + u')';
}
