"""The gate's measured goals on the shared dev splits (groups exactly as shared/tools/gate_eval.py).

Skips without LLUMI_SHARED_DATA. The same measurement runs later on a holdout nobody tunes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
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


# One recall goal of issue #2 is not met (dev: C-SSRS at-risk users at high+ 0.744 of 0.85 after
# session 2; reading all 48 missed users found 12 with first-person ideation or an attempt in the
# text, so the design's levels cap it near 0.80 on these posts). An unmet goal stays here as a
# strict xfail: the day the gate reaches it the xfail turns into a failure and the marker must come
# off. Meanwhile the floors below keep what was reached from slipping back.
GOAL_NOT_MET = "issue #2: recall at high is below the goal on dev (see the issue's closing note)"


def test_cssrs_at_risk_users_reach_concern(rates: dict[str, tuple[float, float]]) -> None:
    concern, _ = rates["cssrs_atrisk"]
    assert concern >= 0.95, f"C-SSRS Ideation/Behavior/Attempt at concern+: {concern:.3f}"


@pytest.mark.xfail(strict=True, reason=GOAL_NOT_MET)
def test_cssrs_at_risk_users_reach_high(rates: dict[str, tuple[float, float]]) -> None:
    _, high = rates["cssrs_atrisk"]
    assert high >= 0.85, f"C-SSRS Ideation/Behavior/Attempt at high+: {high:.3f}"


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
