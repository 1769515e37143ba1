// ProgramStore on disk: loading (missing, unreadable, a folder, invalid names), saving through
// QSaveFile without ever leaving a half-written file, and keeping a file aside without
// overwriting another.
#include "programstorefixture.h"

class TestProgramStoreFiles : public ProgramStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPath();
    void loadMissingFile();
    void loadSetsBaseDirectory();
    void loadInvalidNamesFile();
    void loadDirectory();
    void loadUnreadable();
    void saveThenLoad();
    void saveToUnwritableFolder();
    void saveFailingMidwayKeepsOldFile();
    void keepAside();
    void keepAsideNeverOverwrites();
    void keepAsideMissingFile();
};

void TestProgramStoreFiles::defaultPath()
{
    const QString path = ProgramStore::defaultPath();
    QCOMPARE(path,
             QString(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                     + u"/zlauncher/zlauncher.json"));
    // Test mode keeps the tests out of the user's real configuration.
    QVERIFY2(path.contains(u"/.qttest/"), qPrintable(path));
}

void TestProgramStoreFiles::loadMissingFile()
{
    QString error;
    const auto configuration = ProgramStore::load(m_dir.filePath(u"absent.json"_s), &error);
    QVERIFY(configuration);
    QVERIFY(*configuration == Configuration{});
    QCOMPARE(error, QString());
}

void TestProgramStoreFiles::loadSetsBaseDirectory()
{
    const QString folder = m_dir.filePath(u"based"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(folder + u"/zlauncher.json",
                      R"({"programs": [{"name": "a", "program": "./bin/a"}]})"));
    QString error;
    // A relative path to the file still gives an absolute base directory.
    const QString relative = QDir::current().relativeFilePath(folder + u"/zlauncher.json");
    const auto configuration = ProgramStore::load(relative, &error);
    QVERIFY2(configuration, qPrintable(error));
    QCOMPARE(configuration->programs.first().baseDirectory, folder);
    QCOMPARE(configuration->programs.first().resolvedProgram(), QString(folder + u"/bin/a"));
}

void TestProgramStoreFiles::loadInvalidNamesFile()
{
    const QString path = m_dir.filePath(u"broken.json"_s);
    QVERIFY(writeFile(path, R"({"programs": [{"name": "a", "program": "/bin/a", "kind": 3}]})"));
    QString error;
    QVERIFY(!ProgramStore::load(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"program \"a\": \"kind\""), qPrintable(error));
}

void TestProgramStoreFiles::loadDirectory()
{
    const QString path = m_dir.filePath(u"folder.json"_s);
    QVERIFY(QDir().mkpath(path));
    QString error;
    QVERIFY(!ProgramStore::load(path, &error));
    QVERIFY2(error.startsWith(u"Cannot read file " + path + u": "), qPrintable(error));
}

void TestProgramStoreFiles::loadUnreadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(
            dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther));
    const QString path = dir.filePath(u"zlauncher.json"_s);
    QVERIFY(writeFile(path, "{}"));
    QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
    QString error;
    std::optional<Configuration> configuration;
    {
        EffectiveUser user;
        if (!user.isUnprivileged()) {
            QSKIP("running as root and unable to drop privileges: permissions are not enforced");
        }
        configuration = ProgramStore::load(path, &error);
    }
    QVERIFY(!configuration);
    QVERIFY2(error.startsWith(u"Cannot read file " + path + u": "), qPrintable(error));
    QVERIFY2(error.contains(u"ermission denied"), qPrintable(error));
}

void TestProgramStoreFiles::saveThenLoad()
{
    const QString path = m_dir.filePath(u"new/folder/zlauncher.json"_s);
    Configuration configuration = fullConfiguration();
    for (ProgramSpec &spec : configuration.programs) {
        spec.baseDirectory = m_dir.filePath(u"new/folder"_s);
    }
    configuration.unknownKeys.insert(u"note"_s, u"kept"_s);
    QString error;
    QVERIFY2(ProgramStore::save(path, configuration, &error), qPrintable(error));
    const auto loaded = ProgramStore::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == configuration);
    QCOMPARE(readFile(path), ProgramStore::serialize(configuration));
}

