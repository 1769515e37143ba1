// The program dialog's environment table: one variable per row, added and removed with the
// buttons beside it, and the problem that keeps its variables from being saved as typed.
#pragma once

#include <QMap>
#include <QObject>
#include <QString>

class QPushButton;
class QTableWidget;

class EnvironmentEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentEditor)

public:
    /// The widgets belong to the dialog, which outlives this editor (its parent).
    EnvironmentEditor(QTableWidget *table, QPushButton *addButton, QPushButton *removeButton,
                      QObject *parent);

    void setVariables(const QMap<QString, QString> &variables);
    /// The named rows; rows without a name are left out.
    QMap<QString, QString> variables() const;
    /// A value without a name, or a name set twice; empty when there is none.
    QString problem() const;

Q_SIGNALS:
    /// A row was added, removed or edited.
    void changed();

private:
    void updateRemoveButton();
    void addVariable();
    void removeSelectedVariables();

    QTableWidget *m_table;
    QPushButton *m_removeButton;
};
