"""Building the PRAW client and running it off the event loop.

PRAW is synchronous; every call goes through one dedicated worker thread so a slow Reddit never
stalls Discord or the scheduler, and the bot's requests stay serialised under Reddit's per-client
rate limit (100 queries a minute shared by everything the bot does).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import praw

from adapters.reddit.config import RedditCredentials
from bot.config import ConfigError

T = TypeVar("T")

MESSAGE_LIMIT = 10_000  # Reddit's limit for a private message or a modmail message
SUBJECT_LIMIT = 100


def build_reddit(credentials: RedditCredentials) -> praw.Reddit:
    """A script-app client. `check_for_updates=False` so nothing asks PyPI; `oauth_url` and
    `reddit_url` are passed explicitly and only together (with one alone, PRAW would send the
    credentials to the real Reddit)."""
    endpoints: dict[str, Any] = {}
    if (credentials.oauth_url is None) != (credentials.reddit_url is None):
        raise ConfigError("set both REDDIT_OAUTH_URL and REDDIT_URL or neither")
    if credentials.oauth_url and credentials.reddit_url:
        endpoints = {"oauth_url": credentials.oauth_url, "reddit_url": credentials.reddit_url}
    return praw.Reddit(
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
        username=credentials.username,
        password=credentials.password,
        user_agent=credentials.user_agent,
        check_for_updates=False,
        **endpoints,
    )


class PrawThread:
    """Runs PRAW calls, one at a time, in a dedicated thread."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="llumi-praw")

    async def call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, functools.partial(function, *args, **kwargs)
        )

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


def describe_error(exc: BaseException) -> str:
    """One line for logs and moderators: the exception type and HTTP status, never content."""
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    name = type(exc).__name__
    return f"{name} (HTTP {status})" if status else name
