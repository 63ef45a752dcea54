"""SQLite storage: screenings, alerts, drafts shown, feedback, positions and the delivery journal.

What is kept follows the design's storage rules: ids, levels, signal categories and spans,
timings, model and prompt version for everything; post and draft text only where a feature needs
it (drafts shown, feedback), purged after the retention period (feedback not yet exported is kept)
and at once when the platform says the post was deleted. Signals are stored without their text
(the span is enough to find it in the post). One connection guarded by a lock: every method is
short, so adapters may call it from the event loop or from a worker thread.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.domain import utcnow
from policies.levels import Level, Screening, Signal

SCHEMA_VERSION = 1

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE positions (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE TABLE claims (key TEXT PRIMARY KEY, created_at TEXT NOT NULL);
    CREATE TABLE rate_marks (key TEXT PRIMARY KEY, last_at TEXT NOT NULL);
    CREATE TABLE journal (
        key TEXT PRIMARY KEY, kind TEXT NOT NULL, payload TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'done')), ref TEXT,
        created_at TEXT NOT NULL, done_at TEXT);
    CREATE INDEX journal_pending ON journal (kind, state);
    CREATE TABLE screenings (
        post_key TEXT PRIMARY KEY, community TEXT NOT NULL, platform TEXT NOT NULL,
        author TEXT NOT NULL, url TEXT NOT NULL, text_hash TEXT NOT NULL,
        lexicon_version TEXT NOT NULL, level TEXT NOT NULL, signals TEXT NOT NULL,
        post_created_at TEXT, screened_at TEXT NOT NULL, duration_ms REAL NOT NULL);
    CREATE TABLE alerts (
        id TEXT PRIMARY KEY, community TEXT NOT NULL, platform TEXT NOT NULL,
        post_key TEXT NOT NULL, author TEXT NOT NULL, level TEXT NOT NULL, reason TEXT NOT NULL,
        ping INTEGER NOT NULL, state TEXT NOT NULL CHECK (state IN ('pending', 'sent')),
        ref TEXT, joins TEXT, created_at TEXT NOT NULL, sent_at TEXT,
        claimed_by TEXT, claimed_at TEXT, attempts INTEGER NOT NULL DEFAULT 0);
    CREATE UNIQUE INDEX alerts_post ON alerts (post_key, reason, level);
    CREATE INDEX alerts_author ON alerts (community, author, created_at);
    CREATE TABLE drafts (
        id TEXT PRIMARY KEY, post_key TEXT NOT NULL, community TEXT NOT NULL,
        requester TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, rule TEXT,
        level TEXT NOT NULL, model TEXT NOT NULL, prompt_version TEXT NOT NULL,
        seed INTEGER, regenerate_of TEXT, created_at TEXT NOT NULL, duration_ms REAL NOT NULL,
        text TEXT, post_text TEXT, reply_text TEXT, author TEXT NOT NULL DEFAULT '');
    CREATE INDEX drafts_post ON drafts (post_key);
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT, draft_id TEXT NOT NULL REFERENCES drafts(id),
        rater TEXT NOT NULL, scores TEXT NOT NULL, used INTEGER NOT NULL, final_text TEXT,
        created_at TEXT NOT NULL, exported_at TEXT);
    CREATE TABLE concern_queue (
        post_key TEXT PRIMARY KEY, community TEXT NOT NULL, level TEXT NOT NULL,
        url TEXT NOT NULL, post_created_at TEXT, queued_at TEXT NOT NULL, digested_at TEXT);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, event TEXT NOT NULL,
        community TEXT NOT NULL DEFAULT '', post_key TEXT NOT NULL DEFAULT '',
        requester TEXT NOT NULL DEFAULT '', level TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '', prompt_version TEXT NOT NULL DEFAULT '',
        duration_ms REAL, detail TEXT NOT NULL DEFAULT '');
    """,
}


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None


def _parse(value: str | None) -> datetime | None:
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


