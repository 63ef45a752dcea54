"""Start-up: `llumi screen` of one post against `llumi --version`, as whole processes.

usage: python benchmarks/bench_startup.py [--rounds 7]

Runs the installed `llumi` (the script beside this interpreter, else `python -m bot.cli`) as a
fresh process: `llumi --version` (imports only) and `llumi screen -` of one short crisis post on
stdin (imports, builds the crisis gate, screens), alternating, R rounds, and prints the median of
each and their ratio (goal: screen within 2x of --version). The post is written here. Reports,
never fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POST = "I can't do this anymore. I want to die and I have the pills ready tonight.\n"


def llumi() -> list[str]:
    script = Path(sys.executable).with_name("llumi")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def seconds(command: list[str], env: dict[str, str], stdin: str | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, input=stdin, text=True, capture_output=True, check=True, env=env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    base = llumi()
    with tempfile.TemporaryDirectory() as home:
        # `screen` records the screening: in a store of its own, never a real one
        env = {**os.environ, "LLUMI_DB": f"{home}/bench.db"}
        print(f"{' '.join(base)}, {args.rounds} rounds, alternating")
        version: list[float] = []
        screen: list[float] = []
        for _ in range(args.rounds):
            version.append(seconds([*base, "--version"], env))
            screen.append(seconds([*base, "screen", "-"], env, POST))
    v, s = statistics.median(version), statistics.median(screen)
    print(f"llumi --version      median {v:.2f}s  (min {min(version):.2f}s)")
    print(f"llumi screen (1 post) median {s:.2f}s  (min {min(screen):.2f}s)")
    print(f"screen/--version ratio {s / v:.2f} (goal <= 2)")


if __name__ == "__main__":
    main()
