// Add or edit one program (ui/programdialog.ui). Returns a ProgramSpec by value and never
// touches the supervisor; OK is refused, with the problem named inline, until the spec is valid.
#pragma once

#include "core/programspec.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class ProgramDialog;
}

class ProgramDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramDialog)

public:
    enum class Mode { Add, Edit };

    /// takenNames: the names of the other programs (a duplicate is refused). running: the
    /// program being edited runs now, so the dialog says changes apply at its next start.
    ProgramDialog(Mode mode, const ProgramSpec &initial, const QStringList &takenNames,
                  bool running, QWidget *parent = nullptr);
    ~ProgramDialog() override;

    ProgramSpec spec() const;

    /// "a b 'c d'" -> {a, b, c d}, split like a POSIX shell would (quotes and backslashes).
    static QStringList splitArguments(const QString &line);
    /// The inverse: each argument quoted only when it needs to be.
    static QString joinArguments(const QStringList &arguments);

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::ProgramDialog> m_ui;
};
