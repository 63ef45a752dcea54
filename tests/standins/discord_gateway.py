"""A Discord gateway + REST stand-in on 127.0.0.1 for the real discord.py client.

It speaks the wire formats of the Discord API v10 (payload shapes from the API docs and
discord.py's `discord/types`): the gateway sends HELLO, answers IDENTIFY with READY and one
GUILD_CREATE per guild, RESUME with RESUMED, heartbeats with ACKs, and dispatches MESSAGE_CREATE,
THREAD_CREATE and INTERACTION_CREATE on demand. REST answers with `Content-Type: application/json`
exactly (discord.py parses nothing else) and records every call, so tests assert what the bot sent.

The `discord_standin` fixture points `discord.http.Route.BASE` and
`discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY` at it; READY's `resume_gateway_url` points
back here. A 429 comes as Discord sends it (a Via header, `retry_after` in the body).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
import yarl
from aiohttp import WSMsgType, web

DISCORD_EPOCH_MS = 1420070400000

Json = dict[str, Any]


def snowflake_at(when: datetime, counter: int = 0) -> int:
    """A snowflake for `when` (ids sort by time, as Discord's do)."""
    ms = int(when.timestamp() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (counter & 0x3FFFFF)


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


@dataclass
class RestCall:
    method: str
    path: str
    query: dict[str, str]
    json: Any


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, Json] = field(default_factory=dict)
    channels: dict[int, Json] = field(default_factory=dict)
    members: dict[int, Json] = field(default_factory=dict)
    threads: dict[int, Json] = field(default_factory=dict)


class DiscordStandin:
    """One application, its bot user, guilds, channels, messages; a gateway and a REST API."""

    def __init__(self) -> None:
        self.app_id = 900000000000000001
        self.bot_id = 900000000000000002
        self.token = "standin.bot.token"
        self.application_flags = 1 << 19  # GATEWAY_MESSAGE_CONTENT_LIMITED: the intent is on
        self.calls: list[RestCall] = []
        self.identifies: list[Json] = []
        self.resumes: list[Json] = []
        self.guilds: dict[int, FakeGuild] = {}
        self.messages: dict[int, dict[int, Json]] = {}  # channel id -> message id -> message
        self.dm_channels: dict[int, Json] = {}  # user id -> DM channel
        self.users: dict[int, Json] = {}
        self.reject_identify_code: int | None = None  # e.g. 4014 (disallowed intents)
        self.invalidate_resume = False
        # "METHOD path-regex" (or "METHOD path-regex #n" to queue several) -> status for the next
        # matching request
        self.fail_next: dict[str, int] = {}
        self._counter = itertools.count(1)
        self._seq = 0
        self._session = ""
        self._sockets: list[web.WebSocketResponse] = []
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.call_event = asyncio.Event()
        self.users[self.bot_id] = self._user_json(self.bot_id, "llumi", bot=True)

    # ---------------------------------------------------------------- lifecycle
    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # ---------------------------------------------------------------- model
    def next_id(self, when: datetime | None = None) -> int:
        return snowflake_at(when or datetime.now(UTC), next(self._counter))

    def _user_json(self, user_id: int, name: str, *, bot: bool = False) -> Json:
        return {
            "id": str(user_id),
            "username": name,
            "global_name": name,
            "discriminator": "0",
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
        }

    def add_guild(self, guild_id: int, name: str = "calm harbor") -> FakeGuild:
        guild = FakeGuild(id=guild_id, name=name, owner_id=1)
        # @everyone: view channels, send messages, read history, embed links
        guild.roles[guild_id] = self._role_json(guild_id, "@everyone", permissions=0x14C00)
        self.guilds[guild_id] = guild
        self.add_member(guild_id, self.bot_id, "llumi", bot=True)
        return guild

    def _role_json(
        self, role_id: int, name: str, *, permissions: int = 0, mentionable: bool = False
    ) -> Json:
        return {
            "id": str(role_id),
            "name": name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": 0 if role_id in self.guilds else 1,
            "permissions": str(permissions),
            "managed": False,
            "mentionable": mentionable,
            "flags": 0,
        }

    def add_role(self, guild_id: int, role_id: int, name: str, *, mentionable: bool = True) -> None:
        self.guilds[guild_id].roles[role_id] = self._role_json(
            role_id, name, mentionable=mentionable
        )

    def add_member(
        self,
        guild_id: int,
        user_id: int,
        name: str,
        *,
        roles: tuple[int, ...] | list[int] = (),
        bot: bool = False,
    ) -> Json:
        user = self.users.setdefault(user_id, self._user_json(user_id, name, bot=bot))
        member = {
            "user": user,
            "nick": None,
            "avatar": None,
            "roles": [str(r) for r in roles],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
        }
        self.guilds[guild_id].members[user_id] = member
        return member

    def _channel_json(self, guild_id: int, channel_id: int, name: str, kind: int) -> Json:
        data: Json = {
            "id": str(channel_id),
            "type": kind,
            "guild_id": str(guild_id),
            "name": name,
            "position": len(self.guilds[guild_id].channels),
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if kind == 15:
            data.update(
                available_tags=[],
                default_reaction_emoji=None,
                default_sort_order=None,
                default_forum_layout=0,
                default_thread_rate_limit_per_user=0,
            )
        return data

    def add_text_channel(self, guild_id: int, channel_id: int, name: str) -> Json:
        data = self._channel_json(guild_id, channel_id, name, 0)
        self.guilds[guild_id].channels[channel_id] = data
        self.messages[channel_id] = {}
        return data

    def add_forum_channel(self, guild_id: int, channel_id: int, name: str) -> Json:
        data = self._channel_json(guild_id, channel_id, name, 15)
        self.guilds[guild_id].channels[channel_id] = data
        return data

    def deny_channel(self, guild_id: int, channel_id: int, deny: int) -> None:
        """An overwrite on @everyone that denies `deny` permission bits in the channel."""
        self.guilds[guild_id].channels[channel_id]["permission_overwrites"] = [
            {"id": str(guild_id), "type": 0, "allow": "0", "deny": str(deny)}
        ]

    def _guild_of_channel(self, channel_id: int) -> FakeGuild | None:
        for guild in self.guilds.values():
            if channel_id in guild.channels or channel_id in guild.threads:
                return guild
        return None

    def channel(self, channel_id: int) -> Json | None:
        guild = self._guild_of_channel(channel_id)
        if guild is not None:
            return guild.channels.get(channel_id) or guild.threads.get(channel_id)
        for dm in self.dm_channels.values():
            if int(dm["id"]) == channel_id:
                return dm
        return None

    def make_message(
        self,
        channel_id: int,
        author_id: int,
        content: str,
        *,
        when: datetime | None = None,
        reply_to: int | None = None,
        message_id: int | None = None,
        extra: Json | None = None,
        store: bool = True,
    ) -> Json:
        guild = self._guild_of_channel(channel_id)
        msg_id = message_id or self.next_id(when)
        created = when or datetime.now(UTC)
        mentions = [
            self.users[int(u)] for u in re.findall(r"<@!?(\d+)>", content) if int(u) in self.users
        ]
        data: Json = {
            "id": str(msg_id),
            "channel_id": str(channel_id),
            "author": self.users[author_id],
            "content": content,
            "timestamp": iso(created),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": "@everyone" in content,
            "mentions": mentions,
            "mention_roles": re.findall(r"<@&(\d+)>", content),
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 19 if reply_to else 0,
            "flags": 0,
            "components": [],
        }
        if guild is not None:
            data["guild_id"] = str(guild.id)
            member = dict(guild.members.get(author_id, {}))
            member.pop("user", None)
            if member:
                data["member"] = member
        if reply_to is not None:
            data["message_reference"] = {
                "type": 0,
                "message_id": str(reply_to),
                "channel_id": str(channel_id),
                **({"guild_id": str(guild.id)} if guild else {}),
            }
            ref = self.messages.get(channel_id, {}).get(reply_to)
            data["referenced_message"] = ref
        if extra:
            data.update(extra)
        if store:
            self.messages.setdefault(channel_id, {})[msg_id] = data
        return data

    async def post_message(
        self,
        channel_id: int,
        author_id: int,
        content: str,
        *,
        dispatch: bool = True,
        when: datetime | None = None,
        reply_to: int | None = None,
    ) -> Json:
        """Someone writes in a channel; the gateway tells the bot unless `dispatch` is False
        (an event lost while the bot was disconnected)."""
        data = self.make_message(channel_id, author_id, content, when=when, reply_to=reply_to)
        if dispatch:
            await self.dispatch("MESSAGE_CREATE", data)
        return data

    async def edit_message(self, channel_id: int, message_id: int, content: str) -> Json:
        data = self.messages[channel_id][message_id]
        data["content"] = content
        data["edited_timestamp"] = iso(datetime.now(UTC))
        await self.dispatch("MESSAGE_UPDATE", data)
        return data

    def make_thread(
        self,
        parent_id: int,
        owner_id: int,
        name: str,
        *,
        when: datetime | None = None,
        from_message: int | None = None,
        archived_at: datetime | None = None,
    ) -> Json:
        """A thread; `from_message` makes it a thread started on that message (same id)."""
        guild = self._guild_of_channel(parent_id)
        assert guild is not None
        thread_id = from_message or self.next_id(when)
        thread = {
            "id": str(thread_id),
            "guild_id": str(guild.id),
            "parent_id": str(parent_id),
            "owner_id": str(owner_id),
            "name": name,
            "type": 11,
            "last_message_id": None,
            "message_count": 0,
            "member_count": 1,
            "rate_limit_per_user": 0,
            "flags": 0,
            "applied_tags": [],
            "thread_metadata": {
                "archived": archived_at is not None,
                "auto_archive_duration": 1440,
                "archive_timestamp": iso(archived_at or when or datetime.now(UTC)),
                "locked": False,
                "create_timestamp": iso(when or datetime.now(UTC)),
            },
        }
        guild.threads[thread_id] = thread
        self.messages[thread_id] = {}
        return thread

    async def post_forum_thread(
        self,
        forum_id: int,
        author_id: int,
        title: str,
        content: str,
        *,
        dispatch: bool = True,
        when: datetime | None = None,
    ) -> tuple[Json, Json]:
        """A forum post: a thread whose starter message has the thread's id (as on Discord)."""
        thread = self.make_thread(forum_id, author_id, title, when=when)
        thread_id = int(thread["id"])
        message = self.make_message(thread_id, author_id, content, when=when, message_id=thread_id)
        if dispatch:
            await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
            await self.dispatch("MESSAGE_CREATE", message)
        return thread, message

    # ---------------------------------------------------------------- gateway
    async def dispatch(self, event: str, data: Json) -> None:
        ws = self._live_socket()
        if ws is None:
            return
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    def _live_socket(self) -> web.WebSocketResponse | None:
        live = [ws for ws in self._sockets if not ws.closed]
        return live[-1] if live else None

    async def drop_connection(self, code: int = 4000) -> None:
        """Close the gateway connection the way Discord does on a network blip (4000: resume)."""
        for ws in list(self._sockets):
            if not ws.closed:
                await ws.close(code=code)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(
            json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        )
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            op = payload.get("op")
            if op == 1:
                await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
            elif op == 2:
                await self._identify(ws, payload["d"])
            elif op == 6:
                self.resumes.append(payload["d"])
                if self.invalidate_resume:
                    await ws.send_str(json.dumps({"op": 9, "d": False, "s": None, "t": None}))
                else:
                    await self.dispatch("RESUMED", {})
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: Json) -> None:
        self.identifies.append(data)
        if self.reject_identify_code is not None:
            await ws.close(code=self.reject_identify_code)
            return
        self._session = secrets.token_hex(8)
        self._seq = 0
        await self.dispatch(
            "READY",
            {
                "v": 10,
                "user": {
                    **self.users[self.bot_id],
                    "verified": True,
                    "mfa_enabled": False,
                    "flags": 0,
                    "email": None,
                },
                "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
                "session_id": self._session,
                "resume_gateway_url": self.gateway_url,
                "shard": [0, 1],
                "application": {"id": str(self.app_id), "flags": self.application_flags},
            },
        )
        for guild in self.guilds.values():
            await self.dispatch("GUILD_CREATE", self._guild_json(guild, full=True))

    def _guild_json(self, guild: FakeGuild, *, full: bool) -> Json:
        data: Json = {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(guild.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": list(guild.roles.values()),
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
        }
        if full:
            data.update(
                unavailable=False,
                large=False,
                member_count=len(guild.members),
                joined_at="2024-01-01T00:00:00+00:00",
                members=[guild.members[self.bot_id]],
                channels=list(guild.channels.values()),
                threads=[t for t in guild.threads.values() if not t["thread_metadata"]["archived"]],
                voice_states=[],
                presences=[],
                stage_instances=[],
                guild_scheduled_events=[],
                soundboard_sounds=[],
            )
        return data

    # ---------------------------------------------------------------- interactions
    def interaction(
        self,
        kind: int,
        data: Json,
        *,
        guild_id: int | None,
        channel_id: int,
        user_id: int,
        message: Json | None = None,
    ) -> Json:
        token = "itoken-" + secrets.token_hex(12)
        payload: Json = {
            "id": str(self.next_id()),
            "application_id": str(self.app_id),
            "type": kind,
            "data": data,
            "token": token,
            "version": 1,
            "locale": "en-GB",
            "app_permissions": str(0x4_0000_0000_0000 - 1),
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "authorizing_integration_owners": {"0": str(guild_id) if guild_id else "0"},
        }
        if guild_id is not None:
            guild = self.guilds[guild_id]
            member = dict(guild.members[user_id])
            member["permissions"] = str(0x14C00)
            payload.update(
                guild_id=str(guild_id),
                guild_locale="en-US",
                guild={"id": str(guild_id), "locale": "en-US", "features": []},
                member=member,
                channel_id=str(channel_id),
                channel=self.channel(channel_id) or {"id": str(channel_id), "type": 0},
                context=0,
            )
        else:
            dm = self.dm_channel(user_id)
            payload.update(user=self.users[user_id], channel_id=dm["id"], channel=dm, context=1)
        if message is not None:
            payload["message"] = message
        return payload

    def slash(
        self,
        name: str,
        options: dict[str, str],
        *,
        guild_id: int | None,
        channel_id: int,
        user_id: int,
    ) -> Json:
        data = {
            "id": str(self.next_id()),
            "name": name,
            "type": 1,
            "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()],
        }
        if guild_id:
            data["guild_id"] = str(guild_id)
        return self.interaction(2, data, guild_id=guild_id, channel_id=channel_id, user_id=user_id)

    def message_command(
        self, name: str, target: Json, *, guild_id: int, channel_id: int, user_id: int
    ) -> Json:
        data = {
            "id": str(self.next_id()),
            "name": name,
            "type": 3,
            "guild_id": str(guild_id),
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}},
        }
        return self.interaction(2, data, guild_id=guild_id, channel_id=channel_id, user_id=user_id)

    def button(
        self, custom_id: str, message: Json, *, guild_id: int | None, channel_id: int, user_id: int
    ) -> Json:
        data = {"custom_id": custom_id, "component_type": 2}
        return self.interaction(
            3, data, guild_id=guild_id, channel_id=channel_id, user_id=user_id, message=message
        )

    def modal_submit(
        self,
        custom_id: str,
        values: dict[str, str],
        *,
        guild_id: int | None,
        channel_id: int,
        user_id: int,
    ) -> Json:
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]}
            for k, v in values.items()
        ]
        data = {"custom_id": custom_id, "components": rows}
        return self.interaction(5, data, guild_id=guild_id, channel_id=channel_id, user_id=user_id)

    async def interact(self, payload: Json) -> Json:
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    def dm_channel(self, user_id: int) -> Json:
        if user_id not in self.dm_channels:
            channel_id = self.next_id()
            self.dm_channels[user_id] = {
                "id": str(channel_id),
                "type": 1,
                "last_message_id": None,
                "recipients": [self.users[user_id]],
            }
            self.messages[channel_id] = {}
        return self.dm_channels[user_id]

    # ---------------------------------------------------------------- recorded calls
    def calls_to(self, method: str, pattern: str) -> list[RestCall]:
        rx = re.compile(pattern)
        return [c for c in self.calls if c.method == method and rx.search(c.path)]

    async def wait_for_call(
        self, method: str, pattern: str, *, count: int = 1, timeout: float = 5.0
    ) -> list[RestCall]:
        """Wait until `count` calls matching METHOD and the path regex were made."""

        async def until() -> list[RestCall]:
            while True:
                found = self.calls_to(method, pattern)
                if len(found) >= count:
                    return found
                self.call_event.clear()
                await self.call_event.wait()

        return await asyncio.wait_for(until(), timeout)

    # ---------------------------------------------------------------- REST
    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body: Any = None
        raw = await request.read()
        if raw:
            if request.content_type == "application/json":
                body = json.loads(raw)
            else:  # multipart: the JSON part is payload_json
                body = {"_raw": raw.decode("utf-8", "replace")}
        call = RestCall(request.method, path, dict(request.query), body)
        self.calls.append(call)
        self.call_event.set()
        if request.headers.get("Authorization") not in (
            f"Bot {self.token}",
            None,
        ) and not path.startswith(("/webhooks/", "/interactions/")):
            return self._json({"message": "401: Unauthorized", "code": 0}, 401)
        for key, status in list(self.fail_next.items()):
            method, rx = key.split(" ", 1)
            rx = rx.split(" #", 1)[0]  # "POST path #2": several failures queued for one path
            if method == request.method and re.search(rx, path):
                del self.fail_next[key]
                if status == 429:
                    return self._rate_limited()
                return self._json({"message": "stand-in failure", "code": 0}, status)
        for method, rx, handler in self._routes():
            if method == request.method:
                match = re.fullmatch(rx, path)
                if match:
                    result = await handler(request, body, *match.groups())
                    if isinstance(result, web.Response):
                        return result
                    return self._json(result)
        return self._json({"message": "404: Not Found", "code": 0}, 404)

    @staticmethod
    def _rate_limited(retry_after: float = 0.05) -> web.Response:
        """A 429 as Discord sends it (through Cloudflare: a Via header, retry_after in the body)."""
        body = {
            "message": "You are being rate limited.",
            "retry_after": retry_after,
            "global": False,
            "code": 0,
        }
        return web.Response(
            body=json.dumps(body).encode(),
            status=429,
            headers={
                "Content-Type": "application/json",
                "Via": "1.1 google",
                "Retry-After": "1",
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset-After": str(retry_after),
                "X-RateLimit-Bucket": "standin-bucket",
                "X-RateLimit-Scope": "user",
            },
        )

    @staticmethod
    def _json(data: Any, status: int = 200) -> web.Response:
        if status == 204:
            return web.Response(status=204)
        return web.Response(
            body=json.dumps(data).encode(),
            status=status,
            headers={"Content-Type": "application/json"},
        )

    def _routes(self) -> list[tuple[str, str, Callable[..., Any]]]:
        return [
            ("GET", r"/users/@me", self._me),
            ("GET", r"/oauth2/applications/@me", self._application),
            ("PUT", r"/applications/(\d+)/guilds/(\d+)/commands", self._put_commands),
            ("PUT", r"/applications/(\d+)/commands", self._put_global_commands),
            ("GET", r"/guilds/(\d+)", self._get_guild),
            ("GET", r"/guilds/(\d+)/channels", self._guild_channels),
            ("GET", r"/guilds/(\d+)/members/(\d+)", self._get_member),
            ("GET", r"/guilds/(\d+)/roles", self._guild_roles),
            ("GET", r"/guilds/(\d+)/threads/active", self._active_threads),
            ("GET", r"/channels/(\d+)", self._get_channel),
            ("GET", r"/channels/(\d+)/threads/archived/public", self._archived_threads),
            ("GET", r"/channels/(\d+)/messages", self._history),
            ("GET", r"/channels/(\d+)/messages/(\d+)", self._get_message),
            ("POST", r"/channels/(\d+)/messages", self._create_message),
            ("PATCH", r"/channels/(\d+)/messages/(\d+)", self._edit_message),
            ("POST", r"/users/@me/channels", self._create_dm),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._callback),
            ("POST", r"/webhooks/(\d+)/([^/]+)", self._followup),
            ("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/([^/]+)", self._edit_followup),
        ]

    async def _me(self, request: web.Request, body: Any) -> Json:
        return {**self.users[self.bot_id], "verified": True, "mfa_enabled": False, "flags": 0}

    async def _application(self, request: web.Request, body: Any) -> Json:
        return {
            "id": str(self.app_id),
            "name": "llumi",
            "icon": None,
            "description": "",
            "rpc_origins": [],
            "bot_public": False,
            "bot_require_code_grant": False,
            "owner": self._user_json(1, "owner"),
            "team": None,
            "verify_key": "0" * 64,
            "flags": self.application_flags,
            "summary": "",
            "bot": self.users[self.bot_id],
        }

    async def _put_commands(
        self, request: web.Request, body: Any, app: str, guild: str
    ) -> list[Json]:
        """Discord answers with the stored commands: ids added, and `description` "" and
        `options` [] for context-menu commands."""
        return [
            {
                "description": "",
                "options": [],
                **cmd,
                "id": str(self.next_id()),
                "application_id": app,
                "guild_id": guild,
                "version": str(self.next_id()),
                "default_member_permissions": None,
                "dm_permission": True,
                "nsfw": False,
            }
            for cmd in body or []
        ]

    async def _put_global_commands(self, request: web.Request, body: Any, app: str) -> list[Json]:
        return []

    async def _get_guild(self, request: web.Request, body: Any, guild_id: str) -> Any:
        guild = self.guilds.get(int(guild_id))
        if guild is None:
            return self._json({"message": "Unknown Guild", "code": 10004}, 404)
        return self._guild_json(guild, full=False)

    async def _guild_channels(self, request: web.Request, body: Any, guild_id: str) -> Any:
        guild = self.guilds.get(int(guild_id))
        if guild is None:
            return self._json({"message": "Missing Access", "code": 50001}, 403)
        return list(guild.channels.values())

    async def _guild_roles(self, request: web.Request, body: Any, guild_id: str) -> Any:
        return list(self.guilds[int(guild_id)].roles.values())

    async def _get_member(
        self, request: web.Request, body: Any, guild_id: str, user_id: str
    ) -> Any:
        guild = self.guilds.get(int(guild_id))
        member = guild.members.get(int(user_id)) if guild else None
        if member is None:
            return self._json({"message": "Unknown Member", "code": 10007}, 404)
        return member

    async def _active_threads(self, request: web.Request, body: Any, guild_id: str) -> Json:
        guild = self.guilds[int(guild_id)]
        threads = [t for t in guild.threads.values() if not t["thread_metadata"]["archived"]]
        return {"threads": threads, "members": []}

    async def _archived_threads(self, request: web.Request, body: Any, channel_id: str) -> Json:
        guild = self._guild_of_channel(int(channel_id))
        threads = sorted(
            (
                t
                for t in (guild.threads.values() if guild else [])
                if t["parent_id"] == channel_id and t["thread_metadata"]["archived"]
            ),
            key=lambda t: str(t["thread_metadata"]["archive_timestamp"]),
            reverse=True,  # Discord: most recently archived first
        )
        if "before" in request.query:
            before = datetime.fromisoformat(request.query["before"])
            threads = [
                t
                for t in threads
                if datetime.fromisoformat(t["thread_metadata"]["archive_timestamp"]) < before
            ]
        limit = int(request.query.get("limit", "50"))
        return {"threads": threads[:limit], "members": [], "has_more": len(threads) > limit}

    async def _get_channel(self, request: web.Request, body: Any, channel_id: str) -> Any:
        channel = self.channel(int(channel_id))
        if channel is None:
            return self._json({"message": "Unknown Channel", "code": 10003}, 404)
        return channel

    async def _history(self, request: web.Request, body: Any, channel_id: str) -> Any:
        if int(channel_id) not in self.messages:
            return self._json({"message": "Unknown Channel", "code": 10003}, 404)
        limit = int(request.query.get("limit", "50"))
        msgs = sorted(self.messages[int(channel_id)].values(), key=lambda m: int(m["id"]))
        if "after" in request.query:
            after = int(request.query["after"])
            picked = [m for m in msgs if int(m["id"]) > after][:limit]
        elif "before" in request.query:
            before = int(request.query["before"])
            picked = [m for m in msgs if int(m["id"]) < before][-limit:]
        else:
            picked = msgs[-limit:]
        return list(reversed(picked))  # Discord answers newest first

    async def _get_message(
        self, request: web.Request, body: Any, channel_id: str, message_id: str
    ) -> Any:
        message = self.messages.get(int(channel_id), {}).get(int(message_id))
        if message is None:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        return message

    async def _create_message(self, request: web.Request, body: Any, channel_id: str) -> Any:
        if self.channel(int(channel_id)) is None:
            return self._json({"message": "Unknown Channel", "code": 10003}, 404)
        body = body or {}
        ref = (body.get("message_reference") or {}).get("message_id")
        message = self.make_message(
            int(channel_id),
            self.bot_id,
            body.get("content") or "",
            reply_to=int(ref) if ref else None,
        )
        message["components"] = body.get("components") or []
        message["flags"] = body.get("flags", 0)
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    async def _edit_message(
        self, request: web.Request, body: Any, channel_id: str, message_id: str
    ) -> Any:
        message = self.messages.get(int(channel_id), {}).get(int(message_id))
        if message is None:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        message.update({k: v for k, v in (body or {}).items() if k in ("content", "components")})
        return message

    async def _create_dm(self, request: web.Request, body: Any) -> Json:
        return self.dm_channel(int(body["recipient_id"]))

    async def _callback(
        self, request: web.Request, body: Any, interaction_id: str, token: str
    ) -> Json:
        kind = body.get("type")
        flags = (body.get("data") or {}).get("flags", 0)
        result: Json = {
            "interaction": {
                "id": interaction_id,
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & 64),
            }
        }
        if kind in (4, 7):
            message = {
                **self.make_message(0, self.bot_id, body["data"].get("content") or "", store=False),
                "flags": flags,
                "components": body["data"].get("components", []),
            }
            result["resource"] = {"type": kind, "message": message}
        return result

    async def _followup(self, request: web.Request, body: Any, app_id: str, token: str) -> Json:
        body = body or {}
        message = self.make_message(0, self.bot_id, body.get("content") or "", store=False)
        message.update(
            flags=body.get("flags", 0),
            components=body.get("components", []),
            webhook_id=app_id,
            application_id=app_id,
        )
        return message

    async def _edit_followup(
        self, request: web.Request, body: Any, app_id: str, token: str, message: str
    ) -> Json:
        body = body or {}
        data = self.make_message(0, self.bot_id, body.get("content") or "", store=False)
        data.update(components=body.get("components", []), webhook_id=app_id)
        return data


@pytest.fixture
async def discord_standin(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A running stand-in with discord.py pointed at it (REST and gateway)."""
    import discord.gateway
    import discord.http

    standin = DiscordStandin()
    await standin.start()
    monkeypatch.setattr(discord.http.Route, "BASE", standin.api_base)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(standin.gateway_url)
    )
    try:
        yield standin
    finally:
        await standin.stop()
