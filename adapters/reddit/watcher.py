"""Watching the configured subreddits, streamed as one (r/a+b+c): screen every new item once.

PRAW's streams stop for good on the first exception; this uses PRAW 8's `stream_generator` with an
`exception_handler` (transient errors: keep going with PRAW's backoff; repeated or fatal ones:
end the stream, which is restarted here with a longer backoff) and `continue_after_id` (the last
fullname seen, persisted in the store), so after a crash nothing posted while down is missed, up to
the listing's depth, and the high-water mark keeps anything from being screened twice. The first
start in a subreddit screens the community's `backfill` (default 24 h).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import praw
from praw.models.util import stream_generator
from prawcore.exceptions import Forbidden, InvalidToken, OAuthException, TooManyRequests

from adapters.reddit.client import PrawThread, describe_error
from adapters.reddit.config import reddit_settings
from adapters.reddit.convert import created, edited_stamp, field, gone, subreddit_name, to_post
from bot.config import Community
from bot.core.domain import Post
from bot.core.ports import Checkpoints

log = logging.getLogger(__name__)

FATAL = (Forbidden, InvalidToken, OAuthException)
TRANSIENT_IN_A_ROW = 3  # then the stream ends and is restarted by the watcher with backoff
EMPTY = "t0_0"  # the position after a first start that found nothing to backfill


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
        return "+".join(sorted(reddit_settings(c).subreddit for c in self.communities.values()))

    @property
    def key(self) -> str:
        return f"reddit:{self.kind}:{self.multireddit.lower()}"


class Watcher:
    """One stream (submissions or comments of several subreddits), screened via `observe`."""

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
        self._in_a_row = 0
        self.screened = 0

    # -- positions -------------------------------------------------------------------------

    def _cutoff(self, community: Community) -> datetime:
        """Items older than this are never screened: the first start's backfill horizon."""
        key = f"reddit:backfill-from:{community.name}"
        stored = self.store.get_position(key)
        if stored is None:
            stored = (self.clock() - reddit_settings(community).backfill).isoformat()
            self.store.set_position(key, stored)
        return datetime.fromisoformat(stored)

    # -- the stream (runs in the PRAW thread) ----------------------------------------------

    def _on_error(self, exc: Exception) -> None:
        """PRAW's exception_handler: record, respect rate limits, end the stream when needed."""
        reason = describe_error(exc)
        self.health.failed(self.spec.key, reason)
        log.warning("reddit %s stream error: %s", self.spec.kind, reason)
        if self.halt.is_set() or isinstance(exc, FATAL):
            raise exc
        if isinstance(exc, TooManyRequests) and "x-ratelimit-remaining" not in exc.response.headers:
            # with Reddit's x-ratelimit-* headers prawcore itself waits for the reset before the
            # next request; without them, honour retry-after (or wait a minute)
            time.sleep(min(float(exc.retry_after or 60), 600.0))
        self._in_a_row += 1
        if self._in_a_row >= TRANSIENT_IN_A_ROW:
            raise exc

    def _generator(self) -> Iterator[Any]:
        subreddit = self.reddit.subreddit(self.spec.multireddit)
        function = subreddit.new if self.spec.kind == "submissions" else subreddit.comments
        position = self.store.get_position(self.spec.key)
        return stream_generator(
            function,
            continue_after_id=position if position != EMPTY else None,
            exception_handler=self._on_error,
            pause_after=0,
        )

    def _next(self, stream: Iterator[Any]) -> tuple[Any, str] | None:
        try:
            item = next(stream)
        except StopIteration:  # a StopIteration cannot cross into an asyncio future
            raise RuntimeError("the stream ended") from None
        self._in_a_row = 0
        if item is None:
            return None
        return item, item.fullname

    # -- the loop (event loop side) --------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                if self.store.get_position(self.spec.key) is None:
                    await self._backfill()
                stream = self._generator()
                while not stop.is_set():
                    got = await self.runner.call(self._next, stream)
                    self.health.ok(self.spec.key)
                    failures = 0
                    if got is None:
                        await _wait(stop, self.poll_interval)
                        continue
                    await self._handle(*got)
            except Exception as exc:  # the stream ended: restart it after a backoff
                if stop.is_set():
                    break
                failures += 1
                self.health.failed(self.spec.key, describe_error(exc))
                delay = min(self.backoff_base * 2 ** min(failures, 10), 300.0)
                if isinstance(exc, TooManyRequests) and exc.retry_after:
                    delay = max(delay, min(float(exc.retry_after), 600.0))
                log.warning(
                    "reddit %s stream stopped (%s); restarting in %.0fs",
                    self.spec.kind,
                    describe_error(exc),
                    delay,
                )
                await _wait(stop, delay)

    async def _backfill(self) -> None:
        """First start: screen the communities' `backfill` window, paging past the 100 items a
        stream's first request sees (up to Reddit's listing depth of 1000)."""
        horizon = min(self._cutoff(c) for c in self.spec.communities.values())
        subreddit = self.reddit.subreddit(self.spec.multireddit)
        function = subreddit.new if self.spec.kind == "submissions" else subreddit.comments

        def collect() -> list[tuple[Any, str]]:
            found = []
            for item in function(limit=1000):
                when = created(item)
                if when is not None and when < horizon:
                    break
                found.append((item, item.fullname))
            return found

        items = await self.runner.call(collect)
        for item, fullname in sorted(items, key=lambda pair: id36(pair[1])):
            await self._handle(item, fullname)
        if not items:  # nothing in the window: later items are new
            self.store.set_position(self.spec.key, EMPTY)
        log.info("reddit %s backfill: %d items", self.spec.kind, len(items))

    async def _handle(self, item: Any, fullname: str) -> None:
        position = self.store.get_position(self.spec.key)
        if position is not None and id36(fullname) <= id36(position):
            return  # seen before a restart
        community = self.spec.communities.get(subreddit_name(item).lower())
        if community is not None:
            await self._screen(item, community)
        if position is None or id36(fullname) > id36(position):
            self.store.set_position(self.spec.key, fullname)

    async def _screen(self, item: Any, community: Community) -> None:
        post = to_post(item, community.name)
        if post.created_at is not None and post.created_at < self._cutoff(community):
            return
        if gone(item) is not None:
            self.forget(post.key)  # deleted on Reddit
            return
        try:
            await self.observe(post)
            self.screened += 1
        except Exception:
            log.exception("screening %s failed", post.key)

    async def recheck(self) -> None:
        """Screen edited items again (observe re-screens only when the text changed) and forget
        deleted ones: one listing request."""
        subreddit = self.reddit.subreddit(self.spec.multireddit)
        function = subreddit.new if self.spec.kind == "submissions" else subreddit.comments
        items = await self.runner.call(lambda: list(function(limit=100)))
        for item in items:
            community = self.spec.communities.get(subreddit_name(item).lower())
            if community is None:
                continue
            if gone(item) is not None:
                self.forget(f"reddit:{item.fullname}")
            elif edited_stamp(item) and field(item, "created_utc"):
                await self._screen(item, community)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=max(seconds, 0.0))


__all__ = ["Health", "StreamSpec", "Watcher", "timedelta"]
