"""The model's second opinion (issue 10 item 3) through the real ollama client against the
stand-in: raise, no-lower, bad quote, timeout, down, the late alert and the upgrade; a `high`
post never goes to the model; a community can switch it off."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from bot.core.domain import Draft, Escalated
from bot.core.second_opinion import parse_opinion
from policies.levels import Level
from tests.standins.ollama import CALM_JUDGE, OllamaStandIn, schema_of
from tests.test_assistant import CONCERN, HIGH, WHO, community, make, post

#: Farewell behaviour the lexicon reads as nothing; a careful reader would not.
# ("I will be at peace soon" the lexicon now reads as finality, `concern`.)
QUIET = "I gave my cat to my neighbour and wrote letters to my sisters. It will all be quiet soon."
QUOTE = "It will all be quiet soon"


def reader_says(level: str, quote: str = QUOTE, whose: str = "writer", **flags: bool):  # type: ignore[no-untyped-def]
    """A json_reply: the second reader gives this answer, the judge a calm one."""
    answer = {"level": level, "whose": whose, "time": False, "plan": False, "means": False}
    answer |= flags | {"quote": quote}

    def reply(body: dict[str, Any]) -> str:
        return json.dumps(answer if schema_of(body) == "risk" else CALM_JUDGE)

    return reply


def audit(assistant: Any, event: str) -> list[str]:
    rows = assistant.store._db.execute(
        "SELECT detail FROM audit WHERE event = ? ORDER BY id", (event,)
    ).fetchall()
    return [r["detail"] for r in rows]


async def test_a_raise_to_high_escalates_and_nothing_is_drafted(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.json_reply = reader_says("high")
    assistant, sink = make(tmp_path, ollama_standin)
    outcome = await assistant.draft(post(QUIET), WHO)
    assert isinstance(outcome, Escalated) and outcome.level is Level.HIGH
    assert ollama_standin.drafts() == []  # drafting waited for the opinion
    (alert,) = sink.alerts
    assert alert.screening.level is Level.HIGH and alert.ping
    assert any(s.category == "second_opinion" and s.text == QUOTE for s in alert.screening.signals)
    (risk,) = ollama_standin.stage_bodies("risk")
    assert QUIET in risk["messages"][-1]["content"]
    assert audit(assistant, "second-opinion") == ["raised"]
    stored = assistant.stored_screening(post(QUIET).key)
    assert stored is not None and stored.screening.level is Level.HIGH  # a later look sees it


async def test_the_model_never_lowers_a_level(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.json_reply = reader_says("none", quote="I cut myself again")
    assistant, _ = make(tmp_path, ollama_standin)
    outcome = await assistant.draft(post(CONCERN), WHO)
    assert isinstance(outcome, Draft) and outcome.level is Level.CONCERN
    assert audit(assistant, "second-opinion") == ["not_higher"]


async def test_an_answer_whose_quote_is_not_in_the_post_is_discarded(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.json_reply = reader_says("imminent", quote="I am going to end it tonight")
    assistant, sink = make(tmp_path, ollama_standin)
    outcome = await assistant.draft(post(QUIET), WHO)
    assert isinstance(outcome, Draft) and outcome.level is Level.NONE
    assert sink.alerts == []
    assert audit(assistant, "second-opinion") == ["quote_not_in_post"]


async def test_a_late_opinion_leaves_the_lexicon_level_and_says_so(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    slow = reader_says("high")

    def late(body: dict[str, Any]) -> str:
        if schema_of(body) == "risk":
            threading.Event().wait(1.0)
        return str(slow(body))

    ollama_standin.json_reply = late
    assistant, sink = make(tmp_path, ollama_standin, risk_timeout=0.3)
    outcome = await assistant.draft(post(QUIET), WHO)
    assert isinstance(outcome, Draft) and outcome.level is Level.NONE
    assert sink.alerts == []
    (detail,) = audit(assistant, "second-opinion")
    assert detail.startswith("unavailable") and "0.3s" in detail


async def test_a_model_that_is_down_leaves_the_lexicon_level(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin, risk_model="reader:missing")
    outcome = await assistant.draft(post(QUIET), WHO)
    assert isinstance(outcome, Draft) and outcome.level is Level.NONE and sink.alerts == []
    (detail,) = audit(assistant, "second-opinion")
    assert detail.startswith("unavailable") and "reader:missing is not pulled" in detail
    assert [b["model"] for b in ollama_standin.stage_bodies("risk")] == ["reader:missing"]


async def test_the_lexicon_acts_at_once_and_the_late_answer_sends_the_alert(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    answer_now = threading.Event()
    raise_it = reader_says("high")

    def held(body: dict[str, Any]) -> str:
        if schema_of(body) == "risk":
            answer_now.wait(5)
        return str(raise_it(body))

    ollama_standin.json_reply = held
    assistant, sink = make(tmp_path, ollama_standin)
    screening = await assistant.observe(post(QUIET))  # returns while the model still reads
    assert screening.level is Level.NONE and sink.alerts == []
    answer_now.set()
    await assistant.opinions.settle()
    (alert,) = sink.alerts
    assert alert.screening.level is Level.HIGH
    await assistant.observe(post(QUIET))  # seen again: no second question, no second alert
    assert len(ollama_standin.stage_bodies("risk")) == 1 and len(sink.alerts) == 1


async def test_a_concern_alert_is_upgraded_once(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.json_reply = reader_says("high", quote="I feel like such a burden")
    assistant, sink = make(tmp_path, ollama_standin, communities=[community(concern="alert")])
    await assistant.observe(post(CONCERN))
    await assistant.opinions.settle()
    assert [(a.screening.level, a.ping) for a in sink.alerts] == [
        (Level.CONCERN, False),
        (Level.HIGH, True),
    ]
    outcome = await assistant.draft(post(CONCERN), WHO)  # a helper asks later: no duplicate
    assert isinstance(outcome, Escalated) and outcome.level is Level.HIGH
    assert len(sink.alerts) == 2 and ollama_standin.drafts() == []


async def test_a_high_post_never_goes_to_the_model(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    await assistant.observe(post(HIGH))
    await assistant.opinions.settle()
    assert ollama_standin.bodies() == [] and len(sink.alerts) == 1


async def test_a_community_can_switch_it_off(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    from bot.config import PolicyConfig

    ollama_standin.json_reply = reader_says("high")
    off = community(policy=PolicyConfig(second_opinion=False))
    assistant, _ = make(tmp_path, ollama_standin, communities=[off])
    outcome = await assistant.draft(post(QUIET), WHO)
    assert isinstance(outcome, Draft) and ollama_standin.stage_bodies("risk") == []


async def test_off_in_the_environment_switches_it_off(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.json_reply = reader_says("high")
    assistant, _ = make(tmp_path, ollama_standin, risk_model="off")
    outcome = await assistant.draft(post(QUIET), WHO)
    assert isinstance(outcome, Draft) and ollama_standin.stage_bodies("risk") == []


def test_answers_out_of_schema_are_refused() -> None:
    import pytest

    from bot.core.second_opinion import OpinionAnswerError

    good = {"level": "high", "whose": "writer", "time": False, "plan": True, "means": False}
    assert parse_opinion(json.dumps(good | {"quote": "x"})).plan
    for bad in ("not json", "[]", json.dumps(good), json.dumps(good | {"quote": 3})):
        with pytest.raises(OpinionAnswerError):
            parse_opinion(bad)
    with pytest.raises(OpinionAnswerError):
        parse_opinion(json.dumps(good | {"quote": "x", "level": "severe"}))


async def test_pending_opinions_keep_the_newest_answers_and_settle_those_in_flight() -> None:
    import asyncio

    from bot.core.second_opinion import PendingOpinions
    from policies.crisis.opinion import compose
    from policies.levels import Screening

    lexicon = Screening(level=Level.NONE)
    release = asyncio.Event()

    async def answer(wait: bool) -> Any:
        if wait:
            await release.wait()
        return compose("text", lexicon, None)  # unavailable: dropped when done

    pending = PendingOpinions(limit=2)
    slow = pending.start("slow", answer(True))
    for key in ("a", "b", "c"):
        pending.start(key, answer(False))
    assert pending.get("c") is not None and len(pending._tasks) <= 2
    release.set()
    await pending.settle()
    assert slow.done()
    await asyncio.sleep(0)
    assert pending.get("slow") is None  # an unavailable answer is asked again next time


async def test_the_stages_queue_ahead_of_drafts() -> None:
    """Priority.ALERT (the second opinion, the judge) is admitted before waiting drafts."""
    import asyncio

    from bot.core.domain import Priority
    from bot.model import PrioritySemaphore

    gate = PrioritySemaphore(1)
    await gate.acquire(Priority.INTERACTIVE)
    order: list[str] = []

    async def wait(name: str, priority: Priority) -> None:
        await gate.acquire(priority)
        order.append(name)
        gate.release()

    waiters = [
        asyncio.create_task(wait(n, p))
        for n, p in (("sweep", Priority.SWEEP), ("draft", Priority.INTERACTIVE))
    ]
    await asyncio.sleep(0)
    waiters.append(asyncio.create_task(wait("opinion", Priority.ALERT)))
    await asyncio.sleep(0)
    gate.release()
    await asyncio.gather(*waiters)
    assert order == ["opinion", "draft", "sweep"]
