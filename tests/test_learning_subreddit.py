"""`llumi pairs build --subreddit` with the real praw against the Reddit stand-in on 127.0.0.1
(comment scores set per comment here, since votes are what the pairs come from)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bot.cli.learning import pairs
from bot.learning.export import read_jsonl
from bot.learning.threads import read_threads
from tests.standins.reddit import Item, RedditStandIn, RedditWorld


class VotedWorld(RedditWorld):
    """The shared stand-in's world, with a score per comment."""

    def __init__(self) -> None:
        super().__init__()
        self.scores: dict[str, int] = {}

    def thing(self, item: Item) -> dict[str, Any]:
        data = super().thing(item)
        if item.fullname in self.scores:
            data["data"]["score"] = data["data"]["ups"] = self.scores[item.fullname]
        return data


LONG = " It is a lot to carry, and it makes sense that you feel tired of it."


@pytest.fixture
def voted() -> VotedWorld:
    world = VotedWorld()
    world.add_subreddit("support_here")
    post = world.add_submission(
        "support_here", "Can't focus at work", "Since the breakup I can't focus. Any advice?"
    )
    for body, score, author in [
        ("Breakups take real time to heal, and focus comes back slowly." + LONG, 12, "kind1"),
        ("Ask u/someone_else, they wrote about this at length." + LONG, 4, "kind2"),
        ("Just get over it." + LONG, -3, "rude"),
        ("Please read the rules before posting in this subreddit." + LONG, 50, "AutoModerator"),
    ]:
        world.scores[world.add_comment(post, body, author=author).fullname] = score
    gone = world.add_comment(post, "I was here once and said something." + LONG, author="x")
    world.scores[gone.fullname] = 30
    world.delete(gone)
    world.add_submission("support_here", "No replies yet", "Nobody answered this one.")
    return world


def test_pairs_from_a_subreddit_through_praw(
    voted: VotedWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with RedditStandIn(voted) as reddit:
        for key, value in {
            "REDDIT_CLIENT_ID": "id",
            "REDDIT_CLIENT_SECRET": "secret",
            "REDDIT_USERNAME": "llumi_bot",
            "REDDIT_PASSWORD": "pw",
            "REDDIT_USER_AGENT": "llumi tests",
            "REDDIT_OAUTH_URL": reddit.url,
            "REDDIT_URL": reddit.url,
        }.items():
            monkeypatch.setenv(key, value)
        out, saved = tmp_path / "pairs", tmp_path / "threads.jsonl"
        result = CliRunner().invoke(
            pairs,
            [
                *("build", "--subreddit", "r/support_here", "--limit", "10"),
                *("--i-have-permission", "--out", str(out), "--save-threads", str(saved)),
            ],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
        paths = [r.path for r in voted.requests]
    assert "/api/v1/access_token" in paths and any(
        p.startswith("/r/support_here/new") for p in paths
    )
    summary = json.loads((out / "summary.json").read_text())
    assert summary["subreddit"] == "support_here"
    assert summary["posts"]["read"] == 2
    assert summary["replies"]["dropped"] == {"bot": 1, "removed": 1}
    dpo = read_jsonl(out / "gm-dpo.jsonl")
    ranked = [(r["chosen"][0]["content"][:10], r["rejected"][0]["content"][:10]) for r in dpo]
    assert sorted(ranked) == sorted(
        [("Breakups t", "Ask [user]"), ("Breakups t", "Just get o"), ("Ask [user]", "Just get o")]
    )
    assert "someone_else" not in (out / "im-dpo.jsonl").read_text()
    threads = list(read_threads(saved))  # what was fetched, kept for the record
    assert {len(t.replies) for t in threads} == {0, 5}


def test_subreddit_needs_credentials(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        pairs, ["build", "--subreddit", "x", "--i-have-permission", "--out", str(tmp_path)]
    )
    assert result.exit_code == 2 and "REDDIT_CLIENT_ID" in result.output
