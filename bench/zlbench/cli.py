"""The command line: which parts to run, with which sample sizes, and where the report goes."""
from __future__ import annotations

import argparse
import datetime
import shutil
import signal
import time
from pathlib import Path

from . import __doc__ as SUITE_DOC
from .bench import Bench
from .common import ROOT, log
from .parts.containment import run_containment
from .parts.gui import run_gui
from .parts.hosts import run_hosts
from .parts.ingest import run_ingest
from .parts.load import run_load
from .parts.notify import run_notify_hang
from .parts.peers import run_peers
from .parts.probes import run_probes
from .parts.remote import run_remote
from .parts.veth import run_veth
from .parts.window import run_window
from .parts.respawn import run_respawn_and_control
from .parts.start import run_start_all_and_idle
from .parts.scale import FULL, QUICK, SIZES, run_scale
from .plot import plot_scale
from .report import machine, report, update_doc, write_json, write_report

PARTS = {"respawn", "notify", "start", "containment", "remote", "veth", "hosts", "ingest", "gui",
         "probes", "load", "window", "peers"}


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=SUITE_DOC,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=str(ROOT / "build-bench"),
                        help="a Release build directory with bin/zlauncher and the bench programs")
    parser.add_argument("--quick", action="store_true", help="small samples: a smoke test")
    parser.add_argument("--only",
                        default="respawn,notify,start,containment,remote,veth,hosts,ingest,gui,probes,"
                                "load,window,peers",
                        help="comma-separated parts: respawn (N=50, hang, stop), notify (hang "
                             "of a libsystemd daemon beside a heartbeat program), start (N=200: "
                             "respawn, idle, start all), containment (N=200, cgroup beside "
                             "process groups), remote (an agent's tcp endpoints beside its ipc ones), "
                             "veth (an agent in a network namespace over a veth pair: round "
                             "trips, events at the window's follower, cut and resynchronised), "
                             "hosts (a window following 3 agents of 200 programs), "
                             "ingest, gui, load (N=200, 2000, 5000), window (the program table "
                             "of 2000 programs: open, sort, filter, scroll, select), peers (N "
                             "programs under zlauncher, supervisord, s6, runit and PM2 and the "
                             "bare respawner: respawn, start all, stop, idle, memory per "
                             "program)")
    parser.add_argument("--peers-programs", type=int, default=200,
                        help="peers: how many programs each supervisor runs (default 200; the "
                             "memory per program is the slope from a tenth of that)")
    parser.add_argument("--pm2", help="peers: the directory of the pm2 npm package (default: "
                        "BUILD/pm2/node_modules/pm2, where bench/run installs it)")
    parser.add_argument("--source", help="say in the report which source was built (default: "
                        "this tree's git commit)")
    parser.add_argument("--report", help="write the markdown report here")
    parser.add_argument("--json", help="write every sample here")
    parser.add_argument("--update-doc", help="replace the figures section of this markdown file")
    parser.add_argument("--scale", action="store_true",
                        help="instead of the parts: every figure at N = 10 to 2 000 programs "
                             "beside its floor, drawn in PNGs (--plot-dir)")
    parser.add_argument("--scale-sizes", default=",".join(str(n) for n in SIZES),
                        help="the N of --scale, comma-separated (a quicker run: 10,100,500)")
    parser.add_argument("--plot-dir", default=str(ROOT / "docs" / "img"),
                        help="where --scale puts its PNGs")
    args = parser.parse_args()
    unknown = set(args.only.split(",")) - PARTS
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    return args


def run_parts(bench: Bench, parts: set[str], quick: bool, peers_programs: int) -> None:
    """Each part asked for, in a fixed order, with its full or --quick sample sizes."""
    if "respawn" in parts:
        run_respawn_and_control(bench, 50, 20 if quick else 100)
    if "notify" in parts:
        run_notify_hang(bench, 10 if quick else 30)
    if "start" in parts:
        run_start_all_and_idle(bench, 200, 20 if quick else 100, 10 if quick else 60,
                               5 if quick else 12, 2 if quick else 10)
    if "containment" in parts:
        run_containment(bench, 200, 20 if quick else 100, 2 if quick else 10)
    if "remote" in parts:
        run_remote(bench, 50 if quick else 300)
    if "veth" in parts:
        run_veth(bench, 50 if quick else 300, 2 if quick else 10)
    if "hosts" in parts:
        run_hosts(bench, 3, 200, 10 if quick else 60, 5 if quick else 12)
    if "ingest" in parts:
        run_ingest(bench, 2, 1000 if quick else 3000, 2 if quick else 10)
    if "gui" in parts:
        run_gui(bench, 2 if quick else 5, 3000 if quick else 15000)
    if "probes" in parts:
        run_probes(bench, 2 if quick else 5, 3000 if quick else 15000)
    if "load" in parts:
        run_load(bench, [200, 2000, 5000], 5 if quick else 21)
    if "window" in parts:
        run_window(bench, 2000, 1 if quick else 3)
    if "peers" in parts:
        run_peers(bench, peers_programs, max(2, peers_programs // 10), 20 if quick else 100,
                  10 if quick else 60, 5 if quick else 12, 2 if quick else 10,
                  5 if quick else 20)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    args = parse_arguments()
    bench = Bench(args)
    started = datetime.datetime.now(datetime.timezone.utc)
    info = machine(args.source)  # now: the tree may move on while the benchmark runs
    began = time.monotonic()
    if not bench.events.available:
        bench.notes.append(bench.events.why_not)
    bench.note_load("start")
    # SIGTERM ends a run as ^C does, every session closed (a run started in the background by
    # a shell ignores SIGINT).
    signal.signal(signal.SIGTERM, _interrupt)
    interrupted = False
    try:
        if args.scale:
            run_scale(bench, [int(n) for n in args.scale_sizes.split(",")],
                      QUICK if args.quick else FULL)
        else:
            run_parts(bench, set(args.only.split(",")), args.quick, args.peers_programs)
    except KeyboardInterrupt:
        interrupted = True
        bench.notes.append("interrupted: the figures are incomplete")
    finally:
        bench.close_all()
        bench.note_load("end")
    text = report(bench, started, time.monotonic() - began, info)
    print(text)
    if args.report:
        write_report(Path(args.report), started, text)
        log(f"report written to {args.report}")
    if args.json:
        write_json(Path(args.json), bench)
    if "scale" in bench.details:
        for png in plot_scale(bench.details["scale"], Path(args.plot_dir)):
            log(f"{png} drawn")
    if args.update_doc and not interrupted and not args.scale:
        update_doc(Path(args.update_doc), text)
        log(f"{args.update_doc} updated")
    shutil.rmtree(bench.work, ignore_errors=True)
    return 130 if interrupted else 0
