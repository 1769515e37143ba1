"""The zlauncher benchmark suite: every figure of docs/performance.md, zlauncher beside supervisord.

Run it through bench/run, which installs what is missing and builds build-bench first:

    bench/run [--quick]

or directly, on an existing Release build:

    /usr/bin/python3 bench/zlbench.py --build build-bench [--quick]
                                      [--only respawn,notify,start,containment,remote,hosts,ingest,gui,probes,load]
                                      [--report FILE] [--update-doc docs/performance.md]
    /usr/bin/python3 bench/zlbench.py --build build-bench --scale [--scale-sizes 10,100,500]

The method (what is timed, from where, how precisely) is in docs/performance.md; each
measurement below says it again in its docstring.
"""
