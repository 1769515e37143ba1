// zlauncherctl scale against a real headless launcher, as a user runs it: `scale web 4` starts
// three replicas, `scale web 1` stops three from the highest index down, and the configuration
// file keeps the count; wrong counts and names are refused with the reason.
#include "ctlfixture.h"

#include "core/config/programstore.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCtlScale : public CtlFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDown(); }
    void scaleUpThenDown();
    void wrongScalesAreRefused();

private:
    CtlRun ctlHere(const QStringList &arguments)
    {
        return ctl(QStringList{u"--runtime-dir"_s, m_env->runtimeDir().path()} + arguments);
    }
    /// The names of the rows `list` shows.
    QStringList listed()
    {
        QStringList names;
        const QJsonObject reply = parseObject(ctlHere({u"--json"_s, u"list"_s}).out);
        for (const QJsonValue &program : reply.value(u"programs"_s).toArray()) {
            names.append(program[u"name"_s].toString());
        }
        return names;
    }
    /// The count in the file once saved (headless, a change is saved by `save`).
    std::optional<int> savedInstances()
    {
        if (ctlHere({u"save"_s}).exitCode != 0) {
            return std::nullopt;
        }
        QString error;
        const auto configuration = ProgramStore::load(m_configPath, &error);
        return configuration && configuration->program(u"web"_s)
                ? configuration->program(u"web"_s)->instances
                : std::nullopt;
    }
};

void TestCtlScale::init()
{
    setUp();
    QVERIFY(writeFile(m_configPath, R"({"version": 1, "programs": [
        {"name": "web", "program": "/bin/sleep", "arguments": ["600"], "kind": "plain",
         "minUptimeMs": 0, "instances": 1}]})"));
    startLauncher({}, 1);
}

void TestCtlScale::scaleUpThenDown()
{
    CtlRun run = ctlHere({u"scale"_s, u"web"_s, u"4"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"Scaled web to 4: web-0, web-1, web-2, web-3"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_launcher->runningPids().size(), 4, 10000);
    QCOMPARE(listed(), (QStringList{u"web-0"_s, u"web-1"_s, u"web-2"_s, u"web-3"_s}));
    QCOMPARE(savedInstances(), 4);

    run = ctlHere({u"scale"_s, u"web"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"Scaled web to 1: web-0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(listed(), QStringList{u"web-0"_s}, 20000);
    QCOMPARE(savedInstances(), 1);
    // Three stopped, one at a time, from the highest index down; web-0 ran throughout.
    const auto stops = [this] {
        QStringList order;
        for (const QJsonObject &event : m_launcher->eventsOf(u"state"_s)) {
            if (event[u"state"_s] == u"stopping"_s || event[u"state"_s] == u"stopped"_s) {
                order.append(event[u"program"_s].toString() + u' ' + event[u"state"_s].toString());
            }
        }
        return order;
    };
    QTRY_COMPARE(stops(),
                 (QStringList{u"web-3 stopping"_s, u"web-3 stopped"_s, u"web-2 stopping"_s,
                              u"web-2 stopped"_s, u"web-1 stopping"_s, u"web-1 stopped"_s}));
    const QJsonObject web0 = parseObject(ctlHere({u"--json"_s, u"status"_s, u"web-0"_s}).out);
    QCOMPARE(web0[u"program"_s][u"state"_s].toString(), u"running"_s);
    QCOMPARE(web0[u"program"_s][u"restarts"_s].toInt(), 0);
    QCOMPARE(web0[u"program"_s][u"replicaOf"_s].toString(), u"web"_s);
    QCOMPARE(web0[u"program"_s][u"replicaIndex"_s].toInt(-1), 0);
}

void TestCtlScale::wrongScalesAreRefused()
{
    const struct
    {
        QStringList arguments;
        QString error;
    } cases[] = {
            {{u"web"_s, u"0"_s}, u"web cannot have 0 instances: from 1 to 20000"_s},
            {{u"web"_s, u"two"_s},
             u"scale needs the \"name\" of a program and its number of \"instances\""_s},
            {{u"web-0"_s, u"2"_s}, u"web-0 is a replica of web: scale web"_s},
            {{u"db"_s, u"2"_s}, u"there is no program named \"db\" (programs: web-0)"_s},
    };
    for (const auto &[arguments, error] : cases) {
        const CtlRun run = ctlHere(QStringList{u"scale"_s} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
    }
    // status names the replicas of a set.
    const CtlRun status = ctlHere({u"status"_s, u"web"_s});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains(u"web runs as its replicas, each a program of its own: web-0"_s),
             qPrintable(status.err));
    QCOMPARE(savedInstances(), 1);
}

QTEST_GUILESS_MAIN(TestCtlScale)
#include "tst_ctlscale.moc"
