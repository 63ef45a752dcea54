"""The core's domain: posts, replies, who asked, and the typed outcomes adapters render.

Adapters build these from platform events; the core never sees a praw or discord.py object.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from policies.levels import Level, Screening, Signal
from policies.resources import CrisisLine

#: The longest post llumi reads (Reddit's own limit for a post's text): console input beyond it is
#: cut there, and the cut is said, so one pasted file cannot take minutes and gigabytes.
MAX_POST_CHARS = 40_000

__all__ = [
    "DIMENSIONS",
    "Alert",
    "CrisisLine",
    "Draft",
    "Escalated",
    "Feedback",
    "Level",
    "Outcome",
    "Post",
    "Priority",
    "Reply",
    "Requester",
    "Screening",
    "Signal",
    "Unavailable",
    "Withheld",
]

DIMENSIONS: tuple[str, ...] = ("readability", "empathy", "connection", "actionability", "safety")


def utcnow() -> datetime:
    """Now, in UTC: the one clock of the core and the adapters (tests inject their own)."""
    return datetime.now(UTC)


def aware(moment: datetime | None) -> datetime | None:
    """A platform's naive time read as UTC."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Priority(enum.IntEnum):
    """Who waits for the model: the short checks that decide an alert or finish a draft (the
    second opinion, the safety judge) go first, then interactive requests, then sweep drafts."""

    ALERT = -1
    INTERACTIVE = 0
    SWEEP = 1


@dataclass(frozen=True)
class Post:
    """A post (or comment, or message) someone wrote in a community.

    `key` is unique across platforms (e.g. "reddit:t3_abc", "discord:1234"); `community` is the
    `name` of the community in the communities file ("" for the console without `--community`).
    """

    key: str
    community: str
    text: str
    author: str = ""
    title: str = ""
    url: str = ""
    created_at: datetime | None = None
    platform: str = "console"

    @property
    def full_text(self) -> str:
        """What is screened and drafted for: the title and the body."""
        if self.title and self.text:
            return f"{self.title}\n\n{self.text}"
        return self.title or self.text


@dataclass(frozen=True)
class Reply:
    """A reply a human helper wrote, which the IM improves."""

    text: str
    author: str = ""


@dataclass(frozen=True)
class Requester:
    """The helper who asked, already authorised by the adapter (`platform:id`)."""

    platform: str
    id: str
    name: str = ""

    @property
    def ref(self) -> str:
        return f"{self.platform}:{self.id}"


@dataclass(frozen=True)
class Alert:
    """An escalation to a community's moderators. `joins` is the platform reference of an earlier
    alert for the same author in the same window, which this one continues instead of opening."""

    id: str
    community: str
    post: Post
    screening: Screening
    resources: tuple[CrisisLine, ...]
    joins: str | None = None
    ping: bool = True
    reason: str = "crisis"


@dataclass(frozen=True)
class Escalated:
    """A crisis post: the moderators were alerted; no draft was made."""

    level: Level
    signals: tuple[Signal, ...]
    resources: tuple[CrisisLine, ...]
    alert_id: str
    status: str = "escalated"


@dataclass(frozen=True)
class Draft:
    """A draft that passed both gates, for the helper who asked only."""

    id: str
    text: str
    level: Level
    signals: tuple[Signal, ...] = ()
    resources: tuple[CrisisLine, ...] = ()
    banner: str | None = None
    alert_id: str | None = None
    model: str = ""
    prompt_version: str = ""
    status: str = "draft"


@dataclass(frozen=True)
class Withheld:
    """The model's drafts failed the output gate (rules, safety judge, quality floor) after the one
    regeneration, or the safety judge was unavailable. `rule` names what failed, `kind` its kind
    of harm, `detail` names the kind and the offending sentence (for helpers and moderators only,
    never the poster)."""

    level: Level
    rule: str
    detail: str = ""
    resources: tuple[CrisisLine, ...] = ()
    kind: str = ""
    status: str = "withheld"


@dataclass(frozen=True)
class Unavailable:
    """The model could not be reached or answered badly; `reason` says what to do."""

    level: Level
    reason: str
    resources: tuple[CrisisLine, ...] = ()
    status: str = "unavailable"


Outcome = Escalated | Draft | Withheld | Unavailable


@dataclass(frozen=True)
class Feedback:
    """A helper's judgement of a draft: five scores (1-5), whether it was used, what was posted."""

    draft_id: str
    rater: str
    scores: dict[str, int] = field(default_factory=dict)
    used: bool = False
    final_text: str | None = None

    def __post_init__(self) -> None:
        unknown = set(self.scores) - set(DIMENSIONS)
        if unknown:
            raise ValueError(f"unknown feedback dimension(s): {', '.join(sorted(unknown))}")
        for name, value in self.scores.items():
            if not 1 <= value <= 5:
                raise ValueError(f"{name} must be between 1 and 5, not {value}")


def outcome_to_json(outcome: Outcome) -> dict[str, Any]:
    """The stable JSON shape of the CLI's `--json` (status, level, draft, resources, reason)."""
    data: dict[str, Any] = {
        "status": outcome.status,
        "level": outcome.level.label,
        "draft": None,
        "resources": [line.to_json() for line in outcome.resources],
        "reason": None,
    }
    if isinstance(outcome, Draft):
        data.update(
            draft=outcome.text,
            draft_id=outcome.id,
            banner=outcome.banner,
            alert_id=outcome.alert_id,
            model=outcome.model,
            prompt_version=outcome.prompt_version,
        )
        data["signals"] = [s.to_json() for s in outcome.signals]
    elif isinstance(outcome, Escalated):
        data.update(alert_id=outcome.alert_id, reason="crisis: escalated to the moderators")
        data["signals"] = [s.to_json() for s in outcome.signals]
    elif isinstance(outcome, Withheld):
        data.update(
            reason=f"{outcome.rule}: {outcome.detail}" if outcome.detail else outcome.rule,
            kind=outcome.kind or None,
        )
    else:
        data.update(reason=outcome.reason)
    if not isinstance(outcome, Escalated):
        data.setdefault("signals", [])
    return data
