// Add or edit one program (ui/programdialog.ui). Returns a ProgramSpec by value and never
// touches the supervisor; OK is refused, with the problem named inline, until the spec is valid.
#pragma once

#include "core/model/programspec.h"
#include "gui/programdialog/programproblems.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class DependencyConditions;
class DependencyField;
class EnvironmentEditor;
namespace Ui {
class ProgramDialog;
}

class ProgramDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramDialog)

public:
    enum class Mode { Add, Edit };

    /// otherPrograms: every configured program but the one edited (their names are taken, and
    /// they are what this one may depend on, without a cycle). running: the program being
    /// edited runs now, so the dialog says changes apply at its next start.
    ProgramDialog(Mode mode, const ProgramSpec &initial, const QList<ProgramSpec> &otherPrograms,
                  bool running, QWidget *parent = nullptr);
    ~ProgramDialog() override;

    ProgramSpec spec() const;

    /// The program is on host, another host: its paths are that host's, so they are neither
    /// browsed nor checked here (its agent refuses what it cannot take).
    void setRemoteHost(const QString &host);

    /// "a b 'c d'" -> {a, b, c d}, split like a POSIX shell would (quotes and backslashes).
    static QStringList splitArguments(const QString &line);
    /// The inverse: each argument quoted only when it needs to be.
    static QString joinArguments(const QStringList &arguments);
    /// "a, b c" -> {a, b, c}: program names separated by commas or spaces, each once.
    static QStringList splitNames(const QString &text);

public Q_SLOTS:
    void accept() override;

private:
    void fillFields(const ProgramSpec &spec);
    void connectEdits();
    /// Shows the first problem and enables OK only without one; true when there is none.
    bool validate();
    void updateHeartbeatFields();
    void browseProgram();
    void browseWorkingDirectory();
    void browseEnvFile();

    std::unique_ptr<Ui::ProgramDialog> m_ui;
    /// Where spec() starts from, so the fields the dialog does not show survive the edit.
    const ProgramSpec m_initial;
    const ProgramProblems m_problems;
    // The sections with behaviour of their own, children of the dialog.
    EnvironmentEditor *m_environment = nullptr;
    DependencyField *m_dependencies = nullptr;
    DependencyConditions *m_conditions = nullptr;
    QString m_remoteHost; ///< empty: this host
};
