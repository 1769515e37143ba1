// The program table's rows and signals: rows follow the programs (added, removed, renamed),
// changes arrive batched, the 1 Hz tick repaints only the time columns, a proxy sorts on raw
// values (reading each key once per sort, in the order a plain proxy gives), the filter finds
// a text in any column, and the table exports as CSV.
#include "processtablefixture.h"

class TestProcessTableRows : public ProcessTableFixture
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowProgramsAddedBeforeAndAfter();
    void removingMiddleProgramKeepsOthers();
    void renameKeepsTheRow();
    void headersAreTitledAndExplained();
    void tickRepaintsOnlyTheTimeColumns();
    void batchedChangesArePerRunOrWholeTable();
    void proxySortsNumerically();
    void proxySortsAsAPlainProxyDoes();
    void filterKeepsRowsWithTheTextInAnyColumn();
    void supervisorDestroyedFirstEmptiesTheModel();
    void exportCsvQuotesAndAddsRawFigures();
    void exportCsvReportsWriteErrors();
};

void TestProcessTableRows::rowsFollowProgramsAddedBeforeAndAfter()
{
    add(TestEnvironment::spec(u"alpha"_s, u"/opt/x/alpha"_s));
    add(TestEnvironment::spec(u"beta"_s, u"/opt/x/beta"_s, {u"-v"_s, u"hello world"_s}));
    createModel();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ProcessTableModel::ColumnCount));
    QCOMPARE(m_model->programName(0), u"alpha"_s);
    QCOMPARE(m_model->rowOf(u"beta"_s), 1);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    add(TestEnvironment::spec(u"gamma"_s, u"/opt/x/gamma"_s));
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

void TestProcessTableRows::removingMiddleProgramKeepsOthers()
{
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
        add(TestEnvironment::spec(name, u"/opt/x/"_s + name));
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

void TestProcessTableRows::renameKeepsTheRow()
{
    add(TestEnvironment::spec(u"first"_s, u"/opt/x/first"_s));
    add(TestEnvironment::spec(u"second"_s, u"/opt/x/second"_s));
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

void TestProcessTableRows::headersAreTitledAndExplained()
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
                          u"Status"_s, u"Command"_s, u"Host"_s}));
}

void TestProcessTableRows::tickRepaintsOnlyTheTimeColumns()
{
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s}) {
        add(TestEnvironment::spec(name, u"/opt/x/"_s + name));
    }
    createModel();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 5000);
    // Nothing else happens to stopped programs: every change is a tick of the time columns.
    for (const DataChange &change : dataChanges(changed)) {
        QVERIFY(isTick(change, 3, ProcessTableModel::Uptime));
    }
}

void TestProcessTableRows::batchedChangesArePerRunOrWholeTable()
{
    const QStringList names{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
    for (const QString &name : names) {
        add(TestEnvironment::spec(name, u"/opt/x/"_s + name));
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

void TestProcessTableRows::proxySortsNumerically()
{
    // With the clock standing still every restart is within the window, so each crashy
    // program restarts exactly maxRestarts times, then fails.
    const QList<std::pair<QString, int>> restarts{{u"a"_s, 10}, {u"b"_s, 2}, {u"c"_s, 9}};
    for (const auto &[name, count] : restarts) {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_CRASHY));
        spec.minUptimeMs = 0; // no backoff: each death restarts at once
        spec.maxRestarts = count;
        add(spec);
    }
    for (const QString &name : {u"p"_s, u"q"_s}) {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_SILENT));
        spec.kind = ProgramKind::Plain;
        add(spec);
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

namespace {

QStringList namesInOrder(const QAbstractItemModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        names.append(proxy.index(row, ProcessTableModel::Name).data().toString());
    }
    return names;
}

} // namespace

