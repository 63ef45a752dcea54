"""The word lists the context rules read (policies/lexicon/context.toml) and the text helpers
they share: words of a stretch of text, and the sentence before or after a hit.

Word lists are data, like the lexicon: a moderator can read them, and the rules' version covers
them (see `policies.crisis.rules`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from typing import Any

from policies.lexicon import context_file

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
SENTENCE_END_CHARS = ".!?\n;"
SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_END_CHARS)}]+")
SUBJECT_I = frozenset({"i", "im", "ive", "id", "ill"})
"""The writer's "I" as the subject of a clause (apostrophes dropped)."""


@dataclass(frozen=True)
class Words:
    """The context rules' word lists (sections `person`, `modality` and `reading`)."""

    first: frozenset[str]
    second: frozenset[str]
    third: frozenset[str]
    negation: frozenset[str]
    negation_phrases: tuple[str, ...]
    hypothetical: frozenset[str]
    auxiliary: frozenset[str]
    reasons: tuple[str, ...]
    interjections: frozenset[str]
    listeners: frozenset[str]
    acquainted: frozenset[str]
    own_experience: tuple[str, ...]
    copulas: frozenset[str]
    stances: tuple[str, ...]
    degree: frozenset[str]
    they: frozenset[str]
    plea: frozenset[str]
    addressees: frozenset[str]
    telling_after: frozenset[str]
    topic_markers: frozenset[str]
    topic_compounds: frozenset[str]
    laughter: frozenset[str]
    asking: frozenset[str]
    past_leads: tuple[str, ...]
    recovered: tuple[str, ...]
    relapse: tuple[str, ...]
    recent: tuple[str, ...]
    over_leads: tuple[str, ...]
    death_words: frozenset[str]
    denied_reach: int
    pause_leads: frozenset[str]
    speech_verbs: frozenset[str]
    asked: frozenset[str]
    answered: frozenset[str]
    ended_after: tuple[str, ...]
    turnabout: tuple[str, ...]
    turnabout_acts: tuple[str, ...]
    for_oneself: tuple[str, ...]


@cache
def context_data() -> dict[str, Any]:
    """context.toml, parsed once."""
    return tomllib.loads(context_file().decode("utf-8"))


@cache
def word_lists() -> Words:
    data = context_data()
    person, modality, reading = data["person"], data["modality"], data["reading"]
    return Words(
        first=frozenset(person["first"]),
        second=frozenset(person["second"]),
        third=frozenset(person["third"]),
        negation=frozenset(modality["negation"]),
        negation_phrases=tuple(f" {p} " for p in modality["negation_phrases"]),
        hypothetical=frozenset(modality["hypothetical"]),
        auxiliary=frozenset(modality["auxiliary"]),
        reasons=tuple(modality["not_negation"]),
        interjections=frozenset(modality["interjections"]),
        listeners=frozenset(reading["listeners"]),
        acquainted=frozenset(reading["acquainted"]),
        own_experience=tuple(f" {w} " for w in reading["own_experience"]),
        copulas=frozenset(reading["copulas"]),
        stances=tuple(reading["stances"]),
        degree=frozenset(reading["degree"]),
        they=frozenset(reading["they"]),
        plea=frozenset(reading["plea"]),
        addressees=frozenset(reading["addressees"]),
        telling_after=frozenset(reading["telling_after"]),
        topic_markers=frozenset(reading["topic_markers"]),
        topic_compounds=frozenset(reading["topic_compounds"]),
        laughter=frozenset(reading["laughter"]),
        asking=frozenset(reading["asking"]),
        past_leads=tuple(f" {w} " for w in reading["past_leads"]),
        recovered=tuple(f" {w} " for w in reading["recovered"]),
        relapse=tuple(f" {w} " for w in reading["relapse"]),
        recent=tuple(f" {w} " for w in reading["recent"]),
        over_leads=tuple(f" {w} " for w in reading["over_leads"]),
        death_words=frozenset(reading["death_words"]),
        denied_reach=int(reading["denied_reach"]),
        pause_leads=frozenset(reading["pause_leads"]),
        speech_verbs=frozenset(reading["speech_verbs"]),
        asked=frozenset(reading["asked"]),
        answered=frozenset(reading["answered"]),
        ended_after=tuple(f" {w} " for w in reading["ended_after"]),
        turnabout=tuple(f" {w} " for w in reading["turnabout"]),
        turnabout_acts=tuple(f" {w} " for w in reading["turnabout_acts"]),
        for_oneself=tuple(f" {w} " for w in reading["for_oneself"]),
    )


def words_of(text: str) -> list[str]:
    """Lower-case words without apostrophes ("don’t" and "don't" are both "dont")."""
    text = text.replace("’", "'")
    words: list[str] = WORD.findall(text)
    return [w.replace("'", "") for w in words] if "'" in text else words


def last_sentence_end(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the last `SENTENCE_END` match in `text[lo:hi]` (offsets into `text`), found
    from the end with `str.rfind` instead of matching every stop before it."""
    last = max(map(text.rfind, SENTENCE_END_CHARS, repeat(lo), repeat(hi)))
    if last < 0:
        return None
    first = last
    while first > lo and text[first - 1] in SENTENCE_END_CHARS:
        first -= 1
    return first, last + 1


def sentence_before(text: str, start: int, reach: int = 400) -> tuple[str, str]:
    """(the sentence before `start`, the text before that sentence), both bounded."""
    lo = max(0, start - reach)
    end = last_sentence_end(text, lo, start)
    if end is None:
        return text[lo:start], ""
    return text[end[1] : start], text[lo : end[0]]


def sentence_after(text: str, end: int, reach: int = 200) -> str:
    """The rest of the sentence after `end`, bounded."""
    chunk = text[end : end + reach]
    stop = SENTENCE_END.search(chunk)
    return chunk[: stop.start()] if stop else chunk
