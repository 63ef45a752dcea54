"""A second opinion composed with the lexicon's screening: raise, never lower; quote or nothing."""

from __future__ import annotations

import pytest

from policies.crisis import Outcome, SecondOpinion, Whose, compose, screen
from policies.crisis.opinion import quote_span
from policies.levels import Level

NONE, CONCERN, HIGH, IMMINENT = Level.NONE, Level.CONCERN, Level.HIGH, Level.IMMINENT

POST = "Nobody will notice on Sunday.\nI'll take the long walk off the old pier after my shift."
QUOTE = "take the long walk off the old pier after my shift"


def opinion(level: Level, quote: str, whose: Whose = Whose.WRITER, **flags: bool) -> SecondOpinion:
    return SecondOpinion(level, whose, quote, **flags)


def test_an_opinion_raises_a_level_and_points_at_its_quote() -> None:
    lexicon = screen(POST)
    assert lexicon.level < HIGH
    composed = compose(POST, lexicon, opinion(IMMINENT, QUOTE, time=True))
    assert composed.outcome is Outcome.RAISED
    assert composed.level == IMMINENT
    signal = composed.screening.signals[-1]
    assert signal.category == "second_opinion"
    assert POST[signal.start : signal.end] == signal.text == QUOTE
    assert composed.lexicon == lexicon  # the lexicon's own screening is kept for the audit


def test_an_opinion_never_lowers() -> None:
    text = "I ate something weird and I'm a bit sad"
    lexicon = screen("I hate myself so much")
    assert lexicon.level == CONCERN
    composed = compose(text, lexicon, opinion(NONE, "a bit sad"))
    assert composed.level == CONCERN
    assert composed.outcome is Outcome.NOT_HIGHER


def test_a_quote_that_is_not_in_the_post_is_discarded() -> None:
    lexicon = screen(POST)
    composed = compose(POST, lexicon, opinion(IMMINENT, "I have the pills", means=True))
    assert composed.outcome is Outcome.QUOTE_NOT_IN_POST
    assert composed.screening == lexicon


@pytest.mark.parametrize("quote", ["", "  ", "I", "it."])
def test_a_quote_that_says_nothing_is_discarded(quote: str) -> None:
    assert compose(POST, screen(POST), opinion(HIGH, quote)).outcome is Outcome.QUOTE_NOT_IN_POST


def test_a_quote_is_found_whatever_its_case_and_spacing() -> None:
    assert quote_span(POST, "NOBODY WILL  NOTICE") == (0, 18)
    assert quote_span(POST, "on Sunday. I'll") == (19, 34)  # across the line break
    assert quote_span(POST, "on Sunday, I'll") is None


def test_another_persons_risk_is_concern_at_most() -> None:
    text = "My brother says he has everything ready and will do it soon."
    composed = compose(text, screen(text), opinion(HIGH, "he has everything ready", Whose.OTHER))
    assert composed.level <= CONCERN


def test_imminent_needs_a_time_a_plan_or_means() -> None:
    composed = compose(POST, screen(POST), opinion(IMMINENT, "the long walk off the old pier"))
    assert composed.level == HIGH


def test_a_post_the_lexicon_escalates_is_not_for_the_model() -> None:
    text = "I want to kill myself"
    lexicon = screen(text)
    assert lexicon.level >= HIGH
    composed = compose(text, lexicon, opinion(IMMINENT, "kill myself", time=True))
    assert composed.outcome is Outcome.NOT_ASKED
    assert composed.screening == lexicon


def test_no_answer_leaves_the_lexicons_level() -> None:
    lexicon = screen(POST)
    composed = compose(POST, lexicon, None)
    assert composed.outcome is Outcome.UNAVAILABLE
    assert composed.screening == lexicon
