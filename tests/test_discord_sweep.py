"""A sweep (bot.sweeps.sweep.Sweeper) through the Discord adapter: unanswered posts listed from a
text and a forum channel, the crisis one escalated with a role ping, the digest in the moderator
channel without pings; with the bot running (`llumi run`) and without it (`llumi sweep`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tenacity import wait_none

from adapters.discord_app import DiscordAdapter
from bot.config import Settings, SweepConfig
from bot.core.assistant import Assistant
from bot.model import ModelClient
from bot.store import Store
from bot.sweeps.sweep import Sweeper
from tests.discord_harness import (
    CRISIS_ROLE,
    FORUM,
    HELPER,
    MODS,
    POSTER,
    SUPPORT,
    community,
    local_only,  # noqa: F401
    populate,
    running,
)
from tests.standins.discord_gateway import DiscordStandin
from tests.standins.ollama import OllamaStandIn

pytestmark = pytest.mark.usefixtures("local_only")

SWEEP = SweepConfig(every=timedelta(minutes=30), unanswered_after=timedelta(hours=2))


def seed(standin: DiscordStandin) -> dict[str, dict[str, Any]]:
    populate(standin)
    now = datetime.now(UTC)

    def ago(hours: float) -> datetime:
        return now - timedelta(hours=hours)

    posts = {
        "waiting": standin.make_message(
            SUPPORT, POSTER, "I started a new job and I'm so nervous", when=ago(5)
        ),
        "answered": standin.make_message(SUPPORT, POSTER, "Can't sleep lately", when=ago(4)),
        "crisis": standin.make_message(
            SUPPORT, 600000000000000003, "I want to kill myself, nothing matters", when=ago(3.5)
        ),
        "young": standin.make_message(SUPPORT, POSTER, "Comparing myself to others", when=ago(1)),
    }
    standin.make_message(
        SUPPORT,
        HELPER,
        "a wind-down routine helps",
        when=ago(3),
        reply_to=int(posts["answered"]["id"]),
    )
    thread = standin.make_thread(FORUM, POSTER, "missing my sister", when=ago(6))
    posts["forum"] = standin.make_message(
        int(thread["id"]),
        POSTER,
        "She moved abroad last week",
        when=ago(6),
        message_id=int(thread["id"]),
    )
    return posts


def digest_of(standin: DiscordStandin) -> str:
    sent = standin.calls_to("POST", rf"^/channels/{MODS}/messages$")
    return "\n".join(c.json["content"] for c in sent if "digest" in c.json["content"].lower())


async def test_a_sweep_while_the_bot_runs(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    posts = seed(discord_standin)
    swept = [community(sweep=SWEEP, concern="digest")]
    async with running(discord_standin, ollama_standin, tmp_path, communities=swept) as bot:
        # the first start's catch-up already escalated the crisis post (backfill 24 h)
        before = len(bot.moderator_posts())
        report = await Sweeper(bot.assistant, {"discord": bot.adapter}).run("calm-harbor")
        assert report.error is None, report.error
        assert report.listed == 3  # waiting, crisis, forum (answered and young left out)
        digest = digest_of(discord_standin)
        for name in ("waiting", "forum"):
            assert posts[name]["id"] in digest, name
        assert posts["answered"]["id"] not in digest and posts["young"]["id"] not in digest
        sent = bot.moderator_posts()[before:]
        assert all(
            c.json["allowed_mentions"]["parse"] == []
            and not c.json["allowed_mentions"].get("roles")
            for c in sent
        )
        alerts = [c for c in bot.moderator_posts() if f"<@&{CRISIS_ROLE}>" in c.json["content"]]
        assert len(alerts) == 1 and posts["crisis"]["id"] in alerts[0].json["content"]
        assert not discord_standin.calls_to("POST", rf"^/channels/({SUPPORT}|{FORUM})/messages$")


async def test_a_one_off_sweep_without_the_gateway(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    posts = seed(discord_standin)
    swept = [community(sweep=SWEEP, concern="digest")]
    settings = replace(
        Settings(),
        ollama_host=ollama_standin.url,
        model_timeout=5,
        db_path=tmp_path / "db",
    )
    model = ModelClient(settings, attempts=1, wait=wait_none())
    assistant = Assistant(
        settings=settings,
        communities=swept,
        store=Store.open(settings.db_path),
        model=model,
        delivery_backoff=0,
    )
    adapter = DiscordAdapter(assistant, settings, swept, credentials=discord_standin.token)
    assistant.register_alerts("discord", adapter)  # what `llumi sweep` does
    try:
        report = await Sweeper(assistant, {"discord": adapter}).run("calm-harbor")
    finally:
        await model.aclose()
    assert report.error is None, report.error
    assert report.escalated == [f"discord:{posts['crisis']['id']}"]
    (alert,) = [
        c
        for c in discord_standin.calls_to("POST", rf"^/channels/{MODS}/messages$")
        if c.json["content"].startswith(f"<@&{CRISIS_ROLE}>")
    ]
    assert alert.json["allowed_mentions"] == {"parse": [], "roles": [CRISIS_ROLE]}
    assert posts["waiting"]["id"] in digest_of(discord_standin)
    assert not discord_standin.identifies  # REST only
