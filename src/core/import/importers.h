// One function per other tool's format (docs/design.md, "Importing other supervisors' files").
// Each reads the text of the file at path (path locates what it refers to: a .env beside a
// Procfile, supervisord's [include] files, relative working directories) and returns the
// programs with a note for every key; nullopt with *error ("Procfile:3: …") when the file
// cannot be read as that format. Importer::importFile checks what they make.
#pragma once

#include "core/import/importresult.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Importers {

std::optional<ImportResult> procfile(const QString &path, const QByteArray &content,
                                     QString *error);
std::optional<ImportResult> supervisord(const QString &path, const QByteArray &content,
                                        QString *error);
std::optional<ImportResult> processCompose(const QString &path, const QByteArray &content,
                                           QString *error);
std::optional<ImportResult> pm2(const QString &path, const QByteArray &content, QString *error);

} // namespace Importers
