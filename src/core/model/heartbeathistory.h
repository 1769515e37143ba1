// The recent heartbeats of one program, for the pulse strip and the interval chart: arrival
// times in a fixed ring, so memory per program stays bounded whatever the beat rate. The ring
// is allocated at the first beat, and never zeroed: a program that does not beat costs nothing,
// and adding thousands of programs touches no memory for them.
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <vector>

class HeartbeatHistory final
{
public:
    /// About 3.4 minutes at 10 Hz, 34 minutes at 1 Hz: 16 KiB per program.
    static constexpr std::size_t capacity = 2048;

    void append(qint64 atMs);
    void clear() { m_size = 0; }

    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// The i-th kept beat, oldest first.
    qint64 at(std::size_t i) const { return m_times[(m_next + capacity - m_size + i) % capacity]; }
    qint64 last() const { return at(m_size - 1); }
    /// Index of the first kept beat at or after sinceMs (size() when none).
    std::size_t firstSince(qint64 sinceMs) const;

private:
    /// Grows to capacity by push_back, then wraps: while it grows, m_next is its size.
    std::vector<qint64> m_times;
    std::size_t m_next = 0;
    std::size_t m_size = 0;
};