class Store:
    """The bot's memory across restarts. Create with `Store.open(path)` (or ":memory:")."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path | str) -> Store:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            str(path), check_same_thread=False, isolation_level=None, timeout=30
        )
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        # In WAL mode a process crash loses no commit; only a power cut may lose the last ones.
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA busy_timeout=30000")
        store = cls(connection)
        store._migrate()
        return store

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _migrate(self) -> None:
        with self._lock:
            current = self._db.execute("PRAGMA user_version").fetchone()[0]
            if current > SCHEMA_VERSION:
                raise RuntimeError(
                    f"the database schema is version {current}, newer than this llumi"
                    f" ({SCHEMA_VERSION}): upgrade llumi"
                )
            for version in range(current + 1, SCHEMA_VERSION + 1):
                self._db.executescript(
                    f"BEGIN; {_MIGRATIONS[version]} PRAGMA user_version = {version}; COMMIT;"
                )

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

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
                (key, value, _iso(utcnow())),
            )

    def claim(self, key: str) -> bool:
        """True the first time `key` is claimed, False ever after: once-only work."""
        with self._tx() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO claims (key, created_at) VALUES (?, ?)",
                (key, _iso(utcnow())),
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
            last = _parse(row[0]) if row else None
            if last is not None and now - last < window:
                return False
            db.execute(
                "INSERT INTO rate_marks (key, last_at) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET last_at = excluded.last_at",
                (key, _iso(now)),
            )
            return True

    # -- delivery journal --------------------------------------------------------------------

    def journal_begin(self, key: str, kind: str, payload: dict[str, Any]) -> bool:
        """Record the intent to deliver before sending; False if this key was journaled before."""
        with self._tx() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO journal (key, kind, payload, state, created_at)"
                " VALUES (?, ?, ?, 'pending', ?)",
                (key, kind, json.dumps(payload), _iso(utcnow())),
            )
            return cursor.rowcount == 1

    def journal_done(self, key: str, ref: str | None = None) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE journal SET state = 'done', ref = ?, done_at = ? WHERE key = ?",
                (ref, _iso(utcnow()), key),
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
            JournalEntry(r["key"], r["kind"], json.loads(r["payload"]), _parse(r["created_at"]))  # type: ignore[arg-type]
            for r in rows
        ]

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
            screened_at=_parse(row["screened_at"]),  # type: ignore[arg-type]
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
                    _iso(post_created_at),
                    _iso(utcnow()),
                    duration_ms,
                ),
            )

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
            created_at=_parse(row["created_at"]),  # type: ignore[arg-type]
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
                (community, author, _iso(since)),
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
                    _iso(utcnow()),
                ),
            )
            return cursor.rowcount == 1

    def mark_alert_sent(self, alert_id: str, ref: str) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE alerts SET state = 'sent', ref = ?, sent_at = ? WHERE id = ?",
                (ref, _iso(utcnow()), alert_id),
            )

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
                (who, _iso(utcnow()), alert_id),
            )
            row = db.execute("SELECT claimed_by FROM alerts WHERE id = ?", (alert_id,)).fetchone()
        return str(row[0]) if row and row[0] else None

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
                    _iso(utcnow()),
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
            created_at=_parse(row["created_at"]),  # type: ignore[arg-type]
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
                (draft_id, rater, json.dumps(scores), int(used), final_text, _iso(utcnow())),
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
                created_at=_parse(r["created_at"]),  # type: ignore[arg-type]
                exported_at=_parse(r["exported_at"]),
            )
            for r in rows
        ]

    def mark_feedback_exported(self, ids: Sequence[int]) -> None:
        with self._tx() as db:
            db.executemany(
                "UPDATE feedback SET exported_at = ? WHERE id = ?",
                [(_iso(utcnow()), i) for i in ids],
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
                (post_key, community, level.label, url, _iso(post_created_at), _iso(utcnow())),
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
                post_created_at=_parse(r["post_created_at"]),
                queued_at=_parse(r["queued_at"]),  # type: ignore[arg-type]
            )
            for r in rows
        ]

    def mark_concerns_digested(self, post_keys: Sequence[str]) -> None:
        with self._tx() as db:
            db.executemany(
                "UPDATE concern_queue SET digested_at = ? WHERE post_key = ?",
                [(_iso(utcnow()), k) for k in post_keys],
            )

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
                    _iso(utcnow()),
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
        cutoff = _iso((now or utcnow()) - retention)
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
            db.execute(
                "UPDATE feedback SET final_text = NULL WHERE draft_id IN"
                " (SELECT id FROM drafts WHERE post_key = ?)",
                (post_key,),
            )
            return count

    def forget_person(self, who: str) -> int:
        """`llumi forget USER`: delete what is stored about a person, as author or as helper."""
        with self._tx() as db:
            total = 0
            draft_ids = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM drafts WHERE author = ? OR requester = ? OR requester LIKE ?",
                    (who, who, f"%:{who}"),
                ).fetchall()
            ]
            for draft_id in draft_ids:
                db.execute("DELETE FROM feedback WHERE draft_id = ?", (draft_id,))
                db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
                total += 1
            total += db.execute(
                "DELETE FROM feedback WHERE rater = ? OR rater LIKE ?", (who, f"%:{who}")
            ).rowcount
            post_keys = [
                r[0]
                for r in db.execute(
                    "SELECT post_key FROM screenings WHERE author = ?", (who,)
                ).fetchall()
            ]
            total += db.execute("DELETE FROM screenings WHERE author = ?", (who,)).rowcount
            db.execute("UPDATE alerts SET author = '' WHERE author = ?", (who,))
            db.execute(
                "UPDATE alerts SET claimed_by = 'forgotten' WHERE claimed_by = ?"
                " OR claimed_by LIKE ?",
                (who, f"%:{who}"),
            )
            for key in post_keys:
                total += db.execute("DELETE FROM concern_queue WHERE post_key = ?", (key,)).rowcount
            db.execute(
                "DELETE FROM audit WHERE requester = ? OR requester LIKE ?", (who, f"%:{who}")
            )
            return total
