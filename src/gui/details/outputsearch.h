// The search bar of the output view: a field, previous and next, and the count of matches,
// over the lines the view shows. Case-insensitive, wrapping; every match highlighted (up to a
// bound), recounted as new lines come. Ctrl+F, F3 and Shift+F3 work in the text and the field.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QWidget;

class OutputSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputSearch)

public:
    /// text: the view searched; following: whether it follows new lines (typing then looks
    /// for the newest match). The bar's widgets are children of parent.
    OutputSearch(QPlainTextEdit *text, std::function<bool()> following, QWidget *parent);

    /// Adds the bar's widgets to layout.
    void addTo(QHBoxLayout *layout);
    /// Empties the field (another file).
    void clear();
    /// Lines were appended: the matches are counted again a moment later.
    void linesAdded();
    void findNext();
    void findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);
    void highlightMatches();

    QPlainTextEdit *m_text;
    std::function<bool()> m_following;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matchLabel;
    QTimer m_highlightTimer;
};
