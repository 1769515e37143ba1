// What the tests that drive a Supervisor directly share: one listening on a fresh runtime
// directory, every event it told in order, and ways to find them.
#pragma once

#include "core/model/event.h"
#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/supervision/supervisor.h"

#include "testenvironment.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class Clock;

class SupervisorFixture : public QObject
{
    Q_OBJECT

protected:
    /// A supervisor on clock (the real one if null), listening; false with error set if not.
    bool setUp(Clock *clock, QString *error);
    /// Kills every program and waits until none is left.
    void tearDown();

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
    /// Position of the first event of program, of kind, whose message contains text; -1 if none.
    qsizetype firstEvent(const QString &program, EventKind kind, const QString &text) const;
    /// Position of the first state event (program, state) of a live instance; -1 if none.
    qsizetype firstStateEvent(const QString &program, ProgramState state) const;

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Supervisor> m_supervisor;
    QList<Event> m_events;
};
