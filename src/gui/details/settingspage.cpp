#include "gui/details/settingspage.h"

#include "core/model/programsnapshot.h"
#include "core/model/programspec.h"
#include "core/model/shellwords.h"
#include "gui/details/programdetailssource.h"
#include "gui/formatting.h"
#include "gui/models/programstatetext.h"

#include <optional>

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace {

/// The command as a launch runs it, with the command as written where they differ, or why it
/// cannot be expanded.
QString commandText(const ProgramSpec &spec, const ProgramSpec *expanded,
                    const QString &expansionError)
{
    const QString written = ShellWords::join(QStringList{spec.program} + spec.arguments);
    if (!expanded) {
        return SettingsPage::tr("%1\ncannot be expanded: %2").arg(written, expansionError);
    }
    const QString command = ShellWords::join(QStringList{expanded->program} + expanded->arguments);
    return command == written ? command
                              : SettingsPage::tr("%1\nas written: %2").arg(command, written);
}

QString kindText(ProgramKind kind)
{
    switch (kind) {
    case ProgramKind::Heartbeat:
        return SettingsPage::tr("heartbeat (speaks the protocol)");
    case ProgramKind::Notify:
        return SettingsPage::tr("notify (speaks systemd's sd_notify)");
    case ProgramKind::Plain:
        break;
    }
    return SettingsPage::tr("plain (watched by its pid)");
}

QString restartText(RestartPolicy policy)
{
    switch (policy) {
    case RestartPolicy::Always:
        return SettingsPage::tr("always");
    case RestartPolicy::OnFailure:
        return SettingsPage::tr("on failure");
    case RestartPolicy::Never:
        break;
    }
    return SettingsPage::tr("never");
}

QString intervalText(const ProgramSpec &spec)
{
    switch (spec.kind) {
    case ProgramKind::Heartbeat:
        return formatMilliseconds(spec.heartbeatIntervalMs);
    case ProgramKind::Notify:
        return SettingsPage::tr("its own (WATCHDOG=1)");
    case ProgramKind::Plain:
        break;
    }
    return SettingsPage::tr("none (plain program)");
}

QString lostTimeoutText(const ProgramSpec &spec)
{
    switch (spec.kind) {
    case ProgramKind::Heartbeat:
        return formatMilliseconds(spec.effectiveLostTimeoutMs())
                + (spec.lostTimeoutMs ? QString() : SettingsPage::tr(" (3 × the interval)"));
    case ProgramKind::Notify:
        return spec.watchdogMs() > 0
                ? SettingsPage::tr("%1 (watchdog)").arg(formatMilliseconds(spec.watchdogMs()))
                : SettingsPage::tr("none (no watchdog)");
    case ProgramKind::Plain:
        break;
    }
    return SettingsPage::tr("not applicable");
}

QString memoryLimitText(const ProgramSpec &spec)
{
    QString text = spec.maxMemoryMiB
            ? SettingsPage::tr("%1 MiB; restarted after %n sample(s) in a row above it", nullptr,
                               spec.memoryBreachSamples)
                      .arg(*spec.maxMemoryMiB)
            : SettingsPage::tr("none");
    if (spec.memoryMaxMiB) {
        text += u'\n' + SettingsPage::tr("kernel cap (memory.max): %1 MiB").arg(*spec.memoryMaxMiB);
    }
    return text;
}

QString dependsOnText(const ProgramSpec &spec)
{
    QStringList dependencies;
    for (const QString &name : spec.dependsOn) {
        const DependencyCondition condition = spec.conditionOn(name);
        dependencies.append(condition == DependencyCondition::Ready
                                    ? name
                                    : SettingsPage::tr("%1 (%2)", "dependency (its condition)")
                                              .arg(name, toString(condition)));
    }
    return dependencies.isEmpty() ? SettingsPage::tr("nothing") : dependencies.join(u", "_s);
}

QString logRotationText(const LogRotation &rotation)
{
    QStringList when;
    if (rotation.maxSizeMiB > 0) {
        when.append(SettingsPage::tr("at %1 MiB").arg(rotation.maxSizeMiB));
    }
    if (rotation.maxAgeHours > 0) {
        when.append(SettingsPage::tr("after %1 h").arg(rotation.maxAgeHours));
    }
    if (when.isEmpty()) {
        return SettingsPage::tr("never");
    }
    return SettingsPage::tr("%1; %2 rotated file(s) kept%3")
            .arg(when.join(SettingsPage::tr(" or ")))
            .arg(rotation.keep)
            .arg(rotation.compress ? SettingsPage::tr(", gzipped") : QString());
}

/// The variables the spec sets, with their values as a launch expands them. The env file's own
/// are left out, since env files often hold secrets (the file is named on its own line).
QString environmentText(const ProgramSpec &spec, const ProgramSpec &launched)
{
    QStringList environment;
    for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it) {
        environment.append(it.key() + u'=' + launched.environment.value(it.key()));
    }
    return environment.isEmpty() ? SettingsPage::tr("the launcher's") : environment.join(u'\n');
}

} // namespace

