// Where the main window and its parts go: brought to the front when asked, a first run's
// layout that fits with the details open, and the saved layout restored, but never a layout
// saved for other columns.
#include "mainwindowfixture.h"

class TestMainWindowLayout : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void bringToFrontShowsRaisesAndActivates();
    void oldColumnLayoutIsNotMisapplied();
    void firstRunLayoutFitsWithTheDetailsOpen_data();
    void firstRunLayoutFitsWithTheDetailsOpen();
    void savedDetailsPlaceAndColumnsAreRestored();
};

void TestMainWindowLayout::bringToFrontShowsRaisesAndActivates()
{
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    m_window->bringToFront();
    QTRY_VERIFY(!m_window->isMinimized());
    QVERIFY(m_window->isVisible());

    m_window->hide();
    QWidget other;
    other.show();
    other.activateWindow();
    QTRY_VERIFY(other.isActiveWindow());
    m_window->bringToFront();
    QTRY_VERIFY(m_window->isVisible());
    QTRY_VERIFY(m_window->isActiveWindow());
}

void TestMainWindowLayout::oldColumnLayoutIsNotMisapplied()
{
    m_window.reset();
    {
        // The layout of the table before CPU, Memory and Heartbeats: nine columns, Uptime (3)
        // hidden. Restored by index, it would hide the new CPU column.
        QStandardItemModel oldModel(0, 9);
        QHeaderView oldHeader(Qt::Horizontal);
        oldHeader.setModel(&oldModel);
        oldHeader.hideSection(3);
        QSettings().setValue(u"mainWindow/programColumns"_s, oldHeader.saveState());
    }
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    // The first-run columns: every one but the command line, which the Details dock shows,
    // and the host, while this launcher is the only one.
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        QCOMPARE(table->isColumnHidden(column),
                 column == ProcessTableModel::Command || column == ProcessTableModel::Host);
    }
    // Wide enough for the widest figures from the start.
    const QFontMetrics metrics = table->fontMetrics();
    QVERIFY(table->columnWidth(ProcessTableModel::Cpu)
            > metrics.horizontalAdvance(formatCpu(888.8)));
    QVERIFY(table->columnWidth(ProcessTableModel::Memory)
            > metrics.horizontalAdvance(formatBytes(888LL * 1024 * 1024)));
    QVERIFY(table->columnWidth(ProcessTableModel::Pulse) >= 150);

    // The new layout is saved under its own key, the old one dropped, and it comes back.
    table->setColumnHidden(ProcessTableModel::Memory, true);
    m_window->close();
    QVERIFY(!QSettings().contains(u"mainWindow/programColumns"_s));
    QVERIFY(QSettings().contains(u"mainWindow/programColumnsV2"_s));
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    table = m_window->findChild<QTableView *>(u"programTable"_s);
    QVERIFY(table->isColumnHidden(ProcessTableModel::Memory));
    QVERIFY(!table->isColumnHidden(ProcessTableModel::Cpu));
}

void TestMainWindowLayout::firstRunLayoutFitsWithTheDetailsOpen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("area");
    // 1260 px: the first-run window on a 1400×900 screen (nine tenths of it); 1400 px: that
    // window maximised.
    QTest::newRow("en, 1260 px") << u"en"_s << 1260 << int(Qt::BottomDockWidgetArea);
    QTest::newRow("fr, 1260 px") << u"fr"_s << 1260 << int(Qt::BottomDockWidgetArea);
    QTest::newRow("en, 1400 px") << u"en"_s << 1400 << int(Qt::BottomDockWidgetArea);
    QTest::newRow("fr, 1400 px") << u"fr"_s << 1400 << int(Qt::BottomDockWidgetArea);
    QTest::newRow("en, 2000 px") << u"en"_s << 2000 << int(Qt::RightDockWidgetArea);
    QTest::newRow("fr, 2000 px") << u"fr"_s << 2000 << int(Qt::RightDockWidgetArea);
}

