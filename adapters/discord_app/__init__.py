"""Discord for llumi (discord.py). Named `discord_app` so nobody confuses it with the library.

The adapter is imported on first use, so reading Discord's settings (`config.py`) never loads
discord.py.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["DiscordAdapter", "DiscordSetupError"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("adapters.discord_app.adapter"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
