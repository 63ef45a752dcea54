"""`llumi forget`: exact matching, every table, and "screened once" kept without naming anyone."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bot.core.errors import Refused
from bot.store import Store
from bot.store.forget import Person
from policies.levels import Level, Screening
from tests.test_assistant import HIGH, make, post
from tests.test_store import save_draft


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "s.db")


def screened(store: Store, key: str, author: str, platform: str = "reddit") -> None:
    store.save_screening(
        post_key=key,
        community="c",
        platform=platform,
        author=author,
        url="u",
        text_hash="h",
        screening=Screening(level=Level.HIGH),
        post_created_at=None,
        duration_ms=1.0,
    )


def test_underscores_dashes_and_percent_are_not_wildcards(store: Store) -> None:
    save_draft(store, "d1", requester="reddit:john_doe", author="x", post_key="reddit:t3_1")
    save_draft(store, "d2", requester="reddit:john-doe", author="x", post_key="reddit:t3_2")
    save_draft(store, "d3", requester="reddit:johnXdoe", author="x", post_key="reddit:t3_3")
    store.audit("gm-draft", requester="reddit:john-doe")
    removed = store.forget_person("john_doe")
    assert removed["drafts"] == 1
    assert store.get_draft("d1") is None
    assert store.get_draft("d2") is not None and store.get_draft("d3") is not None
    assert store.forget_person("%x%").get("drafts", 0) == 0
    assert len(store.audit_rows("gm-draft")) == 1


@pytest.mark.parametrize("raw", ["", "  ", "%", "%%", "*", "_", "reddit:", "reddit:%", "u/"])
def test_an_empty_or_wildcard_only_person_is_refused(store: Store, raw: str) -> None:
    with pytest.raises(Refused):
        store.forget_person(raw)


def test_reddit_names_ignore_case_other_platforms_do_not(store: Store) -> None:
    screened(store, "reddit:t3_a", "poster_pat")
    screened(store, "discord:1", "Poster_Pat", platform="discord")
    screened(store, "discord:2", "poster_pat", platform="discord")
    assert store.forget_person("Poster_Pat")["screenings"] == 2
    assert store.get_screening("reddit:t3_a") is None
    assert store.get_screening("discord:1") is None
    assert store.get_screening("discord:2") is not None


def test_platform_id_forgets_on_that_platform_only(store: Store) -> None:
    screened(store, "reddit:t3_a", "123")
    screened(store, "discord:9", "123", platform="discord")
    store.forget_person("discord:123")
    assert store.get_screening("discord:9") is None
    assert store.get_screening("reddit:t3_a") is not None


def test_every_row_naming_the_poster_goes(store: Store) -> None:
    key = "reddit:t3_crisis"
    screened(store, key, "poster_pat")
    store.create_alert(
        alert_id="a1",
        community="c",
        platform="reddit",
        post_key=key,
        author="poster_pat",
        level=Level.HIGH,
        reason="crisis",
        ping=True,
        joins=None,
    )
    store.queue_concern(
        post_key=key, community="c", level=Level.CONCERN, url="u", post_created_at=None
    )
    store.audit("screen", post_key=key, level=Level.HIGH)
    store.audit("screen", post_key="reddit:t3_other", level=Level.NONE)
    store.claim(f"reddit:forgot:{key}")
    store.claim(f"digest:c:{key}")
    store.claim("digest:c:reddit:t3_other")
    store.journal_begin("digest:c:x-0", "digest-part", {"post_keys": [key]})
    from datetime import timedelta

    store.once_per("reddit:refusal:poster_pat", timedelta(days=1))
    store.once_per("reddit:refusal:someone", timedelta(days=1))
    removed = store.forget_person("POSTER_PAT")
    assert removed["alerts"] == 1 and removed["audit"] == 1 and removed["claims"] == 2
    assert removed["rate_marks"] == 1 and removed["journal"] == 1
    assert removed["concern_queue"] == 1 and removed["screenings"] == 1
    db = store._db
    for table in ("screenings", "alerts", "audit", "claims", "rate_marks", "journal"):
        for row in db.execute(f"SELECT * FROM {table}").fetchall():
            assert "t3_crisis" not in str(tuple(row)) and "poster_pat" not in str(tuple(row))
    digests = [r[0] for r in db.execute("SELECT digest FROM forgotten_posts").fetchall()]
    assert len(digests) == 1 and "t3_crisis" not in digests[0]
    assert store.was_forgotten(key) and not store.was_forgotten("reddit:t3_other")


def test_the_forget_key_is_private_and_keyed(tmp_path: Path) -> None:
    one, two = Store.open(tmp_path / "a" / "s.db"), Store.open(tmp_path / "b" / "s.db")
    for store in (one, two):
        screened(store, "reddit:t3_x", "pat")
        store.forget_person("pat")
    key_file = tmp_path / "a" / "s.db.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    hashes = [s._db.execute("SELECT digest FROM forgotten_posts").fetchone()[0] for s in (one, two)]
    assert hashes[0] != hashes[1]  # a keyed hash, not a plain one anyone can recompute


async def test_a_forgotten_crisis_post_seen_again_is_not_alerted_twice_nor_recorded(
    tmp_path: Path,
) -> None:
    assistant, sink = make(tmp_path, None)
    await assistant.observe(post(HIGH, author="poster_pat"))
    assert len(sink.alerts) == 1
    assistant.store.forget_person("poster_pat")
    screening = await assistant.observe(post(HIGH, author="poster_pat"))
    assert screening.level >= Level.HIGH  # still screened
    assert len(sink.alerts) == 1
    assert assistant.store.get_screening("reddit:t3_1") is None
    assert Person.parse("reddit:Pat") == Person("Pat", "reddit")
    assert Person.parse("u/Pat") == Person.parse("/u/Pat") == Person("Pat", "reddit")
