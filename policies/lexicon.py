"""The crisis lexicon: phrases as data (TOML under policies/lexicon/), compiled into one matcher.

Each TOML file holds `[[group]]` tables: a `category`, the `level` its phrases carry, whether the
phrases are a `topic` (a word like "suicide" that says nothing about who: only an explicit first
person makes it more than `concern`), optional `at_hand` (means the writer has: with intent nearby
the post is `imminent`) and `unless_next` (words that, right after a phrase, make it no signal:
"end things *with* him"), and `phrases`. Phrases are literal text (never regex); they
are compiled into one trie-shaped pattern whose every letter tolerates the disguises listed in
`policies.normalize`, so the matcher costs one linear scan per text whatever the lexicon's size.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources as package_files
from typing import Any

from policies.levels import Level
from policies.normalize import INVISIBLE, LEET, fold, skeleton


@dataclass(frozen=True)
class Entry:
    """One lexicon phrase: what it means and how serious it is before context."""

    phrase: str
    category: str
    level: Level
    topic: bool = False
    source: str = ""
    at_hand: bool = False  # means the writer has at hand: with intent nearby, `imminent`
    unless_next: tuple[str, ...] = ()  # words that, right after the phrase, make it no signal


# Between two letters of a phrase: invisible characters and at most one separator: spaces, a
# hyphen-like mark (spaces around it allowed), or inner punctuation not followed by a space. So
# "k i l l", "s.u.i.c.i.d.e", "self - harm" and "kill   myself" match, but "the end. It" does not
# spell "end it".
_INV = re.escape(INVISIBLE)
_SEP = r"(?:[ \t\n]{1,3}|[.'’‘`^•·,](?![\s])|[ \t]{0,2}[-_*~/\\][ \t]{0,2})"
GAP = rf"{_INV}*(?:{_SEP}{_INV}*)?"


def _letter_class(letter: str) -> str:
    chars = letter + LEET.get(letter, "")
    return "[" + "".join(re.escape(c) for c in chars) + "]" if len(chars) > 1 else re.escape(chars)


def _unit(letter: str) -> str:
    """One letter of a phrase, stretched or spaced out as often as the writer likes."""
    cls = _letter_class(letter)
    return f"{cls}(?:{GAP}{cls})*"


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase as the matcher spells it: folded words, leet read, repeats collapsed, fillers out.

    `phrase_words("Don't want to   DIIIE") == ("dont", "want", "to", "die")`.
    """
    words = []
    for raw in fold(phrase).text.replace("'", "").replace("’", "").split():
        letters = skeleton(raw)
        if letters and letters not in _FILLERS:
            words.append(letters)
    return tuple(words)


# Intensifiers a writer may put between the words of a phrase ("want to just die", "blow my
# fucking brains out"); they are skipped, so every phrase tolerates them.
_FILLER_WORDS = (
    "just", "really", "fucking", "fuckin", "freaking", "frickin", "literally", "actually",
    "honestly", "seriously", "truly", "genuinely", "simply", "even", "totally", "fully",
)  # fmt: skip
_FILLERS = frozenset(skeleton(w) for w in _FILLER_WORDS)
_FILLER = "(?:" + "|".join(sorted(_FILLER_WORDS, key=len, reverse=True)) + ")"
_BOUNDARY = rf"(?:[ \t]+{_FILLER}[ \t]+|{GAP})"


