"""The output gate's faster forms give what the plain forms give: sentence keys made from the
whole text at once, and scaffolding found by searching only the wordings a draft can match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.normalize import fold
from policies.output.quality import (
    _SENTENCE,
    SCAFFOLDING,
    scaffolding,
    sentence_key,
    sentence_keys,
)

PIECES = [
    "I hear you.",
    " Here is a revised version of your reply: ",
    "\nAssistant: ",
    "<reply>",
    "</ post >",
    "[INST]",
    "<<sys>>",
    "<|im_end|>",
    "I've edited the draft!",
    "ß STRASSE?! ",
    "É—é… ",
    "  \n\n",
    "there's a version of me",
    "user: ",
    "...",
]
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=20), max_size=12).map("".join)


def _plain_keys(text: str) -> list[str]:
    return [sentence_key(match.group(0)) for match in _SENTENCE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentence_keys_are_those_of_each_sentence(text: str) -> None:
    assert [k for k in sentence_keys(text) if k] == [k for k in _plain_keys(text) if k]


@pytest.mark.parametrize(
    "text",
    ["One. Two! Three?\nFour", "STRASSE. strasse.", "...", "", "a\u2028b. Ünïcode? ǅ.", "x.!?.y"],
)
def test_sentence_keys_examples(text: str) -> None:
    assert [k for k in sentence_keys(text) if k] == [k for k in _plain_keys(text) if k]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_scaffolding_finds_what_the_whole_pattern_finds(text: str) -> None:
    folded = fold(text).text
    assert list(scaffolding(folded)) == [m.span() for m in SCAFFOLDING.finditer(folded)]


def test_scaffolding_examples() -> None:
    text = "<reply>Here is a gentler version:\nAssistant: you matter</reply>"
    found = list(scaffolding(text.lower()))
    assert found == [m.span() for m in SCAFFOLDING.finditer(text.lower())]
    assert len(found) == 4
