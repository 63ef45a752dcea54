"""A community's own agreement with its crisis gate, from its moderators' verdicts, read the way
`shared/tools/gate_gold.py` reads the gold posts; and the disputed posts, scrubbed, from which
moderators write `extra_phrases` / `ignore_phrases`.

One post counts once: when several moderators gave verdicts, the latest one stands (a moderator
who changes their mind replaces their own verdict in the store). The posts are the ones the gate
alerted on plus the misses moderators reported, not a random sample: recall is an upper bound
(misses nobody reported are not counted) and the rates move with what moderators take time to mark.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.learning.scrub import scrub
from bot.store import VerdictRecord
from policies.levels import Level

#: The lexicon's goals from the issue (the same as gate_gold.py's), for the report's last column.
GOALS: dict[str, tuple[str, float]] = {
    "recall_high": (">=", 0.90),
    "imminent": (">=", 0.70),
    "false_high": ("<=", 0.04),
    "exact": (">=", 0.80),
}


@dataclass(frozen=True)
class Agreement:
    """The gate against its moderators: rates (None where nothing was counted) and counts."""

    posts: int
    verdicts: int
    moderators: int
    kinds: dict[str, int]
    at_high: int  # posts moderators put at >= high
    imminent: int  # posts moderators put at imminent
    low: int  # posts moderators put at concern or below
    rates: dict[str, float | None]


def latest_per_post(verdicts: Iterable[VerdictRecord]) -> list[VerdictRecord]:
    """One verdict per post: the latest (verdicts come oldest first from the store)."""
    latest: dict[str, VerdictRecord] = {}
    for verdict in verdicts:
        latest[verdict.post_key] = verdict
    return list(latest.values())


def _rate(records: Sequence[VerdictRecord], hit: Any) -> float | None:
    return sum(1 for r in records if hit(r)) / len(records) if records else None


def agreement(verdicts: Sequence[VerdictRecord]) -> Agreement:
    posts = latest_per_post(verdicts)
    high = [r for r in posts if r.people_level >= Level.HIGH]
    imminent = [r for r in posts if r.people_level is Level.IMMINENT]
    low = [r for r in posts if r.people_level <= Level.CONCERN]
    rates = {
        "recall_high": _rate(high, lambda r: r.gate_level >= Level.HIGH),
        "recall_concern": _rate(high, lambda r: r.gate_level >= Level.CONCERN),
        "imminent": _rate(imminent, lambda r: r.gate_level is Level.IMMINENT),
        "false_high": _rate(low, lambda r: r.gate_level >= Level.HIGH),
        "exact": _rate(posts, lambda r: r.gate_level == r.people_level),
    }
    return Agreement(
        posts=len(posts),
        verdicts=len(verdicts),
        moderators=len({v.moderator for v in verdicts}),
        kinds=dict(Counter(r.kind for r in posts)),
        at_high=len(high),
        imminent=len(imminent),
        low=len(low),
        rates=rates,
    )


def render_agreement(found: Agreement, community: str | None, since: str | None) -> str:
    scope = community or "all communities"
    window = f", last {since}" if since else ""
    lines = [
        f"verdicts in {scope}{window}: {found.posts} posts ({found.at_high} at >= high,"
        f" {found.imminent} imminent, {found.low} at concern or below), {found.verdicts} verdicts"
        f" by {found.moderators} moderators",
        "  " + ", ".join(f"{k} {n}" for k, n in sorted(found.kinds.items())) if found.kinds else "",
    ]
    for name, value in found.rates.items():
        goal = GOALS.get(name)
        shown = "  -  " if value is None else f"{value:.3f}"
        line = f"  {name:15} {shown}" + (f"   goal {goal[0]} {goal[1]}" if goal else "")
        lines.append(line.rstrip())
    lines.append(
        "  (alerts and reported misses only: recall counts only the misses moderators reported)"
    )
    return "\n".join(line for line in lines if line)


def disputed(verdicts: Sequence[VerdictRecord]) -> list[VerdictRecord]:
    """The posts where the moderators' latest verdict differs from the gate's level."""
    return [r for r in latest_per_post(verdicts) if r.people_level != r.gate_level]


def _without_author(text: str, author: str) -> str:
    """The author's own name out of the text, before the pattern scrubber runs."""
    if len(author) < 3:
        return text
    return re.sub(rf"(?<!\w){re.escape(author)}(?!\w)", "[user]", text, flags=re.IGNORECASE)


def miss_line(record: VerdictRecord) -> dict[str, Any]:
    """One disputed post for the misses file: levels, versions and the scrubbed text."""
    text = record.post_text
    return {
        "community": record.community,
        "post": record.post_key,
        "kind": record.kind,
        "gate": record.gate_level.label,
        "moderators": record.people_level.label,
        "direction": "missed" if record.people_level > record.gate_level else "raised",
        "lexicon_version": record.lexicon_version,
        "rules_version": record.rules_version,
        "text": scrub(_without_author(text, record.author)) if text else None,
    }


def write_misses(path: Path, verdicts: Sequence[VerdictRecord]) -> int:
    """Write the disputed posts as JSON lines to a new file only its owner can read (0600)."""
    lines = [json.dumps(miss_line(r), ensure_ascii=False) for r in disputed(verdicts)]
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
    return len(lines)
