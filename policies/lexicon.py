"""The crisis lexicon: phrases as data (TOML under policies/lexicon/), compiled into one matcher.

Each TOML file holds `[[group]]` tables: a `category`, the `level` its phrases carry, whether the
phrases are a `topic` (a word like "suicide" that says nothing about who: only an explicit first
person makes it more than `concern`), and `phrases`. Phrases are literal text (never regex); they
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
from policies.normalize import INVISIBLE, LEET, skeleton


@dataclass(frozen=True)
class Entry:
    """One lexicon phrase: what it means and how serious it is before context."""

    phrase: str
    category: str
    level: Level
    topic: bool = False
    source: str = ""


def match_key(text: str) -> str:
    """The lookup key of a phrase or of matched text: its skeleton with i/l merged.

    Leet `1` and `|` may stand for either letter, so the matcher cannot tell "ki11" from "kii1";
    merging the two letters makes both spell the same key as "kill".
    """
    merged = skeleton(text).replace("l", "i")
    return re.sub(r"(.)\1+", r"\1", merged)


# Between two letters of a phrase: invisible characters, and up to three separators (spaces,
# inner punctuation), so "k i l l", "s.u.i.c.i.d.e", "self-harm" and "kill   myself" all match.
_SEP = r"[\s.\-_*'’‘`~^•·:/\\]"
_INV = re.escape(INVISIBLE)
GAP = rf"{_INV}*(?:{_SEP}{_INV}*){{0,3}}"


def _letter_class(letter: str) -> str:
    chars = letter + LEET.get(letter, "")
    return "[" + "".join(re.escape(c) for c in chars) + "]" if len(chars) > 1 else re.escape(chars)


def _unit(letter: str) -> str:
    """One letter of a phrase, stretched or spaced out as often as the writer likes."""
    cls = _letter_class(letter)
    return f"{cls}(?:{GAP}{cls})*"


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for all `phrases` (by skeleton), whole words only, as a letter trie."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        letters = skeleton(phrase)
        if not letters:
            continue
        node = trie
        for letter in letters:
            node = node.setdefault(letter, {})
        node[""] = {}
    if not trie:
        return None

    def render(node: dict[str, Any]) -> str:
        branches = []
        for letter in sorted(k for k in node if k):
            child = node[letter]
            rest = render_after(child)
            branches.append(_unit(letter) + rest)
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    def render_after(node: dict[str, Any]) -> str:
        children = [k for k in node if k]
        if not children:
            return r"(?!\w)"
        more = GAP + render(node)
        if "" in node:
            return f"(?:{more}|(?!\\w))"
        return more

    return re.compile(r"(?<!\w)" + render(trie))


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
        by_key: dict[str, list[Entry]] = {}
        for entry in self.entries:
            by_key.setdefault(match_key(entry.phrase), []).append(entry)
        self._by_key = {k: tuple(v) for k, v in by_key.items()}
        self.pattern = compile_phrases(e.phrase for e in self.entries)

    def finditer(self, folded: str) -> Iterator[Match]:
        """Leftmost-longest, non-overlapping lexicon hits in `folded` text."""
        if self.pattern is None:
            return
        for m in self.pattern.finditer(folded):
            entries = self._by_key.get(match_key(m.group()))
            if entries:
                yield Match(m.start(), m.end(), entries)

    def without(self, phrases: Iterable[str]) -> Lexicon:
        """This lexicon with every entry spelling one of `phrases` switched off."""
        off = {match_key(p) for p in phrases}
        return Lexicon(e for e in self.entries if match_key(e.phrase) not in off)

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
        for phrase in phrases:
            if not isinstance(phrase, str) or not skeleton(phrase):
                raise ValueError(f"lexicon {where}: phrase {phrase!r} has no letters")
            entries.append(Entry(phrase.strip(), category, level, topic, source))
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
