// The program table over a real Supervisor (real processes, fake clock): rows follow the
// programs, cells tell the truth at the time they are read, and the 1 Hz tick repaints only
// the time columns; CPU and memory follow the resource history; the table exports as CSV.
// The model and a sorting proxy run under QAbstractItemModelTester.
#include "gui/formatting.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programtablecsv.h"

#include "core/model/resourcehistory.h"
#include "core/supervision/supervisor.h"

#include "fakeclock.h"
#include "testenvironment.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QFont>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProcessTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsFollowProgramsAddedBeforeAndAfter();
    void removingMiddleProgramKeepsOthers();
    void renameKeepsTheRow();
    void headersAreTitledAndExplained();
    void runningBeaterShowsPidHeartbeatAndStatus();
    void editedRunningRowShowsWhatItKeeps();
    void uptimeIsComputedWhenRead();
    void tickRepaintsOnlyTheTimeColumns();
    void batchedChangesArePerRunOrWholeTable();
    void proxySortsNumerically();
    void failedRowShowsTheReason();
    void backoffRowShowsCountdown();
    void stoppingRowShowsKillCountdown();
    void waitingRowNamesItsDependencies();
    void pingOutcomeInTheToolTips();
    void supervisorDestroyedFirstEmptiesTheModel();
    void resourceColumnsShowTheLatestSample();
    void resourceColumnsSortOnRawValues();
    void resourceFormats_data();
    void resourceFormats();
    void exportCsvQuotesAndAddsRawFigures();
    void exportCsvReportsWriteErrors();

private:
    void createModel(const ResourceHistory *resources = nullptr);
    void addProgram(const ProgramSpec &spec);
    QString text(int row, int column, int role = Qt::DisplayRole) const;
    QString text(const QString &name, int column, int role = Qt::DisplayRole) const;
    const ProgramSnapshot &snapshot(const QString &name) const
    {
        return *m_supervisor->snapshot(name);
    }

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ProcessTableModel> m_model;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

namespace {

using DataChange = std::tuple<QModelIndex, QModelIndex, QList<int>>;

QList<DataChange> dataChanges(const QSignalSpy &spy)
{
    QList<DataChange> changes;
    for (const QList<QVariant> &arguments : spy) {
        changes.append({arguments.at(0).toModelIndex(), arguments.at(1).toModelIndex(),
                        arguments.at(2).value<QList<int>>()});
    }
    return changes;
}

// A tick: display only, from the first row to the last, ending at the heartbeat column.
bool isTick(const DataChange &change, int rowCount, int firstColumn)
{
    const auto &[topLeft, bottomRight, roles] = change;
    return roles == QList<int>{Qt::DisplayRole} && topLeft.row() == 0
            && topLeft.column() == firstColumn && bottomRight.row() == rowCount - 1
            && bottomRight.column() == ProcessTableModel::Pulse;
}

} // namespace

void TestProcessTableModel::initTestCase()
{
    // Decimal points in "0.4 s ago" are the locale's.
    QLocale::setDefault(QLocale::c());
}

void TestProcessTableModel::init()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(m_env->isValid(), qPrintable(m_env->errorString()));
    m_clock = std::make_unique<FakeClock>();
    m_supervisor = std::make_unique<Supervisor>(&m_env->runtimeDir(), m_env->logDirectory(),
                                                m_clock.get());
    QString error;
    QVERIFY2(m_supervisor->listen({}, &error), qPrintable(error));
}

void TestProcessTableModel::cleanup()
{
    if (m_supervisor) {
        m_supervisor->killAll();
        QTRY_VERIFY(!m_supervisor->hasLiveInstances());
    }
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    m_supervisor.reset();
    m_clock.reset();
    m_env.reset();
}

