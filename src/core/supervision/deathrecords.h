// A program's last deaths (ProgramSnapshot::deaths), each with the last lines its instance wrote
// on stderr. zlauncher-logd sends those lines when the instance's output is closed: before or
// after its exit is seen, since both come through the event loop in either order, or for an
// instance that ended while no launcher watched it.
#pragma once

#include "core/model/programsnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class DeathRecords final
{
public:
    static constexpr qsizetype maxRecords = 20;

    /// Keeps the records in *records (the runner's snapshot).
    explicit DeathRecords(QList<DeathRecord> *records)
        : m_records(records)
    { }

    /// A new instance runs; outputCaptured: its output goes through the output collector, so a
    /// tail will come.
    void launched(bool outputCaptured);
    /// Records the live instance's death; its tail is filled in when it came first.
    void died(DeathRecord record);
    /// The output of instance token was closed with these last stderr lines. liveToken is the
    /// token of the live instance, empty without one. True when a record changed.
    bool outputClosed(const QString &token, const QStringList &lastStderrLines,
                      const QString &liveToken);

private:
    void append(const DeathRecord &record);

    QList<DeathRecord> *m_records;
    bool m_outputCaptured = false;
    /// The live instance's lines when they came before its exit was seen.
    std::optional<QStringList> m_earlyTail;
};
