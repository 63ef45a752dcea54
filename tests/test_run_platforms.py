"""`llumi run` in one process: an adapter whose task dies does not leave the bot up doing
nothing. A Discord token the platform refuses ends the run at once with its one-line reason
(before: the bot stayed up, and the error showed only at shutdown)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli.run import run_platforms
from bot.cli.supervise import GaveUp
from bot.config import Settings
from bot.core.assistant import Assistant
from bot.store import Store
from tests.discord_harness import local_only  # noqa: F401
from tests.standins.discord_gateway import DiscordStandin
from tests.test_sweep_support import community

pytestmark = pytest.mark.usefixtures("local_only")


async def test_a_refused_discord_token_ends_the_run_with_its_reason(
    discord_standin: DiscordStandin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "not-the-bot-token")  # as an operator sets it
    settings = Settings(db_path=tmp_path / "r.db")
    harbor = community(name="harbor", platform="discord", every=None)
    assistant = Assistant(
        settings=settings, communities=[harbor], store=Store.open(settings.db_path), model=None
    )
    try:
        refused = r"adapter-discord stopped: .*Discord refused DISCORD_TOKEN"
        with pytest.raises(GaveUp, match=refused):
            await asyncio.wait_for(run_platforms(assistant, settings, [harbor]), timeout=30)
    finally:
        assistant.store.close()
