#include "core/model/probespec.h"

#include "core/model/shellwords.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ProbeSpec", text);
}

QString targetError(const ProbeSpec &probe)
{
    switch (probe.type) {
    case ProbeType::Exec:
        if (probe.command.isEmpty() || probe.command.constFirst().isEmpty()) {
            return translated(QT_TRANSLATE_NOOP("ProbeSpec", "\"exec\" must name a command"));
        }
        for (const QString &word : probe.command) {
            if (word.contains(QChar(0))) {
                return translated(
                        QT_TRANSLATE_NOOP("ProbeSpec", "\"exec\" contains a NUL character"));
            }
        }
        return {};
    case ProbeType::Http: {
        const QUrl url(probe.target, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"http"_s || url.host().isEmpty()) {
            return translated(QT_TRANSLATE_NOOP(
                                      "ProbeSpec",
                                      "\"http\" must be an http:// URL with a host (got %1)"))
                    .arg(probe.target);
        }
        return {};
    }
    case ProbeType::Tcp:
        if (!splitHostPort(probe.target)) {
            return translated(QT_TRANSLATE_NOOP(
                                      "ProbeSpec",
                                      "\"tcp\" must be \"host:port\" with a port from 1 to 65535 "
                                      "(got %1)"))
                    .arg(probe.target);
        }
        return {};
    }
    return {};
}

} // namespace

QString ProbeSpec::validationError(ProbeRole role) const
{
    if (const QString error = targetError(*this); !error.isEmpty()) {
        return error;
    }
    const auto atLeast = [](const QString &key, int minimum, int got) {
        return translated(QT_TRANSLATE_NOOP("ProbeSpec", "\"%1\" must be %2 or more (got %3)"))
                .arg(key)
                .arg(minimum)
                .arg(got);
    };
    if (initialDelayMs < 0) {
        return atLeast(u"initialDelayMs"_s, 0, initialDelayMs);
    }
    if (periodMs < 1) {
        return atLeast(u"periodMs"_s, 1, periodMs);
    }
    if (timeoutMs < 1) {
        return atLeast(u"timeoutMs"_s, 1, timeoutMs);
    }
    if (failureThreshold < 1) {
        return atLeast(u"failureThreshold"_s, 1, failureThreshold);
    }
    if (successThreshold < 1) {
        return atLeast(u"successThreshold"_s, 1, successThreshold);
    }
    // As in Kubernetes: one pass is all a liveness probe can need, since passing changes
    // nothing; only failures act.
    if (role == ProbeRole::Liveness && successThreshold != 1) {
        return translated(QT_TRANSLATE_NOOP(
                                  "ProbeSpec",
                                  "\"successThreshold\" of a liveness probe must be 1 (got %1)"))
                .arg(successThreshold);
    }
    return {};
}

QString ProbeSpec::describe() const
{
    switch (type) {
    case ProbeType::Exec:
        return u"exec "_s + ShellWords::join(command);
    case ProbeType::Http:
        return u"GET "_s + target;
    case ProbeType::Tcp:
        return u"tcp "_s + target;
    }
    return {};
}

QString probeKey(ProbeRole role)
{
    return role == ProbeRole::Readiness ? u"readinessProbe"_s : u"livenessProbe"_s;
}

QString probeRoleName(ProbeRole role)
{
    return role == ProbeRole::Readiness ? u"readiness"_s : u"liveness"_s;
}

std::optional<std::pair<QString, quint16>> splitHostPort(const QString &target)
{
    // "[::1]:80" for IPv6, as in a URL.
    const qsizetype colon = target.lastIndexOf(u':');
    if (colon <= 0) {
        return std::nullopt;
    }
    QString host = target.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    bool isNumber = false;
    const uint port = target.mid(colon + 1).toUInt(&isNumber);
    if (!isNumber || port < 1 || port > 65535 || host.isEmpty()) {
        return std::nullopt;
    }
    return std::pair{host, static_cast<quint16>(port)};
}
