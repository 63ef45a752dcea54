"""The console adapter: posts from a JSONL file or stdin, results to stdout.

What `llumi run` uses when no platform is configured: the moderator at the terminal is both the
helper who asks and the moderator team that is alerted. Nothing is ever posted anywhere.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncIterator, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from bot.core.assistant import Assistant, text_hash
from bot.core.domain import (
    MAX_POST_CHARS,
    Alert,
    Draft,
    Escalated,
    Outcome,
    Post,
    Requester,
    Unavailable,
    Withheld,
)
from bot.core.render import render_alert, render_outcome, render_screening
from policies.levels import Level

log = logging.getLogger(__name__)


class ConsoleAlerts:
    """Alerts for the person at the terminal, written to `stream`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    async def send_alert(self, alert: Alert) -> str:
        self.stream.write("\n" + "=" * 72 + "\n" + render_alert(alert) + "\n" + "=" * 72 + "\n")
        self.stream.flush()
        return f"console:{alert.id}"


def console_requester() -> Requester:
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"
    return Requester(platform="console", id=user, name=user)


def console_post(
    text: str, *, community: str = "", title: str = "", key: str = "", author: str = ""
) -> Post:
    """A post typed or piped at the console; its key is derived from its text."""
    full = f"{title}\n\n{text}" if title and text else title or text
    return Post(
        key=key or f"console:{text_hash(full)[:16]}",
        community=community,
        text=text,
        title=title,
        author=author,
        platform="console",
    )


@dataclass(frozen=True)
class BadLine:
    number: int
    id: object
    error: str


@dataclass(frozen=True)
class Shortened:
    """The post on this line was longer than MAX_POST_CHARS: its first part is what is screened."""

    number: int
    id: object
    length: int

    def describe(self) -> str:
        return (
            f"line {self.number}: the post has {self.length:,} characters; llumi reads the first"
            f" {MAX_POST_CHARS:,} (Reddit's limit)"
        )


def _no_constant(name: str) -> object:
    """NaN and Infinity are not JSON: a line holding one is not valid (nor echoed back)."""
    raise ValueError(name)


def read_post_lines(
    lines: Iterable[str], *, community: str = "", communities: Collection[str] | None = None
) -> Iterator[tuple[object, Post] | BadLine | Shortened]:
    """(id as given, Post) from JSONL lines `{"id", "text", "title"?, "author"?, "community"?}`;
    a line that is not a post becomes a BadLine with a one-line reason, and reading goes on; a
    post too long is cut (a Shortened notice first). With `communities`, a line naming another
    community is a BadLine."""
    for number, line in enumerate(lines, 1):
        yield from parse_post_line(number, line, community=community, communities=communities)


def parse_post_line(
    number: int, line: str, *, community: str = "", communities: Collection[str] | None = None
) -> list[tuple[object, Post] | BadLine | Shortened]:
    """What read_post_lines makes of its `number`th line: nothing for a blank line."""
    if not line.strip():
        return []
    try:
        data = json.loads(line, parse_constant=_no_constant)
    except ValueError:
        return [BadLine(number, None, f"line {number}: not valid JSON")]
    if not isinstance(data, dict):
        return [BadLine(number, None, f"line {number}: expected a JSON object")]
    ident = data.get("id")
    text = data.get("text")
    title = data.get("title") or ""
    if not isinstance(text, str) or not isinstance(title, str) or not (text or title).strip():
        return [BadLine(number, ident, f"line {number}: no text")]
    named = str(data.get("community") or community)
    if communities is not None and named and named not in communities:
        known = ", ".join(sorted(communities)) or "none configured"
        return [BadLine(number, ident, f"line {number}: unknown community {named!r} ({known})")]
    items: list[tuple[object, Post] | BadLine | Shortened] = []
    if len(text) > MAX_POST_CHARS:
        items.append(Shortened(number, ident, len(text)))
        text = text[:MAX_POST_CHARS]
    post = console_post(
        text,
        title=title,
        community=named,
        key=f"console:{ident}" if ident is not None else "",
        author=str(data.get("author") or ""),
    )
    items.append((ident, post))
    return items


