#include "gui/programdialog/probeeditor.h"

#include "core/model/shellwords.h"

#include <algorithm>
#include <initializer_list>
#include <limits>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {

// The types in the type combo's order, after its first item, "None".
constexpr std::array comboTypes{ProbeType::Exec, ProbeType::Http, ProbeType::Tcp};

std::size_t typeSlot(ProbeType type)
{
    return std::size_t(std::find(comboTypes.cbegin(), comboTypes.cend(), type)
                       - comboTypes.cbegin());
}

} // namespace

ProbeEditor::ProbeEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addTypeAndTarget(form);
    m_initialDelay
            = addSpin(form, "initialDelaySpin", tr("Initial delay:"),
                      tr("How long after the launch the first check waits. Default: 0 ms."), 0);
    m_period = addSpin(form, "periodSpin", tr("Period:"),
                       tr("How often a check runs, counted from the first check. Default: "
                          "10000 ms."),
                       1);
    m_timeout = addSpin(form, "timeoutSpin", tr("Timeout:"),
                        tr("How long one check may take; a check still running then fails. "
                           "Default: 1000 ms."),
                        1);
    m_failureThreshold = addSpin(form, "failureThresholdSpin", tr("Failure threshold:"),
                                 tr("Failures in a row that make the probe fail. Default: 3."), 1);
    m_successThreshold = addSpin(form, "successThresholdSpin", tr("Success threshold:"), {}, 1);
    for (QSpinBox *spin : {m_initialDelay, m_period, m_timeout}) {
        spin->setSuffix(tr(" ms"));
        spin->setSingleStep(100);
    }

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        showType();
        Q_EMIT changed();
    });
    connect(m_target, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (const std::optional<ProbeType> type = currentType()) {
            m_targets.at(typeSlot(*type)) = text;
        }
        Q_EMIT changed();
    });
    setRole(ProbeRole::Readiness);
    setProbe(std::nullopt);
}

void ProbeEditor::addTypeAndTarget(QFormLayout *form)
{
    m_type = new QComboBox(this);
    m_type->setObjectName(u"typeCombo"_s);
    m_type->addItem(tr("None"));
    m_type->addItem(tr("Exec: a command"));
    m_type->addItem(tr("HTTP: a GET request"));
    m_type->addItem(tr("TCP: a connection"));
    m_type->setItemData(0, tr("No probe."), Qt::ToolTipRole);
    m_type->setItemData(1,
                        tr("Runs a command with the program's environment and folder: it passes "
                           "when the command exits with 0."),
                        Qt::ToolTipRole);
    m_type->setItemData(2, tr("Asks a URL: it passes on a 2xx or 3xx answer."), Qt::ToolTipRole);
    m_type->setItemData(3, tr("Connects to an address: it passes when the connection opens."),
                        Qt::ToolTipRole);
    m_type->setToolTip(tr("How the program is checked: by a command, an HTTP request or a TCP "
                          "connection. Default: none."));
    auto *typeLabel = new QLabel(tr("Type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);

    m_target = new QLineEdit(this);
    m_target->setObjectName(u"targetEdit"_s);
    // A command line, like the program's arguments, may be long; a usual URL fits whole.
    m_target->setMaxLength(std::numeric_limits<int>::max());
    m_target->setMinimumWidth(
            m_target->fontMetrics().horizontalAdvance(u"http://127.0.0.1:8080/health/ "_s));
    m_targetLabel = new QLabel(this);
    m_targetLabel->setBuddy(m_target);
    form->addRow(m_targetLabel, m_target);
}

QSpinBox *ProbeEditor::addSpin(QFormLayout *form, const char *objectName, const QString &label,
                               const QString &toolTip, int minimum)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QString::fromLatin1(objectName));
    spin->setRange(minimum, std::numeric_limits<int>::max());
    // As the dialog's other spin boxes.
    spin->setAccelerated(true);
    spin->setGroupSeparatorShown(true);
    spin->setToolTip(toolTip);
    auto *spinLabel = new QLabel(label, this);
    spinLabel->setBuddy(spin);
    form->addRow(spinLabel, spin);
    connect(spin, &QSpinBox::valueChanged, this, &ProbeEditor::changed);
    return spin;
}

void ProbeEditor::setRole(ProbeRole role)
{
    m_role = role;
    // Kubernetes' rule, which ProbeSpec::validationError() applies: passing changes nothing
    // for a liveness probe, so one success is all it can need.
    m_successThreshold->setToolTip(
            role == ProbeRole::Liveness
                    ? tr("Successes in a row that make a failing probe pass: always 1 for a "
                         "liveness probe, as only its failures act.")
                    : tr("Successes in a row that make a failing probe pass. Default: 1."));
    updateSuccessThreshold();
}

