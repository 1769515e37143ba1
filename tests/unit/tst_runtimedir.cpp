#include "core/os/runtimedir.h"

#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArrayList environmentNames = {"ZLAUNCHER_RUNTIME_DIR", "XDG_RUNTIME_DIR"};

// -1 when the path does not exist.
int modeOf(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0) {
        return -1;
    }
    return int(status.st_mode & 07777);
}

QString lockPath(const QString &directory)
{
    return directory + u"/zlauncher.lock";
}

// A pid that certainly belonged to a process and no longer does.
qint64 deadPid()
{
    QProcess process;
    process.start(u"/bin/true"_s, {});
    if (!process.waitForStarted()) {
        return 0;
    }
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

} // namespace

class TestRuntimeDir : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resolvePath_data();
    void resolvePath();

    void createsMissingDirectory_data();
    void createsMissingDirectory();
    void acceptsExistingPrivateDirectory();
    void relativePathBecomesAbsolute();
    void refuses_data();
    void refuses();
    void refusesForeignOwner();

    void endpoints();
    void endpointPathLength_data();
    void endpointPathLength();

    void secondLockFails();
    void unlockReleases();
    void staleLockIsRecovered();
    void lockBeforeOpenFails();

private:
    QTemporaryDir m_dir;
    QList<std::optional<QByteArray>> m_savedEnvironment;
    int m_case = 0;
    QString m_caseDir;
};

void TestRuntimeDir::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestRuntimeDir::init()
{
    m_savedEnvironment.clear();
    for (const QByteArray &name : environmentNames) {
        m_savedEnvironment.append(qEnvironmentVariableIsSet(name.constData())
                                          ? std::optional<QByteArray>(qgetenv(name.constData()))
                                          : std::nullopt);
    }
    qputenv("ZLAUNCHER_RUNTIME_DIR", QFile::encodeName(m_dir.filePath(u"env-runtime"_s)));
    // Each test function gets its own folder: nothing leaks from one to the next.
    m_caseDir = m_dir.filePath(u"case"_s + QString::number(++m_case));
    QVERIFY(QDir().mkpath(m_caseDir));
}

void TestRuntimeDir::cleanup()
{
    for (qsizetype i = 0; i < environmentNames.size(); ++i) {
        const auto &saved = m_savedEnvironment.value(i);
        if (saved) {
            qputenv(environmentNames.at(i).constData(), *saved);
        } else {
            qunsetenv(environmentNames.at(i).constData());
        }
    }
}

void TestRuntimeDir::resolvePath_data()
{
    QTest::addColumn<QString>("explicitOverride");
    QTest::addColumn<QByteArray>("zlauncherRuntimeDir");
    QTest::addColumn<QByteArray>("xdgRuntimeDir");
    QTest::addColumn<QString>("expected");

    const QString fallback = u"/tmp/zlauncher-"_s + QString::number(::getuid());
    QTest::addRow("override first") << u"/o"_s << QByteArray("/z") << QByteArray("/x") << u"/o"_s;
    QTest::addRow("ZLAUNCHER_RUNTIME_DIR next")
            << QString() << QByteArray("/z") << QByteArray("/x") << u"/z"_s;
    QTest::addRow("XDG_RUNTIME_DIR next")
            << QString() << QByteArray() << QByteArray("/run/user/1000")
            << u"/run/user/1000/zlauncher"_s;
    QTest::addRow("empty ZLAUNCHER_RUNTIME_DIR is unset")
            << QString() << QByteArray("") << QByteArray("/x") << u"/x/zlauncher"_s;
    QTest::addRow("/tmp last") << QString() << QByteArray() << QByteArray() << fallback;
}

void TestRuntimeDir::resolvePath()
{
    QFETCH(QString, explicitOverride);
    QFETCH(QByteArray, zlauncherRuntimeDir);
    QFETCH(QByteArray, xdgRuntimeDir);
    QFETCH(QString, expected);
    const auto set = [](const char *name, const QByteArray &value) {
        if (value.isNull()) {
            qunsetenv(name);
        } else {
            qputenv(name, value);
        }
    };
    set("ZLAUNCHER_RUNTIME_DIR", zlauncherRuntimeDir);
    set("XDG_RUNTIME_DIR", xdgRuntimeDir);
    QCOMPARE(RuntimeDir::resolvePath(explicitOverride), expected);
}

void TestRuntimeDir::createsMissingDirectory_data()
{
    QTest::addColumn<int>("umask");
    QTest::addColumn<bool>("parentsExist");
    QTest::addRow("umask 022, missing parents") << 022 << false;
    QTest::addRow("umask 000, missing parents") << 0 << false;
    QTest::addRow("umask 022") << 022 << true;
    // A umask that removes the owner's write bit must not leave an unusable directory. (Its
    // parents, made by QDir::mkpath, would be unusable too: they exist here.)
    QTest::addRow("umask 277") << 0277 << true;
}

