// zlb_guistall: how long the GUI thread of the window stalls while heartbeats pour in.
//
//   zlb_guistall --config FILE --runtime-dir DIR [--warmup-ms N] [--measure-ms N]
//                [--show-heartbeats] [--follow-output NAME]
//   zlb_guistall --no-model [--measure-ms N]
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
// --no-model: the floor of the GUI thread's longest stall. The same QApplication, event loop and
// tick measurement, with a main window as large as MainWindow's first one holding an empty
// table view, attached to no launcher: no Supervisor, no programs, no model. Measuring starts
// after the same one second of settling.
#include "core/config/configurationkeeper.h"
#include "core/launcher.h"
#include "core/supervision/supervisor.h"
#include "gui/details/detailspanel.h"
#include "gui/window/mainwindow.h"
#include "windowrun.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
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

struct Options
{
    QString config;
    QString runtimeDir;
    qint64 warmupMs = 0;
    qint64 measureMs = 0;
    bool showHeartbeats = false;
    QString followOutput;
    bool noModel = false;
};

Options readOptions(const QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption config(u"config"_s, u"configuration file"_s, u"file"_s);
    const QCommandLineOption runtime(u"runtime-dir"_s, u"runtime directory"_s, u"dir"_s);
    const QCommandLineOption warmup(u"warmup-ms"_s, u"longest wait for every program to run"_s,
                                    u"ms"_s, u"20000"_s);
    const QCommandLineOption measure(u"measure-ms"_s, u"measuring window"_s, u"ms"_s, u"10000"_s);
    const QCommandLineOption showHeartbeats(u"show-heartbeats"_s, u"View > Show heartbeats"_s);
    const QCommandLineOption followOutput(
            u"follow-output"_s, u"show this program's output in the Details dock"_s, u"name"_s);
    const QCommandLineOption noModel(u"no-model"_s, u"the event loop alone: no launcher"_s);
    parser.addOptions({config, runtime, warmup, measure, showHeartbeats, followOutput, noModel});
    parser.addHelpOption();
    parser.process(app);
    return {parser.value(config),
            parser.value(runtime),
            parser.value(warmup).toLongLong(),
            parser.value(measure).toLongLong(),
            parser.isSet(showHeartbeats),
            parser.value(followOutput),
            parser.isSet(noModel)};
}

// Turns on what the options ask of the window; false, with the reason printed, when the window
// lacks it.
bool setUpWindow(MainWindow &window, const Options &options)
{
    if (auto *action = window.findChild<QAction *>(u"actionShowHeartbeats"_s)) {
        action->setChecked(options.showHeartbeats);
    } else if (options.showHeartbeats) {
        std::fprintf(stderr, "zlb_guistall: the window has no actionShowHeartbeats\n");
        return false;
    }
    if (options.followOutput.isEmpty()) {
        return true;
    }
    auto *panel = window.findChild<DetailsPanel *>();
    auto *details = window.findChild<QAction *>(u"actionShowDetails"_s);
    if (!panel || !details) {
        std::fprintf(stderr, "zlb_guistall: the window has no Details dock\n");
        return false;
    }
    if (!details->isChecked()) {
        details->trigger(); // the dock's toggle action acts on trigger, not on setChecked
    }
    panel->setProgram(options.followOutput);
    if (auto *tabs = panel->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(DetailsPanel::OutputTab);
    }
    return true;
}

