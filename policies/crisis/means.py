"""Means as classes: a means noun composed with a state of its class in the same sentence.

"the pills are lined up", "my revolver is loaded and in my lap", "the cord is tied to the
banister", "i'm on the roof of the parking garage": each is a noun of a class (medicine, a
ligature, a gun, a blade, the car, a height) and a state of that class within a few words, not a
listed sentence. A class may need a second word too (a ligature is tied *and* to a fixture) and
the writer as its subject (a height, an overdose); a blocker in the sentence tells the everyday
use ("meds lined up for the week", "the rope swing", "on the roof watching fireworks"). What a
class makes (means at hand, a means prepared, an attempt, the act under way) is its `kind`. The
word classes are `[means]` of policies/lexicon/imminence.toml.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources as package_files
from itertools import accumulate, compress
from typing import Any

import ahocorasick

from policies.crisis.context import person_of
from policies.crisis.underway_data import _spellings, past_phrases
from policies.crisis.words import SENTENCE_END, context_data, last_sentence_end, word_lists
from policies.key_index import first_run, rarest_word, word_runs
from policies.levels import Level
from policies.lexicon import Entry

_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")
Phrase = tuple[str, ...]
ON_BODY = "means_on_body"
"""The source of means at hand on the body ("the gun in my mouth"): the act begun."""
_PRONOUNS = frozenset({"them", "those", "these", "em", "it"})
_DENIAL_BEFORE_SECOND = 2  # words before a second word that opens the clause ("im not | going
# to use"), no more: "if things don't get better | i'm going to use my tie" is no denial
_SENTENCE_REACH = 300  # characters either side of a noun read as its sentence, at most
UNDER_WAY = "under_way"
"""The source of an entry for an act told as happening now (`imminent` by itself)."""


@cache
def imminence_data() -> dict[str, Any]:
    """imminence.toml, parsed once."""
    raw = (package_files.files("policies") / "lexicon" / "imminence.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


_SLOT = re.compile(r"\{([a-z_]+)\}")


def _composed(items: Iterable[str], slots: dict[str, list[str]]) -> list[str]:
    """Each item with its slots ("in my {stash_place}") filled by every word of their class."""
    out: list[str] = []
    for item in items:
        found = _SLOT.search(item)
        if found is None:
            out.append(item)
            continue
        filled = [item[: found.start()] + w + item[found.end() :] for w in slots[found.group(1)]]
        out.extend(_composed(filled, slots))
    return out


def _phrases(items: Iterable[str]) -> dict[str, list[Phrase]]:
    """Phrases by their first word, longest first."""
    by_first: dict[str, list[Phrase]] = {}
    for item in items:
        words = tuple(item.replace("'", "").split())
        if words:
            by_first.setdefault(words[0], []).append(words)
    for found in by_first.values():
        found.sort(key=len, reverse=True)
    return by_first


@dataclass(frozen=True)
class MeansClass:
    """One class of means: its nouns, states, second words, blockers and what it makes."""

    name: str
    entry: Entry
    writer: bool
    nouns: dict[str, list[Phrase]]
    states: dict[str, list[Phrase]]
    also: dict[str, list[Phrase]]
    also_between: bool  # the second word stands between the state and the noun
    blockers: dict[str, list[Phrase]]
    not_now: dict[str, list[Phrase]]
    own_only: bool  # its blockers and past read its own finds only, not the lexicon's means
    by_pronoun: MeansClass | None  # the class with its pronouns as nouns, for the next sentence
    counted: int  # a count of at least this many before the noun is a state (0: none)
    count_between: frozenset[str]
    count_with: frozenset[str]  # a count is a stock only with one of these close to it


_KINDS = {
    "at_hand": ("means", Level.CONCERN, True, "means_class"),
    "plan": ("plan", Level.HIGH, False, "means_class"),
    "chosen": ("plan", Level.IMMINENT, False, "means_class"),
    "attempt": ("attempt", Level.HIGH, False, "means_class"),
    UNDER_WAY: ("attempt", Level.HIGH, False, UNDER_WAY),
}


@dataclass(frozen=True)
class _Classes:
    classes: tuple[MeansClass, ...]
    firsts: frozenset[str]  # the first word of every noun: a sentence without any has no means
    heads: frozenset[str]  # the last word of any noun: where a sentence may hold a means
    reach: int
    negation_reach: int
    in_mind: dict[str, list[Phrase]]
    attributive: frozenset[str]
    on_body: dict[str, list[Phrase]]


@cache
def _classes() -> _Classes:
    data = imminence_data()["means"]
    overdose = context_data()["overdose"]
    drugs = [d for d in overdose["pills"] if d not in overdose["modifiers"]]  # not "sleeping"
    classes = []
    for name, own in data["classes"].items():
        raw = {**data.get("shared", {}).get(own.get("shared", ""), {}), **own}
        category, level, at_hand, source = _KINDS[raw["kind"]]
        nouns = [*raw["nouns"], *(drugs if raw.get("with_drugs") else [])]
        classes.append(
            MeansClass(
                name=name,
                entry=Entry(
                    f"{name} ({raw['kind'].replace('_', ' ')})",
                    category,
                    level,
                    source=source,
                    at_hand=at_hand,
                ),
                writer=bool(raw.get("writer", False)),
                nouns=_phrases(nouns),
                states=_phrases(_composed(raw["states"], data.get("slots", {}))),
                also=_phrases(raw.get("also", [])),
                also_between=bool(raw.get("also_between", False)),
                blockers=_phrases(raw.get("blockers", [])),
                not_now=_phrases(
                    [
                        *raw.get("not_now", []),
                        *(past_phrases() if raw.get("not_now_past") else ()),
                    ]
                ),
                own_only=bool(raw.get("own_only", False)),
                by_pronoun=None,
                counted=int(raw.get("counted", 0)),
                count_between=frozenset(raw.get("count_between", [])),
                count_with=frozenset(raw.get("count_with", [])),
            )
        )
    classes = [
        replace(c, by_pronoun=replace(c, nouns=_phrases(data["classes"][c.name]["pronouns"])))
        if "pronouns" in data["classes"][c.name]
        else c
        for c in classes
    ]
    return _Classes(
        classes=tuple(classes),
        firsts=frozenset(w for c in classes for w in c.nouns),
        heads=frozenset(p[-1] for c in classes for n in c.nouns.values() for p in n),
        reach=int(data["reach"]),
        negation_reach=int(data["negation_reach"]),
        in_mind=_phrases(data["in_mind"]),
        attributive=frozenset(data["attributive"]),
        on_body=_phrases(data["on_body"]),
    )


def _occurrences(
    words: list[str], phrases: dict[str, list[Phrase]], lo: int, hi: int
) -> list[tuple[int, int]]:
    """Token ranges [i, j) in words[lo:hi] where a phrase is spelled (the longest at each i)."""
    segment = words[lo:hi]
    if phrases.keys().isdisjoint(segment):
        return []  # most sentences: one pass in C
    starts: Iterable[int] = range(lo, hi)
    if lo >= 0 and hi <= len(words):  # the words that open a phrase, picked in one C pass
        starts = compress(starts, map(phrases.__contains__, segment))
    found = []
    for i in starts:
        for phrase in phrases.get(words[i], ()):
            j = i + len(phrase)
            if j <= hi and tuple(words[i:j]) == phrase:
                found.append((i, j))
                break
    return found


_TOKENS_BETWEEN = re.compile(f"({_TOKEN.pattern})")  # `split`: separators and words, in turn


def _tokens(folded: str, at: int = 0) -> tuple[list[str], list[tuple[int, int]]]:
    """Words (apostrophes dropped, a possessive "'s" too: "the car's running") and their spans
    in `folded`: one `split`, whose pieces' lengths add up to the offsets (C-level passes); words
    are looked at one by one only where the text holds an apostrophe."""
    parts = _TOKENS_BETWEEN.split(folded)  # between, word, between, ..., word, between
    offsets = list(accumulate(map(len, parts), initial=at))  # `at`: where `folded` begins
    words = parts[1::2]
    spans = list(zip(offsets[1:-1:2], offsets[2::2], strict=True))
    if "'" in folded or "\u2019" in folded:
        words = [
            (w[:-2] if w.endswith(("'s", "\u2019s")) and len(w) > 3 else w)
            .replace("'", "")
            .replace("\u2019", "")
            for w in words
        ]
    return words, spans


_WORD_OPENERS = " \n(\"*'-/"  # what stands before a word's first letter, nearly always


@cache
def _head_words() -> tuple[str, ...]:
    return tuple(sorted(_classes().heads))


@cache
def _heads() -> ahocorasick.Automaton:
    """The head words of the nouns, each after a character that opens a word, for one C-speed
    scan of a post (a head inside a word, "scar", is then no hit at all), to their index."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for k, head in enumerate(_head_words()):
        for opener in _WORD_OPENERS:
            automaton.add_word(opener + head, k)
    automaton.make_automaton()
    return automaton


