#include "gui/models/eventlogmodel.h"

#include "core/supervision/supervisor.h"
#include "gui/formatting.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// A burst (10 000 heartbeats a second) is inserted as one range at most this often, so the
// view and the filter proxy do their per-change work a few times a second, not per event.
constexpr qint64 minFlushGapMs = 100;

// One line in the table and in a text file, whatever the message holds.
QString singleLine(const QString &message, QStringView lineBreak)
{
    if (!message.contains(u'\n') && !message.contains(u'\r')) {
        return message;
    }
    QString line = message;
    line.replace(u"\r\n"_s, lineBreak.toString());
    line.replace(u'\n', lineBreak.toString());
    line.replace(u'\r', lineBreak.toString());
    return line;
}

QString kindText(EventKind kind)
{
    // The "event kind" disambiguation keeps these apart from the same English words elsewhere.
    switch (kind) {
    case EventKind::State:
        return EventLogModel::tr("state", "event kind");
    case EventKind::Exit:
        return EventLogModel::tr("exit", "event kind");
    case EventKind::Heartbeat:
        return EventLogModel::tr("heartbeat", "event kind");
    case EventKind::Stop:
        return EventLogModel::tr("stop", "event kind");
    case EventKind::Error:
        return EventLogModel::tr("error", "event kind");
    case EventKind::Protocol:
        return EventLogModel::tr("protocol", "event kind");
    case EventKind::Ping:
        return EventLogModel::tr("ping", "event kind");
    case EventKind::Control:
        return EventLogModel::tr("control", "event kind");
    case EventKind::Connection:
        return EventLogModel::tr("connection", "event kind");
    case EventKind::Notify:
        return EventLogModel::tr("notify", "event kind");
    case EventKind::Probe:
        return EventLogModel::tr("probe", "event kind");
    }
    return eventKindName(kind);
}

