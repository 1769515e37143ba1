#include "core/model/heartbeathistory.h"

void HeartbeatHistory::append(qint64 atMs)
{
    if (m_times.size() < capacity) {
        if (m_times.empty()) {
            m_times.reserve(capacity);
        }
        m_times.push_back(atMs);
    } else {
        m_times[m_next] = atMs;
    }
    m_next = (m_next + 1) % capacity;
    if (m_size < capacity) {
        ++m_size;
    }
}

std::size_t HeartbeatHistory::firstSince(qint64 sinceMs) const
{
    // Times only grow, so a binary search over the ring's logical order.
    std::size_t low = 0;
    std::size_t high = m_size;
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (at(middle) < sinceMs) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}
