"""Where moderators' commands arrive on Reddit: unread private messages and modmail, polled.

Private messages are marked read only after they are answered; each answer is journalled
(store.journal_begin/done) so a crash mid-answer still answers once after a restart. Commands run
side by side (`HelperCommands` answers them), one person's and one modmail conversation's in the
order they were sent. A command llumi itself fails on is answered once and never retried.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from praw.endpoints import API_PATH

from adapters.reddit.client import PrawThread, describe_error
from adapters.reddit.convert import author_name, field
from adapters.reddit.delivery import REDDIT_ERRORS, ModeratorDelivery
from adapters.reddit.parsing import (
    REDDIT_FAILED,
    Answer,
    is_command,
)
from bot.core.ports import Checkpoints

if TYPE_CHECKING:
    import praw


from adapters.reddit.commands import HelperCommands

log = logging.getLogger(__name__)

ATTEMPTS = 3


def _failed(key: str, exc: Exception) -> Answer:
    """The one answer to a command llumi itself failed on (a model server that answered
    something that is not a model response, a bug): logged by type only, since the message may
    quote a post or the model's text; the traceback at DEBUG."""
    log.error("reddit command %s failed: %s; answered once", key, type(exc).__name__)
    log.debug("reddit command %s failed", key, exc_info=True)
    return Answer(
        "Sorry: llumi failed while working on this (the bot's operator can find why in its log)."
    )


