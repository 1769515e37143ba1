#include "gui/programdialog.h"

#include "core/model/replicas.h"
#include "core/model/shellwords.h"
#include "gui/programdialog/dependencyconditions.h"
#include "gui/programdialog/dependencyfield.h"
#include "gui/programdialog/environmenteditor.h"
#include "gui/programdialog/probeeditor.h"

#include <algorithm>
#include <array>
#include <limits>

#include <QColor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTabBar>

#include "ui_programdialog.h"

using namespace Qt::StringLiterals;

namespace {

// The order of the items in kindCombo and restartCombo (ui/programdialog.ui).
constexpr std::array comboKinds{ProgramKind::Heartbeat, ProgramKind::Plain, ProgramKind::Notify};
constexpr std::array comboPolicies{RestartPolicy::Always, RestartPolicy::OnFailure,
                                   RestartPolicy::Never};

// The error colour of EventLogModel, readable on light and dark palettes.
QColor errorColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
}

// Where a file dialog should open for `path`: the path itself when it exists (the dialog then
// selects it), else the closest folder above it that exists, else `fallback`.
QString browseStart(const QString &path, const QString &fallback)
{
    if (!path.isEmpty()) {
        if (QFileInfo::exists(path)) {
            return QFileInfo(path).absoluteFilePath();
        }
        QString folder = QFileInfo(path).absolutePath();
        while (!QFileInfo(folder).isDir() && folder != QDir::rootPath()) {
            folder = QFileInfo(folder).absolutePath();
        }
        return folder;
    }
    return QFileInfo(fallback).isDir() ? fallback : QDir::homePath();
}

} // namespace

ProgramDialog::ProgramDialog(Mode mode, const ProgramSpec &initial,
                             const QList<ProgramSpec> &otherPrograms, bool running, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProgramDialog>())
    , m_initial(initial)
    , m_problems(initial, mode == Mode::Edit, otherPrograms)
{
    m_ui->setupUi(this);
    m_ui->instancesSpin->setMaximum(maxReplicas);
    m_environment = new EnvironmentEditor(m_ui->environmentTable, m_ui->addVariableButton,
                                          m_ui->removeVariableButton, this);
    m_dependencies = new DependencyField(m_ui->dependsOnEdit, m_ui->dependsOnButton,
                                         m_problems.otherNames(), this);
    m_conditions = new DependencyConditions(m_ui->dependencyConditionsTable, m_ui->conditionsLabel,
                                            this);
    m_ui->livenessProbeEditor->setRole(ProbeRole::Liveness);
    // The tabs before what they show. Designer's tab stops cannot say it: a tab widget placed
    // there takes its pages' fields along.
    setTabOrder(m_ui->instancesSpin, m_ui->settingsTabs->tabBar());
    //: Window title; %1 is the program's name
    setWindowTitle(mode == Mode::Add ? tr("Add program") : tr("Edit %1").arg(initial.name));
    //: %1 is the program's name
    m_ui->runningNoteLabel->setText(
            tr("%1 is running: changes apply at its next start.").arg(initial.name));
    m_ui->runningNoteLabel->setVisible(mode == Mode::Edit && running);

    QPalette problemPalette = m_ui->problemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, errorColour(problemPalette));
    m_ui->problemLabel->setPalette(problemPalette);

    // QLineEdit truncates at 32767 characters by default; a long command line must survive.
    m_ui->argumentsEdit->setMaxLength(std::numeric_limits<int>::max());
    if (!initial.baseDirectory.isEmpty()) {
        m_ui->workingDirectoryEdit->setPlaceholderText(
                tr("Default: %1").arg(QDir::toNativeSeparators(initial.baseDirectory)));
    }
    Q_ASSERT(m_ui->kindCombo->count() == int(comboKinds.size()));
    Q_ASSERT(m_ui->restartCombo->count() == int(comboPolicies.size()));
    m_ui->kindCombo->setItemData(0,
                                 tr("Speaks the zlauncher protocol: alive while it sends "
                                    "heartbeats, stopped by a stop request."),
                                 Qt::ToolTipRole);
    m_ui->kindCombo->setItemData(1,
                                 tr("Any executable: alive while its process runs, stopped by "
                                    "SIGTERM."),
                                 Qt::ToolTipRole);
    m_ui->kindCombo->setItemData(2,
                                 tr("Speaks systemd's notify protocol (sd_notify): running once "
                                    "it sends READY=1, alive while it sends WATCHDOG=1 if it has "
                                    "a watchdog timeout, stopped by SIGTERM."),
                                 Qt::ToolTipRole);
    m_ui->restartCombo->setItemData(0, tr("Restart it whenever it exits."), Qt::ToolTipRole);
    m_ui->restartCombo->setItemData(
            1, tr("Restart it after a non-zero exit code, a signal or a hang."), Qt::ToolTipRole);
    m_ui->restartCombo->setItemData(2, tr("Leave it stopped after it exits."), Qt::ToolTipRole);

    fillFields(initial);
    connectEdits();
    updateHeartbeatFields();
    validate();
}

