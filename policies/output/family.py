"""A family of wordings for one rule, and the sentence-level reading that keeps it honest.

A rule is written as a family (many ways a warm peer voice says the same unsafe thing), not as a
keyword list: each family is one compiled alternation over the gate's folded (case-folded) text,
plus what makes a hit in that sentence safe after all: the sentence points to help, defers to a
professional, asks the reader a safety question, or negates or reports the wording just before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from policies.output.anchors import Prefilter, Wording, alternatives, first_matches

A = "['’ʼ]"  # an apostrophe, straight or curly
YOU = r"(?:you|u|ya)"
NT = rf"(?:n{A}?t|\s+not)"  # "don't", "dont", "do not"

_SENTENCE_END = re.compile(r"[.!?\n;]+|\s[-–—]\s")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or clause after a semicolon or dash) around text[start:end]."""
    left = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = match.end()
    right = _SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def sentence_end_mark(text: str, end: int) -> str:
    """The punctuation that closes the sentence holding `end` ("?" for a question)."""
    right = _SENTENCE_END.search(text, end)
    return right.group(0).strip()[:1] if right else ""


#: ", okay?" at the end of a statement does not make it a question ("I'll make sure nothing
#: happens to you, okay?" still promises).
_TAG_QUESTION = re.compile(r",?\s*(?:ok|okay|alright|all\s+right|right|yeah|yes|deal|promise)\s*\?")


def _asks(folded: str, end: int) -> bool:
    """Whether the sentence holding `end` is a real question (not a statement with a tag)."""
    right = _SENTENCE_END.search(folded, end)
    if right is None or not right.group(0).strip().startswith("?"):
        return False
    return _TAG_QUESTION.search(folded, max(end, right.start() - 12), right.end()) is None


@dataclass(frozen=True)
class Family:
    """One rule's wordings. `unless` true of the sentence (a pattern found in it, or a test), or
    `unless_before` in the words just before the hit, makes the hit safe; `questions_ok` lets a
    question to the reader pass (asking about safety is what a helper should do).

    The wordings are one alternation (`pattern`), tried in order; the gate finds its hits by
    searching only the wordings a draft can match (see `anchors.py`), each compiled at its
    first use, so importing the gate compiles nothing."""

    rule: str
    wordings: tuple[str, ...]
    unless: Callable[[str], bool] | None = None
    unless_before: str | None = None
    questions_ok: bool = False

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The whole alternation (what the hits are exactly those of)."""
        return re.compile("|".join(f"(?:{w})" for w in self.wordings))

    @cached_property
    def pieces(self) -> tuple[str, ...]:
        """The wordings as searched: each long one split into the alternatives it starts with
        (`anchors.alternatives`), in order; a `Prefilter`'s live numbers index these."""
        return tuple(piece for w in self.wordings for piece in alternatives(w))

    @cached_property
    def _searched(self) -> tuple[Wording, ...]:
        return tuple(Wording(w) for w in self.pieces)

    @cached_property
    def _prefilter(self) -> Prefilter:
        return Prefilter([self.pieces])

    @cached_property
    def _before(self) -> re.Pattern[str] | None:
        if self.unless_before is None:
            return None
        return re.compile(rf"(?:{self.unless_before})[^.!?\n]{{0,30}}$")

    def matches(self, folded: str, live: Sequence[int] | None = None) -> Iterator[tuple[int, int]]:
        """The spans `pattern.finditer` finds. `live`: the numbers of the pieces `folded` can
        match, from a `Prefilter` shared by all families (one pass per draft)."""
        if live is None:
            live = self._prefilter.live(folded)[0]
        yield from first_matches(folded, self._searched, live)

    def hits(self, folded: str, live: Sequence[int] | None = None) -> Iterator[tuple[int, int]]:
        """Spans of unsafe wording in `folded`, after the sentence-level exemptions."""
        before = self._before
        for start, end in self.matches(folded, live):
            left, right = sentence_span(folded, start, end)
            if self.questions_ok and _asks(folded, end):
                continue
            if self.unless is not None and self.unless(folded[left:right]):
                continue
            if before is not None and before.search(folded, max(left, start - 60), start):
                continue
            yield start, end


def family(
    rule: str,
    wordings: list[str],
    *,
    unless: str | Callable[[str], bool] | None = None,
    unless_before: str | None = None,
    questions_ok: bool = False,
) -> Family:
    """A family from its wordings. They are tried in order, those starting with a word boundary
    first (as when that boundary was taken out in front of one alternation). Nothing is compiled
    here: each wording is compiled at its first search, `unless` at its first use."""
    ordered = (
        *(w for w in wordings if w.startswith(r"\b")),
        *(w for w in wordings if not w.startswith(r"\b")),
    )
    return Family(rule, ordered, _predicate(unless), unless_before, questions_ok)


def _predicate(unless: str | Callable[[str], bool] | None) -> Callable[[str], bool] | None:
    if unless is None or callable(unless):
        return unless
    source = unless

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(source)

    return lambda sentence: compiled().search(sentence) is not None


def prefilter(families: Sequence[Family]) -> Prefilter:
    """One pass per draft that tells each of `families` which of its wordings can match."""
    return Prefilter([f.pieces for f in families])