void TestRuntimeDir::createsMissingDirectory()
{
    QFETCH(int, umask);
    QFETCH(bool, parentsExist);
    const QString parent = m_caseDir + u"/parent/child";
    const QString path = parent + u"/runtime";
    if (parentsExist) {
        QVERIFY(QDir().mkpath(parent));
    }
    QCOMPARE(modeOf(path), -1);
    const mode_t previous = ::umask(mode_t(umask));
    RuntimeDir runtimeDir;
    QString error;
    const bool opened = runtimeDir.open(path, &error);
    ::umask(previous);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(runtimeDir.path(), path);
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QString::number(modeOf(path), 8), u"700"_s);
}

void TestRuntimeDir::acceptsExistingPrivateDirectory()
{
    const QString path = m_caseDir + u"/runtime";
    QCOMPARE(::mkdir(QFile::encodeName(path).constData(), 0700), 0);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    RuntimeDir runtimeDir;
    QString error;
    QVERIFY2(runtimeDir.open(path, &error), qPrintable(error));
    QVERIFY2(runtimeDir.open(path + u'/', &error), qPrintable(error));
    QCOMPARE(runtimeDir.path(), path);
}

void TestRuntimeDir::relativePathBecomesAbsolute()
{
    // Programs run in other working directories: the endpoints must not depend on ours.
    const QString saved = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_caseDir));
    RuntimeDir runtimeDir;
    QString error;
    const bool opened = runtimeDir.open(u"./rel/../runtime"_s, &error);
    QVERIFY(QDir::setCurrent(saved));
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(runtimeDir.path(), QString(QDir(m_caseDir).canonicalPath() + u"/runtime"));
    QCOMPARE(runtimeDir.heartbeatEndpoint(),
             QString(u"ipc://" + runtimeDir.path() + u"/heartbeat"));
}

void TestRuntimeDir::refuses_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("mode 0755") << u"mode 755"_s
                               << QStringList{u"accessible by group or others (mode 0755)"_s,
                                              u"fix it with: chmod 700 %1"_s};
    QTest::addRow("mode 0750") << u"mode 750"_s << QStringList{u"(mode 0750)"_s, u"chmod 700"_s};
    QTest::addRow("mode 0701") << u"mode 701"_s << QStringList{u"(mode 0701)"_s, u"chmod 700"_s};
    QTest::addRow("mode 1777") << u"mode 1777"_s << QStringList{u"(mode 0777)"_s, u"chmod 700"_s};
    QTest::addRow("symlink to a private directory")
            << u"symlink"_s << QStringList{u"%1 is a symbolic link"_s, u"--runtime-dir"_s};
    QTest::addRow("symlink with trailing slash")
            << u"symlink/"_s << QStringList{u"is a symbolic link"_s};
    QTest::addRow("regular file") << u"file"_s
                                  << QStringList{u"%1 exists but is not a directory"_s};
    QTest::addRow("parent is a file")
            << u"parent file"_s << QStringList{u"cannot create runtime directory %1"_s};
    QTest::addRow("too long") << u"too long"_s
                              << QStringList{u"too long for ipc endpoints"_s, u"/heartbeat"_s,
                                             u"107"_s, u"program names"_s};
}

void TestRuntimeDir::refuses()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, expected);

    QString path = m_caseDir + u"/runtime";
    QString reported = path;
    const QByteArray nativePath = QFile::encodeName(path);
    if (setup.startsWith(u"mode ")) {
        QCOMPARE(::mkdir(nativePath.constData(), 0700), 0);
        QCOMPARE(::chmod(nativePath.constData(), mode_t(setup.mid(5).toInt(nullptr, 8))), 0);
    } else if (setup.startsWith(u"symlink")) {
        const QString target = m_caseDir + u"/private";
        QCOMPARE(::mkdir(QFile::encodeName(target).constData(), 0700), 0);
        QVERIFY(QFile::link(target, path));
        path += setup.mid(7);
    } else if (setup == u"file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (setup == u"parent file") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        path += u"/runtime";
        reported = path;
    } else if (setup == u"too long") {
        // 107 bytes is the limit for the socket path "R/heartbeat".
        path = m_caseDir + u'/' + QString(107 - m_caseDir.size() - 10, u'r');
        reported = path;
        QCOMPARE(QFile::encodeName(path + u"/heartbeat").size(), 108);
    }

    RuntimeDir runtimeDir;
    QString error;
    QVERIFY(!runtimeDir.open(path, &error));
    QCOMPARE(runtimeDir.path(), QString());
    for (const QString &part : std::as_const(expected)) {
        const QString text = part.contains(u"%1") ? part.arg(reported) : part;
        QVERIFY2(error.contains(text), qPrintable(u"\"" + text + u"\" not in: " + error));
    }
    if (setup == u"too long") {
        QCOMPARE(modeOf(path), -1); // refused before anything was created
    }
}

void TestRuntimeDir::refusesForeignOwner()
{
    const QString path = m_caseDir + u"/runtime";
    const QByteArray nativePath = QFile::encodeName(path);
    QCOMPARE(::mkdir(nativePath.constData(), 0700), 0);
    if (::chown(nativePath.constData(), 1001, 1001) != 0) {
        QSKIP("cannot give a directory to another user (needs root): foreign owner not tested");
    }
    RuntimeDir runtimeDir;
    QString error;
    QVERIFY(!runtimeDir.open(path, &error));
    const QString expected = u"runtime directory "_s + path
            + u" belongs to user 1001, not to you (uid " + QString::number(::getuid()) + u')';
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(u"--runtime-dir or ZLAUNCHER_RUNTIME_DIR"), qPrintable(error));
}

