"""`llumi forget USER`: delete every row that names a person, matched exactly.

A person is a name on every platform, or `platform:id` on one. Names compare the way their platform
compares them (Reddit's case-insensitively, the others exactly); there is no pattern matching, so
`forget %` forgets a person called "%" and nobody else. What "screened once" needs survives only as
a keyed hash of the post key (`forgotten_posts`), with nothing that names the person.

Each table's part is a `Forgetter` in `FORGETTERS`, run in order inside one transaction, so another
part of the store (e.g. verdicts) adds its own with `register_forgetter`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.core.errors import Refused
from bot.store.verdicts import forget_verdicts

#: Platforms whose names ignore case (Reddit: "Poster_Pat" and "poster_pat" are one account).
CASE_INSENSITIVE = frozenset({"reddit"})
KNOWN_PLATFORMS = frozenset({"reddit", "discord", "console"})
_WILDCARDS = frozenset("%_*?")


@dataclass(frozen=True)
class Person:
    """Who is forgotten: `ident` on `platform`, or on every platform when it is None."""

    ident: str
    platform: str | None = None

    @classmethod
    def parse(cls, raw: str) -> Person:
        """`name`, `platform:id` or `u/name`; refuses an empty or wildcard-only argument."""
        text = raw.strip()
        platform: str | None = None
        head, sep, tail = text.partition(":")
        if sep and head.lower() in KNOWN_PLATFORMS:
            platform, text = head.lower(), tail.strip()
        for prefix in ("/u/", "u/"):  # Reddit's way of writing a user ("u/Name")
            if platform in (None, "reddit") and text.lower().startswith(prefix):
                platform, text = "reddit", text[len(prefix) :]
        if not text:
            raise Refused("forget needs a name or platform:id, not an empty one")
        if set(text) <= _WILDCARDS:
            raise Refused(f"forget matches names exactly: {raw!r} is only wildcards, not a name")
        return cls(text, platform)

    def is_named(self, platform: str, value: str) -> bool:
        """True when `value` on `platform` is this person, compared the platform's way."""
        if not value or (self.platform is not None and platform != self.platform):
            return False
        if platform in CASE_INSENSITIVE:
            return value.casefold() == self.ident.casefold()
        return value == self.ident

    def is_ref(self, ref: str) -> bool:
        """True when `ref` ("platform:id", as requesters and raters are stored) is this person."""
        platform, sep, ident = ref.partition(":")
        return bool(sep) and self.is_named(platform, ident)

    def __str__(self) -> str:
        return f"{self.platform}:{self.ident}" if self.platform else self.ident


@dataclass
class Forgetting:
    """One run of forget: the person, their post keys found so far, and rows removed by table."""

    person: Person
    post_keys: set[str] = field(default_factory=set)
    removed: dict[str, int] = field(default_factory=dict)

    def count(self, table: str, rows: int) -> None:
        self.removed[table] = self.removed.get(table, 0) + rows


Forgetter = Callable[[sqlite3.Connection, Forgetting], None]


def platform_of(post_key: str) -> str:
    return post_key.partition(":")[0]


def post_key_hash(secret: bytes, post_key: str) -> str:
    """The keyed hash that remembers "screened once" without naming the post."""
    return hmac.new(secret, post_key.encode("utf-8"), hashlib.sha256).hexdigest()


def _delete_ids(db: sqlite3.Connection, table: str, column: str, ids: Sequence[object]) -> int:
    return sum(db.execute(f"DELETE FROM {table} WHERE {column} = ?", (i,)).rowcount for i in ids)


def _find_posts(db: sqlite3.Connection, run: Forgetting) -> None:
    """Their posts: screenings, alerts and drafts whose author is the person."""
    for table, platform_sql in (
        ("screenings", "platform"),
        ("alerts", "platform"),
        ("drafts", "''"),
    ):
        rows = db.execute(
            f"SELECT post_key, author, {platform_sql} AS platform FROM {table} WHERE author != ''"
        ).fetchall()
        for key, author, platform in rows:
            if run.person.is_named(platform or platform_of(key), author):
                run.post_keys.add(key)


