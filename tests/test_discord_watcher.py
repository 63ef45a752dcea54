"""Watching support channels: catch-up after a reconnect or a restart (screened once, nothing
missed), channels that are not watched, unanswered posts for sweeps, setup errors and doctor."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.discord_app import DiscordAdapter, DiscordSetupError
from bot.config import Settings, SweepConfig
from bot.core.assistant import Assistant
from bot.store import Store
from tests.discord_harness import (
    FORUM,
    GENERAL,
    GUILD,
    HELPER,
    MODS,
    POSTER,
    SUPPORT,
    community,
    eventually,
    local_only,  # noqa: F401
    populate,
    running,
)
from tests.standins.discord_gateway import DiscordStandin
from tests.standins.ollama import OllamaStandIn

pytestmark = pytest.mark.usefixtures("local_only")

CRISIS = "I want to kill myself tonight, I have the pills ready"


def screened(store: Store, message: dict[str, object]) -> bool:
    return store.get_screening(f"discord:{message['id']}") is not None


@pytest.mark.parametrize("resume", [True, False], ids=["resumed", "session-invalidated"])
async def test_messages_posted_while_disconnected_are_screened_once_after_reconnecting(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path, resume: bool
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        before = await discord_standin.post_message(SUPPORT, POSTER, "hello everyone, new here")
        await eventually(lambda: screened(bot.store, before))
        screened_at = bot.store.get_screening(f"discord:{before['id']}")
        assert screened_at is not None

        # the connection drops; these events never reach the bot over the gateway
        discord_standin.invalidate_resume = not resume
        missed = [
            await discord_standin.post_message(SUPPORT, POSTER, "anyone around?", dispatch=False),
            await discord_standin.post_message(SUPPORT, POSTER, CRISIS, dispatch=False),
        ]
        thread, starter = await discord_standin.post_forum_thread(
            FORUM, POSTER, "rough week", "can't sleep, everything feels heavy", dispatch=False
        )
        bot.adapter.caught_up.clear()
        await discord_standin.drop_connection()
        await asyncio.wait_for(bot.adapter.caught_up.wait(), 10)

        assert discord_standin.resumes, "the client resumed its session"
        assert len(discord_standin.identifies) == (1 if resume else 2)
        for message in [*missed, starter]:
            assert screened(bot.store, message), message["content"]
        (alert,) = bot.moderator_posts()
        assert f"/{SUPPORT}/{missed[1]['id']}" in alert.json["content"]
        again = bot.store.get_screening(f"discord:{before['id']}")
        assert again is not None and again.screened_at == screened_at.screened_at
        assert bot.store.get_position(f"discord:channel:{SUPPORT}") == missed[1]["id"]
        assert bot.store.get_position(f"discord:channel:{FORUM}") == starter["id"]
        del thread


async def test_a_restart_catches_up_from_the_stored_position(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "llumi.db")
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        seen = await discord_standin.post_message(SUPPORT, POSTER, "first day here")
        await eventually(lambda: screened(bot.store, seen))
    offline = await discord_standin.post_message(SUPPORT, POSTER, CRISIS, dispatch=False)
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        assert screened(store, offline)
        (alert,) = bot.moderator_posts()
        assert str(offline["id"]) in alert.json["content"]
        history = discord_standin.calls_to("GET", rf"^/channels/{SUPPORT}/messages$")
        assert history[-1].query["after"] == seen["id"]


async def test_the_first_start_reads_the_backfill_window_only(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    populate(discord_standin)
    now = datetime.now(UTC)
    old = discord_standin.make_message(SUPPORT, POSTER, CRISIS, when=now - timedelta(days=3))
    recent = discord_standin.make_message(SUPPORT, POSTER, "hi all", when=now - timedelta(hours=2))
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        assert screened(bot.store, recent)
        assert not screened(bot.store, old)
        assert not bot.moderator_posts()


async def test_messages_outside_support_channels_are_not_screened(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        general = await discord_standin.post_message(GENERAL, POSTER, CRISIS)
        support = await discord_standin.post_message(SUPPORT, POSTER, "hello")
        await eventually(lambda: screened(bot.store, support))
        assert not screened(bot.store, general)
        assert not bot.moderator_posts()


async def test_list_unanswered_for_sweeps(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    populate(discord_standin)
    now = datetime.now(UTC)

    def ago(hours: float) -> datetime:
        return now - timedelta(hours=hours)

    post = discord_standin.make_message
    replied = post(SUPPORT, POSTER, "replied to", when=ago(10))
    post(SUPPORT, HELPER, "welcome!", when=ago(9), reply_to=int(replied["id"]))
    mentioned = post(SUPPORT, POSTER, "mentioned", when=ago(8))
    post(SUPPORT, HELPER, f"<@{POSTER}> you are not alone", when=ago(7.5))
    lonely = post(SUPPORT, HELPER, "nobody answered me", when=ago(7))
    self_only = post(SUPPORT, POSTER, "only I answered myself", when=ago(6))
    post(SUPPORT, POSTER, "bump", when=ago(5.5), reply_to=int(self_only["id"]))
    threaded = post(SUPPORT, POSTER, "answered in a thread", when=ago(5))
    discord_standin.make_thread(SUPPORT, POSTER, "threaded", from_message=int(threaded["id"]))
    post(int(threaded["id"]), HELPER, "replying in the thread", when=ago(4))
    quiet = post(SUPPORT, POSTER, "a thread only I wrote in", when=ago(4.5))
    discord_standin.make_thread(SUPPORT, POSTER, "quiet", from_message=int(quiet["id"]))
    post(int(quiet["id"]), POSTER, "still me", when=ago(4))
    post(SUPPORT, POSTER, "too new", when=ago(0.5))
    post(SUPPORT, POSTER, "too old", when=ago(72))
    _, answered_thread = await discord_standin.post_forum_thread(
        FORUM, POSTER, "answered", "a forum post with an answer", dispatch=False, when=ago(9.5)
    )
    post(int(answered_thread["id"]), HELPER, "here for you", when=ago(9))
    _, open_thread = await discord_standin.post_forum_thread(
        FORUM, POSTER, "open", "a forum post nobody answered", dispatch=False, when=ago(6.5)
    )
    post(int(open_thread["id"]), POSTER, "anyone?", when=ago(6))
    quiet_forum = discord_standin.make_thread(
        FORUM, POSTER, "archived, unanswered", when=ago(30), archived_at=ago(6)
    )
    archived_open = post(
        int(quiet_forum["id"]), POSTER, "hello?", when=ago(30), message_id=int(quiet_forum["id"])
    )
    helped = discord_standin.make_thread(
        FORUM, POSTER, "archived, answered", when=ago(31), archived_at=ago(5)
    )
    post(int(helped["id"]), POSTER, "help", when=ago(31), message_id=int(helped["id"]))
    post(int(helped["id"]), HELPER, "here", when=ago(30))
    long_ago = discord_standin.make_thread(
        FORUM, POSTER, "archived long ago", when=ago(80), archived_at=ago(50)
    )
    post(int(long_ago["id"]), POSTER, "old", when=ago(80), message_id=int(long_ago["id"]))

    sweep = SweepConfig(every=timedelta(minutes=30))
    async with running(
        discord_standin,
        ollama_standin,
        tmp_path,
        communities=[community(sweep=sweep, concern="digest")],
    ) as bot:
        posts = await bot.adapter.list_unanswered(
            "calm-harbor", older_than=ago(2), newer_than=ago(48), limit=10
        )
        keys = [p.key for p in posts]
        expected = (lonely, self_only, open_thread, quiet, archived_open)
        assert set(keys) == {f"discord:{m['id']}" for m in expected}
        assert keys == sorted(keys, key=lambda k: int(k.split(":")[1]))  # oldest first
        forum_post = next(p for p in posts if p.key == f"discord:{open_thread['id']}")
        assert forum_post.title == "open" and forum_post.platform == "discord"
        assert forum_post.url.endswith(f"/{open_thread['id']}/{open_thread['id']}")
        assert forum_post.created_at is not None and forum_post.created_at.tzinfo is not None
        limited = await bot.adapter.list_unanswered(
            "calm-harbor", older_than=ago(2), newer_than=ago(48), limit=1
        )
        assert [p.key for p in limited] == keys[:1]
        del mentioned


async def test_a_disabled_message_content_intent_stops_with_a_clear_error(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    populate(discord_standin)
    discord_standin.reject_identify_code = 4014  # Discord: disallowed intent(s)
    settings = replace(Settings(), db_path=tmp_path / "db")
    token = discord_standin.token
    assistant = Assistant(
        settings=settings, communities=[community()], store=Store.open(settings.db_path), model=None
    )
    adapter = DiscordAdapter(assistant, settings, [community()], credentials=token)
    with pytest.raises(DiscordSetupError, match="Message Content"):
        await asyncio.wait_for(adapter.run(asyncio.Event()), 40)


async def test_a_wrong_token_stops_with_a_clear_error(
    discord_standin: DiscordStandin, tmp_path: Path
) -> None:
    populate(discord_standin)
    settings = replace(Settings(), db_path=tmp_path / "db")
    token = "not-the-token"
    assistant = Assistant(
        settings=settings, communities=[community()], store=Store.open(settings.db_path), model=None
    )
    adapter = DiscordAdapter(assistant, settings, [community()], credentials=token)
    with pytest.raises(DiscordSetupError, match="DISCORD_TOKEN"):
        await asyncio.wait_for(adapter.run(asyncio.Event()), 40)
    assert await adapter.doctor() == [
        "DISCORD_TOKEN is invalid: reset it in the Developer Portal (Bot > Reset Token)"
    ]


def make_adapter(standin: DiscordStandin, tmp_path: Path) -> DiscordAdapter:
    settings = replace(Settings(), db_path=tmp_path / "db")
    token = standin.token
    assistant = Assistant(
        settings=settings, communities=[community()], store=Store.open(settings.db_path), model=None
    )
    return DiscordAdapter(assistant, settings, [community()], credentials=token)


async def test_doctor_passes_a_good_setup_and_names_each_problem(
    discord_standin: DiscordStandin, tmp_path: Path
) -> None:
    populate(discord_standin)
    adapter = make_adapter(discord_standin, tmp_path)
    assert await adapter.doctor() == []
    assert not discord_standin.identifies  # REST only: doctor never connects to the gateway

    discord_standin.application_flags = 0
    discord_standin.deny_channel(GUILD, MODS, deny=1 << 11)  # SEND_MESSAGES
    discord_standin.guilds[GUILD].roles[444444444444444444]["mentionable"] = False
    problems = await adapter.doctor()
    assert any("Message Content intent is off" in p for p in problems)
    assert any("lacks Send Messages" in p and "#moderators" in p for p in problems)
    assert any("cannot ping @crisis team" in p for p in problems)
    assert all("\n" not in p for p in problems)

    del discord_standin.guilds[GUILD]
    problems = await adapter.doctor()
    assert any(f"guild {GUILD} is not reachable" in p for p in problems)


async def test_an_edited_message_is_screened_again(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        message = await discord_standin.post_message(SUPPORT, POSTER, "just a normal day")
        await eventually(lambda: screened(bot.store, message))
        assert not bot.moderator_posts()
        await discord_standin.edit_message(SUPPORT, int(message["id"]), CRISIS)
        (alert,) = await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
        assert str(message["id"]) in alert.json["content"]


async def test_a_deleted_post_has_its_stored_text_forgotten(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        message = await discord_standin.post_message(SUPPORT, POSTER, "feeling lonely lately")
        link = f"https://discord.com/channels/{GUILD}/{SUPPORT}/{message['id']}"
        payload = discord_standin.slash(
            "draft", {"link": link}, guild_id=GUILD, channel_id=GENERAL, user_id=HELPER
        )
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        row = followup.json["components"][0]["components"][0]
        draft_id = row["custom_id"].rsplit(":", 1)[1]
        record = bot.assistant.draft_record(draft_id)
        assert record is not None and record.post_text
        await discord_standin.dispatch(
            "MESSAGE_DELETE",
            {"id": message["id"], "channel_id": str(SUPPORT), "guild_id": str(GUILD)},
        )
        await eventually(lambda: not (bot.assistant.draft_record(draft_id) or record).post_text)


async def test_sweep_ports_work_without_the_gateway_for_a_one_off_sweep(
    discord_standin: DiscordStandin, tmp_path: Path
) -> None:
    """`llumi sweep NAME` calls the ports without `run`: a REST-only login, closed after."""
    populate(discord_standin)
    now = datetime.now(UTC)
    waiting = discord_standin.make_message(
        SUPPORT, POSTER, "anyone?", when=now - timedelta(hours=3)
    )
    _, forum_post = await discord_standin.post_forum_thread(
        FORUM, POSTER, "hello", "nobody here?", dispatch=False, when=now - timedelta(hours=4)
    )
    adapter = make_adapter(discord_standin, tmp_path)
    posts = await adapter.list_unanswered(
        "calm-harbor",
        older_than=now - timedelta(hours=2),
        newer_than=now - timedelta(days=2),
        limit=5,
    )
    assert [p.key for p in posts] == [f"discord:{forum_post['id']}", f"discord:{waiting['id']}"]
    await adapter.send_digest("calm-harbor", ["(1/1) 2 unanswered posts"])
    (digest,) = discord_standin.calls_to("POST", rf"^/channels/{MODS}/messages$")
    assert digest.json["content"] == "(1/1) 2 unanswered posts"
    assert not discord_standin.identifies
    assert adapter.client is None and adapter._rest_client is None


async def test_doctor_names_problems_in_the_communities_file(
    discord_standin: DiscordStandin, tmp_path: Path
) -> None:
    populate(discord_standin)
    bad = [
        community(support_channels=(SUPPORT, MODS)),
        community(name="second", crisis_role=None, helper_roles=()),
    ]
    settings = replace(Settings(), db_path=tmp_path / "db")
    token = discord_standin.token
    assistant = Assistant(
        settings=settings, communities=bad, store=Store.open(settings.db_path), model=None
    )
    problems = await DiscordAdapter(assistant, settings, bad, credentials=token).doctor()
    assert any("moderator_channel is also a support channel" in p for p in problems)
    assert any("also used by calm-harbor" in p for p in problems)
    assert any("second: no crisis_role and no helper_roles" in p for p in problems)


async def test_a_locked_store_skips_no_message_and_still_alerts(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    """Issue 14: without the fix the watcher logs the store error and moves its position past
    the message for good, and the alert, whose intent cannot be recorded, is never sent."""
    import sqlite3

    store = Store.open(tmp_path / "llumi.db", busy_timeout=0.1)
    locker = sqlite3.connect(tmp_path / "llumi.db", isolation_level=None)
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        bot.adapter.watcher.retry_after = 0.1
        bot.adapter.assistant.escalation.retry_cap = 0.2  # LLUMI_ALERT_RETRY_MAX
        stop = asyncio.Event()  # what `llumi run` adds: resending and late recording
        retries = asyncio.create_task(bot.adapter.assistant.keep_delivering(stop))
        first = await discord_standin.post_message(SUPPORT, POSTER, "hello everyone, new here")
        await eventually(lambda: screened(store, first))
        # the position is saved after the screening, in its own write: wait for it too
        await eventually(lambda: store.get_position(f"discord:channel:{SUPPORT}") == first["id"])
        locker.execute("BEGIN EXCLUSIVE")  # another process holds the database's write lock
        crisis = await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        later = await discord_standin.post_message(SUPPORT, POSTER, "anyone around tonight?")
        await eventually(lambda: len(bot.moderator_posts()) == 1)  # sent while locked
        await asyncio.sleep(0.3)
        assert not screened(store, crisis)
        assert store.get_position(f"discord:channel:{SUPPORT}") == first["id"]
        locker.execute("ROLLBACK")
        await eventually(lambda: screened(store, crisis) and screened(store, later))
        await eventually(lambda: store.get_position(f"discord:channel:{SUPPORT}") == later["id"])
        await eventually(
            lambda: getattr(store.alert_for_post(f"discord:{crisis['id']}"), "state", "") == "sent"
        )
        assert len(bot.moderator_posts()) == 1  # recorded late, never sent twice
        stop.set()
        await retries
    locker.close()
