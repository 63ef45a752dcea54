"""End to end: a sweep through the real Reddit adapter (real praw 8 against the Reddit stand-in)
and the real Assistant and ModelClient (against the Ollama stand-in). The platform decides what
is unanswered; the digest and the alert reach the moderator team as modmail, nothing public."""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from tenacity import wait_none

from adapters.reddit import RedditAdapter
from adapters.reddit.config import RedditCommunity
from bot.config import Community, Settings, SweepConfig
from bot.core.assistant import Assistant
from bot.model import ModelClient
from bot.store import Store
from bot.sweeps.sweep import Sweeper
from tests.standins.ollama import OllamaStandIn
from tests.standins.reddit import BOT, RedditStandIn, credentials, credentials_env
from tests.test_sweep_support import CRISIS, ORDINARY

SUB = "calm_corner"


@pytest.fixture(autouse=True)
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """prawcore may time.sleep between requests; and nothing reaches beyond 127.0.0.1."""
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            assert address[0] in ("127.0.0.1", "::1", "localhost"), f"network access to {address}"
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture
async def reddit_sweep(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> AsyncIterator[tuple[RedditStandIn, Assistant, Sweeper]]:
    with RedditStandIn() as reddit:
        reddit.world.add_subreddit(SUB, {"mod_bob": ["all"]})
        settings = Settings(
            ollama_host=ollama_standin.url,
            model_timeout=10,
            model_concurrency=2,
            db_path=tmp_path / "llumi.db",
        )
        community = Community(
            name="calm",
            locale="en-US",
            settings=RedditCommunity(SUB),
            concern="digest",
            sweep=SweepConfig(
                every=timedelta(minutes=30),
                unanswered_after=timedelta(hours=2),
                max_age=timedelta(hours=48),
                ignore_authors=("AutoModerator",),
            ),
        )
        assistant = Assistant(
            settings=settings,
            communities=[community],
            store=Store.open(settings.db_path),
            model=ModelClient(settings, attempts=1, wait=wait_none()),
            delivery_backoff=0.01,
        )
        adapter = RedditAdapter(assistant, settings, [community], credentials=credentials(reddit))
        assert adapter.reddit.config.oauth_url == reddit.url
        yield reddit, assistant, Sweeper(assistant, {"reddit": adapter})
        adapter.runner.close()
        assert assistant.model is not None
        await assistant.model.aclose()
        assistant.store.close()


def bodies(reddit: RedditStandIn) -> list[tuple[str, str]]:
    return [(c.subject, c.messages[0]["bodyMarkdown"]) for c in reddit.world.modmail_from_bot(SUB)]


async def test_a_sweep_through_the_reddit_adapter_digests_only_unanswered_posts(
    reddit_sweep: tuple[RedditStandIn, Assistant, Sweeper],
) -> None:
    reddit, assistant, sweeper = reddit_sweep
    world = reddit.world
    hour = 3600.0
    oldest = world.add_submission(SUB, "New job nerves", ORDINARY[0], "ann", age=5 * hour)
    own_reply = world.add_submission(SUB, "Missing my sister", ORDINARY[1], "ben", age=3 * hour)
    world.add_comment(own_reply, "Adding: she left last week.", "ben", age=2 * hour)
    world.add_comment(own_reply, "Please read the rules.", "AutoModerator", age=2 * hour)
    answered = world.add_submission(SUB, "Sleep", ORDINARY[2], "cat", age=4 * hour)
    reply = world.add_comment(answered, "Thanks for posting.", BOT, age=3 * hour)
    world.add_comment(reply, "Try a wind-down routine.", "helper", age=2 * hour)  # at depth 2
    crisis = world.add_submission(SUB, "done", CRISIS[0], "dee", age=3.5 * hour)
    young = world.add_submission(SUB, "Comparing", ORDINARY[3], "eve", age=0.5 * hour)
    locked = world.add_submission(SUB, "Locked", ORDINARY[3], "fay", age=6 * hour)
    locked.locked = True
    removed = world.add_submission(SUB, "Removed", ORDINARY[3], "gus", age=7 * hour)
    world.delete(removed, "moderator")

    report = await sweeper.run("calm")

    assert report.delivered, report.error
    assert report.listed == 3 and report.escalated == [f"reddit:{crisis.fullname}"]
    record = assistant.store.alert_for_post(f"reddit:{crisis.fullname}")
    assert record is not None and record.state == "sent"
    (alert, digest) = bodies(reddit)
    assert crisis.id in alert[1]
    subject, text = digest
    assert subject.startswith("llumi digest for calm")
    ids = [oldest.id, own_reply.id, crisis.id, answered.id, young.id, locked.id, removed.id]
    shown = [i for i in ids if f"/comments/{i}/" in text]
    assert sorted(shown, key=text.index) == [crisis.id, oldest.id, own_reply.id]
    assert text.count("Draft d-") == 2 and "5h old" in text and "3h old" in text
    assert world.public_writes() == []

    again = await sweeper.run("calm")
    assert again.already_digested == 3 and len(bodies(reddit)) == 2  # nothing sent twice


def test_llumi_sweep_builds_the_reddit_adapter_from_the_environment(
    tmp_path: Path, ollama_standin: OllamaStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from bot.cli import cli

    with RedditStandIn() as reddit:
        world = reddit.world
        world.add_subreddit(SUB, {"mod_bob": ["all"]})
        plain = world.add_submission(SUB, "Nerves", ORDINARY[0], "ann", age=5 * 3600.0)
        crisis = world.add_submission(SUB, "done", CRISIS[1], "dee", age=3 * 3600.0)
        (tmp_path / "communities.toml").write_text(
            f'[[community]]\nname = "calm"\nplatform = "reddit"\nsubreddit = "{SUB}"\n'
            'locale = "en-US"\n[community.sweep]\ncron = "0 */2 * * *"\n',
            "utf-8",
        )
        for key, value in {
            "OLLAMA_HOST": ollama_standin.url,
            **credentials_env(reddit),
            "DISCORD_TOKEN": "set-but-not-used-by-a-reddit-sweep",
        }.items():
            monkeypatch.setenv(key, value)

        dry = CliRunner().invoke(cli, ["sweep", "calm", "--dry-run"], catch_exceptions=False)
        assert dry.exit_code == 0, dry.output
        assert dry.stdout.startswith("NOT ESCALATED (dry run): 1 post(s)")
        assert f"/comments/{plain.id}/" in dry.stdout and "Draft d-" in dry.stdout
        assert world.modmail_from_bot(SUB) == [] and not (tmp_path / "llumi.db").exists()

        real = CliRunner().invoke(cli, ["sweep", "calm"], catch_exceptions=False)
        assert real.exit_code == 0, real.output
        assert real.stdout.startswith("sweep calm: 2 listed")
        sent = bodies(reddit)
        assert len(sent) == 2 and crisis.id in sent[0][1]  # the alert, then the digest
        assert sent[1][1].index(crisis.id) < sent[1][1].index(plain.id)
        assert world.public_writes() == []
