"""The Discord adapter: one discord.py client, the helpers' commands, the watcher of support
channels and delivery to moderator channels.

`llumi run` builds `DiscordAdapter(assistant, settings, communities)` and awaits `run(stop)`.
discord.py reconnects by itself; on every READY and RESUMED the watcher catches up on what the
support channels got meanwhile, so no alert is lost while disconnected.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import discord
from discord import app_commands

from adapters.discord_app.commands import HelperCommands
from adapters.discord_app.config import discord_settings
from adapters.discord_app.context import MESSAGE_LIMIT
from adapters.discord_app.delivery import ModeratorDelivery
from adapters.discord_app.verdicts import VerdictCommands
from adapters.discord_app.views import ClaimButton, DraftButton, VerdictButton
from adapters.discord_app.watcher import Watcher
from bot.config import Community, ConfigError, Settings
from bot.core.assistant import Assistant
from bot.core.domain import Alert, Post, utcnow
from bot.core.errors import LlumiError

log = logging.getLogger(__name__)

TOKEN_LIFETIME = timedelta(minutes=15)  # an interaction token's life (Discord API docs)
REPING_AFTER = timedelta(minutes=15)
HELP_TEXT = (
    "Hi! llumi works inside your server, privately:\n"
    "- `/draft link:<message link>` or right-click a message > Apps > **Draft a reply**\n"
    "- `/improve link:<message link> reply:<your reply>` or right-click your own reply > Apps >"
    " **Improve my reply**\n"
    "- `/screen link:<message link>` shows a message's crisis level and signals\n"
    "Only you see the answers. Crisis posts are never drafted: the crisis team is alerted instead."
)
MESSAGE_CONTENT_FLAGS = (1 << 18) | (1 << 19)  # GATEWAY_MESSAGE_CONTENT(_LIMITED)


class DiscordSetupError(LlumiError, RuntimeError):
    """The bot cannot run as configured; the message says what to fix, in one line."""


def intents() -> discord.Intents:
    """Guilds, guild messages and DMs, and the privileged Message Content intent (the watcher
    reads posts). Server Members and Presence are not needed."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_messages = True
    wanted.dm_messages = True
    wanted.message_content = True
    return wanted


class LlumiClient(discord.Client):
    def __init__(self, adapter: DiscordAdapter) -> None:
        super().__init__(
            intents=intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            max_messages=1000,
            **adapter.client_options,
        )
        self.adapter = adapter
        self.tree: app_commands.CommandTree[LlumiClient] = app_commands.CommandTree(self)
        self.commands = adapter.commands
        self.verdicts = adapter.verdicts
        self.tree.on_error = self._on_app_command_error  # type: ignore[method-assign]

    async def setup_hook(self) -> None:
        await self.adapter._setup(self)

    async def on_ready(self) -> None:
        await self.adapter._on_connected("ready")

    async def on_resumed(self) -> None:
        await self.adapter._on_connected("resumed")

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        if not await self.commands.on_modal(interaction):
            await self.verdicts.on_modal(interaction)

    async def on_message(self, message: discord.Message) -> None:
        if message.guild is None:
            await self.adapter._on_direct_message(message)
        else:
            await self.adapter.watcher.on_message(message)

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        if "content" in payload.data:
            await self.adapter.watcher.on_edit(payload.message)

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        if self.adapter.community_for_guild(payload.guild_id) is not None:
            self.adapter.assistant.forget_post(f"discord:{payload.message_id}")

    async def _on_app_command_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        log.error("app command failed for interaction %s: %r", interaction.id, error)
        text = "Something went wrong on llumi's side. Please try again."
        with contextlib.suppress(discord.HTTPException):
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True)
            else:
                await interaction.response.send_message(text, ephemeral=True)


