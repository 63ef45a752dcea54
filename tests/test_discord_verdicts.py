"""Moderators' verdicts on the crisis gate through the real discord.py client: the verdict
buttons under an alert (persistent across a restart), the "Report missed crisis" context menu and
its modal; only the crisis role may judge, only its own server's alerts; answers are ephemeral."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from adapters.discord_app.verdicts import CRISIS_ROLE_ONLY, NOT_RECORDED
from bot.store import Store
from policies.levels import Level
from tests.discord_harness import (
    CRISIS_MEMBER,
    GUILD,
    HELPER,
    MODS,
    OUTSIDER,
    POSTER,
    SUPPORT,
    Running,
    local_only,  # noqa: F401
    running,
)
from tests.standins.discord_gateway import DiscordStandin
from tests.standins.ollama import OllamaStandIn
from tests.test_discord_alerts import CRISIS, alert_message_id

pytestmark = pytest.mark.usefixtures("local_only")

EPHEMERAL = 64
LONELY = "I have been feeling lonely since I moved here, any tips for meeting people?"


def verdict_ids(alert_json: dict[str, Any]) -> dict[str, str]:
    """The verdict buttons' custom ids by their word (right, wrong, concern, high, imminent)."""
    ids = [b["custom_id"] for row in alert_json["components"] for b in row["components"]]
    return {i.split(":")[2]: i for i in ids if i.startswith("llumi:verdict:")}


async def press(
    bot: Running, custom_id: str, message: dict[str, Any], user_id: int
) -> dict[str, Any]:
    payload = bot.standin.button(
        custom_id, message, guild_id=GUILD, channel_id=MODS, user_id=user_id
    )
    await bot.interact(payload)
    await bot.standin.wait_for_call("POST", rf"^/interactions/{payload['id']}/")
    return payload


def answer_of(bot: Running, payload: dict[str, Any]) -> dict[str, Any]:
    """An immediate ephemeral answer's data."""
    (callback,) = bot.callbacks(payload)
    assert callback.json["type"] == 4
    data: dict[str, Any] = callback.json["data"]
    assert data["flags"] == EPHEMERAL
    return data


async def test_the_crisis_team_judges_an_alert_with_its_buttons_even_after_a_restart(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "llumi.db")
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        (sent,) = await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
    ids = verdict_ids(sent.json)
    assert set(ids) == {"right", "wrong", "concern", "high", "imminent"}
    assert sent.json["components"][0]["components"][0]["custom_id"].startswith("llumi:claim:")
    alert_message = discord_standin.messages[MODS][alert_message_id(discord_standin)]

    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        # a member without the crisis role (a helper, an outsider) is refused; nothing stored
        for user in (HELPER, OUTSIDER):
            refused = await press(bot, ids["wrong"], alert_message, user)
            assert answer_of(bot, refused)["content"] == CRISIS_ROLE_ONLY
        assert store.verdicts() == []

        judged = await press(bot, ids["wrong"], alert_message, CRISIS_MEMBER)
        (followup,) = await bot.followups(judged)
        assert bot.callbacks(judged)[0].json == {"type": 5, "data": {"flags": EPHEMERAL}}
        assert followup.json["flags"] == EPHEMERAL
        assert "is recorded: not a crisis." in followup.json["content"]

    (verdict,) = store.verdicts()
    assert verdict.post_key == f"discord:{post['id']}"
    assert (verdict.kind, verdict.gate_level, verdict.people_level) == (
        "wrong",
        Level.IMMINENT,
        Level.NONE,
    )
    assert verdict.moderator == f"discord:{CRISIS_MEMBER}"
    assert verdict.post_text is not None and "pills ready" in verdict.post_text
    screening = store.get_screening(verdict.post_key)
    assert screening is not None and verdict.lexicon_version == screening.lexicon_version
    assert verdict.rules_version


