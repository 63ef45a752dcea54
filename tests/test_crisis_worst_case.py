"""The gate answers every post in time, whatever its shape: no input makes the matcher
backtrack for seconds (a post is screened before anyone sees it, and the watcher waits for it).

Each case is a disguise the gate undoes (spaced letters, stretched letters, leetspeak digits,
inner punctuation) repeated to a long post. The bound is deliberately loose (a linear scan takes
milliseconds): it catches super-linear blow-ups, not ordinary speed, which
benchmarks/bench_gate.py measures. A regex stuck in C cannot be interrupted, so the screening
runs in a child process that is killed at the bound.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

LOOSE_BOUND_S = 5.0
LENGTH = 4000
SHAPES = [
    "1 ", "i ", "l ", "a ", "o ", "e ", "1", "i.", "k i l l ", "d i e ", "i-", "! ", "0 ",
    "3 ", "$ ", "ii ", "i w a n t t o ", "me ", "my ", "to ", "i\u200b", "1.", "ı ",
    "i took 50 ", "took 99 of my ", "*", "a*", "* ",
]  # fmt: skip

CHILD = """
import json, sys, time
from policies.crisis import default_gate
gate = default_gate()
gate.screen("warm up")
for text in json.load(sys.stdin):
    started = time.perf_counter()
    level = gate.screen(text).level
    print(json.dumps({"seconds": time.perf_counter() - started, "level": int(level)}), flush=True)
"""


def screen_in_child(texts: list[str]) -> list[dict[str, float]]:
    """Screen each text in one child process; a text still running at the bound fails the test,
    named."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = child.communicate(json.dumps(texts), timeout=30 + LOOSE_BOUND_S * len(texts))
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
    results: list[dict[str, float]] = [json.loads(line) for line in out.splitlines()]
    if len(results) < len(texts):
        stuck = texts[len(results)]
        pytest.fail(
            f"screening {stuck[:12]!r}... ({len(stuck)} chars) did not finish: {err[-300:]}"
        )
    return results


def test_repeated_disguise_shapes_stay_fast() -> None:
    texts = [(shape * (LENGTH // len(shape) + 1))[:LENGTH] for shape in SHAPES]
    for shape, result in zip(SHAPES, screen_in_child(texts), strict=True):
        assert result["seconds"] < LOOSE_BOUND_S, f"{shape!r} x {LENGTH} chars"


def test_a_crisis_phrase_after_a_long_run_of_disguise_is_still_found() -> None:
    (result,) = screen_in_child(["1 " * (LENGTH // 2) + "I want to die"])
    assert result["seconds"] < LOOSE_BOUND_S and result["level"] >= 2
