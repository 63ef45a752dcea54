"""The sweep schedule: triggers, the stored last run, catch-up after downtime, APScheduler options.

Decisions take an injected `now`; nothing sleeps waiting for a schedule. The end-to-end tests run
the real AsyncIOScheduler with a run that is due at once and stop it right after."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings, SweepConfig
from bot.core.assistant import Assistant
from bot.store import Store
from bot.sweeps.cron import cron_weekdays
from bot.sweeps.scheduler import (
    SweepSchedule,
    grace_seconds,
    last_run,
    missed_run,
    next_after,
    record_run,
    run_sweep_schedule,
)
from tests.test_sweep_support import Platform, community

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday
EVERY_30M = SweepConfig(every=timedelta(minutes=30))


def cron(expression: str, timezone: str = "UTC") -> SweepConfig:
    return SweepConfig(cron=expression, timezone=timezone)


# -- cron and weekdays -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "names"),
    [
        ("*", "*"),
        ("0", "sun"),
        ("7", "sun"),
        ("1", "mon"),
        ("1-5", "mon,tue,wed,thu,fri"),
        ("5-7", "sun,fri,sat"),
        ("*/2", "sun,tue,thu,sat"),
        ("1/3", "mon,thu"),
        ("sat,sun", "sun,sat"),
        ("0-6", "*"),
        ("7-7", "sun"),
        ("6-7", "sun,sat"),
        ("MON-wed", "mon,tue,wed"),
    ],
)
def test_crontab_weekdays_count_from_sunday(field: str, names: str) -> None:
    assert cron_weekdays(field) == names


def test_a_monday_cron_runs_on_monday_in_the_communitys_time_zone() -> None:
    # APScheduler 3 alone counts weekdays from Monday = 0: "1" would be a Tuesday (#286)
    raw = CronTrigger.from_crontab("0 9 * * 1", timezone=ZoneInfo("America/New_York"))
    assert raw.get_next_fire_time(None, NOW).weekday() == 1
    fire = next_after(cron("0 9 * * 1", "America/New_York"), NOW)
    local = fire.astimezone(ZoneInfo("America/New_York"))
    assert (local.weekday(), local.hour, local.minute) == (0, 9, 0)
    assert fire == datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # 9:00 EST


def test_a_daily_cron_keeps_local_time_across_the_end_of_daylight_saving() -> None:
    config = cron("0 9 * * *", "America/New_York")
    before = next_after(config, datetime(2026, 10, 30, 14, 0, tzinfo=UTC))
    after = next_after(config, datetime(2026, 11, 1, 12, 0, tzinfo=UTC))
    assert before == datetime(2026, 10, 31, 13, 0, tzinfo=UTC)  # 9:00 EDT
    assert after == datetime(2026, 11, 1, 14, 0, tzinfo=UTC)  # 9:00 EST


# -- catch-up after downtime -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last_ago", "missed_ago"),
    [
        (None, None),  # never swept: nothing was missed
        (timedelta(minutes=10), None),  # not due yet
        (timedelta(minutes=30), timedelta(0)),  # due right now
        (timedelta(minutes=45), timedelta(minutes=15)),  # 15 min late: run once at start
        (timedelta(minutes=59), timedelta(minutes=29)),
        (timedelta(minutes=60), None),  # a whole interval late: the next run is as near
        (timedelta(hours=5), None),
    ],
)
def test_a_missed_interval_run_is_caught_up_only_if_less_than_one_interval_late(
    last_ago: timedelta | None, missed_ago: timedelta | None
) -> None:
    last = NOW - last_ago if last_ago is not None else None
    expected = NOW - missed_ago if missed_ago is not None else None
    assert missed_run(EVERY_30M, last, NOW) == expected


def test_a_missed_cron_run_is_caught_up_only_if_less_than_one_interval_late() -> None:
    two_hourly = cron("0 */2 * * *")
    eleven = NOW.replace(hour=11)
    assert missed_run(two_hourly, NOW.replace(hour=8), eleven) == NOW.replace(hour=10)
    assert missed_run(two_hourly, NOW.replace(hour=6), eleven) is None  # 10:00 missed too
    assert missed_run(two_hourly, NOW.replace(hour=10), eleven) is None  # nothing missed


@pytest.mark.parametrize(
    ("config", "seconds"),
    [
        (EVERY_30M, 900),
        (SweepConfig(every=timedelta(minutes=1)), 60),
        (SweepConfig(every=timedelta(hours=6)), 1800),
        (cron("0 */2 * * *"), 1800),
        (cron("*/10 * * * *"), 300),
    ],
)
def test_the_grace_time_is_explicit_half_an_interval_within_bounds(
    config: SweepConfig, seconds: int
) -> None:
    assert grace_seconds(config, NOW) == seconds


def test_the_last_run_lives_in_the_store(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "a.db")
    assert last_run(store, "calm") is None
    record_run(store, "calm", NOW)
    store.close()
    assert last_run(Store.open(tmp_path / "a.db"), "calm") == NOW


# -- the scheduler -----------------------------------------------------------------------------


@pytest.fixture
async def assistant(tmp_path: Path) -> AsyncIterator[Assistant]:
    communities = [
        community(name="calm"),
        community(name="harbor", platform="discord", cron="0 */2 * * *", every=None),
        community(name="quiet"),
    ]
    quiet = communities[2]
    object.__setattr__(quiet, "sweep", None)  # no [community.sweep]: never scheduled
    made = Assistant(
        settings=Settings(db_path=tmp_path / "s.db"),
        communities=communities,
        store=Store.open(tmp_path / "s.db"),
        model=None,
    )
    yield made
    made.store.close()


async def test_jobs_coalesce_run_one_at_a_time_and_have_an_explicit_grace_time(
    assistant: Assistant,
) -> None:
    real_now = datetime.now(UTC)
    record_run(assistant.store, "calm", real_now - timedelta(minutes=45))  # missed one
    boundary = real_now.replace(minute=0, second=0, microsecond=0)
    boundary -= timedelta(hours=boundary.hour % 2)  # the last even hour: its run happened
    record_run(assistant.store, "harbor", boundary)
    platform = Platform()
    schedule = SweepSchedule(
        assistant,
        {"reddit": platform, "discord": platform},
        list(assistant.communities.values()),
        now=lambda: real_now,
    )
    scheduler = AsyncIOScheduler(timezone=UTC)
    jobs = schedule.install(scheduler)
    scheduler.start(paused=True)
    try:
        by_id = {job.id: job for job in scheduler.get_jobs()}
        assert sorted(by_id) == ["sweep:calm", "sweep:harbor"] and len(jobs) == 2
        for job in by_id.values():
            assert job.coalesce is True and job.max_instances == 1
        calm, harbor = by_id["sweep:calm"], by_id["sweep:harbor"]
        assert isinstance(calm.trigger, IntervalTrigger) and calm.misfire_grace_time == 900
        assert isinstance(harbor.trigger, CronTrigger) and harbor.misfire_grace_time == 1800
        assert abs(calm.next_run_time - real_now) < timedelta(seconds=5)  # caught up at once
        assert harbor.next_run_time == boundary + timedelta(hours=2)
    finally:
        scheduler.shutdown(wait=False)


async def test_a_community_whose_platform_cannot_sweep_is_skipped_with_an_error(
    assistant: Assistant, caplog: pytest.LogCaptureFixture
) -> None:
    platform = Platform()
    schedule = SweepSchedule(assistant, {"reddit": platform}, list(assistant.communities.values()))
    assert [p.community for p in schedule.plan()] == ["calm"]
    assert "community harbor is not swept" in caplog.text


async def run_schedule_briefly(
    assistant: Assistant, platform: Platform, *, until_listed: bool
) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_sweep_schedule(
            assistant,
            {"reddit": platform, "discord": platform},
            [assistant.community("calm")],
            stop,
        )
    )
    for _ in range(300 if until_listed else 20):
        if platform.listings:
            break
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)  # let a run that started finish recording
    stop.set()
    await asyncio.wait_for(task, timeout=5)


async def test_a_run_missed_while_the_bot_was_down_runs_once_at_start_and_is_recorded(
    assistant: Assistant,
) -> None:
    missed_from = datetime.now(UTC) - timedelta(minutes=45)
    record_run(assistant.store, "calm", missed_from)
    platform = Platform()
    await run_schedule_briefly(assistant, platform, until_listed=True)
    assert len(platform.listings) == 1
    stored = last_run(assistant.store, "calm")
    assert stored is not None and stored > missed_from + timedelta(minutes=44)


@pytest.mark.parametrize("ago", [timedelta(minutes=10), timedelta(hours=2)])
async def test_no_run_at_start_when_none_is_due_or_it_is_an_interval_late(
    assistant: Assistant, ago: timedelta
) -> None:
    record_run(assistant.store, "calm", datetime.now(UTC) - ago)
    platform = Platform()
    await run_schedule_briefly(assistant, platform, until_listed=False)
    assert platform.listings == []


async def test_a_failed_sweep_is_not_recorded_as_the_last_run(assistant: Assistant) -> None:
    class Down(Platform):
        async def list_unanswered(self, *args: object, **kwargs: object) -> list:  # type: ignore[override]
            self.listings.append({})
            raise ConnectionError("reddit is down")

    missed_from = datetime.now(UTC) - timedelta(minutes=45)
    record_run(assistant.store, "calm", missed_from)
    platform = Down()
    await run_schedule_briefly(assistant, platform, until_listed=True)
    assert len(platform.listings) == 1
    assert last_run(assistant.store, "calm") == missed_from


async def test_stopping_lets_a_running_sweep_finish_and_record_its_run(
    assistant: Assistant,
) -> None:
    release = asyncio.Event()

    class Slow(Platform):
        async def list_unanswered(self, *args: object, **kwargs: object) -> list:  # type: ignore[override]
            self.listings.append({})
            await release.wait()
            return []

    record_run(assistant.store, "calm", datetime.now(UTC) - timedelta(minutes=45))
    platform = Slow()
    stop = asyncio.Event()
    task = asyncio.create_task(
        run_sweep_schedule(assistant, {"reddit": platform}, [assistant.community("calm")], stop)
    )
    for _ in range(300):
        if platform.listings:
            break
        await asyncio.sleep(0.01)
    before = last_run(assistant.store, "calm")
    stop.set()
    await asyncio.sleep(0.1)
    assert not task.done()  # waiting for the sweep in flight, not cancelling it
    release.set()
    await asyncio.wait_for(task, timeout=5)
    after = last_run(assistant.store, "calm")
    assert before is not None and after is not None and after > before


@pytest.mark.parametrize("field", ["8", "mon-", "5-1", "x", "*/0", "1/y"])
def test_a_bad_weekday_field_is_a_clear_error(field: str) -> None:
    with pytest.raises(ValueError, match=r"day of week|day-of-week"):
        cron_weekdays(field)
