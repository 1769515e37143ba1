#include "gui/window/connecthostdialog.h"

#include "core/remote/curvekeys.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectHostDialog::ConnectHostDialog(const QByteArray &clientKey, QList<RemoteHost> hosts,
                                     QWidget *parent)
    : QDialog(parent)
    , m_hosts(std::move(hosts))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_serverKey(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to host"));
    setObjectName(u"connectHostDialog"_s);
    m_name->setObjectName(u"hostName"_s);
    m_name->setPlaceholderText(tr("bench-a"));
    m_name->setToolTip(tr("What the table's Host column calls it: letters, digits, '.', '_' "
                          "and '-'"));
    m_address->setObjectName(u"hostAddress"_s);
    m_address->setPlaceholderText(u"tcp://192.168.1.20:7500"_s);
    m_address->setToolTip(tr("The control endpoint the agent listens on: zlauncher --headless "
                             "--listen tcp://ADDRESS:PORT on that host"));
    m_serverKey->setObjectName(u"hostServerKey"_s);
    m_serverKey->setPlaceholderText(tr("40 characters, or the path of its agent.key file"));
    m_serverKey->setToolTip(tr("The agent's public key, as `zlauncherctl info` prints it on its "
                               "host (serverKey): the link is refused if another answers"));
    m_problem->setObjectName(u"connectHostProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Agent's &key:"), m_serverKey);

    // The agent admits only the keys its host authorized: this user's must be one of them.
    auto *keyText = new QLabel(
            tr("The agent admits only the client keys authorized on its host. Yours is "
               "<b>%1</b>; on the agent's host, run:<br><tt>zlauncherctl authorize %2</tt>")
                    .arg(CurveKeys::fingerprint(clientKey).toHtmlEscaped(),
                         QString::fromLatin1(clientKey).toHtmlEscaped()),
            this);
    keyText->setObjectName(u"clientKeyText"_s);
    keyText->setWordWrap(true);
    keyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QPushButton(tr("&Copy the command"), this);
    copy->setToolTip(tr("Copies the zlauncherctl authorize command with your public key"));
    connect(copy, &QPushButton::clicked, this, [clientKey] {
        QApplication::clipboard()->setText(u"zlauncherctl authorize "_s
                                           + QString::fromLatin1(clientKey));
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(keyText, 1);
    keyRow->addWidget(copy, 0, Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(keyRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

void ConnectHostDialog::accept()
{
    const auto refuse = [this](const QString &problem) {
        m_problem->setText(problem);
        m_problem->show();
    };
    QString error;
    const std::optional<QByteArray> key
            = CurveKeys::readPublicKey(m_serverKey->text().trimmed(), &error);
    if (!key) {
        refuse(error);
        m_serverKey->setFocus();
        return;
    }
    const RemoteHost host{m_name->text().trimmed(), m_address->text().trimmed(), *key};
    if (const QString problem = HostList::problem(host, m_hosts); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    m_host = host;
    QDialog::accept();
}
