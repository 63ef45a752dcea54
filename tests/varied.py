"""Long, harmless filler text for tests that need a long draft: sentences of shuffled everyday
words, so the output gate's loop check (a sentence said twice, a word run said four times) never
mistakes it for a model repeating itself."""

from __future__ import annotations

import random

WORDS = [
    "today",
    "small",
    "steps",
    "matter",
    "friends",
    "listen",
    "calm",
    "breathe",
    "morning",
    "walk",
    "water",
    "tea",
    "sleep",
    "notes",
    "write",
    "kind",
    "gentle",
    "patience",
    "moments",
    "share",
    "trust",
    "hope",
    "evening",
    "light",
    "music",
    "books",
    "garden",
    "sunlight",
    "slowly",
    "rest",
    "ease",
    "plans",
    "weekend",
    "coffee",
    "together",
]


def varied_text(chars: int, seed: int = 7) -> str:
    """At least `chars` characters of nine-word sentences, the same for the same seed."""
    rng = random.Random(seed)
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < chars:
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(9)).capitalize() + ".")
    return " ".join(sentences)