def _key(phrase: Phrase) -> str:
    """One word of a phrase to look for (see `policies.key_index.rarest_word`)."""
    return rarest_word(phrase)


@cache
def _gates() -> tuple[tuple[MeansClass, tuple[frozenset[str], ...]], ...]:
    """Each class with the first runs (see `policies.key_index`) of its head words, of one word of
    each of its states and of each of its second words: a class is read only in a post whose
    runs meet all of them (a count before the noun is a state of any spelling: such a class is
    not gated by its states). A word read without its apostrophe ("im", "dont") may be spelled
    with one in the post."""

    def runs(words: Iterable[str]) -> frozenset[str] | None:
        found = {first_run(s) for w in words for s in _spellings(w)}
        return None if None in found else frozenset(r for r in found if r is not None)

    gates = []
    for means in _classes().classes:
        needs = [
            runs(p[-1] for n in means.nouns.values() for p in n),
            None if means.counted else runs(_key(p) for n in means.states.values() for p in n),
            runs(_key(p) for n in means.also.values() for p in n) if means.also else None,
        ]
        gates.append((means, tuple(n for n in needs if n is not None)))
    return tuple(gates)


def _live(folded: str) -> tuple[MeansClass, ...]:
    """The classes whose head, state and second words the post may all hold."""
    runs = word_runs(folded)
    if runs.isdisjoint(_any_head()):
        return ()  # most posts: one set test
    live = []
    for means, needs in _gates():
        for need in needs:
            if runs.isdisjoint(need):
                break
        else:
            live.append(means)
    return tuple(live)


