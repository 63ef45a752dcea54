"""A second opinion on a post, composed with the lexicon's screening (design.md, "Two opinions").

The lexicon is the floor. A reader's answer (a local model's, in a fixed schema) can raise the
level, never lower it, and counts only when the words it quotes occur in the post: an answer that
cannot show where the post says so is discarded. Another person's risk is `concern` at most, as
for the lexicon, and `imminent` needs a time, a plan or means at hand, as the levels define it.
Pure: the model call, its schema and its time budget live in the bot.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace

from policies.levels import Level, Screening, Signal
from policies.normalize import fold

MIN_QUOTE_LETTERS = 3
"""A quote shorter than this shows nothing ("I", "it")."""


class Whose(enum.StrEnum):
    """Whose risk the reader says the post shows."""

    WRITER = "writer"
    OTHER = "other"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class SecondOpinion:
    """What a second reader answered: the level, whose risk, what makes it near, and the words."""

    level: Level
    whose: Whose
    quote: str
    time: bool = False
    plan: bool = False
    means: bool = False


class Outcome(enum.StrEnum):
    """What became of a second opinion (recorded in the audit)."""

    RAISED = "raised"
    NOT_HIGHER = "not_higher"
    QUOTE_NOT_IN_POST = "quote_not_in_post"
    NOT_ASKED = "not_asked"  # the lexicon already said `high` or above
    UNAVAILABLE = "unavailable"  # the reader was down or late: the lexicon's level stands


@dataclass(frozen=True)
class Composed:
    """The level acted on, the lexicon's screening it started from, and what the opinion did."""

    screening: Screening
    lexicon: Screening
    opinion: SecondOpinion | None
    outcome: Outcome

    @property
    def level(self) -> Level:
        return self.screening.level


def quote_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` occurs in `text` (original offsets), ignoring case, look-alike letters and
    how the words are spaced; None when it does not occur or says too little."""
    words = fold(quote).text.split()
    if sum(ch.isalpha() for w in words for ch in w) < MIN_QUOTE_LETTERS:
        return None
    folded = fold(text)
    found = re.search(r"\s+".join(re.escape(w) for w in words), folded.text)
    return None if found is None else folded.span(found.start(), found.end())


def _level_of(opinion: SecondOpinion) -> Level:
    """The opinion's level under the design's definitions."""
    level = opinion.level
    if opinion.whose is not Whose.WRITER:
        return min(level, Level.CONCERN)
    if level == Level.IMMINENT and not (opinion.time or opinion.plan or opinion.means):
        return Level.HIGH
    return level


def compose(text: str, lexicon: Screening, opinion: SecondOpinion | None) -> Composed:
    """The lexicon's screening raised by a second opinion where the rules allow it."""
    if opinion is None:
        return Composed(lexicon, lexicon, None, Outcome.UNAVAILABLE)
    if lexicon.level >= Level.HIGH:
        return Composed(lexicon, lexicon, opinion, Outcome.NOT_ASKED)
    span = quote_span(text, opinion.quote)
    if span is None:
        return Composed(lexicon, lexicon, opinion, Outcome.QUOTE_NOT_IN_POST)
    level = _level_of(opinion)
    if level <= lexicon.level:
        return Composed(lexicon, lexicon, opinion, Outcome.NOT_HIGHER)
    start, end = span
    signal = Signal("second_opinion", level, text[start:end], start, end, phrase="second opinion")
    raised = replace(lexicon, level=level, signals=(*lexicon.signals, signal))
    return Composed(raised, lexicon, opinion, Outcome.RAISED)
