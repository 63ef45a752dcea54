"""The store's one SQLite connection (WAL; a lock, so it is safe from worker threads), its schema
and its migrations; each concern's tables are a mixin over this base."""

from __future__ import annotations

import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from bot.store.files import create_private, read_or_create_secret

SCHEMA_VERSION = 3

#: What a store call raises when the database cannot do it now (locked by another process past
#: the busy timeout, read-only, a full disk, an I/O error): callers that must not lose work keep
#: it and try again rather than skip it.
STORE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, OSError)

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
    # 2: moderators' verdicts on the crisis gate (bot/store/verdicts.py)
    2: """
    CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT, community TEXT NOT NULL, platform TEXT NOT NULL,
        post_key TEXT NOT NULL, alert_id TEXT, kind TEXT NOT NULL
        CHECK (kind IN ('right', 'wrong', 'level', 'missed')),
        gate_level TEXT NOT NULL, people_level TEXT NOT NULL, moderator TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',
        lexicon_version TEXT NOT NULL DEFAULT '', rules_version TEXT NOT NULL DEFAULT '',
        post_text TEXT, created_at TEXT NOT NULL);
    CREATE UNIQUE INDEX verdicts_post_moderator ON verdicts (post_key, moderator);
    CREATE INDEX verdicts_community ON verdicts (community, created_at);
    CREATE INDEX verdicts_author ON verdicts (author);
    """,
    # 3: `llumi forget`: "screened once" kept as a keyed hash of the post key, naming nobody.
    3: """
    CREATE TABLE forgotten_posts (digest TEXT PRIMARY KEY);
    """,
}


class StoreBase:
    """The bot's memory across restarts. Create with `Store.open(path)` (or ":memory:")."""

    def __init__(self, connection: sqlite3.Connection, secret_path: Path | None = None) -> None:
        self._db = connection
        self._lock = threading.RLock()
        self._secret_path = secret_path
        self._secret: bytes | None = None if secret_path else secrets.token_bytes(32)

    @classmethod
    def open(cls, path: Path | str, *, busy_timeout: float = 30.0) -> Self:
        """Open (or create, private: 0700 directory, 0600 file) the store at `path`.

        `busy_timeout`: seconds a write waits for another process's lock before it fails (the
        callers keep what they could not record and try again)."""
        secret_path = None
        if str(path) != ":memory:":
            create_private(Path(path))
            secret_path = Path(f"{path}.key")
        connection = sqlite3.connect(
            str(path), check_same_thread=False, isolation_level=None, timeout=busy_timeout
        )
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA journal_mode=WAL")
        # In WAL mode a process crash loses no commit; only a power cut may lose the last ones.
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        store = cls(connection, secret_path)
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

    def _key(self, *, create: bool) -> bytes | None:
        if self._secret is None and self._secret_path is not None:
            self._secret = read_or_create_secret(self._secret_path, create=create)
        return self._secret

    def check_writable(self) -> None:
        """Raise sqlite3.Error unless a write would succeed (one written then rolled back)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT OR REPLACE INTO positions (key, value, updated_at)"
                    " VALUES ('llumi:write-check', '', '')"
                )
            finally:
                self._db.execute("ROLLBACK")

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])