class Inbox:
    """Polls unread private messages and modmail for commands."""

    def __init__(
        self,
        reddit: praw.Reddit,
        runner: PrawThread,
        commands: HelperCommands,
        mail: ModeratorDelivery,
        store: Checkpoints,
        bot_name: Callable[[], str],
        subreddits: list[str],
        clock: Callable[[], datetime],
    ) -> None:
        self.reddit = reddit
        self.runner = runner
        self.commands = commands
        self.mail = mail
        self.store = store
        self.bot_name = bot_name
        self.subreddits = subreddits
        self.clock = clock
        self._failures: dict[str, int] = {}
        self._working: dict[str, asyncio.Task[None]] = {}  # what is being answered, by key
        self._last_of: dict[str, asyncio.Task[None]] = {}  # each queue's newest task

    # -- working side by side --------------------------------------------------------------

    def _start(self, key: str, queue: str, work: Callable[[], Awaitable[None]]) -> bool:
        """Run `work` in a task of its own, after the earlier work of the same `queue` (one
        person, one conversation). False when `key` is already being worked on."""
        if key in self._working:
            return False
        before = self._last_of.get(queue)

        async def run() -> None:
            if before is not None:
                await asyncio.wait([before])  # its failure is its own: logged there
            try:
                await work()
            except REDDIT_ERRORS as exc:  # left pending: the next poll tries again
                log.warning("reddit command %s failed: %s", key, describe_error(exc))
            except Exception as exc:  # its message may quote a post or the model: type only
                log.error("reddit command %s failed: %s", key, type(exc).__name__)
                log.debug("reddit command %s failed", key, exc_info=True)

        task = asyncio.create_task(run(), name=key)
        self._working[key] = task
        self._last_of[queue] = task

        def done(finished: asyncio.Task[None]) -> None:
            self._working.pop(key, None)
            if self._last_of.get(queue) is finished:
                del self._last_of[queue]

        task.add_done_callback(done)
        return True

    def working(self) -> list[asyncio.Task[None]]:
        """The commands being answered now (the adapter lets them finish when it stops)."""
        return list(self._working.values())

    # -- private messages ------------------------------------------------------------------

    async def poll_messages(self) -> int:
        """Start answering the unread messages; returns how many were started."""

        def unread() -> list[Any]:
            return list(self.reddit.inbox.unread(limit=100))

        items = await self.runner.call(unread)
        started = 0
        for item in reversed(items):  # oldest first
            author = (author_name(item) or "").lower()
            if self._start(
                f"reddit:pm:{item.fullname}", f"pm:{author}", partial(self._message, item)
            ):
                started += 1
        return started

    async def _message(self, item: Any) -> None:
        fullname = item.fullname
        key = f"reddit:pm:{fullname}"
        author = author_name(item)
        is_private = fullname.startswith("t4_") and not field(item, "was_comment", False)
        if not is_private or not author or author.lower() == self.bot_name().lower():
            await self.runner.call(self.reddit.inbox.mark_read, [item])
            return
        state = self.store.journal_state(key)
        if state != "done":
            if state is None:
                self.store.journal_begin(key, "reddit-command", {"message": fullname})
            try:
                answer = await self.commands.answer(
                    str(field(item, "body", "")), author, direct=field(item, "subreddit") is None
                )
            except REDDIT_ERRORS as exc:
                if not self._give_up(key, exc):
                    return  # stays unread and pending: retried at the next poll
                answer = Answer(REDDIT_FAILED)
            except Exception as exc:  # llumi's own failure: one answer, never retried forever
                answer = _failed(key, exc)
            if answer:
                await self.mail.answer_message(item, answer.text)
            self.store.journal_done(key)
        await self.runner.call(self.reddit.inbox.mark_read, [item])

    def _give_up(self, key: str, exc: BaseException) -> bool:
        count = self._failures.get(key, 0) + 1
        self._failures[key] = count
        log.warning("command %s failed (%s), attempt %d", key, describe_error(exc), count)
        return count >= ATTEMPTS

    # -- modmail ---------------------------------------------------------------------------

    async def poll_modmail(self) -> int:
        since = self.store.get_position("reddit:modmail:since")
        if since is None:
            since = self.clock().isoformat()
            self.store.set_position("reddit:modmail:since", since)
        first, *others = self.subreddits
        entity = ",".join([first, *others])

        def conversations() -> list[tuple[str, str]]:
            found: dict[str, str] = {}
            # "all" leaves out moderator discussions, where moderators are likely to write.
            # One page each (PRAW's ListingGenerator would ask again for an empty next page:
            # the 100 queries a minute are shared by everything the bot does).
            for state in ("all", "mod"):
                page = self.reddit.get(
                    API_PATH["modmail_conversations"],
                    params={"entity": entity, "sort": "recent", "state": state, "limit": 25},
                )
                for conv in getattr(page, "conversations", []):
                    found[str(conv.id)] = str(field(conv, "last_updated", ""))
            return list(found.items())

        started = 0
        for conversation_id, updated in await self.runner.call(conversations):
            position_key = f"reddit:modmail:{conversation_id}"
            if self.store.get_position(position_key) == updated:
                continue

            async def work(conversation_id: str = conversation_id, updated: str = updated) -> None:
                _, complete = await self._conversation(conversation_id, since)
                if complete:  # else: a command failed and is retried at the next poll
                    self.store.set_position(f"reddit:modmail:{conversation_id}", updated)

            if self._start(position_key, position_key, work):
                started += 1
        return started

    async def _conversation(self, conversation_id: str, since: str) -> tuple[int, bool]:
        def messages() -> tuple[str, list[tuple[str, str, str, str]]]:
            conversation = self.reddit.subreddit("all").modmail(conversation_id)
            return str(getattr(conversation.owner, "display_name", "")), [
                (
                    str(m.id),
                    author_name(m),
                    str(field(m, "body_markdown", "")),
                    str(field(m, "date", "")),
                )
                for m in conversation.messages
            ]

        handled = 0
        complete = True
        subreddit, found = await self.runner.call(messages)
        for message_id, author, body, date in found:
            if date < since or not is_command(body):
                continue
            if not author or author.lower() == self.bot_name().lower():
                continue
            key = f"reddit:modmail-msg:{message_id}"
            state = self.store.journal_state(key)
            if state == "done":
                continue
            if state is None:
                self.store.journal_begin(key, "reddit-command", {"conversation": conversation_id})
            try:
                answer = await self.commands.answer(body, author)
            except REDDIT_ERRORS as exc:
                if not self._give_up(key, exc):
                    complete = False
                    continue
                answer = Answer(REDDIT_FAILED)
            except Exception as exc:  # llumi's own failure: one answer, never retried forever
                answer = _failed(key, exc)
            if answer and answer.fits(subreddit):
                await self.mail.note(conversation_id, answer.text)
            elif answer:  # about another community's post: for the asker's eyes only
                await self.mail.to_user(author, "llumi: your modmail command", answer.text)
            self.store.journal_done(key)
            handled += 1
        return handled, complete
