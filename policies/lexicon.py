"""The crisis lexicon: phrases as data (TOML under policies/lexicon/), compiled into one matcher.

Each TOML file holds `[[group]]` tables: a `category`, the `level` its phrases carry, whether the
phrases are a `topic` (a word like "suicide" that says nothing about who: only an explicit first
person makes it more than `concern`), optional `at_hand` (means the writer has: with intent nearby
the post is `imminent`) and `unless_next` (words that, right after a phrase, make it no signal:
"end things *with* him"), `clause_start` (the phrase counts only where a clause starts, after at
most an interjection: the plea "kill me", not "he tried to kill me"), `refers` (an unnamed act,
"thinking about doing it", that counts only near another suicide signal it can refer to), and
`phrases`; with `prefixes`, every prefix-phrase pair is an entry ("want to" x "die", "want to" x
"be dead", ...), and `expand = true` makes a small group's pairs plain phrases (one trie, no
template branch of its own). Phrases are literal text (never regex).

Matching has two steps. An Aho-Corasick automaton over each phrase's letters (built in
milliseconds) tells in one C-speed scan which phrases a text can hold at all; only those phrases
get a trie-shaped pattern (templates as prefix trie + object trie) whose every letter tolerates
the disguises listed in `policies.normalize`, compiled on first need and kept. Where several
phrases match at one place, the pattern of just those phrases decides, so every hit is the one a
single pattern of the whole lexicon would give (and the whole lexicon never has to be compiled,
which took seconds). No user-controlled regex, no catastrophic backtracking.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources as package_files
from typing import Any

from policies.key_index import NO_VOWELS, KeyIndex, collapse
from policies.levels import Level
from policies.match_text import phrase_words
from policies.phrase_pattern import SPACED_ON, Regexes, TemplateKey, Words
from policies.walker import Spelling, lead_pattern, order, spell, walk


@dataclass(frozen=True)
class Entry:
    """One lexicon phrase: what it means and how serious it is before context."""

    phrase: str
    category: str
    level: Level
    topic: bool = False
    source: str = ""
    at_hand: bool = False  # means the writer has at hand: with intent nearby, `imminent`
    unless_next: tuple[str, ...] = ()  # words that, right after the phrase, make it no signal
    template: tuple[str, str, str] | None = None  # (group, prefix, object) of a templated entry
    clause_start: bool = False  # counts only at the start of a clause (an imperative plea)
    refers: bool = False  # "doing it": counts only with a suicide signal nearby to refer to


@dataclass(frozen=True)
class Match:
    """A lexicon hit in folded text: [start, end) and every entry the matched text spells."""

    start: int
    end: int
    entries: tuple[Entry, ...]


_Hit = tuple[int, int, list[int]]  # start, end, each letter's repeats


@dataclass
class _Scan:
    """One text being matched: whether it holds a `*`, and where each lead pattern matches in it
    (many phrases share their first letters)."""

    text: str
    stars: bool
    leads: dict[str, list[int]]


class Lexicon:
    """Entries plus the matcher; immutable once built (in milliseconds: nothing is compiled).

    What it matches is defined by one pattern of the whole lexicon (`finditer_one_pattern`).
    Each plain phrase and each template pair is a unit; an automaton names the units a text can
    hold (see `KeyIndex`), and the letter walker matches just those, letter by letter, as
    that pattern would, including which unit wins where several match at one place.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        plain: dict[Words, list[Entry]] = {}
        templated: dict[TemplateKey, list[Entry]] = {}
        for entry in self.entries:
            if entry.template is None:
                plain.setdefault(phrase_words(entry.phrase), []).append(entry)
            else:
                group, prefix, obj = entry.template
                key = (group, phrase_words(prefix), phrase_words(obj))
                templated.setdefault(key, []).append(entry)
        # A group's pattern joins every prefix to every object; a pair without entries (switched
        # off) still matches there and yields nothing, so it is a unit too.
        shapes: dict[str, tuple[set[Words], set[Words]]] = {}
        for name, head, tail in templated:
            heads, tails = shapes.setdefault(name, (set(), set()))
            heads.add(head)
            tails.add(tail)
        for name, (heads, tails) in shapes.items():
            for head in heads:
                for tail in tails:
                    templated.setdefault((name, head, tail), [])
        self._plain = {k: tuple(v) for k, v in plain.items()}
        self._templated = {k: tuple(v) for k, v in templated.items()}
        self._units: list[tuple[Words, TemplateKey | None]] = [(k, None) for k in self._plain]
        self._units += [(k[1] + k[2], k) for k in self._templated]
        keys = [collapse("".join(words)) for words, _ in self._units]
        self._index = KeyIndex((key, unit) for unit, key in enumerate(keys))
        self._keys = keys
        self._no_vowel_index: KeyIndex | None = None  # built on the first text with a `*`
        self._whole: Regexes | None = None  # the one pattern, compiled only when asked
        self._spellings: dict[int, Spelling] = {}
        self._group_rank = {name: rank for rank, name in enumerate(sorted(shapes))}

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The pattern of the whole lexicon (compiled on first use: seconds)."""
        return self._whole_pattern().pattern()

    def prepare(self) -> None:
        """Build what every screening needs now, so no screening waits for it."""
        self._no_vowel_index_built()

    def _no_vowel_index_built(self) -> KeyIndex:
        if self._no_vowel_index is None:
            self._no_vowel_index = KeyIndex(
                (collapse(key.translate(NO_VOWELS)), unit) for unit, key in enumerate(self._keys)
            )
        return self._no_vowel_index

    def _whole_pattern(self) -> Regexes:
        if self._whole is None:
            plain = {words: self._plain[words] for words, t in self._units if t is None}
            self._whole = Regexes(plain, self._templated)
        return self._whole

    def _candidates(self, matchable: str) -> list[int]:
        """The units that `matchable` can hold (a superset of those that match)."""
        letters = collapse(matchable.replace(" ", ""))
        if "*" in letters:
            found = self._no_vowel_index_built().units(collapse(letters.translate(NO_VOWELS)))
        else:
            found = self._index.units(letters)
        return sorted(found)

    def _spelling(self, unit: int) -> Spelling:
        spelled = self._spellings.get(unit)
        if spelled is None:
            words, template = self._units[unit]
            if template is None:
                spelled = spell((words,), 0)
            else:
                category = 1 + self._group_rank[template[0]]
                spelled = spell((template[1], template[2]), category)
            self._spellings[unit] = spelled
        return spelled

    def _entries(self, unit: int) -> tuple[Entry, ...]:
        words, template = self._units[unit]
        return self._plain[words] if template is None else self._templated[template]

    def _next(self, unit: int, scan: _Scan, pos: int) -> _Hit | None:
        """The unit's leftmost match at or after `pos`."""
        spelled = self._spellings.get(unit) or self._spelling(unit)
        starts = scan.leads.get(spelled.lead)
        if starts is None:
            found = lead_pattern(spelled.lead).finditer(scan.text)
            starts = scan.leads[spelled.lead] = [m.start() for m in found]
        first = bisect_left(starts, pos)
        if first == len(starts):
            return None
        # one list for every start: a walk that matches has set each letter's count
        counts = [0] * len(spelled.heads)
        text, stars = scan.text, scan.stars
        for at in starts[first:]:
            end = walk(text, at, spelled, False, counts, stars)
            if end >= 0:
                return at, end, counts
        return None

    def _pick(self, units: list[int], counts: dict[int, list[int]], lazy: bool) -> int:
        """Of several units matching at one place, the one the lexicon's pattern would return."""
        if len(units) == 1:
            return units[0]
        return min(units, key=lambda u: order(self._spelling(u), counts[u], lazy))

    def finditer(
        self, matchable: str, look_inside: Callable[[Match], bool] | None = None
    ) -> Iterator[Match]:
        """Leftmost, non-overlapping hits in `match_text` output, the longest where it matters.

        Where `look_inside(hit)` is true, the search goes on from the hit's next word instead of
        its end, so a longer phrase starting inside it is still found ("im done" must not hide
        "done with life").

        The regex engine takes the first phrase that fits, not the longest. Text spelled out
        letter by letter or stretched hides where words end ("a t t e m p t s u r v i v o r",
        "goodbyeee eeeveryone"), so where a hit ends on a single or repeated letter with more
        text to come, the pattern that tries next words first (and stretches least) gets a
        second look, and the longer reading wins.
        """
        scan = _Scan(matchable, "*" in matchable, {})
        nexts = {u: self._next(u, scan, 0) for u in self._candidates(matchable)}
        pos = 0
        while True:
            start = -1
            winners: list[int] = []
            for unit, hit in nexts.items():
                if hit is not None and hit[0] < pos:
                    hit = nexts[unit] = self._next(unit, scan, pos)
                if hit is None:
                    continue
                if start < 0 or hit[0] < start:
                    start, winners = hit[0], [unit]
                elif hit[0] == start:
                    winners.append(unit)
            if not winners:
                return
            hits = {u: h for u in winners if (h := nexts[u]) is not None}
            unit = self._pick(winners, {u: h[2] for u, h in hits.items()}, lazy=False)
            end = hits[unit][1]
            tokens = matchable[start:end].split()
            spaced = len(set(tokens[-1])) == 1 or (
                len(tokens) >= 3 and 2 * sum(len(t) == 1 for t in tokens) >= len(tokens)
            )
            if spaced and SPACED_ON.match(matchable, end):
                ends: dict[int, int] = {}
                fewest: dict[int, list[int]] = {}
                for u in winners:
                    spelled = self._spelling(u)
                    fewest[u] = [0] * len(spelled.heads)
                    ends[u] = walk(matchable, start, spelled, True, fewest[u], scan.stars)
                other = self._pick(winners, fewest, lazy=True)
                if ends[other] > end:
                    unit, end = other, ends[other]
            entries = self._entries(unit)
            inside = False
            if entries:
                found = Match(start, end, entries)
                yield found
                inside = look_inside is not None and look_inside(found)
            pos = start + 1 if inside else max(end, start + 1)

    def finditer_one_pattern(
        self, matchable: str, look_inside: Callable[[Match], bool] | None = None
    ) -> Iterator[Match]:
        """What `finditer` returns, by definition: the whole lexicon as one pattern (on the
        built-in lexicon that compiles for seconds; tests compare the two on small lexicons)."""
        regexes = self._whole_pattern()
        pattern = regexes.pattern()
        if pattern is None:
            return
        pos = 0
        while (m := pattern.search(matchable, pos)) is not None:
            end = m.end()
            tokens = matchable[m.start() : end].split()
            spaced = len(set(tokens[-1])) == 1 or (
                len(tokens) >= 3 and 2 * sum(len(t) == 1 for t in tokens) >= len(tokens)
            )
            if spaced and SPACED_ON.match(matchable, end):
                words_first = regexes.pattern(words_first=True)
                other = words_first.match(matchable, m.start()) if words_first else None
                if other is not None and other.end() > end:
                    m = other
            entries = regexes.entries_of(m)
            inside = False
            if entries:
                found = Match(m.start(), m.end(), entries)
                yield found
                inside = look_inside is not None and look_inside(found)
            pos = m.start() + 1 if inside else max(m.end(), m.start() + 1)

    def without(self, phrases: Iterable[str]) -> Lexicon:
        """This lexicon with every entry spelling one of `phrases` switched off."""
        off = {phrase_words(p) for p in phrases}
        return Lexicon(e for e in self.entries if phrase_words(e.phrase) not in off)

    def plus(self, entries: Iterable[Entry]) -> Lexicon:
        return Lexicon((*self.entries, *entries))


