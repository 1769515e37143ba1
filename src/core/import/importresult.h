// What an importer hands back (docs/design.md, "Importing other supervisors' files"): the
// configuration it wrote and a report line for every key it met, mapped or not, so that
// nothing is dropped without a word.
#pragma once

#include "core/config/programstore.h"

#include <QList>
#include <QString>

#include <optional>

/// The other supervisors whose files zlauncher reads.
enum class ImportFormat { Procfile, Supervisord, ProcessCompose, Pm2 };

QString toString(ImportFormat format);
std::optional<ImportFormat> importFormatFromString(const QString &text);

/// One key of the other tool's file and what became of it.
struct ImportNote
{
    /// The zlauncher program it belongs to; empty for a file-wide key or section.
    QString program;
    /// The key as the other tool names it ("autorestart", "[unix_http_server]").
    QString key;
    /// Mapped: what it became ("restart: on-failure"). Not mapped: why, and what to do.
    QString detail;
    bool mapped = true;

    bool operator==(const ImportNote &other) const = default;
};

struct ImportResult
{
    ImportFormat format = ImportFormat::Procfile;
    Configuration configuration;
    QList<ImportNote> notes;

    void mapped(const QString &program, const QString &key, const QString &detail)
    {
        notes.append({program, key, detail, true});
    }
    void notMapped(const QString &program, const QString &key, const QString &why)
    {
        notes.append({program, key, why, false});
    }
    qsizetype notMappedCount() const;
};
