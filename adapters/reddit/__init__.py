"""The Reddit adapter: watches subreddits, alerts moderators by modmail, answers commands.

The adapter is imported on first use, so reading Reddit's settings (`config.py`) never loads
praw.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["RedditAdapter"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("adapters.reddit.adapter"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
