// libFuzzer target for the importers of other supervisors' files (src/core/import): the input's
// first byte picks the format, the rest is the file, which the user may have taken from anywhere.
// The file sits in a folder that does not exist, so that no [include] or .env is found.
//
// Checked on every input, besides "no crash, no sanitizer report":
// - a refused file comes with a message that names the file;
// - an accepted one yields programs with a name and a program to run, and notes that each name a
//   key and say something.
#include "core/import/importers.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_import: property violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray content(reinterpret_cast<const char *>(data + 1),
                             static_cast<qsizetype>(size - 1));
    const QString folder = u"/nonexistent-zlauncher-fuzz/"_s;
    QString error;
    std::optional<ImportResult> result;
    QString fileName;
    switch (data[0] % 4) {
    case 0:
        fileName = u"supervisord.conf"_s;
        result = Importers::supervisord(folder + fileName, content, &error);
        break;
    case 1:
        fileName = u"Procfile"_s;
        result = Importers::procfile(folder + fileName, content, &error);
        break;
    case 2:
        fileName = u"ecosystem.json"_s;
        result = Importers::pm2(folder + fileName, content, &error);
        break;
    default:
        fileName = u"process-compose.yaml"_s;
        result = Importers::processCompose(folder + fileName, content, &error);
        break;
    }
    if (!result) {
        require(error.contains(fileName), "a refusal names the file");
        return 0;
    }
    for (const ProgramSpec &program : result->configuration.programs) {
        require(!program.name.isEmpty(), "every program has a name");
        require(!program.program.isEmpty(), "every program has something to run");
    }
    for (const ImportNote &note : result->notes) {
        require(!note.key.isEmpty() && !note.detail.isEmpty(),
                "every note names a key and says why");
    }
    return 0;
}
