// The Settings tab of the details panel: the selected program's configuration as it reads,
// with both values where the running instance was launched with another than the next start's.
#pragma once

#include <QScrollArea>

#include <array>

#include "core/model/probespec.h"

#include <optional>

class QLabel;
class ProgramDetailsSource;
struct ProgramSpec;

class SettingsPage final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(ProgramDetailsSource *source, QWidget *parent = nullptr);

    /// Where the programs shown next come from.
    void setSource(ProgramDetailsSource *source) { m_source = source; }

    /// Shows program's settings (empty or unknown: none), with logFile as its log file.
    void refresh(const QString &program, const QString &logFile);
    /// Only the log file (it comes when the program first starts).
    void setLogFile(const QString &logFile);

private:
    enum Setting {
        NameSetting,
        CommandSetting,
        ExecutableSetting,
        DirectorySetting,
        KindSetting,
        AutostartSetting,
        RestartSetting,
        IntervalSetting,
        LostTimeoutSetting,
        StartTimeoutSetting,
        StopGraceSetting,
        LeftoversSetting,
        MinUptimeSetting,
        RestartLimitSetting,
        MemoryLimitSetting,
        DependsOnSetting,
        ReadinessProbeSetting,
        LivenessProbeSetting,
        EnvironmentSetting,
        EnvFileSetting,
        LogRotationSetting,
        LogFileSetting,
        SettingCount
    };
    using SettingTexts = std::array<QString, SettingCount>;
    /// What the tab says of spec (all but the log file, which is the program's): its command,
    /// folder and environment as expanded (${VAR}, env file), or as written with
    /// expansionError when expanded is null.
    SettingTexts settingTexts(const ProgramSpec &spec, const ProgramSpec *expanded,
                              const QString &expansionError) const;
    /// The paths a launch uses, resolved where the program runs: here, or as written on
    /// another host (its PATH, its configuration's folder are not this host's).
    void setPathTexts(SettingTexts *texts, const ProgramSpec &spec,
                      const ProgramSpec &launched) const;
    /// "GET http://…/health every 1 s, …", or "none".
    QString probeText(const std::optional<ProbeSpec> &probe) const;

    ProgramDetailsSource *m_source;
    QLabel *m_settings[SettingCount] = {};
};
