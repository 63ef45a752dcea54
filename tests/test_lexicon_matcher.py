"""The lexicon matcher: the letter walker returns exactly what one pattern of the whole lexicon
returns, and building the built-in lexicon compiles no large pattern (it took seconds)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.lexicon import Lexicon, Match, _parse, load_builtin
from policies.match_text import match_text
from policies.normalize import fold

# A small lexicon with the shapes that make matching subtle: phrases sharing a prefix, a phrase
# inside a longer one, one letter ending a word and opening the next ("want to", "get out"), vowel
# pairs a `*` may stand for, one-letter words, templates with several prefixes and objects, an
# expanded group, and (below) a template pair switched off, which still matches and yields nothing.
GROUPS = {
    "group": [
        {
            "category": "passive_ideation",
            "level": "high",
            "phrases": ["want to die", "i want to die", "want out", "suicide", "sucide", "kms"],
        },
        {
            "category": "farewell",
            "level": "concern",
            "phrases": ["goodbye everyone", "goodbye", "this is it", "i am done", "done with life"],
        },
        {
            "category": "active_ideation",
            "level": "high",
            "prefixes": ["want to", "going to", "gonna"],
            "phrases": ["kill myself", "end it", "end it all", "die", "get out"],
        },
        {
            "category": "plan",
            "level": "high",
            "expand": True,
            "prefixes": ["i have the"],
            "phrases": ["pills", "rope"],
        },
    ]
}
LEXICON = Lexicon(_parse("test", GROUPS)).without(["gonna end it all"])

WORDS = sorted(
    {w for g in GROUPS["group"] for p in (*g["phrases"], *g.get("prefixes", [])) for w in p.split()}
    | {"the", "a", "e", "o", "just", "really", "not", "im", "ii", "tt", "outt", "diee"}
)


@st.composite
def disguised_text(draw: st.DrawFn) -> str:
    """Lexicon words and near-words, each perhaps spaced out, stretched, starred or dotted, with
    joiners and sentence stops between them."""
    parts = []
    for word in draw(st.lists(st.sampled_from(WORDS), max_size=10)):
        shape = draw(st.sampled_from(["plain", "spaced", "stretched", "starred", "dotted"]))
        if shape == "spaced":
            word = " ".join(word)
        elif shape == "stretched":
            at = draw(st.integers(0, len(word) - 1))
            word = word[:at] + word[at] * draw(st.integers(2, 20)) + word[at + 1 :]
        elif shape == "starred":
            inner = [i for i in range(1, len(word) - 1) if word[i] in "aeiou"]
            if inner:
                at = draw(st.sampled_from(inner))
                word = word[:at] + "*" + word[at + 1 :]
        elif shape == "dotted":
            word = ".".join(word)
        parts.append(word)
        parts.append(draw(st.sampled_from([" ", " ", "  ", "", ". ", " * ", "-", "\u200b"])))
    return "".join(parts)


Finder = Callable[[str, Callable[[Match], bool] | None], Iterator[Match]]


def hits(finder: Finder, text: str, inside: bool) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, phrases) of each hit; `inside`: the search goes on inside every hit."""
    look = (lambda _hit: True) if inside else None
    found = finder(match_text(fold(text).text), look)
    return [(m.start, m.end, tuple(e.phrase for e in m.entries)) for m in found]


@settings(max_examples=400, deadline=None)
@given(text=disguised_text(), inside=st.booleans())
def test_the_walker_finds_what_one_pattern_finds(text: str, inside: bool) -> None:
    assert hits(LEXICON.finditer, text, inside) == hits(LEXICON.finditer_one_pattern, text, inside)


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "I w a n t t o d i e",
        "want tooo diiiie",
        "goodbyeee eeeveryone",
        "goodbye e.very.one",
        "su*cide",
        "going to end it all",
        "gonna end it all",  # switched off: matches, yields nothing, hides "end it"
        "i have the pills",
        "i am done with life",
        "wanttodie",
        "want to get out",
    ],
)
def test_the_walker_agrees_on_the_subtle_cases(text: str) -> None:
    for inside in (False, True):
        walked = hits(LEXICON.finditer, text, inside)
        assert walked == hits(LEXICON.finditer_one_pattern, text, inside)


def test_building_the_builtin_lexicon_compiles_no_large_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`llumi screen` of one post used to compile two 820 KB patterns (4 s of CPU)."""
    compiled: list[int] = []
    real_compile = re.compile

    def counting_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(len(pattern))
        return real_compile(pattern, flags)

    monkeypatch.setattr(re, "compile", counting_compile)
    lexicon, _ = load_builtin()
    text = match_text(fold("I want to die. k i l l m y s e l f, goodbyeee everyone").text)
    assert [m.entries[0].category for m in lexicon.finditer(text)]
    assert sum(compiled) < 20_000, f"{len(compiled)} patterns, {sum(compiled)} characters"
