"""Crisis alerts: created once per post, sent, re-sent, claimed."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.core.domain import utcnow
from bot.store.connection import StoreBase
from bot.store.records import (
    AlertRecord,
    from_iso,
    to_iso,
)
from policies.levels import Level


class AlertTables(StoreBase):
    # -- alerts ------------------------------------------------------------------------------

    def _alert(self, row: sqlite3.Row) -> AlertRecord:
        return AlertRecord(
            id=row["id"],
            community=row["community"],
            platform=row["platform"],
            post_key=row["post_key"],
            author=row["author"],
            level=Level.parse(row["level"]),
            reason=row["reason"],
            ping=bool(row["ping"]),
            state=row["state"],
            ref=row["ref"],
            joins=row["joins"],
            created_at=from_iso(row["created_at"]),  # type: ignore[arg-type]
            claimed_by=row["claimed_by"],
        )

    def alert_for_post(self, post_key: str) -> AlertRecord | None:
        """The most serious alert raised for this post, if any."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM alerts WHERE post_key = ?", (post_key,)
            ).fetchall()
        alerts = [self._alert(r) for r in rows]
        return max(alerts, key=lambda a: (a.level, a.created_at)) if alerts else None

    def get_alert(self, alert_id: str) -> AlertRecord | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM alerts WHERE id = ?", (alert_id,)).fetchone()
        return self._alert(row) if row else None

    def recent_alert_by_author(
        self, community: str, author: str, since: datetime
    ) -> AlertRecord | None:
        """The latest alert for this author in this community since `since` (for joining)."""
        if not author:
            return None
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM alerts WHERE community = ? AND author = ? AND created_at >= ?"
                " AND joins IS NULL ORDER BY created_at DESC LIMIT 1",
                (community, author, to_iso(since)),
            ).fetchone()
        return self._alert(row) if row else None

    def create_alert(
        self,
        *,
        alert_id: str,
        community: str,
        platform: str,
        post_key: str,
        author: str,
        level: Level,
        reason: str,
        ping: bool,
        joins: str | None,
    ) -> bool:
        """Record the intent to alert (state pending); False if this post already has it."""
        with self._tx() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO alerts (id, community, platform, post_key, author, level,"
                " reason, ping, state, joins, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                " 'pending', ?, ?)",
                (
                    alert_id,
                    community,
                    platform,
                    post_key,
                    author,
                    level.label,
                    reason,
                    int(ping),
                    joins,
                    to_iso(utcnow()),
                ),
            )
            return cursor.rowcount == 1

    def mark_alert_sent(self, alert_id: str, ref: str) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE alerts SET state = 'sent', ref = ?, sent_at = ? WHERE id = ?",
                (ref, to_iso(utcnow()), alert_id),
            )

    def update_alert_ref(self, alert_id: str, ref: str) -> None:
        """Where a sent alert landed, once the platform could tell (later alerts join it)."""
        with self._tx() as db:
            db.execute("UPDATE alerts SET ref = ? WHERE id = ?", (ref, alert_id))

    def record_alert(self, record: AlertRecord, *, sent_at: datetime | None) -> bool:
        """Write an alert kept in memory while the store could not record it (a full disk):
        its intent, and that it was sent. False if this post already has that alert."""
        with self._tx() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO alerts (id, community, platform, post_key, author, level,"
                " reason, ping, state, ref, joins, created_at, sent_at) VALUES (?, ?, ?, ?, ?,"
                " ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    record.community,
                    record.platform,
                    record.post_key,
                    record.author,
                    record.level.label,
                    record.reason,
                    int(record.ping),
                    record.state,
                    record.ref,
                    record.joins,
                    to_iso(record.created_at),
                    to_iso(sent_at) if sent_at else None,
                ),
            )
            return cursor.rowcount == 1

    def note_alert_attempt(self, alert_id: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE alerts SET attempts = attempts + 1 WHERE id = ?", (alert_id,))

    def pending_alerts(self) -> list[AlertRecord]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM alerts WHERE state = 'pending' ORDER BY created_at"
            ).fetchall()
        return [self._alert(r) for r in rows]

    def claim_alert(self, alert_id: str, who: str) -> str | None:
        """Record who took an alert; returns who holds it (the first claimant wins)."""
        with self._tx() as db:
            db.execute(
                "UPDATE alerts SET claimed_by = ?, claimed_at = ? WHERE id = ?"
                " AND claimed_by IS NULL",
                (who, to_iso(utcnow()), alert_id),
            )
            row = db.execute("SELECT claimed_by FROM alerts WHERE id = ?", (alert_id,)).fetchone()
        return str(row[0]) if row and row[0] else None
