#pragma once

#include "core/os/probecheck.h"
#include "core/os/processwatch.h"

#include <QSocketNotifier>
#include <QTimer>

#include <memory>

class ExecProbeCheck final : public ProbeCheck
{
    Q_OBJECT

public:
    ExecProbeCheck(const ProbeSpec &probe, const ProbeContext &context);
    ~ExecProbeCheck() override;

private:
    void begin(const ProbeSpec &probe, const ProbeContext &context);
    void onSpawned(qint64 pid, const QString &spawnError, int timeoutMs);
    void readOutput();
    void onExited(const ExitStatus &status);
    void finish(const ProbeOutcome &outcome);
    void finishLater(const ProbeOutcome &outcome);
    void closeOutput();

    /// The spawn asked of ExecSpawner until its pid comes back; 0 then.
    quint64 m_spawnId = 0;
    std::unique_ptr<ProcessWatch> m_watch;
    /// The read end of the command's stdout and stderr; -1 once closed.
    int m_output = -1;
    std::unique_ptr<QSocketNotifier> m_outputNotifier;
    QByteArray m_kept;
    QTimer m_timeout;
    bool m_finished = false;
};
