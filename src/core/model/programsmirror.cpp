#include "core/model/programsmirror.h"

using namespace Qt::StringLiterals;

void ProgramsMirror::reset(quint64 seq, const QJsonArray &programs)
{
    m_lastSeq = seq;
    m_synchronised = true;
    m_order.clear();
    m_programs.clear();
    for (const QJsonValue &value : programs) {
        const QJsonObject program = value.toObject();
        const QString name = program.value(u"name"_s).toString();
        m_order.append(name);
        m_programs.insert(name, program);
    }
}

ProgramsMirror::Applied ProgramsMirror::apply(const QJsonObject &event)
{
    const auto seq = static_cast<quint64>(event.value(u"seq"_s).toInteger(0));
    if (!m_synchronised) {
        return Applied::Stale;
    }
    if (seq <= m_lastSeq) {
        // Kept from before the snapshot, which has it already. (A launcher that started
        // again from 1 is found by the reconnection, which takes a new snapshot.)
        return Applied::Old;
    }
    if (seq != m_lastSeq + 1) {
        markStale();
        return Applied::Stale;
    }
    const QString name = event.value(u"program"_s).toString();
    const QString kind = event.value(u"event"_s).toString();
    // A program this mirror does not have was added (by add, reload or scale): only a
    // snapshot tells its settings. A control event may have removed some.
    if ((!name.isEmpty() && !m_programs.contains(name)) || kind == u"control") {
        markStale();
        return Applied::Stale;
    }
    m_lastSeq = seq;
    if (kind != u"state") {
        return Applied::Applied;
    }
    QJsonObject &program = m_programs[name];
    program.insert(u"state"_s, event.value(u"state"_s));
    // A state without a pid (stopped, failed, backoff) has none, as "list" would say.
    program.insert(u"pid"_s, event.value(u"pid"_s).toInteger(0));
    return Applied::Applied;
}
