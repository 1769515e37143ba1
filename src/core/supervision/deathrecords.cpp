#include "core/supervision/deathrecords.h"

#include <QDateTime>

#include <utility>

void DeathRecords::launched(bool outputCaptured)
{
    m_outputCaptured = outputCaptured;
    m_earlyTail.reset();
}

void DeathRecords::died(DeathRecord record)
{
    if (m_earlyTail) {
        record.lastStderrLines = *std::exchange(m_earlyTail, std::nullopt);
        record.tail = StderrTail::Received;
    } else {
        record.tail = m_outputCaptured ? StderrTail::Pending : StderrTail::NotCaptured;
    }
    append(record);
}

bool DeathRecords::outputClosed(const QString &token, const QStringList &lastStderrLines,
                                const QString &liveToken)
{
    for (auto it = m_records->rbegin(); it != m_records->rend(); ++it) {
        if (it->instanceToken == token) {
            it->lastStderrLines = lastStderrLines;
            it->tail = StderrTail::Received;
            return true;
        }
    }
    if (!liveToken.isEmpty() && token == liveToken) {
        // Usually the exit comes first; a program may also close its output and run on.
        m_earlyTail = lastStderrLines;
        return false;
    }
    if (lastStderrLines.isEmpty()) {
        return false; // nothing to tell: an instance that failed to start, or said nothing
    }
    // An instance of a previous launcher that ended while none was running: its exit is
    // unknown, but not what it said.
    DeathRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.unwatched = true;
    record.instanceToken = token;
    record.lastStderrLines = lastStderrLines;
    record.tail = StderrTail::Received;
    append(record);
    return true;
}

void DeathRecords::append(const DeathRecord &record)
{
    m_records->append(record);
    if (m_records->size() > maxRecords) {
        m_records->removeFirst();
    }
}
