// One health probe in the program dialog (docs/design.md, "Health probes"): its type (none,
// exec, http, tcp), its target and Kubernetes' five numbers. The dialog has one per role;
// ProgramSpec::validationError() judges what it returns, so the rules live in the core alone.
#pragma once

#include "core/model/probespec.h"

#include <QString>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

class ProbeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeEditor)

public:
    /// A readiness probe until setRole() says otherwise (Designer constructs it so).
    explicit ProbeEditor(QWidget *parent = nullptr);

    void setRole(ProbeRole role);
    /// nullopt: no probe; the numbers then show Kubernetes' defaults, ready for a first type.
    void setProbe(const std::optional<ProbeSpec> &probe);
    std::optional<ProbeSpec> probe() const;
    /// The exec command's quoting left open ("Readiness probe: the command opens …"), which the
    /// split command no longer shows; empty when there is none.
    QString problem() const;

Q_SIGNALS:
    /// The type, the target or a number was edited.
    void changed();

private:
    void addTypeAndTarget(QFormLayout *form);
    QSpinBox *addSpin(QFormLayout *form, const char *objectName, const QString &label,
                      const QString &toolTip, int minimum);
    std::optional<ProbeType> currentType() const;
    /// Shows the current type's target, label, placeholder and tooltip; enables what it uses.
    void showType();
    void updateSuccessThreshold();

    ProbeRole m_role = ProbeRole::Readiness;
    QComboBox *m_type = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLineEdit *m_target = nullptr;
    QSpinBox *m_initialDelay = nullptr;
    QSpinBox *m_period = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_failureThreshold = nullptr;
    QSpinBox *m_successThreshold = nullptr;
    /// The target typed for each type, so trying another type and coming back loses nothing.
    std::array<QString, 3> m_targets;
};
