// Carries out one parsed zlauncherctl command line.
#pragma once

struct Invocation;

/// Does what invocation says and returns the exit status (ExitStatus in ctl.h).
int run(const Invocation &invocation);