void TestProcessTableModel::createModel(const ResourceHistory *resources)
{
    m_model = std::make_unique<ProcessTableModel>(m_supervisor.get(), resources);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy = std::make_unique<QSortFilterProxyModel>();
    m_proxy->setSortRole(ProcessTableModel::SortRole);
    m_proxy->setSourceModel(m_model.get());
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestProcessTableModel::addProgram(const ProgramSpec &spec)
{
    QString error;
    QVERIFY2(m_supervisor->addProgram(spec, &error), qPrintable(error));
}

QString TestProcessTableModel::text(int row, int column, int role) const
{
    return m_model->index(row, column).data(role).toString();
}

QString TestProcessTableModel::text(const QString &name, int column, int role) const
{
    return text(m_model->rowOf(name), column, role);
}

void TestProcessTableModel::rowsFollowProgramsAddedBeforeAndAfter()
{
    addProgram(TestEnvironment::spec(u"alpha"_s, u"/opt/x/alpha"_s));
    addProgram(TestEnvironment::spec(u"beta"_s, u"/opt/x/beta"_s, {u"-v"_s, u"hello world"_s}));
    createModel();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ProcessTableModel::ColumnCount));
    QCOMPARE(m_model->programName(0), u"alpha"_s);
    QCOMPARE(m_model->rowOf(u"beta"_s), 1);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    addProgram(TestEnvironment::spec(u"gamma"_s, u"/opt/x/gamma"_s));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(text(2, ProcessTableModel::Name), u"gamma"_s);
    QCOMPARE(m_model->rowOf(u"gamma"_s), 2);

    // A program never started.
    QCOMPARE(text(u"beta"_s, ProcessTableModel::State), u"Stopped"_s);
    QCOMPARE(text(u"beta"_s, ProcessTableModel::Pid), QString());
    QCOMPARE(text(u"beta"_s, ProcessTableModel::Uptime), QString());
    QCOMPARE(text(u"beta"_s, ProcessTableModel::LastHeartbeat), u"\u2014"_s);
    QCOMPARE(text(u"beta"_s, ProcessTableModel::Restarts), u"0"_s);
    QCOMPARE(text(u"beta"_s, ProcessTableModel::Exit), QString());
    QCOMPARE(text(u"beta"_s, ProcessTableModel::Command), u"/opt/x/beta -v 'hello world'"_s);
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(1, column);
        QCOMPARE(index.data(ProcessTableModel::ProgramNameRole).toString(), u"beta"_s);
        QCOMPARE(index.data(ProcessTableModel::StateRole).toInt(), int(ProgramState::Stopped));
    }
    QVERIFY(!m_model->index(1, ProcessTableModel::State)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
}

void TestProcessTableModel::removingMiddleProgramKeepsOthers()
{
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
        addProgram(TestEnvironment::spec(name, u"/opt/x/"_s + name));
    }
    createModel();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_supervisor->removeProgram(u"b"_s, Supervisor::RemoveMode::LeaveRunning));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(u"b"_s), -1);
    const QStringList expected{u"a"_s, u"c"_s, u"d"_s};
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(m_model->programName(row), expected.at(row));
        QCOMPARE(text(row, ProcessTableModel::Name), expected.at(row));
        QCOMPARE(m_model->rowOf(expected.at(row)), row);
        QCOMPARE(text(row, ProcessTableModel::Command), QString(u"/opt/x/"_s + expected.at(row)));
    }

    QVERIFY(m_supervisor->removeProgram(u"a"_s, Supervisor::RemoveMode::LeaveRunning));
    QCOMPARE(m_model->rowOf(u"c"_s), 0);
    QCOMPARE(m_model->rowOf(u"d"_s), 1);
    QCOMPARE(text(1, ProcessTableModel::Name), u"d"_s);
    QCOMPARE(reset.count(), 0);
}

void TestProcessTableModel::renameKeepsTheRow()
{
    addProgram(TestEnvironment::spec(u"first"_s, u"/opt/x/first"_s));
    addProgram(TestEnvironment::spec(u"second"_s, u"/opt/x/second"_s));
    createModel();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    const ProgramSpec renamed = TestEnvironment::spec(u"premier"_s, u"/nonexistent/premier"_s);
    QString error;
    QVERIFY2(m_supervisor->updateProgram(u"first"_s, renamed, &error), qPrintable(error));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->programName(0), u"premier"_s);
    QCOMPARE(m_model->rowOf(u"premier"_s), 0);
    QCOMPARE(m_model->rowOf(u"first"_s), -1);
    QCOMPARE(m_model->rowOf(u"second"_s), 1);
    QCOMPARE(text(0, ProcessTableModel::Name), u"premier"_s);
    QCOMPARE(text(0, ProcessTableModel::Command), u"/nonexistent/premier"_s);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto [topLeft, bottomRight, roles] = dataChanges(changed).first();
    QCOMPARE(topLeft, m_model->index(0, 0));
    QCOMPARE(bottomRight, m_model->index(0, ProcessTableModel::ColumnCount - 1));

    // Later changes of the renamed program reach its row.
    changed.clear();
    m_supervisor->startProgram(u"premier"_s);
    QVERIFY(!changed.isEmpty());
    QVERIFY(dataChanges(changed).first() == DataChange(topLeft, bottomRight, roles));
    QVERIFY2(text(0, ProcessTableModel::State).startsWith(u"Failed: "_s),
             qPrintable(text(0, ProcessTableModel::State)));
}

