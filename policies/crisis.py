"""The crisis-language gate: lexicon hits, read in context, become a `Screening`.

Levels follow design.md "Crisis levels". A lexicon hit carries a level; the clause around it can
lower it (negation, another person, a hypothetical, a quotation), never below `concern`, and a
described attempt or plan stays at `high` or above whatever the tense. `imminent` needs suicidal
intent together with a plan, means at hand or a time, close together in the text.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from policies.levels import Level, Screening, Signal
from policies.lexicon import (
    Entry,
    Lexicon,
    Match,
    context_file,
    load_builtin,
    match_text,
    phrase_words,
)
from policies.normalize import fold

_log = logging.getLogger(__name__)

METHOD_CATEGORIES: frozenset[str] = frozenset({"plan", "means"})
"""Categories a DRAFT must never contain (how-to content about methods, plans, means)."""

CATEGORIES: frozenset[str] = frozenset(
    {
        "active_ideation",
        "passive_ideation",
        "plan",
        "means",
        "attempt",
        "farewell",
        "self_harm",
        "hopelessness",
        "burden",
        "entrapment",
        "third_party",
        "harassment",
        "finality",
        "other_suicidal_language",
        "community",
        "gate_error",
    }
)

# --- context rules: word lists over folded (lower-case) text -------------------------------------


@dataclass(frozen=True)
class _Words:
    """The context rules' word lists (policies/lexicon/context.toml)."""

    first: frozenset[str]
    second: frozenset[str]
    third: frozenset[str]
    negation: frozenset[str]
    hypothetical: frozenset[str]
    auxiliary: frozenset[str]
    reasons: tuple[str, ...]
    interjections: frozenset[str]


@cache
def _words() -> _Words:
    data = tomllib.loads(context_file().decode("utf-8"))
    person, modality = data["person"], data["modality"]
    return _Words(
        first=frozenset(person["first"]),
        second=frozenset(person["second"]),
        third=frozenset(person["third"]),
        negation=frozenset(modality["negation"]),
        hypothetical=frozenset(modality["hypothetical"]),
        auxiliary=frozenset(modality["auxiliary"]),
        reasons=tuple(modality["not_negation"]),
        interjections=frozenset(modality["interjections"]),
    )


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?\n;]+")
_NEXT_WORD = re.compile(r"[\W_]{0,3}?([^\W\d_]+)")
_IDEATION = frozenset({"active_ideation", "passive_ideation", "other_suicidal_language"})

# How far the rules look for the clause's subject before a hit, in words; a topic word ("suicide")
# counts as the writer's own only with a first person this close.
_LOOKBACK_WORDS = 20
_TOPIC_REACH = 10


@dataclass(frozen=True)
class _Reading:
    """What the words around a hit say: whose it is, how near that word is, and any modality."""

    person: str  # "first", "second", "third" or "none"
    distance: int  # words between the person word and the hit (0 when none)
    context: str | None
    claim: bool = False  # the hit is what the writer takes a stance on ("I oppose suicide")


def _sentence_before(text: str, start: int, reach: int = 400) -> tuple[str, str]:
    """(the sentence before `start`, the text before that sentence), both bounded."""
    lo = max(0, start - reach)
    chunk = text[lo:start]
    ends = list(_SENTENCE_END.finditer(chunk))
    if not ends:
        return chunk, ""
    return chunk[ends[-1].end() :], chunk[: ends[-1].start()]


def _sentence_after(text: str, end: int, reach: int = 200) -> str:
    chunk = text[end : end + reach]
    stop = _SENTENCE_END.search(chunk)
    return chunk[: stop.start()] if stop else chunk


def _quoted(text: str, start: int, end: int) -> bool:
    """Enclosed in quotation marks nearby (an opening mark before, a closing one after, both in
    the same paragraph), or on a Reddit quote line (`> ...`)."""
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1
    if text[line_start:start].lstrip().startswith(">"):
        return True
    before = text[max(line_start, start - 300) : start]
    line_end = text.find("\n", end, end + 300)
    after = text[end : line_end if line_end != -1 else end + 300]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    return before.count("“") > before.count("”") and "”" in after


