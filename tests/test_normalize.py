"""Character folding and the matcher's view of text: evasion undone, offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.match_text import HARD_STOP, match_text, phrase_words
from policies.normalize import INVISIBLE, fold, skeleton


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("KILL", "kill"),  # case
        ("ｋｉｌｌ", "kill"),  # fullwidth (NFKC)
        ("𝐤𝐢𝐥𝐥", "kill"),  # mathematical bold (NFKC)
        ("kіll", "kill"),  # Cyrillic і
        ("ѕuісіdе", "suicide"),  # Cyrillic ѕ, і, с, е
        ("κιll", "kill"),  # Greek κ, ι
        ("kíll", "kill"),  # diacritic stripped
        ("k\u200bi\u200dl\u2060l", f"k{INVISIBLE}i{INVISIBLE}l{INVISIBLE}l"),  # zero-width
        ("\u202ekill\u202c", f"{INVISIBLE}kill{INVISIBLE}"),  # bidi controls
        ("k\u0336i\u0336", f"k{INVISIBLE}i{INVISIBLE}"),  # combining strike-through
        ("a\u00a0b\u3000c", "a b c"),  # odd spaces become spaces
    ],
)
def test_fold_undoes_character_disguises(raw: str, folded: str) -> None:
    result = fold(raw)
    assert result.text == folded
    assert result.owner is None  # one character each: offsets are the identity


def test_fold_maps_expanding_characters_back_to_the_original() -> None:
    raw = "Straße: ﬁne, kill"
    result = fold(raw)
    assert result.text == "strasse: fine, kill"
    start = result.text.index("kill")
    a, b = result.span(start, start + 4)
    assert raw[a:b] == "kill"
    ss = result.text.index("ss")
    assert result.span(ss, ss + 2) == (4, 5)  # both s come from ß


def test_fold_handles_surrogates_and_controls_without_raising() -> None:
    raw = "a\ud800b\x07c\x00d"
    result = fold(raw)
    assert len(result.text) == len(raw)
    assert result.text == f"a{INVISIBLE}b{INVISIBLE}c{INVISIBLE}d"


def test_skeleton_reads_leet_and_collapses_repeats() -> None:
    assert skeleton("K i l l  m y s e l f") == "kilmyself"
    assert skeleton("su1c1de") == "suicide"
    assert skeleton("diiiiie") == "die"
    assert skeleton("$elf h4rm") == "selfharm"


def test_phrase_words_drop_apostrophes_and_fillers() -> None:
    assert phrase_words("Don't want to   DIIIE") == ("dont", "want", "to", "die")
    assert phrase_words("I just really want to die") == ("i", "want", "to", "die")


def test_match_text_keeps_length_and_marks_sentence_stops() -> None:
    folded = fold("The end. It was s.u.i.c.i.d.e, I'm just k1ll1ng time\nok").text
    text = match_text(folded)
    assert len(text) == len(folded)
    assert text[7] == HARD_STOP  # ". " ends a sentence
    assert "s u i c i d e" in text  # inner dots are joiners
    assert "killing" in text  # leet read as letters (1 is i)
    assert "     " in text  # the filler "just" is blanked
    assert text[text.index("time") + 4] == HARD_STOP  # a line break ends a sentence


def test_match_text_turns_invisible_characters_into_joiners() -> None:
    folded = fold("d\u200bi\u200be").text
    assert match_text(folded) == "d i e"


def _owner_one_by_one(raw: str) -> list[int]:
    """Each folded character's original index, folding one character at a time."""
    return [index for index, ch in enumerate(raw) for _ in fold(ch).text]


@pytest.mark.parametrize(
    "raw",
    [
        "…",
        "wait… I can't™",
        "ßkill",
        "kill myself…",
        "ﬁ…ß™ and ǆ at once",
        "……… k\u200bi\u200bl\u200bl ß",
        "x" * 50 + "…" + "y" * 50 + "™",
    ],
)
def test_fold_maps_every_expanded_character_to_its_origin(raw: str) -> None:
    result = fold(raw)
    assert result.owner is not None
    assert list(result.owner) == _owner_one_by_one(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ß…™ﬁǆ\u200b\u0301ｋ"))))
def test_fold_offsets_match_folding_one_character_at_a_time(raw: str) -> None:
    result = fold(raw)
    expected = _owner_one_by_one(raw)
    if result.owner is None:
        assert expected == list(range(len(raw)))
    else:
        assert list(result.owner) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_folded_text_has_no_blank_but_spaces_and_line_breaks(raw: str) -> None:
    # match_text relies on it: a filler word is blanked between spaces
    assert all(ch in " \n" for ch in fold(raw).text if ch.isspace())


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("i just\twant to die", "i      want to die"),
        ("just\u00a0die", "     die"),
        ("so\u2003really\u3000tired", "so        tired"),
        ("so really\u2028tired", "so really\x01tired"),  # a line break is a stop, not a blank
        ("adjust the plan", "adjust the plan"),
        ("p.r.even.t it", "p r even t it"),
    ],
)
def test_fillers_are_blanked_between_any_blanks(raw: str, kept: str) -> None:
    assert match_text(fold(raw).text) == kept
