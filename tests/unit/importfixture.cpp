#include "importfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

QString ImportFixture::write(const QString &name, const QByteArray &content) const
{
    const QString file = path(name);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(file));
    }
    return file;
}

std::optional<ImportResult> ImportFixture::import(const QString &name, QString *error,
                                                  std::optional<ImportFormat> format) const
{
    QString message;
    auto result = Importer::importFile(path(name), format, &message);
    if (error) {
        *error = message;
    } else if (!result) {
        qWarning("import of %s failed: %s", qPrintable(name), qPrintable(message));
    }
    return result;
}

const ImportNote *noteFor(const ImportResult &result, const QString &program, const QString &key)
{
    for (const ImportNote &note : result.notes) {
        if (note.program == program && note.key == key) {
            return &note;
        }
    }
    // Fails the test, and leaves the caller a note to read rather than a null to crash on.
    QTest::qFail(qPrintable(QStringLiteral("the report has no note for %1 %2").arg(program, key)),
                 __FILE__, __LINE__);
    static const ImportNote missing;
    return &missing;
}
