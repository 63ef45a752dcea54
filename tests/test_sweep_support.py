"""Test doubles and helpers for the sweep tests (no tests here).

`Platform` is an in-memory implementation of the ports a sweep needs (UnansweredPosts,
DigestDelivery) and of ModeratorAlerts; drafting goes through the real Assistant and ModelClient
against the Ollama stand-in.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from adapters.discord_app.config import DiscordCommunity
from adapters.discord_app.context import MESSAGE_LIMIT as DISCORD_LIMIT
from adapters.reddit.client import MESSAGE_LIMIT as REDDIT_LIMIT
from adapters.reddit.config import RedditCommunity
from bot.config import Community, PlatformSettings, Settings, SweepConfig
from bot.core.assistant import Assistant
from bot.core.domain import Alert, Post
from bot.core.ports import DeliveryError, DigestDelivery, ModeratorAlerts, UnansweredPosts
from bot.model import ModelClient
from bot.store import Store
from tests.standins.ollama import OllamaStandIn

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

ORDINARY = (
    "I started a new job last month and I feel anxious every single morning before work."
    " How do you handle the nerves when everything is new?",
    "My sister moved abroad and the house feels so empty now. How do you cope with missing"
    " family when you cannot visit them?",
    "Work has been stressful lately and I cannot fall asleep before 3am. Any tips for winding"
    " down in the evening?",
    "I keep comparing myself to my friends online and it makes me feel small. Does anyone"
    " else struggle with this?",
)
CRISIS = (
    "I want to kill myself. I have the pills here and I am doing it tonight.",
    "I want to die. I can't see any way out of this and I am going to end my life.",
)
CONCERN = "I relapsed on self harm last night and I feel like a burden to everyone."


def make_post(
    number: int, hours_old: float, text: str, *, community: str = "calm", now: datetime = NOW
) -> Post:
    return Post(
        key=f"reddit:t3_p{number}",
        community=community,
        text=text,
        author=f"user{number}",
        url=f"https://www.reddit.com/r/calm/comments/p{number}/",
        created_at=now - timedelta(hours=hours_old),
        platform="reddit",
    )


def community(
    *,
    name: str = "calm",
    platform: str = "reddit",
    max_posts: int = 50,
    concern: str = "digest",
    every: timedelta | None = timedelta(minutes=30),
    cron: str | None = None,
) -> Community:
    settings: PlatformSettings = (
        RedditCommunity(name)
        if platform == "reddit"
        else DiscordCommunity(guild_id=1, support_channels=(2,), moderator_channel=3)
    )
    return Community(
        name=name,
        locale="en-US",
        settings=settings,
        concern=concern,  # type: ignore[arg-type]
        sweep=SweepConfig(
            every=None if cron else every,
            cron=cron,
            unanswered_after=timedelta(hours=2),
            max_age=timedelta(hours=48),
            max_posts=max_posts,
        ),
    )


#: The message limits of the real platforms, which the double takes by its name.
MESSAGE_LIMITS = {"reddit": REDDIT_LIMIT, "discord": DISCORD_LIMIT}


class Platform:
    """Lists the posts it holds (by creation time, like the adapters), records digests and
    alerts with timestamps, and fails a digest part on request. Its `message_limit` is the
    named platform's, or `message_limit` when given."""

    def __init__(
        self,
        posts: Sequence[Post] = (),
        *,
        name: str = "reddit",
        message_limit: int | None = None,
    ) -> None:
        self.name = name
        self.message_limit = message_limit or MESSAGE_LIMITS[name]
        self.posts = list(posts)
        self.parts: list[str] = []
        self.alerts: list[Alert] = []
        self.alert_times: list[float] = []
        self.listings: list[dict[str, object]] = []
        self.fail_part_at: int | None = None  # raise when this many parts were delivered
        self.threads: list[str | None] = []  # the `thread` each delivered part came with

    async def list_unanswered(
        self, community: str, *, older_than: datetime, newer_than: datetime, limit: int
    ) -> list[Post]:
        self.listings.append({"older_than": older_than, "newer_than": newer_than, "limit": limit})
        inside = [
            p
            for p in self.posts
            if p.community == community
            and p.created_at is not None
            and newer_than <= p.created_at <= older_than
        ]
        return sorted(inside, key=lambda p: p.created_at or NOW)[:limit]

    async def send_digest(
        self, community: str, parts: Sequence[str], *, thread: str | None = None
    ) -> str | None:
        for part in parts:
            if self.fail_part_at is not None and len(self.parts) >= self.fail_part_at:
                self.fail_part_at = None
                raise DeliveryError("the platform answered 503")
            self.parts.append(part)
        self.threads.append(thread)
        return thread or f"thread:{len(self.parts)}"  # like a modmail conversation

    async def send_alert(self, alert: Alert) -> str:
        self.alerts.append(alert)
        self.alert_times.append(time.perf_counter())
        return f"modmail:{alert.id}"


assert isinstance(Platform(), UnansweredPosts)
assert isinstance(Platform(), DigestDelivery)
assert isinstance(Platform(), ModeratorAlerts)


def settings_for(standin: OllamaStandIn, db: Path, *, concurrency: int = 4) -> Settings:
    return Settings(
        ollama_host=standin.url,
        model_concurrency=concurrency,
        model_timeout=10,
        db_path=db,
    )


def build_assistant(
    settings: Settings,
    communities: Sequence[Community],
    platform: Platform,
    *,
    with_model: bool = True,
) -> Assistant:
    """The real Assistant and ModelClient (one attempt: tests of an unavailable model stay fast)."""
    assistant = Assistant(
        settings=settings,
        communities=list(communities),
        store=Store.open(settings.db_path),
        model=ModelClient(settings, attempts=1) if with_model else None,
        delivery_backoff=0,
    )
    assistant.register_alerts("reddit", platform)
    assistant.register_alerts("discord", platform)
    return assistant


def dump(path: Path) -> list[str]:
    """Every row of the database, to show that a dry run wrote nothing."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())
