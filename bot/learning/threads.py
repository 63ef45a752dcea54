"""The threads schema the learning loop reads, and where threads come from.

One thread per JSONL line: {"id", "title", "text", "replies": [{"id", "text", "score",
"author"?, "is_bot"?, "removed"?}]}. Sources: a JSONL file anyone can produce (an export, a data
set turned into this shape) and, with the community's permission, a subreddit read through PRAW.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.errors import LlumiError


class ThreadsError(LlumiError, ValueError):
    """Input that is not in the threads schema; the message names the file and the line."""


@dataclass(frozen=True)
class ThreadReply:
    id: str
    text: str
    score: int
    author: str = ""
    is_bot: bool = False
    removed: bool = False


@dataclass(frozen=True)
class Thread:
    id: str
    title: str
    text: str
    replies: tuple[ThreadReply, ...] = field(default_factory=tuple)

    @property
    def full_text(self) -> str:
        """The post as the bot drafts for it (like `Post.full_text`): title, blank line, body."""
        if self.title and self.text:
            return f"{self.title}\n\n{self.text}"
        return self.title or self.text

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "replies": [
                {
                    "id": r.id,
                    "text": r.text,
                    "score": r.score,
                    "author": r.author,
                    "is_bot": r.is_bot,
                    "removed": r.removed,
                }
                for r in self.replies
            ],
        }


def thread_from_json(raw: Any, where: str = "thread") -> Thread:
    """Validate one decoded line; errors name `where` and the field."""
    if not isinstance(raw, dict):
        raise ThreadsError(f"{where}: expected a JSON object")
    thread_id = raw.get("id")
    if not isinstance(thread_id, str | int) or isinstance(thread_id, bool) or str(thread_id) == "":
        raise ThreadsError(f"{where}: missing or empty 'id'")
    title, text = raw.get("title", ""), raw.get("text", "")
    if not isinstance(title, str) or not isinstance(text, str):
        raise ThreadsError(f"{where}: 'title' and 'text' must be strings")
    replies_raw = raw.get("replies", [])
    if not isinstance(replies_raw, list):
        raise ThreadsError(f"{where}: 'replies' must be a list")
    replies = []
    for index, item in enumerate(replies_raw):
        here = f"{where}: replies[{index}]"
        if not isinstance(item, dict):
            raise ThreadsError(f"{here}: expected an object")
        reply_text, score = item.get("text"), item.get("score")
        if not isinstance(reply_text, str):
            raise ThreadsError(f"{here}: 'text' must be a string")
        if not isinstance(score, int) or isinstance(score, bool):
            raise ThreadsError(f"{here}: 'score' must be an integer")
        author = item.get("author") or ""
        replies.append(
            ThreadReply(
                id=str(item.get("id", index)),
                text=reply_text,
                score=score,
                author=author if isinstance(author, str) else str(author),
                is_bot=bool(item.get("is_bot", False)),
                removed=bool(item.get("removed", False)),
            )
        )
    return Thread(id=str(thread_id), title=title, text=text, replies=tuple(replies))


def read_threads(path: Path) -> Iterator[Thread]:
    """Threads from a JSONL file; undecodable bytes are replaced, blank lines skipped."""
    try:
        handle = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ThreadsError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ThreadsError(f"{path}:{number}: not JSON ({exc.msg})") from None
            yield thread_from_json(raw, f"{path}:{number}")


def write_threads(path: Path, threads: list[Thread]) -> None:
    """The inverse of `read_threads` (used to save what was fetched from a subreddit)."""
    with path.open("w", encoding="utf-8") as handle:
        for thread in threads:
            handle.write(json.dumps(thread.to_json(), ensure_ascii=False) + "\n")
