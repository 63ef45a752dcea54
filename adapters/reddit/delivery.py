"""Messages to moderators: alerts and digests as modmail to the team, private answers.

Alerts and digests go through `subreddit.message()` (POST /api/compose to `#sub`), which opens a
modmail conversation with the moderator team; never `modmail.create` to a user, which could reach
the poster. Answers to a moderator's command go back as a reply to their private message, or as
an internal (moderators-only) note in their modmail conversation. Everything is split into
numbered parts within Reddit's 10,000-character limit.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import praw
from praw.exceptions import PRAWException
from prawcore.exceptions import PrawcoreException

from adapters.reddit.client import MESSAGE_LIMIT, SUBJECT_LIMIT, PrawThread, describe_error
from bot.core.domain import Alert
from bot.core.ports import DeliveryError
from bot.core.render import render_alert, split_message

log = logging.getLogger(__name__)

REDDIT_ERRORS = (PrawcoreException, PRAWException)


def parts_within_limit(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    return split_message(text, limit)


def subject(text: str) -> str:
    return text if len(text) <= SUBJECT_LIMIT else text[: SUBJECT_LIMIT - 1] + "…"


class ModeratorDelivery:
    """Modmail to a subreddit's moderator team, and private answers to one moderator."""

    def __init__(self, reddit: praw.Reddit, runner: PrawThread) -> None:
        self.reddit = reddit
        self.runner = runner

    async def to_team(self, subreddit: str, title: str, text: str) -> None:
        """Open a modmail conversation with the team (one message per part)."""
        parts = parts_within_limit(text)
        for part in parts:
            await self.runner.call(
                self.reddit.subreddit(subreddit).message, subject=subject(title), message=part
            )

    async def find_conversation(self, subreddit: str, title: str) -> str | None:
        """The id of the newest modmail conversation in `subreddit` with this subject."""

        def search() -> str | None:
            # "all" leaves out moderator discussions, which a moderator's message to their own
            # subreddit may become: look in both
            for state in ("all", "mod"):
                listing = self.reddit.subreddit(subreddit).modmail.conversations(
                    sort="recent", state=state, limit=25
                )
                for conv in listing:
                    if vars(conv).get("subject") == subject(title):
                        return str(conv.id)
            return None

        try:
            return await self.runner.call(search)
        except REDDIT_ERRORS as exc:
            log.warning("could not look up the alert conversation: %s", describe_error(exc))
            return None

    async def note(self, conversation_id: str, text: str) -> None:
        """Internal (moderators-only) notes in a modmail conversation."""
        conversation = self.reddit.subreddit("all").modmail(conversation_id)
        for part in parts_within_limit(text):
            await self.runner.call(conversation.reply, body=part, internal=True)

    async def to_user(self, name: str, title: str, text: str) -> None:
        """A private message to one person (answers that must not reach a team's modmail)."""
        redditor = self.reddit.redditor(name)
        for part in parts_within_limit(text):
            await self.runner.call(redditor.message, subject=subject(title), message=part)

    async def answer_message(self, message: Any, text: str) -> None:
        """Reply privately to a moderator's private message (POST /api/comment on its t4)."""
        for part in parts_within_limit(text):
            await self.runner.call(message.reply, body=part)

    async def send_alert(self, alert: Alert, subreddit: str) -> str:
        """Deliver an alert; return at once (the core marks it sent on return, so a crash can
        repeat it only in the instant of sending) the reference later alerts for the same author
        may join: the joined one, or "compose:<subreddit>:<subject>", which `locate_alert` turns
        into "modmail:<conversation id>" afterwards."""
        body = render_alert(alert) + f"\n\nVerdict: `!verdict {alert.id} right|wrong|<level>`"
        level = alert.screening.level.label
        try:
            if alert.joins:
                joined = await self._join(alert.joins, body)
                if joined:
                    return alert.joins
            title = f"llumi {'crisis' if alert.reason == 'crisis' else alert.reason} alert:"
            title += f" {level} in r/{subreddit} [{alert.id}]"
            await self.to_team(subreddit, title, body)
        except REDDIT_ERRORS as exc:
            raise DeliveryError(f"modmail to r/{subreddit} failed: {describe_error(exc)}") from exc
        return f"compose:{subreddit}:{title}"

    async def locate_alert(self, ref: str) -> str | None:
        """The modmail conversation a "compose:" reference opened, as "modmail:<id>"; None
        when it cannot be found now (joining looks it up again later)."""
        if not ref.startswith("compose:"):
            return None
        _, subreddit, title = ref.split(":", 2)
        conversation = await self.find_conversation(subreddit, title)
        return f"modmail:{conversation}" if conversation else None

    async def to_moderators(self, alert: Alert, subreddit: str, bot: str) -> int:
        """The alert as a private message to each moderator of `subreddit` with the mail
        permission (not the bot, never the poster): for when modmail refuses it. Returns how
        many got it."""

        def mail_moderators() -> list[str]:
            names = []
            for moderator in self.reddit.subreddit(subreddit).moderator():
                permissions = set(getattr(moderator, "mod_permissions", None) or ())
                name = str(moderator.name)
                if permissions & {"all", "mail"} and name.lower() not in {
                    bot.lower(),
                    alert.post.author.lower(),
                }:
                    names.append(name)
            return names

        title = subject(f"llumi crisis alert for r/{subreddit} (modmail is failing) [{alert.id}]")
        reached = 0
        for name in await self.runner.call(mail_moderators):
            try:
                for part in parts_within_limit(render_alert(alert)):
                    await self.runner.call(
                        self.reddit.redditor(name).message, subject=title, message=part
                    )
            except REDDIT_ERRORS as exc:
                log.warning("alert %s to a moderator failed: %s", alert.id, describe_error(exc))
                continue
            reached += 1
        return reached

    async def _join(self, ref: str, body: str) -> bool:
        conversation: str | None = None
        if ref.startswith("modmail:"):
            conversation = ref.split(":", 1)[1]
        elif ref.startswith("compose:"):
            _, subreddit, title = ref.split(":", 2)
            conversation = await self.find_conversation(subreddit, title)
        if not conversation:
            return False
        await self.note(conversation, body)
        return True

    async def send_digest(
        self, subreddit: str, community: str, parts: Sequence[str], *, thread: str | None = None
    ) -> str | None:
        """A digest's parts as one modmail conversation: the first part opens it, the next ones
        (`thread`, the reference this returned for the first) are notes in it. Returns the
        conversation's reference, or None when it could not be found (the next part then opens a
        conversation of its own)."""
        title = f"llumi digest for {community}"
        try:
            if thread and thread.startswith("modmail:"):
                await self.note(thread.split(":", 1)[1], "\n\n".join(parts))
                return thread
            await self.to_team(subreddit, title, "\n\n".join(parts))
        except REDDIT_ERRORS as exc:
            raise DeliveryError(f"digest to r/{subreddit} failed: {describe_error(exc)}") from exc
        conversation = await self.find_conversation(subreddit, title)
        return f"modmail:{conversation}" if conversation else None
