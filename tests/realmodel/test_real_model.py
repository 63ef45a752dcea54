"""llumi end to end on a real model (SmolLM2-135M-Instruct in llama.cpp's server), through both
engines: the OpenAI-compatible API directly, and the real `ollama` client through the bridge.

These assert behaviour, never a 135M model's words: a draft or a withheld draft with its rule
named (never a crash, never a half answer), a stream that ended properly, JSON that follows the
schema, a timeout that says what to raise, and a host killed mid-answer.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tenacity import wait_none

from bot.config import Community, Settings
from bot.core.assistant import Assistant
from bot.core.domain import Draft, Post, Reply, Requester, Withheld
from bot.model import ModelClient, ModelUnavailable
from bot.store import Store
from policies.output.judge import JUDGE_SCHEMA, JudgeAnswerError, parse_judge_answer
from prompts import gm_messages
from tests.realmodel.conftest import MODEL_NAME, LlamaServer
from tests.standins.ollama_bridge import OllamaBridge

pytestmark = pytest.mark.realmodel

WHO = Requester(platform="reddit", id="mod1", name="mod1")
POST = (
    "I start a new job on Monday and I'm really nervous about meeting everyone. I always freeze"
    " up around new people. Any tips for the first day?"
)
HUMAN_REPLY = (
    "Congrats on the new job! Most people feel nervous on a first day. Try learning a couple of"
    " names and asking people about their work."
)
RISK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "level": {"type": "string", "enum": ["none", "concern", "high", "imminent"]},
        "about_the_writer": {"type": "boolean"},
        "quote": {"type": "string", "maxLength": 60},
    },
    "required": ["level", "about_the_writer", "quote"],
    "additionalProperties": False,
}
#: Per try: a CPU shared with other jobs can take minutes for an 800-token draft.
TIMEOUT = 300.0


@pytest.fixture(params=["openai", "ollama"])
def engine_url(request: pytest.FixtureRequest, llama: LlamaServer) -> Iterator[tuple[str, str]]:
    """(engine, URL) for the shared real server: directly, or behind Ollama's routes."""
    if request.param == "openai":
        yield "openai", llama.url
        return
    with OllamaBridge(llama.url) as bridge:
        yield "ollama", bridge.url


def settings_for(engine: str, *urls: str, tmp_path: Path, **overrides: Any) -> Settings:
    overrides.setdefault("model_timeout", TIMEOUT)
    return replace(
        Settings(),
        model_api=engine,
        model_urls=urls,
        gm_model=MODEL_NAME,
        im_model=MODEL_NAME,
        num_ctx=4096,
        db_path=tmp_path / "llumi.db",
        **overrides,
    )


def assistant_for(settings: Settings) -> Assistant:
    community = Community(name="support", platform="reddit", locale="en-US", subreddit="support")
    return Assistant(
        settings=settings,
        communities=[community],
        store=Store.open(settings.db_path),
        model=ModelClient(settings, attempts=2, wait=wait_none()),
        delivery_backoff=0,
    )


def post(text: str = POST) -> Post:
    return Post(
        key="reddit:t3_real",
        community="support",
        text=text,
        author="poster",
        platform="reddit",
        url="https://reddit.com/t3_real",
    )


def assert_draft_or_named_withhold(outcome: object) -> None:
    assert isinstance(outcome, Draft | Withheld), outcome  # not Unavailable: the model answered
    if isinstance(outcome, Draft):
        assert outcome.text.strip()
    else:
        assert outcome.rule  # the rule that failed is named


async def test_a_gm_draft_end_to_end(engine_url: tuple[str, str], tmp_path: Path) -> None:
    engine, url = engine_url
    assistant = assistant_for(settings_for(engine, url, tmp_path=tmp_path))
    try:
        outcome = await assistant.draft(post(), WHO)
    finally:
        assert assistant.model is not None
        await assistant.model.aclose()
    assert_draft_or_named_withhold(outcome)


async def test_an_im_improvement_end_to_end(engine_url: tuple[str, str], tmp_path: Path) -> None:
    engine, url = engine_url
    assistant = assistant_for(settings_for(engine, url, tmp_path=tmp_path))
    try:
        outcome = await assistant.improve(post(), Reply(HUMAN_REPLY, author="helper"), WHO)
    finally:
        assert assistant.model is not None
        await assistant.model.aclose()
    assert_draft_or_named_withhold(outcome)


async def test_the_stream_is_complete(engine_url: tuple[str, str], tmp_path: Path) -> None:
    engine, url = engine_url
    client = ModelClient(settings_for(engine, url, tmp_path=tmp_path), wait=wait_none())
    messages, _ = gm_messages(POST, budget_chars=8000)
    generation = await client.generate("gm", messages, seed=7)
    await client.aclose()
    assert generation.done_reason in ("stop", "length")  # the last chunk said it was done
    assert generation.output_tokens and generation.output_tokens > 0
    assert generation.prompt_tokens and generation.prompt_tokens > 0
    assert generation.text.strip()


