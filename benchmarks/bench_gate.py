"""Crisis-gate throughput against the keyword baseline, measured in the same run.

usage: LLUMI_SHARED_DATA=../shared/data python benchmarks/bench_gate.py [N_POSTS] [--rounds R]

(--rounds 0 skips the whole-process runs.)

Screens N posts (default 20,000) drawn from the shared datasets (each cut at 2,000 characters,
cycling if there are fewer) with the gate and with the keyword baseline that issue #2 describes:
SRL constructs for ideation and "other suicidal language" as `high`, self-injury, lethal means,
hopelessness, burdensomeness and entrapment as `concern`, one whole-word alternation regex per
level over lower-cased text. Two measures, each printed as posts/second for both and their ratio:

* in process: both built first, then timed in alternating chunks of posts (gate, baseline, gate,
  ...), so a burst of load on a shared machine falls on both alike;
* as whole processes: a fresh interpreter that imports, builds and screens all N posts, for the
  gate and for the baseline in turn, R rounds (default 3), the median of each.

Each is given in wall-clock seconds and in CPU seconds (this process's, or the child's user +
system time): on a machine shared with other work the CPU time is the steadier of the two.

Also prints `fold` on posts that hold one expanding character ("…", "™"), against `fold` on the
same posts without it. Reports, never fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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
CHUNK = 250  # posts per timed chunk in process


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


def build(which: str, data: Path) -> Callable[[str], object]:
    """The screening function of the gate (as `llumi` builds it) or of the keyword baseline."""
    if which == "gate":
        from policies.crisis import default_gate

        return default_gate().screen
    baseline = KeywordBaseline(data / "suicide-risk-lexicon" / "srl_v1-0_validated.json")
    return baseline.level


def alternating(
    posts: list[str], screens: dict[str, Callable[[str], object]]
) -> dict[str, tuple[float, float]]:
    """Wall-clock and CPU seconds each screen takes over all posts, timed in alternating chunks."""
    spent = dict.fromkeys(screens, (0.0, 0.0))
    for at in range(0, len(posts), CHUNK):
        chunk = posts[at : at + CHUNK]
        for label, screen in screens.items():
            wall, cpu = time.perf_counter(), time.process_time()
            for post in chunk:
                screen(post)
            before = spent[label]
            spent[label] = (
                before[0] + time.perf_counter() - wall,
                before[1] + time.process_time() - cpu,
            )
    return spent


def whole_process(which: str, data: Path, count: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds for a fresh interpreter to import, build and screen `count`
    posts."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, str(count), "--only", which],
        check=True,
        env={**os.environ, "LLUMI_SHARED_DATA": str(data)},
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def fold_expanding(posts: list[str]) -> tuple[float, float]:
    """Seconds to fold the posts as they are, and with one "…" added to each."""
    from policies.normalize import fold

    plain = [p + "..." for p in posts]
    expanding = [p + "…" for p in posts]
    spent = [0.0, 0.0]
    for at in range(0, len(posts), CHUNK):
        for k, texts in enumerate((plain, expanding)):
            started = time.perf_counter()
            for text in texts[at : at + CHUNK]:
                fold(text)
            spent[k] += time.perf_counter() - started
    return spent[0], spent[1]


def report(label: str, count: int, seconds: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = seconds
    print(
        f"  {label:9s} {count} posts in {wall:6.2f}s ({count / wall:6.0f} posts/s), "
        f"CPU {cpu:6.2f}s ({count / cpu:6.0f} posts/s)"
    )
    return count / wall, count / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=("gate", "baseline"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    raw = os.environ.get("LLUMI_SHARED_DATA", "")
    if not raw:
        raise SystemExit("set LLUMI_SHARED_DATA to the shared datasets folder")
    data = Path(raw)
    posts = load_posts(data, args.count)
    if args.only:  # the child of a whole-process run
        screen = build(args.only, data)
        for post in posts:
            screen(post)
        return

    print(f"{len(posts)} posts, {sum(map(len, posts)) / len(posts):.0f} characters on average")
    built = {}
    for which in ("gate", "baseline"):
        started = time.perf_counter()
        built[which] = build(which, data)
        built[which]("warm up")
        print(f"{which} built in {time.perf_counter() - started:.2f}s")

    print(f"in process, alternating chunks of {CHUNK} posts:")
    spent = alternating(posts, built)
    gate, base = (report(k, len(posts), spent[k]) for k in ("gate", "baseline"))
    print(
        f"  gate/baseline speed ratio in process {gate[0] / base[0]:.2f} "
        f"(CPU time {gate[1] / base[1]:.2f})"
    )

    if args.rounds > 0:
        print_whole_processes(data, len(posts), args.rounds)
    plain, expanding = fold_expanding(posts)
    print(
        f"fold: {plain:.2f}s for the posts, {expanding:.2f}s with one '…' each "
        f"({expanding / plain:.2f}x)"
    )


def print_whole_processes(data: Path, count: int, rounds: int) -> None:
    print(f"as whole processes (import, build, screen), median of {rounds} rounds:")
    runs: dict[str, list[tuple[float, float]]] = {"gate": [], "baseline": []}
    for _ in range(rounds):
        for which in runs:
            runs[which].append(whole_process(which, data, count))
    medians = {
        k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
        for k, v in runs.items()
    }
    gate, base = (report(k, count, medians[k]) for k in ("gate", "baseline"))
    print(
        f"  gate/baseline speed ratio as whole processes {gate[0] / base[0]:.2f} "
        f"(CPU time {gate[1] / base[1]:.2f}; goal >= 2, aim 3)"
    )


if __name__ == "__main__":
    main()
