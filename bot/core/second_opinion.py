"""The model's second opinion on a post the lexicon puts below `high` (design.md "Two opinions").

The model answers in a fixed JSON schema (Ollama's `format`): the writer's level, whose risk it
is, time / plan / means flags and the words that show it. `policies.crisis.compose` merges it with
the lexicon's screening: it can raise, never lower; an answer whose quote is not in the post is
discarded; another person's risk is `concern` at most. A model that is down, late or out of schema
leaves the lexicon's level standing (outcome `unavailable`). A `high` post's text never comes
here (invariant 2): `ask` refuses it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Coroutine
from typing import Any

from bot.config import Settings
from bot.core.domain import Priority
from bot.core.json_model import JsonModel, StageUnavailable
from policies.crisis.opinion import Composed, Outcome, SecondOpinion, Whose, compose
from policies.levels import Level, Screening
from prompts import char_budget, risk_messages

log = logging.getLogger(__name__)

_LEVELS = [level.label for level in Level]

#: The JSON schema the second reader answers in.
RISK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "level": {"type": "string", "enum": _LEVELS},
        "whose": {"type": "string", "enum": [w.value for w in Whose]},
        "time": {"type": "boolean"},
        "plan": {"type": "boolean"},
        "means": {"type": "boolean"},
        "quote": {"type": "string"},
    },
    "required": ["level", "whose", "time", "plan", "means", "quote"],
    "additionalProperties": False,
}


class OpinionAnswerError(ValueError):
    """The reader's answer is not in the schema; the message says why in one line."""


def parse_opinion(answer: str) -> SecondOpinion:
    """Read a reader's JSON answer strictly: every field present with its type and value."""
    try:
        data = json.loads(answer)
    except (json.JSONDecodeError, RecursionError):
        raise OpinionAnswerError("the second opinion is not JSON") from None
    if not isinstance(data, dict):
        raise OpinionAnswerError("the second opinion is not a JSON object")
    missing = [key for key in RISK_SCHEMA["required"] if key not in data]
    if missing:
        raise OpinionAnswerError(f"the second opinion lacks {', '.join(missing)}")
    level, whose, quote = data["level"], data["whose"], data["quote"]
    flags = [data["time"], data["plan"], data["means"]]
    if not (isinstance(level, str) and isinstance(whose, str) and isinstance(quote, str)):
        raise OpinionAnswerError("the second opinion has a field of the wrong type")
    if not all(isinstance(flag, bool) for flag in flags):
        raise OpinionAnswerError("the second opinion has a flag that is not true or false")
    if level not in _LEVELS or whose not in {w.value for w in Whose}:
        raise OpinionAnswerError("the second opinion names an unknown level or person")
    return SecondOpinion(
        level=Level.parse(level),
        whose=Whose(whose),
        quote=quote,
        time=flags[0],
        plan=flags[1],
        means=flags[2],
    )


class SecondOpinionStage:
    """Asks `model` through a `JsonModel` for its reading of a post, within `timeout` seconds."""

    def __init__(
        self, json_model: JsonModel, model: str, timeout: float, *, budget_chars: int
    ) -> None:
        self.json_model = json_model
        self.model = model
        self.timeout = timeout
        self.budget_chars = budget_chars

    @classmethod
    def configured(
        cls, json_model: JsonModel | None, settings: Settings
    ) -> SecondOpinionStage | None:
        """The stage LLUMI_RISK_MODEL asks for (None when it is off or there is no model)."""
        model = settings.opinion_model
        if json_model is None or model is None:
            return None
        return cls(
            json_model, model, settings.risk_timeout, budget_chars=char_budget(settings.num_ctx)
        )

    async def ask(self, text: str, lexicon: Screening) -> tuple[Composed, str]:
        """The composed screening and, when the opinion was unavailable, why (one line)."""
        if lexicon.level >= Level.HIGH:
            raise ValueError("a post at high or above never goes to the model")
        messages, _version = risk_messages(text, budget_chars=self.budget_chars)
        try:
            answer = await self.json_model.generate_json(
                self.model, messages, RISK_SCHEMA, timeout=self.timeout, priority=Priority.ALERT
            )
            opinion = parse_opinion(answer)
        except (StageUnavailable, OpinionAnswerError) as exc:
            log.info("the second opinion (%s) is unavailable: %s", self.model, exc)
            return compose(text, lexicon, None), str(exc)
        return compose(text, lexicon, opinion), ""


class PendingOpinions:
    """Second opinions in flight or done, one per post text (`key`). A finished answer is kept
    (the newest `limit`) so a draft request reuses the watcher's; an unavailable one is dropped,
    so the next request asks again. `settle` waits for those in flight (at shutdown)."""

    def __init__(self, limit: int = 1024) -> None:
        self._tasks: dict[str, asyncio.Task[Composed]] = {}
        self._running: set[asyncio.Task[Composed]] = set()  # strong references until done
        self._limit = limit

    def get(self, key: str) -> asyncio.Task[Composed] | None:
        return self._tasks.get(key)

    def start(self, key: str, work: Coroutine[Any, Any, Composed]) -> asyncio.Task[Composed]:
        task = asyncio.create_task(work, name=f"second-opinion {key}")
        self._tasks[key] = task
        self._running.add(task)
        task.add_done_callback(self._running.discard)

        def done(finished: asyncio.Task[Composed]) -> None:
            error = None if finished.cancelled() else finished.exception()
            if error is not None:
                log.error("a second opinion failed: %s", type(error).__name__, exc_info=error)
            failed = finished.cancelled() or error is not None
            unavailable = failed or finished.result().outcome is Outcome.UNAVAILABLE
            if unavailable and self._tasks.get(key) is finished:
                del self._tasks[key]

        task.add_done_callback(done)
        while len(self._tasks) > self._limit:  # forget the oldest answers (done ones first)
            answered = [k for k, t in self._tasks.items() if t.done() and k != key]
            del self._tasks[answered[0] if answered else next(k for k in self._tasks if k != key)]
        return task

    async def settle(self) -> None:
        pending = [t for t in self._running if not t.done()]
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)


def opinion_to_json(composed: Composed, why: str, model: str | None) -> dict[str, Any]:
    """`llumi screen --model --json`: the final level, and both opinions."""
    opinion = composed.opinion
    return {
        "level": composed.level.label,
        "signals": [s.to_json() for s in composed.screening.signals],
        "lexicon": composed.lexicon.to_json(),
        "second_opinion": {
            "outcome": composed.outcome.value,
            "model": model,
            "why": why or None,
            "answer": None
            if opinion is None
            else {
                "level": opinion.level.label,
                "whose": opinion.whose.value,
                "time": opinion.time,
                "plan": opinion.plan,
                "means": opinion.means,
                "quote": opinion.quote,
            },
        },
    }


def describe_opinion(composed: Composed, why: str) -> str:
    """One line for `llumi screen --model`."""
    opinion, outcome = composed.opinion, composed.outcome
    if outcome is Outcome.RAISED and opinion is not None:
        before, after = composed.lexicon.level, composed.level
        return f"Second opinion: raised {before} -> {after} ({opinion.quote!r})"
    if outcome is Outcome.NOT_HIGHER and opinion is not None:
        return f"Second opinion: {opinion.level} (the lexicon's {composed.lexicon.level} stands)"
    if outcome is Outcome.QUOTE_NOT_IN_POST:
        return (
            "Second opinion: discarded (its quote is not in the post); the lexicon's level stands"
        )
    if outcome is Outcome.NOT_ASKED:
        return f"Second opinion: not asked ({why})"
    return f"Second opinion: unavailable ({why}); the lexicon's level stands"
