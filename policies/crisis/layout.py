"""Layout undone before the lexicon reads a post; spans still point into the original text.

What a writer's layout puts inside a phrase: a line break ("I am going to kill\\nmyself"), a list
marker after it, an ellipsis ("I want to... die"), a markdown link ("[die](...)") or struck-out
words ("~~live~~"), a right-to-left override (text stored backwards that displays forwards) and
upside-down letters ("ǝıp oʇ ʇuɐʍ ı"). Each is undone on the text as given, before `fold`, by
same-length edits: joiners become spaces, and a backwards run is put in reading order, so the
result is a permutation of positions that `span` maps back. (Kept here, beside the rules that
need it, rather than in `policies.normalize`, whose per-character fold is tuned for speed.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from policies.crisis.words import context_data

# A line break inside a sentence, with an optional list marker ("- ", "* ", "• ", "2. ") on the
# new line, before a lower-case letter; `_soft_break` checks that a letter or a comma ends the line
# before. Each pattern opens with a character class, so the engine skips to candidates in C.
_MARKED = r"\n?[ \t]*(?:(?:[-*•+]|\d{1,2}[.)])[ \t]+)?(?=[a-z])"
_LINE_BREAK = re.compile(r"[\r\n]" + _MARKED)
# The same for a text without "\r": a literal first character is found faster than a class.
_NEWLINE = re.compile(r"\n" + _MARKED)
# An ellipsis before a lower-case word ("want to... die"), after a word: dots, or the one
# character (two patterns with a literal start: an alternation would be tried at every position).
_DOTS = re.compile(r"\.\.+[ \t]*(?=[a-z])")
_ELLIPSIS = re.compile(r"…[ \t]*(?=[a-z])")
_LINE_SPACE = " \t\r"
_LINK = re.compile(r"\[([^\]\n]{1,80})\]\([^)\s]{0,300}\)")
_STRUCK = re.compile(r"~~[^~\n]{1,80}~~")
_RLO, _PDF = "\u202e", "\u202c"
_LINE_END = re.compile(r"[\n\u202c]")


@dataclass(frozen=True)
class Laid:
    """The text in reading order and, when positions moved, the original index of each char."""

    text: str
    order: tuple[int, ...] | None = None  # None: the identity

    def origin(self, index: int) -> int:
        return index if self.order is None else self.order[index]


@dataclass(frozen=True)
class _Tables:
    upside_down: dict[int, str]
    upside_down_only: re.Pattern[str]
    minimum: int


@cache
def _tables() -> _Tables:
    data = context_data()["layout"]
    only = re.escape(data["upside_down_only"])
    return _Tables(
        upside_down=str.maketrans(dict(data["upside_down"])),
        upside_down_only=re.compile(f"[{only}]"),
        minimum=int(data["upside_down_min"]),
    )


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _after_a_word(m: re.Match[str], also: str = "") -> bool:
    """The text before the match (spaces aside) ends in a letter, or one of `also`."""
    text, at = m.string, m.start()
    while at and text[at - 1] in _LINE_SPACE:
        at -= 1
    return at > 0 and (text[at - 1].isalpha() or text[at - 1] in also)


def _soft_break(m: re.Match[str]) -> str:
    return _blank(m) if _after_a_word(m, ",") else m.group()


def _inner_dots(m: re.Match[str]) -> str:
    return _blank(m) if _after_a_word(m) else m.group()


def _link_text(m: re.Match[str]) -> str:
    """`[words](url)` keeps its words in place: "[" and the rest become spaces."""
    words = m.group(1)
    return " " + words + " " * (m.end() - m.start() - 1 - len(words))


def _joined(text: str) -> str:
    """Same-length edits that join a phrase broken by layout."""
    if "\r" in text:
        text = _LINE_BREAK.sub(_soft_break, text)
    elif "\n" in text:
        text = _NEWLINE.sub(_soft_break, text)
    # Blanked dots are followed by a letter, so neither pass changes what the other finds.
    if ".." in text:
        text = _DOTS.sub(_inner_dots, text)
    if "…" in text:
        text = _ELLIPSIS.sub(_inner_dots, text)
    if "](" in text:
        text = _LINK.sub(_link_text, text)
    if "~~" in text:
        text = _STRUCK.sub(_blank, text)
    return text


def _backwards_runs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, upside down) of each run stored in reverse: after a right-to-left override
    up to its pop or the line's end, and each line of upside-down letters."""
    runs: list[tuple[int, int, bool]] = []
    at = text.find(_RLO)
    while at != -1:
        stop = _LINE_END.search(text, at + 1)
        end = stop.start() if stop else len(text)
        runs.append((at + 1, end, False))
        at = text.find(_RLO, end)
    tables = _tables()
    if tables.upside_down_only.search(text):
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if len(tables.upside_down_only.findall(line)) >= tables.minimum and not any(
                s < end and start < e for s, e, _ in runs
            ):
                runs.append((start, end, True))
            start = end + 1
    return sorted(runs)


def laid_out(text: str) -> Laid:
    """`text` with its layout undone (same length; positions permuted where a run was
    backwards)."""
    runs = _backwards_runs(text) if (_RLO in text or not text.isascii()) else []
    if not runs:
        return Laid(_joined(text))
    chars, order = list(text), list(range(len(text)))
    upside_down = _tables().upside_down
    for start, end, turned in runs:
        order[start:end] = order[start:end][::-1]
        run = text[start:end][::-1]
        chars[start:end] = run.translate(upside_down) if turned else run
    return Laid(_joined("".join(chars)), tuple(order))
