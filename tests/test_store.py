from __future__ import annotations

import sqlite3
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import SCHEMA_VERSION, Store
from policies.levels import Level, Screening, Signal


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "s.db")


def test_migrates_once_and_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store.open(path).close()
    assert Store.open(path).schema_version == SCHEMA_VERSION
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(RuntimeError, match="newer than this llumi"):
        Store.open(path)


def test_positions_survive_a_restart(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.db")
    assert store.get_position("reddit:submissions") is None
    store.set_position("reddit:submissions", "t3_a")
    store.set_position("reddit:submissions", "t3_b")
    store.close()
    assert Store.open(tmp_path / "s.db").get_position("reddit:submissions") == "t3_b"


def test_claim_is_once_even_across_threads(store: Store) -> None:
    results: list[bool] = []
    threads = [threading.Thread(target=lambda: results.append(store.claim("k"))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1 and store.is_claimed("k")


def test_once_per_window(store: Store) -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    day = timedelta(days=1)
    assert store.once_per("refuse:u", day, now=now)
    assert not store.once_per("refuse:u", day, now=now + timedelta(hours=23))
    assert store.once_per("refuse:u", day, now=now + timedelta(hours=25))
    assert store.once_per("refuse:other", day, now=now)


def test_journal_records_intent_then_done(store: Store) -> None:
    assert store.journal_begin("answer:t4_1", "answer", {"to": "mod"})
    assert not store.journal_begin("answer:t4_1", "answer", {"to": "mod"})
    assert [e.key for e in store.journal_pending("answer")] == ["answer:t4_1"]
    assert store.journal_state("answer:t4_1") == "pending"
    store.journal_done("answer:t4_1", ref="t4_2")
    assert store.journal_pending("answer") == []
    assert store.journal_state("answer:t4_1") == "done"
    assert store.journal_ref("answer:t4_1") == "t4_2"


def screening(level: Level) -> Screening:
    signal = Signal("active_ideation", level, "want to die", 2, 13, "want to die")
    return Screening(level=level, signals=(signal,), lexicon_version="v1")


def test_screenings_keep_spans_but_not_text(store: Store) -> None:
    store.save_screening(
        post_key="p1",
        community="c",
        platform="reddit",
        author="a",
        url="u",
        text_hash="h",
        screening=screening(Level.HIGH),
        post_created_at=None,
        duration_ms=1.0,
    )
    stored = store.get_screening("p1")
    assert stored is not None and stored.screening.level is Level.HIGH
    signal = stored.screening.signals[0]
    assert (signal.start, signal.end, signal.category) == (2, 13, "active_ideation")
    assert signal.text == ""  # the post's words are not stored with the screening


def test_alert_intent_is_unique_per_post_and_level(store: Store) -> None:
    kwargs = dict(
        community="c",
        platform="reddit",
        post_key="p1",
        author="a",
        reason="crisis",
        ping=True,
        joins=None,
    )
    assert store.create_alert(alert_id="a1", level=Level.HIGH, **kwargs)  # type: ignore[arg-type]
    assert not store.create_alert(alert_id="a2", level=Level.HIGH, **kwargs)  # type: ignore[arg-type]
    assert [a.id for a in store.pending_alerts()] == ["a1"]
    store.mark_alert_sent("a1", "modmail:xyz")
    assert store.pending_alerts() == []
    assert store.claim_alert("a1", "discord:1") == "discord:1"
    assert store.claim_alert("a1", "discord:2") == "discord:1"  # the first claimant keeps it


def save_draft(store: Store, draft_id: str, post_key: str = "p1", **extra: object) -> None:
    fields: dict[str, object] = dict(
        draft_id=draft_id,
        post_key=post_key,
        community="c",
        requester="reddit:mod",
        kind="gm",
        status="draft",
        level=Level.NONE,
        model="m",
        prompt_version="v",
        seed=7,
        duration_ms=3.0,
        text="draft text",
        post_text="post text",
        reply_text=None,
        author="poster",
    )
    fields.update(extra)
    store.save_draft(**fields)  # type: ignore[arg-type]


def test_feedback_needs_a_known_draft(store: Store) -> None:
    with pytest.raises(KeyError):
        store.add_feedback(draft_id="nope", rater="r", scores={}, used=False, final_text=None)
    save_draft(store, "d1")
    store.add_feedback(
        draft_id="d1", rater="r", scores={"empathy": 5}, used=True, final_text="edited"
    )
    (record,) = store.feedback()
    assert record.scores == {"empathy": 5} and record.used and record.final_text == "edited"


def test_retention_purges_text_but_keeps_unexported_feedback(store: Store) -> None:
    save_draft(store, "old")
    save_draft(store, "rated")
    store.add_feedback(draft_id="rated", rater="r", scores={}, used=False, final_text=None)
    later = datetime.now(UTC) + timedelta(days=31)
    assert store.purge_expired(timedelta(days=30), now=later) == 1
    old, rated = store.get_draft("old"), store.get_draft("rated")
    assert old is not None and old.text is None and old.post_text is None
    assert rated is not None and rated.text == "draft text"
    store.mark_feedback_exported([store.feedback()[0].id])
    store.purge_expired(timedelta(days=30), now=later)
    rated = store.get_draft("rated")
    assert rated is not None and rated.text is None
    assert old.model == "m" and old.level is Level.NONE  # ids and metadata stay


def test_deleted_post_text_goes_at_once(store: Store) -> None:
    save_draft(store, "d1", post_key="gone")
    save_draft(store, "d2", post_key="stays")
    store.forget_post("gone")
    assert store.get_draft("d1").text is None  # type: ignore[union-attr]
    assert store.get_draft("d2").text == "draft text"  # type: ignore[union-attr]


def test_forget_person(store: Store) -> None:
    save_draft(store, "d1", author="alice")
    save_draft(store, "d2", post_key="p2", requester="reddit:bob", author="carol")
    store.add_feedback(draft_id="d2", rater="reddit:bob", scores={}, used=False, final_text=None)
    assert store.forget_person("alice")["drafts"] == 1
    assert store.get_draft("d1") is None and store.get_draft("d2") is not None
    store.forget_person("bob")
    assert store.get_draft("d2") is None and store.feedback() == []


def test_the_store_is_created_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "dir" / "s.db"
    store = Store.open(path)
    store.audit("screen")  # the WAL file exists once written
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for suffix in ("-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        assert not extra.exists() or stat.S_IMODE(extra.stat().st_mode) & 0o077 == 0
