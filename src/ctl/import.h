// zlauncherctl import: another supervisor's file made a zlauncher configuration, with a report
// of every key. Runs here, without a launcher.
#pragma once

struct Invocation;

int importConfiguration(const Invocation &invocation);
