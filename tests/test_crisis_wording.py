"""Wordings the gate reads as a careful moderator does (issue 10): plain wishes and questions,
layout inside a phrase, plurals. Made-up sentences, each family with everyday counter-examples;
spans always point into the text as given."""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.crisis.inflect import plural
from policies.levels import Level, Screening

NONE, CONCERN, HIGH, IMMINENT = Level.NONE, Level.CONCERN, Level.HIGH, Level.IMMINENT


def spans_hold(text: str, screening: Screening) -> None:
    for signal in screening.signals:
        assert text[signal.start : signal.end] == signal.text
        assert signal.start < signal.end


@pytest.mark.parametrize(
    "text",
    [
        "the sooner I die the better",
        "honestly the quicker I'm gone the better",
        "I should just give up and die",
        "sometimes I want to lie down and never wake up",
        "maybe it's best if I don't live anymore",
        "it would be better for everyone if I died",
        "is it time for me to go?",
        "what's the least painful way to go?",
        "whats the quickest way to end it all",
    ],
)
def test_plain_wishes_and_questions_are_high(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "the sooner I go to bed the better",
        "I wanted to lie down and die of embarrassment",
        "it's best if I don't eat after 8",
        "is it time for me to go home yet?",
        "what's the easiest way to go from Boston to NYC",
        "the quickest way to die in Elden Ring is falling",
        "the fastest way to go is the highway",
    ],
)
def test_everyday_leads_with_the_same_words_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I am going to kill\nmyself tonight", IMMINENT),
        ("I want to\r\nkill myself", HIGH),
        ("I want to... die", HIGH),
        ("I want to… die", HIGH),
        ("I want to\n• die", HIGH),
        ("I want to\n* die", HIGH),
        ("I want to [die](https://example.org)", HIGH),
        ("I want to ~~live~~ die", HIGH),
        ("I want to **die**", HIGH),
        ("\u202eeid ot tnaw I", HIGH),  # stored backwards, shown forwards
        ("hi \u202eflesym llik annog mi\u202c ok", HIGH),
        ("ǝıp oʇ ʇuɐʍ ı", HIGH),  # upside down
    ],
)
def test_layout_inside_a_phrase_is_undone(text: str, level: Level) -> None:
    screening = screen(text)
    assert screening.level == level
    spans_hold(text, screening)


@pytest.mark.parametrize(
    "text",
    [
        "the end\nIt was a good movie",
        "I want to die... Work is hard",  # two sentences: no time joins them
        "Dear diary.\nKill the spider in the bathroom",
        "q p u n: the letters that look alike upside down",
        "my name is \u202eanna\u202c and I'm fine",
    ],
)
def test_layout_between_sentences_stays_a_break(text: str) -> None:
    assert screen(text).level <= HIGH
    assert screen(text).level != IMMINENT
    spans_hold(text, screen(text))


def test_a_sentence_break_still_stops_a_phrase() -> None:
    assert screen("That was the end.\nIt was fine").level == NONE
    assert screen("I want to die... Work is hard today").level == HIGH


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("what are lethal doses of tylenol", HIGH),
        ("what is the lethal dose of tylenol", HIGH),
        ("what are the least painful methods", HIGH),
        ("I've lost count of my suicide attempts", HIGH),
        ("Writing is one of my methods for coping", NONE),
    ],
)
def test_plurals_come_from_the_nouns(text: str, level: Level) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("word", "plural_form"),
    [("dose", "doses"), ("remedy", "remedies"), ("match", "matches"), ("day", "days")],
)
def test_plural_of_a_noun(word: str, plural_form: str) -> None:
    assert plural(word) == plural_form
