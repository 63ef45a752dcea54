"""Keep `llumi run`'s long-lived tasks alive, and never let one die silently.

A task that raises (or returns while nobody asked it to stop) is logged at ERROR at once and
started again after a backoff (doubling from `backoff` up to a minute). One that dies
`max_failures` times in a row (without a healthy stretch of `healthy_after` seconds between)
ends the run with `GaveUp`, as does an error in `fatal` (a setup error no restart can fix): the
CLI exits non-zero with one line, so a service manager can restart the process or a person can
read why.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from bot.core.errors import LlumiError

log = logging.getLogger(__name__)

#: The longest wait between two restarts of one task.
MAX_BACKOFF = 60.0


class GaveUp(LlumiError):
    """A supervised task cannot be kept running; the message says which and why, in one line."""


@dataclass(frozen=True)
class Job:
    """A long-lived task by name; `start` makes a fresh coroutine for each (re)start."""

    name: str
    start: Callable[[], Awaitable[None]]


def _why(exc: BaseException) -> str:
    first_line = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first_line}" if first_line else type(exc).__name__


async def _keep(
    job: Job,
    stop: asyncio.Event,
    *,
    backoff: float,
    max_failures: int,
    healthy_after: float,
    fatal: tuple[type[BaseException], ...],
) -> None:
    loop = asyncio.get_running_loop()
    failures = 0
    while not stop.is_set():
        started = loop.time()
        try:
            await job.start()
        except fatal as exc:
            raise GaveUp(f"{job.name} stopped: {_why(exc)}") from exc
        except Exception as exc:
            reason = _why(exc)
            log.debug("%s stopped", job.name, exc_info=True)
        else:
            if stop.is_set():
                return
            reason = "it returned while the bot was running"
        if stop.is_set():
            log.error("%s stopped while shutting down: %s", job.name, reason)
            return
        failures = 1 if loop.time() - started >= healthy_after else failures + 1
        if failures >= max_failures:
            raise GaveUp(f"{job.name} died {failures} times in a row (last: {reason})")
        delay = min(MAX_BACKOFF, backoff * 2 ** (failures - 1))
        log.error(
            "%s died (%s); restarting in %.1fs (failure %d of %d)",
            job.name,
            reason,
            delay,
            failures,
            max_failures,
        )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=delay)


async def supervise(
    jobs: Sequence[Job],
    stop: asyncio.Event,
    *,
    backoff: float = 1.0,
    max_failures: int = 5,
    healthy_after: float = 600.0,
    fatal: tuple[type[BaseException], ...] = (),
    grace: float = 30.0,
) -> None:
    """Run `jobs` until `stop` is set, restarting any that dies; then give them `grace` seconds
    to finish and cancel the rest. Raises GaveUp (after stopping the others) when one cannot be
    kept running."""
    keepers = [
        asyncio.create_task(
            _keep(
                job,
                stop,
                backoff=backoff,
                max_failures=max_failures,
                healthy_after=healthy_after,
                fatal=fatal,
            ),
            name=f"keep-{job.name}",
        )
        for job in jobs
    ]
    stopping = asyncio.create_task(stop.wait(), name="stop")
    gave_up: GaveUp | None = None
    try:
        pending: set[asyncio.Task[object]] = {stopping, *keepers}
        while not stop.is_set() and gave_up is None:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                error = None if task is stopping or task.cancelled() else task.exception()
                if error is not None:
                    gave_up = error if isinstance(error, GaveUp) else GaveUp(_why(error))
    finally:
        stop.set()
        stopping.cancel()
        _, late = await asyncio.wait(keepers, timeout=grace) if keepers else (set(), set())
        for task in late:
            log.error("%s did not stop within %.0fs: cancelled", task.get_name(), grace)
            task.cancel()
        await asyncio.gather(*keepers, return_exceptions=True)
    if gave_up is not None:
        log.error("%s", gave_up)
        raise gave_up
