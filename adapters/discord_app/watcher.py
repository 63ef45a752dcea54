"""Support channels: screen each new message or forum post once, catch up after a disconnect,
and find the posts nobody answered (for sweeps).

Positions (`discord:channel:<id>` -> the highest message id handled) are stored per support
channel, so a restart or a reconnect screens what was posted meanwhile and nothing twice. A
position never moves past a message whose screening the store could not record: that channel is
caught up again after `retry_after` seconds, from the message that failed. Store work runs in a
worker thread. The bot never writes in a support channel.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Any

import discord

from adapters.discord_app.context import DiscordContext
from adapters.discord_app.convert import post_from_message, snowflake_for, support_parent
from bot.config import Community
from bot.core.domain import Post
from bot.store import STORE_ERRORS

log = logging.getLogger(__name__)

THREAD_SCAN_LIMIT = 200  # messages read per thread when deciding whether it was answered
RETRY_AFTER = 5.0  # seconds before a channel with an unrecorded screening is caught up again


def position_key(channel_id: int) -> str:
    return f"discord:channel:{channel_id}"


class SupportWatcher:
    def __init__(
        self,
        adapter: DiscordContext,
        *,
        now: Callable[[], datetime],
        retry_after: float = RETRY_AFTER,
    ) -> None:
        self.adapter = adapter
        self.retry_after = retry_after
        self._unrecorded: dict[int, int] = {}  # channel -> oldest message not recorded
        self._retry: asyncio.Task[None] | None = None
        self.assistant = adapter.assistant
        self.store = adapter.assistant.checkpoints
        self.now = now
        self._catching_up: set[int] = set()
        self._catch_up_lock = asyncio.Lock()
        self._seen_in_catch_up: dict[int, int] = {}

    # -- which messages count ------------------------------------------------------------------

    def community_for(self, message: discord.Message) -> tuple[Community, int] | None:
        """The community and support channel a guild message belongs to, or None."""
        if message.guild is None:
            return None
        community = self.adapter.community_for_guild(message.guild.id)
        if community is None:
            return None
        parent = support_parent(message.channel)
        if parent is None or parent not in community.support_channels:
            return None
        return community, parent

    def _is_own(self, message: discord.Message) -> bool:
        client = self.adapter.client
        return (
            client is not None and client.user is not None and message.author.id == client.user.id
        )

    # -- live events ---------------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if self._is_own(message):
            return
        found = self.community_for(message)
        if found is None:
            return
        community, channel_id = found
        if await self._observe(message, community):
            await self._advance(channel_id, message.id)
        else:
            self._not_recorded(channel_id, message.id)

    async def on_edit(self, message: discord.Message) -> None:
        """An edited message is screened again (the core re-screens when its text changed)."""
        if self._is_own(message):
            return
        found = self.community_for(message)
        if found is not None:
            await self._observe(message, found[0])

    async def _observe(self, message: discord.Message, community: Community) -> bool:
        """Screen one message; False when the store could not record it (tried again)."""
        if not (message.content or "").strip():
            if message.type in (discord.MessageType.default, discord.MessageType.reply):
                self.adapter.note_empty_content(message)
            return True
        post = post_from_message(message, community)
        try:
            screening = await self.assistant.observe(post)
        except STORE_ERRORS as exc:
            log.error(
                "screening %s was not recorded (%s: %s); its channel is caught up again",
                post.key,
                type(exc).__name__,
                exc,
            )
            return False
        except Exception:  # one bad message must not stop the watcher
            log.exception("screening %s failed", post.key)
            return True
        log.debug("screened %s: %s", post.key, screening.level.label)
        return True

    def _not_recorded(self, channel_id: int, message_id: int) -> None:
        """Hold the channel's position before this message, and catch up again soon."""
        held = self._unrecorded.get(channel_id)
        self._unrecorded[channel_id] = message_id if held is None else min(held, message_id)
        if self._retry is None or self._retry.done():
            self._retry = asyncio.create_task(self._catch_up_later(), name="discord-recatch")

    async def _catch_up_later(self) -> None:
        while self._unrecorded:
            await asyncio.sleep(self.retry_after)
            try:
                await self.catch_up()
            except Exception:  # tried again while something is not recorded
                log.exception("catching up again failed")

    async def _advance(self, channel_id: int, message_id: int) -> None:
        if channel_id in self._catching_up:
            seen = self._seen_in_catch_up.get(channel_id, 0)
            self._seen_in_catch_up[channel_id] = max(seen, message_id)
            return
        held = self._unrecorded.get(channel_id)
        if held is not None and message_id >= held:
            return  # never past a message not recorded
        key = position_key(channel_id)
        try:
            current = await asyncio.to_thread(self.store.get_position, key)
            if current is None or int(current) < message_id:
                await asyncio.to_thread(self.store.set_position, key, str(message_id))
        except STORE_ERRORS as exc:  # the position stays behind: a catch-up reads it again
            log.error("channel %s position not saved (%s)", channel_id, type(exc).__name__)

    # -- catching up ---------------------------------------------------------------------------

    async def catch_up(self) -> int:
        """Screen what each support channel got since the last message handled; returns how
        many messages were read. On the first start, `backfill` (default 24 h) is read."""
        async with self._catch_up_lock:  # a READY and a RESUMED may follow each other closely
            return await self._catch_up_all()

    async def _catch_up_all(self) -> int:
        total = 0
        for community in self.adapter.communities:
            for channel_id in community.support_channels:
                try:
                    total += await self._catch_up_channel(community, channel_id)
                except discord.Forbidden:
                    log.error(
                        "cannot read channel %s of %s: give llumi View Channel and Read Message"
                        " History there",
                        channel_id,
                        community.name,
                    )
                except discord.HTTPException as exc:
                    log.warning("catch-up of channel %s failed (HTTP %s)", channel_id, exc.status)
        return total

    async def _catch_up_channel(self, community: Community, channel_id: int) -> int:
        key = position_key(channel_id)
        stored = await asyncio.to_thread(self.store.get_position, key)
        after = int(stored) if stored else snowflake_for(self.now() - community.backfill)
        self._catching_up.add(channel_id)
        self._seen_in_catch_up[channel_id] = after
        self._unrecorded.pop(channel_id, None)
        count = 0
        recorded_upto = after  # the last message before the first one not recorded
        failed = False
        try:
            async for message in self._messages_after(community, channel_id, after):
                count += 1
                if self._is_own(message) or await self._observe(message, community):
                    if not failed:
                        recorded_upto = max(recorded_upto, message.id)
                else:
                    failed = True
                    self._not_recorded(channel_id, message.id)
                seen = self._seen_in_catch_up[channel_id]
                self._seen_in_catch_up[channel_id] = max(seen, message.id)
            highest = self._seen_in_catch_up[channel_id]
        finally:
            self._catching_up.discard(channel_id)
        if channel_id in self._unrecorded:  # here or live meanwhile: hold before it
            highest = min(recorded_upto, self._unrecorded[channel_id] - 1)
        if stored is None or highest > int(stored):
            try:
                await asyncio.to_thread(self.store.set_position, key, str(highest))
            except STORE_ERRORS as exc:  # behind, not ahead: the next catch-up reads it again
                log.error("channel %s position not saved (%s)", channel_id, type(exc).__name__)
        if count:
            log.info("caught up %d message(s) in channel %s", count, channel_id)
        return count

    async def _channel(self, channel_id: int) -> Any:
        client = self.adapter.require_client()
        return client.get_channel(channel_id) or await client.fetch_channel(channel_id)

    async def _threads_of(self, community: Community, parent_id: int) -> list[discord.Thread]:
        """Active threads (fetched: ones created while disconnected are not cached yet)."""
        client = self.adapter.require_client()
        guild = client.get_guild(community.guild_id) or await client.fetch_guild(community.guild_id)
        threads = await guild.active_threads()
        return [t for t in threads if t.parent_id == parent_id]

    async def _messages_after(
        self, community: Community, channel_id: int, after: int
    ) -> AsyncIterator[discord.Message]:
        channel = await self._channel(channel_id)
        if isinstance(channel, discord.TextChannel):
            async for message in channel.history(
                after=discord.Object(id=after), oldest_first=True, limit=None
            ):
                yield message
        elif not isinstance(channel, discord.ForumChannel):
            log.error("support channel %s is neither a text nor a forum channel", channel_id)
            return
        for thread in await self._threads_of(community, channel_id):
            if thread.last_message_id is not None and thread.last_message_id <= after:
                continue
            async for message in thread.history(
                after=discord.Object(id=after), oldest_first=True, limit=None
            ):
                yield message

    # -- sweeps: posts nobody answered ---------------------------------------------------------

    async def list_unanswered(
        self, community_name: str, *, older_than: datetime, newer_than: datetime, limit: int
    ) -> list[Post]:
        community = self.assistant.community(community_name)
        ignored = set(community.sweep.ignore_authors) if community.sweep else set()
        found: list[tuple[int, Post]] = []
        for channel_id in community.support_channels:
            channel = await self._channel(channel_id)
            if isinstance(channel, discord.ForumChannel):
                found += await self._unanswered_threads(
                    community, channel, older_than, newer_than, ignored
                )
            elif isinstance(channel, discord.TextChannel):
                found += await self._unanswered_messages(
                    community, channel, older_than, newer_than, ignored
                )
        found.sort(key=lambda pair: pair[0])
        return [post for _, post in found[:limit]]

    def _answers(self, message: discord.Message, asker: int, ignored: set[str]) -> bool:
        """Does `message` count as someone answering `asker`? Not the asker, not a bot, not an
        ignored author."""
        author = message.author
        if author.id == asker or author.bot:
            return False
        return not ({str(author.id), author.name, getattr(author, "display_name", "")} & ignored)

    async def _unanswered_threads(
        self,
        community: Community,
        forum: discord.ForumChannel,
        older_than: datetime,
        newer_than: datetime,
        ignored: set[str],
    ) -> list[tuple[int, Post]]:
        result: list[tuple[int, Post]] = []
        lo, hi = snowflake_for(newer_than), snowflake_for(older_than)
        threads = {t.id: t for t in await self._threads_of(community, forum.id)}
        # A post nobody answered is archived after its auto-archive time (often 24 h) of quiet:
        # exactly the one a sweep is for. Archived threads come newest-archived first.
        async for thread in forum.archived_threads(limit=None):
            if thread.archive_timestamp < newer_than:
                break
            threads.setdefault(thread.id, thread)
        for thread in sorted(threads.values(), key=lambda t: t.id):
            if not lo <= thread.id < hi or thread.owner_id is None:
                continue
            starter: discord.Message | None = None
            answered = False
            async for message in thread.history(limit=THREAD_SCAN_LIMIT, oldest_first=True):
                if message.id == thread.id:
                    starter = message
                elif self._answers(message, thread.owner_id, ignored):
                    answered = True
                    break
            if not answered and starter is not None:
                result.append((thread.id, post_from_message(starter, community)))
        return result

    @staticmethod
    def _is_new_post(message: discord.Message) -> bool:
        """A message that asks rather than answers: not a bot's, not a reply, mentioning nobody
        else."""
        if message.author.bot or message.reference is not None:
            return False
        return all(user.id == message.author.id for user in message.mentions)

    async def _unanswered_messages(
        self,
        community: Community,
        channel: discord.TextChannel,
        older_than: datetime,
        newer_than: datetime,
        ignored: set[str],
    ) -> list[tuple[int, Post]]:
        """A post is answered by a reply to it, a message mentioning its author, or a thread on
        it where someone else wrote."""
        candidates: list[discord.Message] = []
        answered: set[int] = set()
        async for message in channel.history(after=newer_than, oldest_first=True, limit=None):
            if message.created_at < older_than and self._is_new_post(message):
                candidates.append(message)
            ref = message.reference.message_id if message.reference else None
            for earlier in candidates:
                if earlier.id == message.id or not self._answers(
                    message, earlier.author.id, ignored
                ):
                    continue
                if ref == earlier.id or any(u.id == earlier.author.id for u in message.mentions):
                    answered.add(earlier.id)
        threads = {t.id: t for t in await self._threads_of(community, channel.id)}
        result: list[tuple[int, Post]] = []
        for message in candidates:
            if message.id in answered or not (message.content or "").strip():
                continue
            thread = threads.get(message.id)
            if thread is not None:
                replied = False
                async for reply in thread.history(limit=THREAD_SCAN_LIMIT):
                    if self._answers(reply, message.author.id, ignored):
                        replied = True
                        break
                if replied:
                    continue
            result.append((message.id, post_from_message(message, community)))
        return result
