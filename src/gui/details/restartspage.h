// The Restarts tab of the details panel: the selected program's last exits, newest first,
// and the last lines the selected one wrote on stderr: why did it die.
#pragma once

#include <QSplitter>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class ProgramDetailsSource;
struct DeathRecord;

class RestartsPage final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestartsPage)

public:
    explicit RestartsPage(ProgramDetailsSource *source, QWidget *parent = nullptr);

    /// How an instance ended, for a person: the exit, or why it is unknown.
    static QString exitText(const DeathRecord &death);

    /// Another program (empty: none), of source: its latest death is selected.
    void setProgram(ProgramDetailsSource *source, const QString &name);
    /// The program was renamed: its deaths and the user's pick stay.
    void renameProgram(const QString &name);
    /// The program's deaths changed, or may have.
    void refresh();
    /// Selects the latest death, whatever the user picked before.
    void selectLatestDeath();
    /// The deaths beside their stderr (a wide, low panel) or above it.
    void setWide(bool wide);

private:
    void showSelectedDeath();
    void setCaption(const DeathRecord &death);

    ProgramDetailsSource *m_source;
    QString m_program;
    QTreeWidget *m_deathList;
    QLabel *m_stderrCaption;
    QPlainTextEdit *m_stderrView;
    /// What the death list shows, to rebuild it only when the records changed.
    QStringList m_deathKeys;
    /// The user selected a death: a new one does not take the selection away.
    bool m_deathPicked = false;
};