QString kindDescription(EventKind kind)
{
    switch (kind) {
    case EventKind::State:
        return EventLogModel::tr("A change of the program's lifecycle state");
    case EventKind::Exit:
        return EventLogModel::tr("An instance ended: its exit code or signal");
    case EventKind::Heartbeat:
        return EventLogModel::tr("A heartbeat received from the program");
    case EventKind::Stop:
        return EventLogModel::tr("A stop or a kill: stop request, SIGTERM, SIGKILL");
    case EventKind::Error:
        return EventLogModel::tr("Something failed: a launch, a file, a socket");
    case EventKind::Protocol:
        return EventLogModel::tr("A malformed or unexpected message, dropped");
    case EventKind::Ping:
        return EventLogModel::tr("The answer to a ping on demand (Program ▸ Ping), and its "
                                 "round trip");
    case EventKind::Control:
        return EventLogModel::tr("An action asked of the launcher through its control "
                                 "endpoint (zlauncherctl)");
    case EventKind::Connection:
        return EventLogModel::tr("A peer connecting to or disconnecting from the launcher");
    case EventKind::Notify:
        return EventLogModel::tr("What a program said over systemd's notify protocol "
                                 "(sd_notify), or a datagram that was dropped");
    case EventKind::Probe:
        return EventLogModel::tr("A health probe that failed, passes again, or was skipped "
                                 "because the last check was still running");
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

EventLogModel::EventLogModel(Supervisor *supervisor, int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogModel::flushPending);
    // Core keeps no event history: there is nothing to replay before connecting.
    if (supervisor) {
        connect(supervisor, &Supervisor::eventOccurred, this, &EventLogModel::append);
    }
}

EventLogModel::FileFormat EventLogModel::formatOf(const QString &path, FileFormat otherwise)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt"_s || suffix == u"log"_s) {
        return FileFormat::Text;
    }
    if (suffix == u"csv"_s) {
        return FileFormat::Csv;
    }
    if (suffix == u"jsonl"_s || suffix == u"json"_s || suffix == u"ndjson"_s) {
        return FileFormat::JsonLines;
    }
    return otherwise;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Event &event = m_events[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(event, index.column());
    case Qt::ToolTipRole:
        return toolTipData(event, index.column());
    case Qt::ForegroundRole:
        return foregroundData(event);
    case KindRole:
        return static_cast<int>(event.kind);
    case SeverityRole:
        return static_cast<int>(event.severity);
    case ProgramRole:
        return event.program;
    case HostRole:
        return event.host;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Program:
        return tr("Program");
    case Kind:
        return tr("Kind");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

QVariant EventLogModel::displayData(const Event &event, int column) const
{
    switch (column) {
    case Time:
        return event.time.toLocalTime().toString(u"hh:mm:ss.zzz"_s);
    case Program:
        if (event.host.isEmpty()) {
            return event.program.isEmpty() ? u"—"_s : event.program;
        }
        return programOnHost(event);
    case Kind:
        return kindText(event.kind);
    case Message:
        return singleLine(event.message, u" ");
    default:
        return {};
    }
}

QVariant EventLogModel::toolTipData(const Event &event, int column) const
{
    switch (column) {
    case Time:
        return QString(QLocale().toString(event.time.toLocalTime(), QLocale::LongFormat) + u'\n'
                       + event.time.toUTC().toString(Qt::ISODateWithMs));
    case Program:
        if (event.host.isEmpty()) {
            return event.program.isEmpty() ? tr("The launcher itself") : event.program;
        }
        //: %1 is a program's name, %2 its host's
        return event.program.isEmpty() ? tr("The launcher on %1").arg(event.host)
                                       : tr("%1 on %2").arg(event.program, event.host);
    case Kind:
        return kindDescription(event.kind);
    case Message:
        // Rich text, escaped: a program's status could otherwise pass for markup, and rich
        // tooltips wrap long messages.
        return QString(u"<p style=\"white-space:pre-wrap\">"_s + event.message.toHtmlEscaped()
                       + u"</p>"_s);
    default:
        return {};
    }
}

QVariant EventLogModel::foregroundData(const Event &event) const
{
    // Mid-saturation shades, lighter on a dark palette, so both stay readable.
    const QPalette palette = QGuiApplication::palette();
    switch (event.severity) {
    case Severity::Error:
        return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    case Severity::Warning:
        return isDark(palette) ? QColor(0xff, 0xa3, 0x48) : QColor(0xb3, 0x5c, 0x00);
    case Severity::Info:
        break;
    }
    if (event.kind == EventKind::Heartbeat) {
        return palette.color(QPalette::PlaceholderText);
    }
    return {};
}

void EventLogModel::append(const Event &event)
{
    m_pending.push_back(event);
    // The oldest queued events would be removed at the flush anyway.
    if (m_pending.size() > static_cast<size_t>(m_capacity)) {
        m_pending.pop_front();
    }
    scheduleFlush();
}

void EventLogModel::scheduleFlush()
{
    if (m_flushTimer.isActive()) {
        return;
    }
    const qint64 sinceFlush = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : minFlushGapMs;
    m_flushTimer.start(static_cast<int>(std::max<qint64>(0, minFlushGapMs - sinceFlush)));
}

void EventLogModel::flushPending()
{
    m_sinceFlush.start();
    if (m_pending.empty()) {
        return;
    }
    // Make room first, as one range of the oldest rows (removed before inserted, like
    // qBittorrent's log model), then insert the queued events as one range at the end.
    const size_t total = m_events.size() + m_pending.size();
    const size_t capacity = static_cast<size_t>(m_capacity);
    if (total > capacity) {
        const int overflow = static_cast<int>(total - capacity);
        beginRemoveRows({}, 0, overflow - 1);
        m_events.erase(m_events.begin(), m_events.begin() + overflow);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_events.size());
    beginInsertRows({}, first, first + static_cast<int>(m_pending.size()) - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_events));
    m_pending.clear();
    endInsertRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_pending.clear();
    m_flushTimer.stop();
    endResetModel();
}

const Event &EventLogModel::event(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_events[static_cast<size_t>(row)];
}

QByteArray EventLogModel::serialize(FileFormat format) const
{
    QString out;
    QByteArray json;
    if (format == FileFormat::Csv) {
        out += u"time,program,kind,severity,message,host\r\n"_s;
    }
    const auto write = [&out, &json, format](const Event &event) {
        if (format == FileFormat::JsonLines) {
            // Compact JSON escapes line breaks: one event, one line.
            json += QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact) + '\n';
        } else if (format == FileFormat::Csv) {
            out += event.time.toUTC().toString(Qt::ISODateWithMs) + u',' + csvField(event.program)
                    + u',' + eventKindName(event.kind) + u',' + severityName(event.severity) + u','
                    + csvField(event.message) + u',' + csvField(event.host) + u"\r\n";
        } else {
            // One line per event: a line break in the message is written as "\n".
            Event line = event;
            line.message = singleLine(event.message, u"\\n");
            out += toText(line) + u'\n';
        }
    };
    // Queued events count too, minus those the next flush will push out.
    const size_t total = m_events.size() + m_pending.size();
    const size_t capacity = static_cast<size_t>(m_capacity);
    const size_t skip = total > capacity ? total - capacity : 0;
    std::for_each(m_events.begin() + static_cast<std::ptrdiff_t>(skip), m_events.end(), write);
    std::for_each(m_pending.begin(), m_pending.end(), write);
    return format == FileFormat::JsonLines ? json : out.toUtf8();
}

bool EventLogModel::saveAs(const QString &path, FileFormat format, QString *error) const
{
    return writeFileAtomically(path, serialize(format), error);
}
