"""The sample posts shipped with llumi (written by the project for the demo) screen at the levels
a moderator would expect: the demo shows the gate doing its job."""

from __future__ import annotations

import json

import pytest

from bot.cli.run import sample_posts_path
from policies.crisis import default_gate
from policies.levels import Level

EXPECTED = {
    "sample-1": Level.CONCERN,  # "I'm worthless" after a job loss
    "sample-2": Level.NONE,
    "sample-3": Level.CONCERN,  # "I can't do this anymore", a burden
    "sample-4": Level.IMMINENT,  # pills, tonight, notes
    "sample-5": Level.CONCERN,  # worry about someone else
    "sample-6": Level.NONE,  # "this traffic was killing me"
    "sample-7": Level.NONE,
    "sample-8": Level.CONCERN,  # a self-harm relapse
}


def samples() -> dict[str, str]:
    rows = [json.loads(line) for line in sample_posts_path().read_text("utf-8").splitlines()]
    return {row["id"]: f"{row['title']}\n\n{row['text']}" for row in rows}


def test_every_sample_has_an_expectation() -> None:
    assert set(samples()) == set(EXPECTED)


@pytest.mark.parametrize(("ident", "level"), EXPECTED.items())
def test_sample_levels(ident: str, level: Level) -> None:
    assert default_gate().screen(samples()[ident]).level is level