void TestMainWindowLayout::firstRunLayoutFitsWithTheDetailsOpen()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QFETCH(int, area);
    // A first run (no settings yet) in that language.
    m_window.reset();
    const QLocale locale;
    QTranslator translator;
    if (language != u"en"_s) {
        QVERIFY(translator.load(QLocale(language), u"zlauncher"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
    }
    const auto restore = qScopeGuard([this, &translator, &locale] {
        m_window.reset();
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(locale);
    });
    // Two programs beating, as in the demo.
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"client1"_s, QStringLiteral(ZL_TC_BEATER))));
    QVERIFY(m_supervisor->addProgram(
            TestEnvironment::spec(u"client2"_s, QStringLiteral(ZL_TC_BEATER))));
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_supervisor->startAll();
    QTRY_COMPARE(m_supervisor->snapshot(u"client2"_s)->state, ProgramState::Running);

    // The window at that width, then the dock opened (F9) on a selected program.
    m_window->resize(width, width * 9 / 14);
    action("actionShowDetails")->trigger();
    select(u"client1"_s);
    auto *dock = m_window->findChild<QDockWidget *>(u"dockDetails"_s);
    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(int(m_window->dockWidgetArea(dock)), area);
    // Laid out: the table beside the dock or above it, not under it.
    const auto inWindow = [this](const QWidget *widget) {
        return QRect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    };
    QTRY_VERIFY(!inWindow(table).intersects(inWindow(dock)) && dock->width() > 0);

    // Every column that matters in sight, no horizontal scrolling.
    for (const int column :
         {ProcessTableModel::Name, ProcessTableModel::State, ProcessTableModel::Pid,
          ProcessTableModel::Cpu, ProcessTableModel::Memory, ProcessTableModel::Uptime,
          ProcessTableModel::LastHeartbeat, ProcessTableModel::Pulse, ProcessTableModel::Restarts,
          ProcessTableModel::Exit, ProcessTableModel::Status}) {
        QVERIFY2(!table->isColumnHidden(column), qPrintable(QString::number(column)));
    }
    QVERIFY(table->isColumnHidden(ProcessTableModel::Command)); // in its cell's tooltip
    QHeaderView *header = table->horizontalHeader();
    const auto columnWidths = [header] {
        QStringList widths;
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column)) {
                widths.append(QString::number(header->sectionSize(column)));
            }
        }
        return widths.join(u" + "_s);
    };
    QTRY_VERIFY2(header->length() <= table->viewport()->width(),
                 qPrintable(u"columns %1 = %2 px in a viewport of %3 px"_s.arg(columnWidths())
                                    .arg(header->length())
                                    .arg(table->viewport()->width())));
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    // The status, stretching last, still reads whole.
    QVERIFY2(header->sectionSize(ProcessTableModel::Status)
                     >= 30 * table->fontMetrics().averageCharWidth(),
             qPrintable(QString::number(header->sectionSize(ProcessTableModel::Status))));
    // The dock below leaves the table rows to show.
    QVERIFY(table->viewport()->height() >= 4 * table->verticalHeader()->defaultSectionSize());

    // Every tab of the dock in sight, its title whole: no scroll arrows, no elision.
    QTabBar *tabs = dock->findChild<QTabWidget *>(u"detailsTabs"_s)->tabBar();
    QTRY_VERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 5);
    QVERIFY2(tabs->sizeHint().width() <= tabs->width(),
             qPrintable(u"tabs need %1 px, have %2 px"_s.arg(tabs->sizeHint().width())
                                .arg(tabs->width())));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        QVERIFY2(tabs->rect().contains(tabs->tabRect(tab)), qPrintable(tabs->tabText(tab)));
    }
}

void TestMainWindowLayout::savedDetailsPlaceAndColumnsAreRestored()
{
    // The user put the dock beside the table of a window narrower than the first run would
    // have it, and brought the Command column back.
    m_window->resize(1000, 700);
    action("actionShowDetails")->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(u"dockDetails"_s);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    auto *columns = m_window->findChild<QMenu *>(u"menuColumns"_s);
    columns->actions().at(ProcessTableModel::Command)->trigger();
    auto *table = m_window->findChild<QTableView *>(u"programTable"_s);
    QVERIFY(!table->isColumnHidden(ProcessTableModel::Command));
    m_window->close();

    // Restored as saved, and it stays there whatever the width.
    m_window = std::make_unique<MainWindow>(m_supervisor.get(), m_keeper.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    dock = m_window->findChild<QDockWidget *>(u"dockDetails"_s);
    table = m_window->findChild<QTableView *>(u"programTable"_s);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
    QCOMPARE(qobject_cast<DetailsPanel *>(dock->widget())->dockArea(), Qt::RightDockWidgetArea);
    QVERIFY(!table->isColumnHidden(ProcessTableModel::Command));
    QVERIFY(m_window->findChild<QMenu *>(u"menuColumns"_s)
                    ->actions()
                    .at(ProcessTableModel::Command)
                    ->isChecked());
    m_window->resize(800, 600);
    action("actionShowDetails")->trigger();
    QTRY_VERIFY(!dock->isVisible());
    m_window->resize(900, 600);
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
