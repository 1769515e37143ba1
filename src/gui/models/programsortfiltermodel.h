// The program table's sort and filter (the view's proxy over every host's rows). A sort, and the
// re-sort of the rows a change touched, reads each row's key once, not at each of its N log N
// comparisons: some keys are costly to make (the Command column's expands and quotes a command
// line). The filter keeps the rows where some column's text holds the filter text, whatever
// its case, without a regular expression.
#pragma once

#include <QSortFilterProxyModel>
#include <QVariant>

#include <optional>
#include <vector>

class ProgramSortFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramSortFilterModel)

public:
    explicit ProgramSortFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Keeps the rows where the text of some column holds text (filterCaseSensitivity(),
    /// insensitive by default); empty: every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

protected:
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// From here to endKeepingKeys(), a key read is kept: the rows do not change meanwhile.
    void beginKeepingKeys();
    void endKeepingKeys();
    const QVariant &sortKey(const QModelIndex &sourceIndex) const;
    /// As QSortFilterProxyModel compares two keys: no value last, text as text (the proxy's
    /// case sensitivity and locale awareness), numbers as numbers.
    bool keyLessThan(const QVariant &left, const QVariant &right) const;

    /// Each source row's key, read at its first comparison; only while a sort runs, so that a
    /// key is never older than the sort.
    mutable std::vector<std::optional<QVariant>> m_sortKeys;
    bool m_keepingKeys = false;
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_filterText;
};
