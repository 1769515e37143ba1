// What the tests of systemd's notify protocol share (tst_notify, on a fake clock, and
// tst_notifyclients, on the real one): a supervisor listening on a fresh runtime directory,
// every event it told, and a datagram sent to its notify socket as sd_notify() would.
#pragma once

#include "core/model/event.h"
#include "core/model/programspec.h"
#include "core/model/programstate.h"
#include "core/supervision/supervisor.h"

#include "supervisorfixture.h"

#include <memory>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class Clock;

/// Sends one datagram to path from this process, as sd_notify() would.
bool sendDatagram(const QString &path, const QByteArray &payload);

class NotifyFixture : public SupervisorFixture
{
    Q_OBJECT

protected:
    /// A program of kind notify.
    static ProgramSpec notifySpec(const QString &name, const QString &program,
                                  const QStringList &arguments = {});
    QString notifySocket() const { return m_env->runtimeDir().notifySocketPath(); }
};
