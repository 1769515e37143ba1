// How a follower of a launcher's stream tells each of its events once, in order, without a hole
// (docs/remote.md): events that follow the last one told are told at once; after a gap or a
// reconnection, the stream's events are held while the ones missed are fetched again (the
// "events" request, a page at a time), and told first. What the launcher no longer keeps is told
// as a lost range; a launcher that started again (another "launcherId") is told as such, and
// followed from its first event. Pure logic: the requests are RemoteLauncher's.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class EventCatchUp
{
public:
    /// Events the launcher no longer kept when they were asked for: from … to, both included.
    struct LostRange
    {
        quint64 from = 0;
        quint64 to = 0;
        /// The launcher's times of the last event told before and of the first one kept after,
        /// which the lost ones lie between; invalid when not known.
        QDateTime after;
        QDateTime before;
        /// How many events the launcher keeps; -1 when it keeps none it can give (an older
        /// launcher, without the "events" request).
        int kept = -1;
    };
    struct Callbacks
    {
        /// An event to tell, as the stream carries it.
        std::function<void(const QJsonObject &event)> tell;
        /// Sends {"command": "events", "since": since}; its reply goes to onPage(), or its
        /// failure to onFetchFailed().
        std::function<void(quint64 since)> fetch;
        std::function<void(const LostRange &lost)> lost;
        /// The launcher started again: the events it had not sent yet are gone.
        std::function<void()> restarted;
    };
    /// Held stream events beyond this count are dropped, oldest first: fetched again after.
    static constexpr qsizetype maxHeld = 20000;

    explicit EventCatchUp(Callbacks callbacks);

    /// The launcher's run and last number as of the first reply ("info"): the events after it
    /// are told. Later calls are ignored.
    void begin(const QString &launcherId, quint64 seq);
    /// An event of the stream.
    void onStreamEvent(const QJsonObject &event);
    /// The stream's connection dropped: its events wait for a catch-up.
    void onStreamDown();
    /// The stream's handshake succeeded (again): what went by meanwhile is fetched.
    void onStreamUp();
    /// The reply to a fetch.
    void onPage(const QJsonObject &reply);
    /// A fetch got no reply: asked again at the next retry().
    void onFetchFailed();
    /// Fetches if a catch-up waits with no request on its way (called at each refresh).
    void retry();

    bool isCatchingUp() const { return m_catchingUp; }
    /// The number of the last event told, in the launcher's run launcherId().
    quint64 lastTold() const { return m_lastTold; }
    QString launcherId() const { return m_launcherId; }

private:
    /// Tells event if it is the next one, drops it if told already, else holds it and fetches.
    void process(const QJsonObject &event);
    void hold(const QJsonObject &event);
    void startCatchUp();
    void fetch();
    /// Tells a page's events; false when they do not follow the last one told.
    bool tellPage(const QJsonObject &reply);
    /// An older launcher without the "events" request: what it did not send is lost.
    void giveUp(const QJsonObject &reply);
    /// Caught up: the held events are processed, in the order they came.
    void finish();
    void tell(const QJsonObject &event);

    Callbacks m_callbacks;
    bool m_begun = false;
    QString m_launcherId;
    quint64 m_lastTold = 0;
    QDateTime m_lastToldTime;
    bool m_streamDown = true;
    bool m_catchingUp = false;
    bool m_fetching = false;
    QList<QJsonObject> m_held;
};
