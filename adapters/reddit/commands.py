"""Moderators' commands from private messages and modmail, answered privately.

Private messages are marked read only after they are answered; each answer is journalled
(store.journal_begin/done) so a crash mid-answer still answers once after a restart. Modmail
commands get an internal (moderators-only) note, or, when the answer is about another community's
post, a private message to the asker: no community reads another's posts or drafts. Commands run
side by side, so one moderator's slow draft does not hold up another's; one person's commands
(and one modmail conversation's) are still answered in the order they were sent. Only moderators
of the linked post's subreddit, for configured subreddits, are served; anyone else gets one polite
refusal a day at most, logged without the message text.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx
from praw.endpoints import API_PATH
from praw.exceptions import ClientException
from prawcore.exceptions import Forbidden, NotFound, Redirect

from adapters.reddit.client import PrawThread, describe_error
from adapters.reddit.config import reddit_settings
from adapters.reddit.convert import author_name, field, gone, subreddit_name, to_post
from adapters.reddit.delivery import REDDIT_ERRORS, ModeratorDelivery
from adapters.reddit.parsing import (
    HELP,
    REDDIT_FAILED,
    REFUSAL,
    Answer,
    Answerable,
    Command,
    CommandError,
    Fetched,
    PostLink,
    is_command,
    parse_command,
    parse_link,
)
from adapters.reddit.verdicts import gate_verdict
from bot.config import Community
from bot.core.domain import DIMENSIONS, Feedback, Reply, Requester
from bot.core.ports import Checkpoints
from bot.core.render import escape_markdown, render_outcome, render_screening

if TYPE_CHECKING:
    import praw

    from bot.core.assistant import Assistant

log = logging.getLogger(__name__)

MODERATOR_CACHE = timedelta(minutes=10)
ATTEMPTS = 3


class HelperCommands:
    """Executes one command for one person and returns the answer (None: stay silent)."""

    def __init__(
        self,
        reddit: praw.Reddit,
        runner: PrawThread,
        assistant: Assistant,
        communities: dict[str, Community],
        clock: Callable[[], datetime],
    ) -> None:
        self.reddit = reddit
        self.runner = runner
        self.assistant = assistant
        self.by_subreddit = {reddit_settings(c).subreddit.lower(): c for c in communities.values()}
        self.communities = communities
        self.clock = clock
        self._moderators: dict[str, tuple[datetime, set[str]]] = {}

    # -- who may ask -----------------------------------------------------------------------

    async def moderators(self, subreddit: str) -> set[str]:
        cached = self._moderators.get(subreddit.lower())
        if cached and self.clock() - cached[0] < MODERATOR_CACHE:
            return cached[1]

        def fetch() -> set[str]:
            return {m.name.lower() for m in self.reddit.subreddit(subreddit).moderator()}

        names = await self.runner.call(fetch)
        self._moderators[subreddit.lower()] = (self.clock(), names)
        return names

    async def is_moderator(self, who: str, subreddit: str) -> bool:
        return who.lower() in await self.moderators(subreddit)

    async def moderates_any(self, who: str) -> bool:
        for community in self.by_subreddit.values():
            if await self.is_moderator(who, reddit_settings(community).subreddit):
                return True
        return False

    def refuse(self, who: str) -> str | None:
        store = self.assistant.checkpoints
        log.info("refused a command from a non-moderator")
        if store.once_per(f"reddit:refusal:{who.lower()}", timedelta(days=1)):
            return REFUSAL
        return None

    # -- executing -------------------------------------------------------------------------

    async def answer(self, text: str, who: str, *, direct: bool = True) -> Answer | None:
        """The answer to `text` from `who`, with the subreddits whose posts or drafts it shows."""
        about: set[str] = set()
        found = await self._answer(text, who, direct=direct, about=about)
        return Answer(found, frozenset(about)) if found else None

    async def _answer(self, text: str, who: str, *, direct: bool, about: set[str]) -> str | None:
        if not is_command(text):
            if direct and await self.moderates_any(who):
                return "llumi understands commands only. " + HELP
            return None  # a stranger's ordinary message: no answer
        if not await self.moderates_any(who):
            # strangers are refused before anything is looked up for them
            return self.refuse(who)
        try:
            command = parse_command(text)
        except CommandError as exc:
            return f"Sorry: {exc}"
        try:
            return await self._run(command, who, about)
        except CommandError as exc:
            return f"Sorry: {exc}"
        except Answerable as exc:
            return str(exc)

    async def _run(self, command: Command, who: str, about: set[str]) -> str | None:
        requester = Requester("reddit", who, who)
        if command.name == "help":
            return HELP
        if command.name in ("rate", "used"):
            return await self._feedback(command, who, requester, about)
        if command.name in ("verdict", "missed"):
            return await gate_verdict(self, command, who)
        assert command.link is not None
        link = await self.resolve(command.link)
        community = await self._authorise(link, who)
        about.add(reddit_settings(community).subreddit.lower())
        fetched = await self.fetch(link, community)
        if fetched.state is not None or fetched.post is None:
            return self._gone_answer(fetched)
        post = fetched.post
        head = f"**{command.name}** for {post.url}"
        if post.title:
            head += f" ({escape_markdown(post.title[:120])})"
        if command.name == "screen":
            screening = await self.assistant.observe(post)
            return f"{head}\n\n{render_screening(screening)}"
        if command.name == "draft":
            outcome = await self.assistant.draft(post, requester)
        else:
            reply = Reply(text=command.reply_text, author=who)
            outcome = await self.assistant.improve(post, reply, requester)
        footer = ""
        if getattr(outcome, "status", "") == "draft":
            draft_id = getattr(outcome, "id", "")
            footer = (
                f"\n\nRate it: `!rate {draft_id} r e c a s` (1-5 each: {', '.join(DIMENSIONS)})."
                f" Posted it? `!used {draft_id} <link to your reply>`."
            )
        return f"{head}\n\n{render_outcome(outcome)}{footer}"

    async def _authorise(self, link: PostLink, who: str) -> Community:
        """The configured community of the linked post, if `who` moderates it."""
        subreddit = link.subreddit
        if subreddit is None:  # redd.it/ID: ask Reddit where the post lives
            subreddit = await self._subreddit_of(link)
        community = self.by_subreddit.get(subreddit.lower())
        if community is None:
            served = sorted(reddit_settings(c).subreddit for c in self.by_subreddit.values())
            raise Answerable(
                f"Sorry: r/{escape_markdown(subreddit)} is not a community llumi serves"
                f" (it serves {', '.join('r/' + name for name in served)})."
            )
        own = reddit_settings(community).subreddit
        if not await self.is_moderator(who, own):
            raise Answerable(f"Sorry: only moderators of r/{own} can ask about its posts.")
        return community

    async def _subreddit_of(self, link: PostLink) -> str:
        def lookup() -> str:
            return subreddit_name(self._load_submission(link.submission_id or ""))

        try:
            return await self.runner.call(lookup)
        except (NotFound, Forbidden, ClientException):
            raise Answerable("Sorry: that post does not exist (or llumi cannot see it).") from None

    def _load_submission(self, submission_id: str) -> Any:
        submission = self.reddit.submission(submission_id)
        _ = submission.title  # praw loads lazily: the first attribute fetches (or raises)
        return submission

    async def resolve(self, link: PostLink) -> PostLink:
        """A share link (reddit.com/r/x/s/CODE) redirects to the post: follow it once."""
        if not link.is_share:
            return link
        base = self.reddit.config.reddit_url.rstrip("/")
        url = f"{base}/r/{link.subreddit}/s/{link.share_code}"

        def follow() -> str | None:
            agent = {"User-Agent": self.reddit.config.user_agent}
            response = httpx.get(url, headers=agent, follow_redirects=False, timeout=15)
            return response.headers.get("location") if response.is_redirect else None

        try:
            location = await self.runner.call(follow)
        except Exception as exc:  # requests' errors: the answer says it plainly
            log.warning("share link not resolved: %s", describe_error(exc))
            location = None
        if not location:
            raise Answerable(
                "Sorry: that share link could not be resolved. Open it and send the full link"
                " (reddit.com/r/.../comments/...) instead."
            )
        resolved = parse_link(location)
        if resolved.is_share:
            raise Answerable("Sorry: that share link could not be resolved; send the full link.")
        return resolved

    async def fetch(self, link: PostLink, community: Community) -> Fetched:
        """The post (or the linked comment) as the core's Post; deleted/removed reported."""

        def load() -> Fetched:
            if link.comment_id:
                comment = self.reddit.comment(link.comment_id)
                _ = comment.body  # praw loads lazily: the first attribute fetches (or raises)
                state = gone(comment)
                return Fetched(
                    to_post(comment, community.name),
                    subreddit_name(comment),
                    state,
                    author_name(comment),
                    str(field(comment, "link_id", "")),
                )
            submission = self._load_submission(link.submission_id or "")
            return Fetched(
                to_post(submission, community.name), subreddit_name(submission), gone(submission)
            )

        try:
            fetched = await self.runner.call(load)
        except (NotFound, Forbidden, Redirect, ClientException):
            raise Answerable("Sorry: that post does not exist (or llumi cannot see it).") from None
        if fetched.subreddit.lower() != reddit_settings(community).subreddit.lower():
            raise Answerable("Sorry: that link does not point into the subreddit it names.")
        if fetched.state is not None and fetched.post is not None:
            self.assistant.forget_post(fetched.post.key)
        return fetched

    @staticmethod
    def _gone_answer(fetched: Fetched) -> str:
        what = "deleted by its author" if fetched.state == "deleted" else "removed"
        return f"That post was {what}: there is nothing to draft or screen (llumi forgot it)."

    async def _feedback(
        self, command: Command, who: str, requester: Requester, about: set[str]
    ) -> str | None:
        record = self.assistant.draft_record(command.draft_id or "")
        community = self.communities.get(record.community) if record else None
        if record is None or community is None:
            return f"Sorry: there is no draft `{command.draft_id}`."
        own = reddit_settings(community).subreddit
        about.add(own.lower())
        if not await self.is_moderator(who, own):
            return f"Sorry: only moderators of r/{own} can rate its drafts."
        if command.name == "rate":
            scores = dict(zip(DIMENSIONS, command.scores, strict=True))
            self.assistant.record_feedback(
                Feedback(draft_id=record.id, rater=requester.ref, scores=scores)
            )
            return f"Thank you: your rating of draft {record.id} is recorded."
        assert command.link is not None
        link = await self.resolve(command.link)
        if not link.comment_id:
            raise Answerable(
                "Sorry: `!used` needs the link to your reply (a comment link: open your comment's"
                " menu and copy its link)."
            )
        fetched = await self.fetch(link, community)
        if fetched.state is not None or fetched.post is None:
            raise Answerable("Sorry: that reply was deleted or removed.")
        on_post = f"reddit:{fetched.link_id}"
        if (
            fetched.link_id
            and record.post_key.startswith("reddit:t3_")
            and on_post != record.post_key
        ):
            raise Answerable(f"Sorry: that reply is not on the post draft {record.id} was for.")
        if fetched.comment_author.lower() != who.lower():
            raise Answerable("Sorry: that reply was not written by you.")
        self.assistant.record_feedback(
            Feedback(
                draft_id=record.id, rater=requester.ref, used=True, final_text=fetched.post.text
            )
        )
        return f"Thank you: llumi recorded what you posted for draft {record.id}."


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
