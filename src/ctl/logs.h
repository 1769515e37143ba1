// `logs NAME [--count N] [--follow]`: the end of a program's output as its launcher captured
// it (the "output" request, docs/control.md), from the launcher here or an agent alike.
#pragma once

struct Invocation;

/// Prints the last lines of the program's log file (--count, default 20), then, with --follow,
/// what it writes until interrupted; returns the exit status.
int showOutput(const Invocation &invocation);
