"""Which wordings of the output gate's families can match a draft at all, found in one pass.

Python's `re` has no jump table: a family (one alternation of dozens of wordings) is tried
alternative by alternative at every word of a draft, which made the rules cost several times the
crisis screen. But a wording can only match a draft that holds certain literal strings: "be better
off without you" needs "better off without you", "(?:they|she|he) will lock you up" needs "lock
you up". This module reads each wording's parse tree once and collects those required strings
(with a run of spaces read as one blank, so the text is looked at with its spaces collapsed).
Per draft, one Aho-Corasick pass (pyahocorasick, in C) over all families' required strings tells
which wordings are live; a family with none is skipped, and each live wording is searched alone,
where `re` can use its literal prefix to skip ahead. A wording whose strings are missing cannot
match, so the hits are exactly those of the family's whole alternation, found faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from operator import itemgetter
from re import _constants as sre  # type: ignore[attr-defined]  # stable since 3.11
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

#: A required string shorter than this is in almost every draft: not worth looking for.
MIN_LETTERS = 3
#: A wording is live when its (at most) this many most telling required strings are all present.
FACTORS_KEPT = 2
#: The most alternatives a required string may have (cross products of small classes and
#: alternations grow fast; past this the run is cut).
_MOST_STRINGS = 64
#: The largest character class read as its letters (["'’ʼ], \\d).
_SMALL_CLASS = 10
_DIGITS = frozenset("0123456789")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
#: `\b` at a position: a wording that starts with it is searched without it (so `re` can skip
#: ahead on its first letters) and the boundary is tested at each start found.
_BOUNDARY = re.compile(r"\b")

Strings = frozenset[str]
#: The string of an automaton hit (end, string), taken in C.
_second = itemgetter(1)


class _Unknown(Exception):
    """The wording uses something this reading does not follow (case-insensitive parts)."""


def collapse_spaces(text: str) -> str:
    """`text` with each run of spaces as one blank, and one at each end (a string that starts
    or ends with a blank may match there; more found is only more searched): what required
    strings are looked for in. `str.split` reads spaces as `\\s` does."""
    return " " + " ".join(text.split()) + " "


def required_strings(wording: str) -> list[Strings]:
    """Sets of strings, each of which a match of `wording` (its spaces collapsed) holds one of;
    most telling first. Empty when none is known (the wording is tried on every draft)."""
    try:
        parsed = sre_parse.parse(wording)
        if parsed.state.flags & re.IGNORECASE:
            return []
        found = _sequence(list(parsed.data))
    except _Unknown:
        return []
    kept = [f for f in found if _telling_enough(f)]
    return sorted(set(kept), key=_telling)[:FACTORS_KEPT]


def _telling(strings: AbstractSet[str]) -> tuple[int, int, str]:
    """Longer shortest alternative first (rarer), then fewer alternatives; then stable."""
    return (-min(len(s) for s in strings), len(strings), min(strings))


def _join(left: set[str], right: set[str]) -> set[str] | None:
    """Every string of `left` followed by one of `right`; None when too many."""
    joined = {(a + b).replace("  ", " ") for a in left for b in right}
    return joined if len(joined) <= _MOST_STRINGS else None


def _last_word(string: str) -> str:
    """The end of `string` from the start of its last word (a match that holds the string
    holds that end too)."""
    return string[string.rstrip().rfind(" ") + 1 :] if " " in string.rstrip() else string


def _telling_enough(strings: Strings) -> bool:
    """Whether every string is rare enough to look for: three letters, or holding a digit
    (drafts seldom have numbers; the dose and height wordings need one)."""
    return all(len(s.strip()) >= MIN_LETTERS or any(c.isdigit() for c in s) for s in strings)


def _sequence(ops: list[Any]) -> list[Strings]:
    """The required sets of a sequence: each maximal run of ops with a small finite set of
    matches is one; a repeat or an alternation that is not finite adds its own."""
    found: list[Strings] = []
    run: set[str] = {""}

    def cut() -> None:
        nonlocal run
        if run != {""} and all(s.strip() for s in run):
            found.append(frozenset(run))
        run = {""}

    pending = list(reversed(ops))
    while pending:
        op, av = pending.pop()
        if op is sre.SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE:
                raise _Unknown
            pending.extend(reversed(list(av[-1].data)))
            continue
        if op is sre.ATOMIC_GROUP:
            pending.extend(reversed(list(av.data)))
            continue
        finite = _finite([(op, av)])
        if finite is not None:
            joined = _join(run, finite)
            if joined is None:
                # too many: the run so far is one required set, and its last words run on
                joined = _join({_last_word(s) for s in run}, finite)
                cut()
            run = finite if joined is None else joined
            continue
        once = _finite(list(av[2].data)) if op in _REPEATS and av[0] >= 1 else None
        if once is not None:
            # x+ is x x*: what came before runs into the first x, what follows into the last
            joined = _join(run, once)
            if joined is not None:
                run = joined
            cut()
            run = once
            continue
        cut()
        if op is sre.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                inner = _sequence(list(alternative.data))
                if not inner:
                    break
                union |= min(inner, key=_telling)
            else:
                found.append(frozenset(union))
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_sequence(list(av[2].data)))
    cut()
    return found


def _finite(ops: list[Any]) -> set[str] | None:
    """Every string (spaces as one blank) the sequence can match, when few; else None."""
    strings: set[str] | None = {""}
    for op, av in ops:
        part = _finite_op(op, av)
        if part is None or strings is None:
            return None
        strings = _join(strings, part)
    return strings


def _finite_op(op: Any, av: Any) -> set[str] | None:
    if op is sre.LITERAL:
        letter = chr(av)
        return {" " if letter.isspace() else letter}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {""}  # zero width: the matched text is the same without it
    if op is sre.IN:
        return _class(av)
    if op is sre.SUBPATTERN:
        if (av[1] | av[2]) & re.IGNORECASE:
            raise _Unknown
        return _finite(list(av[-1].data))
    if op is sre.ATOMIC_GROUP:
        return _finite(list(av.data))
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            strings = _finite(list(alternative.data))
            if strings is None:
                return None
            union |= strings
        return union if len(union) <= _MOST_STRINGS else None
    if op in _REPEATS:
        low, high, body = av
        once = _finite(list(body.data))
        if once == {" "}:
            return {" "} if low >= 1 else {"", " "}  # a run of spaces is one blank
        if once is None or high > 1:
            return None
        return once if low == 1 else once | {""}
    return None


def _class(items: list[tuple[Any, Any]]) -> set[str] | None:
    if items == [(sre.CATEGORY, sre.CATEGORY_SPACE)]:
        return {" "}
    if items == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
        return set(_DIGITS)
    letters: set[str] = set()
    for op, av in items:
        if op is not sre.LITERAL:
            return None
        letters.add(" " if chr(av).isspace() else chr(av))
    return letters if len(letters) <= _SMALL_CLASS else None


@dataclass
class Wording:
    """One wording, searched alone. Compiled at its first search: most wordings are live in
    few drafts, and compiling all of them made importing the gate take a second."""

    text: str
    _search: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _bounded: bool = field(default=False, init=False, repr=False)

    def starts(self, folded: str) -> Iterable[tuple[int, int]]:
        """(start, end) of the match `re.match` finds at every position where one starts."""
        if self._search is None:
            self._compile()
        search = self._search
        assert search is not None
        bounded = self._bounded
        at = 0
        while (match := search.search(folded, at)) is not None:
            start = match.start()
            if not bounded or _BOUNDARY.match(folded, start) is not None:
                yield start, match.end()
            at = start + 1

    def _compile(self) -> None:
        # A wording whose every match starts with `\b` is searched without it: `re` then skips
        # to its first letters in C instead of trying it at every position.
        bounded = self.text.startswith(r"\b") and list(sre_parse.parse(self.text).data)[:1] == [
            (sre.AT, sre.AT_BOUNDARY)
        ]
        self._bounded = bounded
        self._search = re.compile(f"(?:{self.text[2:]})" if bounded else self.text)


class Prefilter:
    """For several families' wordings, which of them can match a draft: one pass over it."""

    def __init__(self, families: Sequence[Sequence[str]]) -> None:
        self._families = [list(wordings) for wordings in families]
        self._always: list[tuple[int, int]] = []  # wordings with no required string
        self._first: dict[str, list[tuple[int, int]]] = {}  # string -> wordings it is first for
        self._rest: dict[tuple[int, int], list[Strings]] = {}
        strings: set[str] = set()
        for family, wordings in enumerate(self._families):
            for number, wording in enumerate(wordings):
                needed = required_strings(wording)
                if not needed:
                    self._always.append((family, number))
                    continue
                for string in needed[0]:
                    self._first.setdefault(string, []).append((family, number))
                self._rest[(family, number)] = needed[1:]
                for more in needed:
                    strings.update(more)
        #: Every required string of every wording, found in the one pass: a wording is live
        #: when each of its sets has a string among those found (set operations, in C).
        self._automaton = _automaton(strings) if strings else None

    def live(self, folded: str) -> list[list[int]]:
        """Per family, the numbers (in order) of the wordings that can match `folded`."""
        found: set[str] = set()
        if self._automaton is not None:
            found = set(map(_second, self._automaton.iter(collapse_spaces(folded))))
        live: list[list[int]] = [[] for _ in self._families]
        for family, number in self._always:
            live[family].append(number)
        first, rest = self._first, self._rest
        isdisjoint = found.isdisjoint
        for key in {key for string in found if string in first for key in first[string]}:
            if not any(map(isdisjoint, rest[key])):
                live[key[0]].append(key[1])
        for numbers in live:
            numbers.sort()
        return live


