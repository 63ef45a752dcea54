"""Reddit's settings: a community's own keys in communities.toml (`subreddit`, `watch`,
`backfill`), read here so the core's `Community` carries them without knowing them, and the
credentials (REDDIT_* in the environment).

No praw here: the composition root reads every configured platform's keys before it builds any
adapter.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from bot.config import Community, ConfigError, PlatformConfig, TableReader

#: What `watch` may list.
STREAMS = frozenset({"submissions", "comments"})


@dataclass(frozen=True)
class RedditCommunity:
    """Where a Reddit community lives and what llumi watches there."""

    subreddit: str
    watch: tuple[str, ...] = ("submissions",)
    backfill: timedelta = timedelta(hours=24)
    platform: str = field(default="reddit", init=False)


def reddit_settings(community: Community) -> RedditCommunity:
    """The Reddit settings of a community the composition root gave the Reddit adapter."""
    settings = community.settings
    if not isinstance(settings, RedditCommunity):
        raise TypeError(f"community {community.name!r} is not a Reddit community")
    return settings


def parse(r: TableReader) -> RedditCommunity:
    subreddit = r.get("subreddit", str, required=True).removeprefix("r/").strip()
    if not re.fullmatch(r"[A-Za-z0-9_]{2,21}", subreddit):
        raise r.fail("subreddit", f"{subreddit!r} is not a subreddit name")
    watch = r.str_list("watch", ("submissions",))
    if not watch or set(watch) - STREAMS:
        raise r.fail("watch", 'expected a list of "submissions" and/or "comments"')
    backfill = r.duration("backfill", timedelta(hours=24))
    assert backfill is not None
    return RedditCommunity(subreddit=subreddit, watch=watch, backfill=backfill)


@dataclass(frozen=True)
class RedditCredentials:
    client_id: str
    client_secret: str
    username: str
    password: str
    user_agent: str
    oauth_url: str | None = None
    reddit_url: str | None = None


_REDDIT_KEYS = (
    "REDDIT_CLIENT_ID",
    "REDDIT_CLIENT_SECRET",
    "REDDIT_USERNAME",
    "REDDIT_PASSWORD",
    "REDDIT_USER_AGENT",
)


def reddit_credentials(env: Mapping[str, str]) -> RedditCredentials | None:
    """REDDIT_* from the environment: all five or none (and both test URLs or neither)."""
    present = [k for k in _REDDIT_KEYS if env.get(k, "").strip()]
    if not present:
        return None
    missing = [k for k in _REDDIT_KEYS if k not in present]
    if missing:
        raise ConfigError(f"Reddit is half configured: set {', '.join(missing)} (or none of them)")
    oauth_url = env.get("REDDIT_OAUTH_URL", "").strip() or None
    reddit_url = env.get("REDDIT_URL", "").strip() or None
    if (oauth_url is None) != (reddit_url is None):
        raise ConfigError(
            "set both REDDIT_OAUTH_URL and REDDIT_URL or neither: with only one, PRAW would send"
            " credentials to the real Reddit"
        )
    return RedditCredentials(
        client_id=env["REDDIT_CLIENT_ID"].strip(),
        client_secret=env["REDDIT_CLIENT_SECRET"].strip(),
        username=env["REDDIT_USERNAME"].strip(),
        password=env["REDDIT_PASSWORD"].strip(),
        user_agent=env["REDDIT_USER_AGENT"].strip(),
        oauth_url=oauth_url,
        reddit_url=reddit_url,
    )


PLATFORM = PlatformConfig(
    keys=frozenset({"subreddit", "watch", "backfill"}),
    parse=parse,
    credentials=reddit_credentials,
    named_when_set="Reddit credentials are",
    named_when_missing="REDDIT_CLIENT_ID etc. are",
)
