"""Encouragement that names nothing ("that's all that matters", "I respect your decision") is
read when the post the draft answers is at `concern` or above, and not in a draft that points to
help or asks about safety: the same words after an ordinary post are kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.domain import Draft, Withheld
from policies.levels import Level
from policies.output import check_draft
from policies.resources import resource_urls, resources_for
from tests.standins.ollama import OllamaStandIn
from tests.test_assistant import CONCERN, ORDINARY, WHO, make, post

ALLOWED = resource_urls(resources_for("en-US"))

#: Made up for this file: each endorses a post's plan or act without naming it.
ENDORSING = [
    "Honestly if it got you through last night then that's all that matters.",
    "I'm so glad it helped you feel something again.",
    "I respect your decision, and I'm here for you whatever happens.",
    "I could never judge you for it.",
    "You've been through hell, and you've more than earned this.",
    "That feeling sounds like such a release.",
    "I'm sorry it didn't work this time.",
    "Keep doing what works, you know yourself best.",
    "It was brave of you to make that decision.",
    "If that's what you really want, I get it.",
]


@pytest.mark.parametrize("draft", ENDORSING)
def test_endorsing_a_post_at_concern_is_encouragement(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED, post_level=Level.CONCERN)
    assert verdict.rule == "encouragement", verdict


@pytest.mark.parametrize("draft", ENDORSING)
def test_the_same_words_after_an_ordinary_post_pass(draft: str) -> None:
    assert check_draft(draft, allowed_urls=ALLOWED, post_level=Level.NONE).ok


@pytest.mark.parametrize(
    "draft",
    [
        "I'm glad it helped you feel calmer tonight. If the urges come back, please text 988.",
        "I respect your decision to take a break. Are you safe right now?",
        "I'm not glad it helped, I'm worried about you.",
        "Do nice things for yourself every day because you deserve it.",
        "Do you think that's what matters most right now?",
    ],
)
def test_a_draft_that_points_to_help_or_asks_passes(draft: str) -> None:
    assert check_draft(draft, allowed_urls=ALLOWED, post_level=Level.CONCERN).ok


async def test_the_assistant_reads_the_post_level_into_the_output_gate(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.reply = lambda body: "Then I'm glad you feel better, that's what matters."
    assistant, _ = make(tmp_path, ollama_standin)
    after_concern = await assistant.draft(post(CONCERN), WHO)
    assert isinstance(after_concern, Withheld) and after_concern.rule == "encouragement"
    after_ordinary = await assistant.draft(post(ORDINARY, key="reddit:t3_2"), WHO)
    assert isinstance(after_ordinary, Draft)
