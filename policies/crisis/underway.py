"""The act under way, or the writer at the place of it right now: `imminent`.

"Swallowed everything in the cabinet an hour ago", "cut my wrist deeper than ever and I don't
want it to stop", "sitting in the car in the closed garage with the engine on", "standing on the
wrong side of the railing": no intent phrase and no time of a plan, so the imminence rules (which
compose intent with a plan, means or a time) cannot see them. Each is a composition of small word
classes inside a few sentences: the writer as the subject, an act (the `anchor` class), what the
act is done with or where (`needs`), and a cue that it is now or meant (`cues`), with nothing
everyday in the act's sentence (`veto`). The classes and the families are data: the `[underway]`
section of policies/lexicon/underway.toml, whose header says how a family reads. Where a family
allows it, the act with no cue that it is now is an attempt told by its means, `high` ("I took all
my prozac", "I drank bleach").

Also the other way round: a lexicon attempt told with a verb of taking ("took all my meds") is
everyday beside a routine ("this morning like the doctor said") or a drink ("downed the whole
bottle of water"), and is lowered to `concern`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate, compress, repeat

from policies.crisis.context import LOOKBACK_WORDS, person_of
from policies.crisis.underway_data import Family, Phrases, _Data, _data, _words
from policies.crisis.words import (
    SENTENCE_END,
    SENTENCE_END_CHARS,
    SUBJECT_I,
    last_sentence_end,
    word_lists,
)
from policies.levels import Level, Signal
from policies.lexicon import Entry

UNDERWAY_ENTRY = Entry("an act under way", "attempt", Level.IMMINENT, source="underway")
UNDERWAY_ATTEMPT = Entry("an attempt told by its means", "attempt", Level.HIGH, source="underway")

_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*")
_BEFORE_WORDS = 3  # the "before" scope: words just before the act
_WINDOW = 300  # characters around a need in which its act and cues are looked for
_DENIED_AFTER = frozenset({("isnt",), ("wasnt",), ("arent",)})
_OTHERS_OWN = frozenset({"your", "his", "her", "their", "ur"})
_PAST_HAVING = frozenset({"had", "was", "were", "held", "used"})
_NOT_SUBJECTS = frozenset({"me", "my", "mine", "myself", "him", "her", "them", "us", "our"})


@dataclass(frozen=True)
class _Post:
    """A post's words with their offsets and sentences."""

    text: str
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    sentence: tuple[int, ...]  # each word's sentence number
    bounds: tuple[tuple[int, int], ...]  # each sentence's first word and one past its last

    def comma_before(self, k: int) -> bool:
        return k > 0 and "," in self.text[self.ends[k - 1] : self.starts[k]]


_WORDS_BETWEEN = re.compile(f"({_TOKEN.pattern})")  # `split`: separators and words, in turn
_STOP = re.compile(f"[{re.escape(SENTENCE_END_CHARS)}]")


def _post(folded: str) -> _Post:
    """The words of `folded`, their offsets and sentences, in C-level passes: one `split` gives
    the words and the stretches between them (whose lengths add up to the offsets); a new sentence
    starts after a stretch that holds a stop."""
    parts = _WORDS_BETWEEN.split(folded)  # between, word, between, ..., word, between
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    opens = list(map(bool, map(_STOP.search, parts[2:-1:2])))  # a stop before word k (k >= 1)
    firsts = [0, *compress(range(1, len(words)), opens)] if words else []
    for apostrophe in ("'", "\u2019"):
        if apostrophe in folded:  # each word's dropped in one C-level pass
            words = list(map(str.replace, words, repeat(apostrophe), repeat("")))
    return _Post(
        folded,
        tuple(words),
        tuple(offsets[1:-1:2]),
        tuple(offsets[2::2]),
        tuple(accumulate(opens, initial=0)),
        tuple(zip(firsts, [*firsts[1:], len(words)], strict=True)),
    )


_LONG_RANGE = 8  # words: in a longer range, the words that open a phrase are found in C first


