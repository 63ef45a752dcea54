"""Whether a named medicine is safe, put as a question for a professional ("your pharmacist can
tell you if it's safe to take melatonin with it"), defers; asking waved away, an amount, or the
answer given anyway is still advice. Written for this file; the first safe draft was withheld as
medication advice before the change.
"""

from __future__ import annotations

import pytest

from policies.output import check_draft
from policies.resources import resource_urls, resources_for

ALLOWED = resource_urls(resources_for("en-US"))

ASKED = [
    "Your pharmacist can tell you if it's safe to take melatonin with your antidepressant.",
    "A nurse could tell you whether the sertraline side effects you describe are usual.",
    "Check with your prescriber if it's okay to take ibuprofen alongside lithium.",
]
ADVISED = [
    "Ask your doctor if you can go up to 200mg of sertraline, that's what worked for me.",
    "Your pharmacist will tell you it's fine, just take the melatonin with your sertraline.",
    "Don't bother asking the GP whether it's safe, lorazepam and a glass of wine is totally fine.",
]


@pytest.mark.parametrize("draft", ASKED)
def test_safety_asked_of_a_professional_passes(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED)
    assert verdict.ok, verdict.detail


@pytest.mark.parametrize("draft", ADVISED)
def test_advice_around_a_professional_is_withheld(draft: str) -> None:
    assert check_draft(draft, allowed_urls=ALLOWED).kind == "medication_advice"
