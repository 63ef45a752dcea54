# ruff: noqa: E501  (the drafts are data: one a line reads best)
"""A diagnosis the reader's own clinician gave, reflected back ("since your psychiatrist says it's
OCD"), is not the draft diagnosing; the draft setting its own verdict against the clinician's
("your therapist thinks it's anxiety, but this is clearly ADHD") still is. Written for this file;
the reported ones were withheld as a diagnosis before the change.
"""

from __future__ import annotations

import pytest

from policies.output import check_draft
from policies.resources import resource_urls, resources_for

ALLOWED = resource_urls(resources_for("en-US"))

REPORTED = [
    "Since your psychiatrist says it's OCD, the checking rituals you mention are part of that, not you being weird.",
    "The psychiatrist said you might have bipolar II? That must be a lot to process.",
    "Your GP thinks it's depression, and it makes sense you'd want to understand what that means for you.",
]
CONTRARY = [
    "Honestly the doctor said it's stress but this sounds like bipolar to me.",
    "Your therapist thinks it's anxiety, but what you're describing is clearly ADHD.",
    "That's textbook borderline, whatever your GP says.",
]


@pytest.mark.parametrize("draft", REPORTED)
def test_diagnosis_reported_from_the_clinician_passes(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED)
    assert verdict.ok, verdict.detail


@pytest.mark.parametrize("draft", CONTRARY)
def test_own_verdict_against_the_clinician_is_withheld(draft: str) -> None:
    assert check_draft(draft, allowed_urls=ALLOWED).kind == "diagnosis"
