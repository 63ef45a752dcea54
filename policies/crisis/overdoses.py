"""Counted overdoses: "I took 52 pills", "swallowed like 30 of my sertraline".

An attempt told with a count. The lexicon matcher reads digits as letters, so this is a rule of
its own over the folded text: a past-tense verb of taking, a few hedge words, a count of at least
`_OVERDOSE_COUNT` (an ordinary dose is one to a few pills), a few modifiers and a pill or a common
drug; the writer's "I" as the subject. A habitual count ("10 pills a day") is a regimen, not an
attempt. The word lists are the `[overdose]` section of context.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from policies.crisis.context import LOOKBACK_WORDS, person_of
from policies.crisis.underway_data import underway_leads
from policies.crisis.words import (
    SENTENCE_END,
    SUBJECT_I,
    context_data,
    sentence_before,
    word_lists,
    words_of,
)
from policies.key_index import RunFilter
from policies.levels import Level
from policies.lexicon import Entry

_OVERDOSE_TOKEN = re.compile(r"\d[\d.,]*|[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_OVERDOSE_COUNT = 10
_OVERDOSE_REACH = 90  # characters after the verb in which the count and the pills must follow
OVERDOSE_ENTRY = Entry("took a counted overdose", "attempt", Level.HIGH, source="counted_overdose")


@dataclass(frozen=True)
class _Lists:
    """The `[overdose]` section of context.toml."""

    verb: re.Pattern[str]
    verbs: ahocorasick.Automaton | None  # each verb, to its length: a C-speed test (see _has_verb)
    verb_runs: RunFilter  # the verbs by their first runs: a post that can hold none of them
    hedges: frozenset[str]
    count_words: frozenset[str]
    modifiers: frozenset[str]
    pills: frozenset[str]
    regimen: frozenset[str]
    regimen_units: frozenset[str]


def _automaton(words: list[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def _wordish(char: str) -> bool:
    r"""What the regex engine's `\w` is in a str pattern."""
    return char.isalnum() or char == "_"


def _has_verb(folded: str) -> bool:
    """Whether `verb` (`\b(?:verbs)\b`) matches anywhere in `folded`: the verbs found by one
    automaton scan, each checked for the word boundary at both ends (where the verb begins and
    ends with a word character; otherwise it counts as found). About twice as fast as the
    pattern on posts, which tries every alternative at every word boundary."""
    lists = _lists()
    verbs = lists.verbs
    if verbs is None:  # an empty verb: the pattern matches at any word boundary
        return True
    if not lists.verb_runs.possible(folded):
        return False  # most posts: one set intersection (see `policies.key_index.RunFilter`)
    last = len(folded) - 1
    for end, size in verbs.iter(folded):
        start = end - size + 1
        if _wordish(folded[start]) and start > 0 and _wordish(folded[start - 1]):
            continue
        if _wordish(folded[end]) and end < last and _wordish(folded[end + 1]):
            continue
        return True
    return False


@cache
def _lists() -> _Lists:
    data = context_data()["overdose"]
    verbs = "|".join(re.escape(v) for v in sorted(data["verbs"], key=len, reverse=True))
    return _Lists(
        verb=re.compile(rf"\b(?:{verbs})\b"),
        verbs=_automaton(data["verbs"]) if all(data["verbs"]) else None,
        verb_runs=RunFilter((verb, "verb") for verb in data["verbs"]),
        hedges=frozenset(data["hedges"]),
        count_words=frozenset(data["count_words"]),
        modifiers=frozenset(data["modifiers"]),
        pills=frozenset(data["pills"]),
        regimen=frozenset(data["regimen"]),
        regimen_units=frozenset(data["regimen_units"]),
    )


def _count(token: str) -> int:
    """The number a count token says (0 when it is none, or a decimal/thousands like 10,400)."""
    if token in _lists().count_words:
        return 100 if token.startswith(("hundred", "dozens")) else 12 if token == "dozen" else 10
    digits = token.rstrip(".,")
    return int(digits) if digits.isdigit() and len(digits) <= 4 else 0


def _counted_pills_end(folded: str, verb_end: int) -> int | None:
    """Where the pills of a counted overdose end, after a taking verb; None when no count
    of pills (at least `_OVERDOSE_COUNT`) follows, or it is a regimen."""
    lists = _lists()
    chunk = folded[verb_end : verb_end + _OVERDOSE_REACH]
    stop = SENTENCE_END.search(chunk)
    tokens = list(_OVERDOSE_TOKEN.finditer(chunk[: stop.start()] if stop else chunk))
    k = 0
    while k < len(tokens) and k < 5 and tokens[k].group() in lists.hedges:
        k += 1
    if k >= len(tokens) or _count(tokens[k].group()) < _OVERDOSE_COUNT:
        return None
    k += 1
    for _ in range(8):  # "120 to 150 over the counter pain killers"
        if k >= len(tokens):
            return None
        word = tokens[k].group()
        if word in lists.pills:
            rest = [t.group() for t in tokens[k + 1 : k + 3]]
            if word == "sleeping" and rest[:1] in (["pills"], ["tablets"]):
                k += 1
                rest = rest[1:]
            regimen = (
                rest[:1]
                and rest[0] in lists.regimen
                and (rest[0] != "a" or (rest[1:2] and rest[1] in lists.regimen_units))
            )
            return None if regimen else verb_end + tokens[k].end()
        if word not in lists.modifiers and _count(word) == 0:
            return None
        k += 1
    return None


def counted_overdoses(folded: str) -> list[tuple[int, int]]:
    """Spans (folded offsets) of counted overdoses with a subject: the writer's "I" (or their
    own pills), or another person, whom the context rules then read as for any signal."""
    # Cheap C-speed checks first: most posts have no verb of taking, or no count at all.
    overdose = _lists()
    if not _has_verb(folded):
        return []
    if _DIGIT.search(folded) is None and not any(w in folded for w in overdose.count_words):
        return []
    lists = word_lists()
    found: list[tuple[int, int]] = []
    for verb in overdose.verb.finditer(folded):
        end = _counted_pills_end(folded, verb.end())
        if end is None:
            continue
        sentence, _ = sentence_before(folded, verb.start(), reach=200)
        words = words_of(sentence)[-LOOKBACK_WORDS:]
        person, distance = person_of(words, lists)
        if person == "none":
            # "Swallowed 30 of my sertraline": the pills are the writer's own; "just took 40
            # ibuprofen": the sentence opens with the verb (after a lead), the writer's own act
            owned = "my" in words_of(folded[verb.end() : end]) or all(
                w in underway_leads() for w in words_of(sentence)
            )
        else:
            # "she took 40 pills" is found (and lowered as another's); "my dog ate 30" is not
            owned = person != "first" or words[len(words) - 1 - distance] in SUBJECT_I
        if owned:
            found.append((verb.start(), end))
    return found