void TestProgramStoreFiles::saveToUnwritableFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/zlauncher.json";
    const QByteArray old = "{\"version\": 1, \"old\": true}\n";
    QVERIFY(writeFile(path, old));
    const auto readAndEnter
            = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), readAndEnter | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(folder, readAndEnter));

    QString error;
    bool saved = false;
    {
        EffectiveUser user;
        if (!user.isUnprivileged()) {
            QSKIP("running as root and unable to drop privileges: permissions are not enforced");
        }
        saved = ProgramStore::save(path, fullConfiguration(), &error);
    }
    QVERIFY(QFile::setPermissions(folder, readAndEnter | QFile::WriteOwner));
    QVERIFY(!saved);
    QVERIFY2(error.startsWith(u"Cannot write file " + path + u": "), qPrintable(error));
    QVERIFY2(error.size() > (u"Cannot write file " + path + u": ").size(), qPrintable(error));
    QCOMPARE(readFile(path), old);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"zlauncher.json"_s});
}

void TestProgramStoreFiles::saveFailingMidwayKeepsOldFile()
{
    // RLIMIT_FSIZE makes write() fail with EFBIG part way, even for root: the closest thing to
    // a full disk. SIGXFSZ would kill the test, so it is ignored meanwhile.
    const QString folder = m_dir.filePath(u"midway"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/zlauncher.json";
    const QByteArray old = "{\"version\": 1}\n";
    QVERIFY(writeFile(path, old));
    Configuration big = fullConfiguration();
    big.unknownKeys.insert(u"padding"_s, QString(64 * 1024, u'x'));

    rlimit saved = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool ok = ProgramStore::save(path, big, &error);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!ok);
    QVERIFY2(error.startsWith(u"Cannot write file " + path + u": "), qPrintable(error));
    QCOMPARE(readFile(path), old);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"zlauncher.json"_s});
}

void TestProgramStoreFiles::keepAside()
{
    const QString path = m_dir.filePath(u"aside.json"_s);
    QVERIFY(writeFile(path, "{ not json"));
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    QString error;
    const QString kept = ProgramStore::keepAside(path, &error);
    QVERIFY2(!kept.isEmpty(), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(readFile(kept), QByteArray("{ not json"));

    const QString prefix = path + u".unreadable-";
    QVERIFY2(kept.startsWith(prefix), qPrintable(kept));
    const QDateTime stamp = QDateTime::fromString(kept.mid(prefix.size()), u"yyyyMMdd-hhmmss"_s);
    QVERIFY2(stamp.isValid(), qPrintable(kept));
    QVERIFY(stamp >= before.addMSecs(-before.time().msec()));
    QVERIFY(stamp <= QDateTime::currentDateTime());
}

void TestProgramStoreFiles::keepAsideNeverOverwrites()
{
    // Occupy the names for this second and the next: keepAside must add a suffix.
    const QString path = m_dir.filePath(u"twice.json"_s);
    const QDateTime now = QDateTime::currentDateTime();
    QStringList occupied;
    for (int second = 0; second < 2; ++second) {
        const QString name
                = path + u".unreadable-" + now.addSecs(second).toString(u"yyyyMMdd-hhmmss");
        QVERIFY(writeFile(name, "older"));
        QVERIFY(writeFile(name + u"-2", "older"));
        occupied << name;
    }
    QVERIFY(writeFile(path, "newest"));
    QString error;
    const QString kept = ProgramStore::keepAside(path, &error);
    QVERIFY2(!kept.isEmpty(), qPrintable(error));
    QVERIFY2(kept == occupied.at(0) + u"-3" || kept == occupied.at(1) + u"-3", qPrintable(kept));
    QCOMPARE(readFile(kept), QByteArray("newest"));
    for (const QString &name : std::as_const(occupied)) {
        QCOMPARE(readFile(name), QByteArray("older"));
        QCOMPARE(readFile(name + u"-2"), QByteArray("older"));
    }
}

void TestProgramStoreFiles::keepAsideMissingFile()
{
    const QString path = m_dir.filePath(u"never-existed.json"_s);
    QString error;
    QCOMPARE(ProgramStore::keepAside(path, &error), QString());
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProgramStoreFiles)
#include "tst_programstorefiles.moc"
