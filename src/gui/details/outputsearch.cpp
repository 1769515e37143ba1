#include "gui/details/outputsearch.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Highlighting every match of a common word in 10 000 lines would cost more than it helps.
constexpr int maxHighlights = 2000;

QTextCharFormat matchFormat(const QColor &background)
{
    QTextCharFormat format;
    format.setBackground(background);
    format.setForeground(Qt::black);
    return format;
}

bool isFindShortcut(QKeyEvent *event)
{
    return event->matches(QKeySequence::Find) || event->matches(QKeySequence::FindNext)
            || event->matches(QKeySequence::FindPrevious);
}

} // namespace

OutputSearch::OutputSearch(QPlainTextEdit *text, std::function<bool()> following, QWidget *parent)
    : QObject(parent)
    , m_text(text)
    , m_following(std::move(following))
    , m_field(new QLineEdit(parent))
    , m_previous(new QToolButton(parent))
    , m_next(new QToolButton(parent))
    , m_matchLabel(new QLabel(parent))
{
    m_text->installEventFilter(this);
    m_field->setObjectName(u"outputSearchField"_s);
    m_field->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Case-insensitive. Enter: next match, Shift+Enter: previous"));
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_text->setExtraSelections({});
            m_matchLabel->clear();
            return;
        }
        // Typing refines the current match; while following, the newest match is the one
        // wanted, so the search starts from the end, backwards.
        QTextCursor cursor = m_text->textCursor();
        if (m_following()) {
            cursor.movePosition(QTextCursor::End);
        } else {
            cursor.setPosition(cursor.selectionStart());
        }
        m_text->setTextCursor(cursor);
        find(m_following());
    });
    m_previous->setObjectName(u"findPreviousButton"_s);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    connect(m_previous, &QToolButton::clicked, this, &OutputSearch::findPrevious);
    m_next->setObjectName(u"findNextButton"_s);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    connect(m_next, &QToolButton::clicked, this, &OutputSearch::findNext);
    m_matchLabel->setObjectName(u"outputMatchLabel"_s);
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(300);
    connect(&m_highlightTimer, &QTimer::timeout, this, &OutputSearch::highlightMatches);
}

void OutputSearch::addTo(QHBoxLayout *layout)
{
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchLabel);
}

void OutputSearch::clear()
{
    m_field->clear();
}

void OutputSearch::linesAdded()
{
    // Not restarted by every append: a program that keeps writing would put it off forever.
    if (!m_field->text().isEmpty() && !m_highlightTimer.isActive()) {
        m_highlightTimer.start();
    }
}

void OutputSearch::findNext()
{
    find(false);
}

void OutputSearch::findPrevious()
{
    find(true);
}

void OutputSearch::find(bool backward)
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_field->setFocus();
        return;
    }
    const QTextDocument::FindFlags flags
            = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_text->find(text, flags)) {
        // Wrap around, once.
        QTextCursor cursor = m_text->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(cursor);
        m_text->find(text, flags);
    }
    highlightMatches();
}

void OutputSearch::highlightMatches()
{
    const QString text = m_field->text();
    if (text.isEmpty()) {
        return;
    }
    QList<QTextEdit::ExtraSelection> selections;
    const QTextCharFormat format = matchFormat(QColor(0xff, 0xeb, 0x3b));
    int count = 0;
    QTextCursor cursor(m_text->document());
    while (true) {
        cursor = m_text->document()->find(text, cursor);
        if (cursor.isNull()) {
            break;
        }
        ++count;
        if (selections.size() < maxHighlights) {
            selections.append({cursor, format});
        }
    }
    const QTextCursor current = m_text->textCursor();
    if (current.hasSelection()) {
        selections.append({current, matchFormat(QColor(0xff, 0x98, 0x00))});
    }
    m_text->setExtraSelections(selections);
    m_matchLabel->setText(count == 0           ? tr("Not found")
                                  : count == 1 ? tr("1 match")
                                               : tr("%1 matches").arg(count));
}

bool OutputSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_text && watched != m_field) {
        return false;
    }
    // Taken here rather than with a QShortcut: a window-wide Ctrl+F elsewhere would make it
    // ambiguous, and within the view this one is meant.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isFindShortcut(key)) {
            event->accept();
            return true;
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Find)) {
        m_field->setFocus(Qt::ShortcutFocusReason);
        m_field->selectAll();
        return true;
    }
    if (key->matches(QKeySequence::FindNext)) {
        findNext();
        return true;
    }
    if (key->matches(QKeySequence::FindPrevious)) {
        findPrevious();
        return true;
    }
    if (watched == m_field) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            m_text->setFocus();
            return true;
        }
    }
    return false;
}
