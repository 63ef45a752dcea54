"""Where the crisis gate's time goes: CPU microseconds per post for each stage of a screening.

usage: LLUMI_SHARED_DATA=../shared/data python benchmarks/bench_gate_stages.py [N] [--passes P]

Screens N posts (default 4,000; the posts `bench_gate.py` reads) P times (default 5) after one
warm-up pass, timing each stage the gate calls (the lexicon matcher with its look-inside callback,
each crisis rule, the text passes) in CPU time, and prints the least per-post cost of each stage
over the passes (the pass the shared machine's load disturbed least). Stages nest nowhere except
that the matcher's line includes the gate's callback; "whole screening" is the sum of all.
Run it at two commits to compare them (copy it next to the other commit's `policies/`).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gate import load_posts

STAGES = (
    "laid_out",
    "fold",
    "match_text",
    "read_context",
    "level_in_context",
    "everyday_reading",
    "counted_overdoses",
    "acts_under_way",
    "found_means",
    "everyday_takings",
    "with_referents",
    "imminent",
    "own_risk",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=4_000)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    raw = os.environ.get("LLUMI_SHARED_DATA", "")
    if not raw:
        raise SystemExit("set LLUMI_SHARED_DATA to the shared datasets folder")
    posts = load_posts(Path(raw), args.count)

    import policies.crisis.gate as gate_module

    gate = gate_module.default_gate()
    spent: dict[str, float] = {}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - started

        return run

    for name in STAGES:
        setattr(gate_module, name, timed(name, getattr(gate_module, name)))
    finditer = gate.lexicon.finditer

    def matched(*args: Any, **kwargs: Any) -> Iterator[Any]:
        started = time.process_time()
        found = list(finditer(*args, **kwargs))
        spent["lexicon matcher"] = spent.get("lexicon matcher", 0.0) + time.process_time() - started
        return iter(found)

    gate.lexicon.finditer = matched  # type: ignore[method-assign]

    for post in posts:  # warm up: lazily built patterns and word classes
        gate.screen(post)
    best: dict[str, float] = {}
    for _ in range(args.passes):
        spent.clear()
        started = time.process_time()
        for post in posts:
            gate.screen(post)
        spent["whole screening"] = time.process_time() - started
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    print(f"{len(posts)} posts, least CPU microseconds per post over {args.passes} passes:")
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"  {name:18s} {seconds / len(posts) * 1e6:7.1f}")


if __name__ == "__main__":
    main()
