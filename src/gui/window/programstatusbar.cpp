#include "gui/window/programstatusbar.h"

#include "core/model/programsnapshot.h"
#include "core/model/programstate.h"
#include "core/model/resourcehistory.h"
#include "core/supervision/supervisor.h"
#include "gui/formatting.h"
#include "gui/models/processtablemodel.h"

#include <algorithm>

#include <QFrame>
#include <QLabel>
#include <QMap>
#include <QStatusBar>
#include <QThread>

using namespace Qt::StringLiterals;

ProgramStatusBar::ProgramStatusBar(QStatusBar *bar, Supervisor *supervisor,
                                   const ResourceHistory *resources, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_supervisor(supervisor)
    , m_resources(resources)
    , m_countsLabel(new QLabel(bar))
    , m_resourcesLabel(new QLabel(bar))
    , m_rateLabel(new QLabel(bar))
{
    m_resourcesLabel->setObjectName(u"resourcesLabel"_s);
    m_resourcesLabel->setVisible(false); // until the first sample
    m_rateLabel->setToolTip(tr("Heartbeats received per second, and malformed messages dropped"));
    const auto separator = [bar] {
        auto *line = new QFrame(bar);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    };
    m_bar->addPermanentWidget(m_countsLabel);
    m_bar->addPermanentWidget(separator());
    m_bar->addPermanentWidget(m_resourcesLabel);
    m_bar->addPermanentWidget(separator());
    m_bar->addPermanentWidget(m_rateLabel);
    connect(m_resources, &ResourceHistory::updated, this, &ProgramStatusBar::updateResourceTotals);
    connect(m_supervisor, &Supervisor::stateChanged, this, &ProgramStatusBar::update);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ProgramStatusBar::update);
    m_timer.start();
}

void ProgramStatusBar::update()
{
    updateCounts();
    updateRate();
}

void ProgramStatusBar::updateCounts()
{
    QMap<ProgramState, int> counts;
    int waiting = 0;
    const QStringList names = m_supervisor->programNames();
    for (const QString &name : names) {
        const ProgramSnapshot *snapshot = m_supervisor->snapshot(name);
        if (!snapshot->waitingFor.isEmpty() && !hasLiveInstance(snapshot->state)) {
            ++waiting;
        } else {
            ++counts[snapshot->state];
        }
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts.append(tr("%1: %2", "state: number of programs")
                             .arg(stateLabel(it.key()))
                             .arg(it.value()));
    }
    if (waiting > 0) {
        // After Stopped, where the table sorts waiting programs too.
        const qsizetype at = counts.contains(ProgramState::Stopped) ? 1 : 0;
        parts.insert(at,
                     tr("Waiting: %1", "number of programs waiting for dependencies").arg(waiting));
    }
    m_countsLabel->setText(names.isEmpty() ? tr("No programs: add one with Program ▸ Add… (Ctrl+N)")
                                           : parts.join(u" · "_s));
    Q_EMIT countsChanged(
            parts, counts.contains(ProgramState::Lost) || counts.contains(ProgramState::Failed));
}

void ProgramStatusBar::updateRate()
{
    const quint64 accepted = m_supervisor->acceptedHeartbeats();
    const quint64 rate = accepted - std::min(accepted, m_lastAcceptedHeartbeats);
    m_lastAcceptedHeartbeats = accepted;
    const quint64 dropped = m_supervisor->rejectedHeartbeats();
    m_rateLabel->setText(dropped > 0 ? tr("%1 heartbeats/s · %2 dropped").arg(rate).arg(dropped)
                                     : tr("%1 heartbeats/s").arg(rate));
}

void ProgramStatusBar::updateResourceTotals()
{
    const ResourceUsage total = m_resources->total();
    m_resourcesLabel->setText(
            tr("CPU %1 · %2", "status bar: processor use, memory")
                    .arg(formatCpu(total.cpuPercent), formatBytes(total.residentBytes)));
    const int cores = std::max(QThread::idealThreadCount(), 1);
    m_resourcesLabel->setToolTip(
            (total.processes == 1
                     ? tr("All programs together: 1 process.")
                     : tr("All programs together: %n processes.", nullptr, total.processes))
            + u'\n'
            + tr("Processor use in percent of one core (%1 cores here: %2 at most); resident "
                 "memory.")
                      .arg(cores)
                      .arg(formatCpu(100.0 * cores)));
    m_resourcesLabel->setVisible(true);
}
