// The heartbeat and event log pane's model: a bounded list of core Events (oldest dropped
// first), with colours by severity.
#pragma once

#include "core/model/event.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

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
        HostRole,                    ///< QString, empty for this launcher's events
    };
    /// Text: the --events text lines; Csv: RFC 4180 with a header; JsonLines: the --events
    /// json objects, one per line.
    enum class FileFormat { Text, Csv, JsonLines };

    static constexpr int defaultCapacity = 20000;

    /// The format a file name asks for by its extension (.txt/.log, .csv, .jsonl/.json/
    /// .ndjson), else otherwise (the filter chosen in the dialog).
    static FileFormat formatOf(const QString &path, FileFormat otherwise);

    /// Connects to supervisor->eventOccurred (when supervisor is not null).
    explicit EventLogModel(Supervisor *supervisor, int capacity = defaultCapacity,
                           QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Queues the event; it becomes a row at the next flush, a moment later (bursts are
    /// inserted as one range, at most a few times a second). rowCount() counts only flushed rows.
    void append(const Event &event);
    /// Removes every row and every queued event (a model reset).
    void clear();
    const Event &event(int row) const;
    int capacity() const { return m_capacity; }

    /// Writes every row (not only the filtered ones), and the events queued for the next
    /// flush, through QSaveFile.
    bool saveAs(const QString &path, FileFormat format, QString *error) const;

private:
    void scheduleFlush();
    void flushPending();
    QVariant displayData(const Event &event, int column) const;
    QVariant toolTipData(const Event &event, int column) const;
    QVariant foregroundData(const Event &event) const;
    QByteArray serialize(FileFormat format) const;

    std::deque<Event> m_events;
    std::deque<Event> m_pending; ///< appended, not yet rows; never more than m_capacity
    int m_capacity;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
};
