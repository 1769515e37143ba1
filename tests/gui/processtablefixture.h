// What the program table's tests share (tst_processtablerows, tst_processtablecells,
// tst_processtableresources): a real Supervisor (real processes, fake clock) on a fresh runtime
// directory (SupervisorFixture), and the ProcessTableModel over it with a sorting proxy, both
// under QAbstractItemModelTester for every test.
#pragma once

#include "gui/formatting.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programsortfiltermodel.h"
#include "gui/models/programtablecsv.h"

#include "core/model/resourcehistory.h"
#include "core/supervision/supervisor.h"

#include "fakeclock.h"
#include "supervisorfixture.h"
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

using DataChange = std::tuple<QModelIndex, QModelIndex, QList<int>>;

inline QList<DataChange> dataChanges(const QSignalSpy &spy)
{
    QList<DataChange> changes;
    for (const QList<QVariant> &arguments : spy) {
        changes.append({arguments.at(0).toModelIndex(), arguments.at(1).toModelIndex(),
                        arguments.at(2).value<QList<int>>()});
    }
    return changes;
}

// A tick: display only, from the first row to the last, ending at the heartbeat column.
inline bool isTick(const DataChange &change, int rowCount, int firstColumn)
{
    const auto &[topLeft, bottomRight, roles] = change;
    return roles == QList<int>{Qt::DisplayRole} && topLeft.row() == 0
            && topLeft.column() == firstColumn && bottomRight.row() == rowCount - 1
            && bottomRight.column() == ProcessTableModel::Pulse;
}

inline constexpr qint64 mib = 1024 * 1024;

inline ResourceUsage usage(double cpu, qint64 bytes, int processes = 1)
{
    ResourceUsage result;
    result.cpuPercent = cpu;
    result.residentBytes = bytes;
    result.processes = processes;
    return result;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ProcessTableFixture : public SupervisorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    void createModel(const ResourceHistory *resources = nullptr);
    QString text(int row, int column, int role = Qt::DisplayRole) const;
    QString text(const QString &name, int column, int role = Qt::DisplayRole) const;

    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<ProcessTableModel> m_model;
    std::unique_ptr<ProgramSortFilterModel> m_proxy; ///< the window's
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};
