"""The sweep digest: what the moderators read, and how it is cut into numbered parts.

Order (issue #5): crisis posts first (they were escalated at once, before any draft), then the
concern posts the watcher routed to the digest, then the other unanswered posts, oldest first;
each with its link, its age and its draft or the reason there is none. A digest is rendered from
plain data (ids, links, levels, reasons) plus the draft texts, which live in the store's drafts
table; so a digest whose delivery was interrupted can be rendered again, identically, from the
delivery journal without the journal ever holding post or draft text.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from bot.core.render import escape_markdown
from policies.levels import Level

#: Room kept at the start of every part for its number, "(12/34) ".
NUMBER_ROOM = len("(999/999) ")

Section = Literal["crisis", "concern", "post"]


def format_age(age: timedelta | None) -> str:
    """ "3h 20m", "2d 4h", "45m", "<1m"; "age unknown" when the platform gave no time."""
    if age is None:
        return "age unknown"
    minutes = max(0, int(age.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h" if hours else f"{days}d"
    if hours:
        return f"{hours}h {mins}m" if mins else f"{hours}h"
    return f"{mins}m" if mins else "<1m"


@dataclass(frozen=True)
class DigestEntry:
    """One post in a digest. `draft_id` points at the stored draft; `reason` says why there is
    no draft; `note` is what happened to a crisis post (escalated, alert id, or not in a dry run).
    `draft_text` is filled at render time and never serialised."""

    key: str
    url: str
    section: Section
    level: Level
    created_at: datetime | None = None
    draft_id: str | None = None
    banner: str | None = None
    reason: str | None = None
    note: str | None = None
    draft_text: str | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "url": self.url,
            "section": self.section,
            "level": self.level.label,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "draft_id": self.draft_id,
            "banner": self.banner,
            "reason": self.reason,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DigestEntry:
        created = data.get("created_at")
        return cls(
            key=data["key"],
            url=data["url"],
            section=data["section"],
            level=Level.parse(data["level"]),
            created_at=datetime.fromisoformat(created) if created else None,
            draft_id=data.get("draft_id"),
            banner=data.get("banner"),
            reason=data.get("reason"),
            note=data.get("note"),
        )


@dataclass(frozen=True)
class Digest:
    """Everything one sweep tells the moderators, without text of posts or drafts."""

    community: str
    generated_at: datetime
    unanswered_after: timedelta
    max_age: timedelta
    crises: tuple[DigestEntry, ...] = ()
    concerns: tuple[DigestEntry, ...] = ()
    posts: tuple[DigestEntry, ...] = ()
    left_out: int = 0
    left_out_at_least: bool = False
    max_posts: int = 0
    dry_run: bool = False

    @property
    def entries(self) -> tuple[DigestEntry, ...]:
        return self.crises + self.concerns + self.posts

    @property
    def is_empty(self) -> bool:
        return not self.entries and not self.left_out

    def to_json(self) -> dict[str, Any]:
        return {
            "community": self.community,
            "generated_at": self.generated_at.isoformat(),
            "unanswered_after_s": self.unanswered_after.total_seconds(),
            "max_age_s": self.max_age.total_seconds(),
            "crises": [e.to_json() for e in self.crises],
            "concerns": [e.to_json() for e in self.concerns],
            "posts": [e.to_json() for e in self.posts],
            "left_out": self.left_out,
            "left_out_at_least": self.left_out_at_least,
            "max_posts": self.max_posts,
            "dry_run": self.dry_run,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Digest:
        def entries(name: str) -> tuple[DigestEntry, ...]:
            return tuple(DigestEntry.from_json(e) for e in data.get(name, ()))

        return cls(
            community=data["community"],
            generated_at=datetime.fromisoformat(data["generated_at"]),
            unanswered_after=timedelta(seconds=data["unanswered_after_s"]),
            max_age=timedelta(seconds=data["max_age_s"]),
            crises=entries("crises"),
            concerns=entries("concerns"),
            posts=entries("posts"),
            left_out=int(data.get("left_out", 0)),
            left_out_at_least=bool(data.get("left_out_at_least", False)),
            max_posts=int(data.get("max_posts", 0)),
            dry_run=bool(data.get("dry_run", False)),
        )


@dataclass(frozen=True)
class DigestPart:
    """One message of a digest and the posts it completes (claimed once it is delivered)."""

    text: str
    post_keys: tuple[str, ...]
    concern_keys: tuple[str, ...]


# -- rendering -------------------------------------------------------------------------------


def _header(digest: Digest) -> str:
    when = digest.generated_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    drafted = sum(1 for e in digest.posts if e.draft_id)
    without = len(digest.posts) - drafted
    lines = [
        f"**llumi digest for {escape_markdown(digest.community)}** ({when})",
        f"Posts nobody answered, between {format_age(digest.unanswered_after)} and"
        f" {format_age(digest.max_age)} old. Crisis: {len(digest.crises)} ({_escalated(digest)});"
        f" concern from the watcher: {len(digest.concerns)}; others: {len(digest.posts)}"
        f" ({drafted} with a draft, {without} without).",
        "Drafts are private suggestions: read the post, edit, and post as yourself.",
    ]
    if digest.dry_run:
        lines.insert(0, "DRY RUN: nothing was sent, escalated or recorded.")
    return "\n".join(lines)


def _escalated(digest: Digest) -> str:
    return "NOT escalated: dry run" if digest.dry_run else "escalated at once"


def _line(number: int, entry: DigestEntry, now: datetime) -> str:
    age = format_age(now - entry.created_at if entry.created_at else None)
    level = f" · level {entry.level.label}" if entry.level > Level.NONE else ""
    return f"**{number}.** {entry.url or entry.key} · {age} old{level}"


def render_entry(number: int, entry: DigestEntry, now: datetime) -> str:
    """One entry: the headline (number, link, age, level), then the draft or why there is none."""
    lines = [_line(number, entry, now)]
    if entry.section == "crisis":
        lines.append(entry.note or "Escalated to the moderators.")
        lines.append("No draft: crisis posts are never drafted; a person should reach out.")
    elif entry.section == "concern":
        lines.append(entry.note or "Concern routed to the digest by the watcher.")
        lines.append(f"No draft: {entry.reason or 'not among the unanswered posts of this sweep'}.")
    elif entry.draft_id and entry.draft_text:
        if entry.banner:
            lines.append(entry.banner)
        lines.append(f"Draft {entry.draft_id}:")
        lines.extend(f"> {line}" if line else ">" for line in entry.draft_text.splitlines())
    elif entry.draft_id:
        lines.append(f"No draft: draft {entry.draft_id} was deleted (the post was removed).")
    else:
        lines.append(f"No draft: {entry.reason or 'none was made'}.")
    return "\n".join(lines)


def _footer(digest: Digest) -> str | None:
    if not digest.left_out:
        return None
    count = f"at least {digest.left_out}" if digest.left_out_at_least else str(digest.left_out)
    return (
        f"**{count} more not shown** (max_posts = {digest.max_posts}): they stay unanswered in"
        " the queue for the next sweep."
    )


def _blocks(digest: Digest) -> list[tuple[str, str | None, Section | None]]:
    """(text, post key completed by this block, its section) in digest order."""
    now = digest.generated_at
    blocks: list[tuple[str, str | None, Section | None]] = [(_header(digest), None, None)]
    sections: list[tuple[str, tuple[DigestEntry, ...]]] = [
        (f"__Crisis posts ({_escalated(digest)})__", digest.crises),
        ("__Concern posts routed to the digest__", digest.concerns),
        ("__Unanswered posts, oldest first__", digest.posts),
    ]
    number = 0
    for title, entries in sections:
        if not entries:
            continue
        for i, entry in enumerate(entries):
            number += 1
            text = render_entry(number, entry, now)
            if i == 0:
                text = f"{title}\n\n{text}"
            blocks.append((text, entry.key, entry.section))
    footer = _footer(digest)
    if footer:
        blocks.append((footer, None, None))
    return blocks


def _chunks(text: str, room: int) -> list[str]:
    """Cut one block into pieces of at most `room` characters, at line, then word boundaries."""
    if len(text) <= room:
        return [text]
    lines: list[str] = []
    for line in text.splitlines():
        if len(line) <= room:
            lines.append(line)
            continue
        prefix = "> " if line.startswith("> ") else ""
        lines.extend(
            textwrap.wrap(
                line,
                width=room,
                subsequent_indent=prefix,
                break_long_words=True,
                replace_whitespace=False,
                drop_whitespace=True,
            )
            or [line[:room]]
        )
    pieces: list[str] = []
    current = ""
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= room:
            current = candidate
        else:
            pieces.append(current)
            current = line
    if current:
        pieces.append(current)
    return pieces


def render_parts(
    digest: Digest,
    limit: int,
    draft_text: Callable[[str], str | None] | None = None,
) -> list[DigestPart]:
    """The digest as numbered messages of at most `limit` characters each.

    `draft_text(draft_id)` supplies each draft's text (the store's drafts table); entries built
    in this process may carry it already. A post's key goes with the part that completes its
    entry, so claiming a part's keys after delivering it puts every post in a digest once."""
    if limit < 200:
        raise ValueError("a digest part needs at least 200 characters")
    if draft_text is not None:
        digest = _with_texts(digest, draft_text)
    room = limit - NUMBER_ROOM
    sep = "\n\n"
    parts: list[tuple[str, list[str], list[str]]] = []
    text = ""
    keys: list[str] = []
    concern_keys: list[str] = []
    for block, key, section in _blocks(digest):
        pieces = _chunks(block, room)
        for index, piece in enumerate(pieces):
            candidate = f"{text}{sep}{piece}" if text else piece
            if len(candidate) > room and text:
                parts.append((text, keys, concern_keys))
                text, keys, concern_keys = piece, [], []
            else:
                text = candidate
            if key is not None and index == len(pieces) - 1:
                (concern_keys if section == "concern" else keys).append(key)
    if text:
        parts.append((text, keys, concern_keys))
    total = len(parts)
    return [
        DigestPart(
            text=f"({i}/{total}) {body}" if total > 1 else body,
            post_keys=tuple(k),
            concern_keys=tuple(c),
        )
        for i, (body, k, c) in enumerate(parts, 1)
    ]


def _with_texts(digest: Digest, lookup: Callable[[str], str | None]) -> Digest:
    def fill(entries: Sequence[DigestEntry]) -> tuple[DigestEntry, ...]:
        out = []
        for entry in entries:
            if entry.draft_id and entry.draft_text is None:
                entry = replace(entry, draft_text=lookup(entry.draft_id))
            out.append(entry)
        return tuple(out)

    return replace(
        digest,
        crises=fill(digest.crises),
        concerns=fill(digest.concerns),
        posts=fill(digest.posts),
    )


def render_text(digest: Digest) -> str:
    """The whole digest as one text (a dry run prints this)."""
    return "\n\n".join(block for block, _, _ in _blocks(digest))
