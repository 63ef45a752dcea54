"""The contract of a model safety judge that runs after the rules: the JSON it must answer in,
and a strict reading of that answer into a verdict.

The judge itself (a model call, its timeout, failing closed) lives with the model client; this
module is pure so that the schema, the parsing and the kinds stay one definition with the rules.
An answer that is not valid JSON, names an unknown kind, or flags a sentence that is not in the
draft is a `JudgeAnswerError`: the caller withholds (fails closed), it never shows the draft.
"""

from __future__ import annotations

import json
from typing import Any

from policies.output.kinds import HARM_KINDS, PASS, OutputVerdict, withheld

#: The JSON schema the judge answers in (Ollama's `format=` and OpenAI's `response_format` both
#: accept a JSON schema). `sentence` is the draft's sentence that breaks the rule, verbatim.
JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "safe": {"type": "boolean"},
        "kind": {"type": "string", "enum": ["none", *HARM_KINDS]},
        "sentence": {"type": "string"},
    },
    "required": ["safe", "kind", "sentence"],
    "additionalProperties": False,
}


class JudgeAnswerError(ValueError):
    """The judge's answer cannot be trusted; the message says why in one line."""


def parse_judge_answer(answer: str, draft: str) -> OutputVerdict:
    """Read a judge's JSON answer about `draft`. Safe answers pass; a flagged answer is withheld
    under its kind with the sentence it quoted."""
    try:
        data = json.loads(answer)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise JudgeAnswerError(f"the safety judge did not answer in JSON: {exc}"[:120]) from None
    if not isinstance(data, dict):
        raise JudgeAnswerError("the safety judge's answer is not a JSON object")
    missing = [key for key in JUDGE_SCHEMA["required"] if key not in data]
    if missing:
        raise JudgeAnswerError(f"the safety judge's answer lacks {', '.join(missing)}")
    safe, kind, sentence = data["safe"], data["kind"], data["sentence"]
    if not isinstance(safe, bool) or not isinstance(kind, str) or not isinstance(sentence, str):
        raise JudgeAnswerError("the safety judge's answer has a field of the wrong type")
    if kind != "none" and kind not in HARM_KINDS:
        raise JudgeAnswerError(f"the safety judge named an unknown kind {kind[:40]!r}")
    if safe:
        if kind != "none":
            raise JudgeAnswerError("the safety judge called the draft safe and named a kind")
        return PASS
    if kind == "none":
        raise JudgeAnswerError("the safety judge flagged the draft without naming a kind")
    quoted = " ".join(sentence.split())
    if not quoted or quoted.casefold() not in " ".join(draft.split()).casefold():
        # a judge that cannot point to the sentence may be flagging its own invention; still
        # withhold (fail closed), but say the sentence was not found
        return withheld(
            _JUDGE_RULE[kind], why="the safety judge flagged a sentence not in the draft"
        )
    return withheld(_JUDGE_RULE[kind], quoted)


#: The rule a judge's kind is reported under (the kinds' own rule names; unsafe contact's
#: judge finding is about contact, not links).
_JUDGE_RULE: dict[str, str] = {kind: kind for kind in HARM_KINDS} | {
    "unsafe_contact": "personal_contact"
}
