// The heartbeat and event log pane's model: a bounded list of core Events (oldest dropped
// first), with colours by severity, and a filter proxy by program and kind.
#pragma once

#include "core/event.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QSet>

#include <deque>

class Supervisor;

class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { Time, Program, Kind, Message, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(EventKind)
        SeverityRole,                ///< int(Severity)
        ProgramRole,                 ///< QString
    };
    enum class FileFormat { Text, Csv };

    static constexpr int defaultCapacity = 20000;

    /// Connects to supervisor->eventOccurred (when supervisor is not null).
    explicit EventLogModel(Supervisor *supervisor, int capacity = defaultCapacity,
                           QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const Event &event);
    void clear();
    const Event &event(int row) const;
    int capacity() const { return m_capacity; }

    /// Writes every row (not only the filtered ones) through QSaveFile.
    bool saveAs(const QString &path, FileFormat format, QString *error) const;

private:
    std::deque<Event> m_events;
    int m_capacity;
};

/// Shows the events of one program (or all), of the kinds chosen; heartbeats hidden by default.
class EventLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventLogFilterModel(QObject *parent = nullptr);

    void setProgramFilter(const QString &program); ///< empty: every program
    QString programFilter() const { return m_program; }
    void setKindVisible(EventKind kind, bool visible);
    bool isKindVisible(EventKind kind) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_program;
    QSet<int> m_hiddenKinds;
};
