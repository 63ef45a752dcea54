"""The composition root: builds the core and the adapters the configuration names.

The only place that imports a platform adapter, lazily, so a Reddit-only install never loads
discord.py (design.md "The shape").
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys
from collections.abc import Mapping
from typing import cast

import click

from bot.cli.errors import fail
from bot.cli.inputs import known_community, settings_or_fail
from bot.config import (
    Community,
    ConfigError,
    PlatformConfig,
    Settings,
    check_platforms,
    load_communities,
)
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


#: Every platform llumi runs on, one line each: its name as communities.toml spells it and its
#: package under adapters/, which holds `config.PLATFORM` (the platform's keys of a community
#: and its credentials) and its adapter class. Imported only when needed: reading the settings
#: never loads praw or discord.py, and an adapter is built only for a configured community.
PLATFORMS: Mapping[str, tuple[str, str]] = {
    "reddit": ("adapters.reddit", "RedditAdapter"),
    "discord": ("adapters.discord_app", "DiscordAdapter"),
}


def platform_configs() -> dict[str, PlatformConfig]:
    """Each platform's reader of its community keys and credentials (adapters/<name>/config.py)."""
    return {
        name: cast(PlatformConfig, importlib.import_module(f"{package}.config").PLATFORM)
        for name, (package, _) in PLATFORMS.items()
    }


def read_communities(settings: Settings) -> list[Community]:
    """The communities file, each community's platform keys read by its platform."""
    return load_communities(settings.communities_path, platform_configs())


def platform_credentials(env: Mapping[str, str] | None = None) -> dict[str, object | None]:
    """Each platform's credentials from `env` (default: the environment, `.env` loaded by
    `Settings.from_env`); a ConfigError when a platform's are half set."""
    source = os.environ if env is None else env
    return {name: config.credentials(source) for name, config in platform_configs().items()}


def platforms_configured() -> bool:
    """Whether any platform's credentials are set (one line and exit 2 when half set)."""
    try:
        return any(found is not None for found in platform_credentials().values())
    except ConfigError as exc:
        fail(str(exc))


def check_credentials(
    settings: Settings, communities: list[Community], env: Mapping[str, str] | None = None
) -> dict[str, object | None]:
    """The credentials, checked against the communities: none without a community on their
    platform, and none missing for a configured one."""
    credentials = platform_credentials(env)
    check_platforms(settings, communities, platform_configs(), credentials)
    return credentials


def communities_or_fail(settings: Settings) -> list[Community]:
    try:
        return read_communities(settings)
    except ConfigError as exc:
        fail(str(exc))


def platform_adapters(
    assistant: Assistant,
    settings: Settings,
    communities: list[Community],
    *,
    only: str | None = None,
    env: Mapping[str, str] | None = None,
) -> dict[str, Platform]:
    """The adapters the configuration names (`only` that platform's), imported only when named,
    each given its own credentials."""
    credentials = platform_credentials(env)
    if only is not None:
        communities = [c for c in communities if c.platform == only]
        credentials = {only: credentials.get(only)}
    check_platforms(settings, communities, platform_configs(), credentials)
    adapters: dict[str, Platform] = {}
    for name, (package, class_name) in PLATFORMS.items():
        on_it = [c for c in communities if c.platform == name]
        if on_it:
            adapter_class = getattr(importlib.import_module(f"{package}.adapter"), class_name)
            adapter = adapter_class(assistant, settings, on_it, credentials=credentials[name])
            adapters[name] = cast(Platform, adapter)
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
