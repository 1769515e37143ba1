// Probes and dependency conditions in the configuration file (docs/design.md, "Health probes"):
// each probe type read and written back, Kubernetes' defaults, and every mistake refused with the
// program and the key named.
#include "core/config/programjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProbeJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachProbeTypeIsRead();
    void defaultsAreKubernetesOnes();
    void writtenBackAsRead();
    void conditionsAreRead();
    void mistakesAreRefusedByName_data();
    void mistakesAreRefusedByName();
    void probeChangesWaitForTheNextInstance();

private:
    static std::optional<ProgramSpec> read(const QByteArray &members, QString *error)
    {
        const QJsonDocument document = QJsonDocument::fromJson(
                R"({"name": "web", "program": "/bin/true", )" + members + "}");
        return ProgramJson::read(document.object(), 0, u"/tmp"_s, error);
    }
};

void TestProbeJson::eachProbeTypeIsRead()
{
    QString error;
    const auto spec = read(R"("readinessProbe": {"exec": ["pg_isready", "-q"], "periodMs": 500},
                              "livenessProbe": {"http": "http://127.0.0.1:8080/health",
                                                "failureThreshold": 5, "timeoutMs": 300})",
                           &error);
    QVERIFY2(spec, qPrintable(error));
    QVERIFY(spec->readinessProbe->type == ProbeType::Exec);
    QCOMPARE(spec->readinessProbe->command, (QStringList{u"pg_isready"_s, u"-q"_s}));
    QCOMPARE(spec->readinessProbe->periodMs, 500);
    QVERIFY(spec->livenessProbe->type == ProbeType::Http);
    QCOMPARE(spec->livenessProbe->target, u"http://127.0.0.1:8080/health"_s);
    QCOMPARE(spec->livenessProbe->failureThreshold, 5);
    QCOMPARE(spec->livenessProbe->timeoutMs, 300);

    const auto tcp = read(R"("readinessProbe": {"tcp": "[::1]:5432"})", &error);
    QVERIFY2(tcp, qPrintable(error));
    QVERIFY(tcp->readinessProbe->type == ProbeType::Tcp);
    QCOMPARE(splitHostPort(tcp->readinessProbe->target)->first, u"::1"_s);
    QCOMPARE(splitHostPort(tcp->readinessProbe->target)->second, quint16(5432));
    QVERIFY(!tcp->livenessProbe);
}

void TestProbeJson::defaultsAreKubernetesOnes()
{
    QString error;
    const auto spec = read(R"("livenessProbe": {"tcp": "localhost:80"})", &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->livenessProbe->initialDelayMs, 0);
    QCOMPARE(spec->livenessProbe->periodMs, 10000);
    QCOMPARE(spec->livenessProbe->timeoutMs, 1000);
    QCOMPARE(spec->livenessProbe->failureThreshold, 3);
    QCOMPARE(spec->livenessProbe->successThreshold, 1);
}

void TestProbeJson::writtenBackAsRead()
{
    QString error;
    const auto spec = read(R"("readinessProbe": {"exec": ["test", "-e", "/tmp/x"],
                                                 "initialDelayMs": 200, "successThreshold": 2},
                              "dependsOn": ["cache", {"name": "db", "condition": "healthy"},
                                            {"name": "migrate",
                                             "condition": "completedSuccessfully"}])",
                           &error);
    QVERIFY2(spec, qPrintable(error));
    QJsonObject written;
    for (const auto &[key, value] : ProgramJson::members(*spec)) {
        written.insert(key, value);
    }
    // A bare name stays a bare name: files written before conditions existed do not change.
    QCOMPARE(written[u"dependsOn"_s][0], QJsonValue(u"cache"_s));
    QCOMPARE(written[u"dependsOn"_s][1][u"condition"_s], QJsonValue(u"healthy"_s));
    const auto again = ProgramJson::read(written, 0, u"/tmp"_s, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *spec);
}

