"""The model safety judge: after the output rules pass a draft, a model judges it against the eight
kinds of harm in a fixed JSON schema (policies.output.judge) and names the sentence.

It fails closed: when it is on and its model is down, refuses, is late or answers out of schema,
the verdict withholds the draft ("the safety check is unavailable"); a draft is never shown
unchecked. For an improvement only what the model added is judged (the sentences holding its
words), as the rules do.
"""

from __future__ import annotations

import logging

from bot.config import Settings
from bot.core.domain import Priority
from bot.core.json_model import JsonModel, StageUnavailable
from bot.model import MAX_OUTPUT_TOKENS, Generation
from policies.output import JUDGE_SCHEMA, JudgeAnswerError, OutputVerdict, parse_judge_answer
from policies.output.family import sentence_span
from policies.output.quality import added_spans
from prompts import judge_messages

log = logging.getLogger(__name__)

#: The rule name a withheld outcome carries when the judge could not judge (not one of the rules:
#: nothing was found wrong, the draft just could not be checked).
UNAVAILABLE_RULE = "safety_check_unavailable"
UNAVAILABLE_KIND = "unavailable"
UNAVAILABLE_DETAIL = "the safety check is unavailable"


def unavailable(why: str) -> OutputVerdict:
    """The verdict when the judge could not judge (fail closed); `why` holds no draft text."""
    return OutputVerdict(ok=False, rule=UNAVAILABLE_RULE, detail=f"{UNAVAILABLE_DETAIL} ({why})")


def kind_of(verdict: OutputVerdict) -> str:
    """The kind a withheld verdict is reported and counted under."""
    if verdict.rule == UNAVAILABLE_RULE:
        return UNAVAILABLE_KIND
    return verdict.kind or verdict.rule or ""


def judged_text(draft: str, human_reply: str | None) -> str:
    """What the judge reads: the whole draft, or for an improvement the sentences that hold the
    model's added words (one a line), or "" when the model added nothing."""
    if human_reply is None:
        return draft
    sentences: list[str] = []
    for start, end in added_spans(draft, human_reply):
        left, right = sentence_span(draft, start, end)
        sentence = draft[left:right].strip()
        if sentence and sentence not in sentences:
            sentences.append(sentence)
    return "\n".join(sentences)


def stopped_at_cap(generation: Generation) -> bool:
    """Whether the model stopped at its token cap (its done reason is "length"): the draft is cut
    off. A client that does not report the reason gives it away by using every token allowed."""
    reason: str | None = getattr(generation, "done_reason", None)
    if reason is not None:
        return reason == "length"
    return generation.output_tokens is not None and generation.output_tokens >= MAX_OUTPUT_TOKENS


class SafetyJudge:
    """Judges drafts with `model` through a `JsonModel`, within `timeout` seconds."""

    def __init__(self, json_model: JsonModel, model: str, timeout: float) -> None:
        self.json_model = json_model
        self.model = model
        self.timeout = timeout

    @classmethod
    def configured(cls, json_model: JsonModel | None, settings: Settings) -> SafetyJudge | None:
        """The judge LLUMI_SAFETY_MODEL asks for (None when it is off or there is no model)."""
        model = settings.judge_model
        if json_model is None or model is None:
            return None
        return cls(json_model, model, settings.safety_timeout)

    async def judge(self, draft: str, human_reply: str | None) -> OutputVerdict:
        text = judged_text(draft, human_reply)
        if not text.strip():
            return OutputVerdict(ok=True)  # the model added nothing: the helper's words stand
        messages, _version = judge_messages(text)
        try:
            answer = await self.json_model.generate_json(
                self.model, messages, JUDGE_SCHEMA, timeout=self.timeout, priority=Priority.ALERT
            )
        except StageUnavailable as exc:
            log.info("the safety judge (%s) is unavailable: %s", self.model, exc)
            return unavailable(str(exc))
        try:
            return parse_judge_answer(answer, text)
        except JudgeAnswerError as exc:
            log.info("the safety judge (%s) answered out of schema: %s", self.model, exc)
            return unavailable("its answer was not in the schema")