def _find(post: _Post, phrases: Phrases, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(first word, one past the last) of each phrase of the class starting in words [lo, hi)."""
    words = post.words
    lo, hi = max(lo, 0), min(hi, len(words))
    starts: Iterable[int] = range(lo, hi)
    if hi - lo > _LONG_RANGE:  # a C-level pass picks the words that open a phrase
        starts = compress(starts, map(phrases.__contains__, words[lo:hi]))
    for k in starts:
        group = phrases.get(words[k])
        if group is None:
            continue
        for phrase in group:
            if words[k : k + len(phrase)] == phrase:
                yield k, k + len(phrase)
                break


def _scope(post: _Post, scope: str, anchor: int, anchor_end: int, data: _Data) -> tuple[int, int]:
    """The words [lo, hi) a scope covers around the act at words [anchor, anchor_end)."""
    first, last = post.bounds[post.sentence[anchor]]
    if scope == "before":
        return max(first, anchor - _BEFORE_WORDS), anchor
    if scope == "sentence":
        return first, last
    if scope == "near":
        number = post.sentence[anchor]
        lo = post.bounds[max(0, number - 1)][0]
        hi = post.bounds[min(len(post.bounds) - 1, number + 2)][1]
        return lo, hi
    hi = anchor_end  # "object": the words after the act, up to a comma or the sentence's end
    while hi < min(last, anchor_end + data.object_words) and not post.comma_before(hi):
        hi += 1
    if scope == "around":  # and the few words before it: "my arm is cut open"
        return max(first, anchor - _BEFORE_WORDS - 1), hi
    return anchor_end, hi


def _is_stock(post: _Post, start: int, end: int, data: _Data) -> bool:
    """A stock word that is what it seems: taken, not carried ("took the whole bottle back"),
    and a container holds a medicine, not "of water"."""
    if any(True for _ in _find(post, data.carried, end, end + 1)):
        return False
    if post.words[start] not in data.containers or end >= len(post.words):
        return True
    if post.words[end] != "of":
        return True
    after = post.words[end + 1 : end + 4]
    stock = data.classes["stock"]
    return any(w in stock and w not in data.containers for w in after)


def _medicine_after(post: _Post, end: int, data: _Data) -> tuple[int, int] | None:
    """The medicine a container holds ("bottle of my seroquel"), when one is named."""
    if post.words[end : end + 1] != ("of",):
        return None
    stock = data.classes["stock"]
    for k in range(end + 1, min(end + 4, len(post.words))):
        if post.words[k] in stock and post.words[k] not in data.containers:
            return k, k + 1
    return None


def _referent(post: _Post, k: int, data: _Data) -> bool:
    """A pronoun ("half of them") whose referent, near it, is a medicine."""
    lo, hi = post.starts[k] - data.pronoun_reach, post.starts[k] + data.pronoun_reach
    stock = data.classes["stock"]
    return any(
        post.words[j] in stock and post.words[j] not in data.containers
        for j in range(len(post.words))
        if lo <= post.starts[j] <= hi and j != k
    )


def _found(post: _Post, name: str, lo: int, hi: int, data: _Data) -> tuple[int, int] | None:
    """The first phrase of the class `name` in words [lo, hi) (the stock's pronoun counts)."""
    phrases = data.classes[name]
    lists = word_lists()
    for start, end in _find(post, phrases, lo, hi):
        before = post.words[start - 1] if start > 0 else ""
        if before in lists.negation or post.words[end : end + 1] in _DENIED_AFTER:
            continue  # "cutting on ankles, not wrists", "suicide isn't my goal"
        if before in _OTHERS_OWN:
            continue  # "slit your wrists"
        if name != "stock" or _is_stock(post, start, end, data):
            if name == "stock" and post.words[start] in data.containers:
                named = _medicine_after(post, end, data)  # "2 strips of paracetamol"
                if named is not None:
                    if any(True for _ in _find(post, data.carried, named[1], named[1] + 1)):
                        continue  # "the whole bottle of ibuprofen with me on the hike"
                    return named
            return start, end
    if name == "stock":
        for k in range(lo, min(hi, len(post.words))):
            if post.words[k] in data.pronouns and _referent(post, k, data):
                return k, k + 1
    return None


def _writer_acts(post: _Post, anchor: int, anchor_end: int, family: Family, data: _Data) -> bool:
    """The writer is the one acting: not a plan or a wish ("going to take"), not negated ("I'm
    not on the roof"), and their "I" is the act's subject, or the act's clause has none and the
    sentence's nearest person is not somebody else ("I'm on the roof, sitting at the edge"); for a
    `near` family, a first person near and nobody else as the act's subject."""
    first, _ = post.bounds[post.sentence[anchor]]
    if any(True for _ in _find(post, data.modal, anchor - _BEFORE_WORDS, anchor)):
        return False
    if post.words[anchor] in SUBJECT_I and any(
        True for _ in _find(post, data.modal, anchor_end, anchor_end + 1)
    ):
        return False  # "i'm | going to jump out the window": a plan, read by the imminence rules
    if any(w in ("not", "never", "no") for w in post.words[anchor_end : anchor_end + 2]):
        return False
    if post.words[anchor].endswith("ing") and anchor > first:
        opens = post.comma_before(anchor)
        if not opens and post.words[anchor - 1] not in data.progressive:
            return False  # "thinking about stealing ... and taking all of it": a gerund
    lists = word_lists()
    sentence = list(post.words[first:anchor])
    subjects = [w for w in sentence if w not in _NOT_SUBJECTS]  # "he held me down to put"
    person, distance = person_of(subjects[-LOOKBACK_WORDS:], lists)
    if family.subject == "near":
        if any(w in _PAST_HAVING for w in post.words[max(first, anchor - 4) : anchor]):
            return False  # "had a loaded shotgun in my mouth": told in the past
        lo, hi = _scope(post, "near", anchor, anchor_end, data)
        near = post.words[lo:hi]
        return person != "third" and (
            any(w in SUBJECT_I for w in near) or not any(w in lists.third for w in near)
        )
    if post.words[anchor] in SUBJECT_I:
        return True  # "i am on the ledge": the act holds its own subject
    clause = first
    for k in range(anchor, first, -1):
        if post.comma_before(k):
            clause = k
            break
    own = list(post.words[clause:anchor])
    if all(w in data.leads for w in own):
        return person != "third"
    person, distance = person_of(own[-LOOKBACK_WORDS:], lists)
    at = len(own) - 1 - distance
    body = data.classes.get("body", {})
    if (
        person == "first"
        and own[at : at + 1] == ["my"]
        and own[at + 1 : at + 2]
        and own[at + 1] in body
    ):
        return True  # "my arm is cut open": the writer's own body
    return person == "first" and own[at] in SUBJECT_I


def _composed(
    post: _Post, anchor: int, anchor_end: int, family: Family, data: _Data
) -> tuple[int, Entry] | None:
    """Where the act's span ends and what it is when the family composes at this anchor: the act
    under way with a cue; without one, an attempt where the family allows it (`uncued`)."""
    end = anchor_end
    object_start = len(post.words)  # where the object's last need begins
    for name, scope in family.needs:
        lo, hi = _scope(post, scope, anchor, anchor_end, data)
        hit = _found(post, name, lo, hi, data)
        if hit is None:
            return None
        if scope == "object":
            object_start = hit[0]
        if post.sentence[hit[0]] == post.sentence[anchor]:
            end = max(end, hit[1])

    def found(classes: tuple[tuple[str, str], ...]) -> Iterator[bool]:
        return (
            _found(post, name, *_scope(post, scope, anchor, anchor_end, data), data) is not None
            for name, scope in classes
        )

    entry = UNDERWAY_ENTRY
    if not any(found(family.cues)):
        uncued = family.uncued
        if uncued is None or not all(
            _found(post, name, anchor_end, object_start, data) is not None for name, _ in uncued
        ):
            return None  # the amount before the stock: "took every pill", not "took painkillers
            # and they haven't helped at all"
        entry = UNDERWAY_ATTEMPT
    lo, hi = post.bounds[post.sentence[anchor]]
    if any(_found(post, name, lo, hi, data) is not None for name in family.veto):
        return None
    if any(True for _ in _find(post, data.past, lo, hi)):
        return None
    return (end, entry) if _writer_acts(post, anchor, anchor_end, family, data) else None


def _key_spots(folded: str, data: _Data) -> dict[str, list[int]]:
    """Where the post holds a key word of each need and of each family's spot (one C scan)."""
    spots: dict[str, list[int]] = {}
    last = len(folded) - 1
    for end, (size, names) in data.need_keys.iter(folded):
        start = end - size + 1
        if (start > 0 and folded[start - 1].isalnum()) or (
            end < last and folded[end + 1].isalnum()
        ):
            continue  # inside a longer word ("arm" in "harm")
        for name in names:
            spots.setdefault(name, []).append(start)
    return spots


def _windows(folded: str, spots: list[int]) -> list[tuple[int, int]]:
    """Whole sentences around each spot (about `_WINDOW` characters each way), merged."""
    windows: list[tuple[int, int]] = []
    for spot in sorted(spots):
        before = last_sentence_end(folded, max(0, spot - _WINDOW), max(0, spot - _WINDOW // 2))
        lo = before[1] if before else max(0, spot - _WINDOW)
        after = SENTENCE_END.search(folded, min(len(folded), spot + _WINDOW))
        hi = after.end() if after else len(folded)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


@cache
def _required_sets() -> tuple[frozenset[str], ...]:
    """Each family's checkable classes, for one `map` in C over them."""
    return tuple(required for _, required in _data().required)


def acts_under_way(folded: str) -> list[tuple[int, int, Entry]]:
    """Spans (folded offsets) of acts under way told by the writer, in text order, each with what
    it is: `UNDERWAY_ENTRY` (imminent) or `UNDERWAY_ATTEMPT` (high: no cue that it is now).

    Most posts hold no need of any family: one automaton scan says so. Otherwise only the
    sentences around the needs are read."""
    data = _data()
    possible = data.need_runs.possible(folded)
    if not any(map(possible.issuperset, _required_sets())):
        return []  # most posts: one set intersection rules every family out
    present = _key_spots(folded, data)
    if not present:
        return []
    families = [f for f, required in data.required if present.keys() >= required]
    if not families:
        return []
    spots = [at for name in {f.spot for f in families} for at in present[name]]
    spans: list[tuple[int, int, Entry]] = []
    for lo, hi in _windows(folded, spots):
        post = _post(folded[lo:hi])
        for family in families:
            anchors = data.classes[family.anchor]
            for anchor, anchor_end in _find(post, anchors, 0, len(post.words)):
                act = _composed(post, anchor, anchor_end, family, data)
                if act is not None:
                    end, entry = act
                    spans.append((lo + post.starts[anchor], lo + post.ends[end - 1], entry))
    merged: list[tuple[int, int, Entry]] = []
    for start, end, entry in sorted(spans, key=lambda s: (s[0], s[1])):
        if merged and start < merged[-1][1]:
            first = merged[-1]
            merged[-1] = (first[0], max(end, first[1]), max(entry, first[2], key=_level))
        else:
            merged.append((start, end, entry))
    return merged


def _carried_after(post: _Post, after: int, hi: int, data: _Data) -> bool:
    """The stock of a lexicon attempt carried, not swallowed: "took the whole bottle of ibuprofen
    with me on the hike", "took all my meds to the pharmacy" (what it holds, "of ...", skipped)."""
    k = after
    if post.words[k : k + 1] == ("of",):
        k += 1
        while k < min(hi, after + 4) and not any(True for _ in _find(post, data.carried, k, k + 1)):
            k += 1
    return any(True for _ in _find(post, data.carried, k, min(hi, k + 1)))


def _level(entry: Entry) -> Level:
    return entry.level


def _taking(phrase: str) -> bool:
    takes = _data().classes["take"]
    return any(w in takes for w in _words(phrase)[:3])


def everyday_takings(
    signals: list[Signal], entries: list[Entry], spans: list[tuple[int, int]], folded: str
) -> list[Signal]:
    """Lower a lexicon attempt told with a verb of taking to `concern` where its sentence tells a
    routine ("took all my meds this morning like the doctor said") or what was taken is a drink
    ("downed the whole bottle of water")."""
    data = _data()
    lowered = list(signals)
    post: _Post | None = None
    for k, signal in enumerate(signals):
        if signal.level < Level.HIGH or signal.context is not None or signal.category != "attempt":
            continue
        if entries[k].source == "underway" or not _taking(entries[k].phrase):
            continue
        post = post or _post(folded)
        at = bisect_right(post.starts, spans[k][0]) - 1
        if at < 0:
            continue
        lo, hi = post.bounds[post.sentence[at]]
        routine = _found(post, "routine", lo, hi, data) is not None
        after = bisect_right(post.starts, spans[k][1] - 1)
        drink = post.words[after : after + 1] == ("of",) and any(
            w in data.everyday_contents for w in post.words[after + 1 : after + 4]
        )
        if routine or drink or _carried_after(post, after, hi, data):
            lowered[k] = replace(signal, level=Level.CONCERN, context="everyday_use")
    return lowered
