"""The text the lexicon matcher reads, and phrases spelled the way the matcher reads them.

Split from `policies.lexicon` so each module has one job; the matcher (`policies.lexicon`), the
one-pattern reference (`policies.phrase_pattern`) and the crisis rules all read text through here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.normalize import INVISIBLE, LEET, fold, skeleton

# --- the text the matcher reads --------------------------------------------------------------
# Built from the folded text with the same length (so offsets still hold), in C-speed passes:
# sentence stops become HARD_STOP (phrases never run across them: "the end. It" is not "end it"),
# filler words become blanks, leetspeak digits become letters, and every joiner (invisible
# characters, inner punctuation, spaces) becomes one space, which the pattern lets sit between any
# two letters: "k i l l", "s.u.i.c.i.d.e", "k\u200bill" and "kill-myself" all read alike.
HARD_STOP = "\x01"
# One char each, C-speed: a pass per stop character present (a pattern that opens with a literal
# is searched for faster than one that opens with a class); line breaks by `str.replace`. A stop
# already made HARD_STOP still counts as the stop it was (folded text holds no HARD_STOP).
_STOPS = tuple((stop, re.compile(re.escape(stop) + r"(?=[\s.,!?;:\x01])")) for stop in ".,!?;:")
_ONE_STOP_PASS = re.compile(r"[.,!?;:](?=[\s.,!?;:])")
_JOINERS = INVISIBLE + "\t .'’‘`^•·,-_~/\\"
_MATCH_TABLE = str.maketrans(
    {
        # every ASCII character is in the table: a character missing from it costs `translate`
        # a caught exception, once per distinct character and call
        **{chr(code): chr(code) for code in range(128)},
        **{c: letter for letter, chars in LEET.items() for c in chars if c not in "*!|"},
        "1": "i",
        "|": "i",
        **dict.fromkeys(_JOINERS, " "),
    }
)
# The table's only non-ASCII keys (joiners, to a space): replaced first, so that what is left to
# translate is ASCII (which `translate` reads in a fast loop) or runs that the table leaves alone.
_NON_ASCII_JOINERS = tuple(c for c in _JOINERS if not c.isascii())
_NON_ASCII_RUNS = re.compile(r"([^\x00-\x7f]+)")


def _translated(text: str) -> str:
    """`text.translate(_MATCH_TABLE)`, without a table look-up per character of a text that
    holds a curly quote or an emoji."""
    if not text.isascii():
        for joiner in _NON_ASCII_JOINERS:
            if joiner in text:
                text = text.replace(joiner, " ")
        if not text.isascii():
            parts = _NON_ASCII_RUNS.split(text)  # ASCII, non-ASCII (kept as it is), ASCII, ...
            parts[::2] = [part.translate(_MATCH_TABLE) for part in parts[::2]]
            return "".join(parts)
    return text.translate(_MATCH_TABLE)


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
    if HARD_STOP in text:  # not from `fold`: a stop before it must not read as one
        text = _ONE_STOP_PASS.sub(HARD_STOP, text)
    else:
        for stop, followed in _STOPS:
            if stop in text:
                text = followed.sub(HARD_STOP, text)
    text = text.replace("\n", HARD_STOP).replace("\r", HARD_STOP)
    text = _FILLER_RE.sub(_blank_filler, text)
    if (first := _FILLER_FIRST.match(text)) is not None:
        text = " " * first.end() + text[first.end() :]
    return _translated(text)


@lru_cache(maxsize=65536)  # building the lexicon asks for each prefix and object many times
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
