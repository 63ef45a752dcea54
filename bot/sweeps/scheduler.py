"""Scheduled sweeps inside `llumi run`: APScheduler 3's AsyncIOScheduler on the bot's event loop.

APScheduler 3's defaults bite a long-running bot (design.md "Known pitfalls"): its in-memory job
store forgets everything on restart, a tiny `misfire_grace_time` drops runs, and catch-up can run
a job several times. So:
- every job has `coalesce=True`, `max_instances=1` and an explicit grace time (half an interval,
  between a minute and half an hour), and `Sweeper` holds an asyncio.Lock per community too;
- the time of each community's last completed sweep is kept in the store
  (`sweep:last:<name>`), not in APScheduler's memory; at start, a run the bot missed while it was
  down runs once, at once, if it is less than one interval late (otherwise the next regular run,
  less than an interval away, does the work);
- each sweep is idempotent by the post ids it has handled (see bot.sweeps.sweep);
- cron expressions are read by bot.sweeps.cron (Sunday = 0, as moderators expect).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.job import Job
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Community, SweepConfig
from bot.core.assistant import Assistant
from bot.core.domain import aware, utcnow
from bot.store import Store
from bot.sweeps.cron import cron_trigger
from bot.sweeps.sweep import SweepBusy, Sweeper, SweepError

log = logging.getLogger(__name__)

#: On stop, how long running sweeps may finish before they are cancelled (the journal makes a
#: cancelled sweep safe to resume; the runner itself waits 30 s for everything).
STOP_WAIT_S = 20.0
MIN_GRACE_S = 60
MAX_GRACE_S = 1800


def last_run_key(community: str) -> str:
    return f"sweep:last:{community}"


def last_run(store: Store, community: str) -> datetime | None:
    raw = store.get_position(last_run_key(community))
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return aware(moment)


def record_run(store: Store, community: str, when: datetime) -> None:
    store.set_position(last_run_key(community), when.astimezone(UTC).isoformat())


def next_after(config: SweepConfig, moment: datetime) -> datetime:
    """The first scheduled sweep strictly after `moment` (intervals count from `moment`)."""
    if config.cron:
        fire: datetime | None = cron_trigger(config.cron, config.timezone).get_next_fire_time(
            None, moment + timedelta(microseconds=1)
        )
        if fire is None:
            raise ValueError(f"cron {config.cron!r} never fires")
        return fire.astimezone(UTC)
    assert config.every is not None
    return moment + config.every


def interval_at(config: SweepConfig, moment: datetime) -> timedelta:
    """The gap between the first scheduled run after `moment` and the one after it."""
    if config.every is not None and not config.cron:
        return config.every
    first = next_after(config, moment)
    return next_after(config, first) - first


def missed_run(config: SweepConfig, last: datetime | None, now: datetime) -> datetime | None:
    """The run the bot missed while it was down, if it is less than one interval late."""
    if last is None:
        return None
    due = next_after(config, last)
    if due > now:
        return None
    return due if now < next_after(config, due) else None


def grace_seconds(config: SweepConfig, now: datetime) -> int:
    """Half an interval, within [1 min, 30 min]: late enough runs still happen, but a run later
    than that is dropped because the next one is nearer (coalesce keeps it to one run)."""
    half = interval_at(config, now).total_seconds() / 2
    return int(min(max(half, MIN_GRACE_S), MAX_GRACE_S))


def sweep_trigger(config: SweepConfig, *, last: datetime | None, now: datetime) -> BaseTrigger:
    """Cron in the community's time zone, or an interval anchored on the last stored run."""
    if config.cron:
        return cron_trigger(config.cron, config.timezone)
    assert config.every is not None
    start = next_after(config, last) if last is not None else now + config.every
    return IntervalTrigger(
        seconds=config.every.total_seconds(), start_date=start, timezone=ZoneInfo(config.timezone)
    )