ProgramDialog::~ProgramDialog() = default;

void ProgramDialog::setRemoteHost(const QString &host)
{
    m_remoteHost = host;
    //: Window title; %1 is the program's name, %2 the host's
    setWindowTitle(m_problems.editing() ? tr("Edit %1 on %2").arg(m_initial.name, host)
                                        //: Window title; %1 is a host's name
                                        : tr("Add program on %1").arg(host));
    //: %1 is a host's name
    const QString remotePath
            = tr("A path on %1, as it is there: it is not browsed from here.").arg(host);
    for (QPushButton *browse : {m_ui->browseProgramButton, m_ui->browseWorkingDirectoryButton,
                                m_ui->browseEnvFileButton}) {
        browse->setEnabled(false);
        browse->setToolTip(remotePath);
    }
    for (QLineEdit *path : {m_ui->programEdit, m_ui->workingDirectoryEdit, m_ui->envFileEdit}) {
        path->setToolTip(remotePath);
    }
    validate();
}

void ProgramDialog::fillFields(const ProgramSpec &spec)
{
    m_ui->nameEdit->setText(spec.name);
    m_ui->programEdit->setText(spec.program);
    m_ui->argumentsEdit->setText(joinArguments(spec.arguments));
    m_ui->workingDirectoryEdit->setText(spec.workingDirectory);
    m_ui->envFileEdit->setText(spec.envFile);
    m_environment->setVariables(spec.environment);
    const auto kind = std::find(comboKinds.cbegin(), comboKinds.cend(), spec.kind);
    m_ui->kindCombo->setCurrentIndex(int(kind - comboKinds.cbegin()));
    m_ui->autostartCheck->setChecked(spec.autostart);
    const auto policy = std::find(comboPolicies.cbegin(), comboPolicies.cend(), spec.restart);
    m_ui->restartCombo->setCurrentIndex(int(policy - comboPolicies.cbegin()));
    m_ui->heartbeatIntervalSpin->setValue(spec.heartbeatIntervalMs);
    // The spin box's minimum shows "3 × interval": the value is left unset.
    m_ui->lostTimeoutSpin->setValue(spec.lostTimeoutMs.value_or(m_ui->lostTimeoutSpin->minimum()));
    m_ui->startTimeoutSpin->setValue(spec.startTimeoutMs);
    m_ui->stopGraceSpin->setValue(spec.stopGraceMs);
    m_ui->killLeftoversCheck->setChecked(spec.killLeftovers);
    m_ui->minUptimeSpin->setValue(spec.minUptimeMs);
    m_ui->maxRestartsSpin->setValue(spec.maxRestarts);
    m_ui->restartWindowSpin->setValue(spec.restartWindowMs);
    // The minimum shows "none": no limit.
    m_ui->maxMemorySpin->setValue(spec.maxMemoryMiB.value_or(m_ui->maxMemorySpin->minimum()));
    m_ui->memoryBreachSpin->setValue(spec.memoryBreachSamples);
    m_ui->memoryMaxSpin->setValue(spec.memoryMaxMiB.value_or(m_ui->memoryMaxSpin->minimum()));
    const LogRotation rotation = spec.logRotation.value_or(LogRotation());
    m_ui->rotationSizeSpin->setValue(rotation.maxSizeMiB);
    m_ui->rotationAgeSpin->setValue(rotation.maxAgeHours);
    m_ui->rotationKeepSpin->setValue(rotation.keep);
    m_ui->rotationCompressCheck->setChecked(rotation.compress);
    // The minimum shows "one, not a replica": instances unset.
    m_ui->instancesSpin->setValue(spec.instances.value_or(m_ui->instancesSpin->minimum()));
    // The conditions first: the names then show them.
    m_conditions->setConditions(spec.dependencyConditions);
    m_dependencies->setNames(spec.dependsOn);
    m_conditions->setDependencies(spec.dependsOn);
    m_ui->readinessProbeEditor->setProbe(spec.readinessProbe);
    m_ui->livenessProbeEditor->setProbe(spec.livenessProbe);
}

