#include "gui/programdialog/programproblems.h"

#include "core/model/dependencygraph.h"
#include "core/model/shellwords.h"
#include "gui/programdialog.h"

using namespace Qt::StringLiterals;

// The messages keep ProgramDialog's translation context: they are the dialog's words.

ProgramProblems::ProgramProblems(const ProgramSpec &initial, bool editing,
                                 const QList<ProgramSpec> &otherPrograms)
    : m_initial(initial)
    , m_editing(editing)
    , m_otherPrograms(otherPrograms)
{
    for (const ProgramSpec &other : otherPrograms) {
        m_otherNames.append(other.name);
    }
}

QString ProgramProblems::first(const ProgramSpec &current, const QString &argumentsText,
                               const QStringList &sectionProblems, Launch launch) const
{
    const QString &name = current.name;
    if (name.isEmpty()) {
        return ProgramDialog::tr("Enter a name for the program.");
    }
    // validationError() checks the name's characters first. A taken name is another program's
    // valid name, so asking this before it still reports an invalid name before a taken one.
    if (m_otherNames.contains(name)) {
        return ProgramDialog::tr("Another program is already named \"%1\": choose another name.")
                .arg(name);
    }
    // The dependencies are checked last, in the dialog's own words.
    ProgramSpec withoutDependencies = current;
    withoutDependencies.dependsOn.clear();
    withoutDependencies.dependencyConditions.clear(); // each names one of them
    if (QString error = withoutDependencies.validationError(); !error.isEmpty()) {
        return error;
    }
    if (QString error = renameProblem(name); !error.isEmpty()) {
        return error;
    }
    if (QString error = argumentsProblem(argumentsText); !error.isEmpty()) {
        return error;
    }
    for (const QString &problem : sectionProblems) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    if (QString error = launch == Launch::Checked ? current.launchError() : QString();
        !error.isEmpty()) {
        return error;
    }
    return dependencyProblem(current);
}

QString ProgramProblems::renameProblem(const QString &name) const
{
    if (!m_editing || name == m_initial.name) {
        return {};
    }
    QStringList dependents;
    for (const ProgramSpec &other : m_otherPrograms) {
        if (other.dependsOn.contains(m_initial.name)) {
            dependents.append(other.name);
        }
    }
    if (dependents.isEmpty()) {
        return {};
    }
    //: %1: the program's name before the edit; %2: the programs depending on it
    return ProgramDialog::tr("%1 cannot be renamed while other programs depend on it: %2. Remove "
                             "it from their dependencies first.")
            .arg(m_initial.name, dependents.join(u", "_s));
}

QString ProgramProblems::argumentsProblem(const QString &argumentsText)
{
    switch (ShellWords::split(argumentsText).incomplete) {
    case ShellWords::Incomplete::None:
        break;
    case ShellWords::Incomplete::SingleQuote:
        return ProgramDialog::tr("The arguments open a single quote (') that is never closed.");
    case ShellWords::Incomplete::DoubleQuote:
        return ProgramDialog::tr("The arguments open a double quote (\") that is never closed.");
    case ShellWords::Incomplete::Backslash:
        return ProgramDialog::tr("The arguments end with a backslash (\\) that escapes nothing.");
    }
    return {};
}

QString ProgramProblems::dependencyProblem(const ProgramSpec &current) const
{
    for (const QString &dependency : current.dependsOn) {
        if (dependency == current.name) {
            return ProgramDialog::tr(
                           "A program cannot depend on itself: remove %1 from \"Depends on\".")
                    .arg(dependency);
        }
        if (!m_otherNames.contains(dependency)) {
            return ProgramDialog::tr("There is no other program named \"%1\" to depend on.")
                    .arg(dependency);
        }
    }
    // The others have no cycle among themselves: any cycle goes through this program, and
    // looking from it first names the cycle from it.
    QList<ProgramSpec> programs{current};
    programs.append(m_otherPrograms);
    if (const QString cycle = dependencyCycle(programs); !cycle.isEmpty()) {
        //: %1 is the cycle, as "a -> b -> a"
        return ProgramDialog::tr("These dependencies form a cycle (%1): none of these programs "
                                 "could ever start.")
                .arg(cycle);
    }
    return {};
}
