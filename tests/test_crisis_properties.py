"""Properties: any text screens without error, and composed disguises of lexicon phrases are found
with a span that covers exactly the disguised text in the original."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policies.crisis import default_gate, screen
from policies.levels import Level
from policies.match_text import FILLERS, match_text, phrase_words
from policies.normalize import fold

HOMOGLYPHS = {"a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "s": "ѕ", "x": "х"}
HOMOGLYPHS |= {"y": "у", "k": "κ", "v": "ν"}
LEET = {"a": "4@", "e": "3", "i": "1", "o": "0", "s": "5$", "t": "7"}  # 1 reads as i; "ll" as "11"
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202c"
DISGUISES = ("case", "fullwidth", "homoglyph", "leet", "invisible", "spaced", "stretched", "dots")


REFERS: set[str] = set()  # unnamed acts ("doing it"): found only with a suicide signal nearby
MEANS_REFERS: set[str] = set()  # a pronoun for the means ("taking them"): only after means at hand


def _phrases() -> list[str]:
    """Plain lexicon phrases of one-or-more ordinary words (what moderators' users would type)."""
    out = []
    for entry in default_gate().lexicon.entries:
        if entry.refers:
            (MEANS_REFERS if entry.category == "plan" else REFERS).add(entry.phrase)
        words = entry.phrase.split()
        plain = entry.template is None and all(w.isalpha() and w.isascii() for w in words)
        if plain and not any(w in FILLERS for w in words) and phrase_words(entry.phrase):
            out.append(entry.phrase)
    return sorted(set(out))


PHRASES = _phrases()


def disguise(phrase: str, kinds: frozenset[str], rng: random.Random) -> str:
    """Apply each disguise in `kinds` to `phrase`, letter by letter, composed."""
    words = []
    for word in phrase.split():
        letters = []
        units = []  # letters, with a doubled l kept together (leet writes it "11")
        for ch in word:
            if ch == "l" and units and units[-1] == "l":
                units[-1] = "ll"
            else:
                units.append(ch)
        for ch in units:
            # A run of 1s is read as i...ll; "1111" (i, ll, i) is ambiguous, so never compose one.
            after_one = bool(letters) and letters[-1].endswith("1")
            if ch == "ll" and "leet" in kinds and not after_one and rng.random() < 0.5:
                letters.append("11")
                continue
            out = ch
            leet_ok = "leet" in kinds and ch in LEET and not (after_one and ch == "i")
            if leet_ok and rng.random() < 0.5:
                out = rng.choice(LEET[ch])
            elif "homoglyph" in kinds and ch in HOMOGLYPHS and rng.random() < 0.5:
                out = HOMOGLYPHS[ch]
            if "stretched" in kinds and out.isalpha() and rng.random() < 0.3:
                out = out * rng.randint(2, 5)
            if "case" in kinds and rng.random() < 0.5:
                out = out.upper()
            if "fullwidth" in kinds and rng.random() < 0.4:
                out = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in out)
            letters.append(out)
        joiners = []
        for _ in letters[1:]:
            sep = ""
            if "spaced" in kinds:
                sep += " "
            if "dots" in kinds and rng.random() < 0.5:
                sep += "."
            if "invisible" in kinds and rng.random() < 0.5:
                sep += rng.choice(INVISIBLES)
            joiners.append(sep)
        words.append(letters[0] + "".join(j + c for j, c in zip(joiners, letters[1:], strict=True)))
    return " ".join(words)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    index=st.integers(min_value=0, max_value=len(PHRASES) - 1),
    kinds=st.frozensets(st.sampled_from(DISGUISES), min_size=1),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
)
def test_disguised_lexicon_phrases_are_found_with_exact_spans(
    index: int, kinds: frozenset[str], seed: int
) -> None:
    phrase = PHRASES[index]
    disguised = disguise(phrase, kinds, random.Random(seed))
    prefix = ("I have all my pills saved up. " if phrase in MEANS_REFERS else "") + "Well, "
    text = f"{prefix}{disguised}. Ok" + (" I think about suicide." if phrase in REFERS else "")
    result = screen(text)
    spans = {(s.start, s.end) for s in result.signals}
    assert (len(prefix), len(prefix) + len(disguised)) in spans, (phrase, disguised, spans)
    for signal in result.signals:
        assert text[signal.start : signal.end] == signal.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalisation_and_screening_never_fail_on_any_text(text: str) -> None:
    folded = fold(text)
    assert len(match_text(folded.text)) == len(folded.text)
    if folded.owner is not None:
        assert len(folded.owner) == len(folded.text)
        assert all(0 <= i < len(text) for i in folded.owner)
    result = screen(text)
    assert result.level in Level
    for signal in result.signals:
        assert 0 <= signal.start <= signal.end <= len(text)
        assert text[signal.start : signal.end] == signal.text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_screen_without_error(raw: bytes) -> None:
    result = screen(raw)
    decoded = raw.decode("utf-8", errors="replace")
    for signal in result.signals:
        assert decoded[signal.start : signal.end] == signal.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["i", "want", "to", "die", " ", ".", "kms", "not", "you", "\u200b", "é"]),
        max_size=60,
    )
)
def test_spans_hold_for_crisis_vocabulary_soup(parts: list[str]) -> None:
    text = " ".join(parts)
    for signal in screen(text).signals:
        assert text[signal.start : signal.end] == signal.text
