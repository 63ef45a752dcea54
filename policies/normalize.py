"""Text normalisation that defeats evasion while keeping offsets into the original text.

The work is split in two so that screening stays linear and cheap:

* Character level (here, `fold`): every code point is mapped on its own: Unicode NFKC
  (fullwidth and mathematical letters become ASCII), casefold, diacritics stripped, Cyrillic and
  Greek look-alikes mapped to the Latin letter they imitate, and invisible characters (zero-width,
  bidi controls, combining marks, fillers) mapped to one placeholder, `INVISIBLE`. Almost every
  character maps to exactly one character, so the folded text has the same length as the original
  and offsets are the identity; only expanding characters (ß, ligatures) need an offset map, built
  only for the texts that contain one.
* Word level (`policies.match_text.match_text` and the lexicon pattern): leetspeak (0 1 3 4 5 7 @ $,
  and ! | inside a word), letters spaced out or joined by inner punctuation ("k i l l",
  "s.u.i.c.i.d.e"), stretched letters ("diiiie"), censor stars ("su*cide") and filler words
  ("want to fucking die") are resolved in a same-length "match text" and tolerated by the pattern
  compiled from the lexicon, never by deleting characters, so spans still point into the original.
  Phrases are reduced to their `skeleton` (letters only, repeats collapsed).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

INVISIBLE = "\x00"
"""What zero-width, bidi, combining and filler characters fold to (one char, so offsets hold)."""

# Characters that render as nothing (or as blank) but are not category Cf/Mn/Me.
_BLANK_LOOKING = frozenset(
    "\ufffd\u115f\u1160\u3164\uffa0\u2800\u17b4\u17b5\u180e\u034f\u061c\u200b\u200c\u200d\u2060\ufeff"
)

# Look-alikes that NFKC leaves alone: Cyrillic, Greek, Armenian, Cherokee and a few symbols that
# imitate a Latin letter. Keys are casefolded already (fold applies casefold first).
_HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "н": "h",
    "і": "i", "ї": "i", "ӏ": "l", "ј": "j", "к": "k", "м": "m", "п": "n", "о": "o",
    "р": "p", "ԛ": "q", "г": "r", "ѕ": "s", "т": "t", "ц": "u", "у": "y", "ү": "y",
    "х": "x", "ԝ": "w", "ш": "w", "з": "3", "ь": "b", "ъ": "b", "л": "n", "и": "u",
    "ꙇ": "i", "ӕ": "ae",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "ι": "i",
    "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "s", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w", "θ": "o", "μ": "u", "ϲ": "c", "ϳ": "j", "ϵ": "e",
    # Armenian, Cherokee and others that imitate Latin letters
    "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ց": "g", "զ": "q", "ꭰ": "d", "ꭱ": "r",
    "ꭲ": "t", "ꭵ": "i", "ꮃ": "w", "ꮪ": "s", "ı": "i", "ȷ": "j", "ℓ": "l", "ſ": "s",
    "ɑ": "a", "ɡ": "g", "ɩ": "i", "ɪ": "i", "ʟ": "l", "ɴ": "n", "ʀ": "r", "ꜱ": "s",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ᴊ": "j",
    "ᴋ": "k", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t",
}  # fmt: skip

# Leetspeak: which characters may stand for which letter inside a word.
LEET: dict[str, str] = {
    "a": "4@*",
    "b": "8",
    "e": "3*",
    "g": "9",
    "i": "1!|*",
    "l": "1|",
    "o": "0*",
    "s": "5$",
    "t": "7",
    "u": "*",
}
"""Leetspeak and censoring: characters that may stand for a letter in a word ("k1ll", "su*cide")."""


def _fold_char(ch: str) -> str:
    """The folded form of one code point (usually one character, never empty)."""
    if ch in _BLANK_LOOKING:
        return INVISIBLE
    category = unicodedata.category(ch)
    if category in ("Cf", "Mn", "Me", "Cs", "Co", "Cn") or (category == "Cc" and not ch.isspace()):
        return INVISIBLE
    if category.startswith("Z") or ch.isspace():
        return "\n" if ch in "\n\r\u2028\u2029\x0b\x0c\x85" else " "
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        c = _HOMOGLYPHS.get(c, c)
        for d in unicodedata.normalize("NFD", c):
            if unicodedata.category(d) not in ("Mn", "Me"):
                out.append(_HOMOGLYPHS.get(d, d))
    folded = "".join(out)
    return folded or INVISIBLE


class _FoldTable(dict[int, str]):
    """A `str.translate` table that fills itself on first sight of each code point."""

    def __missing__(self, codepoint: int) -> str:
        folded = _fold_char(chr(codepoint))
        self[codepoint] = folded
        return folded


_TABLE = _FoldTable()
# Runs of non-ASCII characters. `str.translate` reads an all-ASCII text in a fast loop, and any
# other text one slow table look-up per character, so a text is translated run by run; only a
# non-ASCII character can fold to more than one (ß, ﬁ, …, ™).
_NON_ASCII_RUNS = re.compile(r"([^\x00-\x7f]+)")


@dataclass(frozen=True)
class Folded:
    """Folded text and, when some character expanded, where: each expanding character's folded
    start, original index and folded length, ascending (empty: offsets are the identity)."""

    original: str
    text: str
    expanded: tuple[tuple[int, int, int], ...] = ()

    @cached_property
    def owner(self) -> tuple[int, ...] | None:
        """The original index of each folded character (None: the identity, the common case)."""
        if not self.expanded:
            return None
        owner: list[int] = []
        done = 0
        for _, index, size in self.expanded:
            owner.extend(range(done, index))
            owner.extend([index] * size)
            done = index + 1
        owner.extend(range(done, len(self.original)))
        return tuple(owner)

    def _origin(self, at: int) -> int:
        """The original index of folded character `at` (0 <= at < len(text))."""
        k = bisect_right(self.expanded, (at, _AFTER)) - 1
        if k < 0:
            return at
        folded_at, index, size = self.expanded[k]
        return index if at < folded_at + size else index + 1 + at - folded_at - size

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded [start, end) span back to the original text (end exclusive)."""
        if not self.expanded:
            return start, end
        if start >= end:
            at = self._origin(start) if start < len(self.text) else len(self.original)
            return at, at
        return self._origin(start), self._origin(end - 1) + 1


