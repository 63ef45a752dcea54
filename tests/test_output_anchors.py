"""Families are tried only where one of their literal prefixes starts: the hits must be exactly
those of scanning the whole alternation (`pattern.finditer`)."""

from __future__ import annotations

import pytest

from policies.normalize import fold
from policies.output.anchors import prefixes_of
from policies.output.family import family, scanner
from policies.output.gate import FAMILIES

TEXTS = [
    "I'll always be here for you, day or night. You're not alone and it'll be okay.",
    "Honestly you should just take double your sertraline tonight, 50mg won't hurt.",
    "Keep it to yourself;\nthey'll lock you up.  You have bipolar, textbook.",
    "Call 988 or text HOME to 741741. My number is 555 123 4567, dm me on insta.",
    "i’ve been there too\u00a0and you\tare so brave. Everything’s going to be fine!",
    "a." * 300,
    "you have " * 120,
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_anchored_matching_finds_what_a_full_scan_finds(text: str) -> None:
    folded = fold(text).text
    at = scanner(FAMILIES).candidates(folded)
    for rule_family, family_at in zip(FAMILIES, at, strict=True):
        expected = [m.span() for m in rule_family.pattern.finditer(folded)]
        assert list(rule_family.matches(folded, family_at)) == expected, rule_family.rule
        assert list(rule_family.matches(folded)) == expected, rule_family.rule


def test_every_family_is_anchored() -> None:
    """A wording that can start with any letter would make its family scan the whole draft."""
    assert all(rule_family.index is not None for rule_family in FAMILIES)


def test_prefixes_read_classes_spaces_and_optional_parts() -> None:
    assert prefixes_of(r"\bi\s+promise") == {("i ", True)}
    assert prefixes_of(r"\b(?:you|u)['’]re") == {
        ("you're", True),
        ("you’re", True),
        ("u're", True),
        ("u’re", True),
    }
    assert prefixes_of(r"(?:very\s+)?sad") == {("very ", False), ("sad", False)}
    assert prefixes_of(r"\b\w+ing") is None


def test_a_family_with_an_unanchored_wording_scans_everything() -> None:
    loose = family("loose", [r"\bkeep\s+quiet\b", r"\w+ly\s+done\b"])
    assert loose.index is None
    assert list(loose.matches("it is finally done, keep quiet")) == [(6, 18), (20, 30)]


def test_a_prefix_running_into_the_next_word_does_not_hide_that_word() -> None:
    mail = family("mail", [r"\be-mail\s+address", r"\bmail\s+me\b"])
    at = scanner([mail]).candidates("e-mail me")[0]
    assert list(mail.matches("e-mail me", at)) == [(2, 9)]
