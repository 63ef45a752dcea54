"""Posts nobody answered, for the scheduled sweeps (issue #5 calls this through the port).

A submission counts as unanswered when no one but its author, the bot and the community's
`sweep.ignore_authors` commented on it, at any depth. Removed, deleted and locked posts are left
out. One listing walk plus one comment fetch per candidate that has comments at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import praw

from adapters.reddit.config import reddit_settings
from adapters.reddit.convert import author_name, created, field, gone, to_post
from bot.config import Community
from bot.core.domain import Post

LISTING_DEPTH = 1000  # Reddit's listings stop here


def find_unanswered(
    reddit: praw.Reddit,
    community: Community,
    bot_name: str,
    *,
    older_than: datetime,
    newer_than: datetime,
    limit: int,
) -> list[Post]:
    """Runs in the PRAW thread. Oldest first, at most `limit`."""
    ignore = {bot_name.lower(), *(a.lower() for a in _ignored(community))}
    found: list[Post] = []
    for submission in reddit.subreddit(reddit_settings(community).subreddit).new(
        limit=LISTING_DEPTH
    ):
        when = created(submission)
        if when is None or when > older_than:
            continue
        if when < newer_than:
            break  # /new is newest first
        if gone(submission) or field(submission, "locked", False):
            continue
        author = author_name(submission).lower()
        if _answered(submission, ignore | {author}):
            continue
        found.append(to_post(submission, community.name))
    found.sort(key=lambda post: post.created_at or older_than)
    return found[:limit]


def _ignored(community: Community) -> tuple[str, ...]:
    return community.sweep.ignore_authors if community.sweep else ("AutoModerator",)


def _answered(submission: Any, ignore: set[str]) -> bool:
    if not field(submission, "num_comments", 1):
        return False  # Reddit says there are no comments: no request needed
    fresh = submission.__class__(submission._reddit, id=submission.id)
    fresh.comments.replace_more(limit=None)
    for comment in fresh.comments.list():
        name = author_name(comment).lower()
        if name and name not in ignore:
            return True
    return False
