"""Crisis levels and what the gate reports: the vocabulary every other module speaks.

Kept in its own module so that `policies.crisis`, `bot` and the adapters share one definition
without importing the (heavier) lexicon machinery.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Level(enum.IntEnum):
    """Ordered crisis levels: `none` < `concern` < `high` < `imminent`."""

    NONE = 0
    CONCERN = 1
    HIGH = 2
    IMMINENT = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    def __str__(self) -> str:
        return self.label

    @classmethod
    def parse(cls, value: str) -> Level:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(level.label for level in cls)
            raise ValueError(f"unknown crisis level {value!r} (expected one of {names})") from None


@dataclass(frozen=True)
class Signal:
    """One thing the gate found: which category, how serious, and where in the ORIGINAL text.

    `start`/`end` are Python code-point offsets into the text as given (after undecodable bytes
    were replaced), end exclusive, so `original[start:end] == text`. `context` names a rule that
    lowered the level ("negated", "third_person", "hypothetical", "figure_of_speech", ...).
    """

    category: str
    level: Level
    text: str
    start: int
    end: int
    phrase: str = ""
    context: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "level": self.level.label,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "phrase": self.phrase,
            "context": self.context,
        }


@dataclass(frozen=True)
class Screening:
    """The gate's verdict on one text: the highest level, every signal, and the lexicon version."""

    level: Level
    signals: tuple[Signal, ...] = field(default_factory=tuple)
    lexicon_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level.label,
            "signals": [s.to_json() for s in self.signals],
            "lexicon_version": self.lexicon_version,
        }
