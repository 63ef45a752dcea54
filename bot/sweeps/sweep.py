"""Sweeps of unanswered posts: one per community at a time in this process (a lock) and across
processes (a mark in the store). What one sweep does, and in which order, is bot.sweeps.run."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from bot.config import Community
from bot.core.assistant import Assistant
from bot.core.domain import (
    utcnow,
)
from bot.core.ports import DigestDelivery, UnansweredPosts
from bot.store import Store
from bot.sweeps.report import (
    NoProgress,
    SweepBusy,
    SweepError,
    SweepProgress,
    SweepReport,
    claim_key,
)
from bot.sweeps.run import SweepRun

log = logging.getLogger(__name__)

#: A mark of a sweep running in another process older than this is a leftover, not a sweep.
MARK_TTL = timedelta(hours=6)


class Sweeper:
    """Runs sweeps; one per community at a time (an asyncio.Lock per community)."""

    def __init__(
        self,
        assistant: Assistant,
        adapters: Mapping[str, object],
        *,
        clock: Callable[[], datetime] = utcnow,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.assistant = assistant
        self.adapters = adapters
        self.clock = clock
        self.timer = timer
        self._locks: dict[str, asyncio.Lock] = {}

    def is_running(self, community: str) -> bool:
        lock = self._locks.get(community)
        return lock is not None and lock.locked()

    def ports_for(self, community: Community) -> tuple[UnansweredPosts, DigestDelivery]:
        adapter = self.adapters.get(community.platform)
        if not isinstance(adapter, UnansweredPosts) or not isinstance(adapter, DigestDelivery):
            raise SweepError(
                f"community {community.name!r}: the {community.platform} adapter cannot list"
                " unanswered posts or deliver a digest"
            )
        return adapter, adapter

    async def run(
        self,
        community: str,
        *,
        dry_run: bool = False,
        now: datetime | None = None,
        progress: SweepProgress | None = None,
    ) -> SweepReport:
        """One sweep of `community` (its `name`); KeyError if unknown, SweepBusy if one runs."""
        found = self.assistant.community(community)
        source, delivery = self.ports_for(found)
        lock = self._locks.setdefault(community, asyncio.Lock())
        if lock.locked():
            raise SweepBusy(f"a sweep of {community} is already running")
        async with lock:
            run = SweepRun(
                self.assistant,
                found,
                source,
                delivery,
                now=now or self.clock(),
                dry_run=dry_run,
                progress=progress or NoProgress(),
                timer=self.timer,
            )
            if dry_run:  # it sends and records nothing: no other sweep can be disturbed
                report = await run.run()
            else:
                with ProcessMark(self.assistant.store, community):
                    report = await run.run()
        log.info("%s", report.summary())
        return report


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process, but alive
        return True
    return True


class ProcessMark:
    """An advisory mark in the store that this process is sweeping a community, so `llumi
    sweep` by hand and the schedule inside `llumi run` (two processes, one database) do not
    sweep one community at once. A mark left by a process that died (on this host), or older
    than MARK_TTL, is ignored. Not atomic: two processes starting in the same instant could
    both pass; the asyncio.Lock and APScheduler's max_instances cover one process."""

    def __init__(self, store: Store, community: str) -> None:
        self.store = store
        self.key = f"sweep:running:{community}"
        self.community = community
        self.mine = f"{socket.gethostname()} {os.getpid()}"

    def holder(self) -> str | None:
        raw = self.store.get_position(self.key) or ""
        host, _, rest = raw.partition(" ")
        pid_text, _, since_text = rest.partition(" ")
        try:
            pid, since = int(pid_text), datetime.fromisoformat(since_text)
        except ValueError:
            return None
        if f"{host} {pid}" == self.mine or utcnow() - since > MARK_TTL:
            return None
        if host == socket.gethostname() and not _alive(pid):
            return None
        return f"process {pid} on {host} since {since:%Y-%m-%d %H:%M} UTC"

    def __enter__(self) -> ProcessMark:
        holder = self.holder()
        if holder is not None:
            raise SweepBusy(f"a sweep of {self.community} is already running ({holder})")
        self.store.set_position(self.key, f"{self.mine} {utcnow().isoformat()}")
        return self

    def __exit__(self, *exc: object) -> None:
        self.store.set_position(self.key, "")


__all__ = [
    "ProcessMark",
    "SweepBusy",
    "SweepError",
    "SweepProgress",
    "SweepReport",
    "Sweeper",
    "claim_key",
]
