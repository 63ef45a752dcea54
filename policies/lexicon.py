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
from functools import cache
from importlib import resources as package_files
from operator import itemgetter
from typing import Any

import ahocorasick

from policies.levels import Level
from policies.normalize import INVISIBLE, LEET, fold, skeleton


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


# --- the text the matcher reads --------------------------------------------------------------
# Built from the folded text with the same length (so offsets still hold), in C-speed passes:
# sentence stops become HARD_STOP (phrases never run across them: "the end. It" is not "end it"),
# filler words become blanks, leetspeak digits become letters, and every joiner (invisible
# characters, inner punctuation, spaces) becomes one space, which the pattern lets sit between any
# two letters: "k i l l", "s.u.i.c.i.d.e", "k\u200bill" and "kill-myself" all read alike.
HARD_STOP = "\x01"
# One char each, C-speed (line breaks by `str.replace`: one character class scans fastest).
_STOPS = re.compile(r"[.,!?;:](?=[\s.,!?;:])")
_MATCH_TABLE = str.maketrans(
    {
        # every ASCII character is in the table: a character missing from it costs `translate`
        # a caught exception, once per distinct character and call
        **{chr(code): chr(code) for code in range(128)},
        **{c: letter for letter, chars in LEET.items() for c in chars if c not in "*!|"},
        "1": "i",
        "|": "i",
        **dict.fromkeys(INVISIBLE + "\t .'’‘`^•·,-_~/\\", " "),
    }
)

# Intensifiers a writer may put between the words of a phrase ("want to just die", "blow my
# fucking brains out"); they are blanked in the match text and dropped from phrases.
_FILLER_WORDS = (
    "just", "really", "fucking", "fuckin", "freaking", "frickin", "literally", "actually",
    "honestly", "seriously", "truly", "genuinely", "simply", "even", "totally", "fully",
)  # fmt: skip
FILLERS = frozenset(_FILLER_WORDS)
# A filler between blanks (or the text's ends) becomes blanks; "adjust" or "p.r.even.t" keep
# their letters. In folded text with line breaks made stops, the only blank is the space, so the
# pattern opens with a literal space (the engine skips in C from space to space).
_FILLER_RE = re.compile(r" (?:" + "|".join(_FILLER_WORDS) + r")(?= |\Z)")
_FILLER_FIRST = re.compile(r"(?:" + "|".join(_FILLER_WORDS) + r")(?= |\Z)")


