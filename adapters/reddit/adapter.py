"""RedditAdapter: watcher + inbox + modmail, the ports the core calls, and `doctor()`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import praw

from adapters.reddit.client import MESSAGE_LIMIT, PrawThread, build_reddit, describe_error
from adapters.reddit.commands import HelperCommands
from adapters.reddit.config import RedditCredentials, reddit_settings
from adapters.reddit.delivery import REDDIT_ERRORS, ModeratorDelivery
from adapters.reddit.doctor import check
from adapters.reddit.inbox import Inbox
from adapters.reddit.unanswered import find_unanswered
from adapters.reddit.watcher import Health, StreamSpec, Watcher
from bot.config import Community, ConfigError, Settings
from bot.core.domain import Alert, Post, utcnow
from bot.core.ports import DeliveryError

if TYPE_CHECKING:
    from bot.core.assistant import Assistant

log = logging.getLogger(__name__)

OUTAGE_NOTICE_AFTER = timedelta(minutes=10)


class RedditAdapter:
    """Reddit for llumi: screens new posts, alerts moderators by modmail, answers commands."""

    name = "reddit"
    message_limit = MESSAGE_LIMIT

    def __init__(
        self,
        assistant: Assistant,
        settings: Settings,
        communities: Sequence[Community],
        *,
        credentials: RedditCredentials | None = None,
        reddit: praw.Reddit | None = None,
        poll_interval: float | None = None,
        inbox_interval: float = 15.0,
        modmail_interval: float = 30.0,
        recheck_interval: float = 300.0,
        backoff_base: float = 5.0,
        shutdown_grace: float = 20.0,
        health_interval: float = 30.0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        communities = [c for c in communities if c.platform == self.name]
        if not communities:
            raise ConfigError("the Reddit adapter needs at least one reddit community")
        if reddit is None:
            if credentials is None:
                raise ConfigError("a reddit community is configured but REDDIT_* are not set")
            reddit = build_reddit(credentials)
        self.assistant = assistant
        self.store = assistant.checkpoints
        self.reddit = reddit
        self.communities = {c.name: c for c in communities}
        self.by_subreddit = {reddit_settings(c).subreddit.lower(): c for c in communities}
        self.clock = clock
        self.runner = PrawThread()
        self.mail = ModeratorDelivery(reddit, self.runner)
        self.health = Health(clock)
        self.commands = HelperCommands(reddit, self.runner, assistant, self.communities, clock)
        self.inbox = Inbox(
            reddit,
            self.runner,
            self.commands,
            self.mail,
            self.store,
            lambda: self._bot_name,
            [reddit_settings(c).subreddit for c in communities],
            clock,
        )
        self.poll_interval = settings.reddit_poll if poll_interval is None else poll_interval
        self.inbox_interval = inbox_interval
        self.modmail_interval = modmail_interval
        self.recheck_interval = recheck_interval
        self.backoff_base = backoff_base
        self.shutdown_grace = shutdown_grace
        self.health_interval = health_interval
        self._bot_name = ""
        self._outage_noticed: set[str] = set()
        self.watchers = [self._watcher(kind) for kind in ("submissions", "comments")]
        self.watchers = [w for w in self.watchers if w.spec.communities]
        assistant.register_alerts("reddit", self)

    def _watcher(self, kind: str) -> Watcher:
        spec = StreamSpec(
            kind,
            {
                reddit_settings(c).subreddit.lower(): c
                for c in self.communities.values()
                if kind in reddit_settings(c).watch
            },
        )
        return Watcher(
            self.reddit,
            self.runner,
            spec,
            observe=self.assistant.observe,
            forget=self._forget_once,
            store=self.store,
            health=self.health,
            poll_interval=self.poll_interval,
            backoff_base=self.backoff_base,
            clock=self.clock,
        )

    # -- running ---------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Watch, answer commands and keep an eye on our own health until `stop` is set."""
        self.assistant.register_alerts("reddit", self)
        halt = asyncio.create_task(self._halt_on(stop))
        # `llumi run` builds the crisis gates and resends pending alerts, once for all platforms
        with contextlib.suppress(*REDDIT_ERRORS):
            await self._whoami()
        tasks = [asyncio.create_task(w.run(stop)) for w in self.watchers]
        tasks += [
            asyncio.create_task(self._every(stop, self.inbox_interval, "inbox", self._inbox)),
            asyncio.create_task(
                self._every(stop, self.modmail_interval, "modmail", self.inbox.poll_modmail)
            ),
            asyncio.create_task(
                self._every(stop, self.recheck_interval, "recheck", self._recheck, wait_first=True)
            ),
            asyncio.create_task(
                self._every(stop, self.health_interval, "health", self._check_health)
            ),
        ]
        try:
            await stop.wait()
            # let work in flight finish (an alert being sent, a position being saved)
            await asyncio.wait(tasks, timeout=self.shutdown_grace)
            answering = self.inbox.working()
            if answering:  # commands in flight: their answers are journalled, a restart resends
                await asyncio.wait(answering, timeout=self.shutdown_grace)
        finally:
            for watcher in self.watchers:
                watcher.halt.set()
            for task in (*tasks, *self.inbox.working()):
                task.cancel()
            await asyncio.gather(*tasks, *self.inbox.working(), return_exceptions=True)
            halt.cancel()
            self.runner.close()

    async def _halt_on(self, stop: asyncio.Event) -> None:
        await stop.wait()
        for watcher in self.watchers:
            watcher.halt.set()

    async def _every(
        self,
        stop: asyncio.Event,
        seconds: float,
        name: str,
        job: Callable[[], Any],
        *,
        wait_first: bool = False,
    ) -> None:
        if wait_first:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=seconds)
        while not stop.is_set():
            try:
                await job()
                self.health.ok(f"reddit:{name}")
            except REDDIT_ERRORS as exc:
                log.warning("reddit %s failed: %s", name, describe_error(exc))
                self.health.failed(f"reddit:{name}", describe_error(exc))
            except Exception:
                log.exception("reddit %s failed", name)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=seconds)

    async def _inbox(self) -> None:
        await self._whoami()
        await self.inbox.poll_messages()

    async def _recheck(self) -> None:
        for watcher in self.watchers:
            await watcher.recheck()

    def _forget_once(self, key: str) -> None:
        """Deleted on Reddit: purge what we stored about it, once."""
        if self.assistant.stored_screening(key) is not None and self.store.claim(
            f"reddit:forgot:{key}"
        ):
            self.assistant.forget_post(key)

    async def _whoami(self, *, fresh: bool = False) -> str:
        if not self._bot_name or fresh:
            me = await self.runner.call(self.reddit.user.me, use_cache=not fresh)
            self._bot_name = str(me.name) if me is not None else ""
        return self._bot_name

    async def _check_health(self) -> None:
        """ONE modmail per outage when watching has failed for 10 minutes."""
        failing = self.health.failing()
        if not failing:
            self._outage_noticed.clear()
            return
        since = min(when for when, _ in failing.values())
        if self.clock() - since < OUTAGE_NOTICE_AFTER:
            return
        once = f"reddit:outage:{since.isoformat()}"
        if once in self._outage_noticed or self.store.is_claimed(once):
            self._outage_noticed.add(once)
            return
        reasons = "; ".join(
            f"{stream.split(':', 1)[1]}: {reason}"
            for stream, (_, reason) in sorted(failing.items())
        )
        text = (
            f"llumi has not been able to watch Reddit since {since:%Y-%m-%d %H:%M} UTC"
            f" ({reasons}).\n\nPosts are not being screened for crisis language until this is"
            " fixed. Check the bot account's credentials (REDDIT_* settings), that it is still a"
            " moderator with the `mail` permission, and `llumi doctor`. llumi keeps retrying and"
            " screens what was missed once it can."
        )
        delivered = False
        for community in self.communities.values():
            try:
                await self.mail.to_team(
                    reddit_settings(community).subreddit, "llumi: watching stopped", text
                )
                delivered = True
            except REDDIT_ERRORS as exc:  # e.g. revoked access: retried at the next check
                log.warning(
                    "outage notice to r/%s failed: %s",
                    reddit_settings(community).subreddit,
                    describe_error(exc),
                )
        if delivered:
            self.store.claim(once)
            self._outage_noticed.add(once)

    # -- the ports -------------------------------------------------------------------------

    async def send_alert(self, alert: Alert) -> str:
        community = self.communities.get(alert.community)
        if community is None:
            raise DeliveryError(f"{alert.community} is not a reddit community")
        return await self.mail.send_alert(alert, reddit_settings(community).subreddit)

    async def locate_alert(self, ref: str) -> str | None:
        return await self.mail.locate_alert(ref)

    async def tell_moderators_directly(self, alert: Alert) -> int:
        """Modmail refuses the alert: private messages to this subreddit's own moderators."""
        community = self.communities.get(alert.community)
        if community is None:
            return 0
        return await self.mail.to_moderators(
            alert, reddit_settings(community).subreddit, await self._whoami()
        )

    async def send_digest(
        self, community: str, parts: Sequence[str], *, thread: str | None = None
    ) -> str | None:
        found = self.communities.get(community)
        if found is None:
            raise DeliveryError(f"{community} is not a reddit community")
        return await self.mail.send_digest(
            reddit_settings(found).subreddit, community, parts, thread=thread
        )

    async def list_unanswered(
        self, community: str, *, older_than: datetime, newer_than: datetime, limit: int
    ) -> list[Post]:
        found = self.communities[community]
        bot = await self._whoami()
        return await self.runner.call(
            find_unanswered,
            self.reddit,
            found,
            bot,
            older_than=older_than,
            newer_than=newer_than,
            limit=limit,
        )

    # -- doctor ----------------------------------------------------------------------------

    async def doctor(self) -> list[str]:
        return await check(
            self.reddit,
            self.runner,
            lambda: self._whoami(fresh=True),
            list(self.communities.values()),
            self.health,
        )
