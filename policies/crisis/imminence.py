"""Imminence: the writer's intent composed with a plan, means at hand or a time.

Also the unnamed act ("thinking about doing it"), which counts only where what "it" is can be
found nearby.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache, lru_cache

from policies.crisis.context import IDEATION
from policies.crisis.imminence_times import (
    _WORDS,
    _either,
    _squashed,
    _Times,
    _times,
    absence_follows,
    another_clause,
    another_clause_before,
    resolved,
    topic_verb,
)
from policies.crisis.means import UNDER_WAY, imminence_data
from policies.crisis.own_risk import NO_PLAN
from policies.crisis.words import SENTENCE_END, context_data, last_sentence_end
from policies.levels import Level, Signal
from policies.lexicon import Entry
from policies.match_text import phrase_words

_REFERENTS = frozenset(
    {*IDEATION, "plan", "attempt", "means", "farewell", "third_party", "community"}
)
_REFER_REACH = 600  # characters within which "doing it" finds what "it" is
_MEANS_REACH = 200  # characters before "taking them" in which its means must be


def with_referents(
    signals: list[Signal], entries: list[Entry], spans: list[tuple[int, int]], folded: str = ""
) -> tuple[list[Signal], list[Entry], list[tuple[int, int]]]:
    """Keep each unnamed act only where what "it" is can be found.

    The act ("thinking about doing it") counts where the nearest named act within reach is
    suicide: self-harm nearer ("I've been close to doing it", about cutting) or nothing at all,
    and it is dropped; a supporter's words count as the referent too ("I'm close to doing it
    too"). A pronoun whose referent is the means ("taking them") counts where the nearest signal
    before it is means at hand or a plan ("all my pills saved up"), told as the writer's own and
    now (not "rat poison for the mice"), and where no purpose in the pronoun's sentence makes the
    means everyday (`[referents] everyday`: "I'll use it at the range").
    """
    if not any(e.refers for e in entries):
        return signals, entries, spans
    named = [
        (spans[k][0], signals[k].category)
        for k, e in enumerate(entries)
        if not e.refers and signals[k].category in (*_REFERENTS, "self_harm")
    ]
    means = [
        spans[k]
        for k, e in enumerate(entries)
        if not e.refers
        and (e.at_hand or signals[k].category == "plan")
        # "my son keeps hiding his meds ... taking them"; "rat poison for the mice ... use it"
        and signals[k].context not in _NOT_A_REFERENT
    ]

    def refers_to_suicide(start: int) -> bool:
        near = [(abs(at - start), category) for at, category in named]
        nearest = min(near, default=None)
        return nearest is not None and nearest[0] <= _REFER_REACH and nearest[1] != "self_harm"

    def refers_to_means(start: int, end: int) -> bool:
        named = any(0 < start - at <= _MEANS_REACH for at, _ in means)
        return named and not (folded and _everyday_purpose(folded, start, end))

    def kept(k: int) -> bool:
        entry, start = entries[k], spans[k][0]
        if not entry.refers:
            return True
        if entry.category == "plan" and _of_means(entry.phrase):
            return refers_to_means(start, spans[k][1])
        if entry.category == "plan" and signals[k].context == "second_person":
            return True  # "you've set a date", told to the reader: `concern` in a post, and
            # the output gate withholds a draft that praises it
        return refers_to_suicide(start)  # "I have a plan", "the date is set"

    keep = [k for k in range(len(entries)) if kept(k)]
    return [signals[k] for k in keep], [entries[k] for k in keep], [spans[k] for k in keep]


_NOT_A_REFERENT = frozenset({"third_person", "everyday_use", "told_as_past"})


def _everyday_purpose(folded: str, start: int, end: int) -> bool:
    """The pronoun's sentence gives the means an everyday use ("I'll use it for the mice", "I plan
    to use it at the range", "take it with dinner like the nurse showed me"). Not the blockers of
    the referent's class: a medicine's ("the cat", "a day") are too common in a sentence of its
    own ("I'll take it on Sunday after I have fed the cat")."""
    lo, hi = _sentence_bounds(folded, start, end)
    if _everyday_words().search(folded, lo, hi) is not None:
        return True
    return _purpose_after(folded[end:hi])


def _purpose_after(rest: str) -> bool:
    """The pronoun's clause goes on, past any time ("I'll use it | tomorrow | to pull the
    trailer", "gonna use it sunday | on the grass", "take it tonight | like he said"), with what
    it is for: an everyday use. "use it on saturday", "take it all tonight" end with the time."""
    data = imminence_data()["referents"]
    clause = _squashed(re.split(r"[,;:]| and | but | so ", rest, maxsplit=1)[0])
    times = _times()
    cover_end = False
    while found := times.time.match(clause):
        cover_end = found.group().split()[-1:] in ([w] for w in data["cover_ends"])
        clause = " " + clause[found.end() :].lstrip()
    if cover_end and clause.split()[:1] in (["for"], ["to"]):
        return False  # "once my wife leaves | for her sister's"
    for tail in data["time_tails"]:  # "when my husband leaves | for work"
        if clause.startswith(f" {tail} "):
            clause = clause[len(tail) + 1 :]
    words = clause.split()
    while words and words[0] in data["time_words"]:
        words = words[1:]
    told = " ".join(words) + " "
    if any(told.startswith(w + " ") for w in data["own_use"]):
        return False  # "use it on myself", "take it to end it"
    return any(told.startswith(w + " ") for w in data["purpose_leads"])


@cache
def _everyday_words() -> re.Pattern[str]:
    words = imminence_data()["referents"]["everyday"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@lru_cache(maxsize=1024)
def _of_means(phrase: str) -> bool:
    """A plan told by a verb of taking and a pronoun ("taking them", "swallow all of it"): its
    referent is the means, after a lead too ("I'm going to use it", "I plan to take it"); any
    other unnamed plan ("I have a plan") refers to the act."""
    verbs = imminence_data()["referents"]["means_verbs"]
    return any(word in verbs for word in phrase.split())


_NEAR = 300  # characters within which intent and a plan or means at hand make `imminent`
_CLAUSE_REACH = 80  # characters of its own sentence around the intent in which a time counts
_AROUND = 2 * _CLAUSE_REACH + 40  # characters around the intent that hold any time it has
_RECENT_REACH = 80  # characters before an attempt in which "right now" tells it as now


def _sentence_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding [start, end) begins and ends."""
    before = last_sentence_end(folded, max(0, start - 400), start)
    after = SENTENCE_END.search(folded, end)
    return (before[1] if before else max(0, start - 400)), (after.start() if after else len(folded))


