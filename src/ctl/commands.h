// The commands zlauncherctl knows: what each takes, which options apply to it, and the texts
// of `zlauncherctl --help` and `zlauncherctl help COMMAND`.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct CommandInfo
{
    QString name;
    /// The synopsis after the name ("NAME|--all"), untranslated: these are the words typed.
    QString arguments;
    const char *summary; ///< one line, for translation in context "zlauncherctl"
    const char *details; ///< a paragraph or more, same
    /// The options besides the global ones that this command accepts.
    QStringList options;
    int minArguments = 0;
    int maxArguments = 0; ///< -1: any number
};

const QList<CommandInfo> &commands();
/// nullptr when there is no such command.
const CommandInfo *findCommand(const QString &name);
QStringList commandNames();

/// The whole manual: NAME, SYNOPSIS, COMMANDS, OPTIONS, EXIT STATUS, ENVIRONMENT, FILES,
/// EXAMPLES. runtimeDir is the directory R this invocation would use.
QString manualText(const QString &runtimeDir);
/// The help of one command, for `zlauncherctl help COMMAND`.
QString commandHelpText(const CommandInfo &command);
