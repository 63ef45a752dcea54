"""Pair building: each filter on hand-written threads (what it drops and what it keeps), the split,
the TRL shapes and the summary. The prompts here are a small test builder that tags each turn, so
the assertions can see which text went where; the real prompts and crisis gate are used in
test_learning_counselchat.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.learning.export import FILES, read_jsonl, write_pairs
from bot.learning.pairs import PairFilters, PairSet, build_pairs, split_of
from bot.learning.threads import Thread, ThreadReply, ThreadsError, read_threads
from policies.levels import Level

LONG = " and it is a longer reply so that the length filter keeps it"


class TaggedPrompts:
    @property
    def versions(self) -> dict[str, str]:
        return {"gm": "test-gm", "im": "test-im"}

    def gm(self, post_text: str) -> list[dict[str, str]]:
        return [{"role": "system", "content": "GM"}, {"role": "user", "content": post_text}]

    def im(self, post_text: str, reply_text: str) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": "IM"},
            {"role": "user", "content": f"POST: {post_text}\nREPLY: {reply_text}"},
        ]


def screen_marker(text: str) -> Level:
    """Stands in for the crisis gate in these unit tests: "CRISIS" marks a crisis-level text."""
    return Level.HIGH if "CRISIS" in text else Level.NONE


def reply(rid: str, score: int, text: str | None = None, **extra: object) -> ThreadReply:
    return ThreadReply(id=rid, text=text or f"reply {rid}{LONG}", score=score, **extra)  # type: ignore[arg-type]


def build(threads: list[Thread], **filters: Any) -> tuple[PairSet, dict[str, Any]]:
    return build_pairs(threads, PairFilters(**filters), TaggedPrompts(), screen=screen_marker)


def test_replies_ranked_by_score_give_chosen_over_rejected() -> None:
    thread = Thread("p1", "Title", "body", (reply("a", 1), reply("b", 5), reply("c", 3)))
    pairs, summary = build([thread], min_gap=1, max_pairs_per_post=10)
    chosen_rejected = [
        (r["chosen"][0]["content"][:7], r["rejected"][0]["content"][:7]) for r in pairs.gm_dpo
    ]
    assert chosen_rejected == [
        ("reply b", "reply a"),
        ("reply b", "reply c"),
        ("reply c", "reply a"),
    ]
    assert pairs.gm_sft[0]["messages"][-1]["content"].startswith("reply b")
    assert pairs.gm_sft[0]["messages"][1]["content"] == "Title\n\nbody"
    assert summary["score_gaps"]["histogram"] == {"2.0": 2, "4.0": 1}


def test_min_gap_drops_close_pairs_and_keeps_wide_ones() -> None:
    thread = Thread("p1", "", "post", (reply("a", 4), reply("b", 3), reply("c", 1)))
    pairs, summary = build([thread], min_gap=2)
    gaps = pairs.gaps
    assert gaps and min(gaps) >= 2
    assert len(pairs.gm_dpo) == 2  # (a, c) gap 3 and (b, c) gap 2; (a, b) gap 1 dropped
    assert summary["pairs_dropped"]["below_min_gap"] == 1


def test_min_score_keeps_only_endorsed_targets() -> None:
    low = Thread("low", "", "post one", (reply("a", 0), reply("b", -2)))
    high = Thread("high", "", "post two", (reply("c", 2), reply("d", 0)))
    pairs, summary = build([low, high], min_score=1)
    assert [r["messages"][-1]["content"][:7] for r in pairs.gm_sft] == ["reply c"]
    assert len(pairs.gm_dpo) == 1
    assert summary["pairs_dropped"]["no_reply_at_min_score"] == 1
    assert summary["pairs_dropped"]["below_min_score"] == 1


def test_length_filters() -> None:
    thread = Thread(
        "p",
        "",
        "post",
        (reply("ok", 3), reply("short", 2, "too short"), reply("long", 1, "x" * 500)),
    )
    pairs, summary = build([thread], min_len=20, max_len=200)
    assert summary["replies"]["dropped"] == {"too_long": 1, "too_short": 1}
    assert pairs.gm_dpo == []  # one reply left: nothing to compare
    assert len(pairs.gm_sft) == 1


def test_removed_deleted_and_bot_replies_are_dropped() -> None:
    thread = Thread(
        "p",
        "",
        "post",
        (
            reply("good", 5),
            reply("gone", 9, "[deleted]"),
            reply("mod", 8, removed=True),
            reply("auto", 7, author="AutoModerator"),
            reply("bot", 6, is_bot=True),
            reply("left", 6, author="[deleted]"),
            reply("fine", 1),
        ),
    )
    pairs, summary = build([thread])
    assert summary["replies"]["dropped"] == {"bot": 2, "removed": 3}
    texts = {r["chosen"][0]["content"][:10] for r in pairs.gm_dpo}
    assert texts == {"reply good"}


def test_duplicates_are_dropped() -> None:
    same = "I hear you, and it is a lot to carry alone. You reached out, which matters."
    thread = Thread(
        "p", "", "post", (reply("a", 3, same), reply("b", 1, same.upper()), reply("c", 1))
    )
    copy = Thread("p-copy", "", "POST", (reply("d", 2),))
    pairs, summary = build([thread, copy])
    assert summary["replies"]["dropped"]["duplicate"] == 1
    assert summary["posts"]["dropped"] == {"duplicate": 1}
    assert len(pairs.gm_dpo) == 1


def test_crisis_posts_are_excluded_unless_asked() -> None:
    crisis = Thread("c", "", "CRISIS post", (reply("a", 3), reply("b", 0)))
    calm = Thread("n", "", "calm post", (reply("c", 3), reply("d", 0)))
    pairs, summary = build([crisis, calm])
    assert summary["posts"]["dropped"] == {"crisis": 1}
    assert all("CRISIS" not in r["prompt"][1]["content"] for r in pairs.gm_dpo)
    kept, summary = build([crisis, calm], include_crisis=True)
    assert summary["posts"]["kept_crisis"] == 1 and len(kept.gm_dpo) == 2


def test_max_pairs_per_post_keeps_the_widest_gaps() -> None:
    thread = Thread("p", "", "post", tuple(reply(str(i), i) for i in range(6)))
    pairs, summary = build([thread], max_pairs_per_post=3)
    assert sorted(pairs.gaps, reverse=True) == [5.0, 4.0, 4.0]
    assert summary["pairs_dropped"]["over_max_pairs_per_post"] == 15 - 3


def test_im_rows_improve_the_weaker_reply_into_the_stronger() -> None:
    thread = Thread("p", "", "post", (reply("weak", 0), reply("strong", 4)))
    pairs, _ = build([thread])
    (sft,) = pairs.im_sft
    (dpo,) = pairs.im_dpo
    assert "REPLY: reply weak" in sft["messages"][1]["content"]
    assert sft["messages"][-1]["content"].startswith("reply strong")
    assert dpo["chosen"][0]["content"].startswith("reply strong")
    assert dpo["rejected"][0]["content"] == f"reply weak{LONG}"  # unchanged


def test_personal_data_is_scrubbed_in_every_text() -> None:
    thread = Thread(
        "p",
        "u/poster here",
        "mail me: a@b.com",
        (reply("a", 3, f"@helper said call 988 or (555) 123-4567{LONG}"), reply("b", 0)),
    )
    pairs, summary = build([thread])
    text = json.dumps([pairs.gm_sft, pairs.gm_dpo, pairs.im_sft, pairs.im_dpo])
    assert "u/poster" not in text and "a@b.com" not in text and "@helper" not in text
    assert "555" not in text and "call 988" in text
    assert summary["scrubbed"]["replaced"] == {"email": 1, "mention": 1, "phone": 1, "user": 1}


def test_split_is_by_post_and_deterministic() -> None:
    ids = [f"post-{i}" for i in range(2000)]
    splits = [split_of(i) for i in ids]
    assert splits == [split_of(i) for i in ids]
    share = splits.count("validation") / len(splits)
    assert 0.08 < share < 0.12
    threads = [Thread(i, "", f"post {i}", (reply("a", 2), reply("b", 0))) for i in ids[:200]]
    pairs, _ = build(threads)
    by_post: dict[str, set[str]] = {}
    for row in pairs.gm_dpo:
        by_post.setdefault(row["prompt"][1]["content"], set()).add(row["split"])
    assert all(len(s) == 1 for s in by_post.values())
    assert {"train", "validation"} == set().union(*by_post.values())


def test_summary_counts_add_up_and_files_have_trl_shapes(tmp_path: Path) -> None:
    threads = [
        Thread("1", "", "a post", (reply("a", 3), reply("b", 1), reply("c", 0, "[removed]"))),
        Thread("2", "", "CRISIS", (reply("d", 3),)),
        Thread("3", "", "", ()),
    ]
    pairs, summary = build(threads)
    posts, replies = summary["posts"], summary["replies"]
    assert posts["read"] == posts["kept"] + sum(posts["dropped"].values()) == 3
    assert replies["read"] == replies["kept"] + sum(replies["dropped"].values()) == 4
    written = write_pairs(tmp_path / "out", pairs, summary)
    assert set(written) == {*FILES, "summary.json"}
    sft = read_jsonl(written["gm-sft.jsonl"])
    assert [m["role"] for m in sft[0]["messages"]] == ["system", "user", "assistant"]
    dpo = read_jsonl(written["gm-dpo.jsonl"])
    assert set(dpo[0]) == {"prompt", "chosen", "rejected", "split"}
    assert [m["role"] for m in dpo[0]["prompt"]] == ["system", "user"]
    assert summary["examples"]["gm_dpo"]["all"] == len(dpo) == 1
    assert json.loads(written["summary.json"].read_text())["posts"]["read"] == 3


def test_filters_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="min-gap"):
        PairFilters(min_gap=0)
    with pytest.raises(ValueError, match="max-len"):
        PairFilters(min_len=50, max_len=10)


def test_threads_file_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(
        '{"id": "1", "title": "", "text": "x", "replies": []}\n'
        '{"id": 2, "replies": [{"text": "y"}]}\n'
    )
    with pytest.raises(ThreadsError, match=r"t\.jsonl:2: replies\[0\]: 'score'"):
        list(read_threads(path))
    path.write_bytes(b'{"id": "1", "text": "caf\xe9", "replies": []}\nnot json\n')
    threads = read_threads(path)
    assert next(threads).text == "caf\ufffd"
    with pytest.raises(ThreadsError, match=r":2: not JSON"):
        next(threads)