void TestProcessTableModel::headersAreTitledAndExplained()
{
    createModel();
    QStringList titles;
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        titles.append(m_model->headerData(column, Qt::Horizontal).toString());
        QVERIFY(!m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QCOMPARE(titles,
             QStringList({u"Name"_s, u"State"_s, u"PID"_s, u"CPU"_s, u"Memory"_s, u"Uptime"_s,
                          u"Last heartbeat"_s, u"Heartbeats (60 s)"_s, u"Restarts"_s, u"Exit"_s,
                          u"Status"_s, u"Command"_s}));
}

void TestProcessTableModel::runningBeaterShowsPidHeartbeatAndStatus()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER),
                                             {u"--status"_s, u"hello"_s});
    spec.lostTimeoutMs = 100000000;
    // No wake-up may fall within the steps of the fake clock below: each one reads the beats
    // already queued, and the age would count from the last of them. The wake-up armed for
    // the start timeout stays armed after the first beat, so it goes far away too.
    spec.startTimeoutMs = 100000000;
    addProgram(spec);
    createModel();
    m_supervisor->startProgram(u"beater"_s);
    QCOMPARE(text(0, ProcessTableModel::State), u"Starting"_s);

    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Running"_s);
    const qint64 pid = snapshot(u"beater"_s).pid;
    QVERIFY(pid > 0);
    QCOMPARE(text(0, ProcessTableModel::Pid), QString::number(pid));
    QCOMPARE(m_model->index(0, ProcessTableModel::Pid)
                     .data(ProcessTableModel::SortRole)
                     .toLongLong(),
             pid);
    QTRY_COMPARE(text(0, ProcessTableModel::Status), u"hello"_s);
    // The fake clock stands still, so each beat is 0 ms old; then time moves on.
    QCOMPARE(text(0, ProcessTableModel::LastHeartbeat), u"0.0 s ago"_s);
    m_clock->advance(1500);
    QCOMPARE(text(0, ProcessTableModel::LastHeartbeat), u"1.5 s ago"_s);
    m_clock->advance(11000);
    QCOMPARE(text(0, ProcessTableModel::LastHeartbeat), u"12 s ago"_s);
    QCOMPARE(m_model->index(0, ProcessTableModel::LastHeartbeat)
                     .data(ProcessTableModel::SortRole)
                     .toLongLong(),
             12500);
    const QString tip = text(0, ProcessTableModel::LastHeartbeat, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"sequence number"_s) && tip.contains(u"heartbeats received"_s),
             qPrintable(tip));
    QCOMPARE(m_model->index(0, ProcessTableModel::Pid).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!m_model->index(0, ProcessTableModel::Name).data(Qt::TextAlignmentRole).isValid());
    // A normal state keeps the palette's colour.
    QVERIFY(!m_model->index(0, ProcessTableModel::State).data(Qt::ForegroundRole).isValid());
}

void TestProcessTableModel::editedRunningRowShowsWhatItKeeps()
{
    ProgramSpec spec = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    spec.lostTimeoutMs = 300;
    addProgram(spec);
    createModel();
    m_supervisor->startProgram(u"beater"_s);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Running"_s);
    const QModelIndex name = m_model->index(0, ProcessTableModel::Name);
    QVERIFY(!name.data(Qt::FontRole).isValid());

    spec.lostTimeoutMs = 5000;
    QVERIFY(m_supervisor->updateProgram(u"beater"_s, spec));
    QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());
    const QString tip = text(0, ProcessTableModel::Name, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"lost timeout 300 ms → 5000 ms"_s), qPrintable(tip));
    // The live instance is judged on what it was launched with.
    QTRY_VERIFY(text(0, ProcessTableModel::LastHeartbeat, Qt::ToolTipRole)
                        .contains(u"Counted lost after 300 ms"_s));

    m_supervisor->stopProgram(u"beater"_s);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Stopped"_s);
    QVERIFY(!name.data(Qt::FontRole).isValid());
    QVERIFY(!text(0, ProcessTableModel::Name, Qt::ToolTipRole).contains(u"→"_s));
}

void TestProcessTableModel::uptimeIsComputedWhenRead()
{
    ProgramSpec spec = TestEnvironment::spec(u"plain"_s, QStringLiteral(ZL_TC_SILENT));
    spec.kind = ProgramKind::Plain;
    addProgram(spec);
    createModel();
    m_supervisor->startProgram(u"plain"_s);
    QCOMPARE(text(0, ProcessTableModel::Uptime), u"0 s"_s);
    m_clock->advance(spec.minUptimeMs); // alive past minUptimeMs: a plain program is Running
    QCOMPARE(text(0, ProcessTableModel::State), u"Running"_s);

    // No model signal between the reads: the text is computed from the clock when read.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(192000 - spec.minUptimeMs);
    QCOMPARE(text(0, ProcessTableModel::Uptime), u"3 min 12 s"_s);
    QCOMPARE(m_model->index(0, ProcessTableModel::Uptime)
                     .data(ProcessTableModel::SortRole)
                     .toLongLong(),
             192000);
    m_clock->advance(7500000 - 192000);
    QCOMPARE(text(0, ProcessTableModel::Uptime), u"2 h 05 min"_s);
    m_clock->advance((3 * 24 + 4) * 3600000LL + 59000 - 7500000);
    QCOMPARE(text(0, ProcessTableModel::Uptime), u"3 d 4 h"_s);
    QCOMPARE(changed.count(), 0);

    // Plain programs send no heartbeats.
    QCOMPARE(text(0, ProcessTableModel::LastHeartbeat), u"\u2014"_s);
    QVERIFY(text(0, ProcessTableModel::LastHeartbeat, Qt::ToolTipRole).contains(u"Plain"_s));

    // A stopped program has no uptime.
    m_supervisor->killProgram(u"plain"_s);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Stopped"_s);
    QCOMPARE(text(0, ProcessTableModel::Uptime), QString());
    QCOMPARE(text(0, ProcessTableModel::Exit), u"SIGKILL"_s);
    QCOMPARE(text(0, ProcessTableModel::Exit, Qt::ToolTipRole), u"Killed by signal 9 (SIGKILL)"_s);
}

