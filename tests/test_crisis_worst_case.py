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
]  # fmt: skip

CHILD = """
import json, sys, time
from policies.crisis import default_gate
gate = default_gate()
gate.screen("warm up")
text = sys.stdin.read()
started = time.perf_counter()
level = gate.screen(text).level
print(json.dumps({"seconds": time.perf_counter() - started, "level": int(level)}))
"""


def screen_in_child(text: str) -> dict[str, float]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            input=text,
            capture_output=True,
            text=True,
            timeout=LOOSE_BOUND_S + 30,  # the gate's own build and warm-up come first
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"screening {text[:12]!r}... ({len(text)} chars) did not finish")
    assert done.returncode == 0, done.stderr[-500:]
    result: dict[str, float] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("shape", SHAPES)
def test_repeated_disguise_shapes_stay_fast(shape: str) -> None:
    text = (shape * (LENGTH // len(shape) + 1))[:LENGTH]
    assert screen_in_child(text)["seconds"] < LOOSE_BOUND_S


def test_a_crisis_phrase_after_a_long_run_of_disguise_is_still_found() -> None:
    result = screen_in_child("1 " * (LENGTH // 2) + "I want to die")
    assert result["seconds"] < LOOSE_BOUND_S and result["level"] >= 2
