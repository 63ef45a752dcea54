"""Which community phrases can never mean anything: checked when the communities file is read.

A phrase is matched as the lexicon spells it (`policies.match_text.phrase_words`: folded, leet read,
repeats collapsed), so "!!!" becomes the word "i" and ":(" becomes nothing. A phrase that spells
to nothing cannot match; one made only of everyday small words ("i", "the", "so") matches nearly
every post and would turn every first-person post into an alert.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

#: Everyday English function words: a phrase made only of these is not a phrase about anything.
STOP_WORDS = (
    "a an the i me my mine myself we us our you your he him his she her it its they them their"
    " this that these those is am are was were be been being do does did have has had will would"
    " shall should can could may might must to of in on at by for with from up down out off over"
    " into onto and or but if so as than then too very just not no yes oh ok okay im ive id ill"
    " u ur ya yo hi hey lol"
)


@cache
def _stop_words() -> frozenset[str]:
    from policies.match_text import phrase_words

    return frozenset(w for word in STOP_WORDS.split() for w in phrase_words(word))


def why_unmatchable(phrase: str) -> str | None:
    """Why `phrase` cannot be a community phrase (None: it can)."""
    from policies.match_text import phrase_words

    words = phrase_words(phrase)
    if not words:
        return "has no letters to match"
    if all(w in _stop_words() for w in words):
        spelled = " ".join(words)
        return f"is read as {spelled!r}, only everyday words that would match nearly every post"
    return None


def unmatchable(phrases: Iterable[str]) -> list[str]:
    """One `'phrase' reason` for each phrase that cannot be used."""
    found = []
    for phrase in phrases:
        reason = why_unmatchable(phrase)
        if reason:
            found.append(f"{phrase!r} {reason}")
    return found