def _forget_drafts(db: sqlite3.Connection, run: Forgetting) -> None:
    rows = db.execute("SELECT id, post_key, requester FROM drafts").fetchall()
    ids = [i for i, key, requester in rows if key in run.post_keys or run.person.is_ref(requester)]
    run.count("feedback", _delete_ids(db, "feedback", "draft_id", ids))
    run.count("drafts", _delete_ids(db, "drafts", "id", ids))


def _forget_feedback(db: sqlite3.Connection, run: Forgetting) -> None:
    rows = db.execute("SELECT id, rater FROM feedback").fetchall()
    ids = [i for i, rater in rows if run.person.is_ref(rater)]
    run.count("feedback", _delete_ids(db, "feedback", "id", ids))


def _forget_by_post_key(table: str) -> Forgetter:
    def forget(db: sqlite3.Connection, run: Forgetting) -> None:
        keys = sorted(run.post_keys)
        run.count(table, _delete_ids(db, table, "post_key", keys))

    return forget


def _forget_alert_claims(db: sqlite3.Connection, run: Forgetting) -> None:
    """Alerts about someone else's post that this person claimed lose the claimant's name."""
    rows = db.execute("SELECT id, claimed_by FROM alerts WHERE claimed_by IS NOT NULL").fetchall()
    for alert_id, who in rows:
        if run.person.is_ref(who) or run.person.is_named(platform_of(who), who):
            db.execute("UPDATE alerts SET claimed_by = 'forgotten' WHERE id = ?", (alert_id,))
            run.count("alerts (claims)", 1)


def _forget_audit(db: sqlite3.Connection, run: Forgetting) -> None:
    rows = db.execute("SELECT id, post_key, requester FROM audit").fetchall()
    ids = [i for i, key, who in rows if key in run.post_keys or run.person.is_ref(who)]
    run.count("audit", _delete_ids(db, "audit", "id", ids))


def _names_post(value: str, post_keys: set[str]) -> bool:
    return any(value == k or value.endswith(":" + k) for k in post_keys)


def _forget_claims(db: sqlite3.Connection, run: Forgetting) -> None:
    """Once-only claims keyed by their post ("reddit:forgot:KEY", "digest:NAME:KEY")."""
    rows = db.execute("SELECT key FROM claims").fetchall()
    keys = [k for (k,) in rows if _names_post(k, run.post_keys)]
    run.count("claims", _delete_ids(db, "claims", "key", keys))


def _forget_rate_marks(db: sqlite3.Connection, run: Forgetting) -> None:
    """Rate marks keyed "platform:kind:who" (one refusal a day per stranger, DM help)."""
    rows = db.execute("SELECT key FROM rate_marks").fetchall()
    keys = []
    for (key,) in rows:
        platform, _, rest = key.partition(":")
        who = rest.rpartition(":")[2]
        if run.person.is_named(platform, who):
            keys.append(key)
    run.count("rate_marks", _delete_ids(db, "rate_marks", "key", keys))


def _forget_journal(db: sqlite3.Connection, run: Forgetting) -> None:
    """Delivery intents whose key or payload names one of their posts."""
    rows = db.execute("SELECT key, payload FROM journal").fetchall()
    quoted = {json.dumps(k) for k in run.post_keys}
    keys = [
        key
        for key, payload in rows
        if _names_post(key, run.post_keys) or any(q in payload for q in quoted)
    ]
    run.count("journal", _delete_ids(db, "journal", "key", keys))


FORGETTERS: list[tuple[str, Forgetter]] = [
    ("find posts", _find_posts),
    ("drafts", _forget_drafts),
    ("feedback", _forget_feedback),
    ("screenings", _forget_by_post_key("screenings")),
    ("alerts", _forget_by_post_key("alerts")),
    ("alert claims", _forget_alert_claims),
    ("concern_queue", _forget_by_post_key("concern_queue")),
    ("audit", _forget_audit),
    ("claims", _forget_claims),
    ("rate_marks", _forget_rate_marks),
    ("journal", _forget_journal),
    ("verdicts", forget_verdicts),
]


def register_forgetter(name: str, forgetter: Forgetter) -> None:
    """Another part of the store forgets its rows too (runs after the person's posts are found)."""
    if all(existing != name for existing, _ in FORGETTERS):
        FORGETTERS.append((name, forgetter))
