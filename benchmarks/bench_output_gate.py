"""Output-gate cost per 1,000 characters of draft, against the crisis screen in the same run.

usage: LLUMI_SHARED_DATA=../shared/data .venv/bin/python benchmarks/bench_output_gate.py [ROUNDS]

Judges the draft-safety dev drafts and CounselChat answers (each cut at 2,000 characters) with
`check_draft`, and screens the same texts with the crisis gate alone (which the output gate runs
inside it), ROUNDS times (default 3). Prints milliseconds per 1,000 characters for both and their
ratio. Goal: the rules cost at most 1 ms per 1,000 characters. Reports, never fails.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies.crisis import default_gate
from policies.output import check_draft
from policies.resources import resource_urls, resources_for


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


def ms_per_1000_chars(texts: list[str], judge: Callable[[str], object], rounds: int) -> float:
    judge("warm up")
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            judge(text)
    elapsed = (time.perf_counter() - started) / rounds
    return elapsed * 1000 / (sum(len(t) for t in texts) / 1000)


def main() -> None:
    data = os.environ.get("LLUMI_SHARED_DATA")
    if not data:
        raise SystemExit("set LLUMI_SHARED_DATA to the shared data folder (../shared/data)")
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    texts = load_drafts(Path(data))
    allowed = resource_urls(resources_for("en-US"))
    screen = default_gate().screen
    baseline = ms_per_1000_chars(texts, screen, rounds)
    gate = ms_per_1000_chars(texts, lambda t: check_draft(t, allowed_urls=allowed), rounds)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} drafts, {chars:,} characters, {rounds} rounds")
    print(f"crisis screen alone: {baseline:.3f} ms per 1,000 characters")
    print(f"output gate (rules): {gate:.3f} ms per 1,000 characters ({gate / baseline:.2f}x)")
    print("goal: at most 1 ms per 1,000 characters")


if __name__ == "__main__":
    main()
