"""Crisis alerts in the moderator channel: the crisis role and nobody else pinged, once per post
(also across a restart), joined threads, the "I'm on it" button and the re-ping after 15 minutes."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.store import Store
from tests.discord_harness import (
    CRISIS_MEMBER,
    CRISIS_ROLE,
    FORUM,
    GUILD,
    HELPER,
    MODS,
    OUTSIDER,
    POSTER,
    SUPPORT,
    Clock,
    eventually,
    local_only,  # noqa: F401
    running,
)
from tests.standins.discord_gateway import DiscordStandin
from tests.standins.ollama import OllamaStandIn

pytestmark = pytest.mark.usefixtures("local_only")

CRISIS = "@everyone <@600000000000000001> I want to kill myself tonight, I have the pills ready"


def claim_id(call_json: dict[str, Any]) -> str:
    row = call_json["components"][0]  # the second row holds the verdict buttons
    (button,) = row["components"]
    return str(button["custom_id"])


async def test_a_crisis_post_raises_one_alert_pinging_only_the_crisis_role(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
        await discord_standin.dispatch("MESSAGE_CREATE", post)  # the gateway repeats an event
        await discord_standin.edit_message(SUPPORT, int(post["id"]), CRISIS + " (edited)")
        await asyncio.sleep(0.3)

        (alert,) = bot.moderator_posts()
        body = alert.json
        assert body["content"].startswith(f"<@&{CRISIS_ROLE}> **Crisis alert")
        assert body["allowed_mentions"] == {"parse": [], "roles": [CRISIS_ROLE]}
        assert f"https://discord.com/channels/{GUILD}/{SUPPORT}/{post['id']}" in body["content"]
        assert "Samaritans" in body["content"]  # the en-GB resources
        assert "@everyone" not in body["content"].replace("\\@everyone", "")  # quoted, escaped
        # the poster as a mention (shows their name), which `allowed_mentions` keeps silent
        assert f"Author: <@{POSTER}>" in body["content"]
        assert claim_id(body).startswith("llumi:claim:a-")
        assert body["flags"] & 4  # SUPPRESS_EMBEDS: no preview of the post's link
        assert not discord_standin.calls_to("POST", rf"^/channels/{SUPPORT}/messages$")
        record = bot.store.alert_for_post(f"discord:{post['id']}")
        assert record is not None and record.ref == f"{MODS}/{alert_message_id(discord_standin)}"


def alert_message_id(standin: DiscordStandin) -> int:
    bot_messages = [
        m for m in standin.messages[MODS].values() if m["author"]["id"] == str(standin.bot_id)
    ]
    return int(bot_messages[0]["id"])


async def test_a_restart_does_not_alert_again(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "llumi.db")
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
    store.set_position(f"discord:channel:{SUPPORT}", "0")  # force the catch-up to read it again
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        assert bot.adapter.catch_ups == 1
        await asyncio.sleep(0.2)
        assert len(bot.moderator_posts()) == 1


async def test_a_second_crisis_post_by_the_same_person_joins_the_first_alert(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path):
        await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
        await discord_standin.post_message(
            SUPPORT, POSTER, "I want to kill myself tonight, I have the pills ready, sorry"
        )
        first, second = await discord_standin.wait_for_call(
            "POST", rf"^/channels/{MODS}/messages$", count=2
        )
        first_id = alert_message_id(discord_standin)
        assert "message_reference" not in first.json
        assert second.json["message_reference"]["message_id"] == first_id
        assert "same person" in second.json["content"]
        assert second.json["allowed_mentions"]["parse"] == []


async def test_a_forum_post_is_screened_with_its_title(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        thread, _ = await discord_standin.post_forum_thread(
            FORUM, POSTER, "I want to die", "nothing helps anymore and I am so tired"
        )
        (alert,) = await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
        assert f"/channels/{GUILD}/{thread['id']}/{thread['id']}" in alert.json["content"]
        stored = bot.store.get_screening(f"discord:{thread['id']}")
        assert stored is not None and stored.screening.level.label == "high"


async def test_im_on_it_records_who_took_the_alert_and_stops_the_re_ping(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    clock = Clock()
    async with running(discord_standin, ollama_standin, tmp_path, clock=clock) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        (sent,) = await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
        alert_message = discord_standin.messages[MODS][alert_message_id(discord_standin)]
        custom_id = claim_id(sent.json)

        # not a helper: refused, nothing recorded
        press = discord_standin.button(
            custom_id, alert_message, guild_id=GUILD, channel_id=MODS, user_id=OUTSIDER
        )
        await bot.interact(press)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        assert bot.callbacks(press)[0].json["data"]["flags"] == 64
        record = bot.store.alert_for_post(f"discord:{post['id']}")
        assert record is not None and record.claimed_by is None

        press = discord_standin.button(
            custom_id, alert_message, guild_id=GUILD, channel_id=MODS, user_id=CRISIS_MEMBER
        )
        await bot.interact(press)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        update = bot.callbacks(press)[0].json
        assert update["type"] == 7  # the alert message is updated in place
        (button,) = update["data"]["components"][0]["components"]
        assert button["disabled"] is True and button["label"] == "Taken by cris"
        record = bot.store.get_alert(record.id)
        assert record is not None and record.claimed_by == f"discord:{CRISIS_MEMBER}"

        # a second person learns who has it, privately
        press = discord_standin.button(
            custom_id, alert_message, guild_id=GUILD, channel_id=MODS, user_id=HELPER
        )
        await bot.interact(press)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        answer = bot.callbacks(press)[0].json
        assert answer["type"] == 4 and answer["data"]["flags"] == 64
        assert f"<@{CRISIS_MEMBER}> already took" in answer["data"]["content"]

        clock.advance(timedelta(minutes=16))
        await asyncio.sleep(0.3)
        assert len(bot.moderator_posts()) == 1  # taken: no re-ping


async def test_an_untaken_alert_pings_the_role_once_more_after_15_minutes(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    clock = Clock()
    async with running(discord_standin, ollama_standin, tmp_path, clock=clock) as bot:
        await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
        clock.advance(timedelta(minutes=14))
        await asyncio.sleep(0.2)
        assert len(bot.moderator_posts()) == 1
        clock.advance(timedelta(minutes=2))
        _, reping = await discord_standin.wait_for_call(
            "POST", rf"^/channels/{MODS}/messages$", count=2
        )
        assert reping.json["content"].startswith(f"<@&{CRISIS_ROLE}> alert a-")
        assert reping.json["allowed_mentions"] == {"parse": [], "roles": [CRISIS_ROLE]}
        assert reping.json["message_reference"]["message_id"] == alert_message_id(discord_standin)
        clock.advance(timedelta(minutes=30))
        await asyncio.sleep(0.2)
        assert len(bot.moderator_posts()) == 2  # once more, not again and again


async def test_the_re_ping_survives_a_restart(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    clock = Clock()
    store = Store.open(tmp_path / "llumi.db")
    async with running(discord_standin, ollama_standin, tmp_path, clock=clock, store=store):
        await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
    clock.advance(timedelta(minutes=20))
    async with running(discord_standin, ollama_standin, tmp_path, clock=clock, store=store) as bot:
        await eventually(lambda: len(bot.moderator_posts()) == 2)
        assert "still untaken" in bot.moderator_posts()[1].json["content"]


async def test_a_refused_alert_is_retried_and_sent_once(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        discord_standin.fail_next[f"POST ^/channels/{MODS}/messages$"] = 403
        post = await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$", count=2)
        await asyncio.sleep(0.2)
        assert len(bot.moderator_posts()) == 2  # the refused attempt and the delivered one
        assert len(discord_standin.messages[MODS]) == 1
        record = bot.store.alert_for_post(f"discord:{post['id']}")
        assert record is not None and record.state == "sent"


async def test_digest_goes_to_the_moderator_channel_without_pings(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        long_part = "(2/2) " + "an unanswered post\n" * 150
        await bot.adapter.send_digest(
            "calm-harbor", ["(1/2) @everyone <@&444444444444444444> digest", long_part]
        )
        sent = bot.moderator_posts()
        assert len(sent) == 3  # the long part was split again within 2,000 characters
        assert [len(c.json["content"]) <= 2000 for c in sent] == [True] * 3
        mentions = [c.json["allowed_mentions"] for c in sent]
        assert all(m["parse"] == [] and not m.get("roles") and not m.get("users") for m in mentions)


async def test_concern_alerts_do_not_ping(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        await discord_standin.post_message(SUPPORT, POSTER, "I cut myself again last night")
        (sent,) = await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
        assert sent.json["content"].startswith("**Concern")
        assert sent.json["allowed_mentions"]["parse"] == []
        mentions = sent.json["allowed_mentions"]
        assert mentions["parse"] == [] and not mentions.get("roles")
        assert not bot.store.journal_pending("discord-reping")  # nothing to re-ping either


async def test_an_alert_left_pending_by_a_crash_is_sent_once_on_start(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    from dataclasses import replace as with_changes

    from bot.config import Settings
    from bot.core.assistant import Assistant
    from bot.core.domain import Post
    from tests.discord_harness import community

    store = Store.open(tmp_path / "llumi.db")
    before_crash = Assistant(
        settings=with_changes(Settings(), db_path=tmp_path / "llumi.db"),
        communities=[community()],
        store=store,
        model=None,
    )
    post = Post(
        key="discord:1575000000000000001",
        community="calm-harbor",
        text=CRISIS,
        author=str(POSTER),
        url=f"https://discord.com/channels/{GUILD}/{SUPPORT}/1575000000000000001",
        platform="discord",
    )
    await before_crash.observe(post)  # the intent is recorded; no Discord sink was running
    pending = store.alert_for_post(post.key)
    assert pending is not None and pending.state == "pending"

    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        await eventually(lambda: len(bot.moderator_posts()) == 1)
        (alert,) = bot.moderator_posts()
        assert post.url in alert.json["content"]
        sent = store.alert_for_post(post.key)
        assert sent is not None and sent.state == "sent"
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        await asyncio.sleep(0.2)
        assert len(bot.moderator_posts()) == 1  # sent once: a second start sends nothing


async def test_a_rate_limited_alert_waits_and_is_sent_once(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        discord_standin.fail_next[f"POST ^/channels/{MODS}/messages$"] = 429
        await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$", count=2)
        await asyncio.sleep(0.2)
        assert len(bot.moderator_posts()) == 2  # the 429 and the retry after retry_after
        assert len(discord_standin.messages[MODS]) == 1


async def test_an_alert_that_failed_during_an_outage_is_sent_after_reconnecting(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        for attempt in range(3):  # every delivery attempt of the core is refused
            discord_standin.fail_next[f"POST ^/channels/{MODS}/messages$ #{attempt}"] = 403
        post = await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$", count=3)
        record = bot.store.alert_for_post(f"discord:{post['id']}")
        assert record is not None and record.state == "pending"
        assert not discord_standin.messages[MODS]

        bot.adapter.caught_up.clear()
        await discord_standin.drop_connection()
        await asyncio.wait_for(bot.adapter.caught_up.wait(), 10)
        assert len(discord_standin.messages[MODS]) == 1
        record = bot.store.alert_for_post(f"discord:{post['id']}")
        assert record is not None and record.state == "sent"


async def test_a_failing_moderator_channel_gets_the_alert_when_it_recovers_without_a_reconnect(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    """Issue 14: without the retry loop the alert waits for the next gateway resume."""
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        bot.adapter.assistant.escalation.retry_cap = 0.2  # LLUMI_ALERT_RETRY_MAX
        stop = asyncio.Event()  # what `llumi run` adds for every platform
        retries = asyncio.create_task(bot.adapter.assistant.keep_delivering(stop))
        for attempt in range(8):  # more than the immediate tries
            discord_standin.fail_next[f"POST ^/channels/{MODS}/messages$ #{attempt}"] = 403
        post = await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        await eventually(lambda: len(discord_standin.messages[MODS]) == 1, timeout=10)
        await asyncio.sleep(0.3)
        assert len(discord_standin.messages[MODS]) == 1
        assert not discord_standin.resumes  # no reconnect was needed
        record = bot.store.alert_for_post(f"discord:{post['id']}")
        assert record is not None and record.state == "sent"
        stop.set()
        await retries