void ProgramDialog::connectEdits()
{
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->programEdit, m_ui->argumentsEdit,
                            m_ui->workingDirectoryEdit, m_ui->envFileEdit, m_ui->dependsOnEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ProgramDialog::validate);
    }
    for (QSpinBox *spin :
         {m_ui->heartbeatIntervalSpin, m_ui->lostTimeoutSpin, m_ui->startTimeoutSpin,
          m_ui->stopGraceSpin, m_ui->minUptimeSpin, m_ui->maxRestartsSpin, m_ui->restartWindowSpin,
          m_ui->maxMemorySpin, m_ui->memoryBreachSpin, m_ui->memoryMaxSpin, m_ui->instancesSpin,
          m_ui->rotationSizeSpin, m_ui->rotationKeepSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, &ProgramDialog::validate);
    }
    connect(m_ui->rotationAgeSpin, &QDoubleSpinBox::valueChanged, this, &ProgramDialog::validate);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateHeartbeatFields();
        validate();
    });
    connect(m_environment, &EnvironmentEditor::changed, this, &ProgramDialog::validate);
    connect(m_ui->dependsOnEdit, &QLineEdit::textChanged, m_conditions,
            [this] { m_conditions->setDependencies(m_dependencies->names()); });
    connect(m_conditions, &DependencyConditions::changed, this, &ProgramDialog::validate);
    for (ProbeEditor *probe : {m_ui->readinessProbeEditor, m_ui->livenessProbeEditor}) {
        connect(probe, &ProbeEditor::changed, this, &ProgramDialog::validate);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProgramDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProgramDialog::reject);
    connect(m_ui->browseProgramButton, &QPushButton::clicked, this, &ProgramDialog::browseProgram);
    connect(m_ui->browseWorkingDirectoryButton, &QPushButton::clicked, this,
            &ProgramDialog::browseWorkingDirectory);
    connect(m_ui->browseEnvFileButton, &QPushButton::clicked, this, &ProgramDialog::browseEnvFile);
}

ProgramSpec ProgramDialog::spec() const
{
    // Starting from the initial spec keeps unknownKeys and baseDirectory.
    ProgramSpec result = m_initial;
    result.name = m_ui->nameEdit->text();
    result.program = m_ui->programEdit->text();
    result.arguments = splitArguments(m_ui->argumentsEdit->text());
    result.workingDirectory = m_ui->workingDirectoryEdit->text();
    result.envFile = m_ui->envFileEdit->text();
    result.environment = m_environment->variables();
    result.kind = comboKinds.at(std::size_t(std::max(0, m_ui->kindCombo->currentIndex())));
    result.autostart = m_ui->autostartCheck->isChecked();
    result.restart = comboPolicies.at(std::size_t(std::max(0, m_ui->restartCombo->currentIndex())));
    result.heartbeatIntervalMs = m_ui->heartbeatIntervalSpin->value();
    const int lostTimeout = m_ui->lostTimeoutSpin->value();
    result.lostTimeoutMs = lostTimeout == m_ui->lostTimeoutSpin->minimum()
            ? std::nullopt
            : std::optional<int>(lostTimeout);
    result.startTimeoutMs = m_ui->startTimeoutSpin->value();
    result.stopGraceMs = m_ui->stopGraceSpin->value();
    result.killLeftovers = m_ui->killLeftoversCheck->isChecked();
    result.minUptimeMs = m_ui->minUptimeSpin->value();
    result.maxRestarts = m_ui->maxRestartsSpin->value();
    result.restartWindowMs = m_ui->restartWindowSpin->value();
    const int memoryLimit = m_ui->maxMemorySpin->value();
    result.maxMemoryMiB = memoryLimit == m_ui->maxMemorySpin->minimum()
            ? std::nullopt
            : std::optional<int>(memoryLimit);
    result.memoryBreachSamples = m_ui->memoryBreachSpin->value();
    const int memoryMax = m_ui->memoryMaxSpin->value();
    result.memoryMaxMiB = memoryMax == m_ui->memoryMaxSpin->minimum()
            ? std::nullopt
            : std::optional<int>(memoryMax);
    // The launcher's own settings are saved as no setting at all.
    const LogRotation rotation{m_ui->rotationSizeSpin->value(), m_ui->rotationAgeSpin->value(),
                               m_ui->rotationKeepSpin->value(),
                               m_ui->rotationCompressCheck->isChecked()};
    result.logRotation
            = rotation == LogRotation() ? std::nullopt : std::optional<LogRotation>(rotation);
    const int instances = m_ui->instancesSpin->value();
    result.instances = instances == m_ui->instancesSpin->minimum() ? std::nullopt
                                                                   : std::optional<int>(instances);
    result.dependsOn = m_dependencies->names();
    // Only the names still listed keep a condition, as the configuration requires.
    result.dependencyConditions = m_conditions->conditions();
    result.readinessProbe = m_ui->readinessProbeEditor->probe();
    result.livenessProbe = m_ui->livenessProbeEditor->probe();
    return result;
}

