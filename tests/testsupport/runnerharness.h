// One ProgramRunner on a FakeClock and a FakeProcessControl, driven as the Supervisor drives
// it (its deadlines arm the clock's wake-up, which calls handleDeadline()), with its events
// recorded. No process is started and no socket opened: no ZeroMQ context is given.
#pragma once

#include "core/supervision/programrunner.h"
#include "fakeclock.h"
#include "fakeprocesscontrol.h"
#include "testenvironment.h"

#include <QList>
#include <QObject>

#include <memory>

class RunnerHarness final : public QObject
{
    Q_OBJECT

public:
    RunnerHarness();
    ~RunnerHarness() override;

    bool isValid() const { return m_env.isValid(); }
    QString errorString() const { return m_env.errorString(); }

    /// A heartbeat program (TestEnvironment::spec() timings) that is never run: an existing
    /// executable, since the runner checks that before a spawn.
    static ProgramSpec spec(const QString &name = QStringLiteral("beater"));
    ProgramRunner &makeRunner(const ProgramSpec &spec);
    /// Stops calling handleDeadline() at the wake-ups: the launcher's loop is away.
    void stopWaking();

    ProgramRunner &runner() const { return *m_runner; }
    FakeClock &clock() { return m_clock; }
    FakeProcessControl &processes() { return m_processes; }
    const TestEnvironment &environment() const { return m_env; }
    const QList<Event> &events() const { return m_events; }
    bool hasEvent(EventKind kind, const QString &text) const;

    /// A beat from the live instance's pid, with the next sequence number.
    void beat();
    /// The live instance, null when there is none.
    FakeProcess *live() const { return m_processes.live(); }

    /// Whether this process has no child at all, not even a zombie: nothing was started.
    static bool hasNoChild();

private:
    TestEnvironment m_env;
    FakeClock m_clock;
    FakeProcessControl m_processes;
    std::unique_ptr<ProgramRunner> m_runner;
    QList<Event> m_events;
    quint64 m_sequence = 0;
};
