"""Alerts and digests to a community's moderator channel, and the re-ping of untaken alerts.

An alert pings the crisis role and nothing else, whatever the quoted post says
(`AllowedMentions(everyone=False, users=False, roles=[crisis_role])`). An alert that nobody took
within `reping_after` pings the role once more; the pending re-ping is journaled in the store, so
it survives a restart, and the clock is injectable for tests.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import discord

from adapters.discord_app.context import MESSAGE_LIMIT, DiscordContext
from adapters.discord_app.views import claim_view
from bot.core.domain import Alert
from bot.core.ports import DeliveryError
from bot.core.render import render_alert, split_message
from bot.store import STORE_ERRORS

log = logging.getLogger(__name__)

REPING_KIND = "discord-reping"


def role_only(role_id: int | None) -> discord.AllowedMentions:
    """Mentions that can reach the crisis role and nobody else (no @everyone, no users)."""
    roles: list[discord.abc.Snowflake] = [discord.Object(id=role_id)] if role_id else []
    return discord.AllowedMentions(everyone=False, users=False, roles=roles, replied_user=False)


def parse_ref(ref: str) -> tuple[int, int] | None:
    """ "CHANNEL/MESSAGE" -> ids; the reference `send_alert` returns and later alerts join."""
    channel, _, message = ref.partition("/")
    if channel.isdigit() and message.isdigit():
        return int(channel), int(message)
    return None


class ModeratorDelivery:
    def __init__(
        self,
        adapter: DiscordContext,
        *,
        now: Callable[[], datetime],
        reping_after: timedelta,
        tick: float,
    ) -> None:
        self.adapter = adapter
        self.store = adapter.assistant.checkpoints
        self.now = now
        self.reping_after = reping_after
        self.tick = tick

    async def _moderator_channel(self, community_name: str) -> discord.abc.Messageable:
        community = self.adapter.assistant.community(community_name)
        client = self.adapter.require_client()
        channel = client.get_channel(community.moderator_channel)
        if channel is None:
            channel = await client.fetch_channel(community.moderator_channel)
        if not isinstance(channel, discord.abc.Messageable):
            raise DeliveryError(
                f"moderator_channel {community.moderator_channel} is not a text channel"
            )
        return channel

    async def send_alert(self, alert: Alert) -> str:
        community = self.adapter.assistant.community(alert.community)
        due = self.now() + self.reping_after  # counted from when the alert went out
        role = community.crisis_role if alert.ping else None
        head = f"<@&{role}> " if role else ""
        # a user mention shows moderators the member's name; `role_only` keeps it from pinging
        author = f"<@{alert.post.author}>" if alert.post.author.isdigit() else None
        parts = split_message(head + render_alert(alert, author=author), MESSAGE_LIMIT)
        joined = parse_ref(alert.joins) if alert.joins else None
        try:
            channel = await self._moderator_channel(alert.community)
            first: discord.Message | None = None
            last: discord.Message | None = None
            for index, part in enumerate(parts):
                extra: dict[str, Any] = {}
                if index == 0 and joined is not None:
                    extra["reference"] = discord.MessageReference(
                        message_id=joined[1], channel_id=joined[0], fail_if_not_exists=False
                    )
                if index == len(parts) - 1:
                    extra["view"] = claim_view(alert.id)
                mentions = role_only(role) if index == 0 else discord.AllowedMentions.none()
                last = await channel.send(
                    part, allowed_mentions=mentions, suppress_embeds=True, **extra
                )
                first = first or last
        except discord.HTTPException as exc:
            raise DeliveryError(f"discord refused the alert (HTTP {exc.status})") from exc
        assert first is not None and last is not None
        ref = f"{first.channel.id}/{first.id}"
        if role:
            payload = {
                "alert_id": alert.id,
                "community": alert.community,
                "channel_id": last.channel.id,
                "message_id": last.id,
                "role": role,
                "due": due.isoformat(),
            }
            try:  # the alert is out: a store that cannot record costs the re-ping, not a resend
                await asyncio.to_thread(
                    self.store.journal_begin, f"discord:reping:{alert.id}", REPING_KIND, payload
                )
            except STORE_ERRORS as exc:
                log.error(
                    "alert %s sent, but its re-ping cannot be scheduled (%s)",
                    alert.id,
                    type(exc).__name__,
                )
        return ref

    def claimed(self, alert_id: str) -> None:
        """Someone took the alert: no re-ping."""
        key = f"discord:reping:{alert_id}"
        if self.store.journal_state(key) == "pending":
            self.store.journal_done(key, "claimed")

    async def reping_due(self) -> int:
        """Ping the role once more for each alert nobody took in time; returns how many."""
        sent = 0
        now = self.now()
        for entry in self.store.journal_pending(REPING_KIND):
            payload = entry.payload
            if datetime.fromisoformat(payload["due"]) > now:
                continue
            record = self.adapter.assistant.alert_record(payload["alert_id"])
            if record is None or record.claimed_by:
                self.store.journal_done(entry.key, "claimed" if record else "gone")
                continue
            role = int(payload["role"])
            minutes = int(self.reping_after.total_seconds() // 60)
            try:
                channel = await self._moderator_channel(payload["community"])
                message = await channel.send(
                    f"<@&{role}> alert {record.id} ({record.level.label}) is still untaken after"
                    f' {minutes} minutes. Press "I\'m on it" above when you take it.',
                    allowed_mentions=role_only(role),
                    reference=discord.MessageReference(
                        message_id=int(payload["message_id"]),
                        channel_id=int(payload["channel_id"]),
                        fail_if_not_exists=False,
                    ),
                )
            except (discord.HTTPException, DeliveryError) as exc:
                log.warning("re-ping of alert %s failed (%s); will retry", record.id, exc)
                continue
            self.store.journal_done(entry.key, f"{message.channel.id}/{message.id}")
            log.info("alert %s re-pinged: nobody took it", record.id)
            sent += 1
        return sent

    async def reping_loop(self) -> None:
        while True:
            try:
                await self.reping_due()
            except Exception:
                log.exception("re-ping check failed")
            await asyncio.sleep(self.tick)

    async def send_digest(self, community: str, parts: Sequence[str]) -> None:
        """A sweep's digest to the moderator channel, in order, pinging nobody."""
        try:
            channel = await self._moderator_channel(community)
            for part in parts:
                for piece in split_message(part, MESSAGE_LIMIT):
                    await channel.send(
                        piece, allowed_mentions=discord.AllowedMentions.none(), suppress_embeds=True
                    )
        except discord.HTTPException as exc:
            raise DeliveryError(f"discord refused the digest (HTTP {exc.status})") from exc