_SUBJECT_I = frozenset({"i", "im", "ive", "id", "ill"})
_SPEAKER_REACH = 8  # words between the writer's "I" and the opening quotation mark


def _own_quote(text: str, start: int, end: int) -> bool:
    """A quotation the writer voices as their own: `I'm like "I want to die"`, `I googled "how
    to kill myself"`, `does anyone else search "how to ..."`. The clause before the opening mark
    has the writer's "I" as its subject and nobody else (a "she", a "you", a relative "that"), so
    the words are the writer's own thought.
    """
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1
    if text[line_start:start].lstrip().startswith(">"):
        return False
    before = text[max(line_start, start - 300) : start]
    opening = max(before.rfind('"'), before.rfind("“"))
    if opening == -1:
        return False
    lead, _ = _sentence_before(before, opening)
    words = _words_of(lead)[-_SPEAKER_REACH:]
    lists = _words()
    others = lists.second | lists.third | {"that", "who", "which", "whom", "whose"}
    # "does anyone else search things like ..." asks about the writer (see `_person_of`)
    words = [
        "i" if w in ("anyone", "anybody") and words[k + 1 : k + 2] == ["else"] else w
        for k, w in enumerate(words)
    ]
    return any(w in _SUBJECT_I for w in words) and not any(w in others for w in words)


def _words_of(text: str) -> list[str]:
    """Lower-case words without apostrophes ("don’t" and "don't" are both "dont")."""
    return [w.replace("'", "") for w in _WORD.findall(text.replace("’", "'"))]


def _person_of(words: list[str], lists: _Words) -> tuple[str, int]:
    """The nearest person word scanning back from a hit: (person, words between).

    "anyone else" is how forum writers ask about themselves ("does anyone else want to die?").
    """
    for distance, word in enumerate(reversed(words)):
        index = len(words) - 1 - distance
        if (
            word in _SUBJECT_I
            and words[index - 1 : index]
            and words[index - 1] in lists.third
            and words[index + 1 : index + 2]
            and words[index + 1] in _ACQUAINTED
        ):
            continue  # "someone I know talks about suicide": the "I" of a relative clause
        for person, members in (("first", lists.first), ("second", lists.second)):
            if word in members:
                return person, distance
        if word in lists.third:
            if word in ("anyone", "anybody") and words[index + 1 : index + 2] == ["else"]:
                return "first", distance
            if word in _LISTENERS and words[index - 1 : index] in (["to"], ["with"]):
                continue  # "I need to talk to someone about suicide": who listens, not who
            if words[index + 1 : index + 3] in (["who", "also"], ["that", "also"]):
                return "first", distance  # "other people who also want to die": the writer too
            return "third", distance
    return "none", 0


_LISTENERS = frozenset({"someone", "somebody", "anyone", "anybody"})
_ACQUAINTED = frozenset(
    {"know", "knew", "love", "loved", "met", "care", "cared", "work", "worked", "grew", "went",
     "dated", "date", "trust", "trusted", "used", "live", "lived"}
)  # fmt: skip

# Lead-ins after which "you" is the generic you of the writer's own experience: "I've been there
# where you want to die", "I know the feeling when you just want to die".
_OWN_EXPERIENCE = (
    " been there ",
    " been in that place ",
    " been at that point ",
    " know how it feels ",
    " know what it feels like ",
    " know what its like ",
    " know the feeling ",
)


def _generic_you(words: list[str], distance: int) -> bool:
    """The "you" `distance` words before a hit comes right after a first-person lead-in of
    experience (with at most "where" or "when" between)."""
    lead = words[: len(words) - 1 - distance][-8:]
    text = f" {' '.join(lead)} "
    return any(w in _SUBJECT_I for w in lead) and any(
        text.endswith(f"{m}{link}") for m in _OWN_EXPERIENCE for link in ("", "where ", "when ")
    )