def _a_time(squashed: str, times: _Times, pattern: re.Pattern[str] | None = None) -> bool:
    """A time that says when, not what the clause is about ("today was awful", "this week is
    exhausting")."""
    for found in (pattern or times.time).finditer(squashed):
        before = squashed[: found.start()].split()[-1:]
        if before and before[0] in times.denials:
            continue  # "not today"
        if times.noticing.match(squashed, found.end()):
            continue  # "today I realised I want to die"
        following = squashed[found.end() :].split()[:1]
        if not following or not (following[0] in times.topic_after or topic_verb(following[0])):
            return True
        if times.is_the.match(squashed, found.end()):  # "tomorrow is the day"
            return True
    return False


def time_follows(folded: str, end: int) -> bool:
    """A time right after `end` ("end my life | on friday", "kill myself | at 3am"): a word that
    would make a phrase everyday ("end it on a high note") does not when it opens a time."""
    return _times().time.match(_squashed(folded[end : end + 60])) is not None


def _only_a_time(text: str, times: _Times) -> bool:
    """`text` is a time and nothing else ("two more days | and i'm killing myself")."""
    squashed = _squashed(text)
    found = times.time.match(squashed)
    return found is not None and not squashed[found.end() :].strip()


def _neighbour_counts(sentence: str, times: _Times) -> bool:
    """A neighbouring sentence with a time counts when it is a fragment ("Tonight.") or it names
    the act ("I'll do it tomorrow"), not when it tells something else ("Work is hard today")."""
    squashed = _squashed(sentence)
    if times.cover.search(squashed) is not None:  # "I'm waiting for everyone to fall asleep."
        return True
    if times.act.search(squashed) is not None:  # "Tomorrow is the day."
        return times.time.search(squashed) is not None
    words = squashed.split()
    if len(words) > times.fragment_words:
        return False
    rest = [w for w in words if w not in times.fillers]
    if len(rest) == 1 and rest[0] in times.weekdays:  # "Thursday." beside the intent
        return True
    if not _a_time(squashed, times):
        return False
    rest = times.time.sub(" ", squashed).split()  # "Tonight then." but not "Work tomorrow."
    # "soon, ideally.", "friday at 6."
    return all(w in times.fillers or w.endswith("ly") or w.isdigit() for w in rest)


