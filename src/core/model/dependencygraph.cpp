#include "core/model/dependencygraph.h"

#include <QHash>

#include <functional>

using namespace Qt::StringLiterals;

QString dependencyCycle(const QList<ProgramSpec> &programs)
{
    QHash<QString, const ProgramSpec *> byName;
    for (const ProgramSpec &spec : programs) {
        byName.insert(spec.name, &spec);
    }
    enum class Mark { Visiting, Done };
    QHash<QString, Mark> marks;
    QStringList path;
    std::function<bool(const QString &)> visit = [&](const QString &name) {
        if (const auto mark = marks.constFind(name); mark != marks.constEnd()) {
            if (*mark == Mark::Visiting) {
                path.append(name);
                return true;
            }
            return false;
        }
        const ProgramSpec *spec = byName.value(name);
        if (!spec) {
            return false; // an unknown name is reported on its own, not as a cycle
        }
        marks.insert(name, Mark::Visiting);
        path.append(name);
        for (const QString &dependency : spec->dependsOn) {
            if (visit(dependency)) {
                return true;
            }
        }
        path.removeLast();
        marks.insert(name, Mark::Done);
        return false;
    };
    for (const ProgramSpec &spec : programs) {
        if (visit(spec.name)) {
            // Keep only the cycle itself, not the path that led to it.
            const qsizetype start = path.indexOf(path.constLast());
            return path.mid(start).join(u" -> "_s);
        }
    }
    return {};
}
