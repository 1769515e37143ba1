// The resource samples of every program over the last minutes, for the table (latest values,
// totals) and the details charts. Fed by ResourceSampler; bounded per program.
#pragma once

#include "core/model/resourceusage.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <deque>
#include <optional>

struct ResourceSample
{
    qint64 atMs = 0; ///< on the clock given to add()
    ResourceUsage usage;
};

class ResourceHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceHistory)

public:
    /// Ten minutes at one sample a second.
    static constexpr std::size_t capacity = 600;

    explicit ResourceHistory(QObject *parent = nullptr);

    /// One sample of every live program; a program absent from usage has no live process now.
    void add(const QHash<QString, ResourceUsage> &usage, qint64 atMs);
    void remove(const QString &name);
    void rename(const QString &oldName, const QString &newName);

    /// The samples of name, oldest first (empty when none).
    const std::deque<ResourceSample> &samples(const QString &name) const;
    /// The program's usage at the latest sample; nullopt when it had no live process then.
    std::optional<ResourceUsage> current(const QString &name) const;
    /// The sum over every program at the latest sample.
    ResourceUsage total() const { return m_total; }

Q_SIGNALS:
    /// After each add(): names holds the programs whose current usage changed or went away.
    void updated(const QStringList &names);

private:
    QHash<QString, std::deque<ResourceSample>> m_samples;
    QHash<QString, ResourceUsage> m_current;
    ResourceUsage m_total;
};
