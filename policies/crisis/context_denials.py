"""How the context rules read a denial and what follows a hit: a "no" told as an answer or a
lie, a question asked for oneself, a crisis told as over (`context.py`'s `read_context` calls
them)."""

from __future__ import annotations

import re
from functools import lru_cache

from policies.crisis.words import (
    Words,
    sentence_before,
    word_lists,
    words_of,
)

_NOT_DENIED = frozenset(
    {
        "far",
        "so",
        "this",
        "as",
        "more",
        "closer",
        "too",
        "rule",
        "out",
        "scared",
        "afraid",
        "fear",
        "stronger",
        "worse",
        "louder",
        "easier",
        "better",
        "harder",
        "realer",
        "heavier",
    }
)
_DENIAL_REACH = 6  # words after the denial in which the writer names themself ("for me")


def _denied_as_subject(after: list[str], lists: Words) -> bool:
    """A topic word as the subject of the writer's denial: "suicide has never been on the table
    for me", "suicide isn't something I think about"; not "never far from my mind", nor a
    denial that names nobody ("suicide is not the answer", "won't happen tonight")."""
    if not after or after[0] not in lists.copulas:
        return False
    verb = after[:2] if after[0] in ("has", "is", "was", "would", "will") else after[:1]
    if not any(w in lists.negation for w in verb):
        return False
    rest = after[len(verb) : len(verb) + _DENIAL_REACH]
    return _NOT_DENIED.isdisjoint(rest) and any(w in lists.first for w in rest)


_LIE_REACH = 120  # characters after a hit in which "I said no" is told as a lie
_LIES = frozenset({"lie", "lied", "lying", "lies", "liar"})


def _answered_no(words: list[str], after: list[str], tail: str, lists: Words) -> bool:
    """A question about the writer's ideation, put by someone and answered no: "she asked if I
    wanted to die and I said no"; not "... and I said yes", no answer, or "I said no but I
    lied"."""
    lead = words[-6:]
    asked = [k for k, w in enumerate(lead) if w in lists.asked]
    if not asked or not any(w in ("if", "whether") for w in lead[asked[-1] + 1 :]):
        return False
    if "no" not in after:
        return False
    answer = after.index("no")
    return answer > 0 and after[answer - 1] in lists.answered and _LIES.isdisjoint(words_of(tail))


def _pause_after_denial(words: list[str], earlier: str, text: str, start: int, end: int) -> bool:
    """A wish for a pause right after a denial of dying: "I don't want to die, I just want to not
    be here for a while"; not a wish that names death ("I'm not suicidal, I just want to die")."""
    lists = word_lists()
    hit = words_of(text[start : min(end, start + 40)])
    opening = [*words[-2:], *hit[:3]]
    if lists.pause_leads.isdisjoint(opening):
        return False  # the cheap test first: most hits open with no "just"
    if not lists.death_words.isdisjoint(words_of(text[start:end])):
        return False
    last_sentence, _ = sentence_before(earlier, len(earlier))
    before = [*words_of(last_sentence)[-12:], *words]
    reach = lists.denied_reach
    return any(
        w in lists.negation and not lists.death_words.isdisjoint(before[k + 1 : k + 1 + reach])
        for k, w in enumerate(before)
    )


_ASKING_REACH = 80  # characters after a hit in which "asking for me" makes a question the writer's


def _asked_for_oneself(text: str, end: int, lists: Words) -> bool:
    """A question about "people" or "you" the writer says they ask for themself, right after its
    question mark ("... want to be alive? asking for me")."""
    chunk = text[end : end + _ASKING_REACH]
    question = chunk.find("?")
    if question == -1:
        return False
    after = f" {' '.join(words_of(chunk[question:])[:6])} "
    return any(marker in after for marker in lists.for_oneself)


_RECOVERY_REACH = 300  # characters after a hit in which the writer says it is over


def _left_behind(
    prefix: str, rest: list[str], earlier: str, text: str, end: int, lists: Words
) -> bool:
    """Ideation the writer tells as over: a past lead before the hit in its sentence ("I used
    to", "years ago", "I wanted to") and, after it, a recovery ("I'm in a better place now",
    "that passed"), or the ideation itself told as ended right after it ("those thoughts of
    wanting to die stopped"); with no sign of it being now or back ("last night", "it's coming
    back", "lately", "again")."""
    clause = f" {' '.join(rest)} "
    ended = _any_of(lists.ended_after)
    over = _any_of(lists.over_leads).search(prefix) is not None or (
        bool(rest)
        and (ended.match(clause) is not None or ended.match(clause, len(rest[0]) + 1) is not None)
    )  # "since I last wanted to die", "those thoughts of wanting to die stopped"
    if not over and _any_of(lists.past_leads).search(prefix) is None:
        return False  # the cheap tests first: most hits have no past lead
    recent = _any_of(lists.recent)
    if recent.search(prefix) or recent.search(clause):
        return False
    after = f" {' '.join(words_of(text[end : end + _RECOVERY_REACH]))} "
    before = f" {' '.join(words_of(earlier[-_RECOVERY_REACH:]))} "
    both = f"{after}|{before}"
    if _any_of(lists.relapse).search(both):
        return False
    return over or _any_of(lists.recovered).search(both) is not None


@lru_cache(maxsize=8)
def _any_of(spaced: tuple[str, ...]) -> re.Pattern[str]:
    """Any of these space-padded phrases, one C scan (the lists are loaded once)."""
    return re.compile("|".join(re.escape(p) for p in spaced) or "(?!)")
