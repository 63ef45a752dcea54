"""The gate: lexicon hits, read in context, become a `Screening`.

`imminent` needs suicidal intent together with a plan, means at hand or a time, close together in
the text (see `policies.crisis.imminence`).
"""

from __future__ import annotations

import hashlib
import logging
import re
import tomllib
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from policies.crisis.context import (
    IDEATION,
    everyday_object,
    in_jest,
    jest_only,
    level_in_context,
    own_person,
    read_context,
    without_intent,
)
from policies.crisis.imminence import imminent, time_follows, with_referents
from policies.crisis.inflect import inflected, third_persons
from policies.crisis.layout import laid_out
from policies.crisis.means import everyday_reading, found_means
from policies.crisis.overdoses import OVERDOSE_ENTRY, counted_overdoses
from policies.crisis.own_risk import own_risk
from policies.crisis.rules import rules_hash
from policies.crisis.underway import acts_under_way, everyday_takings
from policies.crisis.words import word_lists
from policies.levels import Level, Screening, Signal
from policies.lexicon import Entry, Lexicon, Match, lexicon_files
from policies.lexicon import _parse as parse_groups  # the loader's own parser, one compile
from policies.match_text import match_text, phrase_words
from policies.normalize import fold

_log = logging.getLogger(__name__)

# The word right after a hit, within its sentence: "I want to die. Of course ..." is no "die of".
_NEXT_WORD = re.compile(r"(?:[^\w.!?;\n]|_){0,3}?([^\W\d_]+)")


@dataclass(frozen=True)
class GatePolicy:
    """A community's lexicon extension, like AutoModerator rules: literal phrases only."""

    extra_phrases: Mapping[Level, tuple[str, ...]] = field(default_factory=dict)
    ignore_phrases: tuple[str, ...] = ()

    def fingerprint(self) -> str:
        extra = sorted((int(level), sorted(p)) for level, p in self.extra_phrases.items())
        return repr((extra, sorted(self.ignore_phrases)))


_CLAUSE_OPENERS = '.!?;:,([{"“*>-—–\n'
_LEAD = re.compile(r"[^\W\d_]+\W*$")


def _at_clause_start(folded: str, start: int) -> bool:
    """Nothing before `start` in its clause but interjections ("oh god please just kill me")."""
    interjections = word_lists().interjections
    before = folded[max(0, start - 80) : start].rstrip()
    while before and before[-1] not in _CLAUSE_OPENERS:
        last = _LEAD.search(before)
        if last is None or last.group().rstrip(" '\t").replace("'", "") not in interjections:
            return False
        before = before[: last.start()].rstrip()
    return True


@lru_cache(maxsize=4096)
def _own_life(entry: Entry) -> bool:
    """Ideation whose object is the writer's life ("end my life", "kill myself", "end it all"),
    not "end it" or "end things", which a break-up says too ("end things on friday")."""
    return entry.category in IDEATION and entry.phrase.split()[-1:] in (
        ["life"],
        ["myself"],
        ["all"],
        ["self"],
    )


def _best(entries: tuple[Entry, ...], folded: str, start: int, end: int) -> Entry | None:
    """The most serious entry the matched text spells, unless the next word rules it out (or
    the entry is a plea that must open its clause)."""
    following = _NEXT_WORD.match(folded, end)
    nxt = following.group(1) if following else ""
    usable = [
        e
        for e in entries
        if (nxt not in e.unless_next or (_own_life(e) and time_follows(folded, end)))
        and not (e.clause_start and not _at_clause_start(folded, start))
    ]
    return max(usable, key=lambda e: (e.level, not e.topic), default=None)


@lru_cache(maxsize=4096)
def _plea(entry: Entry) -> bool:
    """A plea to be killed ("kill me", "please kill me", "someone shoot me")."""
    words = phrase_words(entry.phrase)
    return entry.category in IDEATION and words[-1:] == ("me",)


