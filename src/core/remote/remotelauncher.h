// A launcher on another host, followed as the window and the ctl follow the local one
// (docs/remote.md): requests over a CURVE DEALER, the event stream over a CURVE SUB, and the
// zguide's Clone pattern between them (ProgramsMirror): a snapshot, then the numbered events;
// a gap or a reconnection means a new snapshot, and the events missed fetched again
// (EventCatchUp). Unreachable when a request goes unanswered or the stream's connection drops
// (ZMTP heartbeats find a dead link in seconds); back by itself, resynchronised, when the link
// is. Read from the event loop: nothing here blocks.
#pragma once

#include "core/model/event.h"
#include "core/model/programsmirror.h"
#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/resourceusage.h"
#include "core/remote/curvekeys.h"
#include "core/remote/eventcatchup.h"
#include "core/remote/hostlist.h"
#include "core/supervision/pinger.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

#include <zmq.hpp>

class SocketMonitor;
class ZmqNotifier;
struct SocketEvent;

class RemoteLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteLauncher)

public:
    enum class State { Connecting, Synchronised, Unreachable };
    /// reply is the agent's answer ("ok" true or false); error says why there is none.
    using Done = std::function<void(const QJsonObject &reply, const QString &error)>;

    /// A request unanswered this long (or its own "timeoutMs" and a second, for a ping) makes
    /// the host unreachable.
    static constexpr int requestTimeoutMs = 3000;
    /// A fetch of missed events that got no reply is asked again this much later.
    static constexpr int fetchRetryMs = 1000;

    RemoteLauncher(zmq::context_t &context, RemoteHost host, CurveKeyPair clientKeys,
                   QObject *parent = nullptr);
    ~RemoteLauncher() override;

    /// The event stream of the agent reached at controlEndpoint, from its "info" reply: its
    /// events port on the host it was reached by (an agent on 0.0.0.0 reports that address).
    /// Empty when info names none.
    static QString eventsEndpoint(const QString &controlEndpoint, const QJsonObject &info);

    /// Connects, then keeps following; also asks for a fresh snapshot every refreshMs (its
    /// figures, uptime and the like, move without events).
    void start(int refreshMs = 1000);

    const RemoteHost &host() const { return m_host; }
    State state() const { return m_state; }
    /// When it became unreachable (UTC); invalid otherwise.
    QDateTime unreachableSince() const { return m_unreachableSince; }
    const ProgramsMirror &mirror() const { return m_mirror; }
    /// The clock of snapshot()'s times: milliseconds, monotonic, this host's (since it
    /// booted, so that an instance launched before the window has a positive time).
    qint64 nowMs() const { return m_clock.msecsSinceReference() + m_clock.elapsed(); }
    /// What the mirror holds of name, for a view: its ages turned into times on nowMs()'s
    /// clock, as of the snapshot they came with (the hosts' clocks are never compared).
    ProgramSnapshot snapshot(const QString &name) const;
    /// Its last resource sample, when it has a live instance and one was taken.
    std::optional<ResourceUsage> usage(const QString &name) const;
    /// The command line its next start runs, quoted as a shell would read it.
    QString commandLine(const QString &name) const;
    /// Why it is unreachable, for a refusal: "bench-a is unreachable since 12:03:41".
    QString unreachableText() const;

    /// Sends request; done is called from the event loop, once. Refused at once, with
    /// unreachableText(), while the host is unreachable.
    void request(const QJsonObject &request, Done done);

    /// The same, for a view: start, stop, restart or kill name (docs/control.md); error is
    /// empty once the agent did it, and says why otherwise.
    void act(const QString &command, const QString &name,
             std::function<void(const QString &error)> done);
    /// Adds spec to the agent's configuration, started if spec.autostart.
    void add(const ProgramSpec &spec, std::function<void(const QString &error)> done);
    /// Gives the configured program name (a replica set by its own name) spec instead; a
    /// running instance keeps its settings until its next start.
    void update(const QString &name, const ProgramSpec &spec,
                std::function<void(const QString &error)> done);
    /// The agent's configured programs, as in its configuration file, in order.
    void configuration(
            std::function<void(const QList<ProgramSpec> &programs, const QString &error)> done);
    /// What a "status" request gives of one program (docs/control.md): the details the
    /// "list" snapshots leave out.
    struct Status
    {
        ProgramSpec spec; ///< as in the agent's configuration
        /// spec with the command its next start runs, as the agent expands it; spec's own
        /// with expansionError when it cannot.
        ProgramSpec launch;
        QString expansionError;
        /// Its state, as snapshot() gives it, with its last deaths.
        ProgramSnapshot snapshot;
    };
    /// Asks name's status, for a view of its settings and restart history.
    void status(const QString &name,
                std::function<void(const Status &status, const QString &error)> done);
    /// Removes name from the agent's configuration: stopped first, unless leaveRunning.
    void remove(const QString &name, bool leaveRunning,
                std::function<void(const QString &error)> done);
    /// What an "output" request gives (docs/control.md): whole lines of name's log file.
    struct Output
    {
        QString file; ///< on the agent's host
        QStringList lines;
        qint64 end = 0;         ///< where the next request goes on from
        bool restarted = false; ///< rotated or truncated: lines are the new file's tail
        bool skipped = false;   ///< more came than one reply carries: lines before are left out
    };
    /// The last lines of name's log file or, from an offset a previous Output gave, what came
    /// since.
    void output(const QString &name, std::optional<qint64> from,
                std::function<void(const Output &output, const QString &error)> done);
    /// Pings name through its agent, which waits up to timeoutMs for the answer.
    void ping(const QString &name, int timeoutMs, std::function<void(const PingResult &)> done);

