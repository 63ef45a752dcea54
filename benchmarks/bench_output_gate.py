"""Output-gate cost per 1,000 characters of draft, against the crisis screen in the same run.

usage: LLUMI_SHARED_DATA=../shared/data .venv/bin/python benchmarks/bench_output_gate.py [ROUNDS]

Judges the draft-safety dev drafts and CounselChat answers (each cut at 2,000 characters) with
`check_draft`, and screens the same texts with the crisis gate alone (the baseline; the output
gate runs it inside), ROUNDS times (default 3), in alternating chunks of 50 texts so a burst of
load on the shared machine falls on both alike. Prints milliseconds per 1,000 characters for
both and their ratio, once warm (a long-running bot) and for the first pass (a one-off
`llumi draft`, which also compiles the wordings its drafts could match), and the time a fresh
interpreter takes to import each. Goal: the rules cost at most 1 ms per 1,000 characters.
Reports, never fails.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 50


def load_drafts(data: Path) -> list[str]:
    texts: list[str] = []
    for folder, field in (("draft_safety", "draft"), ("counselchat", "answer_text")):
        path = data / folder / "dev.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                texts.extend(json.loads(line)[field][:2000] for line in lines if line.strip())
    if not texts:
        raise SystemExit(f"no draft_safety/ or counselchat/ dev.jsonl under {data}")
    return texts


def seconds(judge: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        judge(text)
    return time.perf_counter() - started


def alternating(
    texts: list[str], baseline: Callable[[str], object], gate: Callable[[str], object], rounds: int
) -> tuple[float, float]:
    """Seconds for all `texts` x `rounds`, chunk by chunk, the two in turn."""
    spent = [0.0, 0.0]
    for _ in range(rounds):
        for at in range(0, len(texts), CHUNK):
            chunk = texts[at : at + CHUNK]
            spent[0] += seconds(baseline, chunk)
            spent[1] += seconds(gate, chunk)
    return spent[0], spent[1]


def import_seconds(module: str, rounds: int = 5) -> float:
    """Median wall time of a fresh interpreter importing `module` (less one importing nothing)."""
    times = []
    for _ in range(rounds):
        for code in ("pass", f"import {module}"):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
            times.append((code, time.perf_counter() - started))
    empty = statistics.median(t for c, t in times if c == "pass")
    return statistics.median(t for c, t in times if c != "pass") - empty


def main() -> None:
    data = os.environ.get("LLUMI_SHARED_DATA")
    if not data:
        raise SystemExit("set LLUMI_SHARED_DATA to the shared data folder (../shared/data)")
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    texts = load_drafts(Path(data))
    chars = sum(len(t) for t in texts) / 1000

    from policies.crisis import default_gate
    from policies.output import check_draft
    from policies.resources import resource_urls, resources_for

    allowed = resource_urls(resources_for("en-US"))
    screen = default_gate().screen

    def gate(text: str) -> object:
        return check_draft(text, allowed_urls=allowed)

    screen("warm up")
    cold_base, cold_gate = alternating(texts, screen, gate, 1)  # the gate's first pass
    base, rules = alternating(texts, screen, gate, rounds)
    per = 1000 / (chars * rounds)
    print(f"{len(texts)} drafts, {chars * 1000:,.0f} characters, {rounds} rounds, by {CHUNK}")
    print(f"crisis screen alone: {base * per:.3f} ms per 1,000 characters")
    print(
        f"output gate (rules): {rules * per:.3f} ms per 1,000 characters "
        f"({rules / base:.2f}x the crisis screen)"
    )
    print(
        f"first pass (compiles what the drafts could match): {cold_gate * 1000 / chars:.3f} ms "
        f"per 1,000 characters ({cold_gate / cold_base:.2f}x)"
    )
    crisis_import = import_seconds("policies.crisis")
    output_import = import_seconds("policies.output")
    print(
        f"import in a fresh interpreter: policies.crisis {crisis_import:.2f}s, "
        f"policies.output {output_import:.2f}s (it imports the crisis gate)"
    )
    print("goal: at most 1 ms per 1,000 characters")


if __name__ == "__main__":
    main()
