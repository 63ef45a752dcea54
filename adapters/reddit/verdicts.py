"""`!verdict <alert id> right|wrong|<level>` and `!missed <link> <level>`: moderators judge the
crisis gate. Only moderators of the subreddit an alert (or a post) belongs to may give a verdict
on it; an alert of any other community reads as unknown, so nothing about it leaks."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from adapters.reddit.parsing import Answerable, Command, PostLink
from bot.core.domain import Requester
from bot.core.errors import Refused
from bot.core.verdicts import describe, parse_missed_level, parse_verdict

if TYPE_CHECKING:
    from adapters.reddit.commands import HelperCommands
    from bot.config import Community

log = logging.getLogger(__name__)


async def gate_verdict(commands: HelperCommands, command: Command, who: str) -> str:
    """Run `!verdict` or `!missed` for moderator `who`; the answer is the private reply."""
    moderator = Requester("reddit", who, who).ref
    verdicts = commands.assistant.verdicts
    try:
        if command.name == "missed":
            assert command.link is not None
            link = await commands.resolve(command.link)
            community = await commands._authorise(link, who)
            fetched = await commands.fetch(link, community)
            if fetched.state is not None or fetched.post is None:
                return commands._gone_answer(fetched)
            level = parse_missed_level(command.verdict)
            return describe(verdicts.on_missed(fetched.post, level, moderator))
        word = parse_verdict(command.verdict)
        alert = verdicts.alert(command.alert_id or "")
        found = commands.communities.get(alert.community)
        if found is None or alert.platform != "reddit":
            raise Refused(f"there is no alert `{alert.id}`")  # another platform's: not shown
        if not await commands.is_moderator(who, found.subreddit):
            return f"Sorry: only moderators of r/{found.subreddit} can judge its alerts."
        text = None if word.kind == "right" else await _post_text(commands, alert.post_key, found)
        return describe(verdicts.on_alert(alert, word, moderator, text))
    except Refused as exc:
        return f"Sorry: {exc}."


async def _post_text(commands: HelperCommands, post_key: str, community: Community) -> str | None:
    """The alerted post's text as it is now (kept with a disputed verdict); None when gone."""
    fullname = post_key.removeprefix("reddit:")
    kind, _, ident = fullname.partition("_")
    if kind == "t3":
        link = PostLink(subreddit=community.subreddit, submission_id=ident)
    elif kind == "t1":
        link = PostLink(subreddit=community.subreddit, comment_id=ident)
    else:
        return None
    try:
        fetched = await commands.fetch(link, community)
    except Answerable:
        return None
    if fetched.state is not None or fetched.post is None:
        return None
    return fetched.post.full_text