void TestProcessTableRows::proxySortsAsAPlainProxyDoes()
{
    // The window's proxy reads each key once per sort: the order must be the one a plain
    // proxy, reading them at each comparison, gives; ties keep the configuration order.
    const QList<std::pair<QString, QStringList>> programs{
            {u"delta"_s, {u"/opt/b/run"_s, u"--x"_s}},
            {u"Alpha"_s, {u"/opt/a/run"_s}},
            {u"charlie"_s, {u"/opt/B/run"_s, u"two words"_s}},
            {u"bravo"_s, {u"/opt/a/run"_s}},
            {u"echo"_s, {u"/opt/c/run"_s}}};
    for (const auto &[name, command] : programs) {
        add(TestEnvironment::spec(name, command.first(), command.mid(1)));
    }
    for (const QString &name : {u"bravo"_s, u"echo"_s}) {
        ProgramSpec spec = TestEnvironment::spec(name + u"-plain"_s, QStringLiteral(ZL_TC_SILENT));
        spec.kind = ProgramKind::Plain;
        addAndStart(spec);
    }
    createModel();
    QSortFilterProxyModel plain;
    plain.setSortRole(ProcessTableModel::SortRole);
    plain.setSourceModel(m_model.get());
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            plain.sort(column, order);
            QCOMPARE(namesInOrder(*m_proxy), namesInOrder(plain));
        }
    }
    // A change re-sorts the rows it touched, with the keys as they are after it.
    m_proxy->sort(ProcessTableModel::Command, Qt::AscendingOrder);
    plain.sort(ProcessTableModel::Command, Qt::AscendingOrder);
    QString error;
    QVERIFY2(m_supervisor->updateProgram(
                     u"Alpha"_s, TestEnvironment::spec(u"Alpha"_s, u"/opt/z/run"_s), &error),
             qPrintable(error));
    QCOMPARE(namesInOrder(*m_proxy), namesInOrder(plain));
    QVERIFY(namesInOrder(*m_proxy).indexOf(u"Alpha"_s) > namesInOrder(*m_proxy).indexOf(u"echo"_s));
    m_proxy->sort(-1);
    QCOMPARE(namesInOrder(*m_proxy).first(), u"delta"_s);
}

void TestProcessTableRows::filterKeepsRowsWithTheTextInAnyColumn()
{
    add(TestEnvironment::spec(u"web"_s, u"/opt/x/server"_s, {u"--port"_s, u"80"_s}));
    add(TestEnvironment::spec(u"worker"_s, u"/opt/x/queue"_s));
    add(TestEnvironment::spec(u"Webhooks"_s, u"/opt/x/hooks"_s));
    createModel();
    m_proxy->sort(ProcessTableModel::Name, Qt::AscendingOrder);
    m_proxy->setFilterText(u"WEB"_s); // any case
    QCOMPARE(namesInOrder(*m_proxy), QStringList({u"Webhooks"_s, u"web"_s}));
    m_proxy->setFilterText(u"queue"_s); // the Command column, hidden by default
    QCOMPARE(namesInOrder(*m_proxy), QStringList({u"worker"_s}));
    m_proxy->setFilterText(u"stopped"_s); // the State column's text
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setFilterText(u"nothing like it"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TestProcessTableRows::supervisorDestroyedFirstEmptiesTheModel()
{
    add(TestEnvironment::spec(u"a"_s, u"/opt/x/a"_s));
    add(TestEnvironment::spec(u"b"_s, u"/opt/x/b"_s));
    createModel();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_supervisor.reset();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_model->rowOf(u"a"_s), -1);
}

void TestProcessTableRows::exportCsvQuotesAndAddsRawFigures()
{
    ProgramSpec quoted = TestEnvironment::spec(u"quoted"_s, QStringLiteral(ZL_TC_SILENT),
                                               {u"say \"hi\", then"_s});
    quoted.kind = ProgramKind::Plain;
    add(quoted);
    add(TestEnvironment::spec(u"idle"_s, u"/opt/x/idle"_s));
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
                        "Restarts,Exit,Status,Command,Host,CPU (% of one core),Memory (bytes),"
                        "Uptime (s)\r"));
    // In the order asked; a field with a quote or a comma is quoted, its quotes doubled.
    QCOMPARE(lines.at(1),
             QByteArray("idle,Stopped,,,,,\xe2\x80\x94,\"0 heartbeats in the last minute, 0 late\","
                        "0,,,/opt/x/idle,local,,,\r"));
    const QByteArray pid = QByteArray::number(snapshot(u"quoted"_s).pid);
    QCOMPARE(lines.at(2),
             QByteArray("quoted,Running," + pid
                        + ",37.3 %,5.0 MiB,1 min 05 s,\xe2\x80\x94,"
                          "Plain program: no heartbeats,0,,,\"" ZL_TC_SILENT
                          " 'say \"\"hi\"\", then'\",local,"
                          "37.3,5242880,65\r"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"table.csv"_s);
    QString error;
    QVERIFY2(ProgramTableCsv::save(path, *m_model, {0, 1}, &error), qPrintable(error));
    QCOMPARE(readAll(path), ProgramTableCsv::toCsv(*m_model, {0, 1}));
}

void TestProcessTableRows::exportCsvReportsWriteErrors()
{
    add(TestEnvironment::spec(u"a"_s, u"/opt/x/a"_s));
    createModel();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/table.csv"_s);
    QString error;
    QVERIFY(!ProgramTableCsv::save(path, *m_model, {0}, &error));
    QVERIFY2(error.startsWith(u"Cannot write file "_s) && error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestProcessTableRows)
#include "tst_processtablerows.moc"
