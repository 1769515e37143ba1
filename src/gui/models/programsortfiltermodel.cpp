#include "gui/models/programsortfiltermodel.h"

#include <algorithm>

ProgramSortFilterModel::ProgramSortFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ProgramSortFilterModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections)) {
        disconnect(connection);
    }
    m_sourceConnections.clear();
    // The base class re-sorts the changed rows in its own slot on dataChanged: connected
    // between these two, it is called between them.
    if (source) {
        m_sourceConnections.append(connect(source, &QAbstractItemModel::dataChanged, this,
                                           &ProgramSortFilterModel::beginKeepingKeys));
    }
    QSortFilterProxyModel::setSourceModel(source);
    if (source) {
        m_sourceConnections.append(connect(source, &QAbstractItemModel::dataChanged, this,
                                           &ProgramSortFilterModel::endKeepingKeys));
    }
}

void ProgramSortFilterModel::sort(int column, Qt::SortOrder order)
{
    beginKeepingKeys();
    QSortFilterProxyModel::sort(column, order);
    endKeepingKeys();
}

void ProgramSortFilterModel::beginKeepingKeys()
{
    m_sortKeys.clear();
    m_keepingKeys = true;
}

void ProgramSortFilterModel::endKeepingKeys()
{
    m_keepingKeys = false;
    m_sortKeys.clear();
}

bool ProgramSortFilterModel::lessThan(const QModelIndex &sourceLeft,
                                      const QModelIndex &sourceRight) const
{
    // Rows inserted are placed one by one: their keys are read as they are now.
    if (!m_keepingKeys || sourceLeft.parent().isValid() || sourceRight.parent().isValid()) {
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    }
    return keyLessThan(sortKey(sourceLeft), sortKey(sourceRight));
}

const QVariant &ProgramSortFilterModel::sortKey(const QModelIndex &sourceIndex) const
{
    const auto row = static_cast<std::size_t>(sourceIndex.row());
    if (row >= m_sortKeys.size()) {
        m_sortKeys.resize(std::max(row + 1, static_cast<std::size_t>(sourceModel()->rowCount())));
    }
    std::optional<QVariant> &key = m_sortKeys[row];
    if (!key) {
        key = sourceIndex.data(sortRole());
    }
    return *key;
}

bool ProgramSortFilterModel::keyLessThan(const QVariant &left, const QVariant &right) const
{
    if (!left.isValid()) {
        return false;
    }
    if (!right.isValid()) {
        return true;
    }
    if (left.typeId() == QMetaType::QString || right.typeId() == QMetaType::QString) {
        const QString leftText = left.toString();
        const QString rightText = right.toString();
        return isSortLocaleAware() ? leftText.localeAwareCompare(rightText) < 0
                                   : leftText.compare(rightText, sortCaseSensitivity()) < 0;
    }
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

void ProgramSortFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText) {
        return;
    }
    m_filterText = text;
    invalidateFilter();
}

bool ProgramSortFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty()) {
        return true;
    }
    const QAbstractItemModel *source = sourceModel();
    const int columns = source->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        const QString text
                = source->index(sourceRow, column, sourceParent).data(filterRole()).toString();
        if (text.contains(m_filterText, filterCaseSensitivity())) {
            return true;
        }
    }
    return false;
}
