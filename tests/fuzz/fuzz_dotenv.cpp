// libFuzzer target for the env file parser (src/core/model/dotenv.cpp) and the ${VAR} expansion
// it uses: the input is the content of an env file, which the user may have copied from
// anywhere.
//
// Checked on every input, besides "no crash, no sanitizer report":
// - a refused file comes with a message that names the file and a line within the input;
// - an accepted one yields only valid variable names and no value with a NUL, and at most one
//   variable per line of input.
#include "core/model/dotenv.h"

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
        std::fprintf(stderr, "fuzz_dotenv: property violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text
            = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // A launcher environment of two variables, one empty, so that defaults are taken both ways.
    const VariableExpansion::Lookup outer = [](const QString &name) -> std::optional<QString> {
        if (name == u"HOME") {
            return u"/home/fuzz"_s;
        }
        if (name == u"EMPTY") {
            return QString();
        }
        return std::nullopt;
    };
    QString error;
    const auto variables = DotEnv::parse(text, u"fuzz.env"_s, outer, &error);
    if (!variables) {
        require(error.startsWith(u"fuzz.env, line "_s), "an error without the file and line");
        const qsizetype lines = text.count(u'\n') + 1;
        const int line = error.section(u' ', 2, 2).chopped(1).toInt();
        require(line >= 1 && line <= lines, "an error on a line the input does not have");
        return 0;
    }
    require(variables->size() <= text.count(u'\n') + 1, "more variables than lines");
    for (const auto &[name, value] : *variables) {
        require(VariableExpansion::isVariableName(name), "an invalid name accepted");
        require(!value.contains(QChar(0)), "a NUL accepted in a value");
    }
    return 0;
}
