"""What a command reads: the configuration, a post from a file or stdin, JSONL lines.

Every failure here is bad input: one line on stderr, exit 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click

from bot.cli.errors import fail
from bot.config import Community, ConfigError, Settings, check_model_url, load_communities


def settings_or_fail(*, model: bool = True) -> Settings:
    """The settings, or one line naming the bad one (OLLAMA_HOST only when `model` is needed)."""
    try:
        return Settings.from_env(model=model)
    except ConfigError as exc:
        fail(str(exc))


@contextmanager
def ollama_import_guard() -> Iterator[None]:
    """Hide an invalid OLLAMA_HOST while the CLI's modules load: the ollama package parses it at
    import (for a default client llumi never uses) and would stop `--help` and `screen` with a
    traceback. The commands that use the model then name the variable in one line."""
    raw = os.environ.get("OLLAMA_HOST", "")
    try:
        check_model_url("OLLAMA_HOST", raw) if raw.strip() else None
    except ConfigError:
        del os.environ["OLLAMA_HOST"]
        try:
            yield
        finally:
            os.environ["OLLAMA_HOST"] = raw
        return
    yield


def communities_or_fail(settings: Settings) -> list[Community]:
    try:
        return load_communities(settings.communities_path)
    except ConfigError as exc:
        fail(str(exc))


def known_community(settings: Settings, communities: list[Community], name: str) -> Community:
    """The community called `name`, or a bad-input error listing the known ones."""
    found = next((c for c in communities if c.name == name), None)
    if found is None:
        known = ", ".join(c.name for c in communities) or "none configured"
        fail(f"unknown community {name!r} in {settings.communities_path} (known: {known})")
    return found


def read_text(source: str) -> str:
    """Read FILE or - (stdin) as UTF-8; undecodable bytes are replaced (and said), never fatal."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        fail(f"cannot read {source}: {exc.strerror or exc}")
    text = raw.decode("utf-8", errors="replace")
    if "\ufffd" in text and b"\xef\xbf\xbd" not in raw:
        click.echo(f"llumi: {source}: invalid UTF-8 bytes were replaced", err=True)
    return text


def jsonl_lines(source: str) -> Iterator[str]:
    """The lines of FILE or - (stdin), undecodable bytes replaced, a leading byte-order mark
    (which Windows editors write) dropped so the first line is read like the others."""
    if source == "-":
        yield from _decoded(sys.stdin.buffer)
        return
    try:
        with Path(source).open("rb") as handle:
            yield from _decoded(handle)
    except OSError as exc:
        fail(f"cannot read {source}: {exc.strerror or exc}")


def _decoded(raw_lines: Iterable[bytes]) -> Iterator[str]:
    for number, line in enumerate(raw_lines, 1):
        yield line.decode("utf-8-sig" if number == 1 else "utf-8", "replace")


def fail_unreadable(source: str, numbers: Sequence[int]) -> NoReturn:
    """After every readable line was handled: exit 2 naming the lines that were not."""
    shown = ", ".join(str(n) for n in numbers[:20]) + (" ..." if len(numbers) > 20 else "")
    lines = "line" if len(numbers) == 1 else f"{len(numbers)} lines"
    fail(f"{'stdin' if source == '-' else source}: could not read {lines}: {shown}")
