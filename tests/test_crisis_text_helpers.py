"""The crisis rules' text helpers that replace a regex scan with a faster one must agree with it."""

from __future__ import annotations

import random

from policies.crisis.words import SENTENCE_END, last_sentence_end, sentence_before, words_of


def _texts() -> list[str]:
    rng = random.Random(7)
    alphabet = "ab .!?\n;'’x"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(3000)]


def test_last_sentence_end_is_the_last_match_of_the_pattern() -> None:
    for text in _texts():
        for lo in range(0, len(text) + 1, 3):
            for hi in range(lo, len(text) + 1, 2):
                found = list(SENTENCE_END.finditer(text, lo, hi))
                expected = found[-1].span() if found else None
                assert last_sentence_end(text, lo, hi) == expected, (text, lo, hi)


def test_sentence_before_splits_at_the_last_stop() -> None:
    for text in _texts():
        for start in range(len(text) + 1):
            chunk = text[max(0, start - 10) : start]
            ends = list(SENTENCE_END.finditer(chunk))
            expected = (chunk[ends[-1].end() :], chunk[: ends[-1].start()]) if ends else (chunk, "")
            assert sentence_before(text, start, reach=10) == expected


def test_words_of_drops_apostrophes_of_either_kind() -> None:
    assert words_of("i don’t know, i can't; it's 3am") == [
        "i",
        "dont",
        "know",
        "i",
        "cant",
        "its",
        "am",
    ]
    assert words_of("no marks at all") == ["no", "marks", "at", "all"]