void TestRuntimeDir::endpoints()
{
    RuntimeDir runtimeDir;
    QString error;
    const QString path = m_caseDir + u"/r";
    QVERIFY2(runtimeDir.open(path, &error), qPrintable(error));
    QCOMPARE(runtimeDir.heartbeatEndpoint(), QString(u"ipc://" + path + u"/heartbeat"));
    QCOMPARE(runtimeDir.controlEndpoint(), QString(u"ipc://" + path + u"/control"));
    QCOMPARE(runtimeDir.eventsEndpoint(), QString(u"ipc://" + path + u"/events"));
    QCOMPARE(runtimeDir.programControlEndpoint(u"client1"_s),
             QString(u"ipc://" + path + u"/client1.ctl"));
}

void TestRuntimeDir::endpointPathLength_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("tooLong");
    QTest::addRow("107 bytes") << u"ipc:///"_s + QString(106, u'a') << false;
    QTest::addRow("108 bytes") << u"ipc:///"_s + QString(107, u'a') << true;
    QTest::addRow("multibyte counts in bytes") << u"ipc:///"_s + QString(54, u'é') << true;
    QTest::addRow("short") << u"ipc:///tmp/zlauncher-0/heartbeat"_s << false;
    QTest::addRow("tcp has no path") << u"tcp://"_s + QString(200, u'a') << false;
}

void TestRuntimeDir::endpointPathLength()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, tooLong);
    QCOMPARE(RuntimeDir::isEndpointPathTooLong(endpoint), tooLong);
}

void TestRuntimeDir::secondLockFails()
{
    const QString path = m_caseDir + u"/r";
    RuntimeDir first;
    RuntimeDir second;
    QString error;
    QVERIFY2(first.open(path, &error), qPrintable(error));
    QVERIFY2(second.open(path, &error), qPrintable(error));
    QVERIFY2(first.lock(&error), qPrintable(error));
    QVERIFY(QFile::exists(lockPath(path)));

    QVERIFY(!second.lock(&error));
    const QString expected = u"another zlauncher (pid "_s
            + QString::number(QCoreApplication::applicationPid())
            + u") is running on runtime directory " + path;
    QCOMPARE(error, expected);
    // Locking again through the holder is harmless.
    QVERIFY2(first.lock(&error), qPrintable(error));
}

void TestRuntimeDir::unlockReleases()
{
    const QString path = m_caseDir + u"/r";
    RuntimeDir second;
    QString error;
    {
        RuntimeDir first;
        QVERIFY2(first.open(path, &error), qPrintable(error));
        QVERIFY2(second.open(path, &error), qPrintable(error));
        QVERIFY2(first.lock(&error), qPrintable(error));
        QVERIFY(!second.lock(&error));
        first.unlock();
        QVERIFY(!QFile::exists(lockPath(path)));
        QVERIFY2(second.lock(&error), qPrintable(error));
        second.unlock();
        QVERIFY2(first.lock(&error), qPrintable(error));
    }
    // The destructor released it.
    QVERIFY(!QFile::exists(lockPath(path)));
    QVERIFY2(second.lock(&error), qPrintable(error));
}

void TestRuntimeDir::staleLockIsRecovered()
{
    const QString path = m_caseDir + u"/r";
    RuntimeDir runtimeDir;
    QString error;
    QVERIFY2(runtimeDir.open(path, &error), qPrintable(error));

    // Let Qt write a genuine lock file, then make it look like a launcher that died.
    QByteArray contents;
    {
        QLockFile genuine(lockPath(path));
        QVERIFY(genuine.tryLock(0));
        QFile file(lockPath(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        contents = file.readAll();
    }
    const qint64 dead = deadPid();
    QVERIFY(dead > 0);
    const QByteArray ourPid = QByteArray::number(QCoreApplication::applicationPid());
    QVERIFY(contents.startsWith(QByteArray(ourPid + '\n')));
    contents.replace(0, ourPid.size(), QByteArray::number(dead));
    {
        QFile file(lockPath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }
    QLockFile probe(lockPath(path));
    qint64 holder = 0;
    QString hostname;
    QString application;
    QVERIFY(probe.getLockInfo(&holder, &hostname, &application));
    QCOMPARE(holder, dead);

    QVERIFY2(runtimeDir.lock(&error), qPrintable(error));
    QVERIFY(probe.getLockInfo(&holder, &hostname, &application));
    QCOMPARE(holder, QCoreApplication::applicationPid());
}

void TestRuntimeDir::lockBeforeOpenFails()
{
    RuntimeDir runtimeDir;
    QString error;
    QVERIFY(!runtimeDir.lock(&error));
    QVERIFY2(error.contains(u"not open"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRuntimeDir)
#include "tst_runtimedir.moc"
