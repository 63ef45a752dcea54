"""The output gate's cheap checks before a costly search must say yes whenever the search
would find something: each is compared with the search it guards."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.output.contact import _SCHEMED, _SEVEN_DIGITS, _has_seven_digits, find_urls
from policies.output.quality import LOOP_REPEATS, LOOP_WORDS, _may_loop

DIGITY = st.text(alphabet="0123456789 -.()+abc\n", max_size=60).map(
    lambda t: t.replace("abc", "a" * 7)  # runs of letters longer than the gap allowed
)


@settings(max_examples=500, deadline=None)
@given(DIGITY)
def test_seven_digits_walk_agrees_with_the_pattern(text: str) -> None:
    assert _has_seven_digits(text) == (_SEVEN_DIGITS.search(text) is not None)


def test_seven_digits_with_gaps() -> None:
    assert _has_seven_digits("call 555 123 4567")
    assert _has_seven_digits("1" + "x" * 15 + "234567")
    assert not _has_seven_digits("1" + "x" * 16 + "234567")
    assert not _has_seven_digits("988, or a while later 741741")  # 3, then 6 digits


LINKY = st.lists(
    st.sampled_from(
        ["WWW.", "www.", "Www.", "http://", "HTTPS://", "ftp:/", "x.com", "a", " ", "/"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(LINKY)
def test_links_with_a_scheme_are_found_in_any_case(text: str) -> None:
    found = list(find_urls(text))
    for match in _SCHEMED.finditer(text):
        assert match.span() in found


def _runs_that_loop(words: list[str]) -> bool:
    runs = Counter(zip(*(words[i:] for i in range(LOOP_WORDS)), strict=False))
    return max(runs.values(), default=0) >= LOOP_REPEATS


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=40))
def test_a_run_that_loops_is_always_let_through_to_the_count(words: list[str]) -> None:
    if _runs_that_loop(words):
        assert _may_loop(words)


def test_a_loop_is_let_through_and_plain_text_is_not() -> None:
    assert _may_loop(("we are here for you now " * 4).split())
    assert _may_loop(["a"] * 9)  # overlapping runs count too
    assert not _may_loop(
        ["you", "are", "not", "alone", "and", "you", "are", "not", "a", "burden", "to", "anyone"]
    )