# A topic word the writer takes a stance on is discussed, not owned: "I oppose suicide", "my view
# on suicide". (A claim is not enough: "suicide has never looked so good" is the writer's own.)
# After a topic word, a verb and a first person make it the writer's: "suicide is on my mind".
_COPULAS = frozenset(
    {"is", "isnt", "was", "wasnt", "are", "arent", "can", "cant", "should", "shouldnt", "never",
     "always", "does", "doesnt", "will", "wont", "would", "wouldnt", "has", "hasnt", "seems",
     "looks", "sounds", "feels", "keeps"}
)  # fmt: skip
_STANCES = (
    "oppose", "opposed to", "against", "support", "view on", "views on", "opinion on",
    "opinions on", "stance on", "debate on", "debate about", "essay on", "essay about",
    "article on", "article about", "research on", "paper on", "lecture on", "talk on",
)  # fmt: skip

# After "never ... so / this / as", a comparison, not a denial: "never wanted to die so badly".
_DEGREE = frozenset({"much", "badly", "bad", "strongly", "often", "intensely", "desperately"})

_THEY = frozenset({"they", "theyre", "them", "themselves", "themself"})


def _anyone_else_they(words: list[str], distance: int) -> bool:
    """The "they" `distance` words before a hit points back to "anyone else" in the same sentence:
    "does anyone else feel like they want to die?" asks about the writer (see `_person_of`)."""
    index = len(words) - 1 - distance
    if words[index] not in _THEY:
        return False
    lead, third = words[:index], _words().third
    for k in range(len(lead) - 2, -1, -1):
        if lead[k] in ("anyone", "anybody") and lead[k + 1] == "else":
            # nobody else between: "anyone else have a friend who says they ..." is the friend
            between = lead[k + 2 :]
            return not any(w in third or w in ("who", "that") for w in between)
    return False


_PLEA = frozenset({"please", "pls", "plz", "help"})
_ADDRESSEES = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})


def _subject_of(words: list[str], lists: _Words) -> str:
    """The first person word of a sentence: who an earlier sentence was about.

    "Someone please help me ..." addresses the readers: the plea's "someone" is no subject.
    """
    for k, word in enumerate(words):
        if word in _ADDRESSEES and words[k + 1 : k + 2] and words[k + 1] in _PLEA:
            continue
        if word in lists.first:
            return "first"
        if word in lists.second:
            return "second"
        if word in lists.third:
            return "third"
    return "none"


def _negated(words: list[str], lists: _Words) -> bool:
    """A negation attached to the hit: only auxiliaries between them ("not going to").

    A negated condition denies nothing: "if I don't end my life" is no denial.
    """
    content = 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in lists.negation:
            before = words[max(0, index - 2) : index]
            return not any(w in ("if", "unless") for w in before)
        if word in lists.first or word in lists.second or word in lists.third:
            return False
        if word not in lists.auxiliary:
            content += 1
            if content > 0:
                return False
    return False


@lru_cache(maxsize=8192)
def _own_person(phrase: str) -> str:
    """The person a phrase names itself ("kill myself": first), or "none"."""
    lists = _words()
    for word in phrase_words(phrase):
        for person, members in (
            ("first", lists.first),
            ("second", lists.second),
            ("third", lists.third),
        ):
            if word in members:
                return person
    return "none"


