// The program dialog's "Depends on" field: names typed with completion, for speed, or ticked
// in the button's menu, for discovery. Only the other configured programs are offered.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLineEdit;
class QPushButton;

class DependencyField final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DependencyField)

public:
    /// edit and button belong to the dialog, which outlives this field (its parent).
    DependencyField(QLineEdit *edit, QPushButton *button, const QStringList &otherPrograms,
                    QObject *parent);

    void setNames(const QStringList &names);
    QStringList names() const;

    /// "a, b c" -> {a, b, c}: program names separated by commas or spaces, each once.
    static QStringList splitNames(const QString &text);

protected:
    /// Keeps the menu open while entries are ticked with the mouse or Space.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCompletions();
    void fillMenu();
    void setDependency(const QString &name, bool on);

    QLineEdit *m_edit;
    QPushButton *m_button;
    const QStringList m_otherPrograms;
};
