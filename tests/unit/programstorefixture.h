// What ProgramStore's tests share (tst_programstoreparsing, tst_programstorefiles): the
// configuration of DESIGN.md §5b and a fuller one, JSON made to order, file helpers, a
// temporary folder, and a way to drop root's privileges where file permissions are tested.
#pragma once

#include "core/config/programstore.h"

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

inline const QString base = u"/srv/zlauncher"_s;

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// One program whose key `key` holds `value`, the rest minimal.
inline QByteArray programWith(const QByteArray &key, const QByteArray &value)
{
    QList<std::pair<QByteArray, QByteArray>> members
            = {{"name", R"("client1")"}, {"program", R"("/bin/true")"}};
    bool replaced = false;
    for (auto &member : members) {
        if (member.first == key) {
            member.second = value;
            replaced = true;
        }
    }
    if (!replaced) {
        members.append({key, value});
    }
    QByteArrayList text;
    for (const auto &[name, json] : std::as_const(members)) {
        text.append('"' + name + "\": " + json);
    }
    return R"({"programs": [{)" + text.join(", ") + "}]}";
}

// DESIGN.md §5b, verbatim.
inline QByteArray designExampleJson()
{
    return readFile(QFINDTESTDATA("data/design-example.json"));
}

inline Configuration fullConfiguration()
{
    // designExample() checks that this parses.
    Configuration configuration
            = ProgramStore::parse(designExampleJson(), base, nullptr).value_or(Configuration{});
    ProgramSpec plain;
    plain.name = u"worker"_s;
    plain.program = u"./bin/worker"_s;
    plain.kind = ProgramKind::Plain;
    plain.restart = RestartPolicy::OnFailure;
    plain.autostart = false;
    plain.dependsOn = {u"client1"_s};
    plain.environment = {{u"A"_s, u"1"_s}, {u"PATH_EXTRA"_s, u"/x:/y \"quoted\""_s}};
    plain.arguments = {u"-v"_s, u"two words"_s, u"ünïcode"_s, QString()};
    plain.maxMemoryMiB = 512;
    plain.killLeftovers = false;
    plain.memoryMaxMiB = 1024;
    plain.memoryBreachSamples = 5;
    plain.baseDirectory = base;
    configuration.programs.append(plain);
    return configuration;
}

// Runs as another user while alive: root ignores file permissions, and the tests need them.
class EffectiveUser final
{
public:
    EffectiveUser()
    {
        if (::geteuid() == 0) {
            m_switched = ::seteuid(65534) == 0;
        }
    }
    ~EffectiveUser()
    {
        if (m_switched) {
            [[maybe_unused]] const int restored = ::seteuid(0);
        }
    }
    bool isUnprivileged() const { return ::geteuid() != 0; }

private:
    bool m_switched = false;
};

class ProgramStoreFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

protected:
    QTemporaryDir m_dir;
};
