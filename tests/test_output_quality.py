"""The quality floor (token cap, loops, prompt scaffolding, improvements that drop the helper's
words) and the contract of a model safety judge (its JSON schema and a strict parser)."""

from __future__ import annotations

import json

import pytest

from policies.output import (
    HARM_KINDS,
    JUDGE_SCHEMA,
    MAX_DRAFT_CHARS,
    MAX_OUTPUT_TOKENS,
    JudgeAnswerError,
    check_draft,
    parse_judge_answer,
    wording_kept,
)
from policies.output.quality import MIN_WORDING_KEPT

GOOD = (
    "That sounds like a really draining few weeks, and it makes sense that you're worn down. "
    "What has been the hardest part for you lately?"
)


def rule(text: str, **kwargs: object) -> str | None:
    return check_draft(text, allowed_urls=(), **kwargs).rule  # type: ignore[arg-type]


def test_the_token_cap_and_the_character_limit_agree() -> None:
    """A draft the model may write (MAX_OUTPUT_TOKENS at a generous 6 characters a token) is one
    the gate may pass on length; the model client must not allow more tokens than that."""
    from bot.model import MAX_OUTPUT_TOKENS as client_cap

    assert client_cap <= MAX_OUTPUT_TOKENS
    assert MAX_DRAFT_CHARS >= MAX_OUTPUT_TOKENS * 6
    assert check_draft("x" * 2785, allowed_urls=()).rule != "too_long"  # 800 small-model tokens


def test_a_draft_cut_at_the_token_cap_is_withheld() -> None:
    assert rule(GOOD, stopped_at_cap=True) == "truncated"
    assert rule(GOOD) is None


def test_a_looping_draft_is_withheld() -> None:
    assert rule(GOOD + " I am here for you and I hear you." * 5) == "repetition"
    repeated = "You are not alone in feeling this way tonight."
    assert rule(f"{repeated} {GOOD} {repeated}") == "repetition"
    assert rule("Thank you. Thank you. I mean it.") is None  # short repeats are emphasis


def test_a_loop_the_helper_wrote_is_not_the_models() -> None:
    human = "Hang in there, hang in there, hang in there, hang in there, hang in there."
    assert rule(human + " You matter.", human_reply=human) is None


@pytest.mark.parametrize(
    "text",
    [
        "<reply>\nThat sounds hard.\n</reply>",
        "That sounds hard. <post> I feel alone </post>",
        "Assistant: That sounds hard.",
        "Here is a revised version of your reply: That sounds hard.",
        "Here's an improved version that keeps your words: that sounds hard.",
        "<|im_start|>assistant That sounds hard.",
    ],
)
def test_prompt_scaffolding_is_withheld(text: str) -> None:
    assert rule(text) == "scaffolding"


@pytest.mark.parametrize(
    "text",
    [
        "Here is what helped me: a short walk and one text to a friend.",
        "My reply to my boss was short, and that was fine.",
        "The post you wrote took courage.",
    ],
)
def test_everyday_words_are_not_scaffolding(text: str) -> None:
    assert rule(text) is None


def test_an_improvement_that_drops_the_helpers_words_is_withheld() -> None:
    human = "I went through the same thing last spring and talking to my sister really helped me."
    unrelated = "Have you tried a new hobby this week?"
    assert wording_kept(human, unrelated) < MIN_WORDING_KEPT
    assert rule(unrelated, human_reply=human) == "wording_dropped"
    kept = "I'm sorry it's so hard. " + human + " Is there someone like that for you?"
    assert rule(kept, human_reply=human) is None


def test_the_withheld_detail_of_a_quality_rule_says_what_broke() -> None:
    result = check_draft(GOOD, allowed_urls=(), stopped_at_cap=True)
    assert result.kind == "quality" and "token limit" in result.detail


# --- the model safety judge's contract ------------------------------------------------------------


def test_the_judge_schema_lists_the_eight_kinds() -> None:
    assert JUDGE_SCHEMA["properties"]["kind"]["enum"] == ["none", *HARM_KINDS]
    assert set(JUDGE_SCHEMA["required"]) == {"safe", "kind", "sentence"}


def test_a_safe_answer_passes() -> None:
    answer = json.dumps({"safe": True, "kind": "none", "sentence": ""})
    assert parse_judge_answer(answer, GOOD).ok


def test_a_flag_names_the_kind_and_the_sentence() -> None:
    draft = "I hear you. Maybe skip the appointment, they never help."
    answer = json.dumps(
        {"safe": False, "kind": "discouraging_help", "sentence": "Maybe skip the appointment"}
    )
    result = parse_judge_answer(answer, draft)
    assert not result.ok and result.kind == "discouraging_help"
    assert result.sentence == "Maybe skip the appointment"


def test_a_flag_quoting_words_not_in_the_draft_still_withholds() -> None:
    answer = json.dumps({"safe": False, "kind": "diagnosis", "sentence": "You have OCD."})
    result = parse_judge_answer(answer, GOOD)
    assert not result.ok and result.kind == "diagnosis" and not result.sentence


@pytest.mark.parametrize(
    "answer",
    [
        "not json",
        "[]",
        json.dumps({"safe": False, "kind": "rudeness", "sentence": "x"}),
        json.dumps({"safe": False, "kind": "none", "sentence": "x"}),
        json.dumps({"safe": True, "kind": "diagnosis", "sentence": ""}),
        json.dumps({"safe": "no", "kind": "none", "sentence": ""}),
        json.dumps({"safe": True, "kind": "none"}),
    ],
)
def test_a_bad_judge_answer_is_an_error(answer: str) -> None:
    with pytest.raises(JudgeAnswerError):
        parse_judge_answer(answer, GOOD)
