"""The moderators' verdicts on the crisis gate, on Discord: the buttons under an alert (right call,
not a crisis, should be concern / high / imminent) and the message context menu "Report missed
crisis" with a modal asking the level. Only members with the community's crisis role may use
them, only on their own server's alerts; every answer is ephemeral.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

import discord
from discord import app_commands

from adapters.discord_app.context import DiscordContext, Interaction
from adapters.discord_app.convert import NotFoundForHelper, fetch_linked, post_from_message
from adapters.discord_app.views import modal_values
from bot.config import Community
from bot.core.domain import Requester
from bot.core.errors import Refused
from bot.core.verdicts import describe, parse_missed_level, parse_verdict

log = logging.getLogger(__name__)

CRISIS_ROLE_ONLY = "Sorry, verdicts on the crisis gate are for this server's crisis team only."
NO_CRISIS_ROLE = "llumi has no crisis role for this server (crisis_role in communities.toml)."
NOT_RECORDED = "Something went wrong on llumi's side: nothing was recorded. Please try again."
_MISSED = re.compile(r"llumi:missed:(?P<channel>\d+):(?P<message>\d+)")


class MissedModal(discord.ui.Modal):
    """The level a missed post should have had (a context menu cannot take a parameter)."""

    def __init__(self, message: discord.Message) -> None:
        super().__init__(
            title="Report missed crisis",
            custom_id=f"llumi:missed:{message.channel.id}:{message.id}",
        )
        self.level: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label="Level it should have had",
            custom_id="level",
            placeholder="concern, high or imminent",
            max_length=12,
            required=True,
        )
        self.add_item(self.level)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        """Handled statelessly by `VerdictCommands.on_modal` (also after a restart)."""


class VerdictCommands:
    """What the verdict buttons and the "Report missed crisis" menu do."""

    def __init__(self, adapter: DiscordContext) -> None:
        self.adapter = adapter

    def register(self, tree: app_commands.CommandTree[Any], guilds: Sequence[int]) -> None:
        @app_commands.context_menu(name="Report missed crisis")
        @app_commands.guild_only()
        async def report_missed(interaction: Interaction, message: discord.Message) -> None:
            await self.open_missed(interaction, message)

        tree.add_command(report_missed, guilds=[discord.Object(id=g) for g in guilds])

    # -- who may judge -------------------------------------------------------------------------

    async def _crisis_team(self, interaction: Interaction) -> Community | None:
        """The community when the user holds its crisis role; else an ephemeral refusal."""
        community = self.adapter.community_for_guild(interaction.guild_id)
        problem = None
        if community is None:
            problem = "llumi is not set up for this server."
        elif community.crisis_role is None:
            problem = NO_CRISIS_ROLE
        elif community.crisis_role not in {r.id for r in getattr(interaction.user, "roles", [])}:
            log.info("refused a verdict from user %s (no crisis role)", interaction.user.id)
            problem = CRISIS_ROLE_ONLY
        if problem is not None:
            await _answer(interaction, problem)
            return None
        return community

    @staticmethod
    def _moderator(interaction: Interaction) -> str:
        user = interaction.user
        return Requester(platform="discord", id=str(user.id), name=user.display_name).ref

    # -- the buttons under an alert ------------------------------------------------------------

    async def on_verdict(self, interaction: Interaction, word: str, alert_id: str) -> None:
        community = await self._crisis_team(interaction)
        if community is None:
            return
        verdicts = self.adapter.assistant.verdicts
        try:
            alert = verdicts.alert(alert_id)
            if alert.community != community.name or alert.platform != "discord":
                raise Refused("that alert belongs to another community")
            verdict = parse_verdict(word)
        except Refused as exc:
            await _answer(interaction, f"Sorry: {exc}.")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            text = None if verdict.kind == "right" else await self._text(alert.post_key, community)
            record = verdicts.on_alert(alert, verdict, self._moderator(interaction), text)
        except Exception:  # the store failed: say so, and log without any text
            log.exception("verdict on alert %s failed", alert.id)
            await interaction.followup.send(NOT_RECORDED, ephemeral=True)
            return
        log.info("verdict on alert %s by user %s: %s", alert.id, interaction.user.id, record.kind)
        await interaction.followup.send(describe(record), ephemeral=True)

    async def _text(self, post_key: str, community: Community) -> str | None:
        """The alerted message as it is now (kept with a disputed verdict); None when gone."""
        stored = self.adapter.assistant.stored_screening(post_key)
        if stored is None or not stored.url:
            return None
        try:
            message = await fetch_linked(self.adapter.require_client, stored.url, community)
        except (NotFoundForHelper, discord.HTTPException):
            return None
        return post_from_message(message, community).full_text

    # -- "Report missed crisis" ----------------------------------------------------------------

    async def open_missed(self, interaction: Interaction, message: discord.Message) -> None:
        if await self._crisis_team(interaction) is None:
            return
        await interaction.response.send_modal(MissedModal(message))

    async def on_modal(self, interaction: Interaction) -> bool:
        """Handle a "Report missed crisis" modal from the interaction alone; False if not ours."""
        if interaction.type is not discord.InteractionType.modal_submit or not interaction.data:
            return False
        match = _MISSED.fullmatch(str(interaction.data.get("custom_id", "")))
        if match is None:
            return False
        community = await self._crisis_team(interaction)
        if community is None:
            return True
        try:
            level = parse_missed_level(modal_values(interaction).get("level", ""))
        except Refused as exc:
            await _answer(interaction, f"Not saved: {exc}.")
            return True
        await interaction.response.defer(ephemeral=True, thinking=True)
        link = (
            f"https://discord.com/channels/{community.guild_id}/{match['channel']}/"
            f"{match['message']}"
        )
        try:
            message = await fetch_linked(self.adapter.require_client, link, community)
        except (NotFoundForHelper, discord.HTTPException):
            await interaction.followup.send(
                "That message is gone (or llumi cannot read it): nothing recorded.", ephemeral=True
            )
            return True
        post = post_from_message(message, community)
        try:
            record = self.adapter.assistant.verdicts.on_missed(
                post, level, self._moderator(interaction)
            )
        except Exception:  # the store failed: say so, and log without any text
            log.exception("missed-post report failed for interaction %s", interaction.id)
            await interaction.followup.send(NOT_RECORDED, ephemeral=True)
            return True
        log.info("missed post reported by user %s at %s", interaction.user.id, level.label)
        await interaction.followup.send(describe(record), ephemeral=True)
        return True


async def _answer(interaction: Interaction, text: str) -> None:
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)