@lru_cache(maxsize=8192)
def _told_as_past(phrase: str) -> bool:
    """Ideation told in the past ("wanted to die") takes no time."""
    return any(w in _times().past for w in phrase_words(phrase)[:2])


def _past_lead_before(folded: str, start: int) -> bool:
    """A past lead just before the phrase ("I wanted to | kill myself"): told in the past too."""
    past_before = context_data()["time"]["past_before"]
    return any(w in past_before for w in _WORDS.findall(folded[max(0, start - 20) : start])[-2:])


@cache
def _wishes() -> re.Pattern[str]:
    return re.compile(rf" (?:{_either(imminence_data()['time']['wishes'])})\b")


def _a_wish(folded: str, start: int, end: int) -> bool:
    """Ideation told as a wish takes no time: "I don't want to wake up tomorrow", "I hope I die
    tonight" are no plan; "before my parents wake up I'm going to" is."""
    words = _WORDS.findall(folded[max(0, start - 40) : start])
    if not _wish_verbs().isdisjoint(words[-3:]):
        return True
    if " part of me " in f" {' '.join(words[-6:])} ":
        return True  # "part of me wants to kill myself tonight": a wish in part
    return _wishes().search(_squashed(folded[start:end])) is not None


@cache
def _wish_verbs() -> frozenset[str]:
    return frozenset(imminence_data()["time"]["wish_verbs"])


def _death_told_ahead(phrase: str, folded: str, start: int, end: int) -> bool:
    """The writer's own death told with a time right after or before it ("I'll be dead by
    friday", "by sunrise I'll be dead"): the intent told as its outcome. Not under a condition
    in its sentence ("if mum sees this grade I'll be dead by friday"), a joke ("lol") or an age
    ("by 30")."""
    data = imminence_data()["time"]
    if phrase not in data["deaths_ahead"]:
        return False
    lo, hi = _sentence_bounds(folded, start, end)
    if not (time_follows(folded, end) or _time_just_before(folded, max(lo, start - 60), start)):
        return False  # "by friday I'll be dead", "this time next week I'll be dead"
    return set(_WORDS.findall(folded[lo:hi])).isdisjoint(data["conditions"])


def _time_just_before(folded: str, lo: int, start: int) -> bool:
    """A time ending right before `start` ("by friday | I'll be dead")."""
    lead = _squashed(folded[lo:start])
    return any(m.end() >= len(lead) - 1 for m in _times().time.finditer(lead))


def _timeless(text: str) -> bool:
    """No anchor word of any time and no number: `text` cannot hold a time."""
    words = set(_WORDS.findall(text))
    return words.isdisjoint(_times().anchors) and not any(w[0].isdigit() for w in words)


def _timed(folded: str, start: int, end: int) -> bool:
    """A time in the intent's own sentence ("I'll do it next Monday", "kill myself friday") or in
    a neighbouring fragment that carries it ("I'm going to kill myself. Tonight.")."""
    times = _times()
    lo, hi = _sentence_bounds(folded, start, end)
    left = folded[max(lo, start - _CLAUSE_REACH) : start]
    right = folded[end : min(hi, end + _CLAUSE_REACH)]
    ahead = left + folded[start : start + 4]  # "and I want": the clause's new subject
    cuts = [
        m
        for pattern in (times.clause_break, times.new_clause)
        for m in pattern.finditer(ahead)
        if m.end() <= len(left) and not _only_a_time(left[: m.start()], times)
    ]
    cuts.sort(key=lambda m: m.end())
    left = left[cuts[-1].end() :] if cuts else left
    left = left[another_clause_before(left) :]  # "last day at work today, i want to die"
    cut = times.clause_break.search(right)
    right = right[: cut.start()] if cut else right
    other = another_clause(right)  # "i want to die, this week my dog died"
    right = right[:other] if other is not None else right
    clause = _squashed(left + " " + folded[start:end] + right)
    if times.habits.search(_squashed(left + " | " + right)) is not None:
        return False  # "at 3am every night I lie awake wanting to die", "one of these days"
    lead = " ".join(_WORDS.findall(folded[max(0, start - 30) : start])[-3:])
    told_ahead = times.ahead.search(_squashed(f"{lead} {folded[start:end]}")) is not None
    if _a_time(clause, times, times.time_ahead if told_ahead else times.time):
        return True  # "after the recital I'm going to kill myself", not "I want to die after"
    if times.weekday_next.match(folded, end, hi):
        return True
    prev, nxt = _neighbours(folded, lo, hi, _CLAUSE_REACH)
    return _neighbour_counts(nxt, times) or _neighbour_counts(prev, times)


