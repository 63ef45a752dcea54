"""Discord for llumi (discord.py). Named `discord_app` so nobody confuses it with the library."""

from adapters.discord_app.adapter import DiscordAdapter, DiscordSetupError

__all__ = ["DiscordAdapter", "DiscordSetupError"]
