"""A long wording is searched as the alternatives it starts with (`anchors.alternatives`): in
order, they must match exactly where and as far as the wording does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.output.anchors import Wording, alternatives, first_matches

WORDINGS = [
    r"\b(?:medicine|bathroom)\s+cabinet|\bcabinet\b",
    r"\b(?:be|being)\s+with\s+him\s+again\b|\bbe\s+with\b",  # a choice, then more choices
    r"\b(?:a|ab|abc)(?:d|)\b",  # an earlier branch wins even when a later one is longer
    r"\b(?:(?:major\s+|severe\s+)?depression|bipolar)\b(?!\s+meds)",
    r"\b(?:you|u)(?:\s+(?:\w+\s+){0,2}?|['’](?:ve\s+)?)(?:have|got)\s+(?:a\s+)?(?:ocd|adhd)\b",
    r"\b(?:not\s+)?(?:sure|certain)\b",
    r"(?:(?<!\bi)['’]ll|\bwill)\s+be\s+(?:fine|ok)",
    r"\b(?:x|y)+z",  # repeated: kept whole
    r"\b(?:lazy|la)??zy",  # lazy: kept whole
    r"[(|]\b(?:a|b)\)",  # a bracket and a class holding | and (
]

TEXT = st.lists(
    st.sampled_from(
        [
            "medicine",
            "bathroom",
            "cabinet",
            "be",
            "being",
            "with",
            "him",
            "again",
            "a",
            "ab",
            "abc",
            "d",
            "major",
            "severe",
            "depression",
            "bipolar",
            "meds",
            "you",
            "u",
            "ve",
            "have",
            "got",
            "ocd",
            "adhd",
            "not",
            "sure",
            "certain",
            "i'll",
            "he'll",
            "will",
            "fine",
            "ok",
            "x",
            "y",
            "z",
            "lazy",
            "la",
            "zy",
            "(",
            "|",
            ")",
            "'",
            "’",
            "\n",
        ]
    ),
    max_size=16,
).map(" ".join)


def _pieces_find(pieces: list[str], text: str) -> list[tuple[int, int]]:
    searched = [Wording(p) for p in pieces]
    return list(first_matches(text, searched, range(len(searched))))


def test_a_leading_choice_is_split_in_order() -> None:
    assert alternatives(r"\b(?:a|b)c", shortest=0) == [r"\b(?:a)c", r"\b(?:b)c"]
    assert alternatives(r"(?:a)?b", shortest=0) == ["(?:a)b", "b"]
    assert alternatives(r"x|\b(?:a|b)", shortest=0) == ["x", r"\b(?:a)", r"\b(?:b)"]


def test_repeated_lazy_and_short_wordings_are_kept_whole() -> None:
    assert alternatives(r"\b(?:x|y)+z", shortest=0) == [r"\b(?:x|y)+z"]
    assert alternatives(r"\b(?:a|b)??c", shortest=0) == [r"\b(?:a|b)??c"]
    assert alternatives(r"\b(?:a|b)c") == [r"\b(?:a|b)c"]  # short: not worth it
    assert alternatives(r"\b(a|b)\1", shortest=0) == [r"\b(a|b)\1"]  # a back-reference
    assert alternatives(r"(?:(x)|y)(?(1)a|b)", shortest=0) == [r"(?:(x)|y)(?(1)a|b)"]


def test_a_top_level_choice_after_the_group_is_not_repeated_into_each_piece() -> None:
    """`\\b(?:be|being)x|\\bbe` is not `\\b(?:be)x|\\bbe` then `\\b(?:being)x|\\bbe`: at a
    position where `being x` matches, the second form would find `be` first."""
    wording = r"\b(?:be|being)\s+with\b|\bbe"
    text = "being with her"
    expected = [m.span() for m in re.finditer(wording, text)]
    assert expected == [(0, 10)]
    assert _pieces_find(alternatives(wording, shortest=0), text) == expected


@pytest.mark.parametrize("wording", WORDINGS)
def test_every_piece_compiles(wording: str) -> None:
    for piece in alternatives(wording, shortest=0):
        re.compile(piece)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_the_pieces_find_what_the_wording_finds(text: str) -> None:
    for wording in WORDINGS:
        expected = [m.span() for m in re.finditer(wording, text)]
        assert _pieces_find(alternatives(wording, shortest=0), text) == expected, wording
