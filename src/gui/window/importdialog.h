// File ▸ Import…: the report of another supervisor's file read into programs (every key, what
// it became or why it has none), before the user adds them.
#pragma once

#include "core/import/importresult.h"

#include <QDialog>

class QCheckBox;

class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    /// path: the file read; taken: the names of the programs there are already, which the
    /// import does not replace.
    ImportDialog(const QString &path, const ImportResult &result, const QStringList &taken,
                 QWidget *parent = nullptr);

    /// The imported programs to add: those whose name is free.
    QList<ProgramSpec> programsToAdd() const { return m_toAdd; }
    bool startAfterAdding() const;

private:
    QList<ProgramSpec> m_toAdd;
    QCheckBox *m_start = nullptr;
};
