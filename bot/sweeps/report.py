"""What a sweep reports, what it raises, and the keys it keeps in the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.core.errors import LlumiError
from bot.sweeps.digest import (
    Digest,
    DigestEntry,
)

#: How many posts a sweep asks the platform for. Already-digested posts stay unanswered (and
#: listed) until `max_age`, so the listing must be long enough to reach past them.
LIST_LIMIT = 1000
DIGEST_KIND = "digest"
PART_KIND = "digest-part"
#: Yield to the event loop every this many screenings (a big backlog must not stall the bot).
YIELD_EVERY = 25


def claim_key(community: str, post_key: str) -> str:
    return f"digest:{community}:{post_key}"


class SweepError(LlumiError, RuntimeError):
    """A sweep cannot start; the message is one line a person can act on."""


class SweepBusy(SweepError):
    """A sweep of this community is already running in this process."""


class SweepProgress(Protocol):
    """Where a sweep reports its progress (the CLI's tqdm bar); phases: screen, draft, deliver."""

    def phase(self, name: str, total: int) -> None: ...

    def advance(self, count: int = 1) -> None: ...


class NoProgress:
    def phase(self, name: str, total: int) -> None:
        pass

    def advance(self, count: int = 1) -> None:
        pass


@dataclass
class SweepReport:
    """What one sweep did: counts, ids and timings only (safe to log)."""

    community: str
    started_at: datetime
    dry_run: bool = False
    listed: int = 0
    already_digested: int = 0
    escalated: list[str] = field(default_factory=list)
    not_escalated: list[DigestEntry] = field(default_factory=list)
    drafted: int = 0
    withheld: int = 0
    without_model: int = 0
    left_out: int = 0
    concerns: int = 0
    parts_sent: int = 0
    parts_pending: int = 0
    resent_parts: int = 0
    digest: Digest | None = None
    text: str = ""
    error: str | None = None
    #: time.perf_counter() stamps: the first escalation done, the first draft asked for, the
    #: last draft done, the sweep done.
    first_escalation: float | None = None
    first_draft: float | None = None
    drafts_done: float | None = None
    finished: float | None = None

    @property
    def delivered(self) -> bool:
        return self.error is None and self.parts_pending == 0

    def summary(self) -> str:
        return (
            f"sweep {self.community}: {self.listed} listed, {self.already_digested} already in a"
            f" digest, {len(self.escalated)} crisis escalated, {self.drafted} drafted,"
            f" {self.withheld} withheld, {self.without_model} without a model,"
            f" {self.left_out} left out, {self.concerns} queued concerns,"
            f" {self.parts_sent} parts sent ({self.resent_parts} from an earlier sweep),"
            f" {self.parts_pending} pending"
        )
