"""Screenings, and the concern posts queued for the next digest."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.domain import utcnow
from bot.store.connection import StoreBase
from bot.store.records import (
    QueuedConcern,
    StoredScreening,
    from_iso,
    signals_from_json,
    signals_to_json,
    to_iso,
)
from policies.levels import Level, Screening


class ScreeningTables(StoreBase):
    # -- screenings --------------------------------------------------------------------------

    def get_screening(self, post_key: str) -> StoredScreening | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM screenings WHERE post_key = ?", (post_key,)
            ).fetchone()
        if row is None:
            return None
        screening = Screening(
            level=Level.parse(row["level"]),
            signals=signals_from_json(row["signals"]),
            lexicon_version=row["lexicon_version"],
        )
        return StoredScreening(
            post_key=row["post_key"],
            community=row["community"],
            author=row["author"],
            url=row["url"],
            text_hash=row["text_hash"],
            lexicon_version=row["lexicon_version"],
            screening=screening,
            screened_at=from_iso(row["screened_at"]),  # type: ignore[arg-type]
        )

    def save_screening(
        self,
        *,
        post_key: str,
        community: str,
        platform: str,
        author: str,
        url: str,
        text_hash: str,
        screening: Screening,
        post_created_at: datetime | None,
        duration_ms: float,
    ) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO screenings (post_key, community, platform, author, url, text_hash,"
                " lexicon_version, level, signals, post_created_at, screened_at, duration_ms)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (post_key) DO UPDATE SET text_hash = excluded.text_hash,"
                " lexicon_version = excluded.lexicon_version, level = excluded.level,"
                " signals = excluded.signals, screened_at = excluded.screened_at,"
                " duration_ms = excluded.duration_ms",
                (
                    post_key,
                    community,
                    platform,
                    author,
                    url,
                    text_hash,
                    screening.lexicon_version,
                    screening.level.label,
                    signals_to_json(screening.signals),
                    to_iso(post_created_at),
                    to_iso(utcnow()),
                    duration_ms,
                ),
            )

    # -- concern queue (for the next digest) --------------------------------------------------

    def queue_concern(
        self,
        *,
        post_key: str,
        community: str,
        level: Level,
        url: str,
        post_created_at: datetime | None,
    ) -> bool:
        with self._tx() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO concern_queue (post_key, community, level, url,"
                " post_created_at, queued_at) VALUES (?, ?, ?, ?, ?, ?)",
                (post_key, community, level.label, url, to_iso(post_created_at), to_iso(utcnow())),
            )
            return cursor.rowcount == 1

    def queued_concerns(self, community: str) -> list[QueuedConcern]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM concern_queue WHERE community = ? AND digested_at IS NULL"
                " ORDER BY queued_at",
                (community,),
            ).fetchall()
        return [
            QueuedConcern(
                post_key=r["post_key"],
                community=r["community"],
                level=Level.parse(r["level"]),
                url=r["url"],
                post_created_at=from_iso(r["post_created_at"]),
                queued_at=from_iso(r["queued_at"]),  # type: ignore[arg-type]
            )
            for r in rows
        ]

    def mark_concerns_digested(self, post_keys: Sequence[str]) -> None:
        with self._tx() as db:
            db.executemany(
                "UPDATE concern_queue SET digested_at = ? WHERE post_key = ?",
                [(to_iso(utcnow()), k) for k in post_keys],
            )