void TestProbeJson::conditionsAreRead()
{
    QString error;
    const auto spec = read(R"("dependsOn": [{"name": "a", "condition": "started"}, "b",
                                            {"name": "c"}, {"name": "d", "condition": "completed"}])",
                           &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->dependsOn, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(toString(spec->conditionOn(u"a"_s)), toString(DependencyCondition::Started));
    QCOMPARE(toString(spec->conditionOn(u"b"_s)), toString(DependencyCondition::Ready));
    QCOMPARE(toString(spec->conditionOn(u"c"_s)), toString(DependencyCondition::Ready));
    QCOMPARE(toString(spec->conditionOn(u"d"_s)), toString(DependencyCondition::Completed));
}

void TestProbeJson::mistakesAreRefusedByName_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("message");
    QTest::newRow("no type") << QByteArray(R"("livenessProbe": {"periodMs": 100})")
                             << u"program \"web\": \"livenessProbe\": must have exactly one of"_s;
    QTest::newRow("two types") << QByteArray(R"("livenessProbe": {"tcp": "a:1", "http": "x"})")
                               << u"exactly one of \"exec\", \"http\" and \"tcp\" (got 2)"_s;
    QTest::newRow("typo") << QByteArray(R"("readinessProbe": {"tcp": "a:1", "periodSeconds": 1})")
                          << u"\"readinessProbe\": unknown key \"periodSeconds\""_s;
    QTest::newRow("not an object") << QByteArray(R"("readinessProbe": "curl")")
                                   << u"\"readinessProbe\": must be an object"_s;
    QTest::newRow("exec string") << QByteArray(R"("readinessProbe": {"exec": "true"})")
                                 << u"\"exec\" must be an array of strings"_s;
    QTest::newRow("exec empty") << QByteArray(R"("readinessProbe": {"exec": []})")
                                << u"\"exec\" must name a command"_s;
    QTest::newRow("https") << QByteArray(R"("livenessProbe": {"http": "https://x/health"})")
                           << u"\"http\" must be an http:// URL with a host"_s;
    QTest::newRow("port") << QByteArray(R"("livenessProbe": {"tcp": "localhost:70000"})")
                          << u"\"tcp\" must be \"host:port\" with a port from 1 to 65535"_s;
    QTest::newRow("period") << QByteArray(R"("livenessProbe": {"tcp": "a:1", "periodMs": 0})")
                            << u"\"periodMs\" must be 1 or more (got 0)"_s;
    QTest::newRow("fraction") << QByteArray(R"("livenessProbe": {"tcp": "a:1", "timeoutMs": 1.5})")
                              << u"\"timeoutMs\" must be a whole number (got 1.5)"_s;
    QTest::newRow("liveness success")
            << QByteArray(R"("livenessProbe": {"tcp": "a:1", "successThreshold": 2})")
            << u"\"successThreshold\" of a liveness probe must be 1 (got 2)"_s;
    QTest::newRow("condition") << QByteArray(R"("dependsOn": [{"name": "db", "condition": "up"}])")
                               << u"program \"web\": \"dependsOn\" must be an array of program "
                                  "names or of"_s;
    QTest::newRow("condition not a string")
            << QByteArray(R"("dependsOn": [{"name": "db", "condition": 5}])")
            << u"\"dependsOn\" must be"_s;
    QTest::newRow("condition null")
            << QByteArray(R"("dependsOn": [{"name": "db", "condition": null}])")
            << u"\"dependsOn\" must be"_s;
    QTest::newRow("condition key")
            << QByteArray(R"("dependsOn": [{"name": "db", "when": "ready"}])")
            << u"\"dependsOn\" must be"_s;
}

void TestProbeJson::mistakesAreRefusedByName()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!read(members, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestProbeJson::probeChangesWaitForTheNextInstance()
{
    ProgramSpec running;
    running.name = u"web"_s;
    running.program = u"/bin/true"_s;
    ProgramSpec next = running;
    QVERIFY(instanceChanges(running, next).isEmpty());
    next.livenessProbe = ProbeSpec{ProbeType::Tcp, {}, u"a:1"_s};
    QCOMPARE(instanceChanges(running, next), QStringList{u"liveness probe none → tcp a:1"_s});
    running = next;
    next.livenessProbe->periodMs = 500;
    QCOMPARE(instanceChanges(running, next), QStringList{u"liveness probe timings"_s});
}

QTEST_GUILESS_MAIN(TestProbeJson)
#include "tst_probejson.moc"
