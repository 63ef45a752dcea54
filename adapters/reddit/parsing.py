"""Moderators' commands, parsed from a private message or a modmail message.

`!draft <link>`, `!improve <link>` with the moderator's reply on the next lines, `!screen <link>`,
`!rate <draft id> r e c a s`, `!used <draft id> <link to the posted reply>`,
`!verdict <alert id> right|wrong|<level>`, `!missed <link> <level>`, `!help`. Links come
in every form Reddit hands out: reddit.com/r/x/comments/ID[/slug[/COMMENTID]], old./www./np./new.
hosts, redd.it/ID, share links reddit.com/r/x/s/CODE, with or without a scheme, trailing slashes
or query strings, bare or inside Markdown link syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.core.domain import DIMENSIONS, Post
from bot.core.errors import LlumiError
from bot.core.verdicts import VERDICT_WORDS


class CommandError(LlumiError, ValueError):
    """A command that cannot be understood; the message is the one-line answer."""


class Answerable(LlumiError):
    """A problem the moderator should read (a deleted post, an unknown draft id...)."""


@dataclass(frozen=True)
class PostLink:
    subreddit: str | None = None
    submission_id: str | None = None
    comment_id: str | None = None
    share_code: str | None = None

    @property
    def is_share(self) -> bool:
        return self.share_code is not None


@dataclass(frozen=True)
class Command:
    name: str
    link: PostLink | None = None
    draft_id: str | None = None
    scores: tuple[int, ...] = ()
    reply_text: str = ""
    alert_id: str | None = None
    verdict: str = ""  # !verdict: right, wrong or a level; !missed: the level


COMMANDS = ("draft", "improve", "screen", "rate", "used", "verdict", "missed", "help")
MISSED_WORDS = ("concern", "high", "imminent")

HELP = f"""**llumi commands** (for the moderators of the watched subreddits; answers are private)

- `!draft <link>`: a draft reply to a post
- `!improve <link>` and your own reply on the next lines: an improved version of your reply
- `!screen <link>`: the crisis screening of a post
- `!rate <draft id> r e c a s`: rate a draft 1-5 on {", ".join(DIMENSIONS)}
- `!used <draft id> <link to the reply you posted>`: tell llumi what you really posted
- `!verdict <alert id> right|wrong|<level>`: was an alert the right call, not a crisis
  (`wrong`), or should it have had another level (none, concern, high, imminent)?
- `!missed <link> <level>`: a post the crisis gate missed, at concern, high or imminent
- `!help`: this message

