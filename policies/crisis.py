"""The crisis-language gate: lexicon hits, read in context, become a `Screening`.

Levels follow design.md "Crisis levels". A lexicon hit carries a level; the clause around it can
lower it (negation, another person, a hypothetical, a quotation), never below `concern`, and a
described attempt or plan stays at `high` or above whatever the tense. `imminent` needs suicidal
intent together with a plan, means at hand or a time, close together in the text.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from policies.levels import Level, Screening, Signal
from policies.lexicon import Entry, Lexicon, context_file, load_builtin
from policies.normalize import fold

METHOD_CATEGORIES: frozenset[str] = frozenset({"plan", "means", "method"})
"""Categories a DRAFT must never contain (how-to content about methods, plans, means)."""

CATEGORIES: frozenset[str] = frozenset(
    {
        "active_ideation",
        "passive_ideation",
        "plan",
        "means",
        "attempt",
        "farewell",
        "self_harm",
        "hopelessness",
        "burden",
        "entrapment",
        "third_party",
        "harassment",
        "finality",
        "other_suicidal_language",
        "community",
    }
)

# --- context rules: word lists over folded (lower-case) text -------------------------------------


@dataclass(frozen=True)
class _Words:
    """The context rules' word lists (policies/lexicon/context.toml)."""

    first: frozenset[str]
    second: frozenset[str]
    third: frozenset[str]
    negation: frozenset[str]
    hypothetical: frozenset[str]


@cache
def _words() -> _Words:
    data = tomllib.loads(context_file().decode("utf-8"))
    person, modality = data["person"], data["modality"]
    return _Words(
        first=frozenset(person["first"]),
        second=frozenset(person["second"]),
        third=frozenset(person["third"]),
        negation=frozenset(modality["negation"]),
        hypothetical=frozenset(modality["hypothetical"]),
    )


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?\n;]+")

# How far the rules look for the clause's subject before a hit, in words.
_LOOKBACK_WORDS = 12


@dataclass(frozen=True)
class _Reading:
    person: str  # "first", "second", "third", "none"
    context: str | None


def _clause_before(text: str, start: int) -> str:
    """The sentence text before `start` (back to the last sentence end)."""
    lo = max(0, start - 300)
    chunk = text[lo:start]
    ends = list(_SENTENCE_END.finditer(chunk))
    return chunk[ends[-1].end() :] if ends else chunk


def _quoted(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    if line.lstrip().startswith(">"):
        return True
    straight = line.count('"')
    curly_open, curly_close = line.count("“"), line.count("”")
    return straight % 2 == 1 or curly_open > curly_close


def _read_context(text: str, start: int) -> _Reading:
    """Who the clause before a hit is about, and whether it negates or supposes."""
    lists = _words()
    words = _WORD.findall(_clause_before(text, start))[-_LOOKBACK_WORDS:]
    person = "none"
    negated = False
    for word in reversed(words):
        if word in lists.first:
            person = "first"
            break
        if word in lists.second:
            person = "second"
            break
        if word in lists.third:
            person = "third"
            break
        if word in lists.negation:
            negated = True
    hypothetical = any(w in lists.hypothetical for w in words)
    if _quoted(text, start):
        return _Reading(person, "quoted")
    if person == "second":
        return _Reading(person, "second_person")
    if person == "third":
        return _Reading(person, "third_person")
    if negated:
        return _Reading(person, "negated")
    if hypothetical:
        return _Reading(person, "hypothetical")
    return _Reading(person, None)


def _level_in_context(entry: Entry, reading: _Reading) -> tuple[Level, str | None]:
    level = entry.level
    if level <= Level.CONCERN:
        return Level.CONCERN, reading.context
    if reading.context is not None:
        return Level.CONCERN, reading.context
    if entry.topic and reading.person != "first":
        return Level.CONCERN, "no_first_person"
    return level, None


# --- the gate -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GatePolicy:
    """A community's lexicon extension, like AutoModerator rules: literal phrases only."""

    extra_phrases: Mapping[Level, tuple[str, ...]] = field(default_factory=dict)
    ignore_phrases: tuple[str, ...] = ()

    def fingerprint(self) -> str:
        extra = sorted((int(level), sorted(p)) for level, p in self.extra_phrases.items())
        return repr((extra, sorted(self.ignore_phrases)))


@cache
def _builtin() -> tuple[Lexicon, str]:
    return load_builtin()


def _rules_hash() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("crisis.py", "lexicon.py", "normalize.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


class CrisisGate:
    """Screens text against the lexicon (built-in plus a community policy)."""

    def __init__(self, policy: GatePolicy | None = None) -> None:
        self.policy = policy or GatePolicy()
        lexicon, data_hash = _builtin()
        if self.policy.ignore_phrases:
            lexicon = lexicon.without(self.policy.ignore_phrases)
        extra = [
            Entry(phrase, "community", Level(level), source="community")
            for level, phrases in self.policy.extra_phrases.items()
            for phrase in phrases
            if Level(level) > Level.NONE
        ]
        if extra:
            lexicon = lexicon.plus(extra)
        self.lexicon = lexicon
        digest = hashlib.sha256(f"{data_hash}|{_rules_hash()}|{self.policy.fingerprint()}".encode())
        self.version: str = digest.hexdigest()[:16]

    def screen(self, text: str | bytes) -> Screening:
        """The level and signals of `text`; never raises on any input."""
        if isinstance(text, bytes | bytearray):
            text = bytes(text).decode("utf-8", errors="replace")
        elif not isinstance(text, str):
            text = str(text)
        folded = fold(text)
        signals: list[Signal] = []
        for match in self.lexicon.finditer(folded.text):
            entry = max(match.entries, key=lambda e: e.level)
            reading = _read_context(folded.text, match.start)
            level, context = _level_in_context(entry, reading)
            start, end = folded.span(match.start, match.end)
            signals.append(
                Signal(
                    category=entry.category,
                    level=level,
                    text=text[start:end],
                    start=start,
                    end=end,
                    phrase=entry.phrase,
                    context=context,
                )
            )
        top = max((s.level for s in signals), default=Level.NONE)
        return Screening(level=top, signals=tuple(signals), lexicon_version=self.version)


@cache
def default_gate() -> CrisisGate:
    """The gate with the built-in lexicon and no community policy (built once)."""
    return CrisisGate()


def screen(text: str | bytes) -> Screening:
    """Screen with the default gate."""
    return default_gate().screen(text)