def _blank_filler(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


_INNER_I = re.compile(
    r"[!|](?<=[^\W\d_][!|])(?=[^\W\d_])"
)  # "k!ll": ! and | inside a word read as i


# Leet 1 is i ("su1c1de"), but a run of 1s ends in ll ("ki11", "k111" = kill, "pi115" = pills).
_ONES = re.compile(r"11+")


def _ones(m: re.Match[str]) -> str:
    return "i" * (m.end() - m.start() - 2) + "ll"


# Markdown emphasis ("I *want* to die", "sounds *right*"): a run of stars with a non-letter on
# either side is a joiner; a run between two letters stays a censored vowel ("su*cide").
_STARS = re.compile(r"\*+")


def _emphasis(m: re.Match[str]) -> str:
    start, end, text = m.start(), m.end(), m.string
    inner = start and text[start - 1].isalpha() and end < len(text) and text[end].isalpha()
    return m.group() if inner else " " * (end - start)


def match_text(folded: str) -> str:
    """The folded text (`policies.normalize.fold`) as the matcher reads it (same length, so
    offsets are unchanged)."""
    text = _INNER_I.sub("i", folded) if "!" in folded or "|" in folded else folded
    if "*" in text:
        text = _STARS.sub(_emphasis, text)
    if "11" in text:
        text = _ONES.sub(_ones, text)
    text = _STOPS.sub(HARD_STOP, text).replace("\n", HARD_STOP).replace("\r", HARD_STOP)
    text = _FILLER_RE.sub(_blank_filler, text)
    if (first := _FILLER_FIRST.match(text)) is not None:
        text = " " * first.end() + text[first.end() :]
    return text.translate(_MATCH_TABLE)


_GAP = " *+"  # possessive: the spaces before a letter are never given back and re-tried
_MAX_STRETCH = 16  # repeats of one letter a phrase may absorb: bounds the work per start position
_VOWELS = "aeiou"  # a `*` inside a word may stand for one of them ("su*cide")


def _stretch(letter: str, lazy: bool = False) -> str:
    """What may repeat a letter after its first appearance, spaced or not (greedy, or lazy for
    the reading that prefers more words: "g o o d b y e e v e r y o n e"). Bounded, so a post of
    thousands of "i i i i" costs a constant per position, not a scan to its end."""
    repeat = f"(?:{_GAP}{_letter_class(letter, False)}){{0,{_MAX_STRETCH}}}"
    return repeat + ("?" if lazy else "")


def _letter_class(letter: str, first: bool) -> str:
    """What stands for `letter` in the match text: itself, and `*` for a vowel inside a word.

    No letter class overlaps another: overlapping classes let two neighbouring letters split a
    run ("i i i i ...") in every way, and the work per position grows with the square of it.
    """
    chars = letter
    if letter in "aeiou" and not first:
        chars += "*"
    return "[" + re.escape(chars) + "]" if len(chars) > 1 else re.escape(chars)


def _unit(letter: str, first: bool, lazy: bool = False) -> str:
    """One letter of a phrase, stretched or spaced out as often as the writer likes."""
    return _letter_class(letter, first) + _stretch(letter, lazy)


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as the matcher spells it: folded words, leet read, repeats collapsed, fillers out.

    `phrase_words("Don't want to   DIIIE") == ("dont", "want", "to", "die")`.
    """
    words = []
    for raw in fold(phrase).text.replace("'", "").replace("’", "").split():
        if raw in FILLERS:
            continue
        letters = skeleton(raw)
        if letters:
            words.append(letters)
    return tuple(words)


def _trie(sequences: Iterable[tuple[str, ...]], names: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for words, name in zip(sequences, names, strict=True):
        node = trie
        for letter in " ".join(words):
            node = node.setdefault(letter, {})
        node.setdefault("", name)
    return trie


def _render(
    node: dict[str, Any], after_letter: bool, end: str, last: str = "", words_first: bool = False
) -> str:
    """A trie as a regex; a terminal is `end` then an empty group named after the phrase.

    Where a phrase may go on in the same word or with a next word, the same word is tried first
    ("hotline number" before "hot line"), or the next word with `words_first`.
    """
    branches = []
    for key in sorted((k for k in node if k), key=lambda k: ((k == " ") != words_first, k)):
        child = node[key]
        if key == " ":
            branches.append(_GAP + _render(child, False, end, words_first=words_first))
        else:
            gap = _GAP if after_letter else ""
            unit = _unit(key, not after_letter, lazy=words_first)
            branches.append(gap + unit + _render(child, True, end, key, words_first))
    if "" in node:
        # A phrase may not end on a repeat of its last letter across a gap when more words
        # follow: that letter is the next word's ("goodbye e.very.one").
        guard = ""
        if last and end:
            repeats = f"(?<!{last} {last})"
            guard = rf"(?:{repeats}|(?! +[^\W\d_]))"
        branches.append(f"{guard}{end}(?P<{node['']}>)")  # last, so longer phrases win
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_SPACED_ON = re.compile(r" +[^\W\d_]")  # after a spaced-out last letter, the text goes on


def _first_letter_branches(
    node: dict[str, Any], end: str, suffix: str = "", words_first: bool = False
) -> dict[str, list[str]]:
    """The root of a trie split by first letter: letter -> what may follow it.

    The caller joins all tries' branches under one alternation of literal first letters, which
    lets the regex engine skip in C to the positions where some phrase can start.
    """
    out: dict[str, list[str]] = {}
    for key in sorted(k for k in node if k and k != " "):
        stretch = _stretch(key, lazy=words_first)
        rest = _render(node[key], True, end, key, words_first)
        out.setdefault(key, []).append(stretch + rest + suffix)
    return out


@dataclass(frozen=True)
class Match:
    """A lexicon hit in folded text: [start, end) and every entry the matched text spells."""

    start: int
    end: int
    entries: tuple[Entry, ...]


_Words = tuple[str, ...]
_TemplateKey = tuple[str, _Words, _Words]  # (group, prefix words, object words)
_Hit = tuple[int, int, list[int]]  # start, end, each letter's repeats


@dataclass
class _Scan:
    """One text being matched: whether it holds a `*`, and where each lead pattern matches in it
    (many phrases share their first letters)."""

    text: str
    stars: bool
    leads: dict[str, list[int]]


class _Regexes:
    """The letter-by-letter regex of some entries, compiled on first use.

    Plain phrases form one letter trie. Template entries (a group's `prefixes` crossed with its
    `phrases`) are compiled as a prefix trie followed by an object trie, so a template costs the
    sum of its parts in the pattern, not their product. A template key with no entries (a pair
    switched off by `Lexicon.without`) still matches, and yields nothing.
    """

    def __init__(
        self,
        plain: dict[_Words, tuple[Entry, ...]],
        templated: dict[_TemplateKey, tuple[Entry, ...]],
    ) -> None:
        self._plain = {f"t{i}": v for i, v in enumerate(plain.values())}
        self._templated = templated
        self._plain_trie = _trie(plain, self._plain) if plain else None
        self._prefix_names: dict[str, dict[str, _Words]] = {}
        self._object_names: dict[str, tuple[str, _Words]] = {}
        self._templates: list[tuple[dict[str, Any], dict[str, _Words]]] = []
        for number, group in enumerate(sorted({k[0] for k in templated})):
            prefixes = sorted({k[1] for k in templated if k[0] == group})
            objects = sorted({k[2] for k in templated if k[0] == group})
            pnames = {f"p{number}_{i}": p for i, p in enumerate(prefixes)}
            onames = {f"o{number}_{i}": o for i, o in enumerate(objects)}
            self._prefix_names[group] = pnames
            heads = _trie(pnames.values(), pnames)
            for letter in sorted(k for k in heads if k and k != " "):
                # the object trie follows each first letter's head, so its names carry the letter
                copy = {f"{name}_{ord(letter)}": o for name, o in onames.items()}
                self._object_names.update({n: (group, o) for n, o in copy.items()})
                self._templates.append(({letter: heads[letter]}, copy))
        self._patterns: dict[bool, re.Pattern[str] | None] = {}

    def pattern(self, words_first: bool = False) -> re.Pattern[str] | None:
        """The pattern that stretches letters greedily, or the one that tries next words first."""
        if words_first not in self._patterns:
            self._patterns[words_first] = self._compile(words_first)
        return self._patterns[words_first]

    def _compile(self, words_first: bool) -> re.Pattern[str] | None:
        by_letter: dict[str, list[str]] = {}

        def add(branches: dict[str, list[str]]) -> None:
            for letter, rests in branches.items():
                by_letter.setdefault(letter, []).extend(rests)

        if self._plain_trie is not None:
            add(_first_letter_branches(self._plain_trie, r"(?!\w)", "", words_first))
        for head, objects in self._templates:
            tail = _render(_trie(objects.values(), objects), False, r"(?!\w)", "", words_first)
            add(_first_letter_branches(head, "", _GAP + tail, words_first))
        # A phrase starts at a word start: its first letter with no word character before it.
        # Written after the letter (not as a leading `\b`), so the engine skips in C to the
        # places where that letter occurs.
        branches = [
            _letter_class(letter, True)
            + r"(?<!\w.)"
            + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
            for letter, rests in sorted(by_letter.items())
        ]
        return re.compile("|".join(branches)) if branches else None

    def entries_of(self, m: re.Match[str]) -> tuple[Entry, ...]:
        name = m.lastgroup or ""
        if name in self._plain:
            return self._plain[name]
        if name in self._object_names:
            group, obj = self._object_names[name]
            for pname, prefix in self._prefix_names[group].items():
                if m.group(pname) is not None:
                    return self._templated.get((group, prefix, obj), ())
        return ()


# --- matching one phrase: a letter walker -----------------------------------------------------
# A lexicon phrase matched letter by letter in Python, exactly as its compiled pattern matches.
#
# `_Regexes` renders each phrase as a pattern whose every letter may be stretched, spaced
# out or joined ("k i l l", "diiie", "su*cide"). Python's `re` parses a pattern in Python, so
# compiling one costs milliseconds, and a process that screens one post, or a few thousand, would
# spend most of its time compiling. This walker reads the same text with no compile step and
# returns what the pattern returns: the same end, and the same repeat counts (which decide, like
# the pattern's backtracking order, which of several phrases starting at one place wins).
#
# What the pattern of a phrase with letters l0..lm is, and so what `_walk` follows:
# the first letter literally, at a word start; after it and after every later letter, up to
# `_MAX_STRETCH` repeats, each optional spaces then the letter (or `*` for a vowel); between two
# letters optional spaces; a vowel that does not open a word may also be a `*`. At the end no word
# character may follow, and a phrase may not end on a repeat of its last letter across a gap
# ("goodbye e.very.one") when more letters follow. Repeats are tried most first (the greedy
# reading) or fewest first (the reading that tries next words first).
_SPACE_RANK = 0x110000  # after every letter in the greedy reading; before them with words first
_END_RANK = 0x110001  # where a phrase (or a template's prefix) ends: tried last


@dataclass(frozen=True)
class _Spelling:
    """A phrase as the walker reads it (words as `phrase_words` spells them).

    `keys` is the phrase's path through the lexicon's trie: each letter, " " between words and
    `None` where a phrase or a template's prefix ends; `category` ranks the part of the pattern
    it sits in (plain phrases first, then template groups in order).
    """

    first: str
    heads: tuple[str, ...]  # what may stand for each letter where it is first read
    repeats: tuple[str, ...]  # what may repeat each letter
    keys: tuple[str | None, ...]
    category: int
    lead: str  # a pattern for where the first letters occur: candidate starts, shared by phrases
    forced: tuple[bool, ...]  # a letter's repeats can never be read as the next letter
    forced_without_stars: tuple[bool, ...]  # the same in a text that holds no `*`

    @property
    def last(self) -> str:
        return self.heads[-1][0]


def _spell(parts: tuple[tuple[str, ...], ...], category: int) -> _Spelling:
    """The spelling of a phrase given as parts of words (a template's prefix and object)."""
    heads: list[str] = []
    repeats: list[str] = []
    keys: list[str | None] = []
    for words in parts:
        for number, word in enumerate(words):
            if number:
                keys.append(" ")
            for index, letter in enumerate(word):
                vowel = letter in _VOWELS
                heads.append(letter + "*" if vowel and index else letter)
                repeats.append(letter + "*" if vowel else letter)
                keys.append(letter)
        keys.append(None)
    lead = _lead(heads, repeats)
    pairs = [(set(repeats[i]), set(heads[i + 1])) for i in range(len(heads) - 1)]
    forced = tuple(not a & b for a, b in pairs)
    without_stars = tuple(not (a & b) - {"*"} for a, b in pairs)
    return _Spelling(
        heads[0], tuple(heads), tuple(repeats), tuple(keys), category, lead, forced, without_stars
    )


_LEAD_LETTERS = 3


def _lead(heads: list[str], repeats: list[str]) -> str:
    """A pattern that matches wherever the phrase's first letters can start (a superset): the
    first letter at a word start, then for each next letter the previous one's repeats and
    spaces, then the letter. Only the first letter is consumed (the rest is a lookahead), so
    overlapping starts are all found; it comes first, so the engine skips in C to where it is."""
    ahead = []
    for i in range(1, min(_LEAD_LETTERS, len(heads))):
        between = " " + repeats[i - 1]
        run = "*+" if not set(heads[i]) & set(between) else "*"
        ahead.append(f"[{re.escape(between)}]{run}[{re.escape(heads[i])}]")
    rest = f"(?={''.join(ahead)})" if ahead else ""
    return re.escape(heads[0]) + r"(?<!\w.)" + rest


@cache
def _lead_pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _word_char(ch: str) -> bool:
    """`\\w` as `re` reads it in a str pattern."""
    return ch.isalnum() or ch == "_"


def _ends_well(text: str, end: int, last: str) -> bool:
    """No word character right after `end`, and no stretched last letter eaten from a next word."""
    size = len(text)
    if end < size and _word_char(text[end]):
        return False
    if end >= 3 and text[end - 3 : end] == f"{last} {last}":
        after = end
        while after < size and text[after] == " ":
            after += 1
        if after > end and after < size:
            ch = text[after]
            if _word_char(ch) and not ch.isdecimal() and ch != "_":
                return False
    return True


def _walk(
    text: str, start: int, spelled: _Spelling, lazy: bool, counts: list[int], stars: bool = True
) -> int:
    """Where the phrase matched from `start` ends (-1: no match); `counts` gets each letter's
    repeats. The caller has checked that `start` is a word start holding the first letter, and
    may say that the text holds no `*` (`stars`), which makes more letters plain to read.

    Where a letter's repeats cannot be read as the next letter (the usual case), only the most
    repeats can lead on, whichever reading: those letters are read in a plain loop, and the
    backtracking search takes over from the first letter where the reading is open.
    """
    size = len(text)
    heads, repeats = spelled.heads, spelled.repeats
    forced = spelled.forced if stars else spelled.forced_without_stars
    last_index = len(heads) - 1
    i, at = 0, start + 1
    while i < last_index and forced[i]:
        allowed = repeats[i]
        count = 0
        while True:
            scan = at
            while scan < size and text[scan] == " ":
                scan += 1
            if count < _MAX_STRETCH and scan < size and text[scan] in allowed:
                at = scan + 1
                count += 1
            else:
                break
        if scan >= size or text[scan] not in heads[i + 1]:
            return -1
        counts[i] = count
        i, at = i + 1, scan + 1
    return _open(text, i, at, spelled, lazy, counts)


def _open(text: str, i: int, at: int, spelled: _Spelling, lazy: bool, counts: list[int]) -> int:
    """Letter `i` was read and ends at `at`: every count of its repeats, in the reading's order,
    then the rest of the phrase (the pattern's backtracking, step by step)."""
    size = len(text)
    allowed = spelled.repeats[i]
    ends = [at]
    scan = at
    while len(ends) <= _MAX_STRETCH:
        while scan < size and text[scan] == " ":
            scan += 1
        if scan < size and text[scan] in allowed:
            scan += 1
            ends.append(scan)
        else:
            break
    last = i == len(spelled.heads) - 1
    for count in range(len(ends)) if lazy else range(len(ends) - 1, -1, -1):
        end = ends[count]
        if last:
            if _ends_well(text, end, spelled.last):
                counts[i] = count
                return end
            continue
        scan = end
        while scan < size and text[scan] == " ":
            scan += 1
        if scan < size and text[scan] in spelled.heads[i + 1]:
            found = _open(text, i + 1, scan + 1, spelled, lazy, counts)
            if found >= 0:
                counts[i] = count
                return found
    return -1


def _order(spelled: _Spelling, counts: list[int], lazy: bool) -> tuple[int, ...]:
    """Where a match sits in the pattern's backtracking order: of several phrases that match
    at one place, the pattern of all of them returns the one whose order is least.

    At each trie node the pattern tries letters in alphabetical order, then the next word (first
    of all when reading next words first), then the phrase's end; within a letter, most repeats
    first (fewest when reading next words first).
    """
    space = -1 if lazy else _SPACE_RANK
    out = [spelled.category, counts[0] if lazy else -counts[0]]
    letters = iter(counts[1:])
    for key in spelled.keys[1:]:
        if key is None:
            out.append(_END_RANK)
        elif key == " ":
            out.append(space)
        else:
            count = next(letters)
            out.extend((ord(key), count if lazy else -count))
    return tuple(out)


# --- which phrases a text can hold: a necessary condition, checked by an automaton -------------
# A phrase matches letters that may be stretched, spaced out or joined by joiners, so with the
# spaces taken out of the match text and every run of one letter collapsed, the phrase's own
# letters (collapsed the same way) appear as a substring. Aho-Corasick finds every phrase that
# passes this test in one C-speed scan; only those phrases are walked (see the letter walker above).
# An inner `*` may stand for any vowel but a word's first, so a text that holds one is tested
# without vowels, against keys without vowels.
_NO_VOWELS = str.maketrans(dict.fromkeys(_VOWELS + "*"))
_RUN = re.compile(r"([a-z])\1+")
_FIRST_GROUP = itemgetter(1)  # a C callable: `re.sub` calls no Python code per run


def _collapse(text: str) -> str:
    """`text` with every run of one ASCII letter cut to one letter."""
    return _RUN.sub(_FIRST_GROUP, text)


_second = itemgetter(1)


class _KeyIndex:
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


class Lexicon:
    """Entries plus the matcher; immutable once built (in milliseconds: nothing is compiled).

    What it matches is defined by one pattern of the whole lexicon (`finditer_one_pattern`).
    Each plain phrase and each template pair is a unit; an automaton names the units a text can
    hold (see `_KeyIndex`), and the letter walker matches just those, letter by letter, as
    that pattern would, including which unit wins where several match at one place.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        plain: dict[_Words, list[Entry]] = {}
        templated: dict[_TemplateKey, list[Entry]] = {}
        for entry in self.entries:
            if entry.template is None:
                plain.setdefault(phrase_words(entry.phrase), []).append(entry)
            else:
                group, prefix, obj = entry.template
                key = (group, phrase_words(prefix), phrase_words(obj))
                templated.setdefault(key, []).append(entry)
        # A group's pattern joins every prefix to every object; a pair without entries (switched
        # off) still matches there and yields nothing, so it is a unit too.
        shapes: dict[str, tuple[set[_Words], set[_Words]]] = {}
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
        self._units: list[tuple[_Words, _TemplateKey | None]] = [(k, None) for k in self._plain]
        self._units += [(k[1] + k[2], k) for k in self._templated]
        keys = [_collapse("".join(words)) for words, _ in self._units]
        self._index = _KeyIndex((key, unit) for unit, key in enumerate(keys))
        self._keys = keys
        self._no_vowel_index: _KeyIndex | None = None  # built on the first text with a `*`
        self._whole: _Regexes | None = None  # the one pattern, compiled only when asked
        self._spellings: dict[int, _Spelling] = {}
        self._group_rank = {name: rank for rank, name in enumerate(sorted(shapes))}

    @property
    def pattern(self) -> re.Pattern[str] | None:
        """The pattern of the whole lexicon (compiled on first use: seconds)."""
        return self._whole_pattern().pattern()

    def prepare(self) -> None:
        """Build what every screening needs now, so no screening waits for it."""
        self._no_vowel_index_built()

    def _no_vowel_index_built(self) -> _KeyIndex:
        if self._no_vowel_index is None:
            self._no_vowel_index = _KeyIndex(
                (_collapse(key.translate(_NO_VOWELS)), unit) for unit, key in enumerate(self._keys)
            )
        return self._no_vowel_index

    def _whole_pattern(self) -> _Regexes:
        if self._whole is None:
            plain = {words: self._plain[words] for words, t in self._units if t is None}
            self._whole = _Regexes(plain, self._templated)
        return self._whole

    def _candidates(self, matchable: str) -> list[int]:
        """The units that `matchable` can hold (a superset of those that match)."""
        letters = _collapse(matchable.replace(" ", ""))
        if "*" in letters:
            found = self._no_vowel_index_built().units(_collapse(letters.translate(_NO_VOWELS)))
        else:
            found = self._index.units(letters)
        return sorted(found)

    def _spelling(self, unit: int) -> _Spelling:
        spelled = self._spellings.get(unit)
        if spelled is None:
            words, template = self._units[unit]
            if template is None:
                spelled = _spell((words,), 0)
            else:
                category = 1 + self._group_rank[template[0]]
                spelled = _spell((template[1], template[2]), category)
            self._spellings[unit] = spelled
        return spelled

    def _entries(self, unit: int) -> tuple[Entry, ...]:
        words, template = self._units[unit]
        return self._plain[words] if template is None else self._templated[template]

    def _next(self, unit: int, scan: _Scan, pos: int) -> _Hit | None:
        """The unit's leftmost match at or after `pos`."""
        spelled = self._spelling(unit)
        starts = scan.leads.get(spelled.lead)
        if starts is None:
            found = _lead_pattern(spelled.lead).finditer(scan.text)
            starts = scan.leads[spelled.lead] = [m.start() for m in found]
        for at in range(bisect_left(starts, pos), len(starts)):
            counts = [0] * len(spelled.heads)
            end = _walk(scan.text, starts[at], spelled, False, counts, scan.stars)
            if end >= 0:
                return starts[at], end, counts
        return None

    def _pick(self, units: list[int], counts: dict[int, list[int]], lazy: bool) -> int:
        """Of several units matching at one place, the one the lexicon's pattern would return."""
        if len(units) == 1:
            return units[0]
        return min(units, key=lambda u: _order(self._spelling(u), counts[u], lazy))

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
            if spaced and _SPACED_ON.match(matchable, end):
                ends: dict[int, int] = {}
                fewest: dict[int, list[int]] = {}
                for u in winners:
                    spelled = self._spelling(u)
                    fewest[u] = [0] * len(spelled.heads)
                    ends[u] = _walk(matchable, start, spelled, True, fewest[u], scan.stars)
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
            if spaced and _SPACED_ON.match(matchable, end):
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
