"""A family of wordings for one rule, and the sentence-level reading that keeps it honest.

A rule is written as a family (many ways a warm peer voice says the same unsafe thing), not as a
keyword list: each family is one compiled alternation over the gate's folded (case-folded) text,
plus what makes a hit in that sentence safe after all: the sentence points to help, defers to a
professional, asks the reader a safety question, or negates or reports the wording just before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from policies.output.anchors import Candidates, PrefixIndex, Scanner, prefix_index

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
    question to the reader pass (asking about safety is what a helper should do)."""

    rule: str
    pattern: re.Pattern[str]
    unless: Callable[[str], bool] | None = None
    unless_before: re.Pattern[str] | None = None
    questions_ok: bool = False
    #: The wordings of `pattern` in its order; with them, the family is tried only where one of
    #: their literal prefixes starts (see `anchors.py`).
    wordings: tuple[str, ...] = ()
    index: PrefixIndex | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = prefix_index(list(self.wordings), self.pattern) if self.wordings else None
        object.__setattr__(self, "index", index)

    def matches(self, folded: str, at: Candidates | None = None) -> Iterator[tuple[int, int]]:
        """The spans `pattern.finditer` finds, tried only where one of the wordings' literal
        prefixes starts (`at`, from a `Scanner` shared by all families: one pass per draft)."""
        if self.index is None:
            yield from (m.span() for m in self.pattern.finditer(folded))
            return
        if at is None:
            at = Scanner([(self.index, self.pattern)]).candidates(folded)[0] or []
        after = 0
        for position, pattern in at:
            if position < after:
                continue
            match = pattern.match(folded, position)
            if match is not None:
                after = max(match.end(), position + 1)
                yield match.span()

    def hits(self, folded: str, at: Candidates | None = None) -> Iterator[tuple[int, int]]:
        """Spans of unsafe wording in `folded`, after the sentence-level exemptions."""
        for start, end in self.matches(folded, at):
            left, right = sentence_span(folded, start, end)
            if self.questions_ok and _asks(folded, end):
                continue
            if self.unless is not None and self.unless(folded[left:right]):
                continue
            if self.unless_before is not None and self.unless_before.search(
                folded, max(left, start - 60), start
            ):
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
    """Compile a family: the wordings become one alternation (one scan of the draft). The word
    boundary that starts most wordings is taken out in front, so the regex engine tests it once
    per position and then skips every wording whose first letter does not match (fast in C);
    with the boundary inside each wording it would try them one by one."""
    bounded = [w[2:] for w in wordings if w.startswith(r"\b")]
    others = [w for w in wordings if not w.startswith(r"\b")]
    parts = ([r"\b(?:" + "|".join(bounded) + ")"] if bounded else []) + others
    return Family(
        rule,
        re.compile("|".join(f"(?:{p})" for p in parts)),
        _predicate(unless),
        re.compile(rf"(?:{unless_before})[^.!?\n]{{0,30}}$") if unless_before else None,
        questions_ok,
        (*(w for w in wordings if w.startswith(r"\b")), *others),
    )


def _predicate(unless: str | Callable[[str], bool] | None) -> Callable[[str], bool] | None:
    if unless is None or callable(unless):
        return unless
    pattern = re.compile(unless)
    return lambda sentence: pattern.search(sentence) is not None


def scanner(families: Sequence[Family]) -> Scanner:
    """One pass per draft that tells each of `families` where it can match."""
    return Scanner([(f.index, f.pattern) if f.index is not None else None for f in families])
