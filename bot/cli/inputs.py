"""What a command reads: the configuration, a post from a file or stdin, JSONL lines.

Every failure here is bad input: one line on stderr, exit 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, NoReturn

import click

from bot.cli.errors import fail
from bot.config import Community, ConfigError, Settings, check_model_url, load_communities
from bot.core.domain import MAX_POST_CHARS


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


#: Enough bytes for MAX_POST_CHARS characters of UTF-8 (at most 4 bytes each), and one more.
_MAX_POST_BYTES = MAX_POST_CHARS * 4 + 1
#: A JSONL line longer than this holds no post llumi would read (JSON may escape a character
#: in 12 bytes): it is skipped, and named, without being held in memory.
MAX_LINE_BYTES = MAX_POST_CHARS * 12 + 65_536


def read_text(source: str) -> str:
    """Read FILE or - (stdin) as UTF-8, at most MAX_POST_CHARS characters (a cut is said, and
    the rest of stdin is drained, not kept); undecodable bytes are replaced (and said)."""
    try:
        if source == "-":
            raw = sys.stdin.buffer.read(_MAX_POST_BYTES)
            longer = _drain(sys.stdin.buffer) > 0
        else:
            with Path(source).open("rb") as handle:
                raw = handle.read(_MAX_POST_BYTES)
                longer = bool(handle.read(1))
    except OSError as exc:
        fail(f"cannot read {source}: {exc.strerror or exc}")
    text = raw.decode("utf-8", errors="replace")
    cut = longer or len(text) > MAX_POST_CHARS
    text = text[:MAX_POST_CHARS]  # the cut never keeps a character split by the bounded read
    if "\ufffd" in text and b"\xef\xbf\xbd" not in raw:
        click.echo(f"llumi: {source}: invalid UTF-8 bytes were replaced", err=True)
    if cut:
        click.echo(
            f"llumi: {source}: the post is longer than {MAX_POST_CHARS:,} characters (Reddit's"
            f" limit): screening its first {MAX_POST_CHARS:,}",
            err=True,
        )
    return text


def _drain(stream: BinaryIO) -> int:
    """Read what is left of `stream` in chunks, keeping none of it; returns how many bytes."""
    total = 0
    while chunk := stream.read(1 << 20):
        total += len(chunk)
    return total


def jsonl_lines(source: str, too_long: list[int] | None = None) -> Iterator[str]:
    """The lines of FILE or - (stdin), undecodable bytes replaced, a leading byte-order mark
    (which Windows editors write) dropped so the first line is read like the others. A line
    longer than MAX_LINE_BYTES comes out empty, its number added to `too_long`. The file is
    opened at once, so a missing one is said before any other work (e.g. asking the model)."""
    if source == "-":
        return _decoded(sys.stdin.buffer, too_long)
    try:
        handle = Path(source).open("rb")  # noqa: SIM115 - closed when the lines are read
    except OSError as exc:
        fail(f"cannot read {source}: {exc.strerror or exc}")
    return _closing(handle, _decoded(handle, too_long))


def _closing(handle: BinaryIO, lines: Iterator[str]) -> Iterator[str]:
    with handle:
        yield from lines


def _decoded(stream: BinaryIO, too_long: list[int] | None) -> Iterator[str]:
    number = 0
    while line := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of the line, read and dropped
            click.echo(f"llumi: line {number}: longer than {MAX_LINE_BYTES:,} bytes", err=True)
            if too_long is not None:
                too_long.append(number)
            yield "\n"
            continue
        yield line.decode("utf-8-sig" if number == 1 else "utf-8", "replace")


def fail_unreadable(source: str, numbers: Sequence[int]) -> NoReturn:
    """After every readable line was handled: exit 2 naming the lines that were not."""
    shown = ", ".join(str(n) for n in numbers[:20]) + (" ..." if len(numbers) > 20 else "")
    lines = "line" if len(numbers) == 1 else f"{len(numbers)} lines"
    fail(f"{'stdin' if source == '-' else source}: could not read {lines}: {shown}")
