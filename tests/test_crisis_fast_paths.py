"""The crisis rules' prefilters never rule out a post the exact scan would read (issue 15 item 11).

A rule that reads a post word by word first asks `policies.key_index.RunFilter` whether the post
can hold its key words at all; only then does it run its own scan. These tests build text from the
rules' real key words among tricky neighbours (letters, digits, apostrophes, underscores, non-ASCII
letters and marks) and check that wherever the exact scan finds a key, the prefilter lets the post
through. The speed itself is measured in `benchmarks/bench_gate.py`.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from unittest.mock import patch

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from policies.crisis import means, overdoses, own_risk, underway, underway_data
from policies.crisis.words import SENTENCE_END, context_data
from policies.key_index import RunFilter, first_run, word_runs
from policies.lexicon import Entry

_NEIGHBOURS = ["a", "9", "_", "'", "\u2019", " ", ".", "\n", "-", "(", "é", "…", "😢", "ǆ", "ß"]


def _underway_keys() -> list[str]:
    keys = underway_data._need_keys(*_classes_families())
    return [spelled for key in keys for spelled in underway_data._spellings(key)]


def _classes_families() -> tuple[
    dict[str, underway_data.Phrases], tuple[underway_data.Family, ...]
]:
    data = underway_data._data()
    return data.classes, data.families


def _posts(keys: list[str]) -> st.SearchStrategy[str]:
    pieces = st.sampled_from([*keys, *_NEIGHBOURS])
    return st.lists(pieces, max_size=12).map("".join)


def test_word_runs_are_the_ascii_runs_of_letters_and_digits() -> None:
    for text in ("I'm on_the roof... 30 pills", "don't 9 x9", "", "__"):
        assert word_runs(text) == frozenset(re.findall(r"[^\W_]+", text))
    # a non-ASCII character cuts a run: its ASCII parts are runs, whole runs stay whole
    assert word_runs("don’t ǆ café 😢 x9 naïve") == {"don", "t", "caf", "x9", "na", "ve"}


def test_first_run_of_a_key() -> None:
    assert first_run("don't") == "don"
    assert first_run("pills") == "pills"
    assert first_run("'til") is None  # a key that opens with no letter passes every post
    assert first_run("café") is None  # nor one whose first run is not ASCII


def test_a_key_that_opens_with_no_letter_lets_every_post_through() -> None:
    runs = RunFilter([("'til", "when"), ("bridge", "place"), ("café", "cafe")])
    assert runs.possible("nothing here") == {"when", "cafe"}
    assert runs.possible("the bridge.") == {"when", "place", "cafe"}
    assert runs.possible("the ébridge.") == {"when", "place", "cafe"}  # a superset


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_underway_prefilter_keeps_every_class_the_scan_finds(data: st.DataObject) -> None:
    text = data.draw(_posts(_underway_keys()))
    found = underway._key_spots(text, underway_data._data())
    assert set(found) <= underway_data._data().need_runs.possible(text)


def _means_phrases() -> list[str]:
    """Every noun, state and second word of the means classes, as a post may spell it."""
    phrases = {
        " ".join(p)
        for c in means._classes().classes
        for group in (c.nouns, c.states, c.also)
        for found in group.values()
        for p in found
    }
    spelled = {p.replace("im ", "i'm ").replace("dont ", "don't ") for p in phrases}
    return sorted(phrases | spelled)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_means_prefilter_keeps_every_class_the_scan_finds(data: st.DataObject) -> None:
    """A class is read only where the post may hold its head, a state and a second word: the
    means found are those found with every class read in every sentence with a head."""
    text = data.draw(_posts(_means_phrases()))
    gated = means.found_means(text)
    every = means._classes().classes
    with patch.object(means, "_live", lambda folded: every):
        assert means.found_means(text) == gated


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_means_head_scan_finds_every_whole_head(data: st.DataObject) -> None:
    heads = sorted(means._classes().heads)
    text = data.draw(_posts(heads))
    starts = means._head_starts(text, means._classes().classes)
    whole = [
        m.start() for h in heads for m in re.finditer(re.escape(h), text) if _whole(text, m, h)
    ]
    assert set(whole) <= set(starts)


def _whole(text: str, m: re.Match[str], head: str) -> bool:
    start, end = m.start(), m.end()
    opener = start == 0 or text[start - 1] in means._WORD_OPENERS
    return opener and (end == len(text) or not text[end].isalnum())


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_overdose_prefilter_keeps_every_verb_the_pattern_finds(data: st.DataObject) -> None:
    lists = overdoses._lists()
    verbs = sorted(context_data()["overdose"]["verbs"])
    text = data.draw(_posts(verbs))
    if lists.verb.search(text) is not None:
        assert overdoses._has_verb(text)
        assert lists.verb_runs.possible(text)


def _post_word_by_word(folded: str) -> underway._Post:
    """The act-under-way reader's words as a `finditer` and a sentence count per word read them."""
    found = list(underway._TOKEN.finditer(folded))
    words = [m.group().replace("'", "").replace("\u2019", "") for m in found]
    stops = [m.start() for m in SENTENCE_END.finditer(folded)]
    numbers = [sum(1 for s in stops if s <= m.start()) for m in found]
    renumber = {n: k for k, n in enumerate(dict.fromkeys(numbers))}
    sentence = [renumber[n] for n in numbers]
    firsts = [k for k in range(len(sentence)) if k == 0 or sentence[k] != sentence[k - 1]]
    return underway._Post(
        folded,
        tuple(words),
        tuple(m.start() for m in found),
        tuple(m.end() for m in found),
        tuple(sentence),
        tuple(zip(firsts, [*firsts[1:], len(sentence)], strict=True)),
    )


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_NEIGHBOURS, "!", "?", ";", "b", "i"])))
def test_underway_reads_words_and_sentences_as_word_by_word(text: str) -> None:
    assume(underway._TOKEN.search(text) is not None)  # a window always holds its key word
    assert underway._post(text) == _post_word_by_word(text)


