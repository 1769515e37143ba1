// The program table's CPU and memory columns: the latest sample of the resource history, only
// for a live instance, formatted for people and sorted on the raw figures.
#include "processtablefixture.h"

class TestProcessTableResources : public ProcessTableFixture
{
    Q_OBJECT

private Q_SLOTS:
    void resourceColumnsShowTheLatestSample();
    void resourceColumnsSortOnRawValues();
    void resourceFormats_data();
    void resourceFormats();
};

void TestProcessTableResources::resourceColumnsShowTheLatestSample()
{
    for (const QString &name : {u"busy"_s, u"idle"_s}) {
        ProgramSpec spec = TestEnvironment::spec(name, QStringLiteral(ZL_TC_SILENT));
        spec.kind = ProgramKind::Plain;
        add(spec);
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

void TestProcessTableResources::resourceColumnsSortOnRawValues()
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
        add(spec);
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

void TestProcessTableResources::resourceFormats_data()
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

void TestProcessTableResources::resourceFormats()
{
    QFETCH(double, cpu);
    QFETCH(qint64, bytes);
    QFETCH(QString, cpuText);
    QFETCH(QString, memoryText);
    QCOMPARE(formatCpu(cpu), cpuText);
    QCOMPARE(formatBytes(bytes), memoryText);
}

QTEST_MAIN(TestProcessTableResources)
#include "tst_processtableresources.moc"