class DiscordAdapter:
    """Discord for llumi: commands for helpers, alerts to moderators, sweeps' platform part."""

    name = "discord"
    message_limit = MESSAGE_LIMIT

    def __init__(
        self,
        assistant: Assistant,
        settings: Settings,
        communities: Sequence[Community],
        *,
        credentials: str | None = None,
        now: Callable[[], datetime] | None = None,
        reping_after: timedelta = REPING_AFTER,
        reping_tick: float = 30.0,
        token_lifetime: timedelta = TOKEN_LIFETIME,
        client_options: dict[str, Any] | None = None,
        stop_grace: float = 20.0,
        slow_notice_after: float = 20.0,
    ) -> None:
        self.assistant = assistant
        self.settings = settings
        #: The bot's token (DISCORD_TOKEN), given by the composition root.
        self.token = credentials
        self.communities = [c for c in communities if c.platform == self.name]
        self._by_guild = {discord_settings(c).guild_id: c for c in self.communities}
        self.now: Callable[[], datetime] = now or utcnow
        self.token_lifetime = token_lifetime
        self.client_options = client_options or {}
        self.stop_grace = stop_grace
        self.slow_notice_after = slow_notice_after
        self.client: LlumiClient | None = None
        self._rest_client: discord.Client | None = None
        self.commands = HelperCommands(self)
        self.verdicts = VerdictCommands(self)
        self.watcher = Watcher(self, now=self.now)
        self.delivery = ModeratorDelivery(
            self, now=self.now, reping_after=reping_after, tick=reping_tick
        )
        self.caught_up = asyncio.Event()  # set after each catch-up (tests and doctor wait on it)
        self.catch_ups = 0
        self._background: list[asyncio.Task[Any]] = []
        self._warned_content = False

    # -- lookup --------------------------------------------------------------------------------

    def community_for_guild(self, guild_id: int | None) -> Community | None:
        return self._by_guild.get(guild_id) if guild_id is not None else None

    def alert_claimed(self, alert_id: str) -> None:
        self.delivery.claimed(alert_id)

    def require_client(self) -> discord.Client:
        """The gateway client while `run` runs, else the REST-only one of a one-off call."""
        client = self.client or self._rest_client
        if client is None:
            raise RuntimeError("the Discord client is not running")
        return client

    @contextlib.asynccontextmanager
    async def _connected(self) -> AsyncIterator[discord.Client]:
        """A client for one port call: the running one, or (for `llumi sweep` without `llumi
        run`) a REST-only login closed afterwards."""
        if self.client is not None or self._rest_client is not None:
            yield self.require_client()
            return
        if not self.token:
            raise ConfigError("DISCORD_TOKEN is not set")
        client = discord.Client(intents=discord.Intents.none())
        async with client:
            await client.login(self.token)
            self._rest_client = client
            try:
                yield client
            finally:
                self._rest_client = None

    # -- the ports of bot/core/ports.py -----------------------------------------------------

    async def send_alert(self, alert: Alert) -> str:
        async with self._connected():
            return await self.delivery.send_alert(alert)

    async def send_digest(
        self, community: str, parts: Sequence[str], *, thread: str | None = None
    ) -> str | None:
        """Parts follow each other in the moderator channel: no thread to join (`thread` unused)."""
        async with self._connected():
            await self.delivery.send_digest(community, parts)
        return None

    async def list_unanswered(
        self, community: str, *, older_than: datetime, newer_than: datetime, limit: int
    ) -> list[Post]:
        async with self._connected():
            return await self.watcher.list_unanswered(
                community, older_than=older_than, newer_than=newer_than, limit=limit
            )

    # -- running -------------------------------------------------------------------------------

    def build_client(self) -> LlumiClient:
        self.client = LlumiClient(self)
        return self.client

    async def run(self, stop: asyncio.Event) -> None:
        """Log in, stay connected (discord.py reconnects), until `stop` is set; close cleanly."""
        token = self.token
        if not token:
            raise ConfigError("a discord community is configured but DISCORD_TOKEN is not set")
        self.assistant.register_alerts(self.name, self)
        # `llumi run` builds the crisis gates (off the event loop) and retries pending alerts
        # for all platforms; this adapter also resends after each (re)connection
        client = self.build_client()
        try:
            async with client:
                await client.login(token)
                connection = asyncio.create_task(client.connect(reconnect=True), name="discord")
                stopping = asyncio.create_task(stop.wait(), name="discord-stop")
                done, _ = await asyncio.wait(
                    {connection, stopping}, return_when=asyncio.FIRST_COMPLETED
                )
                if connection in done:
                    stopping.cancel()
                    connection.result()  # raises why the connection ended
                await self._finish_in_flight()
                await client.close()
                with contextlib.suppress(asyncio.CancelledError):
                    await connection
        except discord.LoginFailure:
            raise DiscordSetupError(
                "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer"
                " Portal (Bot > Reset Token)"
            ) from None
        except discord.PrivilegedIntentsRequired:
            raise DiscordSetupError(
                "Discord refused the Message Content intent: enable it in the Developer Portal"
                " (Bot > Privileged Gateway Intents > Message Content Intent)"
            ) from None
        finally:
            for task in self._background:
                task.cancel()
            self._background.clear()
            log.info("discord adapter stopped")

    async def _finish_in_flight(self) -> None:
        """Let drafts being made reach their helpers before the connection closes."""
        if self.commands.in_flight:
            log.info("waiting for %d command(s) in flight", self.commands.in_flight)
            try:
                await asyncio.wait_for(self.commands.idle.wait(), self.stop_grace)
            except TimeoutError:
                log.warning("%d command(s) still in flight at stop", self.commands.in_flight)

    async def _setup(self, client: LlumiClient) -> None:
        """After login, before the gateway: persistent buttons, per-guild commands, re-pings."""
        client.add_dynamic_items(DraftButton, ClaimButton, VerdictButton)
        guilds = [discord_settings(c).guild_id for c in self.communities]
        self.commands.register(client.tree, guilds)
        self.verdicts.register(client.tree, guilds)
        for guild_id in guilds:
            try:
                await client.tree.sync(guild=discord.Object(id=guild_id))
            except discord.HTTPException as exc:
                log.error(
                    "could not register commands in guild %s (HTTP %s): invite llumi with the"
                    " applications.commands scope",
                    guild_id,
                    exc.status,
                )
        flags = client.application_flags.value if client.application_flags else 0
        if not flags & MESSAGE_CONTENT_FLAGS:
            log.error(
                "the Message Content intent looks disabled for this application: enable it in the"
                " Developer Portal (Bot > Privileged Gateway Intents), or posts read as empty"
            )
        self._background.append(
            asyncio.create_task(self.delivery.reping_loop(), name="discord-reping")
        )

    async def _on_connected(self, how: str) -> None:
        """On every READY and RESUMED: catch up on support channels, then resend alerts whose
        delivery a crash or an outage interrupted."""
        log.info("discord %s; catching up on support channels", how)
        self.caught_up.clear()
        try:
            await self.watcher.catch_up()
            pending = self.assistant.pending_alerts("discord")
            if pending:  # a crash or an outage interrupted their delivery
                resent = await self.assistant.resend_pending(platform="discord")
                log.info("resent %d of %d pending alert(s)", resent, len(pending))
        finally:
            self.catch_ups += 1
            self.caught_up.set()

    def note_empty_content(self, message: discord.Message) -> None:
        """A user message without text in a support channel usually means the Message Content
        intent is off; say so once."""
        if not self._warned_content and not message.attachments and not message.embeds:
            self._warned_content = True
            log.warning(
                "message %s in a support channel arrived without text: check that the Message"
                " Content intent is enabled (Developer Portal > Bot)",
                message.id,
            )

    async def _on_direct_message(self, message: discord.Message) -> None:
        """In DMs llumi only tells a helper how to use it (and says nothing to anyone else)."""
        client = self.require_client()
        if message.author.bot or (client.user and message.author.id == client.user.id):
            return
        if not await self._is_helper_anywhere(message.author.id):
            return
        if not self.assistant.checkpoints.once_per(
            f"discord:dm-help:{message.author.id}", timedelta(hours=1)
        ):
            return
        with contextlib.suppress(discord.HTTPException):
            await message.channel.send(HELP_TEXT, allowed_mentions=discord.AllowedMentions.none())

    async def _is_helper_anywhere(self, user_id: int) -> bool:
        client = self.require_client()
        for community in self.communities:
            guild = client.get_guild(discord_settings(community).guild_id)
            if guild is None:
                continue
            member = guild.get_member(user_id)
            if member is None:
                try:
                    member = await guild.fetch_member(user_id)
                except discord.HTTPException:
                    continue
            if HelperCommands.is_helper(member, community):
                return True
        return False

    # -- doctor --------------------------------------------------------------------------------

    async def doctor(self) -> list[str]:
        from adapters.discord_app.doctor import check

        return await check(self)
