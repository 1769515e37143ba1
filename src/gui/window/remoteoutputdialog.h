// The output of a program on another host, followed as its agent's "output" request gives it
// (docs/control.md): its last lines, then what it writes, a second at a time, while the dialog
// is shown. Program ▸ Open log file does this for another host's row, whose file is not here.
#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <optional>

class QLabel;
class QPlainTextEdit;
class RemoteHosts;

class RemoteOutputDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteOutputDialog)

public:
    /// Lines kept; older ones are dropped (they stay in the file there).
    static constexpr int maximumLines = 10000;

    RemoteOutputDialog(RemoteHosts *hosts, const QString &host, const QString &program,
                       QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void askForMore();

    QPointer<RemoteHosts> m_hosts;
    QString m_host;
    QString m_program;
    QLabel *m_where;
    QPlainTextEdit *m_text;
    QTimer m_poll;
    std::optional<qint64> m_end; ///< none before the first answer
    bool m_asking = false;
};
