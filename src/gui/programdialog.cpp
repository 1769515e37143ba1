#include "gui/programdialog.h"

#include "core/model/shellwords.h"

#include "core/model/dependencygraph.h"

#include <algorithm>
#include <array>
#include <limits>

#include <QAction>
#include <QColor>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStringListModel>
#include <QTableWidgetItem>

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

// Where the name being typed starts: after the last comma or space.
qsizetype currentNameStart(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0 && text.at(start - 1) != u',' && !text.at(start - 1).isSpace()) {
        --start;
    }
    return start;
}

// Completes the name being typed in a list of names: the popup offers the names matching the
// last one, and choosing one replaces only it.
class NameListCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.mid(currentNameStart(path))};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        return text.left(currentNameStart(text)) + index.data(completionRole()).toString();
    }
};

} // namespace

ProgramDialog::ProgramDialog(Mode mode, const ProgramSpec &initial,
                             const QList<ProgramSpec> &otherPrograms, bool running, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProgramDialog>())
    , m_initial(initial)
    , m_mode(mode)
    , m_otherPrograms(otherPrograms)
{
    for (const ProgramSpec &other : otherPrograms) {
        m_takenNames.append(other.name);
    }
    m_ui->setupUi(this);
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

    setUpDependencies();
    fillFields(initial);
    connectEdits();
    updateHeartbeatFields();
    updateRemoveVariableButton();
    validate();
}

ProgramDialog::~ProgramDialog() = default;

void ProgramDialog::fillFields(const ProgramSpec &spec)
{
    m_ui->nameEdit->setText(spec.name);
    m_ui->programEdit->setText(spec.program);
    m_ui->argumentsEdit->setText(joinArguments(spec.arguments));
    m_ui->workingDirectoryEdit->setText(spec.workingDirectory);
    m_ui->environmentTable->setRowCount(0);
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
        const int row = m_ui->environmentTable->rowCount();
        m_ui->environmentTable->insertRow(row);
        m_ui->environmentTable->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_ui->environmentTable->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
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
    m_ui->minUptimeSpin->setValue(spec.minUptimeMs);
    m_ui->maxRestartsSpin->setValue(spec.maxRestarts);
    m_ui->restartWindowSpin->setValue(spec.restartWindowMs);
    m_ui->dependsOnEdit->setText(spec.dependsOn.join(u", "_s));
}

void ProgramDialog::connectEdits()
{
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->programEdit, m_ui->argumentsEdit,
                            m_ui->workingDirectoryEdit, m_ui->dependsOnEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ProgramDialog::validate);
    }
    for (QSpinBox *spin : {m_ui->heartbeatIntervalSpin, m_ui->lostTimeoutSpin,
                           m_ui->startTimeoutSpin, m_ui->stopGraceSpin, m_ui->minUptimeSpin,
                           m_ui->maxRestartsSpin, m_ui->restartWindowSpin}) {
        connect(spin, &QSpinBox::valueChanged, this, &ProgramDialog::validate);
    }
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateHeartbeatFields();
        validate();
    });

    const QAbstractItemModel *model = m_ui->environmentTable->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &ProgramDialog::validate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProgramDialog::validate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ProgramDialog::validate);
    connect(m_ui->environmentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgramDialog::updateRemoveVariableButton);
    connect(m_ui->addVariableButton, &QPushButton::clicked, this, &ProgramDialog::addVariable);
    connect(m_ui->removeVariableButton, &QPushButton::clicked, this,
            &ProgramDialog::removeSelectedVariables);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProgramDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProgramDialog::reject);
    connect(m_ui->browseProgramButton, &QPushButton::clicked, this, &ProgramDialog::browseProgram);
    connect(m_ui->browseWorkingDirectoryButton, &QPushButton::clicked, this,
            &ProgramDialog::browseWorkingDirectory);
}

ProgramSpec ProgramDialog::spec() const
{
    // Starting from the initial spec keeps unknownKeys and baseDirectory.
    ProgramSpec result = m_initial;
    result.name = m_ui->nameEdit->text();
    result.program = m_ui->programEdit->text();
    result.arguments = splitArguments(m_ui->argumentsEdit->text());
    result.workingDirectory = m_ui->workingDirectoryEdit->text();
    result.environment = environment();
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
    result.minUptimeMs = m_ui->minUptimeSpin->value();
    result.maxRestarts = m_ui->maxRestartsSpin->value();
    result.restartWindowMs = m_ui->restartWindowSpin->value();
    result.dependsOn = splitNames(m_ui->dependsOnEdit->text());
    return result;
}