@cache
def _any_head() -> frozenset[str]:
    """The runs of every class's heads: a post with none of them holds no means."""
    return frozenset[str]().union(*(needs[0] for _, needs in _gates()))


@lru_cache(maxsize=256)
def _wanted(names: tuple[str, ...]) -> frozenset[str]:
    """The head words of the classes named."""
    live = [c for c in _classes().classes if c.name in names]
    return frozenset(p[-1] for c in live for n in c.nouns.values() for p in n)


def _head_starts(folded: str, live: tuple[MeansClass, ...]) -> list[int]:
    """Where a head word of a live class's noun stands as a whole word: the sentences worth
    reading."""
    heads = _head_words()
    wanted = _wanted(tuple(c.name for c in live))
    last = len(folded) - 1
    starts = []
    for end, k in _heads().iter(" " + folded):
        end -= 1  # the space put in front
        if end < last and folded[end + 1].isalnum():
            continue  # "career"
        if heads[k] in wanted:
            starts.append(end - len(heads[k]) + 1)
    return sorted(starts)


def found_means(folded: str) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) in `folded` for each means composed with a state of its class."""
    live = _live(folded)
    if not live:
        return []  # most posts: one set intersection
    lists = word_lists()
    found: list[tuple[int, int, Entry]] = []
    read_to = -1  # only the sentences that hold a noun's head word are read, each once
    for head in _head_starts(folded, live):
        if head < read_to:
            continue
        before = last_sentence_end(folded, max(0, head - _SENTENCE_REACH), head)
        lo = before[1] if before else max(0, head - _SENTENCE_REACH)
        stop = SENTENCE_END.search(folded, head, head + _SENTENCE_REACH)
        read_to = stop.start() if stop else min(len(folded), head + _SENTENCE_REACH)
        words, spans = _tokens(folded[lo:read_to], lo)
        present = set(words)
        for means in live:
            if not present.isdisjoint(means.nouns) and (
                not means.also or not present.isdisjoint(means.also)
            ):
                here = _in_sentence(means, words, spans, 0, len(words), lists.negation, lists)
                found.extend(here)
                if (
                    not here
                    and means.by_pronoun is not None
                    and stop is not None
                    and not _occurrences(words, means.blockers, 0, len(words))
                ):  # "pills for my dog's arthritis ... hiding them": the blocker names them
                    found.extend(_by_pronoun(means.by_pronoun, folded, stop.end(), lists))
    found.sort(key=lambda f: f[0])
    return found


def _by_pronoun(
    means: MeansClass, folded: str, at: int, lists: Any
) -> list[tuple[int, int, Entry]]:
    """The class's means in the sentence after one that names it, told by a pronoun ("... my
    trazodone. been saving them for months"): the class with the pronouns as its nouns."""
    stop = SENTENCE_END.search(folded, at, at + _SENTENCE_REACH)
    sentence = folded[at : stop.start() if stop else at + _SENTENCE_REACH]
    if not any(pronoun in sentence for pronoun in means.nouns):
        return []  # most next sentences: a C-level substring test each
    words, spans = _tokens(sentence, at)
    if set(words).isdisjoint(means.nouns):
        return []
    return _in_sentence(means, words, spans, 0, len(words), lists.negation, lists)


