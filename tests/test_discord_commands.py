"""Helpers' commands through the real discord.py client: ephemeral answers, deferral before the
model, the role check, the model down, long drafts, context menus, modals and buttons."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from adapters.discord_app.commands import REFUSAL
from tests.discord_harness import (
    CRISIS_MEMBER,
    GENERAL,
    GUILD,
    HELPER,
    MODS,
    OUTSIDER,
    POSTER,
    SUPPORT,
    local_only,  # noqa: F401
    running,
)
from tests.standins.discord_gateway import DiscordStandin
from tests.standins.ollama import OllamaStandIn, varied_text

pytestmark = pytest.mark.usefixtures("local_only")

LONELY = "I have been feeling lonely since I moved here, any tips for meeting people?"
EPHEMERAL = 64


def link(message: dict[str, Any]) -> str:
    return f"https://discord.com/channels/{GUILD}/{message['channel_id']}/{message['id']}"


def draft_by_helper(standin: DiscordStandin, message: dict[str, Any]) -> dict[str, Any]:
    """The gateway payload of /draft on `message`, by a helper, from the general channel."""
    return standin.slash(
        "draft", {"link": link(message)}, guild_id=GUILD, channel_id=GENERAL, user_id=HELPER
    )


def custom_ids(call_json: dict[str, Any]) -> list[str]:
    return [c["custom_id"] for row in call_json.get("components", []) for c in row["components"]]


async def test_draft_is_deferred_ephemerally_then_followed_up_with_buttons(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    deferred_when_model_called: list[int] = []

    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)

        def reply(body: dict[str, Any]) -> str:
            deferred_when_model_called.append(len(bot.callbacks(payload)))
            return "Moving is hard. What kind of things did you enjoy doing back home?"

        ollama_standin.reply = reply
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)

        (callback,) = bot.callbacks(payload)
        assert callback.json == {"type": 5, "data": {"flags": EPHEMERAL}}
        assert deferred_when_model_called == [1]  # the defer went out before the model ran
        assert followup.json["flags"] == EPHEMERAL
        assert "What kind of things did you enjoy" in followup.json["content"]
        ids = custom_ids(followup.json)
        draft_id = ids[0].rsplit(":", 1)[1]
        assert ids == [f"llumi:draft:{a}:{draft_id}" for a in ("regen", "rate", "used")]
        record = bot.assistant.draft_record(draft_id)
        assert record is not None and record.requester == f"discord:{HELPER}"
        assert record.post_key == f"discord:{post['id']}"
        # nothing public: no message in any channel, only the interaction webhooks
        assert not discord_standin.calls_to("POST", r"^/channels/\d+/messages$")


async def test_the_defer_goes_out_within_three_seconds_while_the_model_is_slow(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    ollama_standin.delay = 3.5
    ollama_standin.json_delay = 0.0  # the draft is slow; the second opinion and judge are not
    async with running(discord_standin, ollama_standin, tmp_path, model_timeout=10) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        started = time.monotonic()
        await bot.interact(payload)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{payload['id']}/")
        deferred_after = time.monotonic() - started
        (followup,) = await bot.followups(payload)
        answered_after = time.monotonic() - started
        assert deferred_after < 3.0 < answered_after
        assert followup.json["flags"] == EPHEMERAL
        assert "**Draft" in followup.json["content"]


async def test_a_member_without_a_helper_role_is_refused_privately(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        for name, options in (("draft", {"link": link(post)}), ("screen", {"link": link(post)})):
            payload = discord_standin.slash(
                name, options, guild_id=GUILD, channel_id=GENERAL, user_id=OUTSIDER
            )
            await bot.interact(payload)
            await discord_standin.wait_for_call("POST", rf"^/interactions/{payload['id']}/")
            (callback,) = bot.callbacks(payload)
            assert callback.json["type"] == 4
            assert callback.json["data"]["flags"] == EPHEMERAL
            assert callback.json["data"]["content"] == REFUSAL
        assert not ollama_standin.drafts()  # the watcher asked its second opinion only
        assert not discord_standin.calls_to("POST", r"^/webhooks/")


async def test_the_crisis_role_may_use_the_commands(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, "I cut myself again last night")
        payload = discord_standin.slash(
            "screen", {"link": link(post)}, guild_id=GUILD, channel_id=MODS, user_id=CRISIS_MEMBER
        )
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        assert followup.json["flags"] == EPHEMERAL
        assert "Level: concern" in followup.json["content"]


async def test_a_model_that_is_down_gives_a_clear_private_message(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    ollama_standin.stop()
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        assert bot.callbacks(payload)[0].json == {"type": 5, "data": {"flags": EPHEMERAL}}
        assert followup.json["flags"] == EPHEMERAL
        assert followup.json["content"].startswith("**No draft right now:**")
        assert not custom_ids(followup.json)  # no buttons under a non-draft


async def test_a_crisis_post_is_escalated_not_drafted(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(
            GENERAL, POSTER, "I want to kill myself tonight, I have the pills ready"
        )  # not a support channel: the command is the first to see it
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        assert followup.json["flags"] == EPHEMERAL
        assert "no AI draft" in followup.json["content"]
        assert not ollama_standin.bodies("/api/chat")
        assert len(bot.moderator_posts()) == 1


async def test_a_long_draft_is_split_within_discords_limit(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    ollama_standin.reply = lambda body: varied_text(70)  # over 2,000, under the gate's limit
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        parts = await bot.followups(payload, count=2)
        await asyncio.sleep(0.1)
        parts = bot.standin.calls_to("POST", rf"^/webhooks/\d+/{payload['token']}$")
        assert len(parts) >= 2
        assert all(len(p.json["content"]) <= 2000 for p in parts)
        assert all(p.json["flags"] == EPHEMERAL for p in parts)
        assert parts[0].json["content"].startswith("(1/")
        assert not custom_ids(parts[0].json) and custom_ids(parts[-1].json)


async def test_draft_a_reply_context_menu(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = discord_standin.message_command(
            "Draft a reply", post, guild_id=GUILD, channel_id=SUPPORT, user_id=HELPER
        )
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        assert bot.callbacks(payload)[0].json == {"type": 5, "data": {"flags": EPHEMERAL}}
        assert followup.json["flags"] == EPHEMERAL and "**Draft" in followup.json["content"]


async def test_improve_my_reply_opens_a_modal_then_improves_privately(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        mine = await discord_standin.post_message(
            SUPPORT, HELPER, "Try a local club, they helped me.", reply_to=int(post["id"])
        )
        payload = discord_standin.message_command(
            "Improve my reply", mine, guild_id=GUILD, channel_id=SUPPORT, user_id=HELPER
        )
        await bot.interact(payload)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{payload['id']}/")
        (callback,) = bot.callbacks(payload)
        assert callback.json["type"] == 9  # a modal
        modal = callback.json["data"]
        field = modal["components"][0]["components"][0]
        assert field["custom_id"] == "post_link" and field["value"] == link(post)

        submit = discord_standin.modal_submit(
            modal["custom_id"],
            {"post_link": link(post)},
            guild_id=GUILD,
            channel_id=SUPPORT,
            user_id=HELPER,
        )
        await bot.interact(submit)
        (followup,) = await bot.followups(submit)
        assert bot.callbacks(submit)[0].json == {"type": 5, "data": {"flags": EPHEMERAL}}
        assert followup.json["flags"] == EPHEMERAL
        assert "Try a local club, they helped me." in followup.json["content"]
        draft_id = custom_ids(followup.json)[0].rsplit(":", 1)[1]
        record = bot.assistant.draft_record(draft_id)
        assert record is not None and record.kind == "im"


async def test_improve_my_reply_refuses_someone_elses_message(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        theirs = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = discord_standin.message_command(
            "Improve my reply", theirs, guild_id=GUILD, channel_id=SUPPORT, user_id=HELPER
        )
        await bot.interact(payload)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{payload['id']}/")
        (callback,) = bot.callbacks(payload)
        assert callback.json["type"] == 4 and callback.json["data"]["flags"] == EPHEMERAL
        assert "you wrote yourself" in callback.json["data"]["content"]


async def test_improve_slash_command(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = discord_standin.slash(
            "improve",
            {"link": link(post), "reply": "Maybe join a hiking group?"},
            guild_id=GUILD,
            channel_id=GENERAL,
            user_id=HELPER,
        )
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        assert followup.json["flags"] == EPHEMERAL
        assert "Maybe join a hiking group?" in followup.json["content"]


async def test_bad_links_get_a_one_line_answer(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        cases = {
            "not a link at all": "not a message link",
            f"https://discord.com/channels/{10**17}/{SUPPORT}/{SUPPORT}": "another server",
            f"https://discord.com/channels/{GUILD}/{SUPPORT}/123456789012345678": "can't find",
        }
        for text, expected in cases.items():
            payload = discord_standin.slash(
                "draft", {"link": text}, guild_id=GUILD, channel_id=GENERAL, user_id=HELPER
            )
            await bot.interact(payload)
            (followup,) = await bot.followups(payload)
            assert expected in followup.json["content"]
            assert followup.json["flags"] == EPHEMERAL
        assert not ollama_standin.bodies("/api/chat")


async def test_rate_used_and_regenerate_buttons(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        regen_id, rate_id, used_id = custom_ids(followup.json)
        draft_id = rate_id.rsplit(":", 1)[1]
        shown = shown_message(discord_standin, followup.json)

        # rate: a modal with the five dimensions, then the feedback is stored
        press = discord_standin.button(
            rate_id, shown, guild_id=GUILD, channel_id=GENERAL, user_id=HELPER
        )
        await bot.interact(press)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        modal = bot.callbacks(press)[0].json
        assert modal["type"] == 9
        fields = [row["components"][0]["custom_id"] for row in modal["data"]["components"]]
        assert fields == ["readability", "empathy", "connection", "actionability", "safety"]
        bad = discord_standin.modal_submit(
            modal["data"]["custom_id"],
            dict.fromkeys(fields, "7"),
            guild_id=GUILD,
            channel_id=GENERAL,
            user_id=HELPER,
        )
        await bot.interact(bad)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{bad['id']}/")
        assert "from 1 to 5" in bot.callbacks(bad)[0].json["data"]["content"]
        assert not bot.store.feedback()
        press = discord_standin.button(
            rate_id, shown, guild_id=GUILD, channel_id=GENERAL, user_id=HELPER
        )
        await bot.interact(press)  # a modal closes on submit: the helper presses Rate again
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        modal = bot.callbacks(press)[0].json
        good = discord_standin.modal_submit(
            modal["data"]["custom_id"],
            {
                "readability": "5",
                "empathy": "4",
                "connection": "4",
                "actionability": "3",
                "safety": "5",
            },
            guild_id=GUILD,
            channel_id=GENERAL,
            user_id=HELPER,
        )
        await bot.interact(good)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{good['id']}/")
        assert bot.callbacks(good)[0].json["data"]["flags"] == EPHEMERAL
        (rating,) = bot.store.feedback()
        assert rating.draft_id == draft_id and rating.rater == f"discord:{HELPER}"
        assert rating.scores == {
            "readability": 5,
            "empathy": 4,
            "connection": 4,
            "actionability": 3,
            "safety": 5,
        }

        # "I used it": a modal for what was actually posted
        press = discord_standin.button(
            used_id, shown, guild_id=GUILD, channel_id=GENERAL, user_id=HELPER
        )
        await bot.interact(press)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        modal = bot.callbacks(press)[0].json
        assert modal["type"] == 9
        submit = discord_standin.modal_submit(
            modal["data"]["custom_id"],
            {"final_text": "Edited and posted, thank you."},
            guild_id=GUILD,
            channel_id=GENERAL,
            user_id=HELPER,
        )
        await bot.interact(submit)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{submit['id']}/")
        used = [f for f in bot.store.feedback() if f.used]
        assert [(u.draft_id, u.final_text) for u in used] == [
            (draft_id, "Edited and posted, thank you.")
        ]

        # another helper cannot act on this helper's draft
        press = discord_standin.button(
            rate_id, shown, guild_id=GUILD, channel_id=GENERAL, user_id=CRISIS_MEMBER
        )
        await bot.interact(press)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        assert "another helper" in bot.callbacks(press)[0].json["data"]["content"]

        # regenerate: a new draft of the same post, with another seed
        press = discord_standin.button(
            regen_id, shown, guild_id=GUILD, channel_id=GENERAL, user_id=HELPER
        )
        await bot.interact(press)
        (again,) = await bot.followups(press)
        assert bot.callbacks(press)[0].json == {"type": 5, "data": {"flags": EPHEMERAL}}
        new_id = custom_ids(again.json)[0].rsplit(":", 1)[1]
        assert new_id != draft_id
        seeds = [b["options"]["seed"] for b in ollama_standin.drafts()]
        assert len(set(seeds)) == len(seeds) == 2
        fetched = discord_standin.calls_to("GET", rf"^/channels/{SUPPORT}/messages/{post['id']}$")
        assert len(fetched) == 2  # the regeneration drafts the post as it is now


async def test_an_answer_past_the_token_life_arrives_by_dm(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        from datetime import timedelta

        bot.clock.advance(timedelta(minutes=16))  # the model took longer than the token lives
        await bot.interact(payload)
        dm = discord_standin.dm_channel(HELPER)
        sent = await discord_standin.wait_for_call(
            "POST", rf"^/channels/{dm['id']}/messages$", count=2
        )
        assert "took longer" in sent[0].json["content"]
        assert "**Draft" in sent[1].json["content"] and custom_ids(sent[1].json)
        assert not discord_standin.calls_to("POST", rf"^/webhooks/\d+/{payload['token']}$")


async def test_in_dms_llumi_only_tells_a_helper_how_to_use_it(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path):
        helper_dm = discord_standin.dm_channel(HELPER)
        outsider_dm = discord_standin.dm_channel(OUTSIDER)
        await discord_standin.post_message(int(outsider_dm["id"]), OUTSIDER, "hello?")
        await discord_standin.post_message(int(helper_dm["id"]), HELPER, "how do I use you?")
        (answer,) = await discord_standin.wait_for_call(
            "POST", rf"^/channels/{helper_dm['id']}/messages$"
        )
        assert "/draft" in answer.json["content"]
        await discord_standin.post_message(int(helper_dm["id"]), HELPER, "and again?")
        await asyncio.sleep(0.3)
        assert (
            len(discord_standin.calls_to("POST", rf"^/channels/{helper_dm['id']}/messages$")) == 1
        )
        assert not discord_standin.calls_to("POST", rf"^/channels/{outsider_dm['id']}/messages$")


def shown_message(standin: DiscordStandin, followup: dict[str, Any]) -> dict[str, Any]:
    """The ephemeral message a button press carries (as Discord sends it back)."""
    return {
        **followup,
        "id": str(standin.next_id()),
        "channel_id": str(GENERAL),
        "author": standin.users[standin.bot_id],
        "timestamp": "2026-01-01T00:00:00+00:00",
        "type": 0,
        "attachments": [],
        "embeds": [],
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "tts": False,
        "mention_everyone": False,
        "edited_timestamp": None,
    }


async def test_buttons_and_open_modals_work_after_a_restart(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    from bot.store import Store

    store = Store.open(tmp_path / "llumi.db")
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        regen_id, rate_id, used_id = custom_ids(followup.json)
        press = discord_standin.button(
            rate_id,
            shown_message(discord_standin, followup.json),
            guild_id=GUILD,
            channel_id=GENERAL,
            user_id=HELPER,
        )
        await bot.interact(press)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        rating_modal = bot.callbacks(press)[0].json["data"]["custom_id"]

    # a new process: nothing in memory, the same store
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        submit = discord_standin.modal_submit(
            rating_modal,
            dict.fromkeys(("readability", "empathy", "connection", "actionability", "safety"), "4"),
            guild_id=GUILD,
            channel_id=GENERAL,
            user_id=HELPER,
        )
        await bot.interact(submit)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{submit['id']}/")
        assert bot.callbacks(submit)[0].json["data"]["content"].startswith("Thanks")
        assert [f.scores["empathy"] for f in store.feedback()] == [4]

        press = discord_standin.button(
            used_id,
            shown_message(discord_standin, followup.json),
            guild_id=GUILD,
            channel_id=GENERAL,
            user_id=HELPER,
        )
        await bot.interact(press)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{press['id']}/")
        assert bot.callbacks(press)[0].json["type"] == 9

        press = discord_standin.button(
            regen_id,
            shown_message(discord_standin, followup.json),
            guild_id=GUILD,
            channel_id=GENERAL,
            user_id=HELPER,
        )
        await bot.interact(press)
        (again,) = await bot.followups(press)
        assert again.json["flags"] == EPHEMERAL and "**Draft" in again.json["content"]


async def test_a_model_slower_than_its_timeout_gives_a_clear_private_message(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    ollama_standin.delay = 2.0
    async with running(discord_standin, ollama_standin, tmp_path, model_timeout=0.5) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        assert followup.json["flags"] == EPHEMERAL
        assert followup.json["content"].startswith("**No draft right now:**")


async def test_stopping_lets_a_draft_in_flight_reach_its_helper(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    ollama_standin.delay = 1.0
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{payload['id']}/")
        bot.stop.set()  # SIGTERM while the model is still drafting
        await asyncio.wait_for(bot.task, 15)
        (followup,) = discord_standin.calls_to("POST", rf"^/webhooks/\d+/{payload['token']}$")
        assert "**Draft" in followup.json["content"]


async def test_a_message_without_text_gets_a_one_line_answer(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        image_only = await discord_standin.post_message(SUPPORT, POSTER, "")
        payload = draft_by_helper(discord_standin, image_only)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        assert followup.json["content"] == "No draft: the post is empty."
        assert followup.json["flags"] == EPHEMERAL
        assert not ollama_standin.bodies("/api/chat")


async def test_a_slow_model_gets_a_still_drafting_notice_then_the_draft(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    from adapters.discord_app.commands import SLOW_NOTICE

    ollama_standin.delay = 1.0
    async with running(discord_standin, ollama_standin, tmp_path, slow_notice_after=0.2) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
        (notice,) = discord_standin.calls_to(
            "PATCH", rf"^/webhooks/\d+/{payload['token']}/messages/@original$"
        )
        assert notice.json["content"] == SLOW_NOTICE
        assert "**Draft" in followup.json["content"] and followup.json["flags"] == EPHEMERAL
        assert discord_standin.calls.index(notice) < discord_standin.calls.index(followup)