async def test_a_verdict_on_another_communitys_alert_is_refused(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "llumi.db")
    store.create_alert(
        alert_id="a-elsewhere1",
        community="another-server",
        platform="discord",
        post_key="discord:42",
        author="7",
        level=Level.HIGH,
        reason="crisis",
        ping=True,
        joins=None,
    )
    store.mark_alert_sent("a-elsewhere1", "1/2")  # delivered there: nothing to resend here
    async with running(discord_standin, ollama_standin, tmp_path, store=store) as bot:
        posted = await discord_standin.post_message(MODS, CRISIS_MEMBER, "an alert, say")

        def under(custom_id: str) -> dict[str, Any]:  # discord.py finds the button on the message
            button = {"type": 2, "style": 2, "label": "x", "custom_id": custom_id}
            return dict(posted, components=[{"type": 1, "components": [button]}])

        elsewhere = "llumi:verdict:right:a-elsewhere1"
        refused = await press(bot, elsewhere, under(elsewhere), CRISIS_MEMBER)
        data = answer_of(bot, refused)
        assert data["content"] == "Sorry: that alert belongs to another community."
        missing = "llumi:verdict:high:a-0000000000"
        unknown = await press(bot, missing, under(missing), CRISIS_MEMBER)
        assert answer_of(bot, unknown)["content"] == "Sorry: there is no alert `a-0000000000`."
    assert store.verdicts() == []


async def test_report_missed_crisis_asks_the_level_and_records_it(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)

        refused = discord_standin.message_command(
            "Report missed crisis", post, guild_id=GUILD, channel_id=SUPPORT, user_id=HELPER
        )
        await bot.interact(refused)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{refused['id']}/")
        assert answer_of(bot, refused)["content"] == CRISIS_ROLE_ONLY

        menu = discord_standin.message_command(
            "Report missed crisis", post, guild_id=GUILD, channel_id=SUPPORT, user_id=CRISIS_MEMBER
        )
        await bot.interact(menu)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{menu['id']}/")
        (callback,) = bot.callbacks(menu)
        assert callback.json["type"] == 9  # a modal asking the level
        custom_id = callback.json["data"]["custom_id"]
        assert custom_id == f"llumi:missed:{SUPPORT}:{post['id']}"

        def submit(level: str, user: int = CRISIS_MEMBER) -> dict[str, Any]:
            return discord_standin.modal_submit(
                custom_id, {"level": level}, guild_id=GUILD, channel_id=SUPPORT, user_id=user
            )

        bad = submit("maybe")
        await bot.interact(bad)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{bad['id']}/")
        assert answer_of(bot, bad)["content"].startswith("Not saved: `maybe` is not a level")

        outsider = submit("high", OUTSIDER)  # a modal cannot be forged past the role check
        await bot.interact(outsider)
        await discord_standin.wait_for_call("POST", rf"^/interactions/{outsider['id']}/")
        assert answer_of(bot, outsider)["content"] == CRISIS_ROLE_ONLY
        assert bot.store.verdicts() == []

        good = submit("High")
        await bot.interact(good)
        (followup,) = await bot.followups(good)
        assert followup.json["flags"] == EPHEMERAL
        assert followup.json["content"] == (
            "Thank you: recorded as a missed high post (the gate said none)."
        )
        (verdict,) = bot.store.verdicts()
        assert (verdict.kind, verdict.gate_level, verdict.people_level) == (
            "missed",
            Level.NONE,
            Level.HIGH,
        )
        assert verdict.post_text == LONELY and verdict.author == str(POSTER)


async def test_a_store_failure_is_told_to_the_moderator_not_swallowed(
    discord_standin: DiscordStandin,
    ollama_standin: OllamaStandIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        await discord_standin.post_message(SUPPORT, POSTER, CRISIS)
        (sent,) = await discord_standin.wait_for_call("POST", rf"^/channels/{MODS}/messages$")
        alert_message = discord_standin.messages[MODS][alert_message_id(discord_standin)]

        def full_disk(*args: Any, **kwargs: Any) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(bot.store, "save_verdict", full_disk)
        judged = await press(bot, verdict_ids(sent.json)["right"], alert_message, CRISIS_MEMBER)
        (followup,) = await bot.followups(judged)
        assert followup.json["content"] == NOT_RECORDED and followup.json["flags"] == EPHEMERAL
