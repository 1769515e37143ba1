// What the chaos test reads of every process in /proc, to check the launcher by facts rather
// than by what it says.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/// The variable every program of a chaos run carries, to tell them from any other process.
inline const QByteArray chaosTagVariable = "ZL_CHAOS_TAG=";

/// A pid with the kernel start time of its process: a pid reused is another instance.
using InstanceKey = std::pair<qint64, quint64>;

struct Proc
{
    qint64 pid = 0;
    qint64 ppid = 0;
    char state = '?';
    quint64 startTime = 0;
    QByteArray comm;

    bool isLive() const { return state != 'Z' && state != 'X'; }
    InstanceKey key() const { return {pid, startTime}; }
    QString describe() const;
};

std::optional<Proc> readProc(qint64 pid);
QList<qint64> allPids();
/// The value of ZL_CHAOS_TAG in the environment of pid: nullopt when the environment cannot
/// be read (gone, exiting), empty when the variable is not there.
std::optional<QByteArray> chaosTag(qint64 pid);