QStringList ProgramDialog::splitArguments(const QString &line)
{
    return ShellWords::split(line).arguments;
}

QString ProgramDialog::joinArguments(const QStringList &arguments)
{
    return ShellWords::join(arguments);
}

QStringList ProgramDialog::splitNames(const QString &text)
{
    return DependencyField::splitNames(text);
}

bool ProgramDialog::validate()
{
    const QString problem
            = m_problems.first(spec(), m_ui->argumentsEdit->text(),
                               {m_environment->problem(), m_ui->readinessProbeEditor->problem(),
                                m_ui->livenessProbeEditor->problem()},
                               m_remoteHost.isEmpty() ? ProgramProblems::Launch::Checked
                                                      : ProgramProblems::Launch::OnAnotherHost);
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    return problem.isEmpty();
}

void ProgramDialog::accept()
{
    // OK is disabled while there is a problem, yet accept() can still be called directly.
    if (validate()) {
        QDialog::accept();
    }
}

void ProgramDialog::updateHeartbeatFields()
{
    const int index = m_ui->kindCombo->currentIndex();
    const ProgramKind kind = index < 0 ? ProgramKind::Heartbeat : comboKinds.at(std::size_t(index));
    m_ui->heartbeatGroup->setEnabled(kind != ProgramKind::Plain);
    // A notify program's lost timeout is its watchdog (WATCHDOG_USEC); it sets its own pace.
    const bool notify = kind == ProgramKind::Notify;
    m_ui->heartbeatIntervalSpin->setEnabled(!notify);
    m_ui->lostTimeoutLabel->setText(notify ? tr("&Watchdog timeout:") : tr("&Lost timeout:"));
    m_ui->lostTimeoutSpin->setSpecialValueText(notify ? tr("None (no watchdog)")
                                                      : tr("3 × interval"));
}

void ProgramDialog::browseProgram()
{
    const ProgramSpec current = spec();
    const QString start
            = browseStart(current.resolvedProgram(), current.resolvedWorkingDirectory());
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the program"), start);
    if (!path.isEmpty()) {
        m_ui->programEdit->setText(QDir::toNativeSeparators(path));
    }
}

void ProgramDialog::browseEnvFile()
{
    const ProgramSpec current = spec();
    const QString start = browseStart(current.resolvedEnvFile(), current.baseDirectory);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the env file"), start);
    if (!path.isEmpty()) {
        m_ui->envFileEdit->setText(QDir::toNativeSeparators(path));
    }
}

void ProgramDialog::browseWorkingDirectory()
{
    const ProgramSpec current = spec();
    const QString start = browseStart(current.resolvedWorkingDirectory(), current.baseDirectory);
    const QString path
            = QFileDialog::getExistingDirectory(this, tr("Choose the working directory"), start);
    if (!path.isEmpty()) {
        m_ui->workingDirectoryEdit->setText(QDir::toNativeSeparators(path));
    }
}
