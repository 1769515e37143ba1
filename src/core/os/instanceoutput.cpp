#include "core/os/instanceoutput.h"

#include <utility>

#include <unistd.h>

InstanceOutput::InstanceOutput(int stdoutWrite, int stderrWrite)
    : m_fds{stdoutWrite, stderrWrite}
{ }

InstanceOutput::InstanceOutput(InstanceOutput &&other) noexcept
    : m_fds(std::exchange(other.m_fds, {-1, -1}))
{ }

InstanceOutput &InstanceOutput::operator=(InstanceOutput &&other) noexcept
{
    if (this != &other) {
        release();
        m_fds = std::exchange(other.m_fds, {-1, -1});
    }
    return *this;
}

InstanceOutput::~InstanceOutput()
{
    release();
}

void InstanceOutput::release()
{
    for (int &fd : m_fds) {
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
    }
}
