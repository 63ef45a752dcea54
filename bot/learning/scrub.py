"""Personal data out of training text: user names, mentions, links, e-mail addresses, phones.

Each hit is replaced by a placeholder ("[user]", "[link]", "[email]", "[phone]") rather than the
text being dropped, so a reply keeps its shape and its vote still means something. The reviewed
crisis lines of `policies/resources.toml` stay as they are: a reply that points to 988 or to the
Samaritans is exactly what the models should learn to write. Names written in plain prose
("Hi Sam") are not found by patterns; that limit is stated in the summary's notes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from policies.resources import CrisisLine, citable_lines

PLACEHOLDERS = {
    "email": "[email]",
    "link": "[link]",
    "user": "[user]",
    "mention": "[user]",
    "phone": "[phone]",
}

# Bare domains without a scheme are only taken with these endings (or a path), because text whose
# paragraph breaks were lost runs sentences together ("with.Seriously", "feelings.It").
_BARE_TLDS = r"(?:com|org|net|edu|gov|io|info|gg|co\.uk|org\.uk|nhs\.uk|org\.au|com\.au|ie|ca)"

_PATTERN = re.compile(
    r"""
    (?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})
    | (?P<link>
        (?:https?://|www\.)[^\s<>()\[\]"']+
        | (?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:[a-z]{2,6}/[^\s<>()\[\]"']*|"""
    + _BARE_TLDS
    + r"""\b(?:/[^\s<>()\[\]"']*)?)
      )
    | (?P<user>(?<![\w/])/?u/[A-Za-z0-9_-]{2,20}|<@!?\d{5,25}>)
    | (?P<mention>(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,31}(?<!\.))
    | (?P<phone>
        (?<![\w+])(?:\+|00)\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\w])
        | (?<![\w+])(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?!\w)
        | (?<![\w+])0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}(?!\w)
      )
    """,
    re.VERBOSE,
)

_TRAILING = ".,;:!?)]}'\""


@dataclass(frozen=True)
class KeptLines:
    """The crisis lines' phones (as digit strings) and URLs (host + path), which stay in text."""

    phones: frozenset[str] = frozenset()
    urls: frozenset[str] = frozenset()

    @classmethod
    def from_lines(cls, lines: Iterable[CrisisLine]) -> KeptLines:
        phones: set[str] = set()
        urls: set[str] = set()
        for line in lines:
            for value in (line.phone, line.text):
                digits = _digits(value or "")
                if len(digits) >= 3:
                    phones.add(digits)
            if line.url:
                urls.add(_url_key(line.url))
        return cls(frozenset(phones), frozenset(urls))

    def keeps_phone(self, text: str) -> bool:
        digits = _digits(text)
        return any(digits == p or (digits.endswith(p) and len(p) >= 7) for p in self.phones)

    def keeps_url(self, text: str) -> bool:
        key = _url_key(text)
        return any(key == u or key.startswith(u + "/") for u in self.urls)


@cache
def crisis_lines_kept() -> KeptLines:
    """Every real crisis line a reply may name: every locale's (a reply may name another
    country's line) and the well-known others of `[also]` (the old US Lifeline number...)."""
    return KeptLines.from_lines(citable_lines())


@dataclass
class ScrubCounts:
    """How many of each kind were replaced, over every text scrubbed (for summary.json)."""

    replaced: Counter[str] = field(default_factory=Counter)
    kept_crisis_lines: int = 0

    def to_json(self) -> dict[str, object]:
        return {"replaced": dict(sorted(self.replaced.items())), "kept": self.kept_crisis_lines}


def normalise(text: str) -> str:
    """NFKC (full-width and other look-alike forms become plain ones) without invisible format
    characters, so "jane\u200b@example.com" or a full-width "＠" cannot slip past the patterns."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def scrub(text: str, *, keep: KeptLines | None = None, counts: ScrubCounts | None = None) -> str:
    """`text`, normalised, with personal data replaced by placeholders; crisis lines stay."""
    kept = crisis_lines_kept() if keep is None else keep
    text = normalise(text)

    def replace(match: re.Match[str]) -> str:
        kind = match.lastgroup or "link"
        found = match.group(0)
        tail = ""
        if kind == "link":
            stripped = found.rstrip(_TRAILING)
            found, tail = stripped, found[len(stripped) :]
            if kept.keeps_url(found):
                if counts is not None:
                    counts.kept_crisis_lines += 1
                return found + tail
        if kind == "phone" and kept.keeps_phone(found):
            if counts is not None:
                counts.kept_crisis_lines += 1
            return found
        if counts is not None:
            counts.replaced[kind] += 1
        return PLACEHOLDERS[kind] + tail

    return _PATTERN.sub(replace, text)


def find_personal_data(text: str, *, keep: KeptLines | None = None) -> list[str]:
    """What `scrub` would replace in `text` (used by tests and as a last check before export)."""
    kept = crisis_lines_kept() if keep is None else keep
    found: list[str] = []
    for match in _PATTERN.finditer(normalise(text)):
        kind, value = match.lastgroup, match.group(0)
        if kind == "link" and kept.keeps_url(value.rstrip(_TRAILING)):
            continue
        if kind == "phone" and kept.keeps_phone(value):
            continue
        found.append(value)
    return found


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _url_key(url: str) -> str:
    key = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower())
    return key.rstrip("/")
