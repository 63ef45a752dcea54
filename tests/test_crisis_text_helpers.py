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


def test_time_patterns_for_squashed_text_end_where_the_plain_ones_do() -> None:
    """The time rules' patterns skip from space to space; on squashed text they must find the
    same matches (ending at the same places) as `\\b(?:...)\\b` would."""
    import re

    from policies.crisis.imminence_times import _squashed, _times
    from policies.crisis.words import context_data

    times = _times()
    data = context_data()["time"]
    listed = [str(item) for items in data.values() if isinstance(items, list) for item in items]
    vocabulary = [w for item in listed for w in item.split()] + ["i", "do", "it", "3", "12th"]
    rng = random.Random(11)
    for pattern in (times.time, times.act):
        assert pattern.pattern.startswith(" "), "the fast form is in use"
        plain = re.compile(r"\b" + pattern.pattern[1:])
        for _ in range(4000):
            text = _squashed(" ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 9))))
            assert [m.end() for m in pattern.finditer(text)] == [
                m.end() for m in plain.finditer(text)
            ], text


def test_the_overdose_verb_prefilter_agrees_with_the_verb_pattern() -> None:
    from policies.crisis.overdoses import _has_verb, _lists
    from policies.crisis.words import context_data

    verbs = list(context_data()["overdose"]["verbs"])
    pieces = [*verbs, "a", "x", "_", "1", " ", ".", "é", "over", "s", "ed", "'"]
    rng = random.Random(5)
    pattern = _lists().verb
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 6)))
        assert _has_verb(text) == (pattern.search(text) is not None), text
