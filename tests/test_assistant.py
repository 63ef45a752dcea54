"""The core pipeline through the real ollama client against the Ollama stand-in."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tenacity import wait_none

from bot.config import Community, PolicyConfig, Settings, SweepConfig
from bot.core.assistant import Assistant
from bot.core.domain import (
    Alert,
    Draft,
    Escalated,
    Feedback,
    Post,
    Reply,
    Requester,
    Unavailable,
    Withheld,
)
from bot.core.errors import LlumiError, Refused
from bot.model import ModelClient
from bot.store import Store
from policies.levels import Level
from tests.standins.ollama import OllamaStandIn

WHO = Requester(platform="reddit", id="mod1", name="mod1")
CRISIS = "I have the pills in front of me and I'm doing it tonight. Goodbye everyone."
HIGH = "I want to kill myself. I don't see the point of anything."
CONCERN = "I cut myself again last night. I feel like such a burden to everyone."
ORDINARY = "I start a new job on Monday and I'm nervous about meeting everyone. Any tips?"


class RecordingAlerts:
    """The moderators' side of the ModeratorAlerts port, recording what it was given."""

    def __init__(self, failures: int = 0) -> None:
        self.alerts: list[Alert] = []
        self.failures = failures

    async def send_alert(self, alert: Alert) -> str:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("platform down")
        self.alerts.append(alert)
        return f"ref-{len(self.alerts)}"


def community(**changes: Any) -> Community:
    base = Community(name="support", platform="reddit", locale="en-GB", subreddit="support")
    return replace(base, **changes)


def make(
    tmp_path: Path,
    ollama: OllamaStandIn | None,
    *,
    communities: list[Community] | None = None,
    **settings: Any,
) -> tuple[Assistant, RecordingAlerts]:
    host = ollama.url if ollama else "http://127.0.0.1:9"  # port 9: nothing listens
    config = Settings(ollama_host=host, model_timeout=5, db_path=tmp_path / "db", **settings)
    model = ModelClient(config, wait=wait_none())
    assistant = Assistant(
        settings=config,
        communities=communities if communities is not None else [community()],
        store=Store.open(config.db_path),
        model=model,
        delivery_backoff=0,
    )
    sink = RecordingAlerts()
    assistant.register_alerts("reddit", sink)
    return assistant, sink


def post(text: str, key: str = "reddit:t3_1", author: str = "poster", **kw: Any) -> Post:
    return Post(
        key=key,
        community="support",
        text=text,
        author=author,
        platform="reddit",
        url=f"https://reddit.com/{key}",
        **kw,
    )


