#include "core/model/variableexpansion.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

// Replaces the reference inner (what lies between "${" and "}") by its value.
bool expandReference(QStringView inner, const VariableExpansion::Lookup &lookup, QString &out,
                     VariableExpansion::Problem *problem)
{
    const QString reference = u"${"_s + inner + u'}';
    const qsizetype dash = inner.indexOf(u":-");
    const QStringView name = dash < 0 ? inner : inner.first(dash);
    if (!VariableExpansion::isVariableName(name)) {
        problem->message = QCoreApplication::translate(
                                   "VariableExpansion",
                                   "%1 is not a variable reference: write ${NAME} or "
                                   "${NAME:-default}, NAME made of letters, digits and '_' "
                                   "and not starting with a digit (and $$ for a literal $)")
                                   .arg(reference);
        return false;
    }
    const QStringView fallback = dash < 0 ? QStringView() : inner.sliced(dash + 2);
    if (fallback.contains(u"${")) {
        problem->message
                = QCoreApplication::translate("VariableExpansion",
                                              "%1: a default cannot refer to another variable")
                          .arg(reference);
        return false;
    }
    const std::optional<QString> value = lookup(name.toString());
    if (value && !value->isEmpty()) {
        out += *value;
    } else if (dash >= 0) {
        out += fallback;
    } else if (!value) {
        problem->undefinedVariable = name.toString();
        problem->message = QCoreApplication::translate("VariableExpansion", "%1 is not defined")
                                   .arg(reference);
        return false;
    }
    return true;
}

} // namespace

namespace VariableExpansion {

bool isVariableName(QStringView name)
{
    if (name.isEmpty() || !isNameStart(name.front())) {
        return false;
    }
    for (const QChar c : name) {
        if (!isNameStart(c) && !(c >= u'0' && c <= u'9')) {
            return false;
        }
    }
    return true;
}

std::optional<QString> expand(QStringView text, const Lookup &lookup, Problem *problem)
{
    Problem ignored;
    Problem &why = problem ? *problem : ignored;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype dollar = text.indexOf(u'$', i);
        if (dollar < 0 || dollar + 1 >= text.size()) {
            out += text.sliced(i);
            break;
        }
        out += text.sliced(i, dollar - i);
        const QChar next = text.at(dollar + 1);
        if (next != u'{') {
            // "$$" is one literal $; "$HOME", "$1" or "$ " are left for whoever reads them.
            out += u'$';
            i = dollar + (next == u'$' ? 2 : 1);
            continue;
        }
        const qsizetype close = text.indexOf(u'}', dollar + 2);
        if (close < 0) {
            why.message = QCoreApplication::translate("VariableExpansion",
                                                      "%1: \"${\" without a closing \"}\"")
                                  .arg(text.sliced(dollar).toString());
            return std::nullopt;
        }
        if (!expandReference(text.sliced(dollar + 2, close - dollar - 2), lookup, out, &why)) {
            return std::nullopt;
        }
        i = close + 1;
    }
    return out;
}

} // namespace VariableExpansion
