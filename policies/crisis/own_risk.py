"""The writer's own risk told in everyday words: slots composed inside one clause.

Four `>= high` families carry no word like "suicide" or "kill": a method or lethality question
("is carbon monoxide painless?", "which floor is high enough that you don't survive"), a passive
wish ("I hope a bus hits me", "I wouldn't mind if I never woke up"), habitual or intrusive ideation
("every time I drive I think about swerving into a tree") and past behaviour with no attempt word
("they had to pump my stomach", "a stranger talked me down off the bridge"). Each is a sequence of
small word classes (`policies/lexicon/own_risk.toml`, `[own_risk]`), with at most a few words
between two slots and no sentence end, negation or third person among them; a word class alone
is never a signal, so "I keep picturing the beach" or "hoping the flight doesn't get cancelled"
stay everyday. A method question's parts are often spread over its sentence ("how far down does
a fall have to be to be sure?"): the sentence families ask for every class in one question, in
any order, with no purpose that makes it everyday (a pet, a class, a missed dose). Whose risk it
is and a denial are then read by the context rules; a wish or supposition (`no_plan`) never takes
a time as a plan's.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from typing import Any

from policies.crisis.words import context_data
from policies.key_index import WordFilter, letter_words, rarest_words, rarity
from policies.levels import Level
from policies.lexicon import Entry

NO_PLAN = "own_risk: a wish"  # "if I died tomorrow I'd be relieved": a time in it is no plan's
_APOSTROPHES = re.compile(r"['\u2019]")
_SLOT = re.compile(r"^(?P<name>[a-z_0-9]+)(?P<optional>\?)?(?:\s*~(?P<gap>\d+))?$")
_WORD = r"[^\W\d_]+"
_WHOLE = re.compile(_WORD)
# A family's pattern is compiled the first time a post can hold it (compiling them all took
# 0.3 s of every start-up; a one-post screening needs few of them)
_compiled = cache(re.compile)


@cache
def _compiled_parts(sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(map(_compiled, sources))


_SPACE = r"[^\S\n]*[\s,]\s*"  # between two words: spaces, a comma or a line break


@dataclass(frozen=True)
class Family:
    """One composition: its entry (category, level) and the pattern of its slots."""

    entry: Entry
    source: str  # the pattern of its slots (compiled on first use: `pattern`)
    firsts: frozenset[str]  # the first slot's first words that are whole words: where one starts
    needs: tuple[frozenset[str], ...]  # a required slot's phrases' longest words: one must occur
    unless_next: frozenset[str]
    rare: tuple[frozenset[str], ...]  # a required slot's phrases' rarest whole words: one occurs
    # each first word, to the whole words of each first-slot phrase it opens: a match starting
    # there holds every word of one of them; None when the first slot is optional
    opens: dict[str, tuple[frozenset[str], ...]] | None = field(
        default=None, hash=False, compare=False
    )

    def starting_words(self, words: frozenset[str]) -> set[str]:
        """The first words a match can start with in a post of `words`: those that open a
        first-slot phrase whose every whole word is in the post."""
        if self.opens is None:
            return set(self.firsts.intersection(words))
        opens = self.opens
        return {
            w
            for w in self.firsts.intersection(words)
            if any(map(frozenset.issubset, opens[w], repeat(words)))
        }

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.source)


def own_risk_file() -> bytes:
    """own_risk.toml (hashed into the rules' version with every lexicon file)."""
    return (resources.files("policies") / "lexicon" / "own_risk.toml").read_bytes()


def _alternation(phrases: list[str]) -> str:
    """A class as a regex: its phrases, words joined by any run of spaces, longest first."""
    spelled = sorted(
        (_SPACE.join(re.escape(w) for w in p.split()) for p in phrases),
        key=len,
        reverse=True,
    )
    return "(?:" + "|".join(spelled) + ")"


def _gap(words: int, barred: str) -> str:
    """Up to `words` words between two slots, none of them a barred word (negation, person)."""
    if words == 0:
        return _SPACE
    return rf"{_SPACE}(?:(?!{barred}\b){_WORD}{_SPACE}){{0,{words}}}"


def _family(raw: dict[str, Any], classes: dict[str, list[str]], barred: str) -> Family:
    default_gap = int(raw.get("gap", 2))
    parts: list[str] = []
    for index, slot in enumerate(raw["slots"]):
        found = _SLOT.match(slot)
        if found is None or found["name"] not in classes:
            raise ValueError(f"own_risk.toml family {raw['name']!r}: bad slot {slot!r}")
        words = _alternation(classes[found["name"]])
        gap = default_gap if found["gap"] is None else int(found["gap"])
        part = words if index == 0 else _gap(gap, barred) + words
        parts.append(f"(?:{part})?" if found["optional"] else part)
    source = "".join(parts) + r"\b"
    first_slot = _SLOT.match(raw["slots"][0])
    assert first_slot is not None
    # a match starts only where a whole word of the post is a first word: one spelled with
    # anything but letters ("self-harm") is never a whole word, so it starts nothing
    firsts = frozenset(
        w for w in (p.split()[0] for p in classes[first_slot["name"]]) if _WHOLE.fullmatch(w)
    )
    needs = tuple(
        frozenset(max(p.split(), key=len) for p in classes[m["name"]])
        for m in (_SLOT.match(slot) for slot in raw["slots"])
        if m is not None and not m["optional"]
    )
    entry = Entry(
        phrase=str(raw["name"]),
        category=str(raw["category"]),
        level=Level.parse(str(raw["level"])),
        source=NO_PLAN if raw.get("no_plan", False) else "own_risk",
    )
    unless = frozenset(str(w) for w in raw.get("unless_next", ()))
    rare = tuple(
        rarest_words(classes[m["name"]])
        for m in (_SLOT.match(slot) for slot in raw["slots"])
        if m is not None and not m["optional"]
    )
    opens: dict[str, list[frozenset[str]]] = {}
    for phrase in classes[first_slot["name"]]:
        spelled = phrase.split()
        if spelled[0] in firsts:
            whole = frozenset(w for w in spelled if w.isascii() and _WHOLE.fullmatch(w))
            opens.setdefault(spelled[0], []).append(whole)
    return Family(
        entry,
        source,
        firsts,
        needs,
        unless,
        tuple(r for r in rare if r is not None),
        None if first_slot["optional"] else {w: tuple(p) for w, p in opens.items()},
    )


@dataclass(frozen=True)
class SentenceFamily:
    """Classes that must all occur in one sentence, in any order, with none of `veto`: a method
    question's parts are spread over it ("how far down does a fall have to be to be sure")."""

    entry: Entry
    part_sources: tuple[str, ...]
    veto_source: str | None
    question: bool  # the sentence must ask: a question mark, or a question lead at its start
    needs: tuple[frozenset[str], ...]
    # the rarest part's longest words, when each is a word of letters: a sentence that holds the
    # part holds one of them as a whole word, so only those sentences are read (None: all are)
    key_needs: frozenset[str] | None = None

    @property
    def parts(self) -> tuple[re.Pattern[str], ...]:
        return _compiled_parts(self.part_sources)

    @property
    def veto(self) -> re.Pattern[str] | None:
        return None if self.veto_source is None else _compiled(self.veto_source)


_QUESTION_LEAD = re.compile(
    r"\s*(?:how|what|whats|which|is|are|does|do|would|could|can|will|if|anyone|does anyone|"
    r"random question|i need to know|i want to know|wondering|im wondering|any)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
_STOP_CHARS = ".!?\n"
_STOPS = re.compile(r"[.!?\n]+")


def _sentence_at(text: str, at: int) -> tuple[int, int]:
    """The span `_SENTENCE.finditer` gives the sentence holding `at` (not a stop character):
    from after the last stop before it to the end of the first run of stops after it."""
    start = max(map(text.rfind, _STOP_CHARS, repeat(0), repeat(at))) + 1
    stop = _STOPS.search(text, at)
    return start, stop.end() if stop else len(text)


def _classes(section: dict[str, Any]) -> dict[str, list[str]]:
    """The classes, those extending a list of the context rules taking it in too."""
    classes = {name: [str(p) for p in items] for name, items in section["classes"].items()}
    for name, (where, key) in section.get("extends", {}).items():
        classes[name] = [*classes.get(name, []), *(str(w) for w in context_data()[where][key])]
    return classes


def _sentence_family(raw: dict[str, Any], classes: dict[str, list[str]]) -> SentenceFamily:
    needs = tuple(
        frozenset(max(p.split(), key=len) for p in classes[name]) for name in raw["all_of"]
    )
    return SentenceFamily(
        entry=Entry(
            phrase=str(raw["name"]),
            category=str(raw["category"]),
            level=Level.parse(str(raw["level"])),
            source="own_risk",
        ),
        part_sources=tuple(r"\b" + _alternation(classes[name]) + r"\b" for name in raw["all_of"]),
        veto_source=r"\b" + _alternation(classes[raw["veto"]]) + r"\b" if "veto" in raw else None,
        question=bool(raw.get("question", False)),
        needs=needs,
        key_needs=_key_needs(needs),
    )


@cache
def _sections() -> tuple[tuple[Family, ...], tuple[SentenceFamily, ...]]:
    section = tomllib.loads(own_risk_file().decode("utf-8"))["own_risk"]
    classes = _classes(section)
    barred = _alternation(classes["barred"])
    families = tuple(_family(raw, classes, barred) for raw in section["family"])
    sentences = tuple(_sentence_family(raw, classes) for raw in section.get("sentence", []))
    return families, sentences


def _key_needs(needs: tuple[frozenset[str], ...]) -> frozenset[str] | None:
    """Of a sentence family's parts' longest words, the rarest set whose words are all words of
    letters (see `SentenceFamily.key_needs`)."""
    usable = [n for n in needs if n and all(w.isascii() and _WHOLE.fullmatch(w) for w in n)]
    return min(usable, key=lambda n: (rarity(n), sorted(n)), default=None)


def _families() -> tuple[Family, ...]:
    return _sections()[0]


@cache
def _filters() -> tuple[WordFilter, WordFilter]:
    """What rules each family out, from its slots: the first slot's first words, each required
    slot's rarest and longest words (families); each part's longest words (sentence families)."""
    families, sentences = _sections()
    return (
        WordFilter([f.firsts, *f.rare, *f.needs] for f in families),
        WordFilter(f.needs for f in sentences),
    )


def _in_sentences(text: str, present: frozenset[str]) -> list[tuple[int, int, Entry]]:
    """Spans of the sentence families: from the first part found to the end of the last."""
    families = _sections()[1]
    wanted = [(f, f.parts, f.veto) for f in map(families.__getitem__, _filters()[1].live(present))]
    found: list[tuple[int, int, Entry]] = []
    if not wanted:
        return found
    read: set[tuple[int, int, int]] = set()  # (sentence start, end, family) to read
    for number, (family, _, _) in enumerate(wanted):
        if family.key_needs is None:
            read.update((*m.span(), number) for m in _SENTENCE.finditer(text))
            continue
        read.update(
            (*_sentence_at(text, m.start()), number)
            for w in family.key_needs.intersection(present)
            for m in _occurrences(w).finditer(text)
        )
    for start, end, number in sorted(read, key=lambda r: (r[0], r[2])):
        family, parts, veto = wanted[number]
        said = text[start:end]
        if family.question and "?" not in said and not _QUESTION_LEAD.match(said):
            continue
        hits = [part.search(said) for part in parts]
        if not all(hits) or (veto is not None and veto.search(said)):
            continue
        first = min(h.start() for h in hits if h)
        last = max(h.end() for h in hits if h)
        found.append((start + first, start + last, family.entry))
    return found


@cache
def _needed() -> frozenset[str]:
    """Every word some family needs: a post's other words are never looked at twice."""
    families: list[Family | SentenceFamily] = [*_sections()[0], *_sections()[1]]
    return frozenset(w for f in families for need in f.needs for w in need)


def _next_word(text: str, end: int) -> str:
    found = re.match(rf"[^\S\n]*,?[^\S\n]*({_WORD})", text[end : end + 40])
    return found[1] if found else ""


@cache
def _occurrences(word: str) -> re.Pattern[str]:
    """The whole word `word`, found in C: a literal first (the regex engine's fast scan for
    it), then no letter before it or after it."""
    escaped = re.escape(word)
    return re.compile(rf"{escaped}(?<![^\W\d_]{escaped})(?![^\W\d_])")


def _matches(
    family: Family, text: str, starts: dict[str, list[int]], firsts: set[str]
) -> list[tuple[int, int, Entry]]:
    """The family's matches at the starts of its first words (`firsts`: those a match can start
    with here), each starting at or after the end of the one before it; one followed by an
    `unless_next` word is passed over."""
    found: list[tuple[int, int, Entry]] = []
    end = -1
    for start in sorted(at for w in firsts for at in starts[w]):
        hit = family.pattern.match(text, start) if start >= end else None
        if hit is None or _next_word(text, hit.end()) in family.unless_next:
            continue
        end = hit.end()
        found.append((start, end, family.entry))
    return found


def own_risk(folded: str) -> list[tuple[int, int, Entry]]:
    """Spans (folded offsets) of the families found, in text order, each with its entry.

    The classes are written without apostrophes ("dont", "id"); the post is read with them
    taken out, and the spans mapped back."""
    text = folded.replace("'", "").replace("\u2019", "")
    # the post's whole words read without apostrophes (a superset of the words of letters the
    # families' phrases can match: see `letter_words`), shared with every rule that asks
    words = letter_words(folded)
    present = _needed().intersection(words)
    all_families = _families()
    families = [all_families[k] for k in _filters()[0].live(words)]
    found = _in_sentences(text, present)
    # a family is tried only at the first words of its phrases whose every word is in the post
    tried = [(family, family.starting_words(words)) for family in families]
    firsts = set[str]().union(*(f for _, f in tried))
    starts = {w: [m.start() for m in _occurrences(w).finditer(text)] for w in firsts}
    for family, starting in tried:
        if starting:
            found.extend(_matches(family, text, starts, starting))
    if not found or len(text) == len(folded):
        return sorted(found, key=lambda s: (s[0], s[1]))
    # where the k-th apostrophe was, in the text without them: a stripped offset j is j plus
    # the apostrophes taken out before it (found only for the few posts that hold a family)
    shifted = [at - k for k, at in enumerate(m.start() for m in _APOSTROPHES.finditer(folded))]
    return sorted(
        (
            (start + bisect_right(shifted, start), end + bisect_right(shifted, end - 1), entry)
            for start, end, entry in found
        ),
        key=lambda s: (s[0], s[1]),
    )
