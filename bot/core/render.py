"""Platform-neutral Markdown for what helpers and moderators read, and splitting into parts.

Both Reddit and Discord speak Markdown; adapters may adjust, but the words live here once.
User text is quoted so its own Markdown cannot break out (headings, links, mentions).
"""

from __future__ import annotations

import re

from bot.core.domain import Alert, Draft, Escalated, Outcome, Unavailable, Withheld
from policies.levels import Level, Screening, Signal
from policies.resources import CrisisLine

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<@])")


def escape_markdown(text: str) -> str:
    """Neutralise Markdown and mention syntax in user text."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def quote(text: str, limit: int = 600) -> str:
    """A short block quote of user text, escaped, cut at `limit` characters."""
    cut = text if len(text) <= limit else text[:limit].rstrip() + " …"
    lines = escape_markdown(cut).splitlines() or [""]
    return "\n".join(f"> {line}" for line in lines)


def render_resources(lines: tuple[CrisisLine, ...]) -> str:
    if not lines:
        return ""
    return "Crisis resources:\n" + "\n".join(f"- {line.describe()}" for line in lines)


def render_signals(signals: tuple[Signal, ...], limit: int = 8) -> str:
    if not signals:
        return "no crisis language found"
    parts = []
    for signal in signals[:limit]:
        where = f"chars {signal.start}-{signal.end}"
        shown = f"“{escape_markdown(signal.text)}”" if signal.text else where
        context = f", {signal.context}" if signal.context else ""
        parts.append(f"- {signal.level.label}: {signal.category} {shown}{context}")
    if len(signals) > limit:
        parts.append(f"- … and {len(signals) - limit} more")
    return "\n".join(parts)


def render_screening(screening: Screening) -> str:
    return f"**Level: {screening.level.label}**\n{render_signals(screening.signals)}"


HIGH_BANNER = (
    "⚠️ This post shows crisis language. The moderators have been alerted. Read it yourself"
    " before using any of this draft, and lead with the crisis resources."
)
CONCERN_BANNER = (
    "This post shows signs of concern (self-harm, hopelessness or worry for someone). Consider"
    " mentioning the crisis resources below."
)


def render_outcome(outcome: Outcome) -> str:
    """What the helper who asked sees, privately."""
    resources = render_resources(outcome.resources)
    if isinstance(outcome, Escalated):
        body = (
            f"**Crisis post ({outcome.level.label}): no AI draft.** The moderators were alerted"
            f" (alert {outcome.alert_id}). Please reach out as a person, and share the crisis"
            " resources.\n\n" + render_signals(outcome.signals)
        )
    elif isinstance(outcome, Draft):
        head = f"**Draft {outcome.id}** (level {outcome.level.label})"
        banner = f"\n{outcome.banner}" if outcome.banner else ""
        quoted = "\n".join(f"> {line}" if line else ">" for line in outcome.text.splitlines())
        body = f"{head}{banner}\n\n{quoted}"
    elif isinstance(outcome, Withheld):
        why = escape_markdown(outcome.detail or outcome.rule)
        body = (
            f"**No draft:** withheld by the safety check: {why}. Please write this reply yourself."
        )
    elif isinstance(outcome, Unavailable):
        body = f"**No draft right now:** {outcome.reason}"
    return f"{body}\n\n{resources}".strip()


def render_alert(alert: Alert, *, author: str | None = None) -> str:
    """What the moderators see when a post is escalated.

    `author` is how the platform shows the poster (a Discord user mention renders as the
    member's name); it is used as given, so the adapter must build it, never copy user text.
    """
    level = alert.screening.level
    title = "Crisis alert" if level >= Level.HIGH else "Concern"
    lines = [
        f"**{title}: {level.label}** in {alert.community or 'the console'} (alert {alert.id})",
        f"Post: {alert.post.url or alert.post.key}",
    ]
    if author:
        lines.append(f"Author: {author}")
    elif alert.post.author:
        lines.append(f"Author: {escape_markdown(alert.post.author)}")
    if alert.joins:
        lines.append("Another post by the same person within 6 hours.")
    lines += ["", "Signals:", render_signals(alert.screening.signals), ""]
    lines.append(render_resources(alert.resources))
    lines.append("")
    lines.append("A person decides what happens next; llumi made no draft and wrote to nobody.")
    return "\n".join(lines).strip()


def split_message(text: str, limit: int) -> list[str]:
    """Split into parts of at most `limit` characters, numbered "(i/n)" when more than one,
    breaking at paragraph, then line, then word boundaries."""
    if limit < 40:
        raise ValueError("limit too small to number parts")
    if len(text) <= limit:
        return [text]
    room = limit - len("(999/999) ")
    chunks: list[str] = []
    rest = text
    while rest:
        if len(rest) <= room:
            chunks.append(rest)
            break
        window = rest[:room]
        cut = max(window.rfind("\n\n"), -1)
        if cut < room // 2:
            cut = window.rfind("\n")
        if cut < room // 2:
            cut = window.rfind(" ")
        if cut < room // 2:
            cut = room
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    total = len(chunks)
    return [f"({i}/{total}) {chunk}" for i, chunk in enumerate(chunks, 1)]
