#include "eventlogfixture.h"

#include <QStandardPaths>

void EventLogFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A fixed zone without daylight saving (POSIX form, no tz database needed): 19:50Z is
    // 01:20 the next day there.
    qputenv("TZ", "IST-5:30");
}
