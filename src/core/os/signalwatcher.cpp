#include "core/os/signalwatcher.h"

#include "core/model/logging.h"

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

#include <QSocketNotifier>

namespace {

// Process-wide: a signal handler cannot find an object.
int signalPipe[2] = {-1, -1};
QSocketNotifier *pipeNotifier = nullptr;
QList<SignalWatcher *> watchers;

extern "C" void writeSignalToPipe(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Async-signal-safe; a full pipe only loses a repeat of a signal already pending.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    errno = savedErrno;
}

bool ensurePipe()
{
    if (signalPipe[0] >= 0) {
        return true;
    }
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        const int error = errno;
        qCWarning(lcSupervisor) << "pipe2 for signal handling failed:" << errnoMessage(error);
        return false;
    }
    return true;
}

void setHandler(int signalNumber, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | (signalNumber == SIGCHLD ? SA_NOCLDSTOP : 0);
    if (::sigaction(signalNumber, &action, nullptr) != 0) {
        const int error = errno;
        qCWarning(lcSupervisor) << "sigaction" << signalNumber << "failed:" << errnoMessage(error);
    }
}

} // namespace

SignalWatcher::SignalWatcher(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
    , m_signals(signalNumbers)
{
    if (!ensurePipe()) {
        return;
    }
    if (!pipeNotifier) {
        pipeNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(pipeNotifier, &QSocketNotifier::activated, pipeNotifier,
                         &SignalWatcher::dispatchPendingSignals);
    }
    watchers.append(this);
    for (int signalNumber : m_signals) {
        setHandler(signalNumber, writeSignalToPipe);
    }
}

SignalWatcher::~SignalWatcher()
{
    watchers.removeOne(this);
    for (int signalNumber : m_signals) {
        const bool stillWatched = std::any_of(watchers.cbegin(), watchers.cend(),
                                              [signalNumber](const SignalWatcher *w) {
                                                  return w->m_signals.contains(signalNumber);
                                              });
        if (!stillWatched) {
            setHandler(signalNumber, SIG_DFL);
        }
    }
}

void SignalWatcher::dispatchPendingSignals()
{
    unsigned char byte = 0;
    while (::read(signalPipe[0], &byte, 1) == 1) {
        const QList<SignalWatcher *> current = watchers;
        for (SignalWatcher *watcher : current) {
            if (watchers.contains(watcher) && watcher->m_signals.contains(byte)) {
                Q_EMIT watcher->signalReceived(byte);
            }
        }
    }
}
