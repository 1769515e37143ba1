#include "gui/details/restartspage.h"

#include "core/model/programsnapshot.h"
#include "gui/details/programdetailssource.h"
#include "gui/formatting.h"

#include <optional>

#include <QBoxLayout>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

constexpr int deathKeyRole = Qt::UserRole + 1;

enum DeathColumn { DeathTime, DeathPid, DeathUptime, DeathExit, DeathStopRequested, DeathColumns };

// How long an instance lived; unknown for one adopted or ended while no launcher ran.
QString formatLifetime(qint64 ms)
{
    return ms < 0 ? RestartsPage::tr("unknown", "duration") : formatPreciseDuration(ms);
}

bool isCrash(const DeathRecord &death)
{
    return !death.stopRequested && !death.status.isSuccess();
}

QString deathKey(const DeathRecord &death)
{
    return u"%1/%2/%3"_s.arg(death.instanceToken)
            .arg(death.time.toMSecsSinceEpoch())
            .arg(death.pid);
}

} // namespace

QString RestartsPage::exitText(const DeathRecord &death)
{
    if (!death.status.isKnown()) {
        return death.unwatched ? tr("unknown (ended while no launcher ran)")
                               : ::exitText(death.status);
    }
    // The signal's number too: a restart history is read to find out why.
    const QString text = ::exitText(std::optional<ExitStatus>(death.status));
    return death.status.signal ? u"%1 (%2)"_s.arg(text).arg(*death.status.signal) : text;
}

RestartsPage::RestartsPage(ProgramDetailsSource *source, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_source(source)
    , m_deathList(new QTreeWidget)
    , m_stderrCaption(new QLabel)
    , m_stderrView(new QPlainTextEdit)
{
    m_deathList->setObjectName(u"deathList"_s);
    m_deathList->setRootIsDecorated(false);
    m_deathList->setUniformRowHeights(true);
    m_deathList->setHeaderLabels(
            {tr("Time"), tr("PID"), tr("Uptime"), tr("Exit"), tr("Stop requested")});
    m_deathList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deathList->setToolTip(tr("The last exits of this program, newest first; select one to see "
                               "its last lines on stderr"));
    connect(m_deathList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_deathPicked = item != nullptr;
        showSelectedDeath();
    });

    m_stderrCaption->setObjectName(u"stderrCaption"_s);
    m_stderrCaption->setWordWrap(true);
    m_stderrView->setObjectName(u"stderrView"_s);
    m_stderrView->setReadOnly(true);
    m_stderrView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stderrView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_stderrCaption);
    lowerLayout->addWidget(m_stderrView, 1);

    setObjectName(u"restartsPage"_s);
    addWidget(m_deathList);
    addWidget(lower);
    setStretchFactor(0, 1);
    setStretchFactor(1, 3);
}

void RestartsPage::setProgram(ProgramDetailsSource *source, const QString &name)
{
    m_source = source;
    m_program = name;
    m_deathKeys.clear();
    m_deathPicked = false;
    {
        const QSignalBlocker blocker(m_deathList);
        m_deathList->clear();
    }
    refresh();
}

void RestartsPage::renameProgram(const QString &name)
{
    m_program = name;
}

void RestartsPage::selectLatestDeath()
{
    m_deathPicked = false;
    if (m_deathList->topLevelItemCount() > 0) {
        const QSignalBlocker blocker(m_deathList);
        m_deathList->setCurrentItem(m_deathList->topLevelItem(0));
    }
    showSelectedDeath();
}

void RestartsPage::setWide(bool wide)
{
    const Qt::Orientation restarts = wide ? Qt::Horizontal : Qt::Vertical;
    if (orientation() != restarts) {
        setOrientation(restarts);
        // The deaths need few lines but all their columns: a quarter of the height, or
        // half of the width.
        setStretchFactor(1, wide ? 1 : 3);
        setSizes(wide ? QList<int>{1000, 1000} : QList<int>{1000, 3000});
    }
}

