"""Watching the configured subreddits, listed as one (r/a+b+c): screen every new item once.

A PRAW stream is not a complete record: after an empty poll `stream_generator` forgets `before`
and asks for the newest 100, and `before` pointing at a removed post returns nothing, so a burst
of more than a page, or an anchor removed while the bot was down, leaves a gap. So each poll
reads the newest page and pages back (`after`) until it reaches the high-water mark (compared by
id, so a removed anchor does not matter) or the backfill horizon, then screens oldest first. The
mark (the last fullname recorded, persisted in the store) only moves over items whose screening
was recorded: a store error leaves the item, and everything after it, to the next poll.
Store work runs in a worker thread, PRAW in its own thread; the event loop never waits on either.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import praw
from prawcore.exceptions import TooManyRequests

from adapters.reddit.client import PrawThread, describe_error
from adapters.reddit.convert import created, edited_stamp, field, gone, subreddit_name, to_post
from bot.config import Community
from bot.core.domain import Post
from bot.core.ports import Checkpoints
from bot.store import STORE_ERRORS

log = logging.getLogger(__name__)

LISTING_DEPTH = 1000  # Reddit lists no further back than this
EMPTY = "t0_0"  # the position after a first start that found nothing to backfill
BUG_RETRIES = 5  # an item whose screening raises something other than a store error, then skipped


def id36(fullname: str) -> int:
    return int(fullname.split("_", 1)[1], 36)


class Health:
    """Since when, and why, each stream has been failing (for doctor() and the outage modmail)."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        self.clock = clock
        self._failing: dict[str, tuple[datetime, str]] = {}
        self._lock = threading.Lock()

    def failed(self, stream: str, reason: str) -> None:
        with self._lock:
            since = self._failing.get(stream, (self.clock(), reason))[0]
            self._failing[stream] = (since, reason)

    def ok(self, stream: str) -> None:
        with self._lock:
            self._failing.pop(stream, None)

    def failing(self) -> dict[str, tuple[datetime, str]]:
        with self._lock:
            return dict(self._failing)


@dataclass
class StreamSpec:
    kind: str  # "submissions" or "comments"
    communities: dict[str, Community]  # lower subreddit -> community

    @property
    def multireddit(self) -> str:
        return "+".join(sorted(c.subreddit for c in self.communities.values()))

    @property
    def key(self) -> str:
        return f"reddit:{self.kind}:{self.multireddit.lower()}"


