"""Reading a hit in its context (issue 10): denials in more than one word, a post about the
topic, and a plea told as a joke. Made-up sentences; each family with everyday counter-examples
and the writer's own words that must stay where they are."""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

CONCERN, HIGH = Level.CONCERN, Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I'm by no means suicidal, I'm just tired of being tired",
        "I'm in no way suicidal, just exhausted",
        "I'm no longer suicidal and I wanted to say thanks",
        "I'm not at all suicidal, I promise",
        "I don't feel like killing myself today, just sad",
    ],
)
def test_a_denial_in_more_words_lowers(text: str) -> None:
    screening = screen(text)
    assert screening.level == CONCERN
    assert {s.context for s in screening.signals} == {"negated"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm by no means happy, I'm suicidal",
        "There is no way I can keep going, I want to kill myself",
        "I feel like killing myself",
        "I'm no longer scared, I'm ready to kill myself",
    ],
)
def test_the_writers_own_words_beside_a_denial_stay_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Our community rules: we remove posts that describe suicide methods.",
        "New study: researchers say we need to talk about suicide more openly.",
        "We are raising money for suicide prevention this month, join our walk!",
        "Suicide rates among our veterans rose again, the report says.",
        "Mods here: posts about suicide go in the weekly thread, we will remove others.",
    ],
)
def test_a_post_about_the_topic_is_concern_at_most(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I read a news article about suicide and now I want to kill myself",
        "I think about suicide every day",
        "suicide is on my mind again",
        "My therapist wants to study why I keep wanting to die",
    ],
)
def test_the_writers_own_ideation_in_a_post_about_the_topic_stays_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    ["hahahaha please kill me", "ugh just kill me lol", "(kill me pls lmao)"],
)
def test_a_plea_with_laughter_is_a_figure_of_speech(text: str) -> None:
    screening = screen(text)
    assert screening.level == CONCERN
    assert screening.signals[0].context == "figure_of_speech"


@pytest.mark.parametrize("text", ["oh god please kill me", "please kill me, I can't anymore"])
def test_a_plea_without_laughter_stays_high(text: str) -> None:
    assert screen(text).level == HIGH
