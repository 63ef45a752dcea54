"""`llumi run`: the configured platforms (and the sweeps) in one event loop, or the console.

The adapters are built by bot.cli.compose; this module runs them until SIGTERM/Ctrl-C.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Iterable
from datetime import timedelta
from functools import partial
from importlib import resources as package_files
from pathlib import Path
from typing import Any, TextIO

import click

from bot.cli.compose import (
    communities_or_fail,
    console_assistant,
    platform_adapters,
    platforms_configured,
)
from bot.cli.errors import PlatformError, fail
from bot.cli.inputs import fail_unreadable, jsonl_lines, settings_or_fail
from bot.cli.run_lock import AlreadyRunning, RunLock
from bot.cli.supervise import GaveUp, Job, supervise
from bot.config import Community, ConfigError, Settings
from bot.core.assistant import Assistant
from bot.core.ports import ModeratorAlerts, Platform

log = logging.getLogger(__name__)


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
    # Once for all platforms: build each community's crisis gate (seconds of CPU compiling the
    # lexicon) off the event loop, then keep resending pending alerts (at start, then on a
    # backoff capped at LLUMI_ALERT_RETRY_MAX that never gives up).
    for community in communities:
        await asyncio.to_thread(assistant.gate_for, community.name)
    for platform, adapter in adapters.items():
        if isinstance(adapter, ModeratorAlerts):
            assistant.register_alerts(platform, adapter)
    jobs = [Job(f"adapter-{p}", partial(a.run, stop)) for p, a in adapters.items()]
    jobs.append(Job("alert-retries", partial(assistant.keep_delivering, stop)))
    if any(c.sweep for c in communities):
        jobs.append(Job("sweeps", partial(_run_sweeps, assistant, adapters, communities, stop)))
    jobs.append(Job("retention", partial(_purge_daily, assistant, settings, stop)))
    log.info("llumi running: %s", ", ".join(sorted(adapters)) or "no platform")
    try:
        # A task that dies is logged at ERROR at once and restarted; one that keeps dying (or
        # a setup error) ends the run with GaveUp: never a bot that stays up doing nothing.
        await supervise(jobs, stop, backoff=settings.restart_backoff, fatal=_setup_errors(adapters))
    finally:
        with contextlib.suppress(TimeoutError):  # a late second opinion can still alert
            await asyncio.wait_for(assistant.settle(), timeout=30)
        if assistant.model is not None:
            await assistant.model.aclose()


def _setup_errors(adapters: dict[str, Platform]) -> tuple[type[BaseException], ...]:
    """Errors no restart can fix (a missing or refused token): they end the run at once."""
    if "discord" not in adapters:
        return (ConfigError,)
    from adapters.discord_app.adapter import DiscordSetupError

    return (ConfigError, DiscordSetupError)


async def _run_sweeps(
    assistant: Assistant,
    adapters: dict[str, Platform],
    communities: list[Community],
    stop: asyncio.Event,
) -> None:
    from bot.sweeps.scheduler import run_sweep_schedule

    await run_sweep_schedule(assistant, adapters, communities, stop)


async def _purge_daily(assistant: Assistant, settings: Settings, stop: asyncio.Event) -> None:
    while not stop.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=24 * 3600)
        if not stop.is_set():
            purged = assistant.store.purge_expired(timedelta(days=settings.retention_days))
            log.info("retention: purged text of %d rows", purged)


async def run_console_job(
    assistant: Assistant,
    lines: Iterable[str],
    out: TextIO | None = None,
    *,
    community: str = "",
) -> list[int]:
    """`llumi run` without a platform: screen and draft a stream of posts at the console (on
    stdout as it is when called, not as it was at import). Returns the unreadable lines."""
    from adapters.console import ConsoleAlerts, run_console

    out = out or sys.stdout

    assistant.register_alerts("console", ConsoleAlerts(out))
    draft = False
    if assistant.model is not None:
        from bot.cli.doctor import not_ollama

        try:
            other = await not_ollama(assistant.settings.ollama_host)
            problems = [other] if other else await assistant.model.check()
        except Exception as exc:  # whatever the model server did, the posts are still screened
            log.debug("model check failed", exc_info=True)
            problems = [f"the model server's answer could not be read ({type(exc).__name__})"]
        if problems:
            out.write("Screening only (no drafts): " + problems[0] + "\n")
            for problem in problems[1:]:
                out.write("  " + problem + "\n")
        else:
            draft = True
    known = list(assistant.communities)
    summary = await run_console(
        assistant, lines, out, draft=draft, community=community, communities=known
    )
    await assistant.settle()  # second opinions still in flight may alert
    out.write(f"\n{summary.describe()}\n")
    if assistant.model is not None:
        await assistant.model.aclose()
    return summary.unreadable


def sample_posts_path() -> Path:
    return Path(str(package_files.files("bot").joinpath("samples/posts.jsonl")))


@click.command()
@click.option(
    "--posts",
    "posts_file",
    default=None,
    help="Screen and draft posts from this JSONL file (- for stdin): the console.",
)
@click.option("--community", default=None, help="With --posts: use this community's policy.")
def run(posts_file: str | None, community: str | None) -> None:
    """Run the bot: the configured platforms, or the console on a file of posts.

    With no platform configured and no --posts, the console runs on llumi's sample posts."""
    settings = settings_or_fail()
    communities = communities_or_fail(settings)
    if posts_file is None and (platforms_configured() or communities):
        try:
            with RunLock(settings.db_path):
                assistant = console_assistant(None)
                asyncio.run(run_platforms(assistant, settings, communities))
        except AlreadyRunning as exc:
            fail(str(exc))
        except ConfigError as exc:
            fail(str(exc))
        except GaveUp as exc:
            cause = exc.__cause__
            if isinstance(cause, ConfigError):
                fail(str(cause))
            raise PlatformError(str(exc)) from None
        return
    assistant = console_assistant(community)
    too_long: list[int] = []
    if posts_file is None:
        click.echo(
            f"No platform configured: screening llumi's sample posts ({sample_posts_path()})"
        )
        lines: Any = sample_posts_path().read_text("utf-8").splitlines()
    else:
        lines = jsonl_lines(posts_file, too_long=too_long)
    unreadable = asyncio.run(run_console_job(assistant, lines, community=community or ""))
    if unreadable or too_long:
        fail_unreadable(posts_file or "samples", sorted(unreadable + too_long))
