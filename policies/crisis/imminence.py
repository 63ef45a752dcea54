"""Imminence: the writer's intent composed with a plan, means at hand or a time.

Also the unnamed act ("thinking about doing it"), which counts only where what "it" is can be
found nearby.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from policies.crisis.context import IDEATION
from policies.crisis.words import context_data
from policies.levels import Level, Signal
from policies.lexicon import Entry

_REFERENTS = frozenset(
    {*IDEATION, "plan", "attempt", "means", "farewell", "third_party", "community"}
)
_REFER_REACH = 600  # characters within which "doing it" finds what "it" is


def with_referents(
    signals: list[Signal], entries: list[Entry], spans: list[tuple[int, int]]
) -> tuple[list[Signal], list[Entry], list[tuple[int, int]]]:
    """Drop each unnamed act ("thinking about doing it") unless the nearest named act within
    reach is suicide: "it" is then suicide. Self-harm nearer ("I've been close to doing it",
    about cutting) or nothing at all, and the act is dropped. A supporter's words count as the
    referent too: "I'm close to doing it too" answers them."""
    if not any(e.refers for e in entries):
        return signals, entries, spans
    named = [
        (spans[k][0], signals[k].category)
        for k, e in enumerate(entries)
        if not e.refers and signals[k].category in (*_REFERENTS, "self_harm")
    ]

    def refers_to_suicide(start: int) -> bool:
        near = [(abs(at - start), category) for at, category in named]
        nearest = min(near, default=None)
        return nearest is not None and nearest[0] <= _REFER_REACH and nearest[1] != "self_harm"

    keep = [k for k, e in enumerate(entries) if not e.refers or refers_to_suicide(spans[k][0])]
    return [signals[k] for k in keep], [entries[k] for k in keep], [spans[k] for k in keep]


@cache
def _time() -> re.Pattern[str]:
    """The `[time]` section of context.toml as one pattern over folded text."""
    data = context_data()["time"]

    def alternatives(items: list[str]) -> str:
        return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))

    weekday = f"(?:{alternatives(data['weekday_leads'])}) (?:{alternatives(data['weekdays'])})"
    counts = alternatives(data["duration_counts"]) + r"|\d+"
    duration = f"in (?:{counts}) (?:{alternatives(data['duration_units'])})"
    expressions = alternatives(data["expressions"])
    return re.compile(rf"\b(?:{expressions}|{weekday}|{duration})\b")


_NEAR = 300  # characters within which intent and a plan, means or time make `imminent`
_TIME_REACH = 80  # characters around an intent signal in which a time makes it `imminent`


def _timed(folded: str, start: int, end: int) -> bool:
    """A time near the intent ("I'll do it next Monday", "finally doing it. tonight."). Near,
    not in the same sentence: a missed `imminent` costs more than a day told as news."""
    return _time().search(folded, max(0, start - _TIME_REACH), end + _TIME_REACH) is not None


def imminent(
    signals: list[Signal], entries: list[Entry], folded: str, spans: list[tuple[int, int]]
) -> list[Signal]:
    """Raise intent signals to `imminent` where a plan, means at hand or a time is near."""
    intent = [
        i
        for i, s in enumerate(signals)
        if s.context is None
        and (
            (s.level >= Level.HIGH and s.category in (*IDEATION, "plan"))
            or s.category == "farewell"
        )
    ]
    at_hand = [
        i
        for i, s in enumerate(signals)
        if s.context is None and (s.category == "plan" or entries[i].at_hand)
    ]
    raised: set[int] = set()
    starts = [spans[j][0] for j in at_hand]  # ascending, like the signals
    for i in intent:
        start, end = spans[i]
        lo, hi = bisect_left(starts, start - _NEAR), bisect_right(starts, start + _NEAR)
        near = [at_hand[k] for k in range(lo, hi) if at_hand[k] != i]
        if near:
            raised.add(i)
            raised.update(near[:8])
        if signals[i].category != "farewell" and _timed(folded, start, end):
            raised.add(i)
    return [
        replace(s, level=Level.IMMINENT) if k in raised and not entries[k].at_hand else s
        for k, s in enumerate(signals)
    ]
