"""The moderators' verdicts in the store and what is read from them: the migration, the report's
numbers on a set built here, the misses file (scrubbed, 0600, never overwritten), retention and
`forget`."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from bot.core.domain import utcnow
from bot.core.errors import Refused
from bot.core.verdicts import parse_missed_level, parse_verdict
from bot.learning.gate_report import agreement
from bot.store import SCHEMA_VERSION, Store, VerdictRecord
from bot.store.connection import _MIGRATIONS
from policies.levels import Level
from tests.test_cli import llumi

N, C, H, IMM = Level.NONE, Level.CONCERN, Level.HIGH, Level.IMMINENT


def verdict(
    post: str,
    kind: str,
    gate: Level,
    people: Level,
    moderator: str = "reddit:mod_a",
    *,
    community: str = "dh",
    author: str = "poster1",
    text: str | None = None,
    days_ago: float = 1,
) -> VerdictRecord:
    return VerdictRecord(
        community=community,
        platform="reddit",
        post_key=f"reddit:t3_{post}",
        alert_id=None if kind == "missed" else f"a-{post}",
        kind=kind,
        gate_level=gate,
        people_level=people,
        moderator=moderator,
        author=author,
        url=f"https://www.reddit.com/r/dh/comments/{post}/",
        lexicon_version="lex1",
        rules_version="rules1",
        post_text=text,
        created_at=utcnow() - timedelta(days=days_ago),
    )


#: eight posts, nine verdicts: p7 was judged twice (the later verdict stands), plus p9 long ago
SET = [
    verdict("p1", "right", H, H),
    verdict("p2", "right", IMM, IMM, "reddit:mod_b"),
    verdict(
        "p3",
        "level",
        H,
        IMM,
        author="throwaway_jane",
        text="u/someone said throwaway_jane is fine; see example.org/x",
    ),
    verdict("p4", "wrong", H, N, text="this exam is killing me"),
    verdict("p5", "level", C, H, "reddit:mod_c", text="everyone would be better off"),
    verdict("p6", "missed", N, IMM, text="I'm ready, the rope is here"),
    verdict("p7", "wrong", IMM, N, days_ago=2),
    verdict("p7", "right", IMM, IMM, "reddit:mod_b"),
    verdict("p8", "right", C, C),
    verdict("p9", "wrong", H, N, text="an old one", days_ago=40),
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(Path(os.environ["LLUMI_DB"]))
    for record in SET:
        opened.save_verdict(record)
    return opened


def test_the_report_reads_verdicts_the_way_gate_gold_reads_gold(store: Store) -> None:
    found = agreement(store.verdicts(since=utcnow() - timedelta(days=30)))
    assert (found.posts, found.verdicts, found.moderators) == (8, 9, 3)
    assert (found.at_high, found.imminent, found.low) == (6, 4, 2)
    assert found.kinds == {"right": 4, "level": 2, "wrong": 1, "missed": 1}
    assert found.rates == {
        "recall_high": 4 / 6,  # p1 p2 p3 p7 of p1 p2 p3 p5 p6 p7
        "recall_concern": 5 / 6,  # p5 too
        "imminent": 2 / 4,  # p2 p7 of p2 p3 p6 p7
        "false_high": 1 / 2,  # p4 of p4 p8
        "exact": 4 / 8,  # p1 p2 p7 p8
    }
    assert agreement([]).rates["recall_high"] is None  # nothing counted, nothing claimed


def test_llumi_gate_report_by_community_and_window(store: Store, tmp_path: Path) -> None:
    store.save_verdict(verdict("q1", "wrong", H, N, community="calm"))
    (tmp_path / "communities.toml").write_text(
        '[[community]]\nname = "dh"\nplatform = "reddit"\nsubreddit = "dh"\nlocale = "en-US"\n'
    )
    result = llumi("gate", "report", "--community", "dh", "--since", "30d")
    assert result.returncode == 0, result.stderr
    assert "verdicts in dh, last 30d: 8 posts (6 at >= high, 4 imminent" in result.stdout
    assert "recall_high     0.667   goal >= 0.9" in result.stdout
    assert "imminent        0.500" in result.stdout
    assert "false_high      0.500   goal <= 0.04" in result.stdout
    assert "exact           0.500" in result.stdout
    everything = llumi("gate", "report")
    assert "all communities: 10 posts" in everything.stdout  # p9 and calm's q1 too
    bad = llumi("gate", "report", "--since", "a month")
    assert bad.returncode == 2 and bad.stderr.startswith("llumi: --since:")
    unknown = llumi("gate", "report", "--community", "nowhere")
    assert unknown.returncode == 2 and "unknown community 'nowhere'" in unknown.stderr


def test_llumi_gate_misses_writes_the_disputed_posts_scrubbed_for_its_owner_only(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "misses.jsonl"
    result = llumi("gate", "misses", "--out", str(out), "--since", "30d")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["post"] for line in lines] == [f"reddit:t3_{p}" for p in ("p3", "p4", "p5", "p6")]
    p3, p4, _, p6 = lines
    assert p3["text"] == "[user] said [user] is fine; see [link]"
    assert "throwaway_jane" not in out.read_text() and "someone" not in out.read_text()
    assert (p4["gate"], p4["moderators"], p4["direction"]) == ("high", "none", "raised")
    assert (p6["kind"], p6["direction"], p6["lexicon_version"]) == ("missed", "missed", "lex1")

    again = llumi("gate", "misses", "--out", str(out))
    assert again.returncode == 2 and "exists" in again.stderr
    assert len(out.read_text().splitlines()) == 4  # never overwritten


def verdict_authors(store: Store) -> set[tuple[str, str]]:
    return {(v.author, v.moderator) for v in store.verdicts()}


def test_forget_removes_a_persons_verdicts_as_author_and_as_moderator(store: Store) -> None:
    store.save_verdict(verdict("r1", "right", H, H, "reddit:joann", author="joann"))
    store.forget_person("ann")  # matches exactly: joann stays
    assert ("joann", "reddit:joann") in verdict_authors(store)
    store.forget_person("mod_b")
    assert all(moderator != "reddit:mod_b" for _, moderator in verdict_authors(store))
    store.forget_person("poster1")
    store.forget_person("throwaway_jane")
    assert verdict_authors(store) == {("joann", "reddit:joann")}
    result = llumi("forget", "joann")
    assert result.returncode == 0 and store.verdicts() == []


def test_retention_and_a_deleted_post_drop_the_text_kept_with_verdicts(store: Store) -> None:
    store.purge_expired(timedelta(days=30))
    texts = {v.post_key: v.post_text for v in store.verdicts()}
    assert texts["reddit:t3_p9"] is None and texts["reddit:t3_p4"] == "this exam is killing me"
    store.forget_post("reddit:t3_p4")
    assert {v.post_key: v.post_text for v in store.verdicts()}["reddit:t3_p4"] is None


def test_a_version_1_database_gains_the_verdicts_table(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(f"BEGIN; {_MIGRATIONS[1]} PRAGMA user_version = 1; COMMIT;")
    db.close()
    store = Store.open(path)
    assert store.schema_version == SCHEMA_VERSION
    store.save_verdict(verdict("p1", "right", H, H))
    assert len(store.verdicts()) == 1


def test_verdict_words_and_missed_levels() -> None:
    assert parse_verdict(" Right ").kind == "right"
    assert parse_verdict("wrong").people_level(H) is N
    assert parse_verdict("high").people_level(IMM) is H
    assert parse_missed_level("IMMINENT") is IMM
    for bad in ("maybe", ""):
        with pytest.raises(Refused):
            parse_verdict(bad)
    for bad in ("none", "urgent"):
        with pytest.raises(Refused):
            parse_missed_level(bad)