@lru_cache(maxsize=256)
def _neighbours(folded: str, lo: int, hi: int, reach: int) -> tuple[str, str]:
    """The sentences before and after the one in [lo, hi) (at most `reach` characters when
    it does not end)."""
    stop = SENTENCE_END.match(folded, hi)
    after = SENTENCE_END.search(folded, stop.end()) if stop else None
    nxt = folded[stop.end() : after.start() if after else stop.end() + reach] if stop else ""
    earlier = [m for m in SENTENCE_END.finditer(folded, max(0, lo - reach), lo)]
    prev = (
        folded[earlier[-2].end() if len(earlier) > 1 else max(0, lo - reach) : earlier[-1].start()]
        if earlier
        else ""
    )
    return prev, nxt


_RESOLVE_REACH = 150  # characters of the sentences before and after the intent read for a decision


def _resolved(folded: str, start: int, end: int) -> bool:
    """A decision or arrangements made in the intent's own sentence or the one before or after
    it ("I've decided. I'm going to kill myself", "I wrote the note last night. I want to die"):
    the writer's intent is a plan."""
    lo, hi = _sentence_bounds(folded, start, end)
    prev, nxt = _neighbours(folded, lo, hi, _RESOLVE_REACH)
    # the intent itself read as a stop: a decision told bare ends at it ("I've decided to | ...")
    before = folded[max(lo, start - _RESOLVE_REACH) : start]
    own = f"{before}.{folded[end : min(hi, end + _RESOLVE_REACH)]}"
    return any(resolved(part) for part in (own, prev, nxt) if part)


def _told_as_now(folded: str, start: int, end: int) -> bool:
    """An attempt told as happening now: "right now ... I drank 10 pills", "I currently just
    took", "took them all just now"; not "I just told my therapist I attempted years ago"."""
    times = _times()
    lo, hi = _sentence_bounds(folded, start, end)
    lead = _squashed(folded[max(lo, start - _RECENT_REACH) : start])
    close = " ".join(lead.split()[-3:])
    far = times.recent_before.search(lead)
    if far is not None and (far.group() != "just" or times.recent_before.search(f" {close} ")):
        return True
    if times.recent_after.search(_squashed(folded[end : min(hi, end + 40)])) is not None:
        return True
    stop = SENTENCE_END.match(folded, hi)
    after = SENTENCE_END.search(folded, stop.end()) if stop else None
    rest = folded[end : after.start() if after else hi + _RECENT_REACH]
    return times.effects.search(_squashed(rest)) is not None  # "it's starting to hit"


def _same_words(i: int, k: int, entries: list[Entry], spans: list[tuple[int, int]]) -> bool:
    """A means class read over a lexicon hit's words ("the noose is ready" as a noose prepared
    and as means at hand): one reading of the same words, which cannot pair with itself."""
    overlap = spans[i][0] < spans[k][1] and spans[k][0] < spans[i][1]
    return overlap and "means_class" in (entries[i].source, entries[k].source)


_FAREWELL_REACH = 200  # characters, and one sentence end at most, from a farewell to its intent


@cache
def _weak_farewells() -> frozenset[str]:
    return frozenset(imminence_data()["time"]["weak_farewells"])


