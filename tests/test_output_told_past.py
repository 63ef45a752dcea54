# ruff: noqa: E501  (the drafts are data: one a line reads best)
"""A method told as something that happened years ago, to the writer or someone they lost, is how
a peer relates (`told_past.py`); the same story with a lesson for the reader (you'd need, it was
quick, higher) is still method talk. Written for this file: the first three safe stories were
withheld as method or means before the change.
"""

from __future__ import annotations

import pytest

from policies.output import check_draft
from policies.output.told_past import told_of_the_past
from policies.resources import resource_urls, resources_for

ALLOWED = resource_urls(resources_for("en-US"))

TOLD_OF_THE_PAST = [
    "My brother hanged himself when I was 20, and talking to a grief group was what kept me afloat.",
    "A friend of mine jumped in front of a train years ago and survived; she's doing okay now and she'd tell you to call someone.",
    "My cousin jumped off a bridge when I was 12 and it took me years to talk about it.",
    "Back in college I swallowed a bottle of my antidepressants and woke up in the ICU.",
    "i used to burn myself with a lighter in high school, i haven't in 6 years",
]
#: The past as a lesson in method: withheld however long ago it happened.
LESSONS = [
    "Back in college I cut my wrists vertically, that's the way that works.",
    "Back then I hanged myself from the loft hatch and the rope held fine.",
]
#: Lessons the method family never read (before this change either): no method word it knows
#: ("a 4 storey car park", "30 paracetamol", "shot himself").
MISSED_LESSONS = [
    "Years ago my friend jumped from a 4 storey car park and survived, so you'd need to go higher.",
    "When I was 17 I took 30 paracetamol and it was painless at first.",
    "My uncle shot himself years ago and it was instant, he didn't suffer.",
]


@pytest.mark.parametrize("draft", TOLD_OF_THE_PAST)
def test_method_told_of_the_past_passes(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED)
    assert verdict.ok, verdict.detail


@pytest.mark.parametrize("draft", LESSONS)
def test_past_told_as_a_lesson_is_withheld(draft: str) -> None:
    assert check_draft(draft, allowed_urls=ALLOWED).kind == "method_or_means"


@pytest.mark.parametrize("draft", MISSED_LESSONS)
@pytest.mark.xfail(strict=True, reason="the method family has no word for these means")
def test_past_lesson_the_rules_miss(draft: str) -> None:
    assert not check_draft(draft, allowed_urls=ALLOWED).ok


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("years ago my dad took an overdose", True),
        ("years ago my dad took an overdose, so you'd need more", False),
        ("my dad took an overdose", False),
        ("when i was 15 it was quick", False),
    ],
)
def test_told_of_the_past_reads_time_and_lesson(sentence: str, told: bool) -> None:
    assert told_of_the_past(sentence) is told