QMap<QString, QString> ProgramDialog::environment() const
{
    const QTableWidget *table = m_ui->environmentTable;
    QMap<QString, QString> variables;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *name = table->item(row, 0);
        const QTableWidgetItem *value = table->item(row, 1);
        if (name && !name->text().isEmpty()) {
            variables.insert(name->text(), value ? value->text() : QString());
        }
    }
    return variables;
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
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList names = text.split(separators, Qt::SkipEmptyParts);
    names.removeDuplicates();
    return names;
}

QString ProgramDialog::firstProblem() const
{
    const QString name = m_ui->nameEdit->text();
    if (name.isEmpty()) {
        return tr("Enter a name for the program.");
    }
    // validationError() checks the name's characters first. A taken name is another program's
    // valid name, so asking this before it still reports an invalid name before a taken one.
    if (m_takenNames.contains(name)) {
        return tr("Another program is already named \"%1\": choose another name.").arg(name);
    }
    const ProgramSpec current = spec();
    // The dependencies are checked last, in the dialog's own words.
    ProgramSpec withoutDependencies = current;
    withoutDependencies.dependsOn.clear();
    if (QString error = withoutDependencies.validationError(); !error.isEmpty()) {
        return error;
    }
    if (m_mode == Mode::Edit && name != m_initial.name) {
        QStringList dependents;
        for (const ProgramSpec &other : m_otherPrograms) {
            if (other.dependsOn.contains(m_initial.name)) {
                dependents.append(other.name);
            }
        }
        if (!dependents.isEmpty()) {
            //: %1: the program's name before the edit; %2: the programs depending on it
            return tr("%1 cannot be renamed while other programs depend on it: %2. Remove it "
                      "from their dependencies first.")
                    .arg(m_initial.name, dependents.join(u", "_s));
        }
    }
    switch (ShellWords::split(m_ui->argumentsEdit->text()).incomplete) {
    case ShellWords::Incomplete::None:
        break;
    case ShellWords::Incomplete::SingleQuote:
        return tr("The arguments open a single quote (') that is never closed.");
    case ShellWords::Incomplete::DoubleQuote:
        return tr("The arguments open a double quote (\") that is never closed.");
    case ShellWords::Incomplete::Backslash:
        return tr("The arguments end with a backslash (\\) that escapes nothing.");
    }
    if (QString error = environmentProblem(); !error.isEmpty()) {
        return error;
    }
    if (QString error = current.launchError(); !error.isEmpty()) {
        return error;
    }
    return dependencyProblem(current);
}

QString ProgramDialog::dependencyProblem(const ProgramSpec &current) const
{
    for (const QString &dependency : current.dependsOn) {
        if (dependency == current.name) {
            return tr("A program cannot depend on itself: remove %1 from \"Depends on\".")
                    .arg(dependency);
        }
        if (!m_takenNames.contains(dependency)) {
            return tr("There is no other program named \"%1\" to depend on.").arg(dependency);
        }
    }
    // The others have no cycle among themselves: any cycle goes through this program, and
    // looking from it first names the cycle from it.
    QList<ProgramSpec> programs{current};
    programs.append(m_otherPrograms);
    if (const QString cycle = dependencyCycle(programs); !cycle.isEmpty()) {
        //: %1 is the cycle, as "a -> b -> a"
        return tr("These dependencies form a cycle (%1): none of these programs could ever "
                  "start.")
                .arg(cycle);
    }
    return {};
}

QString ProgramDialog::environmentProblem() const
{
    const QTableWidget *table = m_ui->environmentTable;
    QSet<QString> seen;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *nameItem = table->item(row, 0);
        const QTableWidgetItem *valueItem = table->item(row, 1);
        const QString name = nameItem ? nameItem->text() : QString();
        if (name.isEmpty()) {
            // An empty row is ignored, but a value without its name would be lost silently.
            if (valueItem && !valueItem->text().isEmpty()) {
                return tr("The environment variable on row %1 has a value but no name.")
                        .arg(row + 1);
            }
            continue;
        }
        if (seen.contains(name)) {
            return tr("The environment variable %1 is set twice.").arg(name);
        }
        seen.insert(name);
    }
    return {};
}

