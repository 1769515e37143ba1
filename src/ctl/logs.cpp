#include "ctl/logs.h"

#include "ctl/ctl.h"
#include "ctl/invocation.h"
#include "ctl/target.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultLines = 20;
// A person reading along sees a line within half a second; each ask is one small request.
constexpr int followIntervalMs = 500;

} // namespace

int showOutput(const Invocation &invocation)
{
    const QString name = invocation.arguments.value(0);
    std::optional<qint64> from;
    while (true) {
        QJsonObject request{{u"command"_s, u"output"_s},
                            {u"name"_s, name},
                            {u"lines"_s, invocation.count > 0 ? invocation.count : defaultLines}};
        if (from) {
            request.insert(u"from"_s, *from);
        }
        const ControlClient::Result result
                = askLauncher(invocation, request, invocation.requestTimeoutMs());
        if (result.outcome != ControlClient::Outcome::Replied) {
            printError(result.error);
            return noReplyStatus(result.outcome);
        }
        if (!result.reply.value(u"ok"_s).toBool()) {
            printError(result.error);
            return ExitFailed;
        }
        if (invocation.json) {
            printRaw(QJsonDocument(result.reply).toJson(QJsonDocument::Compact) + '\n');
        } else {
            if (from && result.reply.value(u"restarted"_s).toBool()) {
                printError(zlauncherctl::tr("%1: its log file was rotated").arg(name));
            }
            if (result.reply.value(u"skipped"_s).toBool()) {
                printError(zlauncherctl::tr("%1: lines skipped, more came than one reading "
                                            "carries")
                                   .arg(name));
            }
            for (const QJsonValue &line : result.reply.value(u"lines"_s).toArray()) {
                printLine(line.toString());
            }
        }
        if (!invocation.follow) {
            return ExitSuccess;
        }
        from = result.reply.value(u"end"_s).toInteger();
        QThread::msleep(followIntervalMs);
    }
}