def _read_context(text: str, start: int, end: int, own: str) -> _Reading:
    """Who the sentence around a hit is about, and whether it negates or supposes.

    `own` is the person the phrase itself names ("kill myself"); it wins over the words around.
    """
    lists = _words()
    sentence, earlier = _sentence_before(text, start)
    words = _words_of(sentence)[-_LOOKBACK_WORDS:]
    after = _words_of(_sentence_after(text, end))[:8]
    person, distance = (own, 0) if own != "none" else _person_of(words, lists)
    if own == "none" and (
        (person == "second" and _generic_you(words, distance))
        or (person == "third" and _anyone_else_they(words, distance))
    ):
        person = "first"  # "I've been there where you ...", "anyone else feel like they ..."
    if person == "none":
        if after[:1] and after[0] in ("myself", "me"):
            person = "first"
        elif after[:1] and after[0] in _COPULAS and any(w in lists.first for w in after[1:]):
            person = "first"  # "Suicide is on my mind", "suicide is all I think about"
        else:
            last_sentence, _ = _sentence_before(earlier, len(earlier))
            person = _subject_of(_words_of(last_sentence), lists)
    if (
        own == "none"
        and len(after) >= 2
        and after[0] in ("of", "by")
        and (
            after[1] in lists.third
            or (after[1] in ("my", "a", "his", "her") and after[2:3] and after[2] in lists.third)
        )
    ):
        person = "third"  # "the attempted suicide of my sister"
    prefix = f" {' '.join(words)} "
    negated = _negated(words, lists)
    if negated and (
        any(r in prefix for r in lists.reasons)
        or (after[:1] and after[0] in ("yet", "because", "cause", "cuz", "bc", "only"))
        or (words[-1:] and words[-1] in ("this", "so", "that"))
        or (after[:1] == ["more"] and after[1:2] in ([], ["than"], ["now"], ["in"], ["ever"]))
        or (after[:1] and after[0] in ("so", "this", "as") and after[1:2] and after[1] in _DEGREE)
    ):
        # "the only reason I haven't killed myself yet", "I didn't kill myself because of my son",
        # "never been this suicidal", "never wanted to die more / so badly": denials that tell
        # of the wish
        negated = False
    hypothetical = any(w in lists.hypothetical for w in words) or " what if " in prefix
    context: str | None = None
    if _quoted(text, start, end) and not _own_quote(text, start, end):
        context = "quoted"
    elif person == "second":
        supportive = negated or "please" in words
        context = "supportive" if supportive else None if own == "second" else "second_person"
    elif person == "third":
        context = None if own == "third" else "third_person"
    elif negated:
        context = "negated"
    elif hypothetical:
        context = "hypothetical"
    claim = any(f" {marker} " in prefix[-40:] for marker in _STANCES)
    return _Reading(person, distance, context, claim)


def _level_in_context(entry: Entry, reading: _Reading) -> tuple[Level, str | None]:
    """The entry's level after context: lowered to `concern` at most, never below."""
    if entry.level <= Level.CONCERN:
        return Level.CONCERN, reading.context
    context = reading.context
    if context is not None:
        return Level.CONCERN, context
    implicit = reading.person == "none" and entry.phrase == "suicidal"  # "Suicidal again."
    owned = reading.person == "first" and reading.distance <= _TOPIC_REACH
    if entry.topic and not (owned or implicit):
        return Level.CONCERN, "no_first_person"
    if entry.topic and reading.claim:
        return Level.CONCERN, "about_the_topic"
    return entry.level, None


_REFERENTS = frozenset(
    {*_IDEATION, "plan", "attempt", "means", "farewell", "third_party", "community"}
)
_REFER_REACH = 600  # characters within which "doing it" finds what "it" is


