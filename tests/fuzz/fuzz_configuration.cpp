// libFuzzer target for the configuration loader (src/core/config/programstore.cpp): the input is
// the content of a configuration file, as ProgramStore::load() would read it.
//
// Checked on every input, besides "no crash, no sanitizer report":
// - a rejected configuration comes with a message;
// - an accepted one survives saving: parse(serialize(c)) == c, as ProgramStore promises, and
//   serializing that again gives the same bytes (what is saved is stable).
//
// No QCoreApplication: ProgramStore::tr() with no translator installed returns the source text,
// which is all parse() needs.
#include "core/config/programstore.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_configuration: property violated: %s\n%s\n", what,
                 detail.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString baseDirectory = u"/tmp"_s;

    QString error;
    const auto configuration = ProgramStore::parse(json, baseDirectory, &error);
    if (!configuration) {
        if (error.isEmpty()) {
            fail("parse() failed without a message");
        }
        return 0;
    }

    const QByteArray saved = ProgramStore::serialize(*configuration);
    QString reloadError;
    const auto reloaded = ProgramStore::parse(saved, baseDirectory, &reloadError);
    if (!reloaded) {
        fail("the serialized configuration does not parse", reloadError.toUtf8() + '\n' + saved);
    }
    if (!(*reloaded == *configuration)) {
        fail("parse(serialize(c)) != c", saved);
    }
    if (ProgramStore::serialize(*reloaded) != saved) {
        fail("serialize() is not stable", saved);
    }
    return 0;
}
