"""The crisis rules' word prefilters are sound (issue 15 item 11): a filter that rules a family
out of a post must never rule out a family the post holds.

`letter_words` is the one word scan the rules share; `WordFilter` picks the families a post can
hold from the word sets each family declares (its slots' words, derived from the TOML data); the
own-risk families start only at the first words of phrases whose every word is in the post, and
the sentence families read only the sentences holding their rarest part. Each is checked here
against the plain reading it replaces, on hypothesis-made posts.
"""

from __future__ import annotations

import re
import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.crisis import own_risk
from policies.key_index import WordFilter, letter_words
from policies.lexicon import Entry

_PIECES = ["die", "dont", "don't", "don’t", "café", "i", "2i", "x1y", "it's", "a", "'", "’", "-",
    " ", "\n", ".", ",", "?", "é", "ß", "…", "_", "7", "O'Neil"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_letter_words_holds_every_whole_word_read_without_apostrophes(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.sub("['\u2019]", "", text)
    words = {w for w in re.findall(r"(?<![^\W\d_])[^\W\d_]+", plain) if w.isascii()}
    assert words <= letter_words(text)


_VOCABULARY = ["i", "the", "pills", "rope", "bridge", "want", "die", "caf\u00e9", "x-ray", "72"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(st.frozensets(st.sampled_from(_VOCABULARY), max_size=4), max_size=3),
        max_size=6,
    ),
    st.frozensets(st.sampled_from(_VOCABULARY)),
)
def test_word_filter_keeps_every_family_whose_sets_all_meet_the_words(
    families: list[list[frozenset[str]]], words: frozenset[str]
) -> None:
    live = WordFilter(families).live(words)
    assert live == sorted(live)
    for number, needs in enumerate(families):
        if all(not need.isdisjoint(words) for need in needs):
            assert number in live


def _sentence_parts() -> list[list[list[str]]]:
    """Each sentence family's parts, as the phrases of each part's class."""
    section = tomllib.loads(own_risk.own_risk_file().decode("utf-8"))["own_risk"]
    classes = own_risk._classes(section)
    return [[classes[name] for name in raw["all_of"]] for raw in section.get("sentence", [])]


def _every_sentence(text: str, present: frozenset[str]) -> list[tuple[int, int, Entry]]:
    """The sentence families as they read before their sentence filter: every sentence, every
    family whose parts' longest words are all in the post."""
    wanted = [f for f in own_risk._sections()[1] if all(not n.isdisjoint(present) for n in f.needs)]
    found: list[tuple[int, int, Entry]] = []
    for sentence in re.finditer(r"[^.!?\n]+[.!?\n]*", text):
        said = sentence[0]
        for family in wanted:
            if family.question and "?" not in said and not own_risk._QUESTION_LEAD.match(said):
                continue
            hits = [part.search(said) for part in family.parts]
            if not all(hits) or (family.veto is not None and family.veto.search(said)):
                continue
            first = min(h.start() for h in hits if h)
            last = max(h.end() for h in hits if h)
            found.append((sentence.start() + first, sentence.start() + last, family.entry))
    return found


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_sentence_families_read_only_where_their_rarest_part_is(data: st.DataObject) -> None:
    parts = data.draw(st.sampled_from(_sentence_parts()))
    between = st.sampled_from([" ", ", ", " i ", ". ", "? ", "\n", " the ", "-"])
    pieces = [data.draw(st.sampled_from(phrases)) for phrases in parts]
    pieces = data.draw(st.permutations(pieces))
    text = "".join(p + data.draw(between) for p in pieces)
    text = data.draw(st.sampled_from(["", "how ", "so. ", "what if "])) + text
    text += data.draw(st.sampled_from(["", "?", " ok.", " for my class?"]))
    present = own_risk._needed().intersection(letter_words(text))
    assert own_risk._in_sentences(text, present) == _every_sentence(text, present)


def test_a_family_starts_only_where_a_whole_first_phrase_can_be() -> None:
    """The first word alone starts nothing: "my" opens "my stomach was pumped", which needs
    "stomach" and "pumped" in the post."""
    families = {f.entry.phrase: f for f in own_risk._families()}
    pumped = families["pumped my stomach"]
    assert "my" not in pumped.starting_words(frozenset({"my", "dog", "was", "pumped"}))
    assert "my" in pumped.starting_words(frozenset({"my", "stomach", "was", "pumped"}))
    text = "after that my stomach was pumped at the er"
    spans = [(s, e) for s, e, _ in own_risk.own_risk(text)]
    assert spans == [(text.index("my stomach"), text.index(" at the"))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "bc", " ", ".", "!", "?", "\n", "..", ","]), max_size=20))
def test_a_sentence_found_around_a_word_is_the_one_finditer_gives(pieces: list[str]) -> None:
    text = "".join(pieces)
    for m in re.finditer(r"[^.!?\n]+[.!?\n]*", text):
        for at in range(m.start(), m.end()):
            if text[at] not in ".!?\n":
                assert own_risk._sentence_at(text, at) == m.span()
