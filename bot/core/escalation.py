"""Escalation: a crisis post reaches its community's moderators once, whatever fails meanwhile.

The intent is recorded before sending; delivery is tried a few times with backoff, and what
still fails stays pending for `resend_pending` (after a crash, a restart, a reconnect). One lock
per post, so a watcher, a helper's command and a resend never deliver the same alert twice; a
later alert about the same author within JOIN_WINDOW joins the earlier conversation.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Mapping
from datetime import timedelta

from bot.core.domain import Alert, Post, utcnow
from bot.core.ports import ModeratorAlerts
from bot.store import AlertRecord, Store
from policies.crisis import CrisisGate
from policies.levels import Screening
from policies.resources import CrisisLine

log = logging.getLogger(__name__)

JOIN_WINDOW = timedelta(hours=6)
DELIVERY_ATTEMPTS = 3


class Escalation:
    """Alerts to moderators: the sinks each platform registers, the locks, retries and resend."""

    def __init__(
        self,
        store: Store,
        *,
        resources_for: Callable[[Post], tuple[CrisisLine, ...]],
        gate_for: Callable[[str], CrisisGate],
        backoff: float = 1.0,
    ) -> None:
        self.store = store
        self._resources_for = resources_for
        self._gate_for = gate_for
        self._backoff = backoff
        self._sinks: dict[str, ModeratorAlerts] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    def register(self, platform: str, sink: ModeratorAlerts) -> None:
        """Alerts for `platform` go to `sink` (Reddit modmail, a Discord channel, the console)."""
        self._sinks[platform] = sink

    async def escalate(
        self, post: Post, screening: Screening, *, reason: str, ping: bool
    ) -> AlertRecord:
        lock = self._locks.setdefault(post.key, asyncio.Lock())
        async with lock:
            existing = self.store.alert_for_post(post.key)
            if existing is not None and existing.level >= screening.level:
                if existing.state == "pending":
                    await self._deliver(existing, post, screening)
                return self.store.get_alert(existing.id) or existing
            earlier = self.store.recent_alert_by_author(
                post.community, post.author, utcnow() - JOIN_WINDOW
            )
            joins = None
            if (
                earlier is not None
                and earlier.post_key != post.key
                and earlier.level >= screening.level
                and earlier.ref
            ):
                joins = earlier.ref
            alert_id = "a-" + uuid.uuid4().hex[:10]
            self.store.create_alert(
                alert_id=alert_id,
                community=post.community,
                platform=post.platform,
                post_key=post.key,
                author=post.author,
                level=screening.level,
                reason=reason,
                ping=ping,
                joins=joins,
            )
            record = self.store.get_alert(alert_id)
            assert record is not None
            self.store.audit(
                "alert-intent",
                community=post.community,
                post_key=post.key,
                level=screening.level,
                detail=f"{alert_id} {reason}" + (f" joins {joins}" if joins else ""),
            )
            await self._deliver(record, post, screening)
            return self.store.get_alert(alert_id) or record

    async def _deliver(self, record: AlertRecord, post: Post, screening: Screening) -> bool:
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
        for attempt in range(1, DELIVERY_ATTEMPTS + 1):
            self.store.note_alert_attempt(record.id)
            try:
                ref = await sink.send_alert(alert)
            except Exception as exc:  # the platform's errors vary; the alert must survive them
                log.warning(
                    "alert %s delivery attempt %d failed: %s",
                    record.id,
                    attempt,
                    type(exc).__name__,
                )
                if attempt < DELIVERY_ATTEMPTS:
                    await asyncio.sleep(self._backoff * 2 ** (attempt - 1))
                continue
            self.store.mark_alert_sent(record.id, ref)
            self.store.audit(
                "alert-sent",
                community=record.community,
                post_key=record.post_key,
                level=record.level,
                detail=f"{record.id} ref={ref}",
            )
            log.info("alert %s sent for %s (%s)", record.id, record.post_key, record.level.label)
            return True
        log.error(
            "alert %s not delivered after %d attempts; it stays pending",
            record.id,
            DELIVERY_ATTEMPTS,
        )
        return False

    async def resend_pending(
        self, posts: Mapping[str, Post] | None = None, *, platform: str | None = None
    ) -> int:
        """Deliver alerts whose intent was recorded but never sent (a crash, a platform outage).

        The post text is not stored with an alert, so the adapter passes the posts it fetched
        again (by key); without one, a minimal post with the stored link is used. Each alert is
        resent under its post's escalation lock, so two adapters resending at once (or a watcher
        escalating the same post) never deliver it twice."""
        sent = 0
        for record in self.store.pending_alerts():
            if platform is not None and record.platform != platform:
                continue
            lock = self._locks.setdefault(record.post_key, asyncio.Lock())
            async with lock:
                current = self.store.get_alert(record.id)
                if current is None or current.state != "pending":
                    continue
                sent += await self._resend(current, posts)
        return sent

    async def _resend(self, record: AlertRecord, posts: Mapping[str, Post] | None) -> int:
        stored = self.store.get_screening(record.post_key)
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
        return 1 if await self._deliver(record, post, screening) else 0
