// The commands that follow the launcher's event stream ipc://R/events: `events` prints it,
// `wait` watches it for a program's state.
#pragma once

struct Invocation;

/// `events [NAME...] [--count N] [--timeout DURATION]`; returns the exit status.
int followEvents(const Invocation &invocation);
/// `wait NAME --state STATE [--timeout DURATION]`; returns the exit status.
int waitForState(const Invocation &invocation);
