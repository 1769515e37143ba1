#include "gui/window/programtable.h"

#include "core/model/programstate.h"
#include "gui/formatting.h"
#include "gui/models/processtablemodel.h"
#include "gui/models/programsortfiltermodel.h"
#include "gui/models/pulsedelegate.h"
#include "gui/models/remoteprogramsmodel.h"

#include <algorithm>
#include <csignal>
#include <optional>

#include <QConcatenateTablesProxyModel>
#include <QFont>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

// The width, in average characters, at which a status ("88 ticks received, latency 135 us")
// reads whole: the least the stretching last column of the table should get.
constexpr int readableStatusChars = 40;
// The status column's own width: stretching last, it never gets narrower (the table scrolls
// instead), so less than a readable width, for a narrow window; elided, its tooltip is whole.
constexpr int narrowestStatusChars = 24;

// Measures each different cell once. Sizing the columns to their contents asks the delegate for
// the size of every cell of a thousand rows, and most cells of a column read alike ("Stopped",
// "0", "—"): a cell's size follows from its text, font, icon and check state, which make the key.
class SizeOnceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const std::optional<QString> key = keyOf(index);
        if (!key) {
            return QStyledItemDelegate::sizeHint(option, index);
        }
        if (const auto known = m_sizes.constFind(*key); known != m_sizes.cend()) {
            return *known;
        }
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        m_sizes.insert(*key, size);
        return size;
    }

private:
    /// nullopt: a cell whose decoration or font this key cannot tell apart; measured each time.
    static std::optional<QString> keyOf(const QModelIndex &index)
    {
        const QVariant decoration = index.data(Qt::DecorationRole);
        QString icon;
        if (decoration.typeId() == QMetaType::QIcon) {
            icon = QString::number(decoration.value<QIcon>().cacheKey());
        } else if (decoration.isValid()) {
            return std::nullopt;
        }
        const QVariant font = index.data(Qt::FontRole);
        if (font.isValid() && font.typeId() != QMetaType::QFont) {
            return std::nullopt;
        }
        const QVariant check = index.data(Qt::CheckStateRole);
        return QString::number(index.column()) + u'\x1f' + icon + u'\x1f'
                + (font.isValid() ? font.value<QFont>().key() : QString()) + u'\x1f'
                + (check.isValid() ? QString::number(check.toInt()) : QString()) + u'\x1f'
                + index.data(Qt::DisplayRole).toString();
    }

    mutable QHash<QString, QSize> m_sizes;
};

} // namespace

ProgramTable::ProgramTable(QTableView *view, QMenu *columnsMenu, QLineEdit *filter,
                           Supervisor *supervisor, const ResourceHistory *resources,
                           RemoteHosts *hosts, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_columnsMenu(columnsMenu)
    , m_model(new ProcessTableModel(supervisor, resources, this))
    , m_proxy(new ProgramSortFilterModel(this))
{
    if (hosts) {
        m_remoteModel = new RemoteProgramsModel(hosts, this);
        m_allRows = new QConcatenateTablesProxyModel(this);
        m_allRows->addSourceModel(m_model);
        m_allRows->addSourceModel(m_remoteModel);
        m_proxy->setSourceModel(m_allRows);
        connect(m_remoteModel, &QAbstractItemModel::rowsInserted, this,
                &ProgramTable::updateHostColumn);
    } else {
        m_proxy->setSourceModel(m_model);
    }
    m_proxy->setSortRole(ProcessTableModel::SortRole);
    m_view->setModel(m_proxy);
    // The proxy keeps the columns as they are: the source's column is the view's.
    m_view->setItemDelegateForColumn(ProcessTableModel::Pulse,
                                     new PulseDelegate(ProcessTableModel::PulseRole, this));
    m_view->sortByColumn(ProcessTableModel::Name, Qt::AscendingOrder);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // configuration order at first
    // Any column: name, state, status, command.
    connect(filter, &QLineEdit::textChanged, m_proxy, &ProgramSortFilterModel::setFilterText);
    setUpColumnMenu();
}

QAbstractItemModel *ProgramTable::rows() const
{
    return m_proxy->sourceModel();
}

QSortFilterProxyModel *ProgramTable::proxy() const
{
    return m_proxy;
}

void ProgramTable::updateHostColumn()
{
    if (m_hostColumnShown || !m_remoteModel || m_remoteModel->rowCount() == 0) {
        return;
    }
    m_hostColumnShown = true;
    m_view->setColumnHidden(ProcessTableModel::Host, false);
    m_columnsMenu->actions().at(ProcessTableModel::Host)->setChecked(true);
}

void ProgramTable::restoreColumns(const QByteArray &state)
{
    if (!m_view->horizontalHeader()->restoreState(state)) {
        setDefaultColumns();
    }
    // A layout saved before the Host column shows it: it is this launcher's name on every
    // row until there is another host.
    if (!m_remoteModel || m_remoteModel->rowCount() == 0) {
        m_view->setColumnHidden(ProcessTableModel::Host, true);
    }
    const QList<QAction *> columnToggles = m_columnsMenu->actions();
    for (int column = 0; column < columnToggles.size(); ++column) {
        columnToggles[column]->setChecked(!m_view->isColumnHidden(column));
    }
}

int ProgramTable::readableWidth() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    int lastShown = -1;
    for (int visual = header->count() - 1; visual >= 0 && lastShown < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual))) {
            lastShown = header->logicalIndex(visual);
        }
    }
    // The last column stretches: what it needs is room for a readable status.
    int columns = readableStatusChars * m_view->fontMetrics().averageCharWidth();
    for (int column = 0; column < header->count(); ++column) {
        if (column != lastShown && !header->isSectionHidden(column)) {
            columns += header->sectionSize(column);
        }
    }
    return columns + 2 * m_view->frameWidth()
            + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

