#include "gui/programdialog/environmenteditor.h"

#include "gui/programdialog.h"

#include <algorithm>

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>

EnvironmentEditor::EnvironmentEditor(QTableWidget *table, QPushButton *addButton,
                                     QPushButton *removeButton, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_removeButton(removeButton)
{
    const QAbstractItemModel *model = m_table->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &EnvironmentEditor::changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EnvironmentEditor::changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EnvironmentEditor::changed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnvironmentEditor::updateRemoveButton);
    connect(addButton, &QPushButton::clicked, this, &EnvironmentEditor::addVariable);
    connect(m_removeButton, &QPushButton::clicked, this,
            &EnvironmentEditor::removeSelectedVariables);
    updateRemoveButton();
}

void EnvironmentEditor::setVariables(const QMap<QString, QString> &variables)
{
    m_table->setRowCount(0);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    updateRemoveButton();
}

QMap<QString, QString> EnvironmentEditor::variables() const
{
    QMap<QString, QString> variables;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (name && !name->text().isEmpty()) {
            variables.insert(name->text(), value ? value->text() : QString());
        }
    }
    return variables;
}

QString EnvironmentEditor::problem() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = m_table->item(row, 0);
        const QTableWidgetItem *valueItem = m_table->item(row, 1);
        const QString name = nameItem ? nameItem->text() : QString();
        if (name.isEmpty()) {
            // An empty row is ignored, but a value without its name would be lost silently.
            if (valueItem && !valueItem->text().isEmpty()) {
                return ProgramDialog::tr(
                               "The environment variable on row %1 has a value but no name.")
                        .arg(row + 1);
            }
            continue;
        }
        if (seen.contains(name)) {
            return ProgramDialog::tr("The environment variable %1 is set twice.").arg(name);
        }
        seen.insert(name);
    }
    return {};
}

void EnvironmentEditor::updateRemoveButton()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
}

void EnvironmentEditor::addVariable()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
}

void EnvironmentEditor::removeSelectedVariables()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        m_table->removeRow(row);
    }
}
