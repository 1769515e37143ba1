// The wire contract of DESIGN.md §3 and §4, one row per rule, through the very parser the
// launcher uses (clients/sdk protocol.h).
#include <QTest>

#include <string>
#include <vector>

#include <zlauncher/protocol.h>

using namespace zlauncher;

Q_DECLARE_METATYPE(std::vector<std::string>)

namespace {
enum class Outcome { Accepted, Legacy, Rejected };
}
Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(zlauncher::RejectReason)

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void acceptedFields();
    void formatRoundTrip();
    void commands();
};

void TestProtocol::parse_data()
{
    QTest::addColumn<std::vector<std::string>>("frames");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<RejectReason>("reason");

    const auto ok = [](std::vector<std::string> frames) { return frames; };
    const std::string longName(64, 'a');
    const std::string tooLongName(65, 'a');
    const RejectReason none = RejectReason::EmptyMessage;

    QTest::addRow("four frames") << ok({"ZLHB1", "client1", "1234", "0"}) << Outcome::Accepted
                                 << none;
    QTest::addRow("five frames with status")
            << ok({"ZLHB1", "client1", "1234", "7", "412 ticks"}) << Outcome::Accepted << none;
    QTest::addRow("empty status") << ok({"ZLHB1", "a", "1", "0", ""}) << Outcome::Accepted << none;
    QTest::addRow("name of 64 bytes")
            << ok({"ZLHB1", longName, "1", "0"}) << Outcome::Accepted << none;
    QTest::addRow("name with . _ -")
            << ok({"ZLHB1", "a.b_c-D9", "1", "0"}) << Outcome::Accepted << none;
    QTest::addRow("largest pid") << ok({"ZLHB1", "a", "2147483647", "0"}) << Outcome::Accepted
                                 << none;
    QTest::addRow("largest sequence")
            << ok({"ZLHB1", "a", "1", "18446744073709551615"}) << Outcome::Accepted << none;
    QTest::addRow("status of 256 bytes")
            << ok({"ZLHB1", "a", "1", "0", std::string(256, 'x')}) << Outcome::Accepted << none;
    QTest::addRow("status not UTF-8 is still a beat")
            << ok({"ZLHB1", "a", "1", "0", "\xff\xfe"}) << Outcome::Accepted << none;

    QTest::addRow("legacy name") << ok({"client1"}) << Outcome::Legacy << none;
    QTest::addRow("legacy command") << ok({"./client1.py"}) << Outcome::Legacy << none;

    QTest::addRow("no frame") << ok({}) << Outcome::Rejected << RejectReason::EmptyMessage;
    QTest::addRow("one empty frame") << ok({""}) << Outcome::Rejected << RejectReason::EmptyMessage;
    QTest::addRow("topic alone") << ok({"ZLHB1"}) << Outcome::Rejected
                                 << RejectReason::WrongFrameCount;
    QTest::addRow("two frames") << ok({"ZLHB1", "a"}) << Outcome::Rejected
                                << RejectReason::WrongFrameCount;
    QTest::addRow("three frames") << ok({"ZLHB1", "a", "1"}) << Outcome::Rejected
                                  << RejectReason::WrongFrameCount;
    QTest::addRow("six frames") << ok({"ZLHB1", "a", "1", "0", "s", "x"}) << Outcome::Rejected
                                << RejectReason::WrongFrameCount;
    QTest::addRow("unknown version")
            << ok({"ZLHB2", "a", "1", "0"}) << Outcome::Rejected << RejectReason::UnknownVersion;
    QTest::addRow("lower-case topic")
            << ok({"zlhb1", "a", "1", "0"}) << Outcome::Rejected << RejectReason::NotAHeartbeat;
    QTest::addRow("other topic") << ok({"hello", "world"}) << Outcome::Rejected
                                 << RejectReason::NotAHeartbeat;
    QTest::addRow("empty name") << ok({"ZLHB1", "", "1", "0"}) << Outcome::Rejected
                                << RejectReason::BadName;
    QTest::addRow("name of 65 bytes")
            << ok({"ZLHB1", tooLongName, "1", "0"}) << Outcome::Rejected << RejectReason::BadName;
    QTest::addRow("name with space")
            << ok({"ZLHB1", "a b", "1", "0"}) << Outcome::Rejected << RejectReason::BadName;
    QTest::addRow("name with slash")
            << ok({"ZLHB1", "a/b", "1", "0"}) << Outcome::Rejected << RejectReason::BadName;
    QTest::addRow("name not ASCII")
            << ok({"ZLHB1", "caf\xc3\xa9", "1", "0"}) << Outcome::Rejected << RejectReason::BadName;
    QTest::addRow("pid not numeric")
            << ok({"ZLHB1", "a", "abc", "0"}) << Outcome::Rejected << RejectReason::BadPid;
    QTest::addRow("pid zero") << ok({"ZLHB1", "a", "0", "0"}) << Outcome::Rejected
                              << RejectReason::BadPid;
    QTest::addRow("pid negative") << ok({"ZLHB1", "a", "-5", "0"}) << Outcome::Rejected
                                  << RejectReason::BadPid;
    QTest::addRow("pid with plus")
            << ok({"ZLHB1", "a", "+5", "0"}) << Outcome::Rejected << RejectReason::BadPid;
    QTest::addRow("pid leading zero")
            << ok({"ZLHB1", "a", "012", "0"}) << Outcome::Rejected << RejectReason::BadPid;
    QTest::addRow("pid with space")
            << ok({"ZLHB1", "a", " 5", "0"}) << Outcome::Rejected << RejectReason::BadPid;
    QTest::addRow("pid too large")
            << ok({"ZLHB1", "a", "2147483648", "0"}) << Outcome::Rejected << RejectReason::BadPid;
    QTest::addRow("pid empty") << ok({"ZLHB1", "a", "", "0"}) << Outcome::Rejected
                               << RejectReason::BadPid;
    QTest::addRow("sequence not numeric")
            << ok({"ZLHB1", "a", "1", "x"}) << Outcome::Rejected << RejectReason::BadSequence;
    QTest::addRow("sequence leading zero")
            << ok({"ZLHB1", "a", "1", "01"}) << Outcome::Rejected << RejectReason::BadSequence;
    QTest::addRow("sequence beyond u64") << ok({"ZLHB1", "a", "1", "18446744073709551616"})
                                         << Outcome::Rejected << RejectReason::BadSequence;
    QTest::addRow("status of 257 bytes") << ok({"ZLHB1", "a", "1", "0", std::string(257, 'x')})
                                         << Outcome::Rejected << RejectReason::StatusTooLong;
    QTest::addRow("oversize legacy frame") << ok({std::string(maxFrameSize + 1, 'a')})
                                           << Outcome::Rejected << RejectReason::FrameTooLong;
    QTest::addRow("oversize frame in a heartbeat")
            << ok({"ZLHB1", "a", "1", "0", std::string(maxFrameSize + 1, 'x')}) << Outcome::Rejected
            << RejectReason::FrameTooLong;
}