async def test_json_schema_output_is_honoured(engine_url: tuple[str, str], tmp_path: Path) -> None:
    engine, url = engine_url
    client = ModelClient(settings_for(engine, url, tmp_path=tmp_path), wait=wait_none())
    messages = [
        {
            "role": "system",
            "content": "Rate the suicide risk the post shows. Answer in JSON: level,"
            " about_the_writer, and a short quote from the post.",
        },
        {"role": "user", "content": f"<post>\n{POST}\n</post>"},
    ]
    answers = [
        await client.generate(
            "gm", messages, seed=seed, schema=RISK_SCHEMA, temperature=0, max_tokens=200
        )
        for seed in (1, 2)
    ]
    await client.aclose()
    for answer in answers:
        assert answer.done_reason == "stop"
        parsed = json.loads(answer.text)
        assert set(parsed) == {"level", "about_the_writer", "quote"}
        assert parsed["level"] in RISK_SCHEMA["properties"]["level"]["enum"]
        assert isinstance(parsed["about_the_writer"], bool)
        assert isinstance(parsed["quote"], str) and len(parsed["quote"]) <= 60


async def test_the_safety_judge_schema_is_honoured(
    engine_url: tuple[str, str], tmp_path: Path
) -> None:
    """The output gate's judge answers in JUDGE_SCHEMA; the engine's constrained decoding keeps
    a real model inside it, so the answer always parses as the contract's JSON (what it decides
    is the judge's business, and a contradiction is refused by the parser, never shown)."""
    engine, url = engine_url
    client = ModelClient(settings_for(engine, url, tmp_path=tmp_path), wait=wait_none())
    draft = "That sounds really hard. Would you like to tell us more about what happened?"
    messages = [
        {
            "role": "system",
            "content": "You check a peer-support draft for harm. Answer in JSON: safe (true or"
            " false), kind (none if safe), sentence (the harmful sentence, or empty).",
        },
        {"role": "user", "content": f"<draft>\n{draft}\n</draft>"},
    ]
    answer = await client.generate(
        "gm", messages, seed=1, schema=JUDGE_SCHEMA, temperature=0, max_tokens=300
    )
    await client.aclose()
    assert answer.done_reason == "stop"
    parsed = json.loads(answer.text)
    assert set(parsed) == {"safe", "kind", "sentence"}
    assert isinstance(parsed["safe"], bool) and isinstance(parsed["sentence"], str)
    assert parsed["kind"] in JUDGE_SCHEMA["properties"]["kind"]["enum"]
    try:
        parse_judge_answer(answer.text, draft)
    except JudgeAnswerError as exc:  # only a contradiction between fields, never the form
        assert "safe and named a kind" in str(exc) or "without naming a kind" in str(exc)


async def test_a_model_slower_than_the_timeout_is_unavailable_with_the_fix(
    engine_url: tuple[str, str], tmp_path: Path
) -> None:
    engine, url = engine_url
    settings = settings_for(engine, url, tmp_path=tmp_path, model_timeout=0.5)
    client = ModelClient(settings, attempts=1, wait=wait_none())
    messages, _ = gm_messages(
        POST, budget_chars=8000
    )  # its prompt alone takes a CPU longer than 0.5 s to read
    started = time.monotonic()
    with pytest.raises(ModelUnavailable) as caught:
        await client.generate("gm", messages, seed=1)
    await client.aclose()
    assert "LLUMI_MODEL_TIMEOUT" in caught.value.hint
    assert time.monotonic() - started < 5


async def wait_until_writing(server: LlamaServer, tokens: int = 3, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while server.decoded() < tokens:
        assert time.monotonic() < deadline, "the server never started writing"
        await asyncio.sleep(0.05)


async def test_a_host_killed_mid_answer_is_replaced_by_another(
    llama: LlamaServer, spare_llama: LlamaServer, tmp_path: Path
) -> None:
    """Two real hosts; the one writing the draft is killed mid-answer: the draft comes back
    whole from the other host."""
    settings = settings_for("openai", spare_llama.url, llama.url, tmp_path=tmp_path)
    client = ModelClient(settings, attempts=3, wait=wait_none())
    messages, _ = gm_messages(POST, budget_chars=8000)
    task = asyncio.create_task(client.generate("gm", messages, seed=3))
    await wait_until_writing(spare_llama)  # the first host (least busy, first listed) writes
    spare_llama.kill()
    generation = await task
    await client.aclose()
    assert generation.host == llama.url
    assert generation.done_reason in ("stop", "length") and generation.text.strip()
    assert client.hosts[0].failures_in_a_row >= 1


async def test_a_lone_host_killed_mid_answer_gives_no_half_draft(
    spare_llama: LlamaServer, tmp_path: Path
) -> None:
    """Through the Ollama client: the server dies mid-stream; llumi says the model is
    unavailable rather than passing on half an answer."""
    with OllamaBridge(spare_llama.url) as bridge:
        client = ModelClient(
            settings_for("ollama", bridge.url, tmp_path=tmp_path), attempts=3, wait=wait_none()
        )
        messages, _ = gm_messages(POST, budget_chars=8000)
        task = asyncio.create_task(client.generate("gm", messages, seed=3))
        deadline = time.monotonic() + 120
        while bridge.forwarded < 3:
            assert time.monotonic() < deadline, "the server never started writing"
            await asyncio.sleep(0.05)
        spare_llama.kill()
        with pytest.raises(ModelUnavailable):
            await task
        await client.aclose()