// Records each gap between two ticks of a 1 ms timer on the GUI thread, in wall and thread CPU
// time, and the heartbeats the supervisor (if any: not for --no-model) accepted meanwhile.
class GapMeter
{
public:
    explicit GapMeter(const Supervisor *supervisor)
        : m_supervisor(supervisor)
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { onTick(); });
        m_clock.start();
    }

    void start(qint64 measureMs)
    {
        m_gaps.reserve(static_cast<std::size_t>(measureMs) * 2 + 16);
        m_acceptedAtStart = m_supervisor ? m_supervisor->acceptedHeartbeats() : 0;
        m_startNs = m_clock.nsecsElapsed();
        m_lastWall = m_startNs;
        m_lastCpu = threadCpuNs();
        m_tick.start();
    }

    QJsonObject stop()
    {
        m_tick.stop();
        const qint64 elapsedNs = m_clock.nsecsElapsed() - m_startNs;
        const quint64 accepted
                = m_supervisor ? m_supervisor->acceptedHeartbeats() - m_acceptedAtStart : 0;
        std::vector<qint64> walls;
        std::vector<qint64> cpus;
        for (const Gap &gap : m_gaps) {
            walls.push_back(gap.wallNs);
            cpus.push_back(gap.cpuNs);
        }
        const auto longest
                = std::max_element(m_gaps.begin(), m_gaps.end(),
                                   [](const Gap &a, const Gap &b) { return a.wallNs < b.wallNs; });
        const bool none = longest == m_gaps.end();
        return {
                {u"programs"_s,
                 m_supervisor ? static_cast<int>(m_supervisor->programNames().size()) : 0},
                {u"ticks"_s, static_cast<qint64>(m_gaps.size())},
                {u"measureMs"_s, elapsedNs / 1'000'000},
                {u"heartbeatsPerSecond"_s,
                 elapsedNs > 0
                         ? static_cast<double>(accepted) * 1e9 / static_cast<double>(elapsedNs)
                         : 0.0},
                {u"rejected"_s,
                 m_supervisor ? static_cast<qint64>(m_supervisor->rejectedHeartbeats()) : 0},
                {u"maxGapUs"_s, none ? 0 : longest->wallNs / 1000},
                {u"maxGapCpuUs"_s, none ? 0 : longest->cpuNs / 1000},
                {u"maxCpuInGapUs"_s, percentile(cpus, 1.0) / 1000},
                {u"p50GapUs"_s, percentile(walls, 0.50) / 1000},
                {u"p99GapUs"_s, percentile(walls, 0.99) / 1000},
                {u"p999GapUs"_s, percentile(walls, 0.999) / 1000},
                {u"gapsOver16ms"_s,
                 static_cast<qint64>(std::count_if(walls.begin(), walls.end(),
                                                   [](qint64 w) { return w > 16'000'000; }))},
        };
    }

private:
    struct Gap
    {
        qint64 wallNs;
        qint64 cpuNs;
    };

    void onTick()
    {
        const qint64 wall = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_gaps.push_back({wall - m_lastWall, cpu - m_lastCpu});
        m_lastWall = wall;
        m_lastCpu = cpu;
    }

    const Supervisor *m_supervisor;
    QTimer m_tick;
    QElapsedTimer m_clock;
    std::vector<Gap> m_gaps;
    qint64 m_lastWall = 0;
    qint64 m_lastCpu = 0;
    quint64 m_acceptedAtStart = 0;
    qint64 m_startNs = 0;
};

// Prints the figures, then kills every program and quits once they are gone.
void finish(Supervisor &supervisor, QJsonObject result, bool showHeartbeats)
{
    result.insert(u"showHeartbeats"_s, showHeartbeats);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    stopProgramsAndQuit(supervisor);
}

// The --no-model floor: a window of MainWindow's first size with an empty table, the same
// settling and measuring window, then the figures and quit.
int measureWithoutModel(QApplication &app, const Options &options)
{
    QMainWindow window;
    window.setCentralWidget(new QTableView(&window));
    window.resize(1400, 900);
    window.show();
    GapMeter meter(nullptr);
    QTimer::singleShot(1000, &app, [&] {
        meter.start(options.measureMs);
        QTimer::singleShot(options.measureMs, &app, [&] {
            QJsonObject result = meter.stop();
            result.insert(u"noModel"_s, true);
            std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zlauncher"_s);
    QCoreApplication::setOrganizationName(u"zlauncher"_s);
    const Options options = readOptions(app);
    if (options.noModel) {
        return measureWithoutModel(app, options);
    }

    Launcher launcher({options.runtimeDir, options.config, ControlServer::Mode::Window});
    if (!launcher.open()) {
        std::fprintf(stderr, "zlb_guistall: %s\n", qPrintable(launcher.errorString()));
        return 1;
    }
    Supervisor &supervisor = launcher.supervisor();
    MainWindow window(&supervisor, &launcher.keeper(), &launcher.resources());
    window.show();
    if (!setUpWindow(window, options)) {
        return 1;
    }
    for (const QString &problem : launcher.serve()) {
        std::fprintf(stderr, "zlb_guistall: %s\n", qPrintable(problem));
    }
    launcher.start(true);

    GapMeter meter(&supervisor);
    // Plus one second for the first burst of state changes to settle.
    whenAllRunning(supervisor, options.warmupMs, "zlb_guistall", [&] {
        QTimer::singleShot(1000, &app, [&] {
            meter.start(options.measureMs);
            QTimer::singleShot(options.measureMs, &app,
                               [&] { finish(supervisor, meter.stop(), options.showHeartbeats); });
        });
    });
    return QApplication::exec();
}
