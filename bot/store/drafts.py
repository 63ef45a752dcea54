"""Drafts shown to helpers and the feedback on them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from bot.core.domain import utcnow
from bot.store.connection import StoreBase
from bot.store.records import (
    DraftRecord,
    FeedbackRecord,
    from_iso,
    to_iso,
)
from policies.levels import Level


class DraftTables(StoreBase):
    # -- drafts and feedback -----------------------------------------------------------------

    def save_draft(
        self,
        *,
        draft_id: str,
        post_key: str,
        community: str,
        requester: str,
        kind: str,
        status: str,
        level: Level,
        model: str,
        prompt_version: str,
        seed: int | None,
        duration_ms: float,
        text: str | None,
        post_text: str | None,
        reply_text: str | None,
        author: str = "",
        rule: str | None = None,
        regenerate_of: str | None = None,
    ) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO drafts (id, post_key, community, requester, kind, status, rule,"
                " level, model, prompt_version, seed, regenerate_of, created_at, duration_ms,"
                " text, post_text, reply_text, author)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft_id,
                    post_key,
                    community,
                    requester,
                    kind,
                    status,
                    rule,
                    level.label,
                    model,
                    prompt_version,
                    seed,
                    regenerate_of,
                    to_iso(utcnow()),
                    duration_ms,
                    text,
                    post_text,
                    reply_text,
                    author,
                ),
            )

    def _draft(self, row: sqlite3.Row) -> DraftRecord:
        return DraftRecord(
            id=row["id"],
            post_key=row["post_key"],
            community=row["community"],
            requester=row["requester"],
            kind=row["kind"],
            status=row["status"],
            level=Level.parse(row["level"]),
            model=row["model"],
            prompt_version=row["prompt_version"],
            seed=row["seed"],
            created_at=from_iso(row["created_at"]),  # type: ignore[arg-type]
            text=row["text"],
            post_text=row["post_text"],
            reply_text=row["reply_text"],
            rule=row["rule"],
        )

    def get_draft(self, draft_id: str) -> DraftRecord | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return self._draft(row) if row else None

    def seeds_for_post(self, post_key: str) -> set[int]:
        with self._lock:
            rows = self._db.execute(
                "SELECT seed FROM drafts WHERE post_key = ? AND seed IS NOT NULL", (post_key,)
            ).fetchall()
        return {int(r[0]) for r in rows}

    def add_feedback(
        self,
        *,
        draft_id: str,
        rater: str,
        scores: dict[str, int],
        used: bool,
        final_text: str | None,
    ) -> int:
        with self._tx() as db:
            if db.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone() is None:
                raise KeyError(draft_id)
            cursor = db.execute(
                "INSERT INTO feedback (draft_id, rater, scores, used, final_text, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (draft_id, rater, json.dumps(scores), int(used), final_text, to_iso(utcnow())),
            )
            return int(cursor.lastrowid or 0)

    def feedback(self, *, only_unexported: bool = False) -> list[FeedbackRecord]:
        query = "SELECT * FROM feedback"
        if only_unexported:
            query += " WHERE exported_at IS NULL"
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id").fetchall()
        return [
            FeedbackRecord(
                id=r["id"],
                draft_id=r["draft_id"],
                rater=r["rater"],
                scores=json.loads(r["scores"]),
                used=bool(r["used"]),
                final_text=r["final_text"],
                created_at=from_iso(r["created_at"]),  # type: ignore[arg-type]
                exported_at=from_iso(r["exported_at"]),
            )
            for r in rows
        ]

    def mark_feedback_exported(self, ids: Sequence[int]) -> None:
        with self._tx() as db:
            db.executemany(
                "UPDATE feedback SET exported_at = ? WHERE id = ?",
                [(to_iso(utcnow()), i) for i in ids],
            )