def _automaton(strings: Iterable[str]) -> Any:
    """An Aho-Corasick automaton that finds `strings` (each reported as itself)."""
    automaton = ahocorasick.Automaton()
    for string in strings:
        automaton.add_word(string, string)
    automaton.make_automaton()
    return automaton


def first_matches(
    folded: str, wordings: Sequence[Wording], live: Iterable[int]
) -> Iterable[tuple[int, int]]:
    """The spans `finditer` of the alternation of `wordings` (in order) finds in `folded`,
    trying only the `live` ones (the others cannot match): at each start the first wording in
    order wins, and the next match starts after it ends."""
    at: dict[int, int] = {}
    for number in live:
        for start, end in wordings[number].starts(folded):
            at.setdefault(start, end)
    after = 0
    for start in sorted(at):
        if start < after:
            continue
        end = at[start]
        after = max(end, start + 1)
        yield start, end


#: A wording at least this long is split into the alternatives it starts with (see
#: `alternatives`); shorter ones cost little to search whole.
SPLIT_FROM_CHARS = 200
#: The most pieces one wording is split into.
_MOST_PIECES = 400
_QUANTIFIER = re.compile(r"[*+?]|\{\d*(?:,\d*)?\}")


def alternatives(wording: str, shortest: int = SPLIT_FROM_CHARS) -> list[str]:
    """`wording` as the wordings, in order, that its leading choice expands into: `\\b(?:a|b)c`
    is `\\b(?:a)c` then `\\b(?:b)c`, and `(?:a)?b` is `(?:a)b` then `b`. Searched in that order
    (the first that matches at a position wins, as `re` tries the branches), they match exactly
    where and as far as the wording does; but each starts with its own literal word, which `re`
    skips ahead to in C, and needs rarer strings than the whole (fewer are live per draft).
    Wordings of `shortest` characters or more, with no back-reference or group condition;
    others are kept whole."""
    if len(wording) < shortest or re.search(r"\\\d|\(\?P=|\(\?\(", wording):
        return [wording]
    branches = _top_level_split(wording)  # `a|b` is `a`, then `b`
    if branches is None:
        return [wording]
    pieces: list[str] = []
    for branch in branches:
        more = _expand("", branch)
        if more is None:
            return [wording]
        pieces.extend(more)
    return pieces if len(pieces) <= _MOST_PIECES else [wording]


