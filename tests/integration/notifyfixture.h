// What the tests of systemd's notify protocol share (tst_notify, on a fake clock, and
// tst_notifyclients, on the real one): a supervisor listening on a fresh runtime directory,
// every event it told, and a datagram sent to its notify socket as sd_notify() would.
#pragma once

#include "core/model/event.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"
#include "core/supervision/supervisor.h"

#include "testenvironment.h"

#include <memory>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class Clock;

/// Sends one datagram to path from this process, as sd_notify() would.
bool sendDatagram(const QString &path, const QByteArray &payload);

class NotifyFixture : public QObject
{
    Q_OBJECT

protected:
    /// A supervisor on clock (the real one if null), listening; false with error set if not.
    bool setUp(Clock *clock, QString *error);
    /// Kills every program and waits until none is left.
    void tearDown();
    /// A program of kind notify.
    static ProgramSpec notifySpec(const QString &name, const QString &program,
                                  const QStringList &arguments = {});
    ProgramState state(const QString &name) const { return m_supervisor->snapshot(name)->state; }
    bool hasEvent(const QString &program, EventKind kind, const QString &text) const;
    QString notifySocket() const { return m_env->runtimeDir().notifySocketPath(); }

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Supervisor> m_supervisor;
    QList<Event> m_events;
};
