"""Which lexicon phrases a text can hold at all: one Aho-Corasick scan over collapsed letters."""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter

import ahocorasick

from policies.phrase_pattern import VOWELS

# --- which phrases a text can hold: a necessary condition, checked by an automaton -------------
# A phrase matches letters that may be stretched, spaced out or joined by joiners, so with the
# spaces taken out of the match text and every run of one letter collapsed, the phrase's own
# letters (collapsed the same way) appear as a substring. Aho-Corasick finds every phrase that
# passes this test in one C-speed scan; only those phrases are walked (`policies.walker`).
# An inner `*` may stand for any vowel but a word's first, so a text that holds one is tested
# without vowels, against keys without vowels.
NO_VOWELS = str.maketrans(dict.fromkeys(VOWELS + "*"))
# A letter the same letter follows: deleted, so a run keeps its last letter. The replacement is
# a literal (""), so `re.sub` builds no match object and calls no Python code per run.
_REPEATED = re.compile(r"([a-z])(?=\1)")


def collapse(text: str) -> str:
    """`text` with every run of one ASCII letter cut to one letter."""
    return _REPEATED.sub("", text)


_second = itemgetter(1)


class KeyIndex:
    """An Aho-Corasick automaton from collapsed letter keys to unit numbers."""

    def __init__(self, keys: Iterable[tuple[str, int]]) -> None:
        by_key: dict[str, list[int]] = {}
        always: list[int] = []  # units the automaton cannot rule out
        for key, unit in keys:
            if key and key.isascii():
                by_key.setdefault(key, []).append(unit)
            else:
                always.append(unit)
        self._always = frozenset(always)
        # the automaton's values are key numbers (so a scan collects them in C)
        self._units = tuple(tuple(units) for units in by_key.values())
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for number, key in enumerate(by_key):
            self._automaton.add_word(key, number)
        if by_key:
            self._automaton.make_automaton()
        self._empty = not by_key

    def units(self, letters: str) -> set[int]:
        found = set(self._always)
        if not self._empty:
            for key in set(map(_second, self._automaton.iter(letters))):
                found.update(self._units[key])
        return found
