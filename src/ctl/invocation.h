// zlauncherctl's command line, parsed and checked: what to do, against which launcher, or
// the usage error to report (exit status 2).
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

struct Invocation
{
    static constexpr int defaultTimeoutMs = 5000;
    /// ping --timeout: the longest the launcher lets a program take to answer ("timeoutMs" of
    /// its ping request, docs/control.md §1).
    static constexpr int maxPingTimeoutMs = 60000;

    QString runtimeDir; ///< R, resolved as the launcher does
    /// --connect tcp://HOST:PORT: an agent instead of the launcher on R; with serverKey (the
    /// --server-key text: a Z85 key or a key file) and keyFile (--key: this client's secret
    /// key file; empty: the default one).
    QString connect;
    QString serverKey;
    QString keyFile;
    QString host; ///< --host NAME: connect and serverKey come from hosts.json
    bool json = false;
    std::optional<int> timeoutMs; ///< --timeout, when given
    bool help = false;            ///< --help, or the help command
    bool version = false;

    QString command; ///< empty with --help or --version alone
    QStringList arguments;

    bool all = false;
    QString state;       ///< wait --state
    int count = -1;      ///< events and logs --count; -1 when not given
    bool follow = false; ///< logs --follow
    bool leaveRunning = false;
    QString kind; ///< add --kind
    bool noAutostart = false;
    QString restartPolicy; ///< add --restart
    bool start = false;    ///< add --start
    QString specFile;      ///< add --spec; "-" is stdin
    QString envFile;       ///< add --env-file
    QString importFormat;  ///< import --format
    QString output;        ///< import -o, --output
    QString label;         ///< authorize --label

    int requestTimeoutMs() const { return timeoutMs.value_or(defaultTimeoutMs); }
};

/// "500ms", "5s", "1.5s", "2m", "1h", or a plain number of seconds; more than 0, at most
/// about 24 days. nullopt when the text is none of these.
std::optional<int> parseDuration(const QString &text);

/// Parses arguments (the first being the program's name). On a usage error returns false
/// and sets *error.
bool parseInvocation(const QStringList &arguments, Invocation *invocation, QString *error);