def _means_tokens_one_by_one(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    words, spans = [], []
    for token in means._TOKEN.finditer(folded):
        word = token.group()
        if word.endswith(("'s", "\u2019s")) and len(word) > 3:
            word = word[:-2]
        words.append(word.replace("'", "").replace("\u2019", ""))
        spans.append(token.span())
    return words, spans


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from([*_NEIGHBOURS, "s", "s", "A", "b", "0", "?"])))
def test_means_reads_words_as_one_by_one(text: str) -> None:
    words, spans = _means_tokens_one_by_one(text)
    assert means._tokens(text) == (words, spans)
    assert means._tokens(text, 7) == (words, [(a + 7, b + 7) for a, b in spans])


def _find_word_by_word(
    post: underway._Post, phrases: underway_data.Phrases, lo: int, hi: int
) -> list[tuple[int, int]]:
    found = []
    for k in range(max(lo, 0), min(hi, len(post.words))):
        for phrase in phrases.get(post.words[k], ()):
            if post.words[k : k + len(phrase)] == phrase:
                found.append((k, k + len(phrase)))
                break
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["took", "all", "my", "pills", "the", "i", "x", "."]), max_size=40),
    st.integers(-3, 45),
    st.integers(-3, 45),
)
def test_underway_finds_phrases_as_word_by_word(words: list[str], lo: int, hi: int) -> None:
    post = underway._post(" ".join(words) + " x")
    phrases = underway_data._phrases(["took all", "took all my pills", "pills", "the x", "i"])
    assert list(underway._find(post, phrases, lo, hi)) == _find_word_by_word(post, phrases, lo, hi)


def _occurrences_word_by_word(
    words: list[str], phrases: dict[str, list[tuple[str, ...]]], lo: int, hi: int
) -> list[tuple[int, int]]:
    found = []
    for i in range(lo, hi):
        for phrase in phrases.get(words[i], ()):
            j = i + len(phrase)
            if j <= hi and tuple(words[i:j]) == phrase:
                found.append((i, j))
                break
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["pills", "are", "lined", "up", "the", "rope", "x"]), max_size=30),
    st.data(),
)
def test_means_finds_phrases_as_word_by_word(words: list[str], data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(words)))
    hi = data.draw(st.integers(lo, len(words)))
    phrases = means._phrases(["pills", "lined up", "are lined up", "rope", "the x"])
    found = means._occurrences(words, phrases, lo, hi)
    assert found == _occurrences_word_by_word(words, phrases, lo, hi)


def _own_risk_word_by_word(folded: str) -> list[tuple[int, int, Entry]]:
    """`own_risk` as it was before its prefilters: each family tried at each start of its first
    words, found word by word, with only the longest-word check of every slot."""
    shifted = [at - k for k, at in enumerate(m.start() for m in re.finditer("['\u2019]", folded))]
    text = re.sub("['\u2019]", "", folded)
    present = own_risk._needed().intersection(re.findall(r"(?<![^\W\d_])[^\W\d_]+", text))
    families = [f for f in own_risk._families() if all(not n.isdisjoint(present) for n in f.needs)]
    found = own_risk._in_sentences(text, present)
    starts: dict[str, list[int]] = {}
    for word in re.finditer(r"(?<![^\W\d_])[^\W\d_]+", text):
        starts.setdefault(word[0], []).append(word.start())
    for family in families:
        end = -1
        for start in sorted(at for w in family.firsts & starts.keys() for at in starts[w]):
            hit = family.pattern.match(text, start) if start >= end else None
            if hit is None or own_risk._next_word(text, hit.end()) in family.unless_next:
                continue
            end = hit.end()
            found.append((start, end, family.entry))
    return sorted(
        (
            (s + bisect_right(shifted, s), e + bisect_right(shifted, e - 1), entry)
            for s, e, entry in found
        ),
        key=lambda span: (span[0], span[1]),
    )


def _own_risk_slots() -> list[list[list[str]]]:
    """Each family's slots, as the phrases of each slot's class."""
    section = tomllib.loads(own_risk.own_risk_file().decode("utf-8"))["own_risk"]
    classes = own_risk._classes(section)
    return [
        [classes[re.split(r"[?\s~]", slot)[0]] for slot in raw["slots"]]
        for raw in section["family"]
    ]


@settings(max_examples=600, deadline=None)
@given(st.data())
def test_own_risk_prefilters_keep_every_family_found_word_by_word(data: st.DataObject) -> None:
    slots = data.draw(st.sampled_from(_own_risk_slots()))
    between = st.sampled_from([" ", ", ", " i ", " really ", "'", "-", "é", ". ", "\n", " not "])
    pieces = [data.draw(st.sampled_from(phrases)) for phrases in slots]
    text = "".join(p + data.draw(between) for p in pieces)
    text = data.draw(st.sampled_from(["", "so ", "x", "i think "])) + text
    assert own_risk.own_risk(text) == _own_risk_word_by_word(text)