bool ProgramDialog::validate()
{
    const QString problem = firstProblem();
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

void ProgramDialog::updateRemoveVariableButton()
{
    m_ui->removeVariableButton->setEnabled(
            m_ui->environmentTable->selectionModel()->hasSelection());
}

void ProgramDialog::addVariable()
{
    QTableWidget *table = m_ui->environmentTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem);
    table->setItem(row, 1, new QTableWidgetItem);
    table->setCurrentCell(row, 0);
    table->setFocus();
    table->editItem(table->item(row, 0));
}

void ProgramDialog::removeSelectedVariables()
{
    QTableWidget *table = m_ui->environmentTable;
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedIndexes()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        table->removeRow(row);
    }
}

void ProgramDialog::setUpDependencies()
{
    // Typed, with completion, for speed; ticked in a menu, for discovery.
    auto *completer = new NameListCompleter(new QStringListModel(m_takenNames, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->dependsOnEdit->setCompleter(completer);
    // Queued, so after QLineEdit's own handling (connected when it gets the focus) has put
    // the chosen name in: then a separator makes room for the next one.
    connect(
            completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { m_ui->dependsOnEdit->setText(text + u", "_s); },
            Qt::QueuedConnection);
    connect(m_ui->dependsOnEdit, &QLineEdit::textEdited, this,
            &ProgramDialog::updateDependencyCompletions);

    auto *menu = new QMenu(m_ui->dependsOnButton);
    menu->setObjectName(u"dependsOnMenu"_s);
    connect(menu, &QMenu::aboutToShow, this, &ProgramDialog::fillDependencyMenu);
    menu->installEventFilter(this);
    m_ui->dependsOnButton->setMenu(menu);
}

bool ProgramDialog::eventFilter(QObject *watched, QEvent *event)
{
    auto *menu = qobject_cast<QMenu *>(watched);
    if (!menu || menu != m_ui->dependsOnButton->menu()) {
        return QDialog::eventFilter(watched, event);
    }
    // Several dependencies are ticked in one go: the entry toggles, the menu stays.
    const bool tick = event->type() == QEvent::MouseButtonRelease
            || (event->type() == QEvent::KeyPress
                && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space);
    QAction *action = menu->activeAction();
    if (tick && action && action->isCheckable() && action->isEnabled()) {
        action->trigger();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ProgramDialog::updateDependencyCompletions()
{
    // Offer only the names not listed yet (the one being typed is not listed yet).
    const QString text = m_ui->dependsOnEdit->text();
    const QStringList listed = splitNames(text.left(currentNameStart(text)));
    QStringList offered;
    for (const QString &name : std::as_const(m_takenNames)) {
        if (!listed.contains(name)) {
            offered.append(name);
        }
    }
    auto *model = static_cast<QStringListModel *>(m_ui->dependsOnEdit->completer()->model());
    if (model->stringList() != offered) {
        model->setStringList(offered);
    }
}

void ProgramDialog::fillDependencyMenu()
{
    QMenu *menu = m_ui->dependsOnButton->menu();
    menu->clear();
    if (m_takenNames.isEmpty()) {
        menu->addAction(tr("No other program is configured"))->setEnabled(false);
        return;
    }
    const QStringList listed = splitNames(m_ui->dependsOnEdit->text());
    for (const QString &name : std::as_const(m_takenNames)) {
        QAction *toggle = menu->addAction(name);
        toggle->setCheckable(true);
        toggle->setChecked(listed.contains(name));
        connect(toggle, &QAction::toggled, this,
                [this, name](bool on) { setDependency(name, on); });
    }
}

void ProgramDialog::setDependency(const QString &name, bool on)
{
    QStringList names = splitNames(m_ui->dependsOnEdit->text());
    if (on && !names.contains(name)) {
        names.append(name);
    } else if (!on) {
        names.removeAll(name);
    }
    m_ui->dependsOnEdit->setText(names.join(u", "_s));
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
