#include "core/model/resourcehistory.h"

ResourceHistory::ResourceHistory(QObject *parent)
    : QObject(parent)
{ }

void ResourceHistory::add(const QHash<QString, ResourceUsage> &usage, qint64 atMs)
{
    QStringList changed;
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
        if (!usage.contains(it.key())) {
            changed.append(it.key());
        }
    }
    m_total = ResourceUsage();
    for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
        std::deque<ResourceSample> &samples = m_samples[it.key()];
        samples.push_back(ResourceSample{atMs, it.value()});
        while (samples.size() > capacity) {
            samples.pop_front();
        }
        changed.append(it.key());
        m_total.cpuPercent += it->cpuPercent;
        m_total.residentBytes += it->residentBytes;
        m_total.processes += it->processes;
    }
    m_current = usage;
    Q_EMIT updated(changed);
}

void ResourceHistory::remove(const QString &name)
{
    m_samples.remove(name);
    m_current.remove(name);
}

void ResourceHistory::rename(const QString &oldName, const QString &newName)
{
    if (oldName == newName) {
        return;
    }
    if (m_samples.contains(oldName)) {
        m_samples.insert(newName, m_samples.take(oldName));
    }
    if (m_current.contains(oldName)) {
        m_current.insert(newName, m_current.take(oldName));
    }
}

const std::deque<ResourceSample> &ResourceHistory::samples(const QString &name) const
{
    static const std::deque<ResourceSample> none;
    const auto it = m_samples.constFind(name);
    return it == m_samples.constEnd() ? none : *it;
}

std::optional<ResourceUsage> ResourceHistory::current(const QString &name) const
{
    const auto it = m_current.constFind(name);
    if (it == m_current.constEnd()) {
        return std::nullopt;
    }
    return *it;
}
