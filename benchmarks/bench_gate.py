"""Crisis-gate throughput against the keyword baseline, measured in the same run.

usage: LLUMI_SHARED_DATA=../shared/data python benchmarks/bench_gate.py [N_POSTS]

Screens N posts (default 20,000) drawn from the shared datasets (each cut at 2,000 characters,
cycling if there are fewer) with the gate and with the keyword baseline that issue #2 describes:
SRL constructs for ideation and "other suicidal language" as `high`, self-injury, lethal means,
hopelessness, burdensomeness and entrapment as `concern`, one whole-word alternation regex per
level over lower-cased text. Prints posts/second for both and their ratio. Reports, never fails.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies.crisis import CrisisGate
from policies.levels import Level

DATASETS = ("cssrs_reddit", "sdcnl", "dreaddit", "cams")
HIGH = (
    "Active suicidal ideation & suicidal planning",
    "Passive suicidal ideation",
    "Other suicidal language",
)
CONCERN = (
    "Direct self-injury",
    "Lethal means for suicide",
    "Hopelessness",
    "Burdensomeness",
    "Entrapment & desire to escape",
)


class KeywordBaseline:
    """The naive gate: one giant whole-word alternation per level over lower-cased text."""

    def __init__(self, lexicon_json: Path) -> None:
        constructs = json.loads(lexicon_json.read_text(encoding="utf-8"))

        def pattern(names: tuple[str, ...]) -> re.Pattern[str]:
            phrases = {t.lower() for n in names for t in constructs[n]["tokens"]}
            ordered = sorted(phrases, key=len, reverse=True)
            return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")

        self.high = pattern(HIGH)
        self.concern = pattern(CONCERN)

    def level(self, text: str) -> Level:
        lowered = text.lower()
        if self.high.search(lowered):
            return Level.HIGH
        if self.concern.search(lowered):
            return Level.CONCERN
        return Level.NONE


def load_posts(data: Path, count: int) -> list[str]:
    texts: list[str] = []
    for name in DATASETS:
        path = data / name / "dev.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                texts.extend(json.loads(line)["text"][:2000] for line in lines if line.strip())
    if not texts:
        raise SystemExit(f"no dev.jsonl under {data} ({', '.join(DATASETS)})")
    return list(islice(cycle(texts), count))


def rate(label: str, posts: list[str], screen: object) -> float:
    assert callable(screen)
    started = time.perf_counter()
    for post in posts:
        screen(post)
    elapsed = time.perf_counter() - started
    per_second = len(posts) / elapsed
    print(f"{label:9s} {len(posts)} posts in {elapsed:6.2f}s  {per_second:9.0f} posts/s")
    return per_second


def main() -> None:
    raw = os.environ.get("LLUMI_SHARED_DATA", "")
    if not raw:
        raise SystemExit("set LLUMI_SHARED_DATA to the shared datasets folder")
    data = Path(raw)
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    posts = load_posts(data, count)
    chars = sum(len(p) for p in posts)
    print(f"{len(posts)} posts, {chars / len(posts):.0f} characters on average")
    started = time.perf_counter()
    gate = CrisisGate()
    gate.lexicon.prepare()  # as default_gate() does for a long-lived gate
    gate.screen("warm up")
    print(f"gate built in {time.perf_counter() - started:.2f}s (version {gate.version})")
    started = time.perf_counter()
    baseline = KeywordBaseline(data / "suicide-risk-lexicon" / "srl_v1-0_validated.json")
    baseline.level("warm up")
    print(f"baseline built in {time.perf_counter() - started:.2f}s")
    gate_rate = rate("gate", posts, gate.screen)
    base_rate = rate("baseline", posts, baseline.level)
    print(f"gate/baseline speed ratio {gate_rate / base_rate:.2f} (goal >= 1.0)")


if __name__ == "__main__":
    main()
