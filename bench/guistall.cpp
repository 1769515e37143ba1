// zlb_guistall: how long the GUI thread of the window stalls while heartbeats pour in.
//
//   zlb_guistall --config FILE --runtime-dir DIR [--warmup-ms N] [--measure-ms N]
//                [--show-heartbeats] [--follow-output NAME]
//
// Builds the window exactly as the zlauncher executable does (src/app/gui.cpp: a Launcher
// opened, served and started, and a MainWindow shown), on whatever QPA platform the
// environment names (the benchmark uses offscreen). Once every configured program is running
// (or --warmup-ms has passed), a 1 ms precise QTimer runs on the GUI thread for --measure-ms
// and records each gap between two of its ticks: the wall time, and the CPU time the GUI
// thread itself used meanwhile (CLOCK_THREAD_CPUTIME_ID), which tells the thread's own work
// from the time it was not scheduled. Prints one JSON object, then stops every program and
// exits. --show-heartbeats turns View > Show heartbeats on (one log row per beat).
// --follow-output NAME opens the Details dock on NAME's Output tab, which follows its log file.
#include "core/config/configurationkeeper.h"
#include "core/launcher.h"
#include "core/supervision/supervisor.h"
#include "gui/details/detailspanel.h"
#include "gui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 percentile(std::vector<qint64> values, double fraction)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1));
    return values[rank];
}

struct Gap
{
    qint64 wallNs;
    qint64 cpuNs;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zlauncher"_s);
    QCoreApplication::setOrganizationName(u"zlauncher"_s);
    QCommandLineParser parser;
    const QCommandLineOption config(u"config"_s, u"configuration file"_s, u"file"_s);
    const QCommandLineOption runtime(u"runtime-dir"_s, u"runtime directory"_s, u"dir"_s);
    const QCommandLineOption warmup(u"warmup-ms"_s, u"longest wait for every program to run"_s,
                                    u"ms"_s, u"20000"_s);
    const QCommandLineOption measure(u"measure-ms"_s, u"measuring window"_s, u"ms"_s, u"10000"_s);
    const QCommandLineOption showHeartbeats(u"show-heartbeats"_s, u"View > Show heartbeats"_s);
    const QCommandLineOption followOutput(
            u"follow-output"_s, u"show this program's output in the Details dock"_s, u"name"_s);
    parser.addOptions({config, runtime, warmup, measure, showHeartbeats, followOutput});
    parser.addHelpOption();
    parser.process(app);

    Launcher launcher({parser.value(runtime), parser.value(config), ControlServer::Mode::Window});
    if (!launcher.open()) {
        std::fprintf(stderr, "zlb_guistall: %s\n", qPrintable(launcher.errorString()));
        return 1;
    }
    Supervisor &supervisor = launcher.supervisor();
    ConfigurationKeeper &keeper = launcher.keeper();
    MainWindow window(&supervisor, &keeper, &launcher.resources());
    window.show();
    if (auto *action = window.findChild<QAction *>(u"actionShowHeartbeats"_s)) {
        action->setChecked(parser.isSet(showHeartbeats));
    } else if (parser.isSet(showHeartbeats)) {
        std::fprintf(stderr, "zlb_guistall: the window has no actionShowHeartbeats\n");
        return 1;
    }
    if (parser.isSet(followOutput)) {
        auto *panel = window.findChild<DetailsPanel *>();
        auto *details = window.findChild<QAction *>(u"actionShowDetails"_s);
        if (!panel || !details) {
            std::fprintf(stderr, "zlb_guistall: the window has no Details dock\n");
            return 1;
        }
        if (!details->isChecked()) {
            details->trigger(); // the dock's toggle action acts on trigger, not on setChecked
        }
        panel->setProgram(parser.value(followOutput));
        if (auto *tabs = panel->findChild<QTabWidget *>()) {
            tabs->setCurrentIndex(DetailsPanel::OutputTab);
        }
    }
    for (const QString &problem : launcher.serve()) {
        std::fprintf(stderr, "zlb_guistall: %s\n", qPrintable(problem));
    }
    launcher.start(true);

