"""Pairs from the bot's own store: edited drafts become improvement pairs, drafts used as they were
become SFT targets, regenerations rated apart become DPO pairs (real Store, real prompts/gate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.learning import pairs
from bot.learning.export import read_jsonl
from bot.learning.feedback_pairs import build_feedback_pairs
from bot.learning.pairs import PairFilters, ServingPrompts
from bot.store import Store
from policies.levels import Level
from prompts import load

POST = "I started a new job and I feel like everyone is judging me. How do I stop overthinking?"
DRAFT = "That sounds stressful. New jobs take time, and most people are focused on themselves."
EDITED = (
    "That sounds really stressful, and it makes sense to feel watched in a new place. Most"
    " people are busy with their own work. What part of the day is hardest for you?"
)
HUMAN = "new jobs are hard, give it a few weeks and talk to your manager if it gets bad"
IMPROVED = HUMAN + ". It makes sense to feel this way, and you are not alone in it."
POSTED_IM = HUMAN + ". You are not alone: a lot of people feel this in their first month."


def _draft(store: Store, draft_id: str, post_key: str, text: str | None, **kw: object) -> None:
    store.save_draft(
        draft_id=draft_id,
        post_key=post_key,
        community="c",
        requester="console:me",
        kind=str(kw.get("kind", "gm")),
        status="draft",
        level=Level.NONE,
        model="m",
        prompt_version="v",
        seed=1,
        duration_ms=1.0,
        text=text,
        post_text=str(kw.get("post", POST)) if text is not None else None,
        reply_text=kw.get("reply"),  # type: ignore[arg-type]
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "llumi.db")
    # an edited GM draft: an improvement pair
    _draft(store, "d-edit", "reddit:t3_a", DRAFT)
    store.add_feedback(
        draft_id="d-edit", rater="r", scores={"empathy": 4}, used=True, final_text=EDITED
    )
    # a GM draft used as it was: an SFT target
    _draft(store, "d-used", "reddit:t3_b", EDITED, post="Another post about feeling judged.")
    store.add_feedback(draft_id="d-used", rater="r", scores={}, used=True, final_text=None)
    # two regenerations for one post, rated 5 and 2: a DPO pair
    other = "My sister won't talk to me since our argument last month. What should I do?"
    _draft(store, "d-good", "reddit:t3_c", EDITED + " Maybe write her a short note.", post=other)
    _draft(
        store,
        "d-bad",
        "reddit:t3_c",
        "Just wait it out, she will get over it eventually.",
        post=other,
    )
    store.add_feedback(
        draft_id="d-good",
        rater="r",
        scores={"empathy": 5, "connection": 5},
        used=False,
        final_text=None,
    )
    store.add_feedback(
        draft_id="d-bad", rater="r", scores={"empathy": 2}, used=False, final_text=None
    )
    # an IM draft the helper edited again before posting
    _draft(store, "d-im", "discord:9", IMPROVED, kind="im", reply=HUMAN)
    store.add_feedback(draft_id="d-im", rater="r", scores={}, used=True, final_text=POSTED_IM)
    # a draft whose text retention already purged
    _draft(store, "d-gone", "reddit:t3_d", None)
    store.add_feedback(
        draft_id="d-gone", rater="r", scores={"empathy": 3}, used=True, final_text=None
    )
    # a crisis post (drafted under draft_on_high): excluded like community data
    _draft(store, "d-crisis", "reddit:t3_e", DRAFT, post="I want to kill myself, I can't go on")
    store.add_feedback(
        draft_id="d-crisis", rater="r", scores={}, used=True, final_text=EDITED + " Call 988."
    )
    return store


def test_feedback_becomes_pairs(store: Store) -> None:
    pair_set, summary, used = build_feedback_pairs(store, PairFilters(), ServingPrompts(4096))
    gm_dpo = [(r["chosen"][0]["content"], r["rejected"][0]["content"]) for r in pair_set.gm_dpo]
    assert (EDITED, DRAFT) in gm_dpo  # the helper's edit beats the draft
    assert any(c.endswith("short note.") and r.startswith("Just wait") for c, r in gm_dpo)
    assert len(gm_dpo) == 2  # no GM row from the IM draft, none from the crisis post
    targets = [r["messages"][-1]["content"] for r in pair_set.gm_sft]
    assert sorted(targets) == sorted([EDITED, EDITED])  # the edit, and the draft used as it was
    assert all(r["messages"][0]["content"] == load("gm").system for r in pair_set.gm_sft)

    im_dpo = [r for r in pair_set.im_dpo if r["chosen"][0]["content"] == POSTED_IM]
    assert len(im_dpo) == 1
    assert HUMAN in im_dpo[0]["prompt"][1]["content"]  # the IM's input: the helper's own reply
    assert im_dpo[0]["rejected"][0]["content"] == IMPROVED
    assert im_dpo[0]["prompt"][0]["content"] == load("im").system

    assert summary["feedback"]["edited"] == 2
    assert summary["feedback"]["used_unchanged"] == 1
    assert summary["feedback"]["rating_pairs"] == 1
    assert summary["feedback"]["drafts_without_text"] == 1
    assert summary["posts"]["dropped"] == {"crisis": 1}
    assert len(used) == 7  # every row considered, so retention may purge them once exported


def test_cli_from_feedback_marks_exported(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LLUMI_DB", str(tmp_path / "llumi.db"))
    out = tmp_path / "fb"
    args = ["build", "--from-feedback", "--out", str(out), "--only-unexported", "--mark-exported"]
    result = CliRunner().invoke(pairs, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(read_jsonl(out / "gm-dpo.jsonl")) == 2
    assert json.loads((out / "summary.json").read_text())["source"] == "feedback"
    assert store.feedback(only_unexported=True) == []
    again = CliRunner().invoke(pairs, [*args[:3], str(tmp_path / "fb2"), "--only-unexported"])
    assert again.exit_code == 0
    assert read_jsonl(tmp_path / "fb2" / "gm-dpo.jsonl") == []


def test_pairs_build_input_errors_are_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    none = runner.invoke(pairs, ["build", "--out", str(tmp_path)])
    assert none.exit_code == 2 and "exactly one source" in none.output
    monkeypatch.setenv("LLUMI_DB", str(tmp_path / "missing.db"))
    missing = runner.invoke(pairs, ["build", "--from-feedback", "--out", str(tmp_path / "o")])
    assert missing.exit_code == 2 and "no store" in missing.output
    gap = runner.invoke(pairs, ["build", "--threads", "x", "--out", "o", "--min-gap", "0"])
    assert gap.exit_code == 2 and "min-gap" in gap.output
    reddit = runner.invoke(pairs, ["build", "--subreddit", "x", "--out", str(tmp_path / "r")])
    assert reddit.exit_code == 2 and "--i-have-permission" in reddit.output
    nofile = runner.invoke(pairs, ["build", "--threads", str(tmp_path / "no.jsonl"), "--out", "o"])
    assert nofile.exit_code == 2 and "cannot read" in nofile.output