class StreamWatcher:
    """One listing (submissions or comments of several subreddits), screened via `observe`."""

    def __init__(
        self,
        reddit: praw.Reddit,
        runner: PrawThread,
        spec: StreamSpec,
        *,
        observe: Callable[[Post], Any],
        forget: Callable[[str], None],
        store: Checkpoints,
        health: Health,
        poll_interval: float,
        backoff_base: float,
        clock: Callable[[], datetime],
    ) -> None:
        self.reddit = reddit
        self.runner = runner
        self.spec = spec
        self.observe = observe
        self.forget = forget
        self.store = store
        self.health = health
        self.poll_interval = poll_interval
        self.backoff_base = backoff_base
        self.clock = clock
        self.halt = threading.Event()
        self.screened = 0
        self._failed: dict[str, int] = {}  # post key -> screenings that raised (not store errors)
        self._cutoffs: dict[str, datetime] = {}

    # -- positions (the store, in a worker thread) -----------------------------------------

    async def _cutoff(self, community: Community) -> datetime:
        """Items older than this are never screened: the first start's backfill horizon."""
        if community.name in self._cutoffs:  # set once, on the first start
            return self._cutoffs[community.name]
        key = f"reddit:backfill-from:{community.name}"
        stored = await asyncio.to_thread(self.store.get_position, key)
        if stored is None:
            stored = (self.clock() - community.backfill).isoformat()
            await asyncio.to_thread(self.store.set_position, key, stored)
        self._cutoffs[community.name] = datetime.fromisoformat(stored)
        return self._cutoffs[community.name]

    async def _mark(self) -> str | None:
        return await asyncio.to_thread(self.store.get_position, self.spec.key)

    async def _set_mark(self, fullname: str) -> None:
        await asyncio.to_thread(self.store.set_position, self.spec.key, fullname)

    # -- reading (in the PRAW thread) ------------------------------------------------------

    def _listing(self) -> Any:
        subreddit = self.reddit.subreddit(self.spec.multireddit)
        return subreddit.new if self.spec.kind == "submissions" else subreddit.comments

    def _since(self, mark: str | None, horizon: datetime) -> list[Any]:
        """Every item newer than `mark` and not older than `horizon`, oldest first: the newest
        page, then pages back with `after` while the last page did not reach either."""
        floor = id36(mark) if mark is not None else -1
        found: dict[str, Any] = {}
        reached = False
        for item in self._listing()(limit=LISTING_DEPTH):
            if self.halt.is_set():
                raise RuntimeError("stopping")
            when = created(item)
            if id36(item.fullname) <= floor or (when is not None and when < horizon):
                reached = True
                break
            found.setdefault(item.fullname, item)
        if not reached and len(found) >= LISTING_DEPTH:
            log.error(
                "reddit %s: more than %d new items since the last poll; older ones are beyond"
                " Reddit's listing depth and cannot be screened",
                self.spec.kind,
                LISTING_DEPTH,
            )
        return sorted(found.values(), key=lambda item: id36(item.fullname))

    # -- the loop (event loop side) --------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                await self.poll()
            except Exception as exc:  # the platform's errors vary: keep polling, with backoff
                if stop.is_set():
                    break
                failures += 1
                self.health.failed(self.spec.key, describe_error(exc))
                delay = min(self.backoff_base * 2 ** min(failures - 1, 10), 300.0)
                if isinstance(exc, TooManyRequests):
                    if "x-ratelimit-remaining" not in exc.response.headers:
                        # with Reddit's x-ratelimit-* headers prawcore itself waits for the reset
                        # before the next request; without them, honour retry-after (or a minute),
                        # in the PRAW thread: the quota is shared by everything the bot asks
                        wait = min(float(exc.retry_after or 60), 600.0)
                        await self.runner.call(time.sleep, wait)
                    delay = self.backoff_base
                log.warning(
                    "reddit %s poll failed (%s); again in %.0fs",
                    self.spec.kind,
                    describe_error(exc),
                    delay,
                )
                await _wait(stop, delay)
                continue
            failures = 0
            self.health.ok(self.spec.key)
            await _wait(stop, self.poll_interval)

    async def poll(self) -> int:
        """One poll: screen everything since the mark; move the mark over what was recorded.
        Returns how many items were read."""
        mark = await self._mark()
        first = mark is None
        cutoffs = [await self._cutoff(c) for c in self.spec.communities.values()]
        horizon = min(cutoffs)
        items = await self.runner.call(self._since, mark, horizon)
        recorded_so_far = True
        for item in items:
            recorded = await self._handle(item)
            if recorded and recorded_so_far:
                try:
                    await self._set_mark(item.fullname)
                except STORE_ERRORS as exc:  # the next poll reads from the old mark again
                    log.error("reddit %s position not saved (%s)", self.spec.kind, exc)
                    recorded_so_far = False
            else:  # never past an item not recorded: the next poll reads it (and those after)
                recorded_so_far = False
        if first:
            if not items:  # nothing in the window: later items are new
                await self._set_mark(EMPTY)
            log.info("reddit %s backfill: %d items", self.spec.kind, len(items))
        return len(items)

    async def _handle(self, item: Any) -> bool:
        """Screen one item; False when its screening was not recorded (retried next poll)."""
        community = self.spec.communities.get(subreddit_name(item).lower())
        if community is None:
            return True
        return await self._screen(item, community)

    async def _screen(self, item: Any, community: Community) -> bool:
        post = to_post(item, community.name)
        if post.created_at is not None and post.created_at < await self._cutoff(community):
            return True
        try:
            if gone(item) is not None:
                await asyncio.to_thread(self.forget, post.key)  # deleted on Reddit
                return True
            await self.observe(post)
        except STORE_ERRORS as exc:
            log.error(
                "screening %s was not recorded (%s: %s); it is tried again at the next poll",
                post.key,
                type(exc).__name__,
                exc,
            )
            return False
        except Exception:
            tries = self._failed[post.key] = self._failed.get(post.key, 0) + 1
            if tries < BUG_RETRIES:
                log.exception("screening %s failed (try %d); tried again", post.key, tries)
                return False
            log.exception("screening %s failed %d times: skipped", post.key, tries)
        self._failed.pop(post.key, None)
        self.screened += 1
        return True

    async def recheck(self) -> None:
        """Screen edited items again (observe re-screens only when the text changed) and forget
        deleted ones: one listing request."""
        function = self._listing()
        items = await self.runner.call(lambda: list(function(limit=100)))
        for item in items:
            community = self.spec.communities.get(subreddit_name(item).lower())
            if community is None:
                continue
            if gone(item) is not None:
                await asyncio.to_thread(self.forget, f"reddit:{item.fullname}")
            elif edited_stamp(item) and field(item, "created_utc"):
                await self._screen(item, community)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=max(seconds, 0.0))


__all__ = ["Health", "StreamSpec", "StreamWatcher", "timedelta"]
