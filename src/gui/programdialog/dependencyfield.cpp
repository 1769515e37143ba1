#include "gui/programdialog/dependencyfield.h"

#include "gui/programdialog.h"

#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace {

// Where the name being typed starts: after the last comma or space.
qsizetype currentNameStart(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0 && text.at(start - 1) != u',' && !text.at(start - 1).isSpace()) {
        --start;
    }
    return start;
}

// Completes the name being typed in a list of names: the popup offers the names matching the
// last one, and choosing one replaces only it.
class NameListCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.mid(currentNameStart(path))};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        return text.left(currentNameStart(text)) + index.data(completionRole()).toString();
    }
};

} // namespace

DependencyField::DependencyField(QLineEdit *edit, QPushButton *button,
                                 const QStringList &otherPrograms, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_button(button)
    , m_otherPrograms(otherPrograms)
{
    auto *completer = new NameListCompleter(new QStringListModel(m_otherPrograms, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    // Queued, so after QLineEdit's own handling (connected when it gets the focus) has put
    // the chosen name in: then a separator makes room for the next one.
    connect(
            completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { m_edit->setText(text + u", "_s); }, Qt::QueuedConnection);
    connect(m_edit, &QLineEdit::textEdited, this, &DependencyField::updateCompletions);

    auto *menu = new QMenu(m_button);
    menu->setObjectName(u"dependsOnMenu"_s);
    connect(menu, &QMenu::aboutToShow, this, &DependencyField::fillMenu);
    menu->installEventFilter(this);
    m_button->setMenu(menu);
}

void DependencyField::setNames(const QStringList &names)
{
    m_edit->setText(names.join(u", "_s));
}

QStringList DependencyField::names() const
{
    return splitNames(m_edit->text());
}

QStringList DependencyField::splitNames(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList names = text.split(separators, Qt::SkipEmptyParts);
    names.removeDuplicates();
    return names;
}

bool DependencyField::eventFilter(QObject *watched, QEvent *event)
{
    auto *menu = qobject_cast<QMenu *>(watched);
    if (!menu || menu != m_button->menu()) {
        return QObject::eventFilter(watched, event);
    }
    // Several dependencies are ticked in one go: the entry toggles, the menu stays.
    const bool tick = event->type() == QEvent::MouseButtonRelease
            || (event->type() == QEvent::KeyPress
                && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space);
    QAction *action = menu->activeAction();
    if (tick && action && action->isCheckable() && action->isEnabled()) {
        action->trigger();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void DependencyField::updateCompletions()
{
    // Offer only the names not listed yet (the one being typed is not listed yet).
    const QString text = m_edit->text();
    const QStringList listed = splitNames(text.left(currentNameStart(text)));
    QStringList offered;
    for (const QString &name : m_otherPrograms) {
        if (!listed.contains(name)) {
            offered.append(name);
        }
    }
    auto *model = static_cast<QStringListModel *>(m_edit->completer()->model());
    if (model->stringList() != offered) {
        model->setStringList(offered);
    }
}

void DependencyField::fillMenu()
{
    QMenu *menu = m_button->menu();
    menu->clear();
    if (m_otherPrograms.isEmpty()) {
        // The dialog's words: translators see them with the rest of it.
        menu->addAction(ProgramDialog::tr("No other program is configured"))->setEnabled(false);
        return;
    }
    const QStringList listed = names();
    for (const QString &name : m_otherPrograms) {
        QAction *toggle = menu->addAction(name);
        toggle->setCheckable(true);
        toggle->setChecked(listed.contains(name));
        connect(toggle, &QAction::toggled, this,
                [this, name](bool on) { setDependency(name, on); });
    }
}

void DependencyField::setDependency(const QString &name, bool on)
{
    QStringList listed = names();
    if (on && !listed.contains(name)) {
        listed.append(name);
    } else if (!on) {
        listed.removeAll(name);
    }
    setNames(listed);
}
