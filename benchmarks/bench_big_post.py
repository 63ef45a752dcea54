"""A huge post on stdin: `llumi screen` of 100 MB against `llumi screen` of one short post.

usage: python benchmarks/bench_big_post.py [--megabytes 100] [--rounds 3]

Runs the installed `llumi` (the script beside this interpreter, else `python -m bot.cli`) as a
fresh process, alternating a one-line post and a post of M megabytes of ordinary words on stdin,
R rounds, and prints the median wall time and the peak memory of each and their ratios. llumi reads
at most 40,000 characters of a post (the rest of stdin is drained, not kept), so the big post should
cost about what the small one does. Reports, never fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SMALL = b"I can't do this anymore. I want to die and I have the pills ready tonight.\n"


def llumi() -> list[str]:
    script = Path(sys.executable).with_name("llumi")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def run(command: list[str], env: dict[str, str], stdin: Path) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of one `llumi screen` reading `stdin`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with stdin.open("rb") as handle:
        subprocess.run(command, stdin=handle, capture_output=True, check=True, env=env)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, max(after.ru_maxrss, before.ru_maxrss) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "LLUMI_DB": f"{tmp}/llumi.db", "OLLAMA_HOST": "127.0.0.1:9"}
        small, big = Path(tmp) / "small.txt", Path(tmp) / "big.txt"
        small.write_bytes(SMALL)
        with big.open("wb") as handle:
            chunk = b"ordinary words about an ordinary day " * 28_000  # about 1 MB
            for _ in range(args.megabytes):
                handle.write(chunk)
        command = [*llumi(), "screen", "-"]
        small_times, big_times, big_peak = [], [], 0.0
        small_peak = run(command, env, small)[1]  # the first child sets the baseline peak
        for _ in range(args.rounds):
            small_times.append(run(command, env, small)[0])
            seconds, peak = run(command, env, big)
            big_times.append(seconds)
            big_peak = max(big_peak, peak)
    s, b = statistics.median(small_times), statistics.median(big_times)
    print(f"one-line post:   {s:.2f} s, peak {small_peak:.0f} MB")
    print(f"{args.megabytes} MB post:    {b:.2f} s, peak {big_peak:.0f} MB (peak over all runs)")
    print(f"ratio big/small: time {b / s:.2f}x, memory {big_peak / small_peak:.2f}x")


if __name__ == "__main__":
    main()
