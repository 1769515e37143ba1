#include "core/os/probecheck.h"

#include "core/os/execprobecheck.h"
#include "core/os/netprobecheck.h"

std::unique_ptr<ProbeCheck> ProbeCheck::start(const ProbeSpec &probe, const ProbeContext &context)
{
    switch (probe.type) {
    case ProbeType::Exec:
        return std::make_unique<ExecProbeCheck>(probe, context);
    case ProbeType::Http:
        return std::make_unique<HttpProbeCheck>(probe);
    case ProbeType::Tcp:
        return std::make_unique<TcpProbeCheck>(probe);
    }
    return nullptr;
}

QString probeOutputLine(const QByteArray &output)
{
    const QByteArray firstLine = output.left(ProbeCheck::keptOutputBytes).split('\n').constFirst();
    return QString::fromUtf8(firstLine).trimmed();
}
