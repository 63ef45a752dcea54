"""Moderators' verdicts on the crisis gate: the gate's own learning loop.

A moderator marks an alert as the right call, not a crisis, or the level it should have had, and
reports a post the gate missed with its level. The adapters authorise (the subreddit's moderators,
the Discord crisis role) and fetch the post; this module turns the verdict into a stored record
with the versions of the rules that made the call. Every refusal is a `Refused` whose message is
the one line the moderator reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core.domain import Post, utcnow
from bot.core.errors import Refused
from bot.store import AlertRecord, Store, VerdictRecord
from policies.levels import Level, Screening

#: What a moderator may say about an alert: a level names the level it should have had.
VERDICT_WORDS = ("right", "wrong", "none", "concern", "high", "imminent")
#: The levels a missed post may be reported at (a post below `concern` was not missed).
MISSED_LEVELS = (Level.CONCERN, Level.HIGH, Level.IMMINENT)

DESCRIBED = {"right": "the right call", "wrong": "not a crisis", "missed": "missed"}


@dataclass(frozen=True)
class VerdictWord:
    """A parsed verdict: `right`, `wrong` (not a crisis: counted as `none`), or a level."""

    kind: str  # "right", "wrong" or "level"
    level: Level | None = None

    def people_level(self, gate_level: Level) -> Level:
        if self.kind == "right":
            return gate_level
        if self.kind == "wrong":
            return Level.NONE
        assert self.level is not None
        return self.level


def parse_verdict(word: str) -> VerdictWord:
    """`right`, `wrong` or a level name; Refused naming the choices for anything else."""
    cleaned = word.strip().lower()
    if cleaned in ("right", "wrong"):
        return VerdictWord(cleaned)
    try:
        return VerdictWord("level", Level.parse(cleaned))
    except ValueError:
        raise Refused(
            f"`{cleaned[:20]}` is not a verdict: use right, wrong (not a crisis),"
            " or the level it should have had (none, concern, high, imminent)"
        ) from None


def parse_missed_level(word: str) -> Level:
    """The level of a missed post: concern, high or imminent."""
    try:
        level = Level.parse(word)
    except ValueError:
        level = Level.NONE
    if level not in MISSED_LEVELS:
        raise Refused(
            f"`{word.strip()[:20]}` is not a level for a missed post: use concern, high or imminent"
        )
    return level


class GateVerdicts:
    """Records verdicts; knows nothing of platforms (the adapter passes the fetched post)."""

    def __init__(
        self,
        store: Store,
        *,
        gate_version: Callable[[str], str],
        screen: Callable[[Post], Screening],
    ) -> None:
        self.store = store
        self.gate_version = gate_version
        self.screen = screen

    def alert(self, alert_id: str) -> AlertRecord:
        """The alert a verdict is about; Refused when there is none by that id."""
        found = self.store.get_alert(alert_id.strip())
        if found is None:
            raise Refused(f"there is no alert `{alert_id.strip()[:40]}`")
        return found

    def on_alert(
        self, alert: AlertRecord, word: VerdictWord, moderator: str, post_text: str | None
    ) -> VerdictRecord:
        """Record `moderator`'s verdict on `alert`. A level equal to the alert's is `right`; the
        post's text is kept only when the verdict disputes the call (for `gate misses`)."""
        kind = word.kind
        if kind == "level" and word.level == alert.level:
            kind = "right"
        people = word.people_level(alert.level)
        stored = self.store.get_screening(alert.post_key)
        record = VerdictRecord(
            community=alert.community,
            platform=alert.platform,
            post_key=alert.post_key,
            alert_id=alert.id,
            kind=kind,
            gate_level=alert.level,
            people_level=people,
            moderator=moderator,
            author=alert.author,
            url=stored.url if stored else "",
            lexicon_version=stored.lexicon_version if stored else "",
            rules_version=self.gate_version(alert.community),
            post_text=post_text if kind != "right" else None,
            created_at=utcnow(),
        )
        self.store.save_verdict(record)
        self.store.audit(
            "verdict",
            community=alert.community,
            post_key=alert.post_key,
            requester=moderator,
            level=people,
            detail=f"{alert.id} {kind} (gate {alert.level.label})",
        )
        return record

    def on_missed(self, post: Post, level: Level, moderator: str) -> VerdictRecord:
        """Record a post the gate did not alert on, at the level `moderator` gives it."""
        if level not in MISSED_LEVELS:
            raise Refused("a missed post is reported at concern, high or imminent")
        screening = self.screen(post)  # stored, so its versions are the ones recorded
        alert = self.store.alert_for_post(post.key)
        gate_level = max(screening.level, alert.level) if alert else screening.level
        record = VerdictRecord(
            community=post.community,
            platform=post.platform,
            post_key=post.key,
            alert_id=alert.id if alert else None,
            kind="missed",
            gate_level=gate_level,
            people_level=level,
            moderator=moderator,
            author=post.author,
            url=post.url,
            lexicon_version=screening.lexicon_version,
            rules_version=self.gate_version(post.community),
            post_text=post.full_text if gate_level != level else None,
            created_at=utcnow(),
        )
        self.store.save_verdict(record)
        self.store.audit(
            "verdict",
            community=post.community,
            post_key=post.key,
            requester=moderator,
            level=level,
            detail=f"missed (gate {gate_level.label})",
        )
        return record


def describe(record: VerdictRecord) -> str:
    """The private answer to the moderator: what was recorded, in one line."""
    if record.kind == "missed":
        head = f"Thank you: recorded as a missed {record.people_level.label} post"
        if record.gate_level >= record.people_level:
            return f"{head}; note that the gate already puts it at {record.gate_level.label}" + (
                f" (alert {record.alert_id})." if record.alert_id else "."
            )
        return f"{head} (the gate said {record.gate_level.label})."
    said = DESCRIBED.get(record.kind) or f"should have been {record.people_level.label}"
    return (
        f"Thank you: your verdict on alert {record.alert_id} ({record.gate_level.label})"
        f" is recorded: {said}."
    )
