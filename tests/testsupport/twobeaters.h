// The configuration the ctl and agent tests run: two heartbeat programs, alpha and beta, that
// are never lost while a test runs, however busy the machine (a restart would change the pids
// the tests compare). ZL_TC_BEATER comes from zl_use_test_clients().
#pragma once

#include <QByteArray>

inline QByteArray twoBeaters()
{
    return QByteArray(R"({"version": 1, "programs": [
        {"name": "alpha", "program": ")")
            + ZL_TC_BEATER + R"(", "heartbeatIntervalMs": 50, "lostTimeoutMs": 60000},
        {"name": "beta", "program": ")"
            + ZL_TC_BEATER + R"(", "heartbeatIntervalMs": 50, "lostTimeoutMs": 60000}]})";
}
