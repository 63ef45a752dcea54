"""A method told as something that happened, years ago, to the writer or someone they lost ("my
brother hanged himself when I was 20", "back in college I swallowed a bottle of pills"): how a
peer relates and gives hope, not method talk aimed at the reader. Only when the sentence also
holds no word to the reader (you'd, you should) and nothing about whether it worked (quick,
painless, high enough, deeper): then it is method talk however long ago it happened.
"""

from __future__ import annotations

import re

from policies.output.family import A

#: A time well in the past, said of the writer's or someone's life.
_LONG_AGO = re.compile(
    r"\b(?:(?:\d+|a\s+few|a\s+couple\s+of|many|several|some|two|three|four|five|six|ten)\s+"
    r"(?:years?|months?)\s+ago|years\s+ago|long\s+ago|when\s+(?:i|he|she|they|we)\s+(?:was|were)\s+"
    r"(?:\d+|a\s+(?:kid|child|teen(?:ager)?|student)|young|little|in\s+(?:school|college|high\s+"
    r"school|uni|university|my\s+\w+))|back\s+(?:in\s+(?:\d{4}|school|college|high\s+school|uni|"
    r"the\s+day)|then)|last\s+year|as\s+a\s+(?:kid|child|teen(?:ager)?)|in\s+(?:high\s+school|"
    r"college|uni|my\s+(?:teens|twenties|20s)))\b"
)
#: Words to the reader, or about whether it worked: the story is then a lesson in method.
_TO_THE_READER_OR_WORKED = re.compile(
    rf"\byou(?:{A}d|{A}ll|\s+(?:should|could|can|need|must|might|would|want|will|just))\b|"
    rf"\b(?:worked|works?|the\s+(?:way|trick)|best|held|holds?|weight|instant(?:ly)?|quick(?:ly|er|est)?|painless(?:ly)?|peaceful(?:ly)?|"
    rf"didn{A}?t\s+(?:feel|hurt)|enough|did\s+the\s+job|no\s+pain|easy|easiest|surest|higher|"
    rf"taller|deeper|stronger|more\s+(?:pills|tablets)|make\s+sure)\b"
)


def told_of_the_past(sentence: str) -> bool:
    """Whether `sentence` (folded) tells a method as a past event, with no lesson drawn from it."""
    return (
        _LONG_AGO.search(sentence) is not None and _TO_THE_READER_OR_WORKED.search(sentence) is None
    )


__all__ = ["told_of_the_past"]
