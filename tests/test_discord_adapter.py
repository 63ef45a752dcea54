"""The Discord adapter end to end: the real discord.py client against the gateway/REST stand-in,
the real core (Assistant, Store) and ModelClient against the Ollama stand-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.discord_harness import GUILD, local_only, running  # noqa: F401
from tests.standins.discord_gateway import DiscordStandin
from tests.standins.ollama import OllamaStandIn

pytestmark = pytest.mark.usefixtures("local_only")


async def test_connects_identifies_and_registers_guild_commands(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        identify = discord_standin.identifies[0]
        assert identify["intents"] & (1 << 15)  # message content
        assert identify["intents"] & (1 << 9)  # guild messages
        assert not identify["intents"] & (1 << 1)  # no server members intent
        (sync,) = discord_standin.calls_to("PUT", rf"/applications/\d+/guilds/{GUILD}/commands")
        names = sorted((c["name"], c["type"]) for c in sync.json)
        assert names == [
            ("Draft a reply", 3),
            ("Improve my reply", 3),
            ("Report missed crisis", 3),
            ("draft", 1),
            ("improve", 1),
            ("screen", 1),
        ]
        assert not discord_standin.calls_to("PUT", r"^/applications/\d+/commands$")
        assert bot.adapter.client is not None and bot.adapter.client.is_ready()