@dataclass(frozen=True)
class PlannedSweep:
    community: str
    trigger: BaseTrigger
    grace_s: int
    catch_up: datetime | None  # the missed run that runs at start, if any


class SweepSchedule:
    """Plans and runs the sweeps of every community with a [community.sweep] table."""

    def __init__(
        self,
        assistant: Assistant,
        adapters: Mapping[str, object],
        communities: Sequence[Community],
        *,
        now: Callable[[], datetime] = utcnow,
        sweeper: Sweeper | None = None,
    ) -> None:
        self.assistant = assistant
        self.communities = [c for c in communities if c.sweep is not None]
        self.now = now
        self.sweeper = sweeper or Sweeper(assistant, adapters, clock=now)
        self._running: set[asyncio.Task[Any]] = set()

    def plan(self) -> list[PlannedSweep]:
        now = self.now()
        planned = []
        for community in self.communities:
            config = community.sweep
            assert config is not None
            try:
                self.sweeper.ports_for(community)
                last = last_run(self.assistant.store, community.name)
                planned.append(
                    PlannedSweep(
                        community=community.name,
                        trigger=sweep_trigger(config, last=last, now=now),
                        grace_s=grace_seconds(config, now),
                        catch_up=missed_run(config, last, now),
                    )
                )
            except (SweepError, ValueError) as exc:
                log.error("community %s is not swept: %s", community.name, exc)
        return planned

    def install(self, scheduler: AsyncIOScheduler) -> list[Job]:
        jobs = []
        for item in self.plan():
            options: dict[str, object] = {}
            if item.catch_up is not None:
                # At once, by the scheduler's own clock; the trigger goes on from there.
                options["next_run_time"] = datetime.now(UTC)
                log.info(
                    "sweep %s missed its run at %s while the bot was down: running it now",
                    item.community,
                    item.catch_up.isoformat(),
                )
            jobs.append(
                scheduler.add_job(
                    self.run_scheduled,
                    item.trigger,
                    args=[item.community],
                    id=f"sweep:{item.community}",
                    name=f"sweep {item.community}",
                    coalesce=True,
                    max_instances=1,
                    misfire_grace_time=item.grace_s,
                    replace_existing=True,
                    **options,
                )
            )
        return jobs

    async def run_scheduled(self, community: str) -> None:
        """The job: one sweep; its start time is stored as the last run once it completed."""
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        started = self.now()
        try:
            report = await self.sweeper.run(community, now=started)
        except SweepBusy:
            log.info("sweep %s still running: this run is skipped", community)
            return
        except Exception as exc:  # a sweep's failure must not stop the schedule
            log.error("sweep %s failed: %s", community, type(exc).__name__)
            return
        finally:
            if task is not None:
                self._running.discard(task)
        if report.error is None:
            record_run(self.assistant.store, community, started)
        else:
            log.warning("sweep %s: %s", community, report.error.split(":", 1)[0])

    async def wait_idle(self, timeout: float) -> None:
        running = [t for t in self._running if not t.done()]
        if running:
            await asyncio.wait(running, timeout=timeout)


async def run_sweep_schedule(
    assistant: Assistant,
    adapters: Mapping[str, object],
    communities: Sequence[Community],
    stop: asyncio.Event,
    *,
    now: Callable[[], datetime] = utcnow,
) -> None:
    """Run every community's sweep on its schedule until `stop` is set."""
    schedule = SweepSchedule(assistant, adapters, communities, now=now)
    scheduler = AsyncIOScheduler(timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1})
    jobs = schedule.install(scheduler)
    if not jobs:
        return
    scheduler.start()
    log.info("sweeps scheduled: %s", ", ".join(job.name for job in jobs))
    try:
        await stop.wait()
    finally:
        scheduler.pause()
        try:
            await schedule.wait_idle(STOP_WAIT_S)
        finally:
            scheduler.shutdown(wait=False)
