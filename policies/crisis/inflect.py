"""Plurals of the lexicon's nouns, so one entry covers "a lethal dose" and "lethal doses"; and
the same phrases told of someone else ("kill myself" -> "kill herself"), as someone else's risk.

The matcher reads phrases letter by letter; until it inflects words itself, the gate adds the
plural of each phrase's last noun when it loads the lexicon (one compile, no second list in the
TOML). Which categories and which words is data: the `[inflection]` section of context.toml.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from policies.crisis.words import context_data
from policies.levels import Level
from policies.lexicon import Entry

_NOT_NOUN_ENDINGS = ("s", "ed", "ing", "ly", "self", "selves")
_VOWELS = frozenset("aeiou")
_SINGULAR = (" a", " an", " one", " another", " every", " each")  # "have a gun" stays singular


def plural(word: str, irregular: dict[str, str] | None = None) -> str:
    """The English plural of a noun ("dose" -> "doses", "remedy" -> "remedies", "match" ->
    "matches"; `irregular` ones by the table: "knife" -> "knives")."""
    if irregular and word in irregular:
        return irregular[word]
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _inflectable(word: str, uninflected: frozenset[str]) -> bool:
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in uninflected
        and not word.endswith(_NOT_NOUN_ENDINGS)
    )


def inflected(entries: Iterable[Entry]) -> Iterator[Entry]:
    """The plural forms of `entries` whose category inflects and whose last word is a noun."""
    data = context_data()["inflection"]
    categories, uninflected = frozenset(data["categories"]), frozenset(data["uninflected"])
    irregular: dict[str, str] = dict(data["irregular"])
    not_plural = frozenset(data["not_plural"])
    for entry in entries:
        if entry.category not in categories or entry.topic or entry.phrase in not_plural:
            continue
        head, _, last = f" {entry.phrase}".rpartition(" ")
        if not _inflectable(last.lower(), uninflected) or head.endswith(_SINGULAR):
            continue
        phrase = f"{head} {plural(last, irregular)}".strip()
        template = entry.template
        if template is not None:
            group, prefix, obj = template
            obj_head, _, obj_last = obj.rpartition(" ")
            template = (group, prefix, f"{obj_head} {plural(obj_last, irregular)}".strip())
        yield replace(entry, phrase=phrase, template=template)


_THIRD_PERSONS = (
    {"myself": "herself", "my": "her", "mine": "hers"},
    {"myself": "himself", "my": "his", "mine": "his"},
    {"myself": "themselves", "my": "their", "mine": "theirs"},
)
_WRITER_AS_SUBJECT = frozenset({"i", "im", "ive", "id", "ill", "me", "we", "us", "our"})


def third_persons(entries: Iterable[Entry]) -> Iterator[Entry]:
    """Each ideation, plan or attempt phrase told of someone else, as someone else's risk
    (`concern`): "want to kill myself" -> "want to kill herself", "ending my life" -> "ending his
    life". Only phrases whose person is "my"/"myself" alone; the writer as a subject ("I", "me")
    would need the verb changed too. Which categories is data (`[inflection] third_person`)."""
    data = context_data()["inflection"]
    categories = frozenset(data["third_person"])
    longest = int(data["third_person_max_words"])
    seen: set[str] = set()
    for entry in entries:
        if entry.category not in categories or entry.topic or entry.template is not None:
            continue
        words = entry.phrase.split()
        if len(words) > longest:
            continue  # the core of a longer phrase is read inside it: "... ending her life"
        if _WRITER_AS_SUBJECT.intersection(words) or not {"my", "myself", "mine"} & set(words):
            continue
        for table in _THIRD_PERSONS:
            phrase = " ".join(table.get(w, w) for w in words)
            if phrase in seen:
                continue
            seen.add(phrase)
            yield replace(
                entry,
                phrase=phrase,
                category="third_party",
                level=Level.CONCERN,
                at_hand=False,
                refers=False,
            )
