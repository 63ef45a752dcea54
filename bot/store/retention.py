"""The audit trail, retention and forgetting (what leaves the store, and when)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.core.domain import utcnow
from bot.store.connection import StoreBase
from bot.store.forget import FORGETTERS, Forgetting, Person, post_key_hash
from bot.store.records import (
    to_iso,
)
from bot.store.verdicts import forget_verdict_text, purge_verdict_text
from policies.levels import Level


class RetentionTables(StoreBase):
    # -- audit -------------------------------------------------------------------------------

    def audit(
        self,
        event: str,
        *,
        community: str = "",
        post_key: str = "",
        requester: str = "",
        level: Level | None = None,
        model: str = "",
        prompt_version: str = "",
        duration_ms: float | None = None,
        detail: str = "",
    ) -> None:
        """One row of who/what/when: ids, levels, model, prompt version, timings. Never text."""
        with self._tx() as db:
            db.execute(
                "INSERT INTO audit (at, event, community, post_key, requester, level, model,"
                " prompt_version, duration_ms, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    to_iso(utcnow()),
                    event,
                    community,
                    post_key,
                    requester,
                    level.label if level is not None else "",
                    model,
                    prompt_version,
                    duration_ms,
                    detail,
                ),
            )

    def audit_rows(self, event: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            if event:
                rows = self._db.execute(
                    "SELECT * FROM audit WHERE event = ? ORDER BY id", (event,)
                ).fetchall()
            else:
                rows = self._db.execute("SELECT * FROM audit ORDER BY id").fetchall()
        return [dict(r) for r in rows]

    # -- retention and forgetting ------------------------------------------------------------

    def purge_expired(self, retention: timedelta, *, now: datetime | None = None) -> int:
        """Drop stored text older than `retention`, except drafts with unexported feedback."""
        cutoff = to_iso((now or utcnow()) - retention)
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE drafts SET text = NULL, post_text = NULL, reply_text = NULL"
                " WHERE created_at < ? AND (text IS NOT NULL OR post_text IS NOT NULL"
                " OR reply_text IS NOT NULL) AND id NOT IN (SELECT draft_id FROM feedback"
                " WHERE exported_at IS NULL)",
                (cutoff,),
            )
            purged = cursor.rowcount
            cursor = db.execute(
                "UPDATE feedback SET final_text = NULL WHERE created_at < ?"
                " AND exported_at IS NOT NULL AND final_text IS NOT NULL",
                (cutoff,),
            )
            purged += purge_verdict_text(db, cutoff)
            return purged + cursor.rowcount

    def forget_post(self, post_key: str) -> int:
        """The post was deleted on its platform: its text and drafts' text go at once."""
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE drafts SET text = NULL, post_text = NULL, reply_text = NULL"
                " WHERE post_key = ?",
                (post_key,),
            )
            count = cursor.rowcount
            forget_verdict_text(db, post_key)
            db.execute(
                "UPDATE feedback SET final_text = NULL WHERE draft_id IN"
                " (SELECT id FROM drafts WHERE post_key = ?)",
                (post_key,),
            )
            return count

    def forget_person(self, who: str | Person) -> dict[str, int]:
        """`llumi forget USER`: delete every row naming the person; rows removed, by table.

        Their posts' keys survive only as keyed hashes, so a forgotten post seen again is known
        as screened once (and not alerted on twice) while nothing left names them."""
        person = who if isinstance(who, Person) else Person.parse(who)
        run = Forgetting(person)
        key = self._key(create=True)
        assert key is not None
        with self._tx() as db:
            for _, forgetter in FORGETTERS:
                forgetter(db, run)
            db.executemany(
                "INSERT OR IGNORE INTO forgotten_posts (digest) VALUES (?)",
                [(post_key_hash(key, k),) for k in sorted(run.post_keys)],
            )
        return run.removed

    def was_forgotten(self, post_key: str) -> bool:
        """True when this post's author was forgotten after it was screened."""
        key = self._key(create=False)
        if key is None:
            return False
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM forgotten_posts WHERE digest = ?", (post_key_hash(key, post_key),)
            ).fetchone()
        return row is not None
