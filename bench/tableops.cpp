// zlb_tableops: how long the GUI thread stalls while a user works the program table of a large
// configuration: opening the window, sorting by each column, typing a filter and erasing it,
// scrolling from top to bottom, and selecting rows one by one with the Details dock open.
//
//   zlb_tableops --config FILE --runtime-dir DIR [--warmup-ms N] [--settle-ms N]
//   zlb_tableops --no-model --rows N
//
// The window is built as src/app/gui.cpp builds it, and its programs run and beat meanwhile.
// Each operation is given from a timer; its stall is the longest gap between two ticks of a
// 1 ms precise timer on the GUI thread, from the operation to --settle-ms after it (so that the
// work it posts, the repaint included, counts). Opening is the time from the window's
// construction to the first turn of the event loop after it is shown.
// --no-model: the floor. The same widgets (a table, a filter field, a dock) with no model
// attached and no launcher, and the same operations on them.
// Prints one JSON object: {"rows": N, "open": [ms], "sort": [ms...], "filter": [...],
// "scroll": [...], "select": [...]}, then stops every program and exits.
#include "core/config/configurationkeeper.h"
#include "core/launcher.h"
#include "core/supervision/supervisor.h"
#include "gui/window/mainwindow.h"
#include "windowrun.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMainWindow>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>
#include <deque>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QString config;
    QString runtimeDir;
    qint64 warmupMs = 0;
    int settleMs = 0;
    bool noModel = false;
    int rows = 0;
};

Options readOptions(const QApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption config(u"config"_s, u"configuration file"_s, u"file"_s);
    const QCommandLineOption runtime(u"runtime-dir"_s, u"runtime directory"_s, u"dir"_s);
    const QCommandLineOption warmup(u"warmup-ms"_s, u"longest wait for every program to run"_s,
                                    u"ms"_s, u"120000"_s);
    const QCommandLineOption settle(u"settle-ms"_s, u"time measured after each operation"_s,
                                    u"ms"_s, u"300"_s);
    const QCommandLineOption noModel(u"no-model"_s, u"the floor: no model, no launcher"_s);
    const QCommandLineOption rows(u"rows"_s, u"with --no-model: the rows it stands for"_s, u"n"_s,
                                  u"0"_s);
    parser.addOptions({config, runtime, warmup, settle, noModel, rows});
    parser.addHelpOption();
    parser.process(app);
    return {parser.value(config),         parser.value(runtime), parser.value(warmup).toLongLong(),
            parser.value(settle).toInt(), parser.isSet(noModel), parser.value(rows).toInt()};
}

// The longest gap between two ticks of a 1 ms timer on the GUI thread since the last reset.
class StallMeter
{
public:
    StallMeter()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { onTick(); });
        m_clock.start();
        m_tick.start();
    }

    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }

    /// In ms, less the timer's own 1 ms interval.
    double longestMs() const { return std::max<qint64>(m_longest - 1'000'000, 0) / 1e6; }

private:
    void onTick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }

    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// The widgets the operations act on: the window's own, or the floor's.
struct Table
{
    QMainWindow *window = nullptr;
    QTableView *view = nullptr;
    QLineEdit *filter = nullptr;
    QDockWidget *details = nullptr;
    QAction *showDetails = nullptr;
};

struct Operation
{
    QString kind;
    std::function<void()> run;
};

void addSorts(std::deque<Operation> &operations, QTableView *view)
{
    const int columns = view->model() ? view->model()->columnCount() : 8;
    for (int column = 0; column < columns; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            operations.push_back(
                    {u"sort"_s, [view, column, order] { view->sortByColumn(column, order); }});
        }
    }
    operations.push_back({u"sort"_s, [view] { view->sortByColumn(-1, Qt::AscendingOrder); }});
}

void addFilters(std::deque<Operation> &operations, QLineEdit *filter)
{
    // Typed, then erased, one key at a time: "p", "p1", "p19", "p1", "p", "".
    for (const QString &text : {u"p"_s, u"p1"_s, u"p19"_s, u"p1"_s, u"p"_s, QString()}) {
        operations.push_back({u"filter"_s, [filter, text] { filter->setText(text); }});
    }
}

void addScrolls(std::deque<Operation> &operations, QTableView *view)
{
    constexpr int steps = 20;
    for (int step = 1; step <= steps; ++step) {
        operations.push_back({u"scroll"_s, [view, step] {
                                  QScrollBar *bar = view->verticalScrollBar();
                                  bar->setValue(bar->maximum() * step / steps);
                              }});
    }
    operations.push_back({u"scroll"_s, [view] { view->scrollToTop(); }});
}

