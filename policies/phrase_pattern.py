"""The lexicon as one regex: what the matcher's hits are defined by (compiled only when asked).

Every letter of a phrase may be stretched, spaced out or joined; plain phrases form one letter
trie, template groups a prefix trie followed by an object trie. `policies.walker` reads text
exactly as these patterns do, without compiling them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policies.lexicon import Entry

_GAP = " *+"  # possessive: the spaces before a letter are never given back and re-tried
MAX_STRETCH = 16  # repeats of one letter a phrase may absorb: bounds the work per start position
VOWELS = "aeiou"  # a `*` inside a word may stand for one of them ("su*cide")


def _stretch(letter: str, lazy: bool = False) -> str:
    """What may repeat a letter after its first appearance, spaced or not (greedy, or lazy for
    the reading that prefers more words: "g o o d b y e e v e r y o n e"). Bounded, so a post of
    thousands of "i i i i" costs a constant per position, not a scan to its end."""
    repeat = f"(?:{_GAP}{_letter_class(letter, False)}){{0,{MAX_STRETCH}}}"
    return repeat + ("?" if lazy else "")


def _letter_class(letter: str, first: bool) -> str:
    """What stands for `letter` in the match text: itself, and `*` for a vowel inside a word.

    No letter class overlaps another: overlapping classes let two neighbouring letters split a
    run ("i i i i ...") in every way, and the work per position grows with the square of it.
    """
    chars = letter
    if letter in "aeiou" and not first:
        chars += "*"
    return "[" + re.escape(chars) + "]" if len(chars) > 1 else re.escape(chars)


def _unit(letter: str, first: bool, lazy: bool = False) -> str:
    """One letter of a phrase, stretched or spaced out as often as the writer likes."""
    return _letter_class(letter, first) + _stretch(letter, lazy)


def _trie(sequences: Iterable[tuple[str, ...]], names: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for words, name in zip(sequences, names, strict=True):
        node = trie
        for letter in " ".join(words):
            node = node.setdefault(letter, {})
        node.setdefault("", name)
    return trie


def _render(
    node: dict[str, Any], after_letter: bool, end: str, last: str = "", words_first: bool = False
) -> str:
    """A trie as a regex; a terminal is `end` then an empty group named after the phrase.

    Where a phrase may go on in the same word or with a next word, the same word is tried first
    ("hotline number" before "hot line"), or the next word with `words_first`.
    """
    branches = []
    for key in sorted((k for k in node if k), key=lambda k: ((k == " ") != words_first, k)):
        child = node[key]
        if key == " ":
            branches.append(_GAP + _render(child, False, end, words_first=words_first))
        else:
            gap = _GAP if after_letter else ""
            unit = _unit(key, not after_letter, lazy=words_first)
            branches.append(gap + unit + _render(child, True, end, key, words_first))
    if "" in node:
        # A phrase may not end on a repeat of its last letter across a gap when more words
        # follow: that letter is the next word's ("goodbye e.very.one").
        guard = ""
        if last and end:
            repeats = f"(?<!{last} {last})"
            guard = rf"(?:{repeats}|(?! +[^\W\d_]))"
        branches.append(f"{guard}{end}(?P<{node['']}>)")  # last, so longer phrases win
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


SPACED_ON = re.compile(r" +[^\W\d_]")  # after a spaced-out last letter, the text goes on


def _first_letter_branches(
    node: dict[str, Any], end: str, suffix: str = "", words_first: bool = False
) -> dict[str, list[str]]:
    """The root of a trie split by first letter: letter -> what may follow it.

    The caller joins all tries' branches under one alternation of literal first letters, which
    lets the regex engine skip in C to the positions where some phrase can start.
    """
    out: dict[str, list[str]] = {}
    for key in sorted(k for k in node if k and k != " "):
        stretch = _stretch(key, lazy=words_first)
        rest = _render(node[key], True, end, key, words_first)
        out.setdefault(key, []).append(stretch + rest + suffix)
    return out


Words = tuple[str, ...]
TemplateKey = tuple[str, Words, Words]  # (group, prefix words, object words)


class Regexes:
    """The letter-by-letter regex of some entries, compiled on first use.

    Plain phrases form one letter trie. Template entries (a group's `prefixes` crossed with its
    `phrases`) are compiled as a prefix trie followed by an object trie, so a template costs the
    sum of its parts in the pattern, not their product. A template key with no entries (a pair
    switched off by `Lexicon.without`) still matches, and yields nothing.
    """

    def __init__(
        self,
        plain: dict[Words, tuple[Entry, ...]],
        templated: dict[TemplateKey, tuple[Entry, ...]],
    ) -> None:
        self._plain = {f"t{i}": v for i, v in enumerate(plain.values())}
        self._templated = templated
        self._plain_trie = _trie(plain, self._plain) if plain else None
        self._prefix_names: dict[str, dict[str, Words]] = {}
        self._object_names: dict[str, tuple[str, Words]] = {}
        self._templates: list[tuple[dict[str, Any], dict[str, Words]]] = []
        for number, group in enumerate(sorted({k[0] for k in templated})):
            prefixes = sorted({k[1] for k in templated if k[0] == group})
            objects = sorted({k[2] for k in templated if k[0] == group})
            pnames = {f"p{number}_{i}": p for i, p in enumerate(prefixes)}
            onames = {f"o{number}_{i}": o for i, o in enumerate(objects)}
            self._prefix_names[group] = pnames
            heads = _trie(pnames.values(), pnames)
            for letter in sorted(k for k in heads if k and k != " "):
                # the object trie follows each first letter's head, so its names carry the letter
                copy = {f"{name}_{ord(letter)}": o for name, o in onames.items()}
                self._object_names.update({n: (group, o) for n, o in copy.items()})
                self._templates.append(({letter: heads[letter]}, copy))
        self._patterns: dict[bool, re.Pattern[str] | None] = {}

    def pattern(self, words_first: bool = False) -> re.Pattern[str] | None:
        """The pattern that stretches letters greedily, or the one that tries next words first."""
        if words_first not in self._patterns:
            self._patterns[words_first] = self._compile(words_first)
        return self._patterns[words_first]

    def _compile(self, words_first: bool) -> re.Pattern[str] | None:
        by_letter: dict[str, list[str]] = {}

        def add(branches: dict[str, list[str]]) -> None:
            for letter, rests in branches.items():
                by_letter.setdefault(letter, []).extend(rests)

        if self._plain_trie is not None:
            add(_first_letter_branches(self._plain_trie, r"(?!\w)", "", words_first))
        for head, objects in self._templates:
            tail = _render(_trie(objects.values(), objects), False, r"(?!\w)", "", words_first)
            add(_first_letter_branches(head, "", _GAP + tail, words_first))
        # A phrase starts at a word start: its first letter with no word character before it.
        # Written after the letter (not as a leading `\b`), so the engine skips in C to the
        # places where that letter occurs.
        branches = [
            _letter_class(letter, True)
            + r"(?<!\w.)"
            + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
            for letter, rests in sorted(by_letter.items())
        ]
        return re.compile("|".join(branches)) if branches else None

    def entries_of(self, m: re.Match[str]) -> tuple[Entry, ...]:
        name = m.lastgroup or ""
        if name in self._plain:
            return self._plain[name]
        if name in self._object_names:
            group, obj = self._object_names[name]
            for pname, prefix in self._prefix_names[group].items():
                if m.group(pname) is not None:
                    return self._templated.get((group, prefix, obj), ())
        return ()