void ProbeEditor::setProbe(const std::optional<ProbeSpec> &probe)
{
    const ProbeSpec values = probe.value_or(ProbeSpec{});
    m_targets.fill({});
    if (probe) {
        m_targets.at(typeSlot(probe->type))
                = probe->type == ProbeType::Exec ? ShellWords::join(probe->command) : probe->target;
    }
    m_initialDelay->setValue(values.initialDelayMs);
    m_period->setValue(values.periodMs);
    m_timeout->setValue(values.timeoutMs);
    m_failureThreshold->setValue(values.failureThreshold);
    m_successThreshold->setValue(values.successThreshold);
    {
        // showType() follows below whether or not the index changes.
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentIndex(probe ? int(typeSlot(probe->type)) + 1 : 0);
    }
    showType();
}

std::optional<ProbeSpec> ProbeEditor::probe() const
{
    const std::optional<ProbeType> type = currentType();
    if (!type) {
        return std::nullopt;
    }
    ProbeSpec probe;
    probe.type = *type;
    if (*type == ProbeType::Exec) {
        probe.command = ShellWords::split(m_target->text()).arguments;
    } else {
        probe.target = m_target->text();
    }
    probe.initialDelayMs = m_initialDelay->value();
    probe.periodMs = m_period->value();
    probe.timeoutMs = m_timeout->value();
    probe.failureThreshold = m_failureThreshold->value();
    probe.successThreshold = m_successThreshold->value();
    return probe;
}

QString ProbeEditor::problem() const
{
    if (currentType() != ProbeType::Exec) {
        return {};
    }
    const QString probe
            = m_role == ProbeRole::Readiness ? tr("Readiness probe") : tr("Liveness probe");
    switch (ShellWords::split(m_target->text()).incomplete) {
    case ShellWords::Incomplete::None:
        break;
    case ShellWords::Incomplete::SingleQuote:
        //: %1 is "Readiness probe" or "Liveness probe"
        return tr("%1: the command opens a single quote (') that is never closed.").arg(probe);
    case ShellWords::Incomplete::DoubleQuote:
        //: %1 is "Readiness probe" or "Liveness probe"
        return tr("%1: the command opens a double quote (\") that is never closed.").arg(probe);
    case ShellWords::Incomplete::Backslash:
        //: %1 is "Readiness probe" or "Liveness probe"
        return tr("%1: the command ends with a backslash (\\) that escapes nothing.").arg(probe);
    }
    return {};
}

std::optional<ProbeType> ProbeEditor::currentType() const
{
    const int index = m_type->currentIndex();
    if (index <= 0) {
        return std::nullopt;
    }
    return comboTypes.at(std::size_t(index - 1));
}

void ProbeEditor::showType()
{
    const std::optional<ProbeType> type = currentType();
    for (QWidget *field : std::initializer_list<QWidget *>{m_target, m_initialDelay, m_period,
                                                           m_timeout, m_failureThreshold}) {
        field->setEnabled(type.has_value());
    }
    updateSuccessThreshold();
    if (!type) {
        m_targetLabel->setText(tr("Target:"));
        m_target->setToolTip(tr("Choose a type first."));
        m_target->setPlaceholderText({});
        m_target->clear();
        return;
    }
    switch (*type) {
    case ProbeType::Exec:
        m_targetLabel->setText(tr("Command:"));
        m_target->setToolTip(tr("The command and its arguments, written as in a shell: quotes "
                                "and backslashes keep spaces inside one argument. Variables and "
                                "wildcards are not expanded."));
        m_target->setPlaceholderText(u"pg_isready -q"_s);
        break;
    case ProbeType::Http:
        m_targetLabel->setText(tr("URL:"));
        m_target->setToolTip(tr("An http:// URL with a host, asked with GET, without a proxy; a "
                                "redirect is an answer, not followed."));
        m_target->setPlaceholderText(u"http://127.0.0.1:8080/health"_s);
        break;
    case ProbeType::Tcp:
        m_targetLabel->setText(tr("Address:"));
        m_target->setToolTip(tr("The host and port to connect to, as host:port; an IPv6 address "
                                "goes in brackets, as in [::1]:8080."));
        m_target->setPlaceholderText(u"127.0.0.1:5432"_s);
        break;
    }
    m_target->setText(m_targets.at(typeSlot(*type)));
}

void ProbeEditor::updateSuccessThreshold()
{
    // A liveness probe's threshold is fixed at 1; one that somehow is not stays editable, so
    // the problem the dialog names can be fixed.
    m_successThreshold->setEnabled(
            currentType().has_value()
            && (m_role == ProbeRole::Readiness || m_successThreshold->value() != 1));
}
