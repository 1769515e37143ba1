// What the window benchmarks (zlb_guistall, zlb_tableops) share: waiting until the programs of
// their configuration run, and ending with every program stopped.
#pragma once

#include "core/supervision/supervisor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

/// Calls then once every program runs, or once warmupMs has passed; says on stderr, as tool,
/// how many ran.
inline void whenAllRunning(const Supervisor &supervisor, qint64 warmupMs, const char *tool,
                           std::function<void()> then)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(100);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(
            poll, &QTimer::timeout, qApp, [&supervisor, warmupMs, tool, then, poll, clock] {
                const QStringList names = supervisor.programNames();
                const auto running
                        = std::count_if(names.begin(), names.end(), [&](const QString &name) {
                              const ProgramSnapshot *snapshot = supervisor.snapshot(name);
                              return snapshot && snapshot->state == ProgramState::Running;
                          });
                if (running == names.size() || clock.elapsed() >= warmupMs) {
                    poll->stop();
                    poll->deleteLater();
                    std::fprintf(stderr, "%s: %lld of %lld programs running; measuring\n", tool,
                                 static_cast<long long>(running),
                                 static_cast<long long>(names.size()));
                    then();
                }
            });
    poll->start();
}

/// Kills every program, then quits once they are gone, or after 10 s.
inline void stopProgramsAndQuit(Supervisor &supervisor)
{
    QObject::connect(&supervisor, &Supervisor::allStopped, qApp, &QCoreApplication::quit);
    supervisor.killAll();
    if (!supervisor.hasLiveInstances()) {
        QCoreApplication::quit();
    }
    QTimer::singleShot(10000, qApp, &QCoreApplication::quit);
}