Q_SIGNALS:
    void stateChanged(RemoteLauncher::State state);
    /// The mirror changed as a whole: a snapshot.
    void programsChanged();
    /// An event of the stream changed one program of the mirror (its state and pid).
    void programChanged(const QString &name);
    /// Every event of the agent, once and in order of its numbers: as the stream brings it, or
    /// fetched again after a gap or a reconnection (EventCatchUp), before the ones the stream
    /// brought meanwhile. Independent of the mirror (a snapshot may already count it).
    void eventReceived(const QJsonObject &event);
    /// The same, read as an Event of this host (an event of a kind this build does not know
    /// is left out); also the lines that say events were lost or the agent started again.
    void eventOccurred(const Event &event);
    /// The agent no longer kept the events numbered from … to (both included) when they were
    /// fetched again; an eventOccurred() line says so too.
    void eventsLost(quint64 from, quint64 to);
    /// The agent is another run than the one followed before (it started again): the events
    /// the one before had not sent are gone; an eventOccurred() line says so too.
    void agentRestarted();

private:
    struct Pending
    {
        QJsonObject request;
        Done done;
    };

    void openControl();
    /// Learns where the event stream is; until answered, asked again at each refresh.
    void askInfo();
    void sendNext();
    void readReply();
    void onRequestTimeout();
    void openEvents(const QString &endpoint);
    void readEvent();
    void onStreamEvent(const SocketEvent &event);
    void takeSnapshot();
    /// Tells of an event of the stream; EventCatchUp calls it once for each, in order.
    void announce(const QJsonObject &event);
    /// Asks the agent for its kept events after since (EventCatchUp's fetch).
    void fetchEvents(quint64 since);
    void tellLost(const EventCatchUp::LostRange &lost);
    void tellRestarted();
    /// A line of this host's, for the log.
    void tellLine(Severity severity, const QString &message);
    void setState(State state);
    void becomeUnreachable();
    /// Calls every queued request's done with unreachableText(), but snapshots and infos.
    void refuseQueued();

    zmq::context_t &m_context;
    RemoteHost m_host;
    CurveKeyPair m_keys;
    State m_state = State::Connecting;
    QDateTime m_unreachableSince;
    ProgramsMirror m_mirror;
    QElapsedTimer m_clock;
    qint64 m_snapshotAtMs = 0; ///< on m_clock: the ages of the mirror are as of then
    bool m_snapshotPending = false;
    bool m_infoPending = false;
    /// Bumped at each reconnection of the stream: a snapshot asked before it is not applied.
    quint64 m_generation = 0;
    /// The stream's handshake succeeded and its connection has not dropped since.
    bool m_streamUp = false;
    QList<QJsonObject> m_heldEvents; ///< arrived while a snapshot was on its way
    /// Every event told once, in order, the ones a cut link missed fetched again.
    EventCatchUp m_catchUp;

    std::optional<zmq::socket_t> m_control;
    std::unique_ptr<ZmqNotifier> m_controlNotifier;
    QQueue<Pending> m_queue; ///< one request at a time: replies carry no request id
    std::optional<Pending> m_inFlight;
    QTimer m_requestTimer;

    std::optional<zmq::socket_t> m_events;
    std::unique_ptr<SocketMonitor> m_eventsMonitor;
    std::unique_ptr<ZmqNotifier> m_eventsNotifier;
    QTimer m_refresh;
};