def compile_phrases(phrases: Iterable[tuple[str, ...]]) -> re.Pattern[str] | None:
    """One pattern for phrases given as `phrase_words`, whole words only, as a letter trie.

    The terminal of phrase number `i` (in iteration order of distinct word tuples) is an empty
    group named `t{i}`, so `match.lastgroup` says which phrase matched, however disguised.
    """
    trie: dict[str, Any] = {}
    terminals = 0
    for words in phrases:
        if not words:
            continue
        node = trie
        for index, word in enumerate(words):
            if index:
                node = node.setdefault(" ", {})
            for letter in word:
                node = node.setdefault(letter, {})
        if "" not in node:
            node[""] = terminals
            terminals += 1
    if not trie:
        return None

    def render(node: dict[str, Any], after_letter: bool) -> str:
        branches = []
        for key in sorted(k for k in node if k):
            child = node[key]
            if key == " ":
                branches.append(_BOUNDARY + render(child, after_letter=False))
            else:
                gap = GAP if after_letter else ""
                branches.append(gap + _unit(key) + render(child, after_letter=True))
        if "" in node:
            branches.append(rf"(?!\w)(?P<t{node['']}>)")  # last: longer phrases win
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(r"(?<!\w)" + render(trie, after_letter=False))


@dataclass(frozen=True)
class Match:
    """A lexicon hit in folded text: [start, end) and every entry the matched text spells."""

    start: int
    end: int
    entries: tuple[Entry, ...]


class Lexicon:
    """Entries plus the compiled matcher; immutable once built."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        by_words: dict[tuple[str, ...], list[Entry]] = {}
        for entry in self.entries:
            by_words.setdefault(phrase_words(entry.phrase), []).append(entry)
        keys = list(by_words)
        self._by_group = {f"t{i}": tuple(by_words[k]) for i, k in enumerate(keys)}
        self.pattern = compile_phrases(keys)

    def finditer(self, folded: str) -> Iterator[Match]:
        """Leftmost-longest, non-overlapping lexicon hits in `folded` text."""
        if self.pattern is None:
            return
        for m in self.pattern.finditer(folded):
            entries = self._by_group.get(m.lastgroup or "")
            if entries:
                yield Match(m.start(), m.end(), entries)

    def without(self, phrases: Iterable[str]) -> Lexicon:
        """This lexicon with every entry spelling one of `phrases` switched off."""
        off = {phrase_words(p) for p in phrases}
        return Lexicon(e for e in self.entries if phrase_words(e.phrase) not in off)

    def plus(self, entries: Iterable[Entry]) -> Lexicon:
        return Lexicon((*self.entries, *entries))


def _parse(name: str, data: dict[str, Any]) -> list[Entry]:
    entries = []
    for index, group in enumerate(data.get("group", [])):
        where = f"{name} group {index + 1}"
        try:
            category = str(group["category"])
            level = Level.parse(str(group["level"]))
            phrases = group["phrases"]
        except (KeyError, ValueError) as exc:
            raise ValueError(f"lexicon {where}: {exc}") from None
        topic = bool(group.get("topic", False))
        source = str(group.get("source", name))
        at_hand = bool(group.get("at_hand", False))
        unless_next = tuple(str(w).casefold() for w in group.get("unless_next", ()))
        for phrase in phrases:
            if not isinstance(phrase, str) or not phrase_words(phrase):
                raise ValueError(f"lexicon {where}: phrase {phrase!r} has no letters")
            entries.append(
                Entry(phrase.strip(), category, level, topic, source, at_hand, unless_next)
            )
    return entries


def lexicon_files() -> list[tuple[str, bytes]]:
    """(name, bytes) of every shipped lexicon TOML file, sorted by name."""
    folder = package_files.files("policies") / "lexicon"
    found = [(p.name, p.read_bytes()) for p in folder.iterdir() if p.name.endswith(".toml")]
    return sorted(found)


def context_file() -> bytes:
    """The context rules' word lists (hashed into the lexicon version with the phrases)."""
    return (package_files.files("policies") / "lexicon" / "context.toml").read_bytes()


def load_builtin() -> tuple[Lexicon, str]:
    """The shipped lexicon and a hash of its data."""
    digest = hashlib.sha256()
    entries: list[Entry] = []
    for name, raw in lexicon_files():
        digest.update(name.encode() + b"\0" + raw + b"\0")
        entries.extend(_parse(name, tomllib.loads(raw.decode("utf-8"))))
    return Lexicon(entries), digest.hexdigest()