def _in_sentence(
    means: MeansClass,
    words: list[str],
    spans: list[tuple[int, int]],
    lo: int,
    hi: int,
    negation: frozenset[str],
    lists: Any,
) -> list[tuple[int, int, Entry]]:
    """The class's means in the sentence words[lo:hi]: at most one, where the first noun with a
    state (and a second word) is."""
    classes = _classes()
    nouns = _occurrences(words, means.nouns, lo, hi)
    if not nouns:
        return []
    also = _occurrences(words, means.also, lo, hi) if means.also else []
    if means.also and not also:
        return []
    if _occurrences(words, means.blockers, lo, hi) or (
        not means.own_only and _occurrences(words, means.not_now, lo, hi)
    ):
        return []
    for i, j in nouns:
        window_lo, window_hi = max(lo, i - classes.reach), min(hi, j + classes.reach)
        states = [
            (a, b)
            for a, b in _occurrences(words, means.states, window_lo, window_hi)
            if b <= i or a >= j
        ] + _count_before(means, words, lo, i)
        for a, b in states:
            first, last = min(i, a), max(j, b)
            if means.also and not _second_word(
                also, first, last, means.also_between, classes.reach
            ):
                continue
            if b == i and words[a - 1 : a] and words[a - 1] in classes.attributive:
                continue  # "a loaded shotgun": a description
            # the clause opens at its second word when that comes first ("not | going to use
            # my belt"): a denial is read before it
            opens = min([a for a, _ in also if first - classes.reach <= a < first] + [first])
            reach = classes.negation_reach if opens == first else _DENIAL_BEFORE_SECOND
            denied = negation.intersection(words[max(lo, opens - reach) : opens])
            if denied or _occurrences(words, classes.in_mind, lo, first):
                continue
            if means.own_only and _occurrences(
                words, means.not_now, max(lo, opens - classes.reach), min(hi, last + classes.reach)
            ):
                continue  # told in the past in its own clause ("when i was 15 i was going to")
            if means.writer:
                subject = words[lo : max(a, i) + 1]
                owner = _owner_before(words, lo, i)
                if owner is not None:
                    del subject[owner - lo]  # "my dad's (heart) pills": the owner, no subject
                if words[i] in _PRONOUNS:
                    subject = [w for k, w in enumerate(subject) if k + lo != i]  # "saving them"
                person, _ = person_of(subject, lists)
                if person not in ("first", "none"):
                    continue
            entry = means.entry
            if entry.at_hand and tuple(words[a:b]) in classes.on_body.get(words[a], ()):
                entry = replace(entry, source=ON_BODY)
            return [(spans[first][0], spans[last - 1][1], entry)]
    return []


