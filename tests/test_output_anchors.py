"""A family is searched only through the wordings a draft can match: its hits must be exactly
those of scanning the whole alternation (`pattern.finditer`)."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.normalize import fold
from policies.output.anchors import Prefilter, collapse_spaces, required_strings
from policies.output.family import family, prefilter
from policies.output.gate import FAMILIES

TEXTS = [
    "I'll always be here for you, day or night. You're not alone and it'll be okay.",
    "Honestly you should just take double your sertraline tonight, 50mg won't hurt.",
    "Keep it to yourself;\nthey'll lock you up.  You have bipolar, textbook.",
    "Call 988 or text HOME to 741741. My number is 555 123 4567, dm me on insta.",
    "i’ve been there too\u00a0and you\tare so brave. Everything’s going to be fine!",
    "They would   be better\noff without you. Whatever you decide, it's your life, your call.",
    "Take 2 of her pills. It is 30 feet high. Don't tell your therapist, nobody needs to know.",
    "a." * 300,
    "you have " * 120,
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_searching_the_live_wordings_finds_what_a_full_scan_finds(text: str) -> None:
    folded = fold(text).text
    live = prefilter(FAMILIES).live(folded)
    for rule_family, family_live in zip(FAMILIES, live, strict=True):
        expected = [m.span() for m in rule_family.pattern.finditer(folded)]
        assert list(rule_family.matches(folded, family_live)) == expected, rule_family.rule
        assert list(rule_family.matches(folded)) == expected, rule_family.rule


def test_every_wording_compiles() -> None:
    """Wordings compile at their first search, not at import: a broken one must fail here."""
    for rule_family in FAMILIES:
        for wording in rule_family.wordings:
            re.compile(wording)


def test_required_strings_read_spaces_alternations_and_classes() -> None:
    assert required_strings(r"\bsleep\s+it\s+off\b") == [frozenset({"sleep it off"})]
    assert required_strings(r"\b(?:they|she)['’]ll\s+lock\s+you\s+up\b") == [
        frozenset(
            {
                "they'll lock you up",
                "they’ll lock you up",
                "she'll lock you up",
                "she’ll lock you up",
            }
        )
    ]
    assert {"5mg", "5 mg", "0mg"} <= required_strings(r"\b\d+\s*mg\b")[0]  # x+ is x x*
    assert required_strings(r"\b(?:it|so)\b") == []  # too short to tell drafts apart: always tried
    assert required_strings(r"(?i)keep\s+quiet") == []  # case-insensitive: not read


def test_a_wording_is_live_only_when_its_strings_are_there() -> None:
    words = Prefilter([[r"\bsleep\s+it\s+off\b", r"\bgo\s+away\b", r"\b(?:it|so)\b"]])
    assert words.live("just sleep   it\noff") == [[0, 2]]  # spaces read as one blank
    assert collapse_spaces("sleep \t it\n\noff") == " sleep it off "
    assert words.live("go away now") == [[1, 2]]
    assert words.live("nothing here") == [[2]]  # nothing to look for: always tried


def test_a_wording_with_no_required_string_is_still_searched() -> None:
    loose = family("loose", [r"\bkeep\s+quiet\b", r"\w+ly\s+done\b"])
    assert list(loose.matches("it is finally done, keep quiet")) == [(6, 18), (20, 30)]


def test_the_first_wording_in_order_wins_where_two_start() -> None:
    both = family("both", [r"\bkeep\s+it\b", r"\bkeep\s+it\s+to\s+yourself\b"])
    assert list(both.matches("keep it to yourself")) == [(0, 7)]
    assert list(both.matches("keep it to yourself")) == [
        m.span() for m in both.pattern.finditer("keep it to yourself")
    ]


def test_a_word_boundary_shared_by_alternatives_stays_where_it_was() -> None:
    """`\\bquiet|now` is not `\\b(?:quiet|now)`: only the first alternative needs a boundary."""
    mixed = family("mixed", [r"\bquiet|now"])
    text = "unquiet snow, quiet now"
    assert list(mixed.matches(text)) == [m.span() for m in mixed.pattern.finditer(text)]
    assert list(mixed.matches(text)) == [(9, 12), (14, 19), (20, 23)]


def test_a_prefix_running_into_the_next_word_does_not_hide_that_word() -> None:
    mail = family("mail", [r"\be-mail\s+address", r"\bmail\s+me\b"])
    assert list(mail.matches("e-mail me")) == [(2, 9)]


def test_a_leading_word_boundary_is_still_required() -> None:
    """Bounded wordings are searched without their `\\b` (faster); the boundary is then tested."""
    call = family("call", [r"\bcall\s+me\b", r"\b(?:dm|text)\s+me\b"])
    text = "recall me, call me, pretext me, text me"
    assert list(call.matches(text)) == [(11, 18), (32, 39)]
    assert list(call.matches(text)) == [m.span() for m in call.pattern.finditer(text)]


def _fragments() -> list[str]:
    """Every required string of every wording (what makes a wording live), and filler."""
    wordings = [w for f in FAMILIES for w in f.wordings]
    found = {s for w in wordings for needed in required_strings(w) for s in needed}
    return [*sorted(found), "you", "i", "it's", "not", "the", ".", "?", ",", "\n", "  ", "5", "mg"]


FRAGMENTS = _fragments()


@cache
def _families_prefilter() -> Prefilter:
    return prefilter(FAMILIES)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14).map(" ".join))
def test_any_family_finds_what_its_whole_alternation_finds(text: str) -> None:
    """Texts made of the very strings the prefilter looks for: whatever wordings the other
    engineers write, the hits are those of the family's whole pattern."""
    folded = fold(text).text
    live = _families_prefilter().live(folded)
    for rule_family, family_live in zip(FAMILIES, live, strict=True):
        expected = [m.span() for m in rule_family.pattern.finditer(folded)]
        assert list(rule_family.matches(folded, family_live)) == expected, rule_family.rule