def _with_referents(
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


_TIME = re.compile(
    r"\b(?:tonight|today|tomorrow|right now|this (?:evening|weekend|week)|in (?:an|a few|\d+) "
    r"(?:hours?|minutes?|mins?|days?)|(?:on|next|this|by) (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|next week|this month|tmrw|tmr|"
    r"when everyone(?:'s| is) asleep)\b"
)
_NEAR = 300  # characters within which intent and a plan, means or time make `imminent`
_TIME_REACH = 80  # characters around an intent signal in which a time makes it `imminent`


def _timed(folded: str, start: int, end: int) -> bool:
    """A time near the intent ("I'll do it next Monday", "finally doing it. tonight."). Near,
    not in the same sentence: a missed `imminent` costs more than a day told as news."""
    return _TIME.search(folded, max(0, start - _TIME_REACH), end + _TIME_REACH) is not None


def _imminent(
    signals: list[Signal], entries: list[Entry], folded: str, spans: list[tuple[int, int]]
) -> list[Signal]:
    """Raise intent signals to `imminent` where a plan, means at hand or a time is near."""
    intent = [
        i
        for i, s in enumerate(signals)
        if s.context is None
        and (
            (s.level >= Level.HIGH and s.category in (*_IDEATION, "plan"))
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


# --- counted overdoses -------------------------------------------------------------------------
# "I took 52 pills", "swallowed like 30 of my sertraline": an attempt told with a count. The
# lexicon matcher reads digits as letters, so this is a rule of its own over the folded text: a
# past-tense verb of taking, a few hedge words, a count of at least `_OVERDOSE_COUNT` (an ordinary
# dose is one to a few pills), a few modifiers and a pill or a common drug; the writer's "I" as
# the subject. A habitual count ("10 pills a day") is a regimen, not an attempt.

_OVERDOSE_VERB = re.compile(
    r"\b(?:took|taken|swallowed|downed|popped|ate|drank|chugged|ingested|overdosed on|od'?d on)\b"
)
_OVERDOSE_TOKEN = re.compile(r"\d[\d.,]*|[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_OVERDOSE_COUNT = 10
_OVERDOSE_REACH = 90  # characters after the verb in which the count and the pills must follow
_HEDGES = frozenset(
    {"like", "about", "around", "over", "almost", "nearly", "maybe", "roughly", "approximately",
     "approx", "at", "least", "more", "than", "probably", "some", "another", "all", "up", "to",
     "somewhere", "between", "and", "or", "of", "them", "once", "a"}
)  # fmt: skip
_COUNT_WORDS = frozenset(
    {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
     "ninety", "hundred", "dozen", "dozens", "hundreds"}
)  # fmt: skip
_PILL_MODIFIERS = frozenset(
    {"or", "so", "ish", "random", "more", "extra", "sleeping", "pain", "of", "my", "her", "his",
     "the", "those", "these", "different", "prescription", "prescribed", "allergy",
     "anxiety", "otc", "whole", "full", "entire", "little", "white", "blue", "strong",
     "leftover", "old", "mom", "moms", "dad", "dads", "s", "to", "over", "counter"}
)  # fmt: skip
_PILLS = frozenset(
    {"pills", "pill", "tablets", "tablet", "tabs", "capsules", "caps", "meds", "medications",
     "painkillers", "killers", "antidepressants", "sleepingpills", "tylenol", "paracetamol",
     "acetaminophen", "ibuprofen", "advil", "aleve", "motrin", "aspirin", "panadol", "benadryl",
     "diphenhydramine", "xanax", "valium", "klonopin", "ativan", "benzos", "zoloft", "sertraline",
     "prozac", "fluoxetine", "lexapro", "citalopram", "escitalopram", "wellbutrin", "seroquel",
     "quetiapine", "trazodone", "ambien", "melatonin", "nyquil", "unisom", "lithium", "percocet",
     "vicodin", "oxycodone", "oxy", "tramadol", "gabapentin", "lamictal", "lamotrigine", "effexor",
     "venlafaxine", "amitriptyline", "propranolol", "clonazepam", "lorazepam", "diazepam",
     "alprazolam", "sleeping"}
)  # fmt: skip
_REGIMEN = frozenset({"per", "every", "each", "daily", "twice", "weekly", "nightly", "a"})
_OVERDOSE_ENTRY = Entry("took a counted overdose", "attempt", Level.HIGH, source="counted_overdose")


def _count(token: str) -> int:
    """The number a count token says (0 when it is none, or a decimal/thousands like 10,400)."""
    if token in _COUNT_WORDS:
        return 100 if token.startswith(("hundred", "dozens")) else 12 if token == "dozen" else 10
    digits = token.rstrip(".,")
    return int(digits) if digits.isdigit() and len(digits) <= 4 else 0


def _counted_pills_end(folded: str, verb_end: int) -> int | None:
    """Where the pills of a counted overdose end, after a taking verb; None when no count
    of pills (at least `_OVERDOSE_COUNT`) follows, or it is a regimen."""
    chunk = folded[verb_end : verb_end + _OVERDOSE_REACH]
    stop = _SENTENCE_END.search(chunk)
    tokens = list(_OVERDOSE_TOKEN.finditer(chunk[: stop.start()] if stop else chunk))
    k = 0
    while k < len(tokens) and k < 5 and tokens[k].group() in _HEDGES:
        k += 1
    if k >= len(tokens) or _count(tokens[k].group()) < _OVERDOSE_COUNT:
        return None
    k += 1
    for _ in range(8):  # "120 to 150 over the counter pain killers"
        if k >= len(tokens):
            return None
        word = tokens[k].group()
        if word in _PILLS:
            rest = [t.group() for t in tokens[k + 1 : k + 3]]
            if word == "sleeping" and rest[:1] in (["pills"], ["tablets"]):
                k += 1
                rest = rest[1:]
            regimen = rest[:1] and rest[0] in _REGIMEN and (rest[0] != "a" or rest[1:2] in
                      (["day"], ["week"], ["night"], ["month"]))  # fmt: skip
            return None if regimen else verb_end + tokens[k].end()
        if word not in _PILL_MODIFIERS and _count(word) == 0:
            return None
        k += 1
    return None


def _counted_overdoses(folded: str) -> list[tuple[int, int]]:
    """Spans (folded offsets) of counted overdoses with a subject: the writer's "I" (or their
    own pills), or another person, whom the context rules then read as for any signal."""
    # Cheap C-speed checks first: most posts have no verb of taking, or no count at all.
    if _OVERDOSE_VERB.search(folded) is None:
        return []
    if _DIGIT.search(folded) is None and not any(w in folded for w in _COUNT_WORDS):
        return []
    lists = _words()
    found: list[tuple[int, int]] = []
    for verb in _OVERDOSE_VERB.finditer(folded):
        end = _counted_pills_end(folded, verb.end())
        if end is None:
            continue
        sentence, _ = _sentence_before(folded, verb.start(), reach=200)
        words = _words_of(sentence)[-_LOOKBACK_WORDS:]
        person, distance = _person_of(words, lists)
        if person == "none":
            # "Swallowed 30 of my sertraline": the pills are the writer's own
            owned = "my" in _words_of(folded[verb.end() : end])
        else:
            # "she took 40 pills" is found (and lowered as another's); "my dog ate 30" is not
            owned = person != "first" or words[len(words) - 1 - distance] in _SUBJECT_I
        if owned:
            found.append((verb.start(), end))
    return found


# --- the gate -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GatePolicy:
    """A community's lexicon extension, like AutoModerator rules: literal phrases only."""

    extra_phrases: Mapping[Level, tuple[str, ...]] = field(default_factory=dict)
    ignore_phrases: tuple[str, ...] = ()

    def fingerprint(self) -> str:
        extra = sorted((int(level), sorted(p)) for level, p in self.extra_phrases.items())
        return repr((extra, sorted(self.ignore_phrases)))


_CLAUSE_OPENERS = '.!?;:,([{"“*>-—–\n'
_LEAD = re.compile(r"[^\W\d_]+\W*$")


def _at_clause_start(folded: str, start: int) -> bool:
    """Nothing before `start` in its clause but interjections ("oh god please just kill me")."""
    interjections = _words().interjections
    before = folded[max(0, start - 80) : start].rstrip()
    while before and before[-1] not in _CLAUSE_OPENERS:
        last = _LEAD.search(before)
        if last is None or last.group().rstrip(" '\t").replace("'", "") not in interjections:
            return False
        before = before[: last.start()].rstrip()
    return True


def _best(entries: tuple[Entry, ...], folded: str, start: int, end: int) -> Entry | None:
    """The most serious entry the matched text spells, unless the next word rules it out (or
    the entry is a plea that must open its clause)."""
    following = _NEXT_WORD.match(folded, end)
    nxt = following.group(1) if following else ""
    usable = [
        e
        for e in entries
        if nxt not in e.unless_next and not (e.clause_start and not _at_clause_start(folded, start))
    ]
    return max(usable, key=lambda e: (e.level, not e.topic), default=None)


@cache
def _builtin() -> tuple[Lexicon, str]:
    return load_builtin()


def _rules_hash() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("crisis.py", "lexicon.py", "normalize.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


class CrisisGate:
    """Screens text against the lexicon (built-in plus a community policy)."""

    def __init__(self, policy: GatePolicy | None = None) -> None:
        self.policy = policy or GatePolicy()
        lexicon, data_hash = _builtin()
        if self.policy.ignore_phrases:
            lexicon = lexicon.without(self.policy.ignore_phrases)
        extra = [
            Entry(phrase, "community", Level(level), source="community")
            for level, phrases in self.policy.extra_phrases.items()
            for phrase in phrases
            if Level(level) > Level.NONE
        ]
        for entry in extra:
            if not phrase_words(entry.phrase):
                raise ValueError(f"community phrase {entry.phrase!r} has no letters to match")
        if extra:
            lexicon = lexicon.plus(extra)
        self.lexicon = lexicon
        digest = hashlib.sha256(f"{data_hash}|{_rules_hash()}|{self.policy.fingerprint()}".encode())
        self.version: str = digest.hexdigest()[:16]

    def screen(self, text: str | bytes) -> Screening:
        """The level and signals of `text`; never raises on any input.

        Bytes are decoded as UTF-8 with undecodable bytes replaced (offsets then index the
        decoded text). Should the gate itself fail, the post is not waved through: it comes back
        as `concern` with a `gate_error` signal, so a human looks at it.
        """
        try:
            if isinstance(text, bytes | bytearray | memoryview):
                text = bytes(text).decode("utf-8", errors="replace")
            elif not isinstance(text, str):
                text = str(text)
            return self._screen(text)
        except Exception as exc:  # the gate must answer; a human reviews what it could not read
            _log.warning("crisis gate failed on a post: %s", type(exc).__name__)
            error = Signal("gate_error", Level.CONCERN, "", 0, 0, context="error")
            return Screening(Level.CONCERN, (error,), self.version)

    def _screen(self, text: str) -> Screening:
        folded = fold(text)
        signals: list[Signal] = []
        spans: list[tuple[int, int]] = []
        used: list[Entry] = []
        best: dict[tuple[int, int], Entry | None] = {}

        def best_of(match: Match) -> Entry | None:
            key = (match.start, match.end)
            if key not in best:
                best[key] = _best(match.entries, folded.text, match.start, match.end)
            return best[key]

        def below_high(match: Match) -> bool:
            """A hit that is no more than `concern` must not hide a longer phrase inside it:
            "im done" (no signal before "with") and "done with life"."""
            entry = best_of(match)
            return entry is None or entry.level < Level.HIGH

        looked_into = -1  # the end of the last hit searched inside (see `below_high`)
        for match in self.lexicon.finditer(match_text(folded.text), below_high):
            entry = best_of(match)
            prior_end, looked_into = looked_into, max(looked_into, match.end)
            if entry is None:
                continue
            if match.start < prior_end and (entry.level < Level.HIGH or match.end <= prior_end):
                continue  # inside an earlier hit: only a longer, high reading counts
            reading = _read_context(folded.text, match.start, match.end, _own_person(entry.phrase))
            level, context = _level_in_context(entry, reading)
            start, end = folded.span(match.start, match.end)
            spans.append((match.start, match.end))
            used.append(entry)
            signals.append(
                Signal(
                    category=entry.category,
                    level=level,
                    text=text[start:end],
                    start=start,
                    end=end,
                    phrase=entry.phrase,
                    context=context,
                )
            )
        for start_f, end_f in _counted_overdoses(folded.text):
            reading = _read_context(folded.text, start_f, end_f, "none")
            level, context = _level_in_context(_OVERDOSE_ENTRY, reading)
            start, end = folded.span(start_f, end_f)
            at = bisect_right([s for s, _ in spans], start_f)
            spans.insert(at, (start_f, end_f))
            used.insert(at, _OVERDOSE_ENTRY)
            signals.insert(
                at,
                Signal(
                    category="attempt",
                    level=level,
                    text=text[start:end],
                    start=start,
                    end=end,
                    phrase=_OVERDOSE_ENTRY.phrase,
                    context=context,
                ),
            )
        signals, used, spans = _with_referents(signals, used, spans)
        signals = _imminent(signals, used, folded.text, spans)
        top = max((s.level for s in signals), default=Level.NONE)
        return Screening(level=top, signals=tuple(signals), lexicon_version=self.version)


@cache
def default_gate() -> CrisisGate:
    """The gate with the built-in lexicon and no community policy (built once, fully)."""
    gate = CrisisGate()
    gate.lexicon.prepare()
    return gate


def screen(text: str | bytes) -> Screening:
    """Screen with the default gate."""
    return default_gate().screen(text)
