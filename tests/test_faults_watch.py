"""The fault matrix, the watchers' and the alert queue's part (issue 14): the real praw and
discord.py against the stand-ins, the real store, faults injected on the wire or in the database
file, each scenario bounded in time. Every scenario counts posts never screened, crisis alerts
never sent and alerts sent twice (goal: 0, 0, 0). `scripts/test-faults` runs them."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.standins.reddit import RedditStandIn
from tests.test_reddit_watch import (
    CRISIS,
    ORDINARY,
    SUB,
    Running,
    alerts,
    build,
    community,
    crisis_gate_ready,
    no_sleep,
    reddit,
    screened,
    until,
)

__all__ = ["crisis_gate_ready", "no_sleep", "reddit"]  # the fixtures, shared

pytestmark = pytest.mark.faults


def key(item: Any) -> str:
    return f"reddit:{item.fullname}"


async def lose_nothing(
    tmp_path: Path,
    reddit: RedditStandIn,
    *,
    count: int,
    crisis_every: int,
    during: Callable[[Any, Path], Any] | None = None,
    after: Callable[[Any, Path], Any] | None = None,
    timeout: float = 90.0,
    **options: Any,
) -> None:
    """Post `count` items at once (every `crisis_every`-th a crisis) while a fault is on; each
    must be screened once, each crisis alerted once."""
    world = reddit.world
    assistant, adapter = build(
        tmp_path,
        reddit,
        communities=[community(watch=("submissions",))],
        alert_retry_max=0.2,
        **options,
    )
    async with Running(adapter):
        first = world.add_submission(SUB, "hello", ORDINARY)
        await until(lambda: screened(assistant, key(first)))
        undo = during(world, tmp_path) if during else None
        posts = [
            world.add_submission(
                SUB,
                f"post {i}",
                CRISIS if i % crisis_every == 0 else ORDINARY,
                author=f"user{i}",
            )
            for i in range(count)
        ]
        crises = len([i for i in range(count) if i % crisis_every == 0])
        await asyncio.sleep(0.5)
        if after:
            after(undo, tmp_path)
        await until(lambda: all(screened(assistant, key(p)) for p in posts), timeout=timeout)
        await until(lambda: len(alerts(reddit)) == crises, timeout=timeout)
        await asyncio.sleep(0.3)
    lost = [p for p in posts if not screened(assistant, key(p))]
    assert lost == []
    assert len(alerts(reddit)) == crises  # none twice
    assert assistant.store.pending_alerts() == []
    keys = [row["post_key"] for row in assistant.store.audit_rows("screen")]
    assert len(keys) == len(set(keys))


async def test_a_burst_of_1000_posts(tmp_path: Path, reddit: RedditStandIn) -> None:
    await lose_nothing(tmp_path, reddit, count=1000, crisis_every=20, timeout=180)


async def test_reddit_429_with_its_headers_during_a_burst(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    headers = {"x-ratelimit-remaining": "0", "x-ratelimit-used": "100", "x-ratelimit-reset": "3"}
    await lose_nothing(
        tmp_path,
        reddit,
        count=250,
        crisis_every=25,
        during=lambda world, _: world.fail("/new", 429, times=3, headers=headers),
    )


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_reddit_5xx_during_a_burst(
    tmp_path: Path, reddit: RedditStandIn, status: int
) -> None:
    await lose_nothing(
        tmp_path,
        reddit,
        count=250,
        crisis_every=25,
        during=lambda world, _: world.fail("/new", status, times=6),
    )


async def test_a_dropped_stream_during_a_burst(tmp_path: Path, reddit: RedditStandIn) -> None:
    await lose_nothing(
        tmp_path,
        reddit,
        count=250,
        crisis_every=25,
        during=lambda world, _: world.fail("/new", 200, times=4, drop=True),
    )


async def test_a_modmail_outage_longer_than_the_retry_budget(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    def outage(world: Any, _: Path) -> Any:
        world.fail("/api/compose", 503, times=100_000)
        return world

    await lose_nothing(
        tmp_path,
        reddit,
        count=60,
        crisis_every=10,
        during=outage,
        after=lambda world, _: asyncio.get_running_loop().call_later(2.0, world.failures.clear),
    )


async def test_the_store_locked_by_another_process_for_a_while(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    def lock(_: Any, path: Path) -> sqlite3.Connection:
        locker = sqlite3.connect(path / "llumi.db", isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        return locker

    def unlock(locker: sqlite3.Connection, _: Path) -> None:
        def release() -> None:
            locker.execute("ROLLBACK")
            locker.close()

        asyncio.get_running_loop().call_later(2.0, release)

    await lose_nothing(
        tmp_path,
        reddit,
        count=60,
        crisis_every=10,
        during=lock,
        after=unlock,
        store_busy_timeout=0.2,
    )


def _start_bot(tmp_path: Path, reddit: RedditStandIn) -> Any:
    import os
    import subprocess
    import sys

    from tests.standins.reddit import credentials_env

    communities = tmp_path / "communities.toml"
    communities.write_text(
        f'[[community]]\nname = "dh"\nplatform = "reddit"\nsubreddit = "{SUB}"\n'
        'locale = "en-US"\nwatch = ["submissions"]\n',
        "utf-8",
    )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("REDDIT_", "LLUMI_"))},
        **credentials_env(reddit),
        "LLUMI_DB": str(tmp_path / "llumi.db"),
        "LLUMI_COMMUNITIES": str(communities),
        "LLUMI_REDDIT_POLL": "0.2",
        "LLUMI_ALERT_RETRY_MAX": "0.5",
        "OLLAMA_HOST": "http://127.0.0.1:9",
    }
    script = "from bot.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", script, "-v", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def test_sigkill_while_the_conversation_is_looked_up_sends_no_duplicate(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    """SIGKILL after modmail took the alert, while its conversation is being looked up: the
    alert was marked sent first, so the restarted bot does not send it again."""
    import signal

    world = reddit.world
    first = world.add_submission(SUB, "hello", ORDINARY)
    bot = _start_bot(tmp_path, reddit)
    try:
        await until(lambda: any(r.path.endswith("/new") for r in world.requests), timeout=60)
        await until(
            lambda: any("/api/mod/conversations" in r.path for r in world.requests), timeout=60
        )
        await asyncio.sleep(1.0)  # the first modmail poll is over (the next in 30 s)
        release = world.hold("/api/mod/conversations")
        crisis = world.add_submission(SUB, "goodbye", CRISIS, author="poster")
        await until(lambda: len(alerts(reddit)) == 1, timeout=60)
        await asyncio.sleep(1.0)
        bot.send_signal(signal.SIGKILL)
        bot.wait(10)
        release.set()
        bot = _start_bot(tmp_path, reddit)
        later = world.add_submission(SUB, "later", ORDINARY)
        store_path = tmp_path / "llumi.db"

        def screened_later() -> bool:
            db = sqlite3.connect(store_path)
            try:
                row = db.execute(
                    "SELECT 1 FROM screenings WHERE post_key = ?", (key(later),)
                ).fetchone()
            finally:
                db.close()
            return row is not None

        await until(screened_later, timeout=60)
        await asyncio.sleep(2.0)  # time for a resend, if the alert had stayed pending
    finally:
        bot.send_signal(signal.SIGTERM)
        bot.wait(30)
    assert len(alerts(reddit)) == 1
    db = sqlite3.connect(tmp_path / "llumi.db")
    states = db.execute("SELECT state FROM alerts WHERE post_key = ?", (key(crisis),)).fetchall()
    db.close()
    assert states == [("sent",)]
    del first
