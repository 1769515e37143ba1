#include "gui/window/remoteoutputdialog.h"

#include "core/remote/remotehosts.h"
#include "core/remote/remotelauncher.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// As often as the local Output tab can show a line; the agent answers from its event loop.
constexpr int pollMs = 1000;

} // namespace

RemoteOutputDialog::RemoteOutputDialog(RemoteHosts *hosts, const QString &host,
                                       const QString &program, QWidget *parent)
    : QDialog(parent)
    , m_hosts(hosts)
    , m_host(host)
    , m_program(program)
    , m_where(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"remoteOutputDialog"_s);
    //: Window title; %1 is a program's name, %2 its host's
    setWindowTitle(tr("Output of %1 on %2").arg(program, host));
    m_where->setObjectName(u"remoteOutputWhere"_s);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"remoteOutputText"_s);
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(maximumLines);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    m_where->setText(tr("Reading the output of %1 on %2…").arg(program, host));
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &RemoteOutputDialog::askForMore);
}

void RemoteOutputDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_poll.start();
    askForMore();
}

void RemoteOutputDialog::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    m_poll.stop();
}

void RemoteOutputDialog::askForMore()
{
    RemoteLauncher *launcher = m_hosts ? m_hosts->launcher(m_host) : nullptr;
    if (!launcher) {
        m_where->setText(tr("%1 is no longer followed.").arg(m_host));
        m_poll.stop();
        return;
    }
    if (m_asking) {
        return; // one request at a time: a slow link must not pile them up
    }
    m_asking = true;
    launcher->output(
            m_program, m_end,
            [self = QPointer(this)](const RemoteLauncher::Output &output, const QString &error) {
                if (!self) {
                    return;
                }
                self->m_asking = false;
                if (!error.isEmpty()) {
                    // The lines shown stay: they are what the host said last.
                    self->m_where->setText(error);
                    return;
                }
                //: %1 is a file's path, %2 a host's name
                self->m_where->setText(tr("%1 on %2").arg(output.file, self->m_host));
                QScrollBar *scroll = self->m_text->verticalScrollBar();
                const bool atEnd = scroll->value() == scroll->maximum();
                if (output.restarted && self->m_end) {
                    self->m_text->appendPlainText(tr("— the log file was rotated —"));
                }
                if (output.skipped) {
                    self->m_text->appendPlainText(tr("— lines skipped: more came than "
                                                     "one reading carries —"));
                }
                if (!output.lines.isEmpty()) {
                    self->m_text->appendPlainText(output.lines.join(u'\n'));
                }
                self->m_end = output.end;
                if (atEnd) {
                    scroll->setValue(scroll->maximum());
                }
            });
}