void TestProtocol::parse()
{
    QFETCH(std::vector<std::string>, frames);
    QFETCH(Outcome, outcome);
    QFETCH(RejectReason, reason);

    std::vector<std::string_view> views(frames.begin(), frames.end());
    const ParsedHeartbeat parsed = parseHeartbeat(views);
    switch (outcome) {
    case Outcome::Accepted:
        QVERIFY2(std::holds_alternative<Heartbeat>(parsed), "expected a ZLHB1 heartbeat");
        break;
    case Outcome::Legacy:
        QVERIFY2(std::holds_alternative<LegacyHeartbeat>(parsed), "expected a legacy heartbeat");
        QCOMPARE(std::get<LegacyHeartbeat>(parsed).token, frames.front());
        break;
    case Outcome::Rejected:
        QVERIFY2(std::holds_alternative<RejectReason>(parsed), "expected a rejection");
        QCOMPARE(toString(std::get<RejectReason>(parsed)), toString(reason));
        break;
    }
}

void TestProtocol::acceptedFields()
{
    const std::vector<std::string_view> frames{"ZLHB1", "client2", "4321", "99", "28 ticks"};
    const auto heartbeat = std::get<Heartbeat>(parseHeartbeat(frames));
    QCOMPARE(heartbeat.name, std::string("client2"));
    QCOMPARE(heartbeat.pid, 4321);
    QCOMPARE(heartbeat.sequence, 99u);
    QVERIFY(heartbeat.status.has_value());
    QCOMPARE(*heartbeat.status, std::string("28 ticks"));
}

void TestProtocol::formatRoundTrip()
{
    const Heartbeat original{"demo-1", 77, 12345678901234ull, std::string("ready")};
    const std::vector<std::string> frames = formatHeartbeat(original);
    QCOMPARE(frames.size(), 5u);
    QCOMPARE(frames[0], std::string(heartbeatTopic));
    const std::vector<std::string_view> views(frames.begin(), frames.end());
    const auto parsed = std::get<Heartbeat>(parseHeartbeat(views));
    QCOMPARE(parsed.name, original.name);
    QCOMPARE(parsed.pid, original.pid);
    QCOMPARE(parsed.sequence, original.sequence);
    QCOMPARE(parsed.status, original.status);

    const Heartbeat noStatus{"b", 1, 0, std::nullopt};
    QCOMPARE(formatHeartbeat(noStatus).size(), 4u);
}

void TestProtocol::commands()
{
    QCOMPARE(parseCommand("stop"), Command::Stop);
    QCOMPARE(parseCommand("ping"), Command::Ping);
    QCOMPARE(parseCommand("STOP"), Command::Unknown);
    QCOMPARE(parseCommand("stop "), Command::Unknown);
    QCOMPARE(parseCommand(""), Command::Unknown);
    QCOMPARE(formatPong(), std::string("pong"));
    QCOMPARE(formatPong("busy"), std::string("pong busy"));
    QCOMPARE(parsePong("pong"), std::optional<std::string>(""));
    QCOMPARE(parsePong("pong busy"), std::optional<std::string>("busy"));
    QCOMPARE(parsePong("ok"), std::nullopt);
}

QTEST_APPLESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