SettingsPage::SettingsPage(ProgramDetailsSource *source, QWidget *parent)
    : QScrollArea(parent)
    , m_source(source)
{
    const char *const titles[SettingCount] = {
            QT_TR_NOOP("Name:"),
            QT_TR_NOOP("Command line:"),
            QT_TR_NOOP("Executable:"),
            QT_TR_NOOP("Working folder:"),
            QT_TR_NOOP("Kind:"),
            QT_TR_NOOP("Start with the launcher:"),
            QT_TR_NOOP("Restart:"),
            QT_TR_NOOP("Heartbeat interval:"),
            QT_TR_NOOP("Lost after:"),
            QT_TR_NOOP("Start timeout:"),
            QT_TR_NOOP("Stop grace:"),
            QT_TR_NOOP("Left at exit:"),
            QT_TR_NOOP("Minimum uptime:"),
            QT_TR_NOOP("Restart limit:"),
            QT_TR_NOOP("Memory limit:"),
            QT_TR_NOOP("Depends on:"),
            QT_TR_NOOP("Readiness probe:"),
            QT_TR_NOOP("Liveness probe:"),
            QT_TR_NOOP("Environment:"),
            QT_TR_NOOP("Env file:"),
            QT_TR_NOOP("Log rotation:"),
            QT_TR_NOOP("Log file:"),
    };
    const char *const names[SettingCount] = {
            "settingName",         "settingCommand",        "settingExecutable",
            "settingDirectory",    "settingKind",           "settingAutostart",
            "settingRestart",      "settingInterval",       "settingLostTimeout",
            "settingStartTimeout", "settingStopGrace",      "settingLeftovers",
            "settingMinUptime",    "settingRestartLimit",   "settingMemoryLimit",
            "settingDependsOn",    "settingReadinessProbe", "settingLivenessProbe",
            "settingEnvironment",  "settingEnvFile",        "settingLogRotation",
            "settingLogFile",
    };
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < SettingCount; ++i) {
        auto *value = new QLabel;
        value->setObjectName(QString::fromLatin1(names[i]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        if (i == CommandSetting || i == EnvironmentSetting) {
            value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        }
        m_settings[i] = value;
        layout->addRow(tr(titles[i]), value);
    }
    setObjectName(u"settingsPage"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(form);
}

void SettingsPage::refresh(const QString &program, const QString &logFile)
{
    const ProgramSpec *spec = m_source->spec(program);
    if (!spec) {
        for (QLabel *label : m_settings) {
            label->clear();
        }
        return;
    }
    QString expansionError;
    const ProgramSpec *expanded = m_source->launchSpec(program, &expansionError);
    const SettingTexts next = settingTexts(*spec, expanded, expansionError);
    // After an edit, the live instance runs on with what it was launched with: both are shown
    // where they differ.
    const ProgramSpec *running = m_source->instanceSpec(program);
    std::optional<SettingTexts> live;
    if (running && *running == *spec) {
        live = next;
    } else if (running) {
        // As it was expanded at its launch: the env file may have changed since.
        live = settingTexts(*running, m_source->instanceLaunchSpec(program), expansionError);
    }
    for (int i = 0; i < LogFileSetting; ++i) {
        const QString text = live && live->at(i) != next.at(i)
                ? tr("%1 (running instance)\n%2 (from its next start)").arg(live->at(i), next.at(i))
                : next.at(i);
        m_settings[i]->setText(text);
    }
    // What the probes found belongs to the live instance, not to the settings compared above.
    const std::optional<ProgramSnapshot> snapshot = m_source->snapshot(program);
    if (running && snapshot) {
        for (const auto &[setting, status] :
             {std::pair{ReadinessProbeSetting, &snapshot->readiness},
              std::pair{LivenessProbeSetting, &snapshot->liveness}}) {
            if (const QString summary = ProgramStateText::probeSummary(*status);
                !summary.isEmpty()) {
                m_settings[setting]->setText(m_settings[setting]->text() + u'\n' + summary);
            }
        }
    }
    setLogFile(logFile);
}

void SettingsPage::setLogFile(const QString &logFile)
{
    const QString host = m_source->host();
    QString text = logFile.isEmpty() ? tr("none yet") : QDir::toNativeSeparators(logFile);
    if (!logFile.isEmpty() && !host.isEmpty()) {
        //: %1 is a file's path, %2 a host's name
        text = tr("%1 on %2").arg(logFile, host);
    }
    m_settings[LogFileSetting]->setText(text);
}

SettingsPage::SettingTexts SettingsPage::settingTexts(const ProgramSpec &spec,
                                                      const ProgramSpec *expanded,
                                                      const QString &expansionError) const
{
    // What a launch runs.
    const ProgramSpec &launched = expanded ? *expanded : spec;
    SettingTexts texts;
    texts[NameSetting] = spec.name;
    if (const ProgramSpec *set = m_source->spec(spec.replicaOf); set && set->instances) {
        texts[NameSetting] = tr("%1 (replica %2 of %3, which has %4 instances)")
                                     .arg(spec.name)
                                     .arg(spec.replicaIndex)
                                     .arg(spec.replicaOf)
                                     .arg(*set->instances);
    }
    texts[CommandSetting] = commandText(spec, expanded, expansionError);
    setPathTexts(&texts, spec, launched);
    texts[KindSetting] = kindText(spec.kind);
    texts[AutostartSetting] = spec.autostart ? tr("yes") : tr("no");
    texts[RestartSetting] = restartText(spec.restart);
    texts[IntervalSetting] = intervalText(spec);
    texts[LostTimeoutSetting] = lostTimeoutText(spec);
    texts[StartTimeoutSetting] = spec.kind == ProgramKind::Plain
            ? tr("not applicable")
            : formatMilliseconds(spec.startTimeoutMs);
    texts[StopGraceSetting] = formatMilliseconds(spec.stopGraceMs);
    texts[LeftoversSetting] = spec.killLeftovers
            ? tr("killed: what the program leaves in its group when it exits")
            : tr("left running");
    texts[MinUptimeSetting] = formatMilliseconds(spec.minUptimeMs);
    texts[RestartLimitSetting] = tr("%1 restarts within %2 s")
                                         .arg(spec.maxRestarts)
                                         .arg(spec.restartWindowMs / 1000.0);
    texts[MemoryLimitSetting] = memoryLimitText(spec);
    texts[DependsOnSetting] = dependsOnText(spec);
    texts[LogRotationSetting] = logRotationText(spec.logRotation.value_or(LogRotation()));
    texts[ReadinessProbeSetting] = probeText(spec.readinessProbe);
    texts[LivenessProbeSetting] = probeText(spec.livenessProbe);
    texts[EnvironmentSetting] = environmentText(spec, launched);
    return texts;
}

void SettingsPage::setPathTexts(SettingTexts *texts, const ProgramSpec &spec,
                                const ProgramSpec &launched) const
{
    const QString host = m_source->host();
    if (!host.isEmpty()) {
        (*texts)[ExecutableSetting] = launched.program.contains(u'/')
                ? launched.program
                //: %1 is a program's name, %2 a host's
                : tr("%1, looked up in the PATH on %2").arg(launched.program, host);
        (*texts)[EnvFileSetting] = spec.envFile.isEmpty() ? tr("none") : spec.envFile;
        (*texts)[DirectorySetting] = launched.workingDirectory.isEmpty()
                ? tr("the folder of its configuration on %1").arg(host)
                : launched.workingDirectory;
        return;
    }
    const QString resolved = launched.resolvedProgram();
    (*texts)[ExecutableSetting] = resolved.isEmpty() ? tr("not found") : resolved;
    (*texts)[EnvFileSetting] = spec.envFile.isEmpty()
            ? tr("none")
            : QDir::toNativeSeparators(spec.resolvedEnvFile());
    const QString directory = launched.resolvedWorkingDirectory();
    (*texts)[DirectorySetting]
            = directory.isEmpty() ? tr("the launcher's") : QDir::toNativeSeparators(directory);
}

QString SettingsPage::probeText(const std::optional<ProbeSpec> &probe) const
{
    if (!probe) {
        return tr("none");
    }
    return tr("%1\nevery %2 after %3, timeout %4; %5 failure(s) to fail, %6 success(es) to pass")
            .arg(probe->describe(), formatMilliseconds(probe->periodMs),
                 formatMilliseconds(probe->initialDelayMs), formatMilliseconds(probe->timeoutMs))
            .arg(probe->failureThreshold)
            .arg(probe->successThreshold);
}