@cache
def _builtin() -> tuple[Lexicon, str]:
    """The shipped lexicon with the plurals of its nouns (see `policies.crisis.inflect`), compiled
    once, and a hash of its data."""
    entries: list[Entry] = []
    for name, raw in lexicon_files():
        entries.extend(parse_groups(name, tomllib.loads(raw.decode("utf-8"))))
    return Lexicon([*entries, *inflected(entries), *third_persons(entries)]), rules_hash()


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
        for entry in extra:
            if not phrase_words(entry.phrase):
                raise ValueError(f"community phrase {entry.phrase!r} has no letters to match")
        if extra:
            lexicon = lexicon.plus(extra)
        self.lexicon = lexicon
        digest = hashlib.sha256(f"{data_hash}|{rules_hash()}|{self.policy.fingerprint()}".encode())
        self.version: str = digest.hexdigest()[:16]

    def screen(self, text: str | bytes) -> Screening:
        """The level and signals of `text`; never raises on any input.

        Bytes are decoded as UTF-8 with undecodable bytes replaced (offsets then index the
        decoded text). Should the gate itself fail, the post is not waved through: it comes back
        as `concern` with a `gate_error` signal, so a human looks at it.
        """
        try:
            if isinstance(text, bytes | bytearray | memoryview):
                text = bytes(text).decode("utf-8", errors="replace")
            elif not isinstance(text, str):
                text = str(text)
            return self._screen(text)
        except Exception as exc:  # the gate must answer; a human reviews what it could not read
            _log.warning("crisis gate failed on a post: %s", type(exc).__name__)
            error = Signal("gate_error", Level.CONCERN, "", 0, 0, context="error")
            return Screening(Level.CONCERN, (error,), self.version)

    def _screen(self, text: str) -> Screening:
        laid = laid_out(text)
        folded = fold(laid.text)

        def span(start_f: int, end_f: int) -> tuple[int, int]:
            """A span of the folded text as offsets into `text`, the post as given."""
            start, end = folded.span(start_f, end_f)
            if laid.order is None:
                return start, end
            if start >= end:
                at = laid.origin(start) if start < len(text) else len(text)
                return at, at
            origins = laid.order[start:end]
            return min(origins), max(origins) + 1

        signals: list[Signal] = []
        spans: list[tuple[int, int]] = []
        used: list[Entry] = []
        best: dict[tuple[int, int], Entry | None] = {}

        def best_of(match: Match) -> Entry | None:
            key = (match.start, match.end)
            if key not in best:
                best[key] = _best(match.entries, folded.text, match.start, match.end)
            return best[key]

        def below_high(match: Match) -> bool:
            """A hit that is no more than `concern` must not hide a longer phrase inside it:
            "im done" (no signal before "with") and "done with life"."""
            entry = best_of(match)
            return entry is None or entry.level < Level.HIGH

        looked_into = -1  # the end of the last hit searched inside (see `below_high`)
        for match in self.lexicon.finditer(match_text(folded.text), below_high):
            entry = best_of(match)
            prior_end, looked_into = looked_into, max(looked_into, match.end)
            if entry is None:
                continue
            if match.start < prior_end and (entry.level < Level.HIGH or match.end <= prior_end):
                continue  # inside an earlier hit: only a longer, high reading counts
            reading = read_context(folded.text, match.start, match.end, own_person(entry.phrase))
            level, context = level_in_context(entry, reading)
            if context is None and entry.at_hand:
                # "holding the knife while cooking", "I used to stand on the bridge"
                why = everyday_reading(folded.text, match.start, match.end)
                if why is not None:
                    level, context = Level.CONCERN, why
            if (context is None or entry.category == "means") and everyday_object(
                entry, folded.text, match.start, match.end
            ):
                continue  # "pills for my dog", "goodbye to my old car": no signal at all
            if (
                _plea(entry)
                and level > Level.CONCERN
                and in_jest(folded.text, match.start, match.end)
            ):
                level, context = Level.CONCERN, "figure_of_speech"  # "hahaha please kill me"
            start, end = span(match.start, match.end)
            spans.append((match.start, match.end))
            used.append(entry)
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
        by_rule = [(s, e, OVERDOSE_ENTRY) for s, e in counted_overdoses(folded.text)]
        by_rule += acts_under_way(folded.text)
        # everyday wordings of the writer's own risk, where no lexicon hit at `high` read them
        by_rule += [
            (s, e, rule)
            for s, e, rule in own_risk(folded.text)
            if not any(
                s < hit_end and hit_start < e and hit.level >= Level.HIGH
                for (hit_start, hit_end), hit in zip(spans, used, strict=True)
            )
        ]
        # A means class found inside a lexicon hit of its kind adds nothing (and would count
        # twice: "tested the noose" is a plan already)
        hits = list(zip(spans, used, strict=True))
        means = [
            (s, e, rule)
            for s, e, rule in found_means(folded.text)
            if not any(
                s < hit_end
                and hit_start < e
                and hit.category == rule.category
                and (hit.at_hand or not rule.at_hand)
                for (hit_start, hit_end), hit in hits
            )
        ]
        for start_f, end_f, rule in [*by_rule, *means]:
            # a rule whose name says whose act it is ("found me in time") keeps that person
            reading = read_context(folded.text, start_f, end_f, own_person(rule.phrase))
            level, context = level_in_context(rule, reading)
            start, end = span(start_f, end_f)
            at = bisect_right([s for s, _ in spans], start_f)
            spans.insert(at, (start_f, end_f))
            used.insert(at, rule)
            signals.insert(
                at,
                Signal(
                    category=rule.category,
                    level=level,
                    text=text[start:end],
                    start=start,
                    end=end,
                    phrase=rule.phrase,
                    context=context,
                ),
            )
        signals = everyday_takings(signals, used, spans, folded.text)
        signals = without_intent(signals, used, spans, folded.text)
        signals = jest_only(signals, used, spans, folded.text)
        signals, used, spans = with_referents(signals, used, spans, folded.text)
        signals = imminent(signals, used, folded.text, spans)
        top = max((s.level for s in signals), default=Level.NONE)
        return Screening(level=top, signals=tuple(signals), lexicon_version=self.version)


@cache
def default_gate() -> CrisisGate:
    """The gate with the built-in lexicon and no community policy (built once, fully)."""
    gate = CrisisGate()
    gate.lexicon.prepare()
    return gate


def screen(text: str | bytes) -> Screening:
    """Screen with the default gate."""
    return default_gate().screen(text)
