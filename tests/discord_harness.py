"""The Discord adapter wired to the real core (Assistant, Store, ModelClient) and run with the
real discord.py client against the gateway/REST stand-in and the Ollama stand-in."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tenacity import wait_none

from adapters.discord_app import DiscordAdapter
from adapters.discord_app.config import DiscordCommunity
from bot.config import Community, Settings
from bot.core.assistant import Assistant
from bot.model import ModelClient
from bot.store import Store
from policies.crisis import default_gate
from tests.standins.discord_gateway import DiscordStandin, RestCall
from tests.standins.ollama import OllamaStandIn

GUILD = 111111111111111111
SUPPORT = 222222222222222222
FORUM = 222222222222222223
MODS = 333333333333333333
GENERAL = 333333333333333334
CRISIS_ROLE = 444444444444444444
HELPER_ROLE = 555555555555555555
HELPER = 600000000000000001
CRISIS_MEMBER = 600000000000000002
OUTSIDER = 600000000000000003
POSTER = 600000000000000004


@pytest.fixture
def local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing reaches beyond 127.0.0.1."""
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            assert address[0] in ("127.0.0.1", "::1", "localhost"), f"network access to {address}"
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@dataclass
class Clock:
    """An injectable wall clock the test moves forward."""

    moment: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


def community(**overrides: Any) -> Community:
    """A Discord community; `overrides` may name its own fields or its Discord ones."""
    discord_keys = {f.name for f in fields(DiscordCommunity) if f.init}
    own = {k: overrides.pop(k) for k in list(overrides) if k in discord_keys}
    settings = DiscordCommunity(
        guild_id=GUILD,
        support_channels=(SUPPORT, FORUM),
        moderator_channel=MODS,
        crisis_role=CRISIS_ROLE,
        helper_roles=(HELPER_ROLE,),
    )
    base = Community(name="calm-harbor", locale="en-GB", settings=replace(settings, **own))
    return replace(base, **overrides)


def populate(standin: DiscordStandin) -> None:
    standin.add_guild(GUILD)
    standin.add_role(GUILD, CRISIS_ROLE, "crisis team")
    standin.add_role(GUILD, HELPER_ROLE, "helpers")
    standin.add_text_channel(GUILD, SUPPORT, "support")
    standin.add_forum_channel(GUILD, FORUM, "ask-for-help")
    standin.add_text_channel(GUILD, MODS, "moderators")
    standin.add_text_channel(GUILD, GENERAL, "general")
    standin.add_member(GUILD, HELPER, "hana", roles=[HELPER_ROLE])
    standin.add_member(GUILD, CRISIS_MEMBER, "cris", roles=[CRISIS_ROLE])
    standin.add_member(GUILD, OUTSIDER, "otto")
    standin.add_member(GUILD, POSTER, "pat")


@dataclass
class Running:
    standin: DiscordStandin
    ollama: OllamaStandIn
    adapter: DiscordAdapter
    assistant: Assistant
    store: Store
    clock: Clock
    stop: asyncio.Event
    task: asyncio.Task[None]

    async def interact(self, payload: dict[str, Any]) -> dict[str, Any]:
        return await self.standin.interact(payload)

    async def followups(self, payload: dict[str, Any], count: int = 1) -> list[RestCall]:
        return await self.standin.wait_for_call(
            "POST", rf"^/webhooks/\d+/{payload['token']}$", count=count, timeout=30
        )

    def callbacks(self, payload: dict[str, Any]) -> list[RestCall]:
        return self.standin.calls_to("POST", rf"^/interactions/{payload['id']}/")

    def moderator_posts(self) -> list[RestCall]:
        return self.standin.calls_to("POST", rf"^/channels/{MODS}/messages$")


@contextlib.asynccontextmanager
async def running(
    standin: DiscordStandin,
    ollama: OllamaStandIn,
    tmp_path: Path,
    *,
    clock: Clock | None = None,
    communities: list[Community] | None = None,
    store: Store | None = None,
    model_timeout: float = 5.0,
    populate_guild: bool = True,
    slow_notice_after: float = 20.0,
) -> AsyncIterator[Running]:
    # The crisis gate compiles its lexicon once per process (seconds on a busy machine): build
    # it before the clock of the readiness wait starts.
    await asyncio.to_thread(default_gate)
    if populate_guild and not standin.guilds:
        populate(standin)
    clock = clock or Clock()
    communities = communities or [community()]
    settings = replace(
        Settings(),
        ollama_host=ollama.url,
        model_timeout=model_timeout,
        db_path=tmp_path / "llumi.db",
    )
    store = store or Store.open(settings.db_path)
    model = ModelClient(settings, attempts=2, wait=wait_none())
    assistant = Assistant(
        settings=settings, communities=communities, store=store, model=model, delivery_backoff=0
    )
    adapter = DiscordAdapter(
        assistant,
        settings,
        communities,
        credentials=standin.token,
        now=clock,
        reping_tick=0.02,
        client_options={"guild_ready_timeout": 0.05},
        slow_notice_after=slow_notice_after,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(adapter.run(stop))
    try:
        ready = asyncio.create_task(adapter.caught_up.wait())
        await asyncio.wait({ready, task}, timeout=40, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # the adapter stopped: show why
            raise AssertionError("the adapter stopped before it was ready")
        if not ready.done():
            ready.cancel()
            raise AssertionError("the adapter did not become ready within 40 s")
        yield Running(standin, ollama, adapter, assistant, store, clock, stop, task)
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 10)
        await model.aclose()


async def eventually(predicate: Any, timeout: float = 5.0) -> None:
    """Wait until `predicate()` is true (the bot works on its own event-loop turns)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)
