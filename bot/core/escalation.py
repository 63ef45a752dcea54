"""Escalation: a crisis post reaches its community's moderators once, whatever fails meanwhile.

The intent is recorded before sending and the alert marked sent as soon as the platform took it
(a crash can repeat it only in that instant); where it landed is looked up afterwards. Delivery
is tried a few times at once, then `keep_delivering` retries what is pending on a backoff capped
at `retry_cap` seconds that never gives up; an alert that cannot be delivered is logged at ERROR
at once. Safety before deduplication: when the store cannot record (a full disk, a lock), the
alert is sent anyway, its intent kept in memory (logged CRITICAL) and recorded when the store
returns. One lock per post, so a watcher, a helper's command and a resend never deliver the same
alert twice; a later alert about the same author within JOIN_WINDOW joins the earlier one.
Store calls run in a worker thread: a locked database never stalls the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from bot.core.domain import Alert, Post, utcnow
from bot.core.ports import AlertLocator, ModeratorAlerts, ModeratorFallback
from bot.store import STORE_ERRORS, AlertRecord, Store
from policies.crisis import CrisisGate
from policies.levels import Screening
from policies.resources import CrisisLine

log = logging.getLogger(__name__)

JOIN_WINDOW = timedelta(hours=6)
DELIVERY_ATTEMPTS = 3  # at once, before the alert is left to `keep_delivering`
RETRY_CAP = 60.0  # seconds: the longest wait between two tries of a pending alert
T = TypeVar("T")


class Escalation:
    """Alerts to moderators: the sinks each platform registers, the locks, retries and resend."""

    def __init__(
        self,
        store: Store,
        *,
        resources_for: Callable[[Post], tuple[CrisisLine, ...]],
        gate_for: Callable[[str], CrisisGate],
        backoff: float = 1.0,
        retry_cap: float = RETRY_CAP,
    ) -> None:
        self.store = store
        self._resources_for = resources_for
        self._gate_for = gate_for
        self._backoff = backoff
        self.retry_cap = retry_cap
        self._sinks: dict[str, ModeratorAlerts] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._memory: dict[str, AlertRecord] = {}  # post key -> alert the store could not record
        self._sent_at: dict[str, datetime] = {}  # alert id -> when sent, for those in memory
        self._undeliverable: set[str] = set()  # alert ids already logged at ERROR

    def register(self, platform: str, sink: ModeratorAlerts) -> None:
        """Alerts for `platform` go to `sink` (Reddit modmail, a Discord channel, the console)."""
        self._sinks[platform] = sink

    # -- the store, off the event loop ------------------------------------------------------

    async def _db(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await asyncio.to_thread(call, *args, **kwargs)

    async def _read(self, call: Callable[..., T], *args: Any, default: T) -> T:
        """A read that may fail with the store: alerting goes on without it."""
        try:
            return await self._db(call, *args)
        except STORE_ERRORS as exc:
            log.error("the store cannot be read (%s); alerting without it", type(exc).__name__)
            return default

    async def _audit(self, event: str, record: AlertRecord, detail: str) -> None:
        with contextlib.suppress(*STORE_ERRORS):  # the audit never holds an alert back
            await self._db(
                self.store.audit,
                event,
                community=record.community,
                post_key=record.post_key,
                level=record.level,
                detail=detail,
            )

    def _kept(self, record: AlertRecord) -> bool:
        kept = self._memory.get(record.post_key)
        return kept is not None and kept.id == record.id

    async def _current(self, record: AlertRecord) -> AlertRecord:
        if self._kept(record):
            return self._memory[record.post_key]
        return await self._read(self.store.get_alert, record.id, default=None) or record

    # -- escalating ---------------------------------------------------------------------------

    async def escalate(
        self, post: Post, screening: Screening, *, reason: str, ping: bool
    ) -> AlertRecord:
        lock = self._locks.setdefault(post.key, asyncio.Lock())
        async with lock:
            existing = self._memory.get(post.key) or await self._read(
                self.store.alert_for_post, post.key, default=None
            )
            if existing is not None and existing.level >= screening.level:
                if existing.state == "pending":
                    await self._deliver(existing, post, screening)
                return await self._current(existing)
            earlier = await self._read(
                self.store.recent_alert_by_author,
                post.community,
                post.author,
                utcnow() - JOIN_WINDOW,
                default=None,
            )
            joins = None
            if (
                earlier is not None
                and earlier.post_key != post.key
                and earlier.level >= screening.level
                and earlier.ref
            ):
                joins = earlier.ref
            record = AlertRecord(
                id="a-" + uuid.uuid4().hex[:10],
                community=post.community,
                platform=post.platform,
                post_key=post.key,
                author=post.author,
                level=screening.level,
                reason=reason,
                ping=ping,
                state="pending",
                ref=None,
                joins=joins,
                created_at=utcnow(),
                claimed_by=None,
            )
            try:
                await self._db(
                    self.store.create_alert,
                    alert_id=record.id,
                    community=record.community,
                    platform=record.platform,
                    post_key=record.post_key,
                    author=record.author,
                    level=record.level,
                    reason=reason,
                    ping=ping,
                    joins=joins,
                )
            except STORE_ERRORS as exc:
                log.critical(
                    "the store cannot record alert %s (%s): delivering it anyway; its intent is"
                    " kept in memory and recorded when the store returns",
                    record.id,
                    type(exc).__name__,
                )
                self._memory[post.key] = record
            else:
                await self._audit(
                    "alert-intent",
                    record,
                    f"{record.id} {reason}" + (f" joins {joins}" if joins else ""),
                )
            await self._deliver(record, post, screening)
            return await self._current(record)

    async def _deliver(
        self,
        record: AlertRecord,
        post: Post,
        screening: Screening,
        attempts: int = DELIVERY_ATTEMPTS,
    ) -> bool:
        sink = self._sinks.get(record.platform)
        if sink is None:
            log.warning(
                "no alert delivery for platform %s: alert %s stays pending",
                record.platform,
                record.id,
            )
            return False
        alert = Alert(
            id=record.id,
            community=record.community,
            post=post,
            screening=screening,
            resources=self._resources_for(post),
            joins=record.joins,
            ping=record.ping,
            reason=record.reason,
        )
        for attempt in range(1, attempts + 1):
            if not self._kept(record):
                with contextlib.suppress(*STORE_ERRORS):
                    await self._db(self.store.note_alert_attempt, record.id)
            try:
                ref = await sink.send_alert(alert)
            except Exception as exc:  # the platform's errors vary; the alert must survive them
                log.warning(
                    "alert %s delivery attempt %d failed: %s",
                    record.id,
                    attempt,
                    type(exc).__name__,
                )
                if attempt < attempts:
                    await asyncio.sleep(self._backoff * 2 ** (attempt - 1))
                continue
            await self._mark_sent(record, ref)
            if record.id in self._undeliverable:
                self._undeliverable.discard(record.id)
                log.warning("alert %s delivered after all", record.id)
            await self._locate(sink, record, ref)
            return True
        if record.id not in self._undeliverable:
            self._undeliverable.add(record.id)
            log.error(
                "alert %s (%s in %s) cannot be delivered to the moderators now; llumi keeps"
                " retrying, at least once a minute (llumi doctor lists it)",
                record.id,
                record.level.label,
                record.community,
            )
            await self._other_route(sink, alert)
        return False

    async def _other_route(self, sink: ModeratorAlerts, alert: Alert) -> None:
        """Once per undeliverable alert: the same community's moderators, another way."""
        if not isinstance(sink, ModeratorFallback):
            return
        try:
            reached = await sink.tell_moderators_directly(alert)
        except Exception as exc:  # the usual route keeps being retried whatever happens here
            log.error("alert %s: the other route failed too (%s)", alert.id, type(exc).__name__)
            return
        log.error(
            "alert %s: %d moderator(s) of %s told directly while the usual route fails",
            alert.id,
            reached,
            alert.community,
        )

    async def _mark_sent(self, record: AlertRecord, ref: str) -> None:
        """Sent: recorded at once (the duplicate window is the send instant only)."""
        if not self._kept(record):
            try:
                await self._db(self.store.mark_alert_sent, record.id, ref)
            except STORE_ERRORS as exc:
                log.critical(
                    "alert %s was delivered but the store cannot record it (%s): kept in"
                    " memory and recorded when the store returns",
                    record.id,
                    type(exc).__name__,
                )
                self._memory[record.post_key] = record
        if self._kept(record):
            self._memory[record.post_key] = replace(record, state="sent", ref=ref)
            self._sent_at[record.id] = utcnow()
            await self.record_kept()
        await self._audit("alert-sent", record, f"{record.id} ref={ref}")
        log.info("alert %s sent for %s (%s)", record.id, record.post_key, record.level.label)

    async def _locate(self, sink: ModeratorAlerts, record: AlertRecord, ref: str) -> None:
        """After marking it sent: where the alert landed, for later alerts to join."""
        if not isinstance(sink, AlertLocator):
            return
        try:
            better = await sink.locate_alert(ref)
        except Exception as exc:  # a lookup that fails leaves the first reference, still usable
            log.warning("could not locate alert %s: %s", record.id, type(exc).__name__)
            return
        if not better:
            return
        if self._kept(record):
            self._memory[record.post_key] = replace(self._memory[record.post_key], ref=better)
            return
        with contextlib.suppress(*STORE_ERRORS):
            await self._db(self.store.update_alert_ref, record.id, better)

    async def record_kept(self) -> int:
        """Write the alerts kept in memory while the store could not; returns how many."""
        written = 0
        for key, record in list(self._memory.items()):
            try:
                await self._db(
                    self.store.record_alert, record, sent_at=self._sent_at.get(record.id)
                )
            except STORE_ERRORS:
                return written  # still cannot: kept for the next try
            self._memory.pop(key, None)
            self._sent_at.pop(record.id, None)
            written += 1
            log.warning("alert %s kept in memory is recorded now", record.id)
            await self._audit(f"alert-{record.state}-recorded-late", record, record.id)
        return written

    # -- resending ----------------------------------------------------------------------------

    async def pending(self, platform: str | None = None) -> list[AlertRecord]:
        """Alerts not delivered yet: recorded ones and those kept in memory."""
        records: list[AlertRecord] = await self._read(self.store.pending_alerts, default=[])
        records += [r for r in self._memory.values() if r.state == "pending"]
        return [r for r in records if platform is None or r.platform == platform]

    async def resend_pending(
        self,
        posts: Mapping[str, Post] | None = None,
        *,
        platform: str | None = None,
        attempts: int = DELIVERY_ATTEMPTS,
    ) -> int:
        """Deliver alerts whose intent was recorded but never sent (a crash, a platform outage).

        The post text is not stored with an alert, so the adapter passes the posts it fetched
        again (by key); without one, a minimal post with the stored link is used. Each alert is
        resent under its post's escalation lock, so two adapters resending at once (or a watcher
        escalating the same post) never deliver it twice."""
        sent = 0
        for record in await self.pending(platform):
            if record.platform not in self._sinks:
                continue
            lock = self._locks.setdefault(record.post_key, asyncio.Lock())
            async with lock:
                if self._kept(record):
                    current: AlertRecord | None = self._memory[record.post_key]
                else:
                    current = await self._read(self.store.get_alert, record.id, default=None)
                if current is None or current.state != "pending":
                    continue
                sent += await self._resend(current, posts, attempts)
        return sent

    async def _resend(
        self, record: AlertRecord, posts: Mapping[str, Post] | None, attempts: int
    ) -> int:
        stored = await self._read(self.store.get_screening, record.post_key, default=None)
        post = (posts or {}).get(record.post_key) or Post(
            key=record.post_key,
            community=record.community,
            text="",
            author=record.author,
            url=stored.url if stored else "",
            platform=record.platform,
        )
        screening = stored.screening if stored else Screening(level=record.level)
        if post.text:
            screening = self._gate_for(post.community).screen(post.full_text)
        return 1 if await self._deliver(record, post, screening, attempts) else 0

    async def keep_delivering(self, stop: asyncio.Event) -> None:
        """Until `stop`: resend pending alerts, one try each per round, waiting twice as long
        after each round that left some undelivered, up to `retry_cap` seconds; it never gives
        up. Also writes alerts kept in memory once the store takes them."""
        delay = self._backoff
        while not stop.is_set():
            try:
                await self.record_kept()
                await self.resend_pending(attempts=1)
                left = [r for r in await self.pending() if r.platform in self._sinks]
                left += [r for r in self._memory.values() if r.state != "pending"]  # to record
            except Exception:  # this loop must outlive anything one round meets
                log.exception("resending pending alerts failed")
                left = []
            if left:
                delay = min(max(delay * 2, 0.1), self.retry_cap)
                log.info("%d alert(s) not sent or not recorded; again in %.1fs", len(left), delay)
            else:
                delay = self._backoff
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay if left else self.retry_cap)
