"""Positions, once-only claims, rate marks and the delivery journal: what adapters may keep."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from bot.core.domain import utcnow
from bot.store.connection import StoreBase
from bot.store.records import (
    JournalEntry,
    from_iso,
    to_iso,
)


class CheckpointTables(StoreBase):
    # -- positions, claims, rate marks -------------------------------------------------------

    def get_position(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM positions WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_position(self, key: str, value: str) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO positions (key, value, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                " updated_at = excluded.updated_at",
                (key, value, to_iso(utcnow())),
            )

    def claim(self, key: str) -> bool:
        """True the first time `key` is claimed, False ever after: once-only work."""
        with self._tx() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO claims (key, created_at) VALUES (?, ?)",
                (key, to_iso(utcnow())),
            )
            return cursor.rowcount == 1

    def is_claimed(self, key: str) -> bool:
        with self._lock:
            return (
                self._db.execute("SELECT 1 FROM claims WHERE key = ?", (key,)).fetchone()
                is not None
            )

    def once_per(self, key: str, window: timedelta, *, now: datetime | None = None) -> bool:
        """True at most once per `window` for `key` (e.g. one refusal a day per stranger)."""
        now = now or utcnow()
        with self._tx() as db:
            row = db.execute("SELECT last_at FROM rate_marks WHERE key = ?", (key,)).fetchone()
            last = from_iso(row[0]) if row else None
            if last is not None and now - last < window:
                return False
            db.execute(
                "INSERT INTO rate_marks (key, last_at) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET last_at = excluded.last_at",
                (key, to_iso(now)),
            )
            return True

    # -- delivery journal --------------------------------------------------------------------

    def journal_begin(self, key: str, kind: str, payload: dict[str, Any]) -> bool:
        """Record the intent to deliver before sending; False if this key was journaled before."""
        with self._tx() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO journal (key, kind, payload, state, created_at)"
                " VALUES (?, ?, ?, 'pending', ?)",
                (key, kind, json.dumps(payload), to_iso(utcnow())),
            )
            return cursor.rowcount == 1

    def journal_done(self, key: str, ref: str | None = None) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE journal SET state = 'done', ref = ?, done_at = ? WHERE key = ?",
                (ref, to_iso(utcnow()), key),
            )

    def journal_state(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT state FROM journal WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def journal_ref(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT ref FROM journal WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row and row[0] is not None else None

    def journal_pending(self, kind: str) -> list[JournalEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT key, kind, payload, created_at FROM journal"
                " WHERE kind = ? AND state = 'pending' ORDER BY created_at, key",
                (kind,),
            ).fetchall()
        return [
            JournalEntry(r["key"], r["kind"], json.loads(r["payload"]), from_iso(r["created_at"]))  # type: ignore[arg-type]
            for r in rows
        ]
