"""The gate's fast paths read text exactly as the plain versions they replace (issue 15, item 11).

Each fast path (a pass per literal, a run-by-run translate, offsets kept as a few breakpoints)
is checked against the straightforward one-pattern or one-character-at-a-time version on
generated text; the speed itself is measured in `benchmarks/bench_gate.py`.
"""

from __future__ import annotations

import re
from itertools import groupby

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.crisis.layout import (
    _LINK,
    _STRUCK,
    _blank,
    _inner_dots,
    _joined,
    _link_text,
    _soft_break,
)
from policies.key_index import collapse
from policies.match_text import (
    _INNER_I,
    _MATCH_TABLE,
    _STARS,
    HARD_STOP,
    _emphasis,
    _translated,
    match_text,
)
from policies.normalize import fold

_TRICKY = list("ab kK.,!?;:…\n\r\t-*•2)ß™ﬁ’é\u200b\x01")


def _owner_one_by_one(raw: str) -> list[int]:
    return [index for index, ch in enumerate(raw) for _ in fold(ch).text]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_TRICKY, "\u0301", "ǆ", "ｋ"])))
def test_fold_spans_map_back_like_a_per_character_owner(raw: str) -> None:
    folded = fold(raw)
    owner = _owner_one_by_one(raw)
    assert len(owner) == len(folded.text)
    for start in range(len(owner) + 1):
        for end in range(start, min(len(owner), start + 6) + 1):
            if start < end:
                expected = (owner[start], owner[end - 1] + 1)
            else:
                at = owner[start] if start < len(owner) else len(raw)
                expected = (at, at)
            assert folded.span(start, end) == expected


def test_one_expanding_character_builds_no_offset_per_character() -> None:
    # a long post with one "…": its offsets are one breakpoint, not a tuple per character
    folded = fold("x" * 5000 + "…" + "y" * 5000)
    assert folded.expanded == ((5000, 5000, 3),)
    assert "owner" not in vars(folded)  # built only when asked
    assert folded.span(5004, 5006) == (5002, 5004)
    assert folded.owner is not None and folded.owner[4999:5004] == (4999, 5000, 5000, 5000, 5001)


@given(st.text(alphabet=st.sampled_from(list("aabbkl il*\x01É"))))
def test_collapse_cuts_every_run_of_one_letter(raw: str) -> None:
    expected = "".join(k if "a" <= k <= "z" else "".join(run) for k, run in groupby(raw))
    assert collapse(raw) == expected


_ONE_STOP_PASS = re.compile(r"[.,!?;:](?=[\s.,!?;:])")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY)))
def test_stops_read_as_one_pass_would(raw: str) -> None:
    # a pass per stop character finds what one pass finds; a HARD_STOP already in the text
    # (never in folded text) does not make the stop before it one
    text = _STARS.sub(_emphasis, _INNER_I.sub("i", raw))  # what comes before the stops
    one_pass = _ONE_STOP_PASS.sub(HARD_STOP, text).replace("\n", HARD_STOP).replace("\r", HARD_STOP)
    stops = [i for i, ch in enumerate(match_text(raw)) if ch == HARD_STOP]
    assert stops == [i for i, ch in enumerate(one_pass) if ch == HARD_STOP]


_LINE_BREAK = re.compile(r"[\r\n]\n?[ \t]*(?:(?:[-*•+]|\d{1,2}[.)])[ \t]+)?(?=[a-z])")
_DOTS = re.compile(r"(?:\.{2,}|…)[ \t]*(?=[a-z])")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_TRICKY, ".", ".", "a", " ", "[", "]", "(", "~"])))
def test_layout_joins_as_the_one_pattern_versions_would(raw: str) -> None:
    # line breaks with or without "\r", dots and "…" in any order, as one pattern each found them
    text = _DOTS.sub(_inner_dots, _LINE_BREAK.sub(_soft_break, raw))
    text = _STRUCK.sub(_blank, _LINK.sub(_link_text, text))
    assert _joined(raw) == text


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([*_TRICKY, "“", "”", "‘", "•", "·", "😢", "4", "$", "\x00"]))
)
def test_match_text_translates_run_by_run_as_one_translate_would(raw: str) -> None:
    assert _translated(raw) == raw.translate(_MATCH_TABLE)