void TestProcessTableModel::tickRepaintsOnlyTheTimeColumns()
{
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s}) {
        addProgram(TestEnvironment::spec(name, u"/opt/x/"_s + name));
    }
    createModel();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 5000);
    // Nothing else happens to stopped programs: every change is a tick of the time columns.
    for (const DataChange &change : dataChanges(changed)) {
        QVERIFY(isTick(change, 3, ProcessTableModel::Uptime));
    }
}

void TestProcessTableModel::batchedChangesArePerRunOrWholeTable()
{
    const QStringList names{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
    for (const QString &name : names) {
        addProgram(TestEnvironment::spec(name, u"/opt/x/"_s + name));
    }
    createModel();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const int lastColumn = ProcessTableModel::ColumnCount - 1;

    // Half the rows or fewer: one signal per run of adjacent rows, every column.
    Q_EMIT m_supervisor->programsChanged({u"e"_s, u"b"_s, u"c"_s, u"unknown"_s});
    QList<DataChange> changes = dataChanges(changed);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(std::get<0>(changes.at(0)), m_model->index(1, 0));
    QCOMPARE(std::get<1>(changes.at(0)), m_model->index(2, lastColumn));
    QCOMPARE(std::get<0>(changes.at(1)), m_model->index(4, 0));
    QCOMPARE(std::get<1>(changes.at(1)), m_model->index(4, lastColumn));
    QVERIFY(std::get<2>(changes.at(0)).isEmpty());

    // More than half: one range over the whole table.
    changed.clear();
    Q_EMIT m_supervisor->programsChanged({u"a"_s, u"c"_s, u"e"_s, u"f"_s});
    changes = dataChanges(changed);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(std::get<0>(changes.at(0)), m_model->index(0, 0));
    QCOMPARE(std::get<1>(changes.at(0)), m_model->index(5, lastColumn));

    changed.clear();
    Q_EMIT m_supervisor->programsChanged({u"unknown"_s});
    QCOMPARE(changed.count(), 0);
}

void TestProcessTableModel::proxySortsNumerically()
{
    // With the clock standing still every restart is within the window, so each crashy
    // program restarts exactly maxRestarts times, then fails.
    const QList<std::pair<QString, int>> restarts{{u"a"_s, 10}, {u"b"_s, 2}, {u"c"_s, 9}};
    for (const auto &[name, count] : restarts) {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_CRASHY));
        spec.minUptimeMs = 0; // no backoff: each death restarts at once
        spec.maxRestarts = count;
        addProgram(spec);
    }
    for (const QString &name : {u"p"_s, u"q"_s}) {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_SILENT));
        spec.kind = ProgramKind::Plain;
        addProgram(spec);
    }
    createModel();
    m_supervisor->startAll();
    for (const auto &[name, count] : restarts) {
        QTRY_COMPARE(snapshot(name).state, ProgramState::Failed);
        QCOMPARE(text(name, ProcessTableModel::Restarts), QString::number(count));
    }

    m_proxy->sort(ProcessTableModel::Restarts, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        order.append(m_proxy->index(row, ProcessTableModel::Name).data().toString());
    }
    // Text would sort "10" before "2" and "9".
    QCOMPARE(order.mid(2), QStringList({u"b"_s, u"c"_s, u"a"_s}));

    m_proxy->sort(ProcessTableModel::Pid, Qt::AscendingOrder);
    QList<qint64> pids;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        pids.append(m_proxy->index(row, ProcessTableModel::Pid)
                            .data(ProcessTableModel::SortRole)
                            .toLongLong());
    }
    QCOMPARE(pids.mid(0, 3), QList<qint64>({0, 0, 0}));
    QVERIFY(pids.at(3) > 0 && pids.at(3) < pids.at(4));
    QCOMPARE(m_proxy->index(4, ProcessTableModel::Pid).data().toString(),
             QString::number(pids.at(4)));
}

