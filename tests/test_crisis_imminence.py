"""Imminence is the writer's intent composed with a time, a plan, means at hand or a farewell,
inside the writer's own clause or a sentence that carries it (issue 10, item 2).

The sentences are made up; each family is tested with everyday counter-examples.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

CONCERN, HIGH, IMMINENT, NONE = Level.CONCERN, Level.HIGH, Level.IMMINENT, Level.NONE


@pytest.mark.parametrize(
    "text",
    [
        "I'll kill myself the night after graduation",
        "kill myself on the 14th",
        "I'm going to kill myself on March 3rd",
        "I'm going to kill myself in two weeks",
        "i want to end my life within a week",
        "i'm probably gonna kill myself friday",
        "I plan on hanging myself after I graduate",
        "I'm going to kill myself once everyone is asleep",
        "I'm going to kill myself soon",
        "about to end it",
        "I want to kill myself. I'll do it tomorrow.",
        "I'm going to kill myself. Tonight.",
        "Tomorrow is the day. I'm going to kill myself.",
        "I want to end my life three days from now",
    ],
)
def test_intent_with_a_date_weekday_event_or_duration_is_imminent(text: str) -> None:
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I want to die. Work is hard today.", HIGH),
        ("I want to kill myself. I have an exam tomorrow.", HIGH),
        ("I'm seeing my therapist on Friday but I want to die", HIGH),
        ("This week is so exhausting and I want to die", HIGH),
        ("Today was awful, I want to die", HIGH),
        ("I wanted to die on my birthday", HIGH),
        ("I want to kill myself, friday was awful", HIGH),
        ("I'm going to kill it at the gym on Friday", NONE),
        ("Graduation is in two weeks and I can't wait", NONE),
        ("I'll call you after graduation, once everyone is asleep", NONE),
    ],
)
def test_a_time_elsewhere_in_the_post_is_not_a_plan(text: str, level: Level) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "I currently just took 10 pills and I'm waiting",
        "Right now as I'm on the bus home, I swallowed 20 of my sleeping pills",
        "I took 30 tylenol a few minutes ago",
    ],
)
def test_an_attempt_told_as_now_is_imminent(text: str) -> None:
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "I just told my therapist I took 30 pills two years ago",
        "Back in 2019 I swallowed 20 of my sleeping pills",
    ],
)
def test_an_attempt_told_as_past_stays_high(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I have all my pills saved up and I'm taking them tonight.",
        "I've stockpiled all my meds and I'm going to swallow them all",
        "the rope is in my car and I'm ready to end it",
        "I have a whole bottle of my meds next to me and I'm ready to go",
        "I'm sitting here with the means to end it",
        "I have a blade and plan to slit my throat",
        "I bought a gun and I'm going to use it on myself",
        "the noose is ready, I want to die",
    ],
)
def test_means_at_hand_or_the_pronoun_of_the_means_with_intent_is_imminent(text: str) -> None:
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I bought vitamins and I'm taking them tonight", NONE),
        ("I have all my pills sorted and I take them every morning", CONCERN),
        ("My keys are next to me and I'm ready to go", CONCERN),
        ("I bought a rope for camping this weekend", CONCERN),  # means, no intent
        ("I have a knife in my hand, cutting onions", CONCERN),
        ("The kids have all the toys and I'm taking them to the park", NONE),
    ],
)
def test_means_without_intent_or_an_everyday_pronoun_is_not_imminent(
    text: str, level: Level
) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I want to die. i'm doing it. tonight.", IMMINENT),
        ("I want to die and I'm gonna do it in two weeks", IMMINENT),
        ("Everything is ready, I'm gonna do it. I just want to die.", IMMINENT),
        ("I can't stop thinking about suicide. I'm ready to go through with it.", HIGH),
        ("I'm gonna do it tomorrow, the essay is due", NONE),
        ("Everything is ready for the party, I'm gonna do it tonight", NONE),
        ("I finally did my taxes. I'm doing it again next year.", NONE),
    ],
)
def test_the_unnamed_act_takes_its_time_from_the_sentence(text: str, level: Level) -> None:
    assert screen(text).level == level
