"""The gate's measured goals on the shared dev splits (groups exactly as shared/tools/gate_eval.py)
and on the posts people read and gave the design's levels (gold_levels, as
shared/tools/gate_gold.py measures them).

Skips without LLUMI_SHARED_DATA. The same measurement runs later on a holdout nobody tunes on.
Issue 10 replaced issue #2's C-SSRS at-risk `>= high` 0.85 goal, which conflicted with the
design's own levels, by the gold levels' goals below.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from policies.crisis import default_gate
from policies.levels import Level


def _rows(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


@pytest.fixture(scope="module")
def rates(shared_data: Path) -> dict[str, tuple[float, float]]:
    """group -> (share at concern or above, share at high or above)."""
    groups: dict[str, list[str]] = {}
    for row in _rows(shared_data / "cssrs_reddit" / "dev.jsonl"):
        label = str(row["label"])
        group = (
            "cssrs_atrisk"
            if label in ("Ideation", "Behavior", "Attempt")
            else f"cssrs_{label.lower()}"
        )
        groups.setdefault(group, []).append(str(row["text"]))
    for row in _rows(shared_data / "sdcnl" / "dev.jsonl"):
        groups.setdefault(f"sdcnl_{row['label']}", []).append(str(row["text"]))
    for row in _rows(shared_data / "dreaddit" / "dev.jsonl"):
        groups.setdefault("dreaddit_all", []).append(str(row["text"]))
    gate = default_gate()
    out = {}
    for group, texts in groups.items():
        levels = [gate.screen(text).level for text in texts]
        out[group] = (
            sum(level >= Level.CONCERN for level in levels) / len(levels),
            sum(level >= Level.HIGH for level in levels) / len(levels),
        )
    return out


def test_cssrs_at_risk_users_reach_concern(rates: dict[str, tuple[float, float]]) -> None:
    concern, _ = rates["cssrs_atrisk"]
    assert concern >= 0.95, f"C-SSRS Ideation/Behavior/Attempt at concern+: {concern:.3f}"


def test_cssrs_at_risk_high_recall_does_not_slip(rates: dict[str, tuple[float, float]]) -> None:
    _, high = rates["cssrs_atrisk"]
    assert high >= 0.74, f"C-SSRS Ideation/Behavior/Attempt at high+: {high:.3f}"


def test_suicidewatch_posts_reach_concern(rates: dict[str, tuple[float, float]]) -> None:
    concern, _ = rates["sdcnl_suicide"]
    assert concern >= 0.85, f"SDCNL suicide at concern+: {concern:.3f}"


def test_suicidewatch_posts_reach_high(rates: dict[str, tuple[float, float]]) -> None:
    _, high = rates["sdcnl_suicide"]
    assert high >= 0.70, f"SDCNL suicide at high+: {high:.3f}"


def test_suicidewatch_high_recall_does_not_slip(rates: dict[str, tuple[float, float]]) -> None:
    _, high = rates["sdcnl_suicide"]
    assert high >= 0.715, f"SDCNL suicide at high+: {high:.3f}"


def test_supportive_users_are_rarely_escalated(rates: dict[str, tuple[float, float]]) -> None:
    _, high = rates["cssrs_supportive"]
    assert high <= 0.40, f"C-SSRS Supportive at high+: {high:.3f}"


def test_everyday_distress_is_rarely_escalated(rates: dict[str, tuple[float, float]]) -> None:
    _, high = rates["dreaddit_all"]
    assert high <= 0.03, f"Dreaddit at high+: {high:.3f}"


LEVELS = ("none", "concern", "high", "imminent")


@pytest.fixture(scope="module")
def gold(shared_data: Path) -> list[tuple[Level, Level]]:
    """(the people's level, the gate's level) for each gold post (the first 5,000 characters,
    what the people read)."""
    wanted = {
        str(row["id"]): str(row["level"])
        for row in _rows(shared_data / "gold_levels" / "dev.jsonl")
    }
    texts: dict[str, str] = {}
    for name in ("sdcnl", "dreaddit"):
        for row in _rows(shared_data / name / "dev.jsonl"):
            if row["id"] in wanted:
                texts[str(row["id"])] = str(row["text"])[:5000]
    gate = default_gate()
    return [
        (Level(LEVELS.index(level)), gate.screen(texts[key]).level) for key, level in wanted.items()
    ]


def _share(pairs: list[tuple[Level, Level]], counts: Callable[[Level, Level], bool]) -> float:
    return sum(counts(people, gate) for people, gate in pairs) / len(pairs)


def test_gold_high_recall(gold: list[tuple[Level, Level]]) -> None:
    high = [p for p in gold if p[0] >= Level.HIGH]
    recall = _share(high, lambda _, gate: gate >= Level.HIGH)
    assert recall >= 0.90, f"gold >= high recall {recall:.3f}"


def test_gold_imminent_called_imminent(gold: list[tuple[Level, Level]]) -> None:
    imminent = [p for p in gold if p[0] == Level.IMMINENT]
    share = _share(imminent, lambda _, gate: gate == Level.IMMINENT)
    assert share >= 0.70, f"gold imminent called imminent {share:.3f}"


def test_gold_concern_or_below_rarely_raised(gold: list[tuple[Level, Level]]) -> None:
    low = [p for p in gold if p[0] <= Level.CONCERN]
    raised = _share(low, lambda _, gate: gate >= Level.HIGH)
    assert raised <= 0.04, f"gold concern-or-below raised to >= high {raised:.3f}"


def test_gold_exact_level(gold: list[tuple[Level, Level]]) -> None:
    exact = _share(gold, lambda people, gate: people == gate)
    assert exact >= 0.80, f"gold exact level {exact:.3f}"
