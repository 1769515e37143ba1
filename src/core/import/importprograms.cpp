#include "core/import/importprograms.h"

#include <QDir>

#include <zlauncher/protocol.h>

using namespace Qt::StringLiterals;

namespace ImportPrograms {

QString absolutePath(const QString &folder, const QString &path)
{
    return QDir::cleanPath(QDir(folder).absoluteFilePath(path));
}

void addShared(QMap<QString, QString> *environment, const QMap<QString, QString> &shared)
{
    for (auto it = shared.begin(); it != shared.end(); ++it) {
        if (!environment->contains(it.key())) {
            environment->insert(it.key(), it.value());
        }
    }
}

QString instanceIndexReference()
{
    return u"${"_s + QLatin1StringView(zlauncher::env::instanceIndex) + u'}';
}

QString numberedName(const QString &name, int number, int digits)
{
    // 58 characters, a dash and the number stay within the 64 a name may have.
    return name.left(58) + u'-' + QString::number(number).rightJustified(digits, u'0');
}

void setInstanceNumber(ProgramSpec *spec, int number, const QString &toolVariable)
{
    spec->environment.insert(QLatin1StringView(zlauncher::env::instanceIndex),
                             QString::number(number));
    spec->environment.insert(toolVariable, QString::number(number));
}

void makeReplicaSet(ProgramSpec *spec, int count, const QString &toolVariable)
{
    spec->instances = count;
    spec->environment.insert(toolVariable, instanceIndexReference());
}

} // namespace ImportPrograms
