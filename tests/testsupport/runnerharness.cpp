#include "runnerharness.h"

#include "core/zmq/heartbeatbus.h"

#include <algorithm>
#include <cerrno>

#include <QUuid>

#include <sys/wait.h>

using namespace Qt::StringLiterals;

RunnerHarness::RunnerHarness() = default;

// The runner first: it owns the watched instances, which refer to the fake.
RunnerHarness::~RunnerHarness()
{
    m_runner.reset();
}

ProgramSpec RunnerHarness::spec(const QString &name)
{
    return TestEnvironment::spec(name, u"/bin/true"_s, {u"--beat"_s});
}

ProgramRunner &RunnerHarness::makeRunner(const ProgramSpec &spec)
{
    const RunnerContext context{
            &m_clock,
            nullptr,
            &m_env.runtimeDir(),
            m_env.logDirectory(),
            nullptr,
            &m_processes,
            nullptr,
            [](const QString &) { return QUuid::createUuid().toString(QUuid::WithoutBraces); }};
    m_runner = std::make_unique<ProgramRunner>(spec, context);
    connect(m_runner.get(), &ProgramRunner::eventOccurred, this,
            [this](const Event &event) { m_events.append(event); });
    connect(m_runner.get(), &ProgramRunner::deadlineChanged, &m_clock, &Clock::wakeAt);
    connect(&m_clock, &Clock::woken, m_runner.get(), [this] {
        if (m_runner->deadline() <= m_clock.nowMs()) {
            m_runner->handleDeadline();
        }
    });
    return *m_runner;
}

void RunnerHarness::stopWaking()
{
    disconnect(&m_clock, &Clock::woken, m_runner.get(), nullptr);
}

bool RunnerHarness::hasEvent(EventKind kind, const QString &text) const
{
    return std::any_of(m_events.cbegin(), m_events.cend(),
                       [&](const Event &e) { return e.kind == kind && e.message.contains(text); });
}

void RunnerHarness::beat()
{
    m_runner->handleHeartbeat(
            {m_runner->spec().name, m_runner->snapshot().pid, ++m_sequence, std::nullopt});
}

bool RunnerHarness::hasNoChild()
{
    errno = 0;
    return ::waitpid(-1, nullptr, WNOHANG) == -1 && errno == ECHILD;
}