void addSelections(std::deque<Operation> &operations, const Table &table)
{
    operations.push_back({u"select"_s, [table] {
                              if (table.showDetails && !table.showDetails->isChecked()) {
                                  table.showDetails->trigger(); // the dock's toggle acts on
                                                                // trigger, not on setChecked
                              }
                          }});
    constexpr int selections = 20;
    for (int i = 0; i < selections; ++i) {
        operations.push_back({u"select"_s, [view = table.view, i] {
                                  const QAbstractItemModel *model = view->model();
                                  if (!model || model->rowCount() == 0) {
                                      return;
                                  }
                                  const int row = int(qint64(model->rowCount() - 1) * i
                                                      / (selections - 1));
                                  view->setCurrentIndex(model->index(row, 0));
                              }});
    }
}

// Runs each operation in turn from a timer, and records its stall under its kind.
class OperationRunner
{
public:
    OperationRunner(std::deque<Operation> operations, int settleMs,
                    std::function<void(QJsonObject)> done)
        : m_operations(std::move(operations))
        , m_settleMs(settleMs)
        , m_done(std::move(done))
    { }

    void start()
    {
        QTimer::singleShot(m_settleMs, [this] { runNext(); });
    }
    QJsonObject &results() { return m_results; }

private:
    void runNext()
    {
        if (m_operations.empty()) {
            m_done(m_results);
            return;
        }
        Operation operation = std::move(m_operations.front());
        m_operations.pop_front();
        m_meter.reset();
        operation.run();
        QTimer::singleShot(m_settleMs, [this, kind = operation.kind] {
            QJsonArray stalls = m_results.value(kind).toArray();
            stalls.append(m_meter.longestMs());
            m_results.insert(kind, stalls);
            runNext();
        });
    }

    StallMeter m_meter;
    std::deque<Operation> m_operations;
    int m_settleMs;
    std::function<void(QJsonObject)> m_done;
    QJsonObject m_results;
};

std::deque<Operation> everyOperation(const Table &table)
{
    std::deque<Operation> operations;
    addSorts(operations, table.view);
    addFilters(operations, table.filter);
    addScrolls(operations, table.view);
    addSelections(operations, table);
    return operations;
}

void print(QJsonObject result)
{
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// The time from construction to the first event-loop turn after show(), in ms.
template<typename Make>
double timeOpening(Make make)
{
    QElapsedTimer clock;
    clock.start();
    make();
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
    return clock.nsecsElapsed() / 1e6;
}

int runFloor(const Options &options)
{
    QMainWindow window;
    Table table{&window, new QTableView, new QLineEdit, new QDockWidget(u"Details"_s), nullptr};
    const double openMs = timeOpening([&] {
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(table.filter);
        layout->addWidget(table.view);
        window.setCentralWidget(central);
        window.addDockWidget(Qt::RightDockWidgetArea, table.details);
        window.resize(1280, 800);
        window.show();
    });
    OperationRunner runner(everyOperation(table), options.settleMs, [&](QJsonObject result) {
        result.insert(u"rows"_s, options.rows);
        result.insert(u"open"_s, QJsonArray{openMs});
        print(result);
        QCoreApplication::quit();
    });
    runner.start();
    return QApplication::exec();
}

Table tableOf(MainWindow &window)
{
    return {&window, window.findChild<QTableView *>(u"programTable"_s),
            window.findChild<QLineEdit *>(u"filterEdit"_s),
            window.findChild<QDockWidget *>(u"dockDetails"_s),
            window.findChild<QAction *>(u"actionShowDetails"_s)};
}

int runWindow(const Options &options)
{
    Launcher launcher({options.runtimeDir, options.config, ControlServer::Mode::Window});
    if (!launcher.open()) {
        std::fprintf(stderr, "zlb_tableops: %s\n", qPrintable(launcher.errorString()));
        return 1;
    }
    Supervisor &supervisor = launcher.supervisor();
    std::unique_ptr<MainWindow> window;
    const double openMs = timeOpening([&] {
        window = std::make_unique<MainWindow>(&supervisor, &launcher.keeper(),
                                              &launcher.resources());
        window->show();
    });
    const Table table = tableOf(*window);
    if (!table.view || !table.filter || !table.details || !table.showDetails) {
        std::fprintf(stderr, "zlb_tableops: the window lacks its table, filter or Details dock\n");
        return 1;
    }
    for (const QString &problem : launcher.serve()) {
        std::fprintf(stderr, "zlb_tableops: %s\n", qPrintable(problem));
    }
    launcher.start(true);
    OperationRunner runner(everyOperation(table), options.settleMs, [&](QJsonObject result) {
        result.insert(u"rows"_s, table.view->model()->rowCount());
        result.insert(u"open"_s, QJsonArray{openMs});
        print(result);
        stopProgramsAndQuit(supervisor);
    });
    whenAllRunning(supervisor, options.warmupMs, "zlb_tableops", [&runner] { runner.start(); });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zlauncher"_s);
    QCoreApplication::setOrganizationName(u"zlauncher"_s);
    const Options options = readOptions(app);
    return options.noModel ? runFloor(options) : runWindow(options);
}