def read_posts(
    lines: Iterable[str], *, community: str = "", communities: Collection[str] | None = None
) -> Iterator[Post | BadLine | Shortened]:
    for item in read_post_lines(lines, community=community, communities=communities):
        yield item if isinstance(item, BadLine | Shortened) else item[1]


@dataclass
class RunSummary:
    posts: int = 0
    escalated: int = 0
    concern: int = 0
    drafted: int = 0
    withheld: int = 0
    unavailable: int = 0
    bad_lines: int = 0
    drafting: bool = True
    unreadable: list[int] = field(default_factory=list)  # line numbers of the bad lines

    def describe(self) -> str:
        if self.drafting:
            text = (
                f"{self.posts} posts: {self.escalated} escalated, {self.drafted} drafted,"
                f" {self.withheld} withheld, {self.unavailable} without a model"
            )
        else:
            text = (
                f"{self.posts} posts screened (no drafts): {self.escalated} escalated,"
                f" {self.concern} at concern, {self.posts - self.escalated - self.concern} none"
            )
        return text + (f", {self.bad_lines} unreadable lines" if self.bad_lines else "")


async def _arrivals(lines: Iterable[str]) -> AsyncIterator[str]:
    """The lines as they arrive: a list is already here; a file or stdin is read in a worker
    thread, so waiting for the next line never holds up the drafts or an alert."""
    if isinstance(lines, Sequence):
        for line in lines:
            yield line
            await asyncio.sleep(0)
        return
    source = iter(lines)
    while (line := await asyncio.to_thread(next, source, None)) is not None:
        yield line


async def run_console(
    assistant: Assistant,
    lines: Iterable[str],
    out: TextIO,
    *,
    draft: bool,
    community: str = "",
    communities: Collection[str] | None = None,
) -> RunSummary:
    """Screen every post as it arrives and escalate a crisis at once (design invariant 3: an
    alert never waits behind a draft); with `draft`, the drafts come from a queue served by as
    many workers as the model serves at once, crisis posts first."""
    summary = RunSummary(drafting=draft)
    who = console_requester()
    queue: asyncio.PriorityQueue[tuple[int, int, Post]] = asyncio.PriorityQueue()

    async def drafter() -> None:
        while True:
            _, _, post = await queue.get()
            try:
                outcome = await assistant.draft(post, who)
            except Exception as exc:  # one post's failure must not stop the queue
                log.error("console: no draft for %s (%s)", post.key, type(exc).__name__)
                out.write(_header(post) + f"! no draft: {type(exc).__name__}\n")
            else:
                _count(summary, outcome)
                out.write(_header(post) + render_outcome(outcome) + "\n")
            finally:
                out.flush()
                queue.task_done()

    at_once = max(1, assistant.settings.model_concurrency) if draft else 0
    workers = [asyncio.create_task(drafter()) for _ in range(at_once)]
    try:
        number = 0
        async for line in _arrivals(lines):
            number += 1
            for item in parse_post_line(number, line, community=community, communities=communities):
                if isinstance(item, Shortened):
                    out.write(f"! {item.describe()}\n")
                    continue
                if isinstance(item, BadLine):
                    summary.bad_lines += 1
                    summary.unreadable.append(item.number)
                    out.write(f"! {item.error}\n")
                    continue
                post = item[1]
                summary.posts += 1
                screening = await assistant.observe(post)  # recorded; a crisis is escalated now
                if draft:
                    queue.put_nowait((0 if screening.level >= Level.HIGH else 1, number, post))
                    continue
                if screening.level >= Level.HIGH:
                    summary.escalated += 1
                elif screening.level is Level.CONCERN:
                    summary.concern += 1
                out.write(_header(post) + render_screening(screening) + "\n")
                out.flush()
        await queue.join()
    finally:
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return summary


def _header(post: Post) -> str:
    title = post.title or post.text[:60].replace("\n", " ")
    return f"\n--- {post.key}: {title}\n"


def _count(summary: RunSummary, outcome: Outcome) -> None:
    match outcome:
        case Escalated():
            summary.escalated += 1
        case Draft():
            summary.drafted += 1
        case Withheld():
            summary.withheld += 1
        case Unavailable():
            summary.unavailable += 1
