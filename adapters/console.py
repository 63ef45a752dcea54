"""The console adapter: posts from a JSONL file or stdin, results to stdout.

What `llumi run` uses when no platform is configured: the moderator at the terminal is both the
helper who asks and the moderator team that is alerted. Nothing is ever posted anywhere.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from bot.core.assistant import Assistant, text_hash
from bot.core.domain import (
    MAX_POST_CHARS,
    Alert,
    Draft,
    Escalated,
    Post,
    Requester,
    Unavailable,
    Withheld,
)
from bot.core.render import render_alert, render_outcome, render_screening
from policies.levels import Level


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
        if not line.strip():
            continue
        try:
            data = json.loads(line, parse_constant=_no_constant)
        except ValueError:
            yield BadLine(number, None, f"line {number}: not valid JSON")
            continue
        if not isinstance(data, dict):
            yield BadLine(number, None, f"line {number}: expected a JSON object")
            continue
        ident = data.get("id")
        text = data.get("text")
        title = data.get("title") or ""
        if not isinstance(text, str) or not isinstance(title, str) or not (text or title).strip():
            yield BadLine(number, ident, f"line {number}: no text")
            continue
        named = str(data.get("community") or community)
        if communities is not None and named and named not in communities:
            known = ", ".join(sorted(communities)) or "none configured"
            yield BadLine(number, ident, f"line {number}: unknown community {named!r} ({known})")
            continue
        if len(text) > MAX_POST_CHARS:
            yield Shortened(number, ident, len(text))
            text = text[:MAX_POST_CHARS]
        post = console_post(
            text,
            title=title,
            community=named,
            key=f"console:{ident}" if ident is not None else "",
            author=str(data.get("author") or ""),
        )
        yield ident, post


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


async def run_console(
    assistant: Assistant,
    lines: Iterable[str],
    out: TextIO,
    *,
    draft: bool,
    community: str = "",
    communities: Collection[str] | None = None,
) -> RunSummary:
    """Screen every post (escalating crises at once); with `draft`, show a draft for the rest."""
    summary = RunSummary(drafting=draft)
    who = console_requester()
    for item in read_posts(lines, community=community, communities=communities):
        if isinstance(item, Shortened):
            out.write(f"! {item.describe()}\n")
            continue
        if isinstance(item, BadLine):
            summary.bad_lines += 1
            summary.unreadable.append(item.number)
            out.write(f"! {item.error}\n")
            continue
        summary.posts += 1
        title = item.title or item.text[:60].replace("\n", " ")
        out.write(f"\n--- {item.key}: {title}\n")
        if not draft:
            screening = await assistant.observe(item)
            if screening.level >= Level.HIGH:
                summary.escalated += 1
            elif screening.level is Level.CONCERN:
                summary.concern += 1
            out.write(render_screening(screening) + "\n")
            continue
        outcome = await assistant.draft(item, who)
        match outcome:
            case Escalated():
                summary.escalated += 1
            case Draft():
                summary.drafted += 1
            case Withheld():
                summary.withheld += 1
            case Unavailable():
                summary.unavailable += 1
        out.write(render_outcome(outcome) + "\n")
        out.flush()
    return summary
