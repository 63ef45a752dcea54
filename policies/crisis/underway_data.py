"""The act-under-way rules' data (`policies/lexicon/underway.toml`), compiled: its word classes,
its families and the keys a post must hold for a family to be looked for (`underway.py` reads
posts with it)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick

from policies.crisis.words import context_data
from policies.key_index import RunFilter

Phrases = dict[str, tuple[tuple[str, ...], ...]]
"""A word class: each phrase (a tuple of words) under its first word, longest first."""
_SCOPES = frozenset({"object", "before", "around", "sentence", "near"})


@dataclass(frozen=True)
class Family:
    """One composition: [the writer] x [anchor] x [every need] x [any cue], no veto."""

    name: str
    anchor: str
    subject: str  # "anchor": the act's own subject; "near": a first person near it
    needs: tuple[tuple[str, str], ...]  # (class, scope)
    cues: tuple[tuple[str, str], ...]
    veto: tuple[str, ...]
    spot: str  # the rarest of its classes: only the sentences around it are read
    uncued: tuple[tuple[str, str], ...] | None  # without a cue, these make it an attempt (high)


@dataclass(frozen=True)
class _Data:
    """The `[underway]` section, compiled."""

    classes: dict[str, Phrases]
    need_keys: ahocorasick.Automaton  # a key word of each phrase of a checkable class, to it
    need_runs: RunFilter  # the same keys by their first runs: a post that can hold none of them
    required: tuple[tuple[Family, frozenset[str]], ...]  # each family's checkable classes
    families: tuple[Family, ...]
    leads: frozenset[str]
    modal: Phrases
    pronouns: frozenset[str]
    pronoun_reach: int
    object_words: int
    containers: frozenset[str]
    carried: Phrases
    everyday_contents: frozenset[str]
    past: Phrases
    progressive: frozenset[str]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.replace("'", "").split())


def _phrases(items: list[str]) -> Phrases:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        words = _words(item)
        if words:
            grouped.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in grouped.items()}


def _family(raw: dict[str, Any], classes: dict[str, Phrases]) -> Family:
    family = Family(
        name=str(raw["name"]),
        anchor=str(raw["anchor"]),
        subject=str(raw["subject"]),
        needs=tuple((str(c), str(s)) for c, s in raw.get("needs", ())),
        cues=tuple((str(c), str(s)) for c, s in raw.get("cues", ())),
        veto=tuple(str(v) for v in raw.get("veto", ())),
        spot=str(raw.get("spot", raw["anchor"])),
        uncued=tuple((str(c), str(s)) for c, s in raw["uncued"]) if "uncued" in raw else None,
    )
    more = family.uncued or ()
    named = [
        family.anchor,
        family.spot,
        *(c for c, _ in family.needs + family.cues + more),
        *family.veto,
    ]
    unknown = [c for c in named if c not in classes]
    scopes = {s for _, s in family.needs + family.cues} - _SCOPES
    if unknown or scopes or family.subject not in ("anchor", "near"):
        raise ValueError(f"underway family {family.name!r}: bad class, scope or subject")
    return family


_COMMON = frozenset({"i", "im", "a", "an", "the", "my", "to", "of", "in", "on", "at", "is", "it",
    "and", "me", "up", "by", "for", "with", "this", "that", "are", "was", "be", "over", "other",
    "one", "all", "much", "more", "last", "after", "every", "lot", "very", "many", "enough",
    "another", "down", "out", "outside", "top", "side", "wrong", "really", "whole", "off", "just",
    "so", "too", "way", "back", "next", "near", "time", "going", "want", "dont", "not",
    "no", "get", "got", "have", "feel", "feeling", "know", "like", "now", "about",
    "from", "around", "against", "as", "full", "single", "both", "everything", "sleep",
    "sleeping", "pain", "heart", "through", "building", "floor", "parking", "hanging", "window",
    "handle", "door", "blood", "pressure", "allergy"})  # fmt: skip


def _keys(phrases: Phrases) -> frozenset[str]:
    """One word of each phrase, its longest uncommon one: a post that holds none of a class's keys
    holds none of its phrases (and common words make a poor test)."""
    keys = set()
    for group in phrases.values():
        for phrase in group:
            uncommon = [w for w in phrase if w not in _COMMON] or list(phrase)
            keys.add(max(reversed(uncommon), key=len))
    return frozenset(keys)


_CONTRACTIONS = {"im": "i'm", "ive": "i've", "ill": "i'll", "id": "i'd"}


def _spellings(key: str) -> set[str]:
    """A key as the post may spell it: "im" is also "i'm" and "i’m", "dont" "don't"."""
    spelled = _CONTRACTIONS.get(key) or (f"{key[:-1]}'t" if key.endswith("nt") else key)
    return {key, spelled, spelled.replace("'", "\u2019")}


def _checkable(classes: dict[str, Phrases], families: tuple[Family, ...]) -> set[str]:
    """Each family's spot, and the classes of acts and needs every phrase of which holds an
    uncommon word ("all" and "im" are everywhere: a test of them would pass every post)."""
    named = {n for f in families for n in (f.anchor, *(n for n, _ in f.needs))}
    checkable = {n for n in named if not any(k in _COMMON for k in _keys(classes[n]))}
    return checkable | {f.spot for f in families}


def _required(
    classes: dict[str, Phrases], families: tuple[Family, ...]
) -> tuple[tuple[Family, frozenset[str]], ...]:
    checkable = _checkable(classes, families)
    return tuple(
        (f, frozenset(n for n in (f.anchor, f.spot, *(n for n, _ in f.needs)) if n in checkable))
        for f in families
    )


def _need_keys(classes: dict[str, Phrases], families: tuple[Family, ...]) -> dict[str, set[str]]:
    """Each checkable class (see `_checkable`), by one key word of each of its phrases."""
    names: dict[str, set[str]] = {}
    for name in _checkable(classes, families):
        for key in _keys(classes[name]):
            names.setdefault(key, set()).add(name)
    return names


def _need_automaton(names: dict[str, set[str]]) -> ahocorasick.Automaton:
    """The keys of `_need_keys` as the post may spell them, to their length and classes."""
    automaton = ahocorasick.Automaton()
    for key, found in names.items():
        for spelling in _spellings(key):
            automaton.add_word(spelling, (len(spelling), tuple(sorted(found))))
    automaton.make_automaton()
    return automaton


def _need_runs(names: dict[str, set[str]]) -> RunFilter:
    """The same spellings by their first runs (see `policies.key_index.RunFilter`)."""
    return RunFilter(
        (spelling, name)
        for key, found in names.items()
        for spelling in _spellings(key)
        for name in found
    )


def underway_file() -> bytes:
    """underway.toml (hashed into the rules' version with every lexicon file)."""
    return (resources.files("policies") / "lexicon" / "underway.toml").read_bytes()


@cache
def _section() -> dict[str, Any]:
    section: dict[str, Any] = tomllib.loads(underway_file().decode("utf-8"))["underway"]
    return section


def underway_leads() -> frozenset[str]:
    """The words that may open a sentence before an act with no subject of its own ("just",
    "update", "so"): the act is then the writer's."""
    return _data().leads


@cache
def past_phrases() -> tuple[str, ...]:
    """An act told in the past ("years ago", "last summer": a lead and a unit composed), as a
    habit or a condition ("whenever i'm on a bridge"): not now. One list, read by the acts under
    way and by the means classes with `not_now_past`."""
    section = _section()
    composed = [
        f"{lead} {unit}" for lead in section["past_leads"] for unit in section["past_units"]
    ]
    return tuple(dict.fromkeys([*section["past"], *composed, *section["habits"]]))


@cache
def _data() -> _Data:
    section = _section()
    lists = {name: list(items) for name, items in section["classes"].items()}
    for name, (where, key) in section.get("extends", {}).items():
        extra = [w for w in context_data()[where][key] if w not in _COMMON]  # not "sleeping"
        lists[name] = [*lists[name], *extra]  # one list, kept once
    classes = {name: _phrases(items) for name, items in lists.items()}
    families = tuple(_family(raw, classes) for raw in section["family"])
    need_keys = _need_keys(classes, families)
    return _Data(
        classes=classes,
        need_keys=_need_automaton(need_keys),
        need_runs=_need_runs(need_keys),
        families=families,
        required=_required(classes, families),
        leads=frozenset(w for p in section["leads"] for w in _words(p)),
        modal=_phrases(section["modal"]),
        pronouns=frozenset(section["pronouns"]),
        pronoun_reach=int(section["pronoun_reach"]),
        object_words=int(section["object_words"]),
        containers=frozenset(section["containers"]),
        carried=_phrases(section["carried"]),
        everyday_contents=frozenset(section["everyday_contents"]),
        past=_phrases(list(past_phrases())),
        progressive=frozenset(section["progressive"]),
    )