def _parse(name: str, data: dict[str, Any]) -> list[Entry]:
    entries = []
    for index, group in enumerate(data.get("group", [])):
        where = f"{name} group {index + 1}"
        try:
            category = str(group["category"])
            level = Level.parse(str(group["level"]))
            phrases = group["phrases"]
        except (KeyError, ValueError) as exc:
            raise ValueError(f"lexicon {where}: {exc}") from None
        topic = bool(group.get("topic", False))
        source = str(group.get("source", name))
        at_hand = bool(group.get("at_hand", False))
        unless_next = tuple(str(w).casefold() for w in group.get("unless_next", ()))
        clause_start = bool(group.get("clause_start", False))
        refers = bool(group.get("refers", False))
        # `expand`: a small group's pairs join the one plain trie instead of adding a template
        # branch of their own, which every word start with the same letter would try
        expand = bool(group.get("expand", False))
        prefixes = group.get("prefixes") or [None]
        for prefix in prefixes:
            for phrase in phrases:
                if not isinstance(phrase, str) or not phrase_words(phrase):
                    raise ValueError(f"lexicon {where}: phrase {phrase!r} has no letters")
                if prefix is not None and not phrase_words(str(prefix)):
                    raise ValueError(f"lexicon {where}: prefix {prefix!r} has no letters")
                template = None if prefix is None or expand else (where, str(prefix), phrase)
                entries.append(
                    Entry(
                        phrase.strip() if prefix is None else f"{prefix} {phrase}",
                        category,
                        level,
                        topic,
                        source,
                        at_hand,
                        unless_next,
                        template,
                        clause_start,
                        refers,
                    )
                )
    return entries


def lexicon_files() -> list[tuple[str, bytes]]:
    """(name, bytes) of every shipped lexicon TOML file, sorted by name."""
    folder = package_files.files("policies") / "lexicon"
    found = [(p.name, p.read_bytes()) for p in folder.iterdir() if p.name.endswith(".toml")]
    return sorted(found)


def context_file() -> bytes:
    """The context rules' word lists (hashed into the lexicon version with the phrases)."""
    return (package_files.files("policies") / "lexicon" / "context.toml").read_bytes()


def load_builtin() -> tuple[Lexicon, str]:
    """The shipped lexicon and a hash of its data."""
    digest = hashlib.sha256()
    entries: list[Entry] = []
    for name, raw in lexicon_files():
        digest.update(name.encode() + b"\0" + raw + b"\0")
        entries.extend(_parse(name, tomllib.loads(raw.decode("utf-8"))))
    return Lexicon(entries), digest.hexdigest()
