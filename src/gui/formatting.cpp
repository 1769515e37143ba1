#include "gui/formatting.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString tenths(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

QString formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    if (s < 60) {
        return QCoreApplication::translate("Formatting", "%1 s", "duration in seconds").arg(s);
    }
    if (s < 3600) {
        return QCoreApplication::translate("Formatting", "%1 min %2 s", "duration")
                .arg(s / 60)
                .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    if (s < 86400) {
        return QCoreApplication::translate("Formatting", "%1 h %2 min", "duration")
                .arg(s / 3600)
                .arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate("Formatting", "%1 d %2 h", "duration")
            .arg(s / 86400)
            .arg(s % 86400 / 3600);
}

QString formatPreciseDuration(qint64 ms)
{
    if (ms < 10000) {
        return QCoreApplication::translate("Formatting", "%1 s", "duration in seconds")
                .arg(tenths(static_cast<double>(std::max<qint64>(ms, 0)) / 1000.0));
    }
    return formatDuration(ms);
}

QString formatAge(qint64 ms)
{
    return QCoreApplication::translate("Formatting", "%1 ago", "age: a duration")
            .arg(formatPreciseDuration(ms));
}

QString formatMilliseconds(qint64 ms)
{
    return QCoreApplication::translate("Formatting", "%1 ms").arg(QLocale().toString(ms));
}

QString exitText(const std::optional<ExitStatus> &exit)
{
    if (!exit) {
        return {};
    }
    if (exit->code) {
        return QCoreApplication::translate("Formatting", "code %1", "exit code").arg(*exit->code);
    }
    if (exit->signal) {
        return signalName(*exit->signal);
    }
    return QCoreApplication::translate("Formatting", "unknown", "exit status");
}

QString exitDescription(const std::optional<ExitStatus> &exit)
{
    if (!exit) {
        return QCoreApplication::translate("Formatting",
                                           "Has not exited since the launcher started");
    }
    if (exit->code) {
        return QCoreApplication::translate("Formatting", "Exited with code %1").arg(*exit->code);
    }
    if (exit->signal) {
        return QCoreApplication::translate("Formatting", "Killed by signal %1 (%2)")
                .arg(*exit->signal)
                .arg(signalName(*exit->signal));
    }
    return QCoreApplication::translate("Formatting",
                                       "Exited; its status is unknown because it was not "
                                       "started by this launcher");
}

QString formatCpu(double percent)
{
    return QCoreApplication::translate("Formatting", "%1 %", "percent of one processor core")
            .arg(tenths(std::max(percent, 0.0)));
}

QString formatBytes(qint64 bytes)
{
    constexpr double kib = 1024.0;
    constexpr double mib = kib * 1024.0;
    constexpr double gib = mib * 1024.0;
    const QLocale locale;
    if (bytes > 0 && bytes < 1024) {
        // A small file is not "0 KiB".
        return QCoreApplication::translate("Formatting", "%1 B", "bytes").arg(bytes);
    }
    const auto value = static_cast<double>(std::max<qint64>(bytes, 0));
    if (value < mib) {
        return QCoreApplication::translate("Formatting", "%1 KiB", "kibibytes")
                .arg(locale.toString(value / kib, 'f', 0));
    }
    if (value < gib) {
        return QCoreApplication::translate("Formatting", "%1 MiB", "mebibytes")
                .arg(locale.toString(value / mib, 'f', 1));
    }
    return QCoreApplication::translate("Formatting", "%1 GiB", "gibibytes")
            .arg(locale.toString(value / gib, 'f', 2));
}

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r')) {
        return field;
    }
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        return true;
    }
    if (error) {
        *error = QCoreApplication::translate("Formatting", "Cannot write file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

QString formatTime(const QDateTime &utc, bool milliseconds)
{
    const QDateTime local = utc.toLocalTime();
    const QString time
            = QLocale().toString(local.time(), milliseconds ? u"HH:mm:ss.zzz"_s : u"HH:mm:ss"_s);
    if (local.date() == QDate::currentDate()) {
        return time;
    }
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}
