// The Charts tab of the details panel: the selected program's CPU, memory and heartbeat
// interval over the last minutes. It refreshes at most once a second, and only while it is
// shown: with hundreds of programs beating, the charts cost what one program costs.
#pragma once

#include <QBoxLayout>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QChartView;
class QLineSeries;
class QValueAxis;
class ProgramDetailsSource;

class ChartsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPage)

public:
    /// The charts span the last ten minutes at most.
    static constexpr qint64 chartSpanMs = 10 * 60 * 1000;

    explicit ChartsPage(ProgramDetailsSource *source, QWidget *parent = nullptr);

    /// The program to chart, of source; empty: none (the charts are cleared at once).
    void setProgram(ProgramDetailsSource *source, const QString &name);
    /// The program's data changed: redraws if shown and not redrawn within the last second.
    void requestRefresh();
    /// Side by side (a wide, low panel) or stacked.
    void setWide(bool wide);
    /// The least height of one chart.
    int chartMinimumHeight() const;

Q_SIGNALS:
    void resized();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Chart
    {
        QChartView *view = nullptr;
        QLineSeries *series = nullptr;
        QValueAxis *x = nullptr;
        QValueAxis *y = nullptr;
    };

    Chart createChart(const QString &objectName, const QString &unit, const QColor &colour);
    void refresh();
    void clear();
    void refreshResourceCharts(qint64 now, qint64 *oldestMs);
    void refreshHeartbeatChart(qint64 now, qint64 *oldestMs);
    /// The interval of each beat kept within the span, but those that span a death.
    QList<QPointF> heartbeatIntervals(qint64 now, qint64 *oldestMs, double *maxInterval) const;
    void setHeartbeatTitle(bool beats, const QList<QPointF> &intervals, qint64 expectedMs);
    bool isShown() const;

    /// Redraws when source's samples of the program change.
    void followResources(ProgramDetailsSource *source);

    ProgramDetailsSource *m_source = nullptr;
    QMetaObject::Connection m_resourcesConnection;
    QString m_program;
    QBoxLayout *m_layout;
    Chart m_cpu;
    Chart m_memory;
    Chart m_heartbeat;
    QLineSeries *m_expectedInterval = nullptr;
    QTimer m_timer;
    QElapsedTimer m_sinceRefresh;
};
