"""`llumi run` never stays up doing nothing (a dead task is logged at ERROR at once and
restarted; one that keeps dying ends the run), and one database has one `llumi run`."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

import pytest

from bot.cli.run_lock import AlreadyRunning, RunLock
from bot.cli.supervise import GaveUp, Job, supervise
from bot.config import ConfigError


def test_a_task_that_dies_is_logged_at_error_at_once_and_restarted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    starts: list[int] = []
    logged_before_restart: list[bool] = []

    async def adapter(stop: asyncio.Event) -> None:
        starts.append(len(starts))
        if len(starts) == 1:
            raise RuntimeError("the watcher's connection broke")
        logged_before_restart.append(any(r.levelno == logging.ERROR for r in caplog.records))
        await stop.wait()

    async def scenario() -> None:
        stop = asyncio.Event()
        job = Job("adapter-reddit", lambda: adapter(stop))
        running = asyncio.create_task(supervise([job], stop, backoff=0.01))
        while len(starts) < 2:
            await asyncio.sleep(0.01)
        stop.set()
        await asyncio.wait_for(running, timeout=5)

    with caplog.at_level(logging.ERROR):
        asyncio.run(asyncio.wait_for(scenario(), timeout=10))
    assert logged_before_restart == [True]
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "adapter-reddit died (RuntimeError: the watcher's connection broke)" in errors[0]


def test_a_task_that_keeps_dying_ends_the_run_and_stops_the_others() -> None:
    others_stopped: list[bool] = []

    async def broken() -> None:
        raise OSError("no route to host")

    async def healthy(stop: asyncio.Event) -> None:
        await stop.wait()
        others_stopped.append(True)

    async def scenario() -> None:
        stop = asyncio.Event()
        jobs = [Job("adapter-discord", broken), Job("retention", lambda: healthy(stop))]
        await supervise(jobs, stop, backoff=0.001, max_failures=3)

    with pytest.raises(GaveUp, match=r"adapter-discord died 3 times in a row .*no route to host"):
        asyncio.run(asyncio.wait_for(scenario(), timeout=10))
    assert others_stopped == [True]


def test_a_task_returning_early_counts_as_dying_and_a_setup_error_ends_the_run_at_once() -> None:
    async def returns() -> None:
        return None

    async def misconfigured() -> None:
        raise ConfigError("DISCORD_TOKEN is not set")

    with pytest.raises(GaveUp, match="returned while the bot was running"):
        asyncio.run(
            asyncio.wait_for(
                supervise([Job("sweeps", returns)], asyncio.Event(), backoff=0.001, max_failures=2),
                timeout=10,
            )
        )
    with pytest.raises(GaveUp, match="DISCORD_TOKEN is not set") as caught:
        asyncio.run(
            asyncio.wait_for(
                supervise(
                    [Job("adapter-discord", misconfigured)],
                    asyncio.Event(),
                    fatal=(ConfigError,),
                ),
                timeout=10,
            )
        )
    assert isinstance(caught.value.__cause__, ConfigError)


def test_a_second_run_on_one_database_is_refused_naming_the_first(tmp_path: Path) -> None:
    db = tmp_path / "llumi.db"
    with RunLock(db), pytest.raises(AlreadyRunning) as caught, RunLock(db):
        pass
    message = str(caught.value)
    assert f"process {os.getpid()}" in message and str(db) in message
    assert "\n" not in message
    with RunLock(db):  # released when the first one ended
        pass
