"""PRAW objects -> the core's Post, read only from data already fetched (no lazy requests)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from praw.models import Submission

from bot.core.domain import Post

REDDIT = "https://www.reddit.com"


def field(obj: Any, name: str, default: Any = None) -> Any:
    """An attribute PRAW already holds; never triggers PRAW's lazy fetch."""
    return vars(obj).get(name, default)


def author_name(obj: Any) -> str:
    author = field(obj, "author")
    if author is None:
        return ""
    return str(getattr(author, "name", author))


def subreddit_name(obj: Any) -> str:
    sub = field(obj, "subreddit")
    return str(getattr(sub, "display_name", sub or ""))


def created(obj: Any) -> datetime | None:
    stamp = field(obj, "created_utc")
    return datetime.fromtimestamp(float(stamp), UTC) if stamp is not None else None


def gone(obj: Any) -> str | None:
    """ "deleted" / "removed" when Reddit says the post or comment is gone, else None."""
    text = field(obj, "selftext", field(obj, "body", ""))
    category = field(obj, "removed_by_category")
    if category == "deleted" or (text == "[deleted]" and field(obj, "author") is None):
        return "deleted"
    if category or text == "[removed]" or field(obj, "banned_by"):
        return "removed"
    return None


def to_post(obj: Any, community: str) -> Post:
    """A submission (t3) or comment (t1) as the core's Post."""
    is_submission = isinstance(obj, Submission)
    fullname = f"{'t3' if is_submission else 't1'}_{obj.id}"
    permalink = field(obj, "permalink", "")
    return Post(
        key=f"reddit:{fullname}",
        community=community,
        text=str(field(obj, "selftext" if is_submission else "body", "") or ""),
        author=author_name(obj),
        title=str(field(obj, "title", "") or "") if is_submission else "",
        url=f"{REDDIT}{permalink}" if permalink.startswith("/") else permalink,
        created_at=created(obj),
        platform="reddit",
    )


def edited_stamp(obj: Any) -> str:
    edited = field(obj, "edited", False)
    return str(edited) if edited else ""
