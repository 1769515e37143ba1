// The launcher's copies of the write ends of an instance's output pipes, closed once the
// instance is started (os/outputcollector.h hands them out).
#pragma once

#include <array>

/// The write ends of one instance's stdout and stderr pipes while it is being started: the
/// program gets them; the launcher's copies must be closed once the program was started (or
/// failed to start): release(), or the destructor. The read ends belong to the collector.
class InstanceOutput final
{
public:
    InstanceOutput(int stdoutWrite, int stderrWrite);
    InstanceOutput(InstanceOutput &&other) noexcept;
    InstanceOutput &operator=(InstanceOutput &&other) noexcept;
    InstanceOutput(const InstanceOutput &) = delete;
    InstanceOutput &operator=(const InstanceOutput &) = delete;
    ~InstanceOutput();

    /// The write ends, for the program's stdout and stderr (close-on-exec: the spawn
    /// duplicates them onto 1 and 2).
    int standardOutputFd() const { return m_fds[0]; }
    int standardErrorFd() const { return m_fds[1]; }
    void release();

private:
    std::array<int, 2> m_fds;
};