void RestartsPage::refresh()
{
    const std::optional<ProgramSnapshot> snapshot = m_source->snapshot(m_program);
    QStringList keys;
    if (snapshot) {
        for (const DeathRecord &death : snapshot->deaths) {
            keys.append(deathKey(death) + u'/' + QString::number(int(death.tail)) + u'/'
                        + QString::number(death.lastStderrLines.size()));
        }
    }
    if (keys == m_deathKeys) {
        showSelectedDeath();
        return;
    }
    m_deathKeys = keys;
    const QTreeWidgetItem *current = m_deathList->currentItem();
    // The user's pick stays selected; otherwise the newest death is.
    const QString selected = m_deathPicked && current
            ? current->data(DeathTime, deathKeyRole).toString()
            : QString();
    const QSignalBlocker blocker(m_deathList);
    m_deathList->clear();
    QTreeWidgetItem *reselect = nullptr;
    if (snapshot) {
        for (auto death = snapshot->deaths.crbegin(); death != snapshot->deaths.crend(); ++death) {
            auto *item = new QTreeWidgetItem(
                    QStringList{formatTime(death->time),
                                death->pid > 0 ? QString::number(death->pid) : tr("unknown", "pid"),
                                formatLifetime(death->uptimeMs), exitText(*death),
                                death->unwatched ? tr("unknown", "stop requested")
                                                 : (death->stopRequested ? tr("yes") : tr("no"))});
            item->setData(DeathTime, deathKeyRole, deathKey(*death));
            if (isCrash(*death) && death->status.isKnown()) {
                item->setForeground(DeathExit, QColor(0xc6, 0x28, 0x28));
            }
            m_deathList->addTopLevelItem(item);
            if (item->data(DeathTime, deathKeyRole).toString() == selected) {
                reselect = item;
            }
        }
    }
    // Why did it die, at a glance: the latest death unless the user picked another.
    if (!reselect && m_deathList->topLevelItemCount() > 0) {
        reselect = m_deathList->topLevelItem(0);
    }
    m_deathList->setCurrentItem(reselect);
    showSelectedDeath();
}

void RestartsPage::showSelectedDeath()
{
    const std::optional<ProgramSnapshot> snapshot = m_source->snapshot(m_program);
    const QTreeWidgetItem *item = m_deathList->currentItem();
    const DeathRecord *death = nullptr;
    if (snapshot && item) {
        const QString key = item->data(DeathTime, deathKeyRole).toString();
        for (const DeathRecord &candidate : snapshot->deaths) {
            if (deathKey(candidate) == key) {
                death = &candidate;
            }
        }
    }
    if (!death) {
        m_stderrCaption->setText(snapshot ? tr("No exit seen since the launcher started.")
                                          : QString());
        m_stderrView->clear();
        return;
    }
    setCaption(*death);
    const QString text = death->lastStderrLines.join(u'\n');
    if (m_stderrView->toPlainText() != text) {
        m_stderrView->setPlainText(text);
        // The last line is the one nearest the death.
        m_stderrView->moveCursor(QTextCursor::End);
    }
}

void RestartsPage::setCaption(const DeathRecord &death)
{
    const QString which = death.pid > 0 ? tr("pid %1, %2").arg(death.pid).arg(exitText(death))
                                        : exitText(death);
    switch (death.tail) {
    case StderrTail::Pending:
        m_stderrCaption->setText(
                tr("Waiting for the last lines it wrote on stderr (%1)…").arg(which));
        break;
    case StderrTail::NotCaptured:
        m_stderrCaption->setText(tr("Its stderr was not captured (%1): it wrote its log file "
                                    "directly; see the Output tab.")
                                         .arg(which));
        break;
    case StderrTail::Received:
        m_stderrCaption->setText(death.lastStderrLines.isEmpty()
                                         ? tr("It wrote nothing on stderr (%1).").arg(which)
                                         : tr("The last %n line(s) it wrote on stderr (%1):",
                                              nullptr, int(death.lastStderrLines.size()))
                                                   .arg(which));
        break;
    }
}
