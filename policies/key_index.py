"""Which lexicon phrases a text can hold at all: one Aho-Corasick scan over collapsed letters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
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


# --- which word lists a post can hold at all: one set intersection ------------------------------
# The crisis rules that read a post word by word (the act under way, means classes, counted
# overdoses) each look for key words that stand as whole words: no letter or digit on either side.
# Such a key's first run of letters and digits is then a whole run of the post, so a post none of
# whose runs is a key's first run holds none of the keys. The runs are found once per post (C-level
# passes, shared by every rule that asks) and each rule tests them with one set intersection, so a
# rule does nothing more on a post that cannot match it.
#
# Only ASCII runs are collected: every other character is read as a separator first (one
# `encode`), so a run with a non-ASCII letter ("café") is cut at it. A run of ASCII letters and
# digits that is whole in the post stays whole (its neighbours were separators already), and a key
# whose first run is not ASCII passes every post.
_RUN = re.compile(r"[^\W_]+")
# every ASCII character but a letter or digit to a space, then `str.split`: a third of the time of
# a `findall`, which builds a match object per word
_ASCII_RUNS = str.maketrans({chr(c): chr(c) if chr(c).isalnum() else " " for c in range(128)})


@lru_cache(maxsize=4)
def word_runs(text: str) -> frozenset[str]:
    """Every maximal run of ASCII letters and digits in `text`, a non-ASCII character read as a
    separator; once per post."""
    if not text.isascii():
        text = text.encode("ascii", "replace").decode("ascii")  # one "?" per character
    return frozenset(text.translate(_ASCII_RUNS).split())


def first_run(key: str) -> str | None:
    """The run a whole-word `key` begins with; None when it begins with no ASCII letter or digit,
    or its first run holds a non-ASCII letter (a post can then hold it anywhere: no run rules it
    out)."""
    found = _RUN.match(key)
    return found.group() if found and found.group().isascii() else None


class RunFilter:
    """Names (word classes) by the first runs of their whole-word keys."""

    def __init__(self, keys: Iterable[tuple[str, str]]) -> None:
        by_run: dict[str, set[str]] = {}
        always: set[str] = set()
        for key, name in keys:
            run = first_run(key)
            if run is None:
                always.add(name)
            else:
                by_run.setdefault(run, set()).add(name)
        self._always = frozenset(always)
        self._by_run = {run: frozenset(names) for run, names in by_run.items()}
        self._runs = frozenset(by_run)

    def possible(self, text: str) -> frozenset[str]:
        """The names whose keys `text` may hold as whole words (a superset of those it holds)."""
        shared = self._runs.intersection(word_runs(text))
        if not shared:
            return self._always
        return self._always.union(*(self._by_run[run] for run in shared))


# --- which families a post can hold: whole words of letters, declared once per family ----------
# The slot rules (own risk, and any family written as word classes) match phrases whose words
# stand as whole words: no letter on either side. So a family is possible in a post only if, for
# each of its required slots, some phrase's word (its rarest: `rarest_words`) is a whole word of
# the post. The words are found once per post (`letter_words`, C-level passes shared by every
# rule that asks) and `WordFilter` tests every family against them with set operations: a family
# declares its slots (data), and what rules it out follows from them.

# every ASCII character but a letter to a space, the apostrophe deleted ("don't" is "dont", as
# the rules spell their classes)
_LETTER_RUNS = str.maketrans(
    {**{chr(c): chr(c) if chr(c).isalpha() else " " for c in range(128)}, "'": None}
)

# Words too common to tell posts apart: a phrase is looked for by another word of it if it has
# one (own_risk's families, the means classes' states, imminence's times all pick by this list)
COMMON_WORDS = frozenset({"i", "im", "id", "ive", "me", "my", "myself", "you", "it", "its", "a",
    "an", "the", "to", "of", "in", "on", "at", "and", "or", "but", "if", "is", "was", "be", "been",
    "do", "dont", "that", "this", "so", "just", "for", "with", "not", "no", "all", "up", "out",
    "get", "have", "had", "would", "could", "can", "will", "what", "how", "about",
    "like", "going", "gonna", "ill", "take", "got", "off", "into", "by", "away", "taken", "know",
    "when", "where", "last", "things", "everything", "nothing", "through", "made", "theres",
    "stop", "sure", "nobody", "stuff", "money", "place", "time", "now", "one", "back"})  # fmt: skip


def rarest_word(words: Sequence[str]) -> str:
    """The word of a phrase to look for: the longest not in `COMMON_WORDS` (the longest of all
    when every one is common). Any word of a phrase found whole is sound; a rare one rules more
    posts out."""
    return max(words, key=lambda w: (w not in COMMON_WORDS, len(w)))


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def letter_words(text: str) -> frozenset[str]:
    """Every maximal run of ASCII letters in `text` read without its apostrophes (' and ’), any
    other non-ASCII character read as a separator; once per post.

    A superset of the ASCII words a whole-word rule finds in the text without apostrophes: such
    a word's neighbours are no letters, so they are separators here too."""
    if not text.isascii():
        text = text.replace("\u2019", "").encode("ascii", "replace").decode("ascii")
    return frozenset(text.translate(_LETTER_RUNS).split())


def rarest_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """Each phrase's rarest whole word (the longest not in `COMMON_WORDS`): a phrase found as
    whole words has it as a whole word of the post. None when some phrase has no word of ASCII
    letters only (nothing then rules the phrase out)."""
    rare: set[str] = set()
    for phrase in phrases:
        whole = [w for w in phrase.split() if w.isascii() and _LETTERS.fullmatch(w)]
        if not whole:
            return None
        rare.add(rarest_word(whole))
    return frozenset(rare)


def rarity(words: frozenset[str]) -> tuple[int, int]:
    """How likely a post holds one of `words` (lower is rarer): common words, then how many."""
    return sum(w in COMMON_WORDS for w in words), len(words)


class WordFilter:
    """Which of several families a post can hold: family k is possible only if, for each of its
    word sets, one of the set's words is a whole word of the post (`letter_words`).

    Each family is listed under the words of its rarest set; a post's words pick the listed
    families in one set intersection, and only those test their other sets."""

    def __init__(self, families: Iterable[Iterable[Iterable[str]]]) -> None:
        self._always: list[int] = []  # families with no set a post's words can rule out
        by_word: dict[str, list[int]] = {}
        self._rest: list[tuple[frozenset[str], ...]] = []
        for number, needs in enumerate(families):
            # a word that is not ASCII letters is never among a post's words: its set rules out
            # nothing (the family's other sets still do)
            sets = sorted(
                {frozenset(s) for s in needs if all(w.isascii() and w.isalpha() for w in s)},
                key=lambda s: (rarity(s), sorted(s)),
            )
            if not sets:
                self._always.append(number)
                self._rest.append(())
                continue
            for word in sets[0]:
                by_word.setdefault(word, []).append(number)
            self._rest.append(tuple(sets[1:]))
        self._by_word = {word: tuple(numbers) for word, numbers in by_word.items()}
        self._keys = frozenset(by_word)

    def live(self, words: frozenset[str] | set[str]) -> list[int]:
        """The families (their numbers, ascending) whose every set meets `words`."""
        found = set(self._always)
        for word in self._keys.intersection(words):
            found.update(self._by_word[word])
        rest = self._rest
        return [n for n in sorted(found) if not any(map(words.isdisjoint, rest[n]))]