async def test_crisis_post_escalates_once_and_never_reaches_the_model(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    first = await assistant.draft(post(CRISIS), WHO)
    second = await assistant.draft(post(CRISIS), WHO)
    assert isinstance(first, Escalated) and first.level is Level.IMMINENT
    assert isinstance(second, Escalated) and second.alert_id == first.alert_id
    assert len(sink.alerts) == 1
    assert ollama_standin.bodies() == []  # the post's text never went to the model
    assert [line.name for line in first.resources] == ["Samaritans", "Shout"]  # en-GB


async def test_escalation_survives_a_restart(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    await assistant.observe(post(HIGH))
    again, sink_after_restart = make(tmp_path, ollama_standin)
    await again.observe(post(HIGH))
    assert len(sink.alerts) == 1 and sink_after_restart.alerts == []


async def test_ordinary_post_gets_a_draft_through_the_real_client(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    outcome = await assistant.draft(post(ORDINARY), WHO)
    assert isinstance(outcome, Draft) and outcome.level is Level.NONE
    assert outcome.banner is None and outcome.resources == ()
    (body,) = ollama_standin.drafts()
    assert body["model"] == "mistral:7b-instruct"
    assert ORDINARY in body["messages"][-1]["content"]
    assert ORDINARY not in body["messages"][0]["content"]  # the system message is the template
    stored = assistant.draft_record(outcome.id)
    assert stored is not None and stored.text == outcome.text and stored.requester == "reddit:mod1"
    assert sink.alerts == []
    rows = assistant.store.audit_rows("gm-draft")
    assert rows and rows[0]["prompt_version"] == outcome.prompt_version
    assert all(ORDINARY not in str(row) for row in assistant.store.audit_rows())


async def test_concern_draft_carries_resources_and_a_banner(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    outcome = await assistant.draft(post(CONCERN), WHO)
    assert isinstance(outcome, Draft) and outcome.level is Level.CONCERN
    assert outcome.banner and outcome.resources
    # concern defaults to an alert without a ping where the community has no sweep
    assert [(a.reason, a.ping) for a in sink.alerts] == [("concern", False)]


async def test_concern_routes(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    sweep = SweepConfig(every=None, cron="0 * * * *")
    digest = community(name="support", concern="digest", sweep=sweep)
    assistant, sink = make(tmp_path, ollama_standin, communities=[digest])
    await assistant.observe(post(CONCERN))
    assert sink.alerts == []
    assert [c.post_key for c in assistant.store.queued_concerns("support")] == ["reddit:t3_1"]

    quiet, quiet_sink = make(
        tmp_path / "q", ollama_standin, communities=[community(concern="none")]
    )
    screening = await quiet.observe(post(CONCERN))
    assert screening.level is Level.CONCERN and screening.signals  # still recorded and visible
    assert quiet_sink.alerts == [] and quiet.store.queued_concerns("support") == []


async def test_draft_on_high_gives_a_banner_draft_but_never_at_imminent(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    allowed = community(policy=PolicyConfig(draft_on_high=True))
    assistant, sink = make(tmp_path, ollama_standin, communities=[allowed])
    outcome = await assistant.draft(post(HIGH), WHO)
    assert isinstance(outcome, Draft) and outcome.level is Level.HIGH
    assert outcome.banner and outcome.alert_id == sink.alerts[0].id
    imminent = await assistant.draft(post(CRISIS, key="reddit:t3_2"), WHO)
    assert isinstance(imminent, Escalated)
    assert len(ollama_standin.drafts()) == 1


async def test_improve_on_a_high_post_escalates(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    outcome = await assistant.improve(post(HIGH), Reply("hang in there"), WHO)
    assert isinstance(outcome, Escalated) and len(sink.alerts) == 1
    assert ollama_standin.bodies() == []


async def test_improve_judges_only_what_the_model_added(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, _ = make(tmp_path, ollama_standin)
    human = "I found https://example.org/groups helpful when I was in a similar place."
    outcome = await assistant.improve(post(ORDINARY), Reply(human), WHO)
    assert isinstance(outcome, Draft), outcome
    assert human in outcome.text  # the stand-in IM keeps the reply and adds a sentence
    body = ollama_standin.drafts()[0]
    assert human in body["messages"][-1]["content"]


async def test_a_failing_draft_is_regenerated_once_with_another_seed_then_withheld(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.reply = lambda body: "As an AI language model, I can't help with that."
    assistant, _ = make(tmp_path, ollama_standin)
    outcome = await assistant.draft(post(ORDINARY), WHO)
    assert isinstance(outcome, Withheld) and outcome.rule == "as_an_ai"
    seeds = [b["options"]["seed"] for b in ollama_standin.drafts()]
    assert len(seeds) == 2 and seeds[0] != seeds[1]


async def test_a_failing_draft_that_passes_on_regeneration_is_shown(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    answers = iter(["Visit https://totally-not-a-scam.example now.", "You are not alone in this."])
    ollama_standin.reply = lambda body: next(answers)
    assistant, _ = make(tmp_path, ollama_standin)
    outcome = await assistant.draft(post(ORDINARY), WHO)
    assert isinstance(outcome, Draft) and outcome.text == "You are not alone in this."


async def test_regeneration_changes_the_seed(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    assistant, _ = make(tmp_path, ollama_standin)
    first = await assistant.draft(post(ORDINARY), WHO)
    assert isinstance(first, Draft)
    second = await assistant.draft(post(ORDINARY), WHO, regenerate_of=first.id)
    assert isinstance(second, Draft) and second.id != first.id
    seeds = [b["options"]["seed"] for b in ollama_standin.drafts()]
    assert seeds[0] != seeds[1]


async def test_model_down_is_unavailable_but_crises_still_escalate(tmp_path: Path) -> None:
    assistant, sink = make(tmp_path, None)
    outcome = await assistant.draft(post(ORDINARY), WHO)
    assert isinstance(outcome, Unavailable) and "ollama" in outcome.reason.lower()
    crisis = await assistant.draft(post(CRISIS, key="reddit:t3_9"), WHO)
    assert isinstance(crisis, Escalated) and len(sink.alerts) == 1


async def test_alerts_do_not_wait_for_drafts(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    ollama_standin.delay = 1.0
    assistant, sink = make(tmp_path, ollama_standin, model_concurrency=1)
    drafting = asyncio.create_task(assistant.draft(post(ORDINARY), WHO))
    await asyncio.sleep(0.1)  # the draft now holds the only model slot
    await assistant.observe(post(CRISIS, key="reddit:t3_2"))
    assert len(sink.alerts) == 1 and not drafting.done()
    assert isinstance(await drafting, Draft)


async def test_same_author_within_six_hours_joins_the_alert_unless_the_level_rises(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    await assistant.observe(post(HIGH, key="reddit:t3_a"))
    await assistant.observe(post("I still want to die.", key="reddit:t3_b"))
    await assistant.observe(post(CRISIS, key="reddit:t3_c"))
    await assistant.observe(post(HIGH, key="reddit:t3_d", author="someone_else"))
    assert [a.joins for a in sink.alerts] == [None, "ref-1", None, None]


async def test_failed_delivery_stays_pending_and_is_resent_once(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    sink.failures = 3  # every attempt of the first escalation fails
    outcome = await assistant.draft(post(CRISIS), WHO)
    assert isinstance(outcome, Escalated) and sink.alerts == []
    assert [a.id for a in assistant.store.pending_alerts()] == [outcome.alert_id]
    assert await assistant.resend_pending() == 1
    assert await assistant.resend_pending() == 0
    assert [a.id for a in sink.alerts] == [outcome.alert_id]
    assert sink.alerts[0].post.url == "https://reddit.com/reddit:t3_1"


async def test_an_edited_post_is_screened_again(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    assistant, sink = make(tmp_path, ollama_standin)
    await assistant.observe(post(ORDINARY))
    assert sink.alerts == []
    await assistant.observe(post(ORDINARY + " Honestly I want to die."))
    assert len(sink.alerts) == 1


async def test_feedback(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    assistant, _ = make(tmp_path, ollama_standin)
    outcome = await assistant.draft(post(ORDINARY), WHO)
    assert isinstance(outcome, Draft)
    scores = {"readability": 5, "empathy": 4, "connection": 4, "actionability": 3, "safety": 5}
    assistant.record_feedback(Feedback(outcome.id, "reddit:mod1", scores, True, "edited text"))
    (record,) = assistant.store.feedback()
    assert record.scores == scores and record.final_text == "edited text"
    with pytest.raises(KeyError):
        assistant.record_feedback(Feedback("d-unknown", "reddit:mod1"))
    with pytest.raises(ValueError, match="between 1 and 5"):
        Feedback(outcome.id, "r", {"empathy": 6})


async def test_empty_post_is_refused(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    assistant, _ = make(tmp_path, ollama_standin)
    with pytest.raises(Refused, match="empty"):
        await assistant.draft(post("   "), WHO)
    with pytest.raises(Refused, match="empty"):
        await assistant.improve(post(ORDINARY), Reply("  "), WHO)


async def test_a_reply_too_long_for_the_context_is_refused_not_a_bare_prompt_error(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    """Adapters catch Refused only: the prompt's own ValueError must arrive as one."""
    assistant, _ = make(tmp_path, ollama_standin)
    huge = Reply("I hear you, and I am here. " * 4000)
    with pytest.raises(Refused) as caught:
        await assistant.improve(post(ORDINARY), huge, WHO)
    assert isinstance(caught.value, LlumiError) and ollama_standin.drafts() == []


async def test_no_post_or_draft_text_in_logs(
    tmp_path: Path, ollama_standin: OllamaStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "Zanzibar-marker-7731"
    ollama_standin.reply = lambda body: f"You matter, {marker}-draft."
    assistant, _ = make(tmp_path, ollama_standin)
    with caplog.at_level(logging.DEBUG):
        await assistant.draft(post(f"{ORDINARY} {marker}"), WHO)
        await assistant.draft(post(f"{HIGH} {marker}", key="reddit:t3_x"), WHO)
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert logged  # the pipeline does log (ids, levels), so the check below means something
    assert not any(marker in line for line in logged)


async def test_a_current_stored_screening_is_reused_with_its_signals_text(
    tmp_path: Path, ollama_standin: OllamaStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant, _ = make(tmp_path, ollama_standin)
    first = await assistant.observe(post(HIGH))
    gate = assistant.gate_for("support")
    monkeypatch.setattr(gate, "screen", lambda text: pytest.fail("screened twice"))
    again = await assistant.observe(post(HIGH))
    assert again == first  # same level, signals, spans and text, without screening again
    assert all(s.text and HIGH[s.start : s.end] == s.text for s in again.signals)
