"""The helpers' commands: /draft, /improve, /screen, two message context menus, and what the
buttons under drafts and alerts do.

Every answer is ephemeral (flags 64): only the helper who asked sees it. A command is deferred
before anything slow happens (Discord fails an interaction not acknowledged within 3 s), and the
outcome arrives as a follow-up; past the 15-minute life of the interaction token it arrives as a
DM to the helper instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, timedelta
from typing import Any

import discord
from discord import app_commands

from adapters.discord_app.config import discord_settings
from adapters.discord_app.context import MESSAGE_LIMIT, DiscordContext, Interaction
from adapters.discord_app.convert import NotFoundForHelper, fetch_linked, post_from_message
from adapters.discord_app.views import (
    ImproveModal,
    RatingModal,
    SubmittedModal,
    UsedModal,
    claim_view,
    draft_view,
    parse_scores,
    submitted_modal,
)
from bot.config import Community
from bot.core.domain import Draft, Feedback, Outcome, Post, Reply, Requester
from bot.core.errors import Refused
from bot.core.render import render_outcome, render_screening, split_message

log = logging.getLogger(__name__)

REFUSAL = (
    "Sorry, llumi's commands are for this server's helpers and crisis team only."
    " Ask a moderator if you think you should have access."
)
NOT_HERE = "llumi is not set up for this server."
UNEXPECTED = (
    "Something went wrong on llumi's side (it is logged, without your text). Please try again."
)
SLOW_NOTICE = (
    "Still drafting: the model is busy. Your answer follows here (or by DM after 15 minutes)."
)


class HelperCommands:
    """The app commands (cog-style: one object owns them and their handlers)."""

    def __init__(self, adapter: DiscordContext) -> None:
        self.adapter = adapter
        self.assistant = adapter.assistant
        self.in_flight = 0
        self.idle = asyncio.Event()
        self.idle.set()

    # -- registration --------------------------------------------------------------------------

    def register(self, tree: app_commands.CommandTree[Any], guilds: Sequence[int]) -> None:
        """Register every command per configured guild (nothing global: no other server and no
        DM sees them)."""
        targets = [discord.Object(id=g) for g in guilds]

        @app_commands.command(name="draft", description="A private draft reply to a message")
        @app_commands.describe(link="Link to the message (right-click > Copy Message Link)")
        @app_commands.guild_only()
        async def draft(interaction: Interaction, link: str) -> None:
            await self.draft_from_link(interaction, link)

        @app_commands.command(
            name="improve", description="Improve your reply to a message, privately"
        )
        @app_commands.describe(link="Link to the message you are answering", reply="Your reply")
        @app_commands.guild_only()
        async def improve(interaction: Interaction, link: str, reply: str) -> None:
            await self.improve_from_link(interaction, link, reply)

        @app_commands.command(name="screen", description="Crisis level and signals of a message")
        @app_commands.describe(link="Link to the message")
        @app_commands.guild_only()
        async def screen(interaction: Interaction, link: str) -> None:
            await self.screen_link(interaction, link)

        @app_commands.context_menu(name="Draft a reply")
        @app_commands.guild_only()
        async def draft_menu(interaction: Interaction, message: discord.Message) -> None:
            await self.draft_for_message(interaction, message)

        @app_commands.context_menu(name="Improve my reply")
        @app_commands.guild_only()
        async def improve_menu(interaction: Interaction, message: discord.Message) -> None:
            await self.improve_menu(interaction, message)

        commands: list[app_commands.Command[Any, ..., Any] | app_commands.ContextMenu] = [
            draft,
            improve,
            screen,
        ]
        commands += [draft_menu, improve_menu]
        for command in commands:
            tree.add_command(command, guilds=targets)

    # -- who may ask ---------------------------------------------------------------------------

    def community_of(self, guild_id: int | None) -> Community | None:
        return self.adapter.community_for_guild(guild_id)

    @staticmethod
    def is_helper(member: object, community: Community) -> bool:
        roles = {role.id for role in getattr(member, "roles", [])}
        own = discord_settings(community)
        allowed = set(own.helper_roles)
        if own.crisis_role is not None:
            allowed.add(own.crisis_role)
        return bool(roles & allowed)

    async def authorise(self, interaction: Interaction) -> Community | None:
        """The community when the user is a helper there; otherwise answer with an ephemeral
        refusal (at once: no deferral is needed for a local check) and return None."""
        community = self.community_of(interaction.guild_id)
        if community is None:
            await self._refuse(interaction, NOT_HERE)
            return None
        if not self.is_helper(interaction.user, community):
            log.info(
                "refused %s for user %s (no helper role)", _what(interaction), interaction.user.id
            )
            await self._refuse(interaction, REFUSAL)
            return None
        return community

    @staticmethod
    async def _refuse(interaction: Interaction, text: str) -> None:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)

    @staticmethod
    def requester(interaction: Interaction) -> Requester:
        user = interaction.user
        return Requester(platform="discord", id=str(user.id), name=user.display_name)

    # -- resolving messages --------------------------------------------------------------------

    async def fetch_linked(self, link: str, community: Community) -> discord.Message:
        return await fetch_linked(self.adapter.require_client, link, community)

    # -- /draft and "Draft a reply" ------------------------------------------------------------

    async def draft_from_link(self, interaction: Interaction, link: str) -> None:
        community = await self.authorise(interaction)
        if community is None:
            return
        await self._defer(interaction)

        async def work() -> Outcome:
            message = await self.fetch_linked(link, community)
            return await self._draft(interaction, post_from_message(message, community))

        await self._run_and_deliver(interaction, work)

    async def draft_for_message(self, interaction: Interaction, message: discord.Message) -> None:
        community = await self.authorise(interaction)
        if community is None:
            return
        await self._defer(interaction)
        post = post_from_message(message, community)
        await self._run_and_deliver(interaction, lambda: self._draft(interaction, post))

    async def _draft(self, interaction: Interaction, post: Post) -> Outcome:
        return await self.assistant.draft(post, self.requester(interaction))

    # -- /improve and "Improve my reply" -------------------------------------------------------

    async def improve_from_link(self, interaction: Interaction, link: str, reply: str) -> None:
        community = await self.authorise(interaction)
        if community is None:
            return
        await self._defer(interaction)
        who = self.requester(interaction)

        async def work() -> Outcome:
            message = await self.fetch_linked(link, community)
            post = post_from_message(message, community)
            return await self.assistant.improve(post, Reply(text=reply, author=who.id), who)

        await self._run_and_deliver(interaction, work)

    async def improve_menu(self, interaction: Interaction, message: discord.Message) -> None:
        community = await self.authorise(interaction)
        if community is None:
            return
        if message.author.id != interaction.user.id:
            await self._refuse(interaction, 'Use "Improve my reply" on a reply you wrote yourself.')
            return
        default = None
        ref = message.reference
        if ref is not None and ref.message_id and ref.channel_id:
            guild = ref.guild_id or discord_settings(community).guild_id
            default = f"https://discord.com/channels/{guild}/{ref.channel_id}/{ref.message_id}"
        elif isinstance(message.channel, discord.Thread) and message.channel.id != message.id:
            thread = message.channel  # a reply in a forum thread answers its starter message
            default = f"https://discord.com/channels/{discord_settings(community).guild_id}/{thread.id}/{thread.id}"
        await interaction.response.send_modal(ImproveModal(message, default))

    async def submit_improve(self, interaction: Interaction, modal: SubmittedModal) -> None:
        community = await self.authorise(interaction)
        if community is None:
            return
        await self._defer(interaction)
        who = self.requester(interaction)
        post_link = modal.values.get("post_link", "")
        reply_link = (
            f"https://discord.com/channels/{discord_settings(community).guild_id}/{modal.channel_id}/"
            f"{modal.message_id}"
        )

        async def work() -> Outcome:
            mine = await self.fetch_linked(reply_link, community)
            if mine.author.id != interaction.user.id:
                raise NotFoundForHelper('Use "Improve my reply" on a reply you wrote yourself.')
            message = await self.fetch_linked(post_link, community)
            post = post_from_message(message, community)
            reply = Reply(text=mine.content or "", author=who.id)
            return await self.assistant.improve(post, reply, who)

        await self._run_and_deliver(interaction, work)

    # -- /screen -------------------------------------------------------------------------------

    async def screen_link(self, interaction: Interaction, link: str) -> None:
        community = await self.authorise(interaction)
        if community is None:
            return
        await self._defer(interaction)
        try:
            message = await self.fetch_linked(link, community)
            screening = self.assistant.screen(post_from_message(message, community))
            text = render_screening(screening)
        except NotFoundForHelper as exc:
            text = str(exc)
        except Exception:
            log.exception("screen failed for interaction %s", interaction.id)
            text = UNEXPECTED
        await self.deliver_private(interaction, text, None)

    # -- the buttons under a draft -------------------------------------------------------------

    def _own_draft(self, interaction: Interaction, draft_id: str) -> str | None:
        """Why this user may not act on this draft, or None. Drafts belong to whoever asked."""
        record = self.assistant.draft_record(draft_id)
        if record is None:
            return "That draft is no longer stored."
        if record.requester != self.requester(interaction).ref:
            return "That draft belongs to another helper."
        return None

    async def regenerate(self, interaction: Interaction, draft_id: str) -> None:
        problem = self._own_draft(interaction, draft_id)
        if problem:
            await self._refuse(interaction, problem)
            return
        record = self.assistant.draft_record(draft_id)
        community = self.community_of(interaction.guild_id) or self._community_named(
            record.community if record else ""
        )
        if record is None or community is None or not record.post_text:
            await self._refuse(interaction, "The post is no longer stored; run /draft again.")
            return
        await self._defer(interaction)
        post = await self._post_again(record.post_key, community) or Post(
            key=record.post_key,
            community=record.community,
            text=record.post_text,
            platform="discord",
        )
        who = self.requester(interaction)

        async def work() -> Outcome:
            if record.kind == "im" and record.reply_text:
                reply = Reply(text=record.reply_text, author=who.id)
                return await self.assistant.improve(post, reply, who, regenerate_of=draft_id)
            return await self.assistant.draft(post, who, regenerate_of=draft_id)

        await self._run_and_deliver(interaction, work)

    def _community_named(self, name: str) -> Community | None:
        return next((c for c in self.adapter.communities if c.name == name), None)

    async def _post_again(self, post_key: str, community: Community) -> Post | None:
        """The post as it is now (it may have been edited), through the link stored with its
        screening; None when it cannot be fetched (the stored text is used instead)."""
        stored = self.assistant.stored_screening(post_key)
        if stored is None or not stored.url:
            return None
        try:
            message = await self.fetch_linked(stored.url, community)
        except (NotFoundForHelper, discord.HTTPException):
            return None
        return post_from_message(message, community)

    async def open_rating(self, interaction: Interaction, draft_id: str) -> None:
        problem = self._own_draft(interaction, draft_id)
        if problem:
            await self._refuse(interaction, problem)
            return
        await interaction.response.send_modal(RatingModal(draft_id))

    async def submit_rating(self, interaction: Interaction, modal: SubmittedModal) -> None:
        try:
            scores = parse_scores(modal.values)
        except ValueError as exc:
            await self._refuse(interaction, f"Not saved: {exc}. Press Rate to try again.")
            return
        feedback = Feedback(
            draft_id=modal.draft_id, rater=self.requester(interaction).ref, scores=scores
        )
        await self._feedback(interaction, feedback, "Thanks, your rating is saved.")

    async def open_used(self, interaction: Interaction, draft_id: str) -> None:
        problem = self._own_draft(interaction, draft_id)
        if problem:
            await self._refuse(interaction, problem)
            return
        record = self.assistant.draft_record(draft_id)
        await interaction.response.send_modal(UsedModal(draft_id, record.text if record else None))

    async def submit_used(self, interaction: Interaction, modal: SubmittedModal) -> None:
        final = modal.values.get("final_text", "").strip()
        if not final:
            await self._refuse(interaction, "Not saved: the reply is empty.")
            return
        feedback = Feedback(
            draft_id=modal.draft_id,
            rater=self.requester(interaction).ref,
            used=True,
            final_text=final,
        )
        await self._feedback(interaction, feedback, "Thanks, noted that you used it.")

    async def on_modal(self, interaction: Interaction) -> bool:
        """Handle a llumi modal from the interaction alone; False if it is not ours."""
        modal = submitted_modal(interaction)
        if modal is None:
            return False
        if modal.kind in ("rate", "used"):
            problem = self._own_draft(interaction, modal.draft_id)
            if problem:
                await self._refuse(interaction, problem)
            elif modal.kind == "rate":
                await self.submit_rating(interaction, modal)
            else:
                await self.submit_used(interaction, modal)
        else:
            await self.submit_improve(interaction, modal)
        return True

    async def _feedback(self, interaction: Interaction, feedback: Feedback, thanks: str) -> None:
        try:
            self.assistant.record_feedback(feedback)
        except KeyError:
            await self._refuse(interaction, "That draft is no longer stored.")
            return
        await interaction.response.send_message(thanks, ephemeral=True)

    # -- the button under an alert -------------------------------------------------------------

    async def claim_alert(self, interaction: Interaction, alert_id: str) -> None:
        community = await self.authorise(interaction)
        if community is None:
            return
        me = self.requester(interaction).ref
        holder = self.assistant.claim_alert(alert_id, me)
        if holder is None:
            await self._refuse(interaction, "That alert is no longer stored.")
            return
        if holder != me:
            await interaction.response.send_message(
                f"<@{holder.removeprefix('discord:')}> already took this alert.",
                ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
            return
        self.adapter.alert_claimed(alert_id)
        log.info("alert %s taken by user %s", alert_id, interaction.user.id)
        await interaction.response.edit_message(
            view=claim_view(alert_id, taken_by=interaction.user.display_name),
            allowed_mentions=discord.AllowedMentions.none(),
        )

    # -- delivery to the helper ----------------------------------------------------------------

    @staticmethod
    async def _defer(interaction: Interaction) -> None:
        """Acknowledge at once (Discord's 3-second limit); the answer follows, ephemeral. If the
        interaction already expired, the answer still goes to the helper, by DM."""
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
        except discord.NotFound:
            log.warning("interaction %s expired before it was acknowledged", interaction.id)

    async def _run_and_deliver(
        self, interaction: Interaction, work: Callable[[], Awaitable[Outcome]]
    ) -> None:
        self.in_flight += 1
        self.idle.clear()
        try:
            await self._work_and_deliver(interaction, work)
        finally:
            self.in_flight -= 1
            if not self.in_flight:
                self.idle.set()

    async def _work_and_deliver(
        self, interaction: Interaction, work: Callable[[], Awaitable[Outcome]]
    ) -> None:
        view: discord.ui.View | None = None
        try:
            outcome = await self._with_slow_notice(interaction, work)
            text = render_outcome(outcome)
            view = draft_view(outcome.id) if isinstance(outcome, Draft) and outcome.id else None
            log.info("%s for user %s: %s", _what(interaction), interaction.user.id, outcome.status)
        except NotFoundForHelper as exc:
            text = str(exc)
        except Refused as exc:  # the core's one-line refusals: an empty post or reply
            text = f"No draft: {exc}."
        except Exception:
            log.exception("%s failed for interaction %s", _what(interaction), interaction.id)
            text = UNEXPECTED
        await self.deliver_private(interaction, text, view)

    async def _with_slow_notice(
        self, interaction: Interaction, work: Callable[[], Awaitable[Outcome]]
    ) -> Outcome:
        """Run `work`; if it takes longer than `slow_notice_after`, tell the helper (in the
        deferred answer's place) that the draft is still coming."""
        task = asyncio.ensure_future(work())
        done, _ = await asyncio.wait({task}, timeout=self.adapter.slow_notice_after)
        if not done:
            with contextlib.suppress(discord.HTTPException):
                await interaction.edit_original_response(content=SLOW_NOTICE)
        return await task

    async def deliver_private(
        self, interaction: Interaction, text: str, view: discord.ui.View | None
    ) -> None:
        """Ephemeral follow-ups within the token's life; a DM to the helper after it."""
        parts = split_message(text, MESSAGE_LIMIT)
        age = self.adapter.now() - interaction.created_at.astimezone(UTC)
        if age < self.adapter.token_lifetime - timedelta(seconds=30):
            try:
                for index, part in enumerate(parts):
                    last = index == len(parts) - 1
                    await interaction.followup.send(
                        part,
                        ephemeral=True,
                        view=view if last and view else discord.utils.MISSING,
                        allowed_mentions=discord.AllowedMentions.none(),
                    )
                return
            except discord.NotFound:
                log.info("interaction %s expired; sending the answer by DM", interaction.id)
        await self._dm(interaction.user, parts, view)

    @staticmethod
    async def _dm(
        user: discord.User | discord.Member, parts: list[str], view: discord.ui.View | None
    ) -> None:
        lead = "Your llumi answer took longer than Discord keeps a command open, so here it is:"
        try:
            await user.send(lead, allowed_mentions=discord.AllowedMentions.none())
            for index, part in enumerate(parts):
                last = index == len(parts) - 1
                extra: dict[str, Any] = {"view": view} if last and view else {}
                await user.send(part, allowed_mentions=discord.AllowedMentions.none(), **extra)
        except discord.HTTPException as exc:
            log.warning("could not DM user %s (status %s): answer lost", user.id, exc.status)


def _what(interaction: Interaction) -> str:
    command = interaction.command
    if command is not None:
        return f"/{command.name}" if isinstance(command, app_commands.Command) else command.name
    return "component"