Links may be reddit.com/r/x/comments/ID, old.reddit.com, redd.it/ID or a share link.
Crisis posts are never drafted: the moderators get an alert with the crisis resources."""

_ID = r"[a-z0-9]{1,13}"
_HOSTS = re.compile(r"^(?:(?:www|old|new|np|m|i|sh)\.)?reddit\.com$")
_SUBMISSION_PATH = re.compile(
    rf"^/(?:r/(?P<sub>[A-Za-z0-9_]{{2,21}})/)?comments/(?P<id>{_ID})"
    rf"(?:/(?P<slug>[^/]*)(?:/(?P<comment>{_ID}))?)?/*$",
    re.IGNORECASE,
)
_SHARE_PATH = re.compile(
    r"^/r/(?P<sub>[A-Za-z0-9_]{2,21})/s/(?P<code>[A-Za-z0-9]{4,20})/*$", re.IGNORECASE
)
_MARKDOWN_LINK = re.compile(r"^\[[^\]]*\]\((?P<url>[^)\s]+)\)$")


def parse_link(raw: str) -> PostLink:
    """A Reddit post or comment link in any of its forms; CommandError for anything else."""
    text = raw.strip()
    markdown = _MARKDOWN_LINK.match(text)
    if markdown:
        text = markdown.group("url")
    text = text.strip("<>")
    if not text:
        raise CommandError("missing link: give a link to a Reddit post")
    if not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
    except ValueError:
        raise CommandError(f"{_shown(raw)} is not a Reddit link") from None
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    if host == "redd.it":
        match = re.fullmatch(rf"/({_ID})/*", path, re.IGNORECASE)
        if match:
            return PostLink(submission_id=match.group(1).lower())
        raise CommandError(f"{_shown(raw)} is not a link to a post (expected redd.it/ID)")
    if not _HOSTS.match(host):
        raise CommandError(f"{_shown(raw)} is not a Reddit link")
    match = _SUBMISSION_PATH.match(path)
    if match:
        comment = match.group("comment")
        return PostLink(
            subreddit=match.group("sub"),
            submission_id=match.group("id").lower(),
            comment_id=comment.lower() if comment else None,
        )
    share = _SHARE_PATH.match(path)
    if share:
        return PostLink(subreddit=share.group("sub"), share_code=share.group("code"))
    raise CommandError(
        f"{_shown(raw)} is not a link to a post (expected reddit.com/r/SUB/comments/ID,"
        " redd.it/ID or a share link)"
    )


def _shown(raw: str) -> str:
    cut = raw.strip()[:80]
    return f"`{cut.replace('`', '')}`"


def is_command(text: str) -> bool:
    return text.lstrip().startswith("!")


def parse_command(text: str) -> Command:
    """Parse the first line as a command; the lines after it are the reply for `!improve`."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    words = first.split()
    if not words or not words[0].startswith("!"):
        raise CommandError("not a command: start with `!draft`, `!improve`, ... (see `!help`)")
    name = words[0][1:].lower()
    args = words[1:]
    if name not in COMMANDS:
        raise CommandError(f"unknown command `!{name[:20]}`: see `!help`")
    if name == "help":
        return Command("help")
    if name in ("draft", "screen"):
        if len(args) != 1:
            raise CommandError(f"usage: `!{name} <link to the post>`")
        return Command(name, link=parse_link(args[0]))
    if name == "improve":
        if not args:
            raise CommandError("usage: `!improve <link>` with your reply on the next lines")
        link = parse_link(args[0])
        reply = "\n".join(part for part in (" ".join(args[1:]), rest.strip()) if part).strip()
        if not reply:
            raise CommandError("`!improve`: put your reply on the lines after the link")
        return Command("improve", link=link, reply_text=reply)
    if name == "rate":
        if len(args) != 1 + len(DIMENSIONS):
            raise CommandError(
                f"usage: `!rate <draft id> r e c a s`: five scores 1-5 ({', '.join(DIMENSIONS)})"
            )
        scores = []
        for value in args[1:]:
            if not value.isdigit() or not 1 <= int(value) <= 5:
                raise CommandError(f"`!rate`: each score must be 1-5, not {_shown(value)}")
            scores.append(int(value))
        return Command("rate", draft_id=_draft_id(args[0]), scores=tuple(scores))
    if name == "verdict":
        if len(args) != 2 or args[1].lower() not in VERDICT_WORDS:
            raise CommandError(
                "usage: `!verdict <alert id> right|wrong|<level>` (wrong: not a crisis;"
                " a level: none, concern, high or imminent)"
            )
        return Command(
            "verdict",
            alert_id=_draft_id(args[0], "an alert id", "a-1a2b3c4d5e"),
            verdict=args[1].lower(),
        )
    if name == "missed":
        if len(args) != 2 or args[1].lower() not in MISSED_WORDS:
            raise CommandError("usage: `!missed <link to the post> concern|high|imminent`")
        return Command("missed", link=parse_link(args[0]), verdict=args[1].lower())
    # used
    if len(args) != 2:
        raise CommandError("usage: `!used <draft id> <link to the reply you posted>`")
    return Command("used", draft_id=_draft_id(args[0]), link=parse_link(args[1]))


def _draft_id(raw: str, what: str = "a draft id", example: str = "d-1a2b3c4d5e") -> str:
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", raw):
        raise CommandError(f"{_shown(raw)} is not {what} (it looks like {example})")
    return raw


@dataclass(frozen=True)
class Answer:
    """An answer, and the subreddits (lower case) whose posts or drafts it shows."""

    text: str
    about: frozenset[str] = frozenset()

    def fits(self, subreddit: str) -> bool:
        """May this answer be a note in `subreddit`'s modmail (read by all its moderators)?"""
        return self.about <= {subreddit.lower()}


REDDIT_FAILED = "Sorry: Reddit failed while llumi worked on this; please try again."
REFUSAL = (
    "Hello! llumi answers only the moderators of the communities it serves, so it cannot help"
    " with this. If you need support, please reach out to the community's moderators or to a"
    " crisis line in your country."
)


@dataclass(frozen=True)
class Fetched:
    post: Post | None
    subreddit: str
    state: str | None  # "deleted" / "removed" / None
    comment_author: str = ""
    link_id: str = ""
