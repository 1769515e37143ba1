#!/usr/bin/python3
"""The zlauncher benchmark suite's command: bench/run calls it, `--help` tells how to use it.
The suite itself is the package zlbench/ beside this file (zlbench/__init__.py says what is
where); Python imports a package before a module of the same name, so `import zlbench` here
finds the package, not this file."""
import sys

from zlbench.cli import main

if __name__ == "__main__":
    sys.exit(main())
