// What the tests that drive a Supervisor directly share: one listening on a fresh runtime
// directory, every event it told in order, and ways to find them. The GUI fixtures build their
// models and windows over it; a test that listens on more endpoints, or wants no supervisor
// until later, sets up in steps.
#pragma once

#include "core/model/event.h"
#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/supervision/supervisor.h"

#include "testenvironment.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Clock;

class SupervisorFixture : public QObject
{
    Q_OBJECT

protected:
    /// Whether the supervisor listens as soon as it is made, or the test calls
    /// m_supervisor->listen() itself (on more endpoints, say).
    enum class Listen { Now, Later };

    /// setUpEnvironment(), then setUpSupervisor(clock, error, listen).
    bool setUp(Clock *clock, QString *error, Listen listen = Listen::Now);
    /// A fresh environment, no supervisor yet, no event; false with error set if not.
    bool setUpEnvironment(QString *error);
    /// A supervisor on clock (the real one if null) in the environment, its events appended to
    /// m_events, listening unless told Later; false with error set if it cannot listen.
    bool setUpSupervisor(Clock *clock, QString *error, Listen listen = Listen::Now);
    /// Kills every program and waits until none is left; then runs beforeSupervisorGoes (what
    /// holds the supervisor: models, windows) and drops the supervisor and the environment,
    /// those even when the wait fails.
    void tearDown(const std::function<void()> &beforeSupervisorGoes = {});

    void add(const ProgramSpec &spec);
    /// add, then start it.
    void addAndStart(const ProgramSpec &spec);
    const ProgramSnapshot &snapshot(const QString &name) const
    {
        return *m_supervisor->snapshot(name);
    }
    ProgramState state(const QString &name) const { return snapshot(name).state; }
    bool hasEvent(const QString &program, EventKind kind, const QString &text) const
    {
        return firstEvent(program, kind, text) >= 0;
    }
    /// Whether program went through state, whatever its instance (see firstStateEvent).
    bool hasStateEvent(const QString &program, ProgramState state) const;
    /// How many events, of any program and kind, have a message that contains text.
    int countEvents(const QString &text) const;
    /// Position of the first event of program, of kind, whose message contains text; -1 if none.
    qsizetype firstEvent(const QString &program, EventKind kind, const QString &text) const;
    /// Position of the first state event (program, state) of a live instance; -1 if none.
    qsizetype firstStateEvent(const QString &program, ProgramState state) const;

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Supervisor> m_supervisor;
    QList<Event> m_events;
};
