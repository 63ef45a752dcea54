"""What the core needs from a platform. Adapters implement these; the core only calls them.

Small on purpose (like discollama): a platform must be able to tell moderators about a crisis,
deliver a digest to them, and list the posts nobody answered. Commands flow the other way: the
adapter calls `bot.assistant.Assistant` and renders the outcome itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.domain import Alert, Post


class DeliveryError(Exception):
    """The platform refused or failed a delivery; the intent stays unsent and is retried."""


@runtime_checkable
class ModeratorAlerts(Protocol):
    """Reaches a community's moderators privately (Reddit modmail, a Discord moderator channel)."""

    async def send_alert(self, alert: Alert) -> str:
        """Deliver `alert` (joining `alert.joins` when set); return the platform reference of the
        conversation or message, which later alerts for the same author may join."""
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
