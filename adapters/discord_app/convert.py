"""Discord messages as the core's posts, and message links as ids.

The core never sees a discord.py object: the adapter turns a message into a `Post` here, once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import discord

from adapters.discord_app.config import discord_settings
from bot.config import Community
from bot.core.domain import Post
from bot.core.errors import LlumiError

_LINK = re.compile(
    r"https?://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/channels/(\d{15,22})/(\d{15,22})/(\d{15,22})"
)


@dataclass(frozen=True)
class MessageLink:
    guild_id: int
    channel_id: int
    message_id: int

    @property
    def url(self) -> str:
        return f"https://discord.com/channels/{self.guild_id}/{self.channel_id}/{self.message_id}"


def parse_link(text: str) -> MessageLink | None:
    """The first message link in `text` (discord.com, ptb., canary., discordapp.com), or None."""
    match = _LINK.search(text.strip())
    if not match:
        return None
    guild, channel, message = (int(x) for x in match.groups())
    return MessageLink(guild, channel, message)


def post_key(message_id: int) -> str:
    return f"discord:{message_id}"


def post_from_message(message: discord.Message, community: Community) -> Post:
    """A forum thread's starter message (its id is the thread's) carries the thread's title."""
    channel = message.channel
    title = ""
    if isinstance(channel, discord.Thread) and channel.id == message.id:
        title = channel.name
    created = message.created_at
    return Post(
        key=post_key(message.id),
        community=community.name,
        text=message.content or "",
        author=str(message.author.id),
        title=title,
        url=message.jump_url,
        created_at=created.astimezone(UTC) if created else None,
        platform="discord",
    )


def support_parent(channel: object) -> int | None:
    """The id of the channel a message counts under: a thread's parent, else the channel."""
    if isinstance(channel, discord.Thread):
        return channel.parent_id
    channel_id = getattr(channel, "id", None)
    return int(channel_id) if channel_id is not None else None


def snowflake_for(when: datetime) -> int:
    """The smallest message id Discord could give a message created at `when`."""
    return discord.utils.time_snowflake(when, high=False)


class NotFoundForHelper(LlumiError):
    """A message link that cannot be used; the message says why, in one line."""


async def fetch_linked(
    client_now: Callable[[], discord.Client], link: str, community: Community
) -> discord.Message:
    """The message a helper linked to, or NotFoundForHelper saying why not in one line."""
    parsed = parse_link(link)
    if parsed is None:
        raise NotFoundForHelper(
            "That is not a message link: right-click the message > Copy Message Link."
        )
    if parsed.guild_id != discord_settings(community).guild_id:
        raise NotFoundForHelper("That message is in another server; use a link from this one.")
    client = client_now()
    try:
        channel = client.get_channel(parsed.channel_id) or await client.fetch_channel(
            parsed.channel_id
        )
        if not isinstance(channel, discord.abc.Messageable):
            raise NotFoundForHelper("That link does not point at a message.")
        return await channel.fetch_message(parsed.message_id)
    except discord.NotFound:
        raise NotFoundForHelper("I can't find that message; was it deleted?") from None
    except discord.Forbidden:
        raise NotFoundForHelper(
            "I can't read that channel: give llumi View Channel and Read Message History there."
        ) from None