void ProgramTable::setUpColumnMenu()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &position) {
                m_columnsMenu->popup(header->mapToGlobal(position));
            });
    for (int column = 0; column < ProcessTableModel::ColumnCount; ++column) {
        QAction *toggle
                = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setEnabled(column != ProcessTableModel::Name);
        connect(toggle, &QAction::toggled, this,
                [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
    }
}

void ProgramTable::setDefaultColumns()
{
    QTableView *table = m_view;
    // The titles, and the names and commands known now.
    QAbstractItemDelegate *painting = table->itemDelegate();
    SizeOnceDelegate sizing;
    table->setItemDelegate(&sizing);
    table->resizeColumnsToContents();
    table->setItemDelegate(painting);
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const auto fit = [table, &metrics, padding](int column, const QStringList &widest) {
        int width = table->columnWidth(column);
        for (const QString &text : widest) {
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        }
        table->setColumnWidth(column, width);
    };
    const auto atMost = [table, &metrics](int column, int characters) {
        table->setColumnWidth(
                column,
                std::min(table->columnWidth(column), characters * metrics.averageCharWidth()));
    };
    // Wide enough for the widest figures, whatever the first rows hold.
    QStringList states;
    for (const ProgramState state :
         {ProgramState::Stopped, ProgramState::Starting, ProgramState::Running, ProgramState::Lost,
          ProgramState::Stopping, ProgramState::Backoff, ProgramState::Failed}) {
        states.append(stateLabel(state));
    }
    fit(ProcessTableModel::State, states);
    // Room for the start of a reason too ("Backoff: restart in 4.2 s", "Waiting: migrate
    // fail…"): it is what a user looks at first. As wide as the status still fits beside the
    // Details dock at 1260 px in French; the tooltip holds the whole text.
    table->setColumnWidth(ProcessTableModel::State,
                          std::max(table->columnWidth(ProcessTableModel::State),
                                   24 * metrics.averageCharWidth()));
    // The state's icon beside it.
    table->setColumnWidth(ProcessTableModel::State,
                          table->columnWidth(ProcessTableModel::State)
                                  + table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4);
    fit(ProcessTableModel::Pid, {u"8888888"_s});
    fit(ProcessTableModel::Cpu, {formatCpu(888.8)});
    fit(ProcessTableModel::Memory, {formatBytes(888LL * 1024 * 1024 + 1)});
    fit(ProcessTableModel::Uptime, {formatDuration((59 * 60 + 59) * 1000LL)});
    fit(ProcessTableModel::LastHeartbeat, {formatAge(59 * 1000)});
    fit(ProcessTableModel::Exit,
        {exitText(ExitStatus{255, std::nullopt}), exitText(ExitStatus{std::nullopt, SIGTERM})});
    table->setColumnWidth(ProcessTableModel::Pulse, PulseDelegate::preferredWidth + 8);
    atMost(ProcessTableModel::Name, 24);
    // The free text: the status stretches last and elides; the command line, as long as it
    // gets, is in the Details dock (and View ▸ Columns brings its column back).
    table->setColumnWidth(ProcessTableModel::Status,
                          std::max(table->columnWidth(ProcessTableModel::Status),
                                   narrowestStatusChars * metrics.averageCharWidth()));
    atMost(ProcessTableModel::Command, 48);
    table->setColumnHidden(ProcessTableModel::Command, true);
    // Shown by updateHostColumn() once another host's programs are in the table.
    table->setColumnHidden(ProcessTableModel::Host, true);
    updateHostColumn();
}
