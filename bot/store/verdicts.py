"""Moderators' verdicts on the crisis gate: one row per post and moderator (a later verdict by the
same moderator replaces the earlier one), with the versions of the rules that made the call.

Disputed verdicts keep the post's text (the `gate misses` file is written from it); it is purged
with the rest of the stored text after the retention period, and `forget` deletes a person's
verdicts, as author or as moderator.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.store.connection import StoreBase
from bot.store.records import from_iso, to_iso
from policies.levels import Level

if TYPE_CHECKING:
    from bot.store.forget import Forgetting

#: A verdict's kinds: the alert was right, not a crisis, should have had another level, or a post
#: the gate did not alert on was reported with its level.
KINDS = ("right", "wrong", "level", "missed")


@dataclass(frozen=True)
class VerdictRecord:
    community: str
    platform: str
    post_key: str
    alert_id: str | None
    kind: str
    gate_level: Level
    people_level: Level
    moderator: str
    author: str
    url: str
    lexicon_version: str
    rules_version: str
    post_text: str | None
    created_at: datetime


def _verdict(row: sqlite3.Row) -> VerdictRecord:
    return VerdictRecord(
        community=row["community"],
        platform=row["platform"],
        post_key=row["post_key"],
        alert_id=row["alert_id"],
        kind=row["kind"],
        gate_level=Level.parse(row["gate_level"]),
        people_level=Level.parse(row["people_level"]),
        moderator=row["moderator"],
        author=row["author"],
        url=row["url"],
        lexicon_version=row["lexicon_version"],
        rules_version=row["rules_version"],
        post_text=row["post_text"],
        created_at=from_iso(row["created_at"]),  # type: ignore[arg-type]
    )


class VerdictTables(StoreBase):
    # -- verdicts ----------------------------------------------------------------------------

    def save_verdict(self, verdict: VerdictRecord) -> None:
        """Record a moderator's verdict; their earlier verdict on the same post is replaced."""
        if verdict.kind not in KINDS:
            raise ValueError(f"unknown verdict kind {verdict.kind!r}")
        with self._tx() as db:
            db.execute(
                "INSERT INTO verdicts (community, platform, post_key, alert_id, kind, gate_level,"
                " people_level, moderator, author, url, lexicon_version, rules_version,"
                " post_text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (post_key, moderator) DO UPDATE SET alert_id = excluded.alert_id,"
                " kind = excluded.kind, gate_level = excluded.gate_level,"
                " people_level = excluded.people_level, url = excluded.url,"
                " lexicon_version = excluded.lexicon_version,"
                " rules_version = excluded.rules_version, post_text = excluded.post_text,"
                " created_at = excluded.created_at",
                (
                    verdict.community,
                    verdict.platform,
                    verdict.post_key,
                    verdict.alert_id,
                    verdict.kind,
                    verdict.gate_level.label,
                    verdict.people_level.label,
                    verdict.moderator,
                    verdict.author,
                    verdict.url,
                    verdict.lexicon_version,
                    verdict.rules_version,
                    verdict.post_text,
                    to_iso(verdict.created_at),
                ),
            )

    def verdicts(
        self, *, community: str | None = None, since: datetime | None = None
    ) -> list[VerdictRecord]:
        """Verdicts, oldest first, of one community (or all) given since `since` (or ever)."""
        query = "SELECT * FROM verdicts WHERE 1 = 1"
        args: list[str] = []
        if community is not None:
            query += " AND community = ?"
            args.append(community)
        if since is not None:
            query += " AND created_at >= ?"
            args.append(to_iso(since) or "")
        with self._lock:
            rows = self._db.execute(query + " ORDER BY created_at, id", args).fetchall()
        return [_verdict(r) for r in rows]


def purge_verdict_text(db: sqlite3.Connection, cutoff: str | None) -> int:
    """Retention's part here: drop the post text kept with verdicts given before `cutoff` (ISO).

    Takes the open transaction of the purge path."""
    return db.execute(
        "UPDATE verdicts SET post_text = NULL WHERE created_at < ? AND post_text IS NOT NULL",
        (cutoff,),
    ).rowcount


def forget_verdict_text(db: sqlite3.Connection, post_key: str) -> int:
    """The post was deleted on its platform: the text kept with its verdicts goes at once."""
    return db.execute(
        "UPDATE verdicts SET post_text = NULL WHERE post_key = ? AND post_text IS NOT NULL",
        (post_key,),
    ).rowcount


def forget_verdicts(db: sqlite3.Connection, run: Forgetting) -> None:
    """`forget USER`'s part here (a `Forgetter`): the verdicts on their posts and the verdicts they
    gave, matched exactly the way the forget path matches every table."""
    rows = db.execute("SELECT id, post_key, platform, author, moderator FROM verdicts").fetchall()
    ids = [
        row_id
        for row_id, post_key, platform, author, moderator in rows
        if post_key in run.post_keys
        or run.person.is_named(platform, author)
        or run.person.is_ref(moderator)
        or run.person.is_named(platform, moderator)
    ]
    run.count(
        "verdicts", sum(db.execute("DELETE FROM verdicts WHERE id = ?", (i,)).rowcount for i in ids)
    )
