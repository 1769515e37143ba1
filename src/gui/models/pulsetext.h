// What the program table says of a heartbeat pulse strip: its summary (for the accessible
// text and the CSV export) and its tooltip.
#pragma once

#include <QCoreApplication>
#include <QString>

struct PulseData;

class PulseText final
{
    Q_DECLARE_TR_FUNCTIONS(PulseText)

public:
    /// "12 heartbeats in the last minute, 1 late".
    static QString summary(const PulseData &pulse);
    static QString toolTip(const PulseData &pulse);
};