void TestProcessTableModel::failedRowShowsTheReason()
{
    addProgram(TestEnvironment::spec(u"ghost"_s, u"/nonexistent/x"_s));
    createModel();
    m_supervisor->startProgram(u"ghost"_s);
    QCOMPARE(snapshot(u"ghost"_s).state, ProgramState::Failed);
    const QString reason = snapshot(u"ghost"_s).reason;
    QVERIFY(reason.contains(u"/nonexistent/x"_s));
    QCOMPARE(text(0, ProcessTableModel::State), QString(u"Failed: "_s + reason));
    QVERIFY(text(0, ProcessTableModel::State, Qt::ToolTipRole).contains(reason));
    QCOMPARE(m_model->index(0, ProcessTableModel::Exit).data(ProcessTableModel::StateRole).toInt(),
             int(ProgramState::Failed));
    QCOMPARE(m_model->index(0, ProcessTableModel::State).data(ProcessTableModel::SortRole).toInt(),
             int(ProgramState::Failed));
    QVERIFY(m_model->index(0, ProcessTableModel::State)
                    .data(Qt::ForegroundRole)
                    .value<QColor>()
                    .isValid());
}

void TestProcessTableModel::backoffRowShowsCountdown()
{
    addProgram(TestEnvironment::spec(u"crashy"_s, QStringLiteral(ZL_TC_CRASHY)));
    createModel();
    m_supervisor->startProgram(u"crashy"_s);
    // The first quick death restarts at once, the second waits 100 ms (fake time).
    QTRY_COMPARE(snapshot(u"crashy"_s).state, ProgramState::Backoff);
    QCOMPARE(text(0, ProcessTableModel::State), u"Backoff (restart in 0.1 s)"_s);
    QVERIFY2(text(0, ProcessTableModel::State, Qt::ToolTipRole).contains(u"Restart in 100 ms"_s),
             qPrintable(text(0, ProcessTableModel::State, Qt::ToolTipRole)));
    QCOMPARE(text(0, ProcessTableModel::Exit), u"code 3"_s);
    QCOMPARE(text(0, ProcessTableModel::Restarts), u"2"_s);

    // While a countdown shows, the tick repaints the state column too.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const auto stateTicked = [&changed] {
        const QList<DataChange> changes = dataChanges(changed);
        return std::any_of(changes.cbegin(), changes.cend(), [](const DataChange &change) {
            return isTick(change, 1, ProcessTableModel::State);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(stateTicked(), 5000);
}

void TestProcessTableModel::stoppingRowShowsKillCountdown()
{
    ProgramSpec spec = TestEnvironment::spec(u"stubborn"_s, QStringLiteral(ZL_TC_IGNORESTOP));
    spec.stopGraceMs = 2000;
    spec.lostTimeoutMs = 100000000;
    addProgram(spec);
    createModel();
    m_supervisor->startProgram(u"stubborn"_s);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Running"_s);

    m_supervisor->stopProgram(u"stubborn"_s);
    QCOMPARE(text(0, ProcessTableModel::State), u"Stopping (kill in 2.0 s)"_s);
    m_clock->advance(800);
    QCOMPARE(text(0, ProcessTableModel::State), u"Stopping (kill in 1.2 s)"_s);
    QVERIFY(text(0, ProcessTableModel::State, Qt::ToolTipRole).contains(u"1200 ms"_s));
    m_clock->advance(1200);
    QTRY_COMPARE(text(0, ProcessTableModel::State), u"Stopped"_s);
    QCOMPARE(text(0, ProcessTableModel::Exit), u"SIGKILL"_s);
}

void TestProcessTableModel::waitingRowNamesItsDependencies()
{
    // db is a heartbeat program that never beats: never ready, so app waits for it.
    addProgram(TestEnvironment::spec(u"db"_s, QStringLiteral(ZL_TC_SILENT)));
    addProgram(TestEnvironment::spec(u"cache"_s, QStringLiteral(ZL_TC_SILENT)));
    ProgramSpec app = TestEnvironment::spec(u"app"_s, QStringLiteral(ZL_TC_BEATER));
    app.dependsOn = {u"db"_s, u"cache"_s};
    addProgram(app);
    addProgram(TestEnvironment::spec(u"idle"_s, QStringLiteral(ZL_TC_BEATER)));
    createModel();
    const QIcon stoppedIcon = m_model->index(m_model->rowOf(u"idle"_s), ProcessTableModel::State)
                                      .data(Qt::DecorationRole)
                                      .value<QIcon>();

    m_supervisor->startProgram(u"app"_s);
    QCOMPARE(snapshot(u"app"_s).state, ProgramState::Stopped);
    QCOMPARE(snapshot(u"app"_s).waitingFor, (QStringList{u"db"_s, u"cache"_s}));
    QTRY_COMPARE(text(u"app"_s, ProcessTableModel::State), u"Waiting for db, cache"_s);
    const QString tip = text(u"app"_s, ProcessTableModel::State, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"db, cache"_s) && tip.contains(u"ready"_s), qPrintable(tip));
    QVERIFY2(text(u"app"_s, ProcessTableModel::Name, Qt::ToolTipRole)
                     .contains(u"Depends on: db, cache"_s),
             qPrintable(text(u"app"_s, ProcessTableModel::Name, Qt::ToolTipRole)));
    // With the Command column hidden by default, the name's tooltip says what it runs.
    QCOMPARE(text(u"app"_s, ProcessTableModel::Name, Qt::ToolTipRole).section(u'\n', 1, 1),
             QString(u"Command: "_s + text(u"app"_s, ProcessTableModel::Command)));
    // Its own icon, not Stopped's; no alarm colour; the filter finds it by that word.
    const QModelIndex state = m_model->index(m_model->rowOf(u"app"_s), ProcessTableModel::State);
    QCOMPARE(state.data(ProcessTableModel::StateRole).toInt(), int(ProgramState::Stopped));
    const QImage waitingImage = state.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    QVERIFY(!waitingImage.isNull());
    QVERIFY(waitingImage != stoppedIcon.pixmap(16).toImage());
    QVERIFY(!state.data(Qt::ForegroundRole).isValid());

    // Sorted by state: after Stopped, before Starting (the dependencies being started).
    QCOMPARE(snapshot(u"db"_s).state, ProgramState::Starting);
    m_proxy->sort(ProcessTableModel::State, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        order.append(m_proxy->index(row, ProcessTableModel::Name).data().toString());
    }
    QCOMPARE(order, (QStringList{u"idle"_s, u"app"_s, u"db"_s, u"cache"_s}));

    // Stop cancels the wait: a plain Stopped row again.
    m_supervisor->stopProgram(u"app"_s);
    QTRY_COMPARE(text(u"app"_s, ProcessTableModel::State), u"Stopped"_s);
    QVERIFY(state.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage()
            == stoppedIcon.pixmap(16).toImage());
}

void TestProcessTableModel::pingOutcomeInTheToolTips()
{
    ProgramSpec beater = TestEnvironment::spec(u"beater"_s, QStringLiteral(ZL_TC_BEATER));
    beater.lostTimeoutMs = 100000000;
    addProgram(beater);
    // Never binds its control socket: a ping gets no answer.
    addProgram(TestEnvironment::spec(u"mute"_s, QStringLiteral(ZL_TC_SILENT), {u"--no-control"_s}));
    createModel();
    m_supervisor->startProgram(u"beater"_s);
    m_supervisor->startProgram(u"mute"_s);
    QTRY_COMPARE(snapshot(u"beater"_s).state, ProgramState::Running);
    QVERIFY(!text(u"beater"_s, ProcessTableModel::Name, Qt::ToolTipRole).contains(u"ping"_s));

    m_supervisor->pingProgram(u"beater"_s);
    m_supervisor->pingProgram(u"mute"_s, 200);
    for (const int column :
         {ProcessTableModel::Name, ProcessTableModel::State, ProcessTableModel::LastHeartbeat}) {
        QTRY_VERIFY2(text(u"beater"_s, column, Qt::ToolTipRole).contains(u"Last ping: pong"_s),
                     qPrintable(text(u"beater"_s, column, Qt::ToolTipRole)));
    }
    QTRY_VERIFY(snapshot(u"mute"_s).lastPingAtMs >= 0);
    const QString answered = text(u"beater"_s, ProcessTableModel::Name, Qt::ToolTipRole);
    QVERIFY2(answered.contains(u" ms, 0.0 s ago"_s), qPrintable(answered));
    QCOMPARE(text(u"mute"_s, ProcessTableModel::State, Qt::ToolTipRole).section(u'\n', -1),
             u"Last ping: no answer (no reply within 200 ms: its control endpoint %1 was never "
             u"connected (the program has not bound it; does it read $ZLAUNCHER_CONTROL?)), "
             u"0.0 s ago"_s.arg(m_env->runtimeDir().programControlEndpoint(u"mute"_s)));

    // The age is computed when the tooltip is read.
    m_clock->advance(12000);
    QVERIFY2(text(u"beater"_s, ProcessTableModel::State, Qt::ToolTipRole).endsWith(u", 12 s ago"_s),
             qPrintable(text(u"beater"_s, ProcessTableModel::State, Qt::ToolTipRole)));

    QCOMPARE(ProcessTableModel::pingOutcome(420, u"pong"_s), u"pong in 0.42 ms"_s);
    QCOMPARE(ProcessTableModel::pingOutcome(25300, u"pong 412 ticks"_s),
             u"pong (412 ticks) in 25.3 ms"_s);
    QCOMPARE(ProcessTableModel::pingOutcome(-1, QString()), u"no answer"_s);
}

void TestProcessTableModel::supervisorDestroyedFirstEmptiesTheModel()
{
    addProgram(TestEnvironment::spec(u"a"_s, u"/opt/x/a"_s));
    addProgram(TestEnvironment::spec(u"b"_s, u"/opt/x/b"_s));
    createModel();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_supervisor.reset();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_model->rowOf(u"a"_s), -1);
}

