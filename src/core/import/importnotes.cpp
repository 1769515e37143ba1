#include "core/import/importnotes.h"

#include "core/import/importer.h"

using namespace Qt::StringLiterals;

namespace ImportNotes {

QString autostart(bool on)
{
    return u"autostart: "_s + (on ? u"true"_s : u"false"_s);
}

QString restart(RestartPolicy policy)
{
    return u"restart: "_s + toString(policy);
}

QString setting(const QString &key, int value)
{
    return key + u": "_s + QString::number(value);
}

QString workingDirectory(const QString &directory)
{
    return u"workingDirectory: "_s + directory;
}

QString environment(int variables)
{
    return Importer::tr("environment (%n variable(s))", nullptr, variables);
}

QString runDirectly(const QString &program, int arguments)
{
    return Importer::tr("program \"%1\" with %n argument(s), run directly", nullptr, arguments)
            .arg(program);
}

QString notSupported()
{
    return Importer::tr("not supported by zlauncher");
}

QString outputInItsOwnLog()
{
    return Importer::tr("zlauncher keeps each program's output in its own log (Details ▸ "
                        "Output)");
}

QString backsOffOnItsOwn()
{
    return Importer::tr("zlauncher backs off on its own (1 s doubling to 30 s)");
}

QString sigterm()
{
    return Importer::tr("SIGTERM, what zlauncher sends");
}

} // namespace ImportNotes
