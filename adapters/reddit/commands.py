"""Moderators' commands (`!draft`, `!improve`, `!screen`, `!rate`, `!used`, `!verdict`,
`!missed`, `!help`), answered privately; `adapters.reddit.inbox` is where they arrive.

Modmail commands get an internal (moderators-only) note, or, when the answer is about another
community's post, a private message to the asker: no community reads another's posts or drafts.
Only moderators of the linked post's subreddit, for configured subreddits, are served; anyone else
gets one polite refusal a day at most, logged without the message text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx
from praw.exceptions import ClientException
from prawcore.exceptions import Forbidden, NotFound, Redirect

from adapters.reddit.client import PrawThread, describe_error
from adapters.reddit.config import reddit_settings
from adapters.reddit.convert import author_name, field, gone, subreddit_name, to_post
from adapters.reddit.parsing import (
    HELP,
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
from bot.core.render import escape_markdown, render_outcome, render_screening

if TYPE_CHECKING:
    import praw

    from bot.core.assistant import Assistant

log = logging.getLogger(__name__)

MODERATOR_CACHE = timedelta(minutes=10)


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
