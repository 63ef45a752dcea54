"""Matching one lexicon phrase letter by letter, exactly as its compiled pattern would."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from policies.phrase_pattern import MAX_STRETCH, VOWELS

# --- matching one phrase: a letter walker -----------------------------------------------------
# A lexicon phrase matched letter by letter in Python, exactly as its compiled pattern matches.
#
# `Regexes` renders each phrase as a pattern whose every letter may be stretched, spaced
# out or joined ("k i l l", "diiie", "su*cide"). Python's `re` parses a pattern in Python, so
# compiling one costs milliseconds, and a process that screens one post, or a few thousand, would
# spend most of its time compiling. This walker reads the same text with no compile step and
# returns what the pattern returns: the same end, and the same repeat counts (which decide, like
# the pattern's backtracking order, which of several phrases starting at one place wins).
#
# What the pattern of a phrase with letters l0..lm is, and so what `walk` follows:
# the first letter literally, at a word start; after it and after every later letter, up to
# `MAX_STRETCH` repeats, each optional spaces then the letter (or `*` for a vowel); between two
# letters optional spaces; a vowel that does not open a word may also be a `*`. At the end no word
# character may follow, and a phrase may not end on a repeat of its last letter across a gap
# ("goodbye e.very.one") when more letters follow. Repeats are tried most first (the greedy
# reading) or fewest first (the reading that tries next words first).
_SPACE_RANK = 0x110000  # after every letter in the greedy reading; before them with words first
_END_RANK = 0x110001  # where a phrase (or a template's prefix) ends: tried last


@dataclass(frozen=True)
class Spelling:
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


def spell(parts: tuple[tuple[str, ...], ...], category: int) -> Spelling:
    """The spelling of a phrase given as parts of words (a template's prefix and object)."""
    heads: list[str] = []
    repeats: list[str] = []
    keys: list[str | None] = []
    for words in parts:
        for number, word in enumerate(words):
            if number:
                keys.append(" ")
            for index, letter in enumerate(word):
                vowel = letter in VOWELS
                heads.append(letter + "*" if vowel and index else letter)
                repeats.append(letter + "*" if vowel else letter)
                keys.append(letter)
        keys.append(None)
    lead = _lead(heads, repeats)
    pairs = [(set(repeats[i]), set(heads[i + 1])) for i in range(len(heads) - 1)]
    forced = tuple(not a & b for a, b in pairs)
    without_stars = tuple(not (a & b) - {"*"} for a, b in pairs)
    return Spelling(
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
def lead_pattern(source: str) -> re.Pattern[str]:
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


def walk(
    text: str, start: int, spelled: Spelling, lazy: bool, counts: list[int], stars: bool = True
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
        if at < size and text[at] in heads[i + 1]:
            # the next letter right away (the usual case): no repeat can be read there
            counts[i] = 0
            i, at = i + 1, at + 1
            continue
        allowed = repeats[i]
        count = 0
        while True:
            scan = at
            while scan < size and text[scan] == " ":
                scan += 1
            if count < MAX_STRETCH and scan < size and text[scan] in allowed:
                at = scan + 1
                count += 1
            else:
                break
        if scan >= size or text[scan] not in heads[i + 1]:
            return -1
        counts[i] = count
        i, at = i + 1, scan + 1
    return _open(text, i, at, spelled, lazy, counts)


def _open(text: str, i: int, at: int, spelled: Spelling, lazy: bool, counts: list[int]) -> int:
    """Letter `i` was read and ends at `at`: every count of its repeats, in the reading's order,
    then the rest of the phrase (the pattern's backtracking, step by step)."""
    size = len(text)
    allowed = spelled.repeats[i]
    ends = [at]
    scan = at
    while len(ends) <= MAX_STRETCH:
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


def order(spelled: Spelling, counts: list[int], lazy: bool) -> tuple[int, ...]:
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