_AFTER = 1 << 62  # sorts after every original index in `bisect_right`


def fold(text: str) -> Folded:
    """Character-level normalisation of `text` with a way back to original offsets."""
    if text.isascii():
        return Folded(text, text.translate(_TABLE))
    parts = _NON_ASCII_RUNS.split(text)  # ASCII, non-ASCII, ASCII, ...
    folded_parts = [part.translate(_TABLE) for part in parts]
    folded = "".join(folded_parts)
    if len(folded) == len(text):
        # Every character folds to at least one, so equal length means one-to-one.
        return Folded(text, folded)
    # Only the characters of a non-ASCII run that grew are visited.
    expanded: list[tuple[int, int, int]] = []
    at = shift = 0
    for k, part in enumerate(parts):
        if k % 2 and len(folded_parts[k]) != len(part):
            for index, ch in enumerate(part, at):
                size = len(_TABLE[ord(ch)])
                if size > 1:
                    expanded.append((index + shift, index, size))
                    shift += size - 1
        at += len(part)
    return Folded(text, folded, tuple(expanded))


_LEET_TO_LETTER = {"4": "a", "@": "a", "8": "b", "3": "e", "9": "g", "1": "i", "!": "i", "|": "i"}
_LEET_TO_LETTER.update({"0": "o", "5": "s", "$": "s", "7": "t"})


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """Letters only, leet read as letters, repeats collapsed: the key a phrase is known by.

    `skeleton("K i l l  m y s e l f") == skeleton("kill myself") == "kilmyself"`. The letters i
    and l are kept apart; a `1` reads as `i` (its common use: "su1c1de").
    """
    letters: list[str] = []
    for ch in fold(text).text:
        ch = _LEET_TO_LETTER.get(ch, ch)
        if ch.isalpha() and (not letters or letters[-1] != ch):
            letters.append(ch)
    return "".join(letters)
