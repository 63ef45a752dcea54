"""What the Discord parts (commands, watcher, delivery, doctor, views) need from the adapter that
holds them: named here as protocols, so none of them imports the adapter back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

import discord

from bot.config import Community, Settings
from bot.core.assistant import Assistant

Interaction = discord.Interaction[Any]

MESSAGE_LIMIT = 2000  # Discord's maximum for one message


class DiscordContext(Protocol):
    """The adapter as its parts see it: the core, the configuration, the client, the clock."""

    @property
    def assistant(self) -> Assistant: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def token(self) -> str | None: ...

    @property
    def communities(self) -> Sequence[Community]: ...

    @property
    def client(self) -> discord.Client | None: ...

    @property
    def token_lifetime(self) -> timedelta: ...

    @property
    def slow_notice_after(self) -> float: ...

    def now(self) -> datetime: ...

    def require_client(self) -> discord.Client: ...

    def community_for_guild(self, guild_id: int | None) -> Community | None: ...

    def note_empty_content(self, message: discord.Message) -> None: ...

    def alert_claimed(self, alert_id: str) -> None:
        """Someone took the alert: its re-ping is no longer needed."""


class ButtonActions(Protocol):
    """What the buttons under drafts and alerts do (HelperCommands provides them)."""

    async def regenerate(self, interaction: Interaction, draft_id: str) -> None: ...

    async def open_rating(self, interaction: Interaction, draft_id: str) -> None: ...

    async def open_used(self, interaction: Interaction, draft_id: str) -> None: ...

    async def claim_alert(self, interaction: Interaction, alert_id: str) -> None: ...
