// What keeps the program dialog's spec from being accepted, in the order the dialog names the
// problems (one at a time, the first found): the name, the spec's own rules (probes included), a
// rename others depend on, the arguments' quoting, the sections' own (the environment, the
// probes' commands), the launch, then the dependencies. Reads values, not widgets: a new
// section of the dialog brings its problem, and its place in the order, here.
#pragma once

#include "core/model/programspec.h"

#include <QList>
#include <QString>
#include <QStringList>

class ProgramProblems final
{
public:
    /// initial: the spec the dialog opened with; editing: whether it is that program's edit
    /// (a rename), else an addition. otherPrograms: every configured program but this one.
    ProgramProblems(const ProgramSpec &initial, bool editing,
                    const QList<ProgramSpec> &otherPrograms);

    /// The other programs' names: taken, and what this one may depend on.
    const QStringList &otherNames() const { return m_otherNames; }
    /// Whether the dialog edits a program (rather than adds one).
    bool editing() const { return m_editing; }

    /// argumentsText: the arguments as typed, whose quoting the spec no longer shows;
    /// sectionProblems: the problems the dialog's sections find in their own fields (the
    /// environment table, the probes' commands), in the dialog's order, empty ones for none.
    /// launch: whether the program can be launched here is checked (its files are on this
    /// host); another host's agent checks its own. Empty when the spec can be accepted.
    enum class Launch { Checked, OnAnotherHost };
    QString first(const ProgramSpec &current, const QString &argumentsText,
                  const QStringList &sectionProblems, Launch launch = Launch::Checked) const;

private:
    QString renameProblem(const QString &name) const;
    static QString argumentsProblem(const QString &argumentsText);
    QString dependencyProblem(const ProgramSpec &current) const;

    const ProgramSpec m_initial;
    const bool m_editing;
    const QList<ProgramSpec> m_otherPrograms;
    QStringList m_otherNames;
};
