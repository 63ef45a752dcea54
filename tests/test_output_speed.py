"""The output gate's faster forms give what the plain forms give: sentence keys made from the
whole text at once, and scaffolding found by searching only the wordings a draft can match."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.normalize import fold
from policies.output.quality import (
    _SENTENCE,
    _WORD,
    LOOP_REPEATS,
    LOOP_WORDS,
    REPEATED_SENTENCE_WORDS,
    SCAFFOLDING,
    _loops,
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
    "İstanbul İS ",
    "and then it came back again and again ",
    "This is the same sentence said twice. ",
]
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=20), max_size=12).map("".join)
#: ASCII drafts take a faster path of their own.
ASCII_TEXTS = st.lists(
    st.sampled_from([p for p in PIECES if p.isascii()])
    | st.text(st.characters(max_codepoint=127), max_size=20),
    max_size=12,
).map("".join)


def _plain_keys(text: str) -> list[str]:
    return [sentence_key(match.group(0)) for match in _SENTENCE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXTS | ASCII_TEXTS)
def test_sentence_keys_are_those_of_each_sentence(text: str) -> None:
    assert [k for k in sentence_keys(text) if k] == [k for k in _plain_keys(text) if k]


@pytest.mark.parametrize(
    "text",
    [
        "One. Two! Three?\nFour",
        "STRASSE. strasse.",
        "...",
        "",
        "a\u2028b. Ünïcode? ǅ.",
        "x.!?.y",
        "a . . b\t!\x1c c ? d\x0b.",
        "Don't - you   see it?! Yes, I do... (really)",
    ],
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


def _plain_loops(text: str) -> Counter[str]:
    """The loop check written plainly: each word lowered, every sentence keyed on its own."""
    words = [w.lower() for w in _WORD.findall(text)]
    runs = Counter(zip(*(words[i:] for i in range(LOOP_WORDS)), strict=False))
    found = Counter({" ".join(run): n for run, n in runs.items() if n >= LOOP_REPEATS})
    sentences = Counter(sentence_key(m.group(0)) for m in _SENTENCE.finditer(text))
    for sentence, n in sentences.items():
        if n >= 2 and len(sentence.split()) >= REPEATED_SENTENCE_WORDS:
            found[sentence] = max(found[sentence], n)
    return found


@settings(max_examples=300, deadline=None)
@given(TEXTS | ASCII_TEXTS)
def test_the_loop_check_finds_what_the_plain_one_finds(text: str) -> None:
    assert list(_loops(text).items()) == list(_plain_loops(text).items())


@pytest.mark.parametrize(
    "text",
    [
        "and then it came back again and again " * 5,
        "This is the same sentence said twice. This is the same sentence said twice!",
        "İİİİ İ İ. " * 8,
        "",
    ],
)
def test_the_loop_check_examples(text: str) -> None:
    assert list(_loops(text).items()) == list(_plain_loops(text).items())
