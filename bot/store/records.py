"""What the store gives back: frozen records, and the helpers that turn rows into them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from policies.levels import Level, Screening, Signal


def to_iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class JournalEntry:
    key: str
    kind: str
    payload: dict[str, Any]
    created_at: datetime


@dataclass(frozen=True)
class StoredScreening:
    post_key: str
    community: str
    author: str
    url: str
    text_hash: str
    lexicon_version: str
    screening: Screening
    screened_at: datetime


@dataclass(frozen=True)
class AlertRecord:
    id: str
    community: str
    platform: str
    post_key: str
    author: str
    level: Level
    reason: str
    ping: bool
    state: str
    ref: str | None
    joins: str | None
    created_at: datetime
    claimed_by: str | None


@dataclass(frozen=True)
class DraftRecord:
    id: str
    post_key: str
    community: str
    requester: str
    kind: str
    status: str
    level: Level
    model: str
    prompt_version: str
    seed: int | None
    created_at: datetime
    text: str | None
    post_text: str | None
    reply_text: str | None
    rule: str | None = None


@dataclass(frozen=True)
class FeedbackRecord:
    id: int
    draft_id: str
    rater: str
    scores: dict[str, int]
    used: bool
    final_text: str | None
    created_at: datetime
    exported_at: datetime | None


@dataclass(frozen=True)
class QueuedConcern:
    post_key: str
    community: str
    level: Level
    url: str
    post_created_at: datetime | None
    queued_at: datetime


def signals_to_json(signals: Sequence[Signal]) -> str:
    """Signals without their text: category, level, phrase, span and context."""
    return json.dumps(
        [
            {
                "category": s.category,
                "level": s.level.label,
                "phrase": s.phrase,
                "start": s.start,
                "end": s.end,
                "context": s.context,
            }
            for s in signals
        ]
    )


def signals_from_json(raw: str) -> tuple[Signal, ...]:
    return tuple(
        Signal(
            category=item["category"],
            level=Level.parse(item["level"]),
            text="",
            start=item["start"],
            end=item["end"],
            phrase=item.get("phrase", ""),
            context=item.get("context"),
        )
        for item in json.loads(raw)
    )
