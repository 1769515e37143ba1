#include "programdialogfixture.h"

void ProgramDialogFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_executable = makeFile(u"tool"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!m_executable.isEmpty());
    QVERIFY(!makeFile(u"notes.txt"_s, QFile::ReadOwner | QFile::WriteOwner).isEmpty());
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder"_s));
    QFile envFile(m_dir.filePath(u"web.env"_s));
    QVERIFY(envFile.open(QIODevice::WriteOnly) && envFile.write("PORT=8080\n") > 0);
}

QString ProgramDialogFixture::makeFile(const QString &name, QFile::Permissions permissions) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\nexit 0\n") < 0) {
        return {};
    }
    file.close();
    return file.setPermissions(permissions) ? file.fileName() : QString();
}

ProgramSpec ProgramDialogFixture::validSpec() const
{
    ProgramSpec spec;
    spec.name = u"client1"_s;
    spec.program = m_executable;
    spec.baseDirectory = m_dir.path();
    return spec;
}