def _expand(prefix: str, rest: str) -> list[str] | None:
    """Pieces of `prefix + rest`, where `prefix` is zero-width assertions (`\\b`) only: the
    leading non-capturing group of `rest` is opened while it is a choice or optional."""
    while rest.startswith(r"\b"):
        prefix, rest = prefix + r"\b", rest[2:]
    if not rest.startswith("(?:"):
        return [prefix + rest]
    close = _group_end(rest)
    if close is None:
        return None
    body, after = rest[3:close], rest[close + 1 :]
    quantifier = _QUANTIFIER.match(after)
    optional = False
    if quantifier is not None:
        if quantifier.group(0) != "?" or after[1:2] in ("?", "+"):
            return [prefix + rest]  # repeated, lazy or possessive: kept whole
        optional, after = True, after[1:]
    branches = _top_level_split(body)
    if branches is None:
        return None
    if len(branches) == 1 and not optional:
        # a group around one sequence: its first part may be a choice in turn
        inner = _expand(prefix, branches[0] + f"(?:{after})" if after else branches[0])
        return inner if inner is not None and len(inner) > 1 else [prefix + rest]
    pieces: list[str] = []
    for branch in [*branches, *([""] if optional else [])]:
        joined = f"(?:{branch}){after}" if branch else after
        more = _expand(prefix, joined) if len(branches) > 1 or branch else [prefix + joined]
        if more is None:
            return None
        pieces.extend(more)
        if len(pieces) > _MOST_PIECES:
            return None
    return pieces


def _group_end(text: str) -> int | None:
    """Index of the `)` closing the group `text` opens with."""
    depth = 0
    at = 0
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(text, at)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at
        at += 1
    return None


def _class_end(text: str, start: int) -> int:
    """Index just past the `]` closing the class opened at `start`."""
    at = start + 1
    if text[at : at + 1] == "^":
        at += 1
    if text[at : at + 1] == "]":
        at += 1
    while at < len(text) and text[at] != "]":
        at += 2 if text[at] == "\\" else 1
    return at + 1


def _top_level_split(body: str) -> list[str] | None:
    """`body` cut at its top-level `|`."""
    parts: list[str] = []
    depth = 0
    start = at = 0
    while at < len(body):
        char = body[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(body, at)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:at])
            start = at + 1
        at += 1
    if depth != 0:
        return None
    parts.append(body[start:])
    return parts
