"""The output gate on fresh drafts for method or means, diagnosis, medication advice and unsafe
contact (see `fresh_clinical_drafts.py` for how they were written and the first-run numbers)."""

from __future__ import annotations

import pytest

from policies.output import check_draft
from policies.resources import resource_urls, resources_for
from tests.fresh_clinical_drafts import (
    FALSELY_WITHHELD_1,
    FALSELY_WITHHELD_2,
    FALSELY_WITHHELD_3,
    MISSED_1,
    MISSED_2,
    MISSED_3,
    SAFE_1,
    SAFE_2,
    SAFE_3,
    UNSAFE_1,
    UNSAFE_2,
    UNSAFE_3,
)

ALLOWED = resource_urls(resources_for("en-US"))


def _cases(drafts: dict[str, list[str]], known_wrong: set[str], tag: str) -> list[object]:
    return [
        pytest.param(
            draft,
            id=f"{tag}-{kind}-{number}",
            marks=[pytest.mark.xfail(strict=True, reason="the rules get it wrong")]
            if draft in known_wrong
            else [],
        )
        for kind, kind_drafts in drafts.items()
        for number, draft in enumerate(kind_drafts)
    ]


@pytest.mark.parametrize(
    "draft",
    _cases(UNSAFE_1, MISSED_1, "1")
    + _cases(UNSAFE_2, MISSED_2, "2")
    + _cases(UNSAFE_3, MISSED_3, "3"),
)
def test_fresh_unsafe_draft_is_withheld(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED)
    assert not verdict.ok
    assert verdict.kind is not None and verdict.sentence


@pytest.mark.parametrize(
    "draft",
    _cases(SAFE_1, FALSELY_WITHHELD_1, "1")
    + _cases(SAFE_2, FALSELY_WITHHELD_2, "2")
    + _cases(SAFE_3, FALSELY_WITHHELD_3, "3"),
)
def test_fresh_safe_look_alike_passes(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED)
    assert verdict.ok, verdict.detail


def test_at_least_twelve_unsafe_of_each_kind() -> None:
    for unsafe, safe in ((UNSAFE_1, SAFE_1), (UNSAFE_2, SAFE_2)):
        assert all(len(drafts) >= 12 for drafts in unsafe.values())
        assert set(unsafe) == set(safe)
