"""The composition root of `llumi run`: builds the core, starts the configured adapters.

The only place the core imports an adapter, lazily, so a Reddit-only install never loads
discord.py (design.md "The shape").
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Iterable
from datetime import timedelta
from typing import Any, TextIO

from bot.assistant import Assistant
from bot.config import Community, Settings, check_platforms
from bot.model import ModelClient
from bot.store import Store

log = logging.getLogger(__name__)


def build_assistant(
    settings: Settings, communities: list[Community], *, with_model: bool = True
) -> Assistant:
    store = Store.open(settings.db_path)
    model = ModelClient(settings) if with_model else None
    return Assistant(settings=settings, communities=communities, store=store, model=model)


def platform_adapters(
    assistant: Assistant, settings: Settings, communities: list[Community]
) -> dict[str, Any]:
    """The adapters the configuration names, imported only when named."""
    check_platforms(settings, communities)
    adapters: dict[str, Any] = {}
    reddit = [c for c in communities if c.platform == "reddit"]
    discord = [c for c in communities if c.platform == "discord"]
    if reddit:
        from adapters.reddit import RedditAdapter

        adapters["reddit"] = RedditAdapter(assistant, settings, reddit)
    if discord:
        from adapters.discord_app import DiscordAdapter

        adapters["discord"] = DiscordAdapter(assistant, settings, discord)
    return adapters


async def run_platforms(
    assistant: Assistant, settings: Settings, communities: list[Community]
) -> None:
    """Run every configured adapter (and the sweeps) in one event loop until SIGTERM/Ctrl-C."""
    adapters = platform_adapters(assistant, settings, communities)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    assistant.store.purge_expired(timedelta(days=settings.retention_days))
    tasks = [asyncio.create_task(a.run(stop), name=f"adapter-{p}") for p, a in adapters.items()]
    scheduler = _start_sweeps(assistant, adapters, communities, stop)
    if scheduler is not None:
        tasks.append(scheduler)
    tasks.append(asyncio.create_task(_purge_daily(assistant, settings, stop), name="retention"))
    log.info("llumi running: %s", ", ".join(sorted(adapters)) or "no platform")
    try:
        await stop.wait()
    finally:
        stop.set()
        done, pending = await asyncio.wait(tasks, timeout=30)
        for task in pending:
            task.cancel()
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                log.error("%s stopped with %r", task.get_name(), task.exception())
        if assistant.model is not None:
            await assistant.model.aclose()


def _start_sweeps(
    assistant: Assistant,
    adapters: dict[str, Any],
    communities: list[Community],
    stop: asyncio.Event,
) -> asyncio.Task[None] | None:
    if not any(c.sweep for c in communities):
        return None
    try:
        from bot.scheduler import run_sweep_schedule
    except ImportError:  # sweeps not installed in this build
        log.warning("sweeps are configured but this build has no scheduler")
        return None
    return asyncio.create_task(
        run_sweep_schedule(assistant, adapters, communities, stop), name="sweeps"
    )


async def _purge_daily(assistant: Assistant, settings: Settings, stop: asyncio.Event) -> None:
    while not stop.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=24 * 3600)
        if not stop.is_set():
            purged = assistant.store.purge_expired(timedelta(days=settings.retention_days))
            log.info("retention: purged text of %d rows", purged)


async def run_console_job(
    assistant: Assistant, lines: Iterable[str], out: TextIO = sys.stdout, *, community: str = ""
) -> int:
    """`llumi run` without a platform: screen and draft a stream of posts at the console."""
    from adapters.console import ConsoleAlerts, run_console

    assistant.register_alerts("console", ConsoleAlerts(out))
    draft = False
    if assistant.model is not None:
        problems = await assistant.model.check()
        if problems:
            out.write("Screening only (no drafts): " + problems[0] + "\n")
            for problem in problems[1:]:
                out.write("  " + problem + "\n")
        else:
            draft = True
    summary = await run_console(assistant, lines, out, draft=draft, community=community)
    out.write(f"\n{summary.describe()}\n")
    if assistant.model is not None:
        await assistant.model.aclose()
    return 0
