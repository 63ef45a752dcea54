"""Reddit's settings: a community's own keys in communities.toml (`subreddit`, `watch`,
`backfill`), read here so the core's `Community` carries them without knowing them.

No praw here: the composition root reads every configured platform's keys before it builds any
adapter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from bot.config import Community, PlatformParser, TableReader

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


PARSER = PlatformParser(keys=frozenset({"subreddit", "watch", "backfill"}), parse=parse)
