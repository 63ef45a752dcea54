"""Where a family's regex can start matching, so the gate tries it only there.

Python's `re` has no jump table: a family (one alternation of dozens of wordings behind a word
boundary) is tried alternative by alternative at every word of the draft, which made the rules
cost several times the crisis screen. Every wording starts with a few literal letters ("keep",
"you", "i'm"), so this module reads the compiled pattern's parse tree once and collects the
literal prefixes (up to three characters) any match must start with. Per draft the gate lists the
word starts once; a family is then matched (`pattern.match`, the same alternation in the same
order) only at the words whose first letters are one of its prefixes. Positions where no prefix
fits cannot start a match, so the hits are exactly those of `pattern.finditer`, found faster.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]  # stable since 3.11
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: Prefixes are cut at this many letters (`candidates` looks up 3, 2 and 1): enough to tell
#: "you" from "yet", few enough to keep the number of sub-alternations small.
PREFIX_LETTERS = 6
#: A character class at the start is expanded into its letters only when it is this small
#: (["'’ʼ], \d); a wider one means the family is tried everywhere.
_SMALL_CLASS = 12
#: Any run of spaces, read as the one blank that stands for `\s` in a prefix.
_SPACE = re.compile(r"\s")
_STOP: tuple[Any, Any] = (None, None)


class _Unanchored(Exception):
    """A match can start with something other than a literal: no prefix to filter on."""


def prefixes_of(wording: str) -> set[tuple[str, bool]] | None:
    """The literal prefixes any match of `wording` starts with, each with whether a word boundary
    is asserted before it; None when a match can start with something else (`\\w`, `.`)."""
    try:
        return _expand(list(sre_parse.parse(wording).data), "", False)
    except _Unanchored:
        return None


@dataclass(frozen=True)
class PrefixIndex:
    """A family's alternation, split by first letters. `at_words` maps each literal prefix found
    at the start of a word to the alternation of only the wordings that can start with it (in
    the family's order, so the first wording to match is the same one); `elsewhere` finds the
    other starts (an apostrophe, a quote) and `elsewhere_words` the wordings to try there."""

    at_words: dict[str, re.Pattern[str]]
    elsewhere: re.Pattern[str] | None
    elsewhere_words: dict[str, re.Pattern[str]]


def prefix_index(wordings: list[str], pattern: re.Pattern[str]) -> PrefixIndex | None:
    """Index the ordered `wordings` of the compiled family `pattern`; None when one of them can
    start anywhere (then the family is scanned whole)."""
    if pattern.flags & re.IGNORECASE:
        return None  # the literal prefixes would be one case of several
    by_prefix: dict[str, list[int]] = {}
    others: dict[str, list[int]] = {}
    for number, wording in enumerate(wordings):
        found = prefixes_of(wording)
        if found is None:
            return None
        for prefix, bounded in found:
            if bounded and (prefix[0].isalnum() or prefix[0] == "_"):
                by_prefix.setdefault(prefix, []).append(number)
            else:
                others.setdefault(prefix, []).append(number)
    compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def alternation(prefix: str, table: dict[str, list[int]]) -> re.Pattern[str]:
        """The wordings (in order) having `prefix` or a shorter part of it as a prefix."""
        numbers = tuple(
            sorted({n for size in range(1, len(prefix) + 1) for n in table.get(prefix[:size], [])})
        )
        if numbers not in compiled:
            compiled[numbers] = re.compile("|".join(f"(?:{wordings[n]})" for n in numbers))
        return compiled[numbers]

    at_words = {prefix: alternation(prefix, by_prefix) for prefix in by_prefix}
    elsewhere_words = {prefix: alternation(prefix, others) for prefix in others}
    elsewhere = None
    if others:
        alternatives = sorted(others, key=len, reverse=True)
        elsewhere = re.compile("(?=(" + "|".join(_literal(p) for p in alternatives) + "))")
    return PrefixIndex(at_words, elsewhere, elsewhere_words)


def _literal(prefix: str) -> str:
    """A prefix as a regex, its blanks standing for any space (`\\s`)."""
    return "".join(r"\s" if letter == " " else re.escape(letter) for letter in prefix)


def _expand(ops: list[Any], prefix: str, bounded: bool) -> set[tuple[str, bool]]:
    """The literal prefixes the sequence `ops` can start with, after `prefix` was read."""
    if len(prefix) >= PREFIX_LETTERS:
        return {(prefix, bounded)}
    if not ops or ops[0] is _STOP:
        if not prefix:
            raise _Unanchored
        return {(prefix, bounded)}
    op, av = ops[0]
    rest = ops[1:]
    if op is sre.LITERAL:
        return _expand(rest, prefix + chr(av), bounded)
    if op is sre.AT:
        return _expand(rest, prefix, bounded or (not prefix and av is sre.AT_BOUNDARY))
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _expand(rest, prefix, bounded)  # zero width: the next literal still starts it
    if op is sre.SUBPATTERN:
        return _expand(list(av[-1].data) + rest, prefix, bounded)
    if op is sre.ATOMIC_GROUP:
        return _expand(list(av.data) + rest, prefix, bounded)
    if op is sre.BRANCH:
        found: set[tuple[str, bool]] = set()
        for alternative in av[1]:
            found |= _expand(list(alternative.data) + rest, prefix, bounded)
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        once = _expand([*body.data, _STOP], prefix, bounded)  # a shorter prefix is still a filter
        return once if low >= 1 else once | _expand(rest, prefix, bounded)
    if op is sre.IN:
        letters = _class_letters(av)
        if letters is None:
            return _expand([_STOP], prefix, bounded)
        found = set()
        for letter in letters:
            found |= _expand(rest, prefix + letter, bounded)
        return found
    return _expand([_STOP], prefix, bounded)


def _class_letters(items: list[tuple[Any, Any]]) -> list[str] | None:
    letters: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            letters.append(chr(av))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            letters.extend("0123456789")
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            letters.append(" ")  # stands for any space: the word-start scan reads it as \s
        elif op is sre.RANGE and av[1] - av[0] < _SMALL_CLASS:
            letters.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return letters if len(letters) <= _SMALL_CLASS else None


Candidates = list[tuple[int, re.Pattern[str]]]


class Scanner:
    """Finds, in one pass over a draft's words, where each of several families can start and
    which of its sub-alternations to try there."""

    def __init__(self, indexes: Sequence[tuple[PrefixIndex, re.Pattern[str]] | None]) -> None:
        self._indexes = list(indexes)
        prefixes = {p for entry in indexes if entry for p in entry[0].at_words}
        #: Every prefix any family has -> (family number, that family's alternation for its
        #: longest own prefix of it). Looking up a word's longest listed prefix gives every
        #: family's longest one at once (they are all prefixes of the same three letters).
        self._table: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        for prefix in prefixes:
            entries = []
            for number, entry in enumerate(indexes):
                if entry is None:
                    continue
                at_words = entry[0].at_words
                for size in range(len(prefix), 0, -1):
                    if prefix[:size] in at_words:
                        entries.append((number, at_words[prefix[:size]]))
                        break
            self._table[prefix] = entries
        #: The listed prefixes as one trie at word starts, longest first: `finditer` in C
        #: yields only the words that start with one, as the longest listed prefix.
        #: In a lookahead, so a prefix that runs into the next word ("e-m" of "e-mail") does
        #: not hide that word's own start ("mail").
        self._words = re.compile(r"\b(?=(" + _trie(sorted(prefixes)) + "))") if prefixes else None

    def candidates(self, folded: str) -> list[Candidates | None]:
        """Per family, the positions (in order) where a match can start, each with the
        alternation to try there; None for a family that is scanned whole."""
        found: list[Candidates | None] = [
            [] if entry is not None else None for entry in self._indexes
        ]
        table = self._table
        for match in self._words.finditer(folded) if self._words is not None else ():
            p = match.start()
            key = match.group(1)
            entries = table.get(key) or table[_SPACE.sub(" ", key)]
            for number, pattern in entries:
                found[number].append((p, pattern))  # type: ignore[union-attr]
        for number, entry in enumerate(self._indexes):
            if entry is None or entry[0].elsewhere is None:
                continue
            index, whole = entry
            elsewhere = entry[0].elsewhere
            at_words = dict(found[number] or [])
            for m in elsewhere.finditer(folded):
                key = m.group(1)
                at_words[m.start()] = (
                    whole  # a word start too: every wording may start here
                    if m.start() in at_words
                    else index.elsewhere_words.get(key)
                    or index.elsewhere_words[_SPACE.sub(" ", key)]
                )
            found[number] = sorted(at_words.items(), key=lambda item: item[0])
        return found


def _trie(words: list[str]) -> str:
    """A regex matching the longest of `words` (none empty) that the text starts with."""
    children: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            children.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not children:
        return ""
    branches = "|".join(
        (r"\s" if first == " " else re.escape(first)) + _trie(rest)
        for first, rest in children.items()
    )
    return f"(?:{branches})" + ("?" if ends else "")