@cache
def _farewell_wishes() -> frozenset[str]:
    return frozenset(imminence_data()["time"]["farewell_wishes"])


def _with_finality_or_intent(
    i: int, signals: list[Signal], entries: list[Entry], folded: str, spans: list[tuple[int, int]]
) -> bool:
    """A farewell with finality or the writer's intent in its own or the next sentence ("I won't
    be here tomorrow. I'm done"); not an everyday goodbye ("goodbye everyone, I'm leaving this
    sub for a while")."""
    start, end = spans[i]
    if entries[i].phrase in _weak_farewells():
        following = _WORDS.findall(folded[end : end + 20])[:1]
        if not following or following[0] not in imminence_data()["time"]["farewell_nouns"]:
            return False  # "goodbye" alone, not "my goodbye post"
    lead = _WORDS.findall(folded[max(0, start - 30) : start])[-4:]
    if not _farewell_wishes().isdisjoint(lead):
        return False  # "I wish it was my last message"
    if absence_follows(folded[end : end + 60]):
        return True  # "by the time you read this I'll be gone"
    for k, other in enumerate(signals):
        if k == i or other.context is not None:
            continue
        companion = other.category == "finality" or (
            other.level >= Level.HIGH and other.category in (*IDEATION, "plan")
        )
        if not companion:
            continue
        lo, hi = (end, spans[k][0]) if spans[k][0] >= end else (spans[k][1], start)
        if hi - lo <= _FAREWELL_REACH and len(SENTENCE_END.findall(folded, lo, hi)) <= 1:
            return True
    return False


def imminent(
    signals: list[Signal], entries: list[Entry], folded: str, spans: list[tuple[int, int]]
) -> list[Signal]:
    """Raise the writer's intent to `imminent` where a plan or means at hand is near, or a time
    is in its own sentence; and an attempt told as happening now.

    Intent is ideation or a plan at `high`, or a farewell; ambiguous finality ("I'm ready to go",
    "this is it") counts as intent only beside a plan or means at hand, which say what it means.
    """
    raised: set[int] = set()
    at_hand = [
        i
        for i, s in enumerate(signals)
        if s.context is None and (s.category == "plan" or entries[i].at_hand)
    ]
    starts = [spans[j][0] for j in at_hand]  # ascending, like the signals
    for i, signal in enumerate(signals):
        if signal.context is not None:
            continue
        start, end = spans[i]
        category = signal.category
        if category == "attempt" and signal.level >= Level.HIGH:
            if entries[i].source == UNDER_WAY or _told_as_now(folded, start, end):
                raised.add(i)
            continue
        intent = (signal.level >= Level.HIGH and category in (*IDEATION, "plan")) or (
            category == "farewell"
        )
        if category == "finality" and _death_told_ahead(entries[i].phrase, folded, start, end):
            raised.add(i)  # "I'll be dead by friday"
            continue
        if not intent and category != "finality":
            continue
        lo, hi = bisect_left(starts, start - _NEAR), bisect_right(starts, start + _NEAR)
        near = [  # not itself, nor a hit over the same words ("noose is ready", two readings)
            at_hand[k]
            for k in range(lo, hi)
            if at_hand[k] != i and not _same_words(i, at_hand[k], entries, spans)
        ]
        past = intent and (_told_as_past(entries[i].phrase) or _past_lead_before(folded, start))
        if entries[i].source == NO_PLAN:  # "if a car hit me tomorrow I'd be relieved"
            past = True  # the time is the supposition's, not a plan's
        if near and not past:  # "I wanted to die" beside a bridge is no means at hand now
            raised.add(i)
            raised.update(near[:8])
        if category == "farewell" and _with_finality_or_intent(i, signals, entries, folded, spans):
            raised.add(i)
        if not intent or category == "farewell" or past or _a_wish(folded, start, end):
            continue
        around = folded[max(0, start - _AROUND) : end + _AROUND]
        if not _timeless(around) and _timed(folded, start, end):
            raised.add(i)
        elif category in IDEATION and _resolved(folded, start, end):
            raised.add(i)  # a plan's own words ("wrote my note") are no second plan
    return [
        replace(s, level=Level.IMMINENT) if k in raised and not entries[k].at_hand else s
        for k, s in enumerate(signals)
    ]
