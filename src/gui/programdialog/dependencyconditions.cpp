#include "gui/programdialog/dependencyconditions.h"

#include <algorithm>
#include <array>
#include <utility>

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {

// The combo's items, in the order a dependency goes through them.
constexpr std::array comboConditions{DependencyCondition::Started, DependencyCondition::Ready,
                                     DependencyCondition::Healthy, DependencyCondition::Completed,
                                     DependencyCondition::CompletedSuccessfully};

enum Column { NameColumn, ConditionColumn };

} // namespace

DependencyConditions::DependencyConditions(QTableWidget *table, QWidget *label, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_label(label)
{
    m_table->setColumnCount(2);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConditionColumn,
                                                      QHeaderView::ResizeToContents);
    fitRows();
}

void DependencyConditions::setConditions(const QMap<QString, DependencyCondition> &conditions)
{
    m_chosen = conditions;
    const QStringList names = m_names;
    m_names.clear(); // shows every row again, with the new conditions
    setDependencies(names);
}

void DependencyConditions::setDependencies(const QStringList &names)
{
    // Called for every character typed in "Depends on": the rows stay while the names do.
    if (names == m_names) {
        return;
    }
    m_names = names;
    m_table->setRowCount(0);
    for (const QString &name : names) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, NameColumn, item);
        m_table->setCellWidget(row, ConditionColumn, makeCombo(name));
    }
    fitRows();
}

void DependencyConditions::fitRows()
{
    // Most programs have no dependency: the dialog then stays as short as it was. A few rows
    // show whole; more scroll.
    constexpr int visibleRows = 3;
    m_table->setVisible(!m_names.isEmpty());
    m_label->setVisible(!m_names.isEmpty());
    m_table->resizeRowsToContents(); // as tall as their combos
    int height = 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < std::min(int(m_names.size()), visibleRows); ++row) {
        height += m_table->rowHeight(row);
    }
    m_table->setFixedHeight(height);
}

QMap<QString, DependencyCondition> DependencyConditions::conditions() const
{
    QMap<QString, DependencyCondition> shown;
    for (const QString &name : m_names) {
        const DependencyCondition condition = m_chosen.value(name, DependencyCondition::Ready);
        if (condition != DependencyCondition::Ready) {
            shown.insert(name, condition);
        }
    }
    return shown;
}

QComboBox *DependencyConditions::makeCombo(const QString &dependency)
{
    auto *combo = new QComboBox(m_table);
    combo->setObjectName(u"condition-"_s + dependency);
    const std::array<std::pair<QString, QString>, comboConditions.size()> texts{{
            {tr("Started"), tr("Its process was launched: it is starting or running.")},
            {tr("Ready (default)"),
             tr("It is running: its first heartbeat, READY=1 for a notify program, alive past "
                "its minimum uptime for a plain program; and its readiness probe passed, if it "
                "has one.")},
            {tr("Healthy"),
             tr("Its readiness probe passes now. Without a readiness probe: running, as "
                "Ready.")},
            {tr("Completed"),
             tr("It ran and exited, whatever its exit status: for a one-shot program, whose "
                "restart policy is Never.")},
            {tr("Completed successfully"),
             tr("It ran and exited with 0: for a one-shot program such as a migration, whose "
                "restart policy is Never. If it fails, this program waits and says why.")},
    }};
    for (std::size_t i = 0; i < comboConditions.size(); ++i) {
        combo->addItem(texts.at(i).first, QVariant::fromValue(int(comboConditions.at(i))));
        combo->setItemData(int(i), texts.at(i).second, Qt::ToolTipRole);
    }
    // The tooltip says what the condition shown means, as the popup's items do.
    const auto explain = [combo, dependency] {
        //: %1 is the name of a program this one depends on; %2 what the condition means
        combo->setToolTip(tr("What %1 must have done before this program starts. %2")
                                  .arg(dependency, combo->currentData(Qt::ToolTipRole).toString()));
    };
    const DependencyCondition chosen = m_chosen.value(dependency, DependencyCondition::Ready);
    combo->setCurrentIndex(combo->findData(QVariant::fromValue(int(chosen))));
    explain();
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, dependency, explain] {
        m_chosen.insert(dependency, DependencyCondition(combo->currentData().toInt()));
        explain();
        Q_EMIT changed();
    });
    return combo;
}
