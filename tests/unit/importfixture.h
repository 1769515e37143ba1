// What the importer tests share: files written in a temporary folder, imported as the user's
// command would, and the report's note for a key looked up.
#pragma once

#include "core/import/importer.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <optional>

class ImportFixture
{
public:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString folder() const { return m_dir.path(); }
    /// Writes content to name (folders made), returns its path.
    QString write(const QString &name, const QByteArray &content) const;
    /// Imports the file name; on failure *error is set (when given) and nullopt returned.
    std::optional<ImportResult> import(const QString &name, QString *error = nullptr,
                                       std::optional<ImportFormat> format = std::nullopt) const;

private:
    QTemporaryDir m_dir;
};

/// The note of the report for program and key; when there is none, the test fails and an empty
/// note is returned.
const ImportNote *noteFor(const ImportResult &result, const QString &program, const QString &key);
