"""What the core needs from a platform. Adapters implement these; the core only calls them.

Small on purpose (like discollama): a platform must be able to tell moderators about a crisis,
deliver a digest to them, and list the posts nobody answered. Commands flow the other way: the
adapter calls `bot.core.assistant.Assistant` and renders the outcome itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from bot.core.domain import Alert, Post
from bot.core.errors import LlumiError
from bot.store import JournalEntry


@runtime_checkable
class Platform(Protocol):
    """A platform adapter as the runner sees it. Besides this, it provides the delivery ports
    below that it can: ModeratorAlerts, DigestDelivery, UnansweredPosts."""

    #: The platform's name, as communities.toml spells it (`platform = "reddit"`).
    name: str
    #: The most characters one message may hold on this platform.
    message_limit: int

    async def run(self, stop: asyncio.Event) -> None:
        """Watch, answer and deliver until `stop` is set."""
        ...

    async def doctor(self) -> list[str]:
        """What is wrong with the credentials and permissions, one line each with its fix."""
        ...


class DeliveryError(LlumiError):
    """The platform refused or failed a delivery; the intent stays unsent and is retried."""


@runtime_checkable
class ModeratorAlerts(Protocol):
    """Reaches a community's moderators privately (Reddit modmail, a Discord moderator channel)."""

    async def send_alert(self, alert: Alert) -> str:
        """Deliver `alert` (joining `alert.joins` when set); return the platform reference of the
        conversation or message, which later alerts for the same author may join."""
        ...


@runtime_checkable
class ModeratorFallback(Protocol):
    """Another route to the SAME community's own moderators, for when its alerts cannot be
    delivered the usual way (Reddit: private messages to its moderators with the mail
    permission). Never another community's moderators, never the poster."""

    async def tell_moderators_directly(self, alert: Alert) -> int:
        """Send `alert` by the other route; return how many moderators it reached."""
        ...


@runtime_checkable
class AlertLocator(Protocol):
    """A sink whose `send_alert` returns before it knows where the alert landed (Reddit: the
    modmail conversation is looked up after sending, so the alert is marked sent first)."""

    async def locate_alert(self, ref: str) -> str | None:
        """A better reference for `ref` (later alerts join it), or None when not found now."""
        ...


@runtime_checkable
class DigestDelivery(Protocol):
    async def send_digest(
        self, community: str, parts: Sequence[str], *, thread: str | None = None
    ) -> str | None:
        """Deliver a sweep digest, already split into numbered parts, to the moderators.

        Returns where the parts went (a modmail conversation) when the platform can add to it:
        the next parts of the same digest come back as `thread`, so they read as one. None when
        it cannot."""
        ...


@runtime_checkable
class UnansweredPosts(Protocol):
    async def list_unanswered(
        self, community: str, *, older_than: datetime, newer_than: datetime, limit: int
    ) -> list[Post]:
        """Posts created between `newer_than` and `older_than` that nobody but their author, the
        bot and the ignored authors answered, oldest first, at most `limit`."""
        ...


class Checkpoints(Protocol):
    """What an adapter may keep in the store, and nothing more: positions in its streams,
    once-only claims, at-most-once-per-window keys, and the journal of deliveries it intends."""

    def get_position(self, key: str) -> str | None: ...

    def set_position(self, key: str, value: str) -> None: ...

    def claim(self, key: str) -> bool:
        """True the first time `key` is claimed, False ever after."""
        ...

    def is_claimed(self, key: str) -> bool: ...

    def once_per(self, key: str, window: timedelta, *, now: datetime | None = None) -> bool:
        """True at most once per `window` for `key`."""
        ...

    def journal_begin(self, key: str, kind: str, payload: dict[str, Any]) -> bool:
        """Record the intent to deliver before sending; False if `key` was journaled before."""
        ...

    def journal_done(self, key: str, ref: str | None = None) -> None: ...

    def journal_state(self, key: str) -> str | None: ...

    def journal_pending(self, kind: str) -> list[JournalEntry]: ...
