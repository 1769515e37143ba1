// The program dialog's conditions table: one row per dependency named in "Depends on", each with
// a combo of what that dependency must have done first (DESIGN.md §5b: started, ready,
// healthy, completed, completedSuccessfully). Ready, the default, is what a bare name means.
#pragma once

#include "core/model/programspec.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class QComboBox;
class QTableWidget;
class QWidget;

class DependencyConditions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DependencyConditions)

public:
    /// The table and its label belong to the dialog, which outlives this editor (its parent).
    /// Both are shown only while there are dependencies.
    DependencyConditions(QTableWidget *table, QWidget *label, QObject *parent);

    /// The conditions as configured; a name without one is Ready.
    void setConditions(const QMap<QString, DependencyCondition> &conditions);
    /// One row per name, in order, each showing the condition last chosen for it.
    void setDependencies(const QStringList &names);
    /// The conditions of the dependencies shown, Ready left out as the configuration does.
    QMap<QString, DependencyCondition> conditions() const;

Q_SIGNALS:
    /// A condition was chosen.
    void changed();

private:
    QComboBox *makeCombo(const QString &dependency);
    void fitRows();

    QTableWidget *m_table;
    QWidget *m_label;
    QStringList m_names;
    /// Every condition chosen in this dialog, also for a name removed since: typed again, it
    /// comes back with its condition. Only the names shown reach the spec.
    QMap<QString, DependencyCondition> m_chosen;
};
