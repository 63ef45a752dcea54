"""The output gate: rules every model draft passes before a person sees it.

`check_draft` returns an `OutputVerdict`; a withheld verdict names the rule, its kind (one of the
eight kinds of harm in `HARM_KINDS`, crisis language in the draft's own voice, or a broken draft)
and the offending sentence. `judge` holds the contract a model safety judge answers in. Pure:
imports nothing from bot/.
"""

from policies.output.gate import check_draft
from policies.output.judge import JUDGE_SCHEMA, JudgeAnswerError, parse_judge_answer
from policies.output.kinds import (
    HARM_KINDS,
    KIND_LABELS,
    KINDS,
    RULE_KIND,
    RULES,
    OutputVerdict,
)
from policies.output.quality import (
    MAX_DRAFT_CHARS,
    MAX_OUTPUT_TOKENS,
    MIN_WORDING_KEPT,
    wording_kept,
)

__all__ = [
    "HARM_KINDS",
    "JUDGE_SCHEMA",
    "KINDS",
    "KIND_LABELS",
    "MAX_DRAFT_CHARS",
    "MAX_OUTPUT_TOKENS",
    "MIN_WORDING_KEPT",
    "RULES",
    "RULE_KIND",
    "JudgeAnswerError",
    "OutputVerdict",
    "check_draft",
    "parse_judge_answer",
    "wording_kept",
]
