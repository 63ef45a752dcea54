"""Threads with community scores from a subreddit, for the learning loop's preference pairs."""

from __future__ import annotations

from adapters.reddit.client import build_reddit
from adapters.reddit.config import RedditCredentials
from bot.learning.threads import Thread, ThreadReply

_GONE = {"[deleted]", "[removed]"}


def threads_from_subreddit(
    credentials: RedditCredentials, subreddit: str, limit: int, *, comment_limit: int = 200
) -> list[Thread]:
    """The newest `limit` submissions of r/`subreddit` with their top-level comments and scores.

    Needs the community's permission (the CLI asks for `--i-have-permission`): Reddit's terms
    limit training on its users' content. Lives in the adapter, so the learning loop in the core
    never imports praw.
    """
    reddit = build_reddit(credentials)
    threads: list[Thread] = []
    for submission in reddit.subreddit(subreddit).new(limit=limit):
        submission.comment_sort = "top"
        submission.comments.replace_more(limit=0)
        replies = []
        for comment in list(submission.comments)[:comment_limit]:
            author = comment.author.name if comment.author is not None else "[deleted]"
            body = comment.body or ""
            # fields read from the listing's JSON only: a missing one must not trigger a fetch
            fields = vars(comment)
            replies.append(
                ThreadReply(
                    id=comment.id,
                    text=body,
                    score=int(comment.score),
                    author=author,
                    is_bot=author == "AutoModerator" or bool(fields.get("stickied")),
                    removed=body in _GONE
                    or author == "[deleted]"
                    or fields.get("removed_by_category") is not None,
                )
            )
        threads.append(
            Thread(
                id=submission.id,
                title=submission.title or "",
                text=submission.selftext or "",
                replies=tuple(replies),
            )
        )
    return threads
