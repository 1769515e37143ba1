// The heartbeat pulse strip of the program table: the last minute of one program's heartbeats,
// a tick per beat at its arrival time, late beats in an alert colour, the silence since the
// last beat left open (tinted once it is longer than a beat should take). The model hands the
// delegate a PulseData copy of the beats, so the delegate and its data are testable offscreen.
#pragma once

#include "gui/models/pulsedata.h"

#include <QStyledItemDelegate>

class QPalette;

class PulseDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PulseDelegate)

public:
    /// Reads PulseData from role (ProcessTableModel::PulseRole by default).
    explicit PulseDelegate(QObject *parent = nullptr);
    PulseDelegate(int role, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints the strip of data into rect (the delegate's painting without the item
    /// background): what the tests render into an image.
    static void paintStrip(QPainter *painter, const QRect &rect, const PulseData &data,
                           const QPalette &palette, bool selected = false);
    /// The strip's colours, so tests can look for them.
    static QColor beatColour(const QPalette &palette);
    static QColor lateColour(const QPalette &palette);
    static QColor backgroundColour(const QPalette &palette);

    static constexpr int preferredWidth = 150;

private:
    int m_role;
};