    const qint64 warmupMs = parser.value(warmup).toLongLong();
    const qint64 measureMs = parser.value(measure).toLongLong();
    const int programCount = static_cast<int>(supervisor.programNames().size());

    std::vector<Gap> gaps;
    gaps.reserve(static_cast<std::size_t>(measureMs) * 2 + 16);
    QElapsedTimer clock;
    clock.start();
    qint64 lastWall = 0;
    qint64 lastCpu = 0;
    quint64 acceptedAtStart = 0;
    qint64 measureStartNs = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 wall = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        gaps.push_back({wall - lastWall, cpu - lastCpu});
        lastWall = wall;
        lastCpu = cpu;
    });

    auto finish = [&] {
        tick.stop();
        const qint64 elapsedNs = clock.nsecsElapsed() - measureStartNs;
        const quint64 accepted = supervisor.acceptedHeartbeats() - acceptedAtStart;
        std::vector<qint64> walls;
        std::vector<qint64> cpus;
        for (const Gap &gap : gaps) {
            walls.push_back(gap.wallNs);
            cpus.push_back(gap.cpuNs);
        }
        const auto longest
                = std::max_element(gaps.begin(), gaps.end(),
                                   [](const Gap &a, const Gap &b) { return a.wallNs < b.wallNs; });
        QJsonObject result{
                {u"programs"_s, programCount},
                {u"ticks"_s, static_cast<qint64>(gaps.size())},
                {u"measureMs"_s, elapsedNs / 1'000'000},
                {u"heartbeatsPerSecond"_s,
                 elapsedNs > 0
                         ? static_cast<double>(accepted) * 1e9 / static_cast<double>(elapsedNs)
                         : 0.0},
                {u"rejected"_s, static_cast<qint64>(supervisor.rejectedHeartbeats())},
                {u"maxGapUs"_s, longest == gaps.end() ? 0 : longest->wallNs / 1000},
                {u"maxGapCpuUs"_s, longest == gaps.end() ? 0 : longest->cpuNs / 1000},
                {u"maxCpuInGapUs"_s, percentile(cpus, 1.0) / 1000},
                {u"p50GapUs"_s, percentile(walls, 0.50) / 1000},
                {u"p99GapUs"_s, percentile(walls, 0.99) / 1000},
                {u"p999GapUs"_s, percentile(walls, 0.999) / 1000},
                {u"gapsOver16ms"_s,
                 static_cast<qint64>(std::count_if(walls.begin(), walls.end(),
                                                   [](qint64 w) { return w > 16'000'000; }))},
                {u"showHeartbeats"_s, parser.isSet(showHeartbeats)},
        };
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QObject::connect(&supervisor, &Supervisor::allStopped, &app, &QCoreApplication::quit);
        supervisor.killAll();
        if (!supervisor.hasLiveInstances()) {
            QCoreApplication::quit();
        }
        QTimer::singleShot(10000, &app, &QCoreApplication::quit);
    };

    auto startMeasuring = [&] {
        acceptedAtStart = supervisor.acceptedHeartbeats();
        measureStartNs = clock.nsecsElapsed();
        lastWall = measureStartNs;
        lastCpu = threadCpuNs();
        tick.start();
        QTimer::singleShot(measureMs, &app, finish);
    };

    // Measuring starts when every program runs (or at the warm-up's end), plus one second for
    // the first burst of state changes to settle.
    QTimer waitRunning;
    waitRunning.setInterval(100);
    QObject::connect(&waitRunning, &QTimer::timeout, &app, [&] {
        int running = 0;
        for (const QString &name : supervisor.programNames()) {
            const ProgramSnapshot *snapshot = supervisor.snapshot(name);
            running += snapshot && snapshot->state == ProgramState::Running ? 1 : 0;
        }
        if (running == programCount || clock.elapsed() >= warmupMs) {
            waitRunning.stop();
            std::fprintf(stderr, "zlb_guistall: %d of %d programs running; measuring\n", running,
                         programCount);
            QTimer::singleShot(1000, &app, startMeasuring);
        }
    });
    waitRunning.start();
    return QApplication::exec();
}
