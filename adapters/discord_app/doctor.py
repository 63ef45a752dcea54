"""`llumi doctor` for Discord: REST checks only (no gateway), each problem one line with its fix."""

from __future__ import annotations

import discord

from adapters.discord_app.config import discord_settings
from adapters.discord_app.context import DiscordContext

MESSAGE_CONTENT_FLAGS = (1 << 18) | (1 << 19)


async def check(adapter: DiscordContext) -> list[str]:
    token = adapter.token
    if not token:
        return ["DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot)"]
    problems = _check_config(adapter)
    client = discord.Client(intents=discord.Intents.none())
    try:
        async with client:
            try:
                await client.login(token)
            except discord.LoginFailure:
                return [
                    "DISCORD_TOKEN is invalid: reset it in the Developer Portal (Bot > Reset Token)"
                ]
            except discord.HTTPException as exc:
                return [f"Discord could not be reached to log in (HTTP {exc.status}); try again"]
            app = client.application
            flags = app.flags.value if app is not None else 0
            if not flags & MESSAGE_CONTENT_FLAGS:
                problems.append(
                    "the Message Content intent is off: enable it in the Developer Portal (Bot >"
                    " Privileged Gateway Intents), or llumi cannot read support posts"
                )
            assert client.user is not None
            for community in adapter.communities:
                problems += await _check_community(client, client.user.id, community)
    except discord.HTTPException as exc:
        problems.append(f"Discord answered HTTP {exc.status} while checking; try again")
    return problems


def _check_config(adapter: DiscordContext) -> list[str]:
    """What is wrong in the communities file itself (no Discord needed)."""
    problems: list[str] = []
    guilds: dict[int, str] = {}
    for community in adapter.communities:
        own = discord_settings(community)
        if own.guild_id in guilds:
            problems.append(
                f"{community.name}: guild {own.guild_id} is also used by"
                f" {guilds[own.guild_id]}: one community per Discord server"
            )
        guilds.setdefault(own.guild_id, community.name)
        if own.moderator_channel in own.support_channels:
            problems.append(
                f"{community.name}: moderator_channel is also a support channel: alerts must go"
                " to a private moderators' channel"
            )
        if own.crisis_role is None and not own.helper_roles:
            problems.append(
                f"{community.name}: no crisis_role and no helper_roles: nobody may use the"
                " commands and alerts ping nobody"
            )
    return problems


async def _check_community(client: discord.Client, bot_id: int, community: object) -> list[str]:
    from bot.config import Community

    assert isinstance(community, Community)
    name = community.name
    own = discord_settings(community)
    try:
        guild = await client.fetch_guild(own.guild_id)
        channels = {c.id: c for c in await guild.fetch_channels()}
        me = await guild.fetch_member(bot_id)
    except (discord.Forbidden, discord.NotFound):
        return [
            f"{name}: guild {own.guild_id} is not reachable: invite llumi to it (scopes bot"
            " and applications.commands)"
        ]
    problems: list[str] = []
    moderator = channels.get(own.moderator_channel)
    if not isinstance(moderator, discord.TextChannel):
        problems.append(
            f"{name}: moderator_channel {own.moderator_channel} is not a text channel of the guild"
        )
    else:
        perms = moderator.permissions_for(me)
        missing = [
            label
            for label, ok in (
                ("View Channel", perms.view_channel),
                ("Send Messages", perms.send_messages),
                ("Embed Links", perms.embed_links),
                ("Read Message History", perms.read_message_history),
            )
            if not ok
        ]
        if missing:
            problems.append(
                f"{name}: llumi lacks {', '.join(missing)} in the moderator channel"
                f" #{moderator.name}: grant them to its role"
            )
        if own.crisis_role is not None:
            role = guild.get_role(own.crisis_role)
            if role is None:
                problems.append(f"{name}: crisis_role {own.crisis_role} is not a role of the guild")
            elif not role.mentionable and not perms.mention_everyone:
                problems.append(
                    f"{name}: alerts cannot ping @{role.name}: make the role mentionable or give"
                    " llumi 'Mention @everyone, @here and All Roles' in the moderator channel"
                )
    for channel_id in own.support_channels:
        channel = channels.get(channel_id)
        if not isinstance(channel, discord.TextChannel | discord.ForumChannel):
            problems.append(
                f"{name}: support channel {channel_id} is not a text or forum channel of the guild"
            )
            continue
        perms = channel.permissions_for(me)
        if not (perms.view_channel and perms.read_message_history):
            problems.append(
                f"{name}: llumi cannot read #{channel.name}: grant View Channel and Read Message"
                " History"
            )
    for role_id in own.helper_roles:
        if guild.get_role(role_id) is None:
            problems.append(f"{name}: helper role {role_id} is not a role of the guild")
    return problems
