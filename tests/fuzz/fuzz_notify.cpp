// libFuzzer target for the notify protocol's parser (src/core/model/notifymessage.cpp): the
// input is one datagram's payload, as any process of the user may send it.
//
// Checked on every input, besides "no crash, no sanitizer report":
// - at most one problem per line, and none for a line that is a well-formed honoured
//   assignment or an unknown key;
// - a line "READY=1" anywhere makes ready true, "WATCHDOG=trigger" makes watchdogTrigger true;
// - numbers taken are within their ranges (a pid > 0, an errno in 0..4095, durations >= 0).
#include "core/model/notifymessage.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_notify: property violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray payload(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const NotifyMessage message = NotifyMessage::parse(payload);
    const QList<QByteArray> lines = payload.split('\n');
    qsizetype nonEmpty = 0;
    bool readyLine = false;
    bool triggerLine = false;
    for (const QByteArray &line : lines) {
        nonEmpty += line.isEmpty() ? 0 : 1;
        readyLine = readyLine || line == "READY=1";
        triggerLine = triggerLine || line == "WATCHDOG=trigger";
    }
    require(message.problems.size() <= nonEmpty, "more problems than lines");
    require(!readyLine || message.ready, "READY=1 not taken");
    require(!triggerLine || message.watchdogTrigger, "WATCHDOG=trigger not taken");
    require(!message.mainPid || *message.mainPid > 0, "a pid of 0 or less taken");
    require(!message.errorNumber || (*message.errorNumber >= 0 && *message.errorNumber <= 4095),
            "an errno out of range taken");
    require(!message.watchdogUsec || *message.watchdogUsec >= 0, "a negative watchdog taken");
    require(!message.extendTimeoutUsec || *message.extendTimeoutUsec >= 0,
            "a negative extension taken");
    return 0;
}
