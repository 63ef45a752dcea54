"""`llumi doctor` for Reddit: the credentials, the bot's moderator permissions in each
community's subreddit, and the streams failing now; each problem one line with its fix."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import praw
from prawcore.exceptions import RequestException

from adapters.reddit.client import PrawThread, describe_error
from adapters.reddit.config import reddit_settings
from adapters.reddit.delivery import REDDIT_ERRORS
from adapters.reddit.watcher import Health
from bot.config import Community


async def check(
    reddit: praw.Reddit,
    runner: PrawThread,
    whoami: Callable[[], Awaitable[str]],
    communities: Sequence[Community],
    health: Health,
) -> list[str]:
    problems: list[str] = []
    try:
        name = await whoami()
    except RequestException as exc:
        return [
            f"Reddit: cannot reach {reddit.config.oauth_url} ({describe_error(exc)}):"
            " check the network (and REDDIT_OAUTH_URL / REDDIT_URL if set)"
        ]
    except REDDIT_ERRORS as exc:
        return [
            f"Reddit: the credentials were refused ({describe_error(exc)}): check"
            " REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET, REDDIT_USERNAME, REDDIT_PASSWORD and"
            " that the app is approved for API access"
        ]
    for community in communities:
        sub = reddit_settings(community).subreddit

        def permissions(sub: str = sub) -> list[str] | None:
            for mod in reddit.subreddit(sub).moderator(redditor=name):
                if mod.name.lower() == name.lower():
                    return list(getattr(mod, "mod_permissions", []))
            return None

        try:
            perms = await runner.call(permissions)
        except REDDIT_ERRORS as exc:
            problems.append(f"Reddit: cannot read r/{sub}'s moderators ({describe_error(exc)})")
            continue
        if perms is None:
            problems.append(
                f"Reddit: u/{name} is not a moderator of r/{sub}: invite it with the `mail`"
                " permission"
            )
        elif "all" not in perms and "mail" not in perms:
            problems.append(
                f"Reddit: u/{name} moderates r/{sub} without the `mail` permission: grant it"
                " (alerts and digests are modmail)"
            )
    for stream, (since, reason) in health.failing().items():
        problems.append(
            f"Reddit: {stream} failing since {since:%Y-%m-%d %H:%M} UTC ({reason}): check"
            " the credentials and the bot's moderator status"
        )
    return problems