namespace {

constexpr qint64 mib = 1024 * 1024;

ResourceUsage usage(double cpu, qint64 bytes, int processes = 1)
{
    ResourceUsage result;
    result.cpuPercent = cpu;
    result.residentBytes = bytes;
    result.processes = processes;
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestProcessTableModel::resourceColumnsShowTheLatestSample()
{
    for (const QString &name : {u"busy"_s, u"idle"_s}) {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_SILENT));
        spec.kind = ProgramKind::Plain;
        addProgram(spec);
    }
    ResourceHistory history;
    createModel(&history);
    m_supervisor->startProgram(u"busy"_s);
    const int busy = m_model->rowOf(u"busy"_s);
    const int idle = m_model->rowOf(u"idle"_s);
    // Live but not sampled yet: empty, and the tooltip says why.
    QCOMPARE(text(busy, ProcessTableModel::Cpu), QString());
    QVERIFY2(text(busy, ProcessTableModel::Cpu, Qt::ToolTipRole).contains(u"once a second"_s),
             qPrintable(text(busy, ProcessTableModel::Cpu, Qt::ToolTipRole)));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // idle has no live instance: a sample naming it (taken before it stopped) is not shown.
    history.add({{u"busy"_s, usage(12.5, 24 * mib + mib / 10, 3)}, {u"idle"_s, usage(1, mib)}},
                m_supervisor->nowMs());
    QCOMPARE(text(busy, ProcessTableModel::Cpu), u"12.5 %"_s);
    QCOMPARE(text(busy, ProcessTableModel::Memory), u"24.1 MiB"_s);
    QCOMPARE(text(busy, ProcessTableModel::Cpu, Qt::ToolTipRole),
             u"CPU 12.5 % of one core · memory 24.1 MiB resident · 3 processes in the group"_s);
    QCOMPARE(text(busy, ProcessTableModel::Memory, Qt::ToolTipRole),
             text(busy, ProcessTableModel::Cpu, Qt::ToolTipRole));
    QCOMPARE(m_model->index(busy, ProcessTableModel::Cpu).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(m_model->index(busy, ProcessTableModel::Memory).data(ProcessTableModel::SortRole),
             QVariant(24 * mib + mib / 10));
    QCOMPARE(text(idle, ProcessTableModel::Cpu), QString());
    QCOMPARE(text(idle, ProcessTableModel::Memory), QString());
    QCOMPARE(text(idle, ProcessTableModel::Memory, Qt::ToolTipRole), u"No live instance"_s);
    // Only the two resource columns changed, with the roles they show.
    QVERIFY(!changed.isEmpty());
    for (const auto &[topLeft, bottomRight, roles] : dataChanges(changed)) {
        QCOMPARE(topLeft.column(), int(ProcessTableModel::Cpu));
        QCOMPARE(bottomRight.column(), int(ProcessTableModel::Memory));
        QVERIFY(roles.contains(Qt::DisplayRole) && roles.contains(ProcessTableModel::SortRole));
    }

    // The next sample replaces the figures; once the program is gone, they go too.
    history.add({{u"busy"_s, usage(99.96, 2 * mib)}}, m_supervisor->nowMs());
    QCOMPARE(text(busy, ProcessTableModel::Cpu), u"100.0 %"_s);
    QCOMPARE(text(busy, ProcessTableModel::Memory), u"2.0 MiB"_s);
    QVERIFY(text(busy, ProcessTableModel::Cpu, Qt::ToolTipRole).contains(u"1 process in"_s));
    m_supervisor->killProgram(u"busy"_s);
    QTRY_COMPARE(text(busy, ProcessTableModel::State), u"Stopped"_s);
    QCOMPARE(text(busy, ProcessTableModel::Cpu), QString());
    QCOMPARE(m_model->index(busy, ProcessTableModel::Cpu).data(ProcessTableModel::SortRole),
             QVariant(-1.0));
}

void TestProcessTableModel::resourceColumnsSortOnRawValues()
{
    const QList<std::pair<QString, ResourceUsage>> samples{
            {u"a"_s, usage(9.5, 900 * 1024)},
            {u"b"_s, usage(100.0, 2 * mib)},
            {u"c"_s, usage(12.0, 1536 * mib)},
    };
    QHash<QString, ResourceUsage> sample;
    for (const auto &[name, used] : samples) {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_SILENT));
        spec.kind = ProgramKind::Plain;
        addProgram(spec);
        sample.insert(name, used);
    }
    ResourceHistory history;
    createModel(&history);
    m_supervisor->startAll();
    history.add(sample, m_supervisor->nowMs());
    const auto order = [this](int column) {
        m_proxy->sort(column, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            names.append(m_proxy->index(row, ProcessTableModel::Name).data().toString());
        }
        return names;
    };
    // As text, "100.0 %" < "12.0 %" < "9.5 %" and "1.50 GiB" < "2.0 MiB" < "900 KiB".
    QCOMPARE(order(ProcessTableModel::Cpu), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
    QCOMPARE(order(ProcessTableModel::Memory), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(text(u"c"_s, ProcessTableModel::Memory), u"1.50 GiB"_s);
    QCOMPARE(text(u"a"_s, ProcessTableModel::Memory), u"900 KiB"_s);
}

void TestProcessTableModel::resourceFormats_data()
{
    QTest::addColumn<double>("cpu");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("cpuText");
    QTest::addColumn<QString>("memoryText");
    QTest::addRow("idle") << 0.0 << qint64(0) << u"0.0 %"_s << u"0 KiB"_s;
    QTest::addRow("kibibytes") << 0.04 << qint64(1023 * 1024) << u"0.0 %"_s << u"1023 KiB"_s;
    QTest::addRow("one mebibyte") << 1.25 << mib << u"1.3 %"_s << u"1.0 MiB"_s;
    QTest::addRow("several cores") << 250.0 << 1023 * mib << u"250.0 %"_s << u"1023.0 MiB"_s;
    QTest::addRow("gibibytes") << 100.0 << 3 * 1024 * mib + 512 * mib << u"100.0 %"_s
                               << u"3.50 GiB"_s;
    QTest::addRow("negative clamps") << -1.0 << qint64(-5) << u"0.0 %"_s << u"0 KiB"_s;
}

void TestProcessTableModel::resourceFormats()
{
    QFETCH(double, cpu);
    QFETCH(qint64, bytes);
    QFETCH(QString, cpuText);
    QFETCH(QString, memoryText);
    QCOMPARE(formatCpu(cpu), cpuText);
    QCOMPARE(formatBytes(bytes), memoryText);
}

void TestProcessTableModel::exportCsvQuotesAndAddsRawFigures()
{
    ProgramSpec quoted = TestEnvironment::spec(u"quoted"_s, QStringLiteral(ZL_TC_SILENT),
                                               {u"say \"hi\", then"_s});
    quoted.kind = ProgramKind::Plain;
    addProgram(quoted);
    addProgram(TestEnvironment::spec(u"idle"_s, u"/opt/x/idle"_s));
    ResourceHistory history;
    createModel(&history);
    m_supervisor->startProgram(u"quoted"_s);
    m_clock->advance(65000);
    history.add({{u"quoted"_s, usage(37.26, 5 * mib)}}, m_supervisor->nowMs());

    const QByteArray csv = ProgramTableCsv::toCsv(
            *m_model, {m_model->rowOf(u"idle"_s), m_model->rowOf(u"quoted"_s)});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(lines.at(0),
             QByteArray("Name,State,PID,CPU,Memory,Uptime,Last heartbeat,Heartbeats (60 s),"
                        "Restarts,Exit,Status,Command,CPU (% of one core),Memory (bytes),"
                        "Uptime (s)\r"));
    // In the order asked; a field with a quote or a comma is quoted, its quotes doubled.
    QCOMPARE(lines.at(1),
             QByteArray("idle,Stopped,,,,,\xe2\x80\x94,\"0 heartbeats in the last minute, 0 late\","
                        "0,,,/opt/x/idle,,,\r"));
    const QByteArray pid = QByteArray::number(snapshot(u"quoted"_s).pid);
    QCOMPARE(lines.at(2),
             QByteArray("quoted,Running," + pid
                        + ",37.3 %,5.0 MiB,1 min 05 s,\xe2\x80\x94,"
                          "Plain program: no heartbeats,0,,,\"" ZL_TC_SILENT
                          " 'say \"\"hi\"\", then'\","
                          "37.3,5242880,65\r"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"table.csv"_s);
    QString error;
    QVERIFY2(ProgramTableCsv::save(path, *m_model, {0, 1}, &error), qPrintable(error));
    QCOMPARE(readAll(path), ProgramTableCsv::toCsv(*m_model, {0, 1}));
}

void TestProcessTableModel::exportCsvReportsWriteErrors()
{
    addProgram(TestEnvironment::spec(u"a"_s, u"/opt/x/a"_s));
    createModel();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/table.csv"_s);
    QString error;
    QVERIFY(!ProgramTableCsv::save(path, *m_model, {0}, &error));
    QVERIFY2(error.startsWith(u"Cannot write file "_s) && error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestProcessTableModel)
#include "tst_processtablemodel.moc"
