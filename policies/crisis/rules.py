"""The rules' version: one hash over every file the crisis rules live in.

A stored screening is redone when the version it was made with differs (design.md invariant 6),
so the version must change with any file that can change a level: the gate's own modules, the
modules it reads text with, and the lexicon's data. `tests/test_crisis_rules_version.py` fails if
the gate loads a module that is not listed here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_POLICIES = Path(__file__).resolve().parent.parent
_SHARED_MODULES = (
    "key_index.py",
    "levels.py",
    "lexicon.py",
    "match_text.py",
    "normalize.py",
    "phrase_pattern.py",
    "walker.py",
)
"""Modules outside this package that the gate reads text with."""


def rules_files() -> list[Path]:
    """Every file the rules live in, in a stable order."""
    package = sorted((_POLICIES / "crisis").glob("*.py"))
    shared = [_POLICIES / name for name in _SHARED_MODULES]
    data = sorted((_POLICIES / "lexicon").glob("*.toml"))
    return [*package, *shared, *data]


def digest_of(files: Iterable[tuple[str, bytes]]) -> str:
    """A hash of (name, content) pairs; a renamed file changes it too."""
    digest = hashlib.sha256()
    for name, content in files:
        digest.update(name.encode() + b"\0" + content + b"\0")
    return digest.hexdigest()


@cache
def rules_hash() -> str:
    """The hash of `rules_files()` (read once per process)."""
    return digest_of((p.relative_to(_POLICIES).as_posix(), p.read_bytes()) for p in rules_files())
