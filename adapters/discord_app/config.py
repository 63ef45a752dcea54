"""Discord's settings: a community's own keys in communities.toml (its server, support and
moderator channels, roles), read here so the core's `Community` carries them without knowing
them, and the bot's token (DISCORD_TOKEN in the environment).

No discord.py here: a Reddit-only install reads its communities without loading it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from bot.config import Community, PlatformConfig, TableReader


@dataclass(frozen=True)
class DiscordCommunity:
    """The Discord server a community lives in, where it asks for support, where its
    moderators read alerts, and who may use llumi's commands."""

    guild_id: int
    support_channels: tuple[int, ...]
    moderator_channel: int
    crisis_role: int | None = None
    helper_roles: tuple[int, ...] = ()
    backfill: timedelta = timedelta(hours=24)
    platform: str = field(default="discord", init=False)


def discord_settings(community: Community) -> DiscordCommunity:
    """The Discord settings of a community the composition root gave the Discord adapter."""
    settings = community.settings
    if not isinstance(settings, DiscordCommunity):
        raise TypeError(f"community {community.name!r} is not a Discord community")
    return settings


def parse(r: TableReader) -> DiscordCommunity:
    return DiscordCommunity(
        guild_id=r.get("guild_id", int, required=True),
        support_channels=r.int_list("support_channels", required=True),
        moderator_channel=r.get("moderator_channel", int, required=True),
        crisis_role=r.get("crisis_role", int, None),
        helper_roles=r.int_list("helper_roles"),
    )


def discord_token(env: Mapping[str, str]) -> str | None:
    """DISCORD_TOKEN from the environment, None when unset."""
    return env.get("DISCORD_TOKEN", "").strip() or None


PLATFORM = PlatformConfig(
    keys=frozenset(
        {"guild_id", "support_channels", "moderator_channel", "crisis_role", "helper_roles"}
    ),
    parse=parse,
    credentials=discord_token,
    named_when_set="DISCORD_TOKEN is",
    named_when_missing="DISCORD_TOKEN is",
)
