"""The composition root: builds the core and the adapters the configuration names.

The only place that imports a platform adapter, lazily, so a Reddit-only install never loads
discord.py (design.md "The shape").
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
from collections.abc import Mapping
from typing import cast

import click

from bot.cli.inputs import communities_or_fail, known_community, settings_or_fail
from bot.config import Community, Settings, check_platforms
from bot.core.assistant import Assistant
from bot.core.ports import Platform
from bot.model import ModelClient
from bot.store import Store


def build_assistant(
    settings: Settings,
    communities: list[Community],
    *,
    with_model: bool = True,
    store: Store | None = None,
) -> Assistant:
    store = store or Store.open(settings.db_path)
    model = ModelClient(settings) if with_model else None
    return Assistant(settings=settings, communities=communities, store=store, model=model)


#: Every platform llumi runs on, one line each: its name and its adapter class, imported only
#: when a community on it is configured (a Reddit-only install never loads discord.py).
PLATFORMS: Mapping[str, str] = {
    "reddit": "adapters.reddit:RedditAdapter",
    "discord": "adapters.discord_app:DiscordAdapter",
}


def platform_adapters(
    assistant: Assistant, settings: Settings, communities: list[Community]
) -> dict[str, Platform]:
    """The adapters the configuration names, imported only when named."""
    check_platforms(settings, communities)
    adapters: dict[str, Platform] = {}
    for name, where in PLATFORMS.items():
        on_it = [c for c in communities if c.platform == name]
        if on_it:
            module, _, class_name = where.partition(":")
            adapter_class = getattr(importlib.import_module(module), class_name)
            adapters[name] = cast(Platform, adapter_class(assistant, settings, on_it))
    return adapters


def console_assistant(community: str | None, *, with_model: bool = True) -> Assistant:
    """The assistant of the one-post commands, alerting on stderr."""
    from adapters.console import ConsoleAlerts

    settings = settings_or_fail(model=with_model)
    communities = communities_or_fail(settings)
    if community:
        known_community(settings, communities, community)
    store = store_or_memory(settings)
    assistant = build_assistant(settings, communities, with_model=with_model, store=store)
    assistant.register_alerts("console", ConsoleAlerts(sys.stderr))
    return assistant


def store_or_memory(settings: Settings) -> Store:
    """The store, or, when it cannot be opened or written, one in memory and one line saying so:
    screening a post never depends on recording it."""
    try:
        store = Store.open(settings.db_path)
        store.check_writable()
        return store
    except (OSError, sqlite3.Error, RuntimeError) as exc:
        click.echo(
            f"llumi: store {settings.db_path}: {exc}: nothing is recorded this time"
            " (set LLUMI_DB to a writable path; llumi doctor)",
            err=True,
        )
        return Store.open(":memory:")
