// What the tests of a follower of an agent's event stream check (docs/remote.md, "State that
// survives the network"): the events it told are numbered one after the other from its first,
// once each, each exactly as the agent printed it (--events json is the stream's JSON).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTest>

inline quint64 seqOf(const QJsonObject &event)
{
    return static_cast<quint64>(event.value(QLatin1StringView("seq")).toInteger());
}

/// The number of the last event printed; 0 before any.
inline quint64 lastSeqOf(const QList<QJsonObject> &printed)
{
    return printed.isEmpty() ? 0 : seqOf(printed.constLast());
}

/// told: consecutive numbers from its first up to last at least, each event as printed. Fails
/// the current test otherwise (see QTest::currentTestFailed).
inline void checkToldOnceInOrder(const QList<QJsonObject> &told, const QList<QJsonObject> &printed,
                                 quint64 last)
{
    QVERIFY(!told.isEmpty());
    QHash<quint64, QJsonObject> bySeq;
    for (const QJsonObject &event : printed) {
        bySeq.insert(seqOf(event), event);
    }
    quint64 expected = seqOf(told.constFirst());
    for (const QJsonObject &event : told) {
        QCOMPARE(seqOf(event), expected);
        QCOMPARE(event, bySeq.value(expected));
        ++expected;
    }
    QVERIFY2(expected > last,
             qPrintable(QStringLiteral("told up to %1 of %2").arg(expected - 1).arg(last)));
}
