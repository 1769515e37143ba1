#include "core/import/importresult.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct FormatName
{
    ImportFormat format;
    QString name;
};

const QList<FormatName> &formatNames()
{
    static const QList<FormatName> names{{ImportFormat::Procfile, u"procfile"_s},
                                         {ImportFormat::Supervisord, u"supervisord"_s},
                                         {ImportFormat::ProcessCompose, u"process-compose"_s},
                                         {ImportFormat::Pm2, u"pm2"_s}};
    return names;
}

} // namespace

QString toString(ImportFormat format)
{
    for (const FormatName &entry : formatNames()) {
        if (entry.format == format) {
            return entry.name;
        }
    }
    return {};
}

std::optional<ImportFormat> importFormatFromString(const QString &text)
{
    for (const FormatName &entry : formatNames()) {
        if (entry.name == text) {
            return entry.format;
        }
    }
    return std::nullopt;
}

qsizetype ImportResult::notMappedCount() const
{
    return std::count_if(notes.begin(), notes.end(),
                         [](const ImportNote &note) { return !note.mapped; });
}