def _owner_before(words: list[str], lo: int, i: int) -> int | None:
    """Where the owner of the means at `i` stands when "my" names one right before it ("my dad's
    rifle", "my mom's heart pills"): a person word there is no subject of the sentence."""
    for k in (i - 1, i - 2):
        if k - 1 >= lo and words[k - 1] in ("my", "our") and words[k] in _owners():
            return k
    return None


@cache
def _owners() -> frozenset[str]:
    return frozenset(word_lists().third)


def _second_word(
    also: list[tuple[int, int]], first: int, last: int, between: bool, reach: int
) -> bool:
    """A second word of the class for the means in words[first:last]: inside it where it must
    stand between the state and the noun ("took | all | my meds"), else within `reach` of it."""
    if between:
        return any(first < a and b < last for a, b in also)
    return any(first - reach <= a and b <= last + reach for a, b in also)


def everyday_reading(folded: str, start: int, end: int) -> str | None:
    """Why a lexicon hit for means at hand ("holding the knife") is no means at hand now, from
    the classes whose noun it names: a blocker in its sentence ("while cooking") is an everyday
    use; `not_now` ("I used to stand on the bridge") tells it as past. None when neither: the
    lexicon's phrases know no everyday use, the classes do. (An attempt told as a routine is
    `underway.everyday_takings`' reading.)"""
    classes = _classes()
    hit = _tokens(folded[start:end])[0]
    if classes.firsts.isdisjoint(hit):
        return None
    lo = max((m.end() for m in SENTENCE_END.finditer(folded, 0, start)), default=0)
    stop = SENTENCE_END.search(folded, end)
    words, _ = _tokens(folded[lo : stop.start() if stop else len(folded)])
    named = [
        c for c in classes.classes if not c.own_only and _occurrences(hit, c.nouns, 0, len(hit))
    ]
    if any(_occurrences(words, c.blockers, 0, len(words)) for c in named):
        return "everyday_use"
    if any(_occurrences(words, c.not_now, 0, len(words)) for c in named):
        return "told_as_past"
    return None


def _count_before(means: MeansClass, words: list[str], lo: int, i: int) -> list[tuple[int, int]]:
    """A count of a stock before the noun at `i` ("60 sertraline", "45 of my mom's oxycodone"),
    as the state it is; none for a class without `counted`."""
    if not means.counted:
        return []
    count_words = _count_words()
    k = i - 1
    while k >= lo and i - k <= 5 and words[k] in means.count_between:
        k -= 1
    if k < lo:
        return []
    word = words[k]
    enough = word in count_words or (word.isdigit() and means.counted <= int(word) < 10_000)
    held = not means.count_with.isdisjoint([*words[max(lo, k - 6) : k], *words[i + 1 : i + 5]])
    return [(k, k + 1)] if enough and held else []


@cache
def _count_words() -> frozenset[str]:
    return frozenset(context_data()["overdose"]["count_words"])
