// Reads another supervisor's file into a zlauncher configuration (zlauncherctl import,
// File ▸ Import…): picks the format, runs its importer, and checks that what it made is a
// configuration zlauncher loads, reporting any program it had to leave out.
#pragma once

#include "core/import/importresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    /// The format of the file at path with this content, from its name first, then its
    /// content; nullopt when neither tells.
    static std::optional<ImportFormat> guessFormat(const QString &path, const QByteArray &content);
    /// Reads the file at path as format (guessed when nullopt). nullopt with *error, naming the
    /// file and, where there is one, the line, when it cannot be read.
    static std::optional<ImportResult> importFile(const QString &path,
                                                  std::optional<ImportFormat> format,
                                                  QString *error);
    /// The report for people: a line per key, the keys not mapped last.
    static QString report(const QString &path, const ImportResult &result);
};
