"""The real `ollama` AsyncClient, through bot.model.ModelClient, against the Ollama stand-in."""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import replace
from pathlib import Path
from typing import Any

import ollama
import pytest
from tenacity import wait_none

from bot.config import Settings
from bot.core.domain import Priority
from bot.model import Generation, ModelClient, ModelError, ModelUnavailable, PrioritySemaphore
from tests.standins.ollama import OllamaStandIn

MODEL = "mistral:7b-instruct"
MESSAGES = [
    {"role": "system", "content": "You help peer supporters."},
    {"role": "user", "content": "<post>\nI feel so alone lately\n</post>"},
]


def make_client(standin: OllamaStandIn, attempts: int = 3, **overrides: Any) -> ModelClient:
    overrides.setdefault("model_timeout", 5.0)
    settings = replace(Settings(), ollama_host=standin.url, **overrides)
    return ModelClient(settings, attempts=attempts, wait=wait_none())


def chat_bodies(standin: OllamaStandIn) -> list[dict[str, Any]]:
    return standin.bodies("/api/chat")


async def test_generate_streams_and_joins_the_reply(ollama_standin: OllamaStandIn) -> None:
    ollama_standin.reply = lambda body: "You are not alone.\nWe're here,  and listening."
    client = make_client(ollama_standin, num_ctx=2048, temperature=0.3)
    try:
        generation = await client.generate("gm", MESSAGES, seed=42)
    finally:
        await client.aclose()
    assert generation.text == "You are not alone.\nWe're here,  and listening."
    assert generation.model == MODEL and generation.seed == 42
    assert generation.output_tokens is not None and generation.output_tokens > 0
    assert generation.prompt_tokens is not None and generation.prompt_tokens > 0
    assert generation.duration_s >= 0
    [body] = chat_bodies(ollama_standin)
    assert body["stream"] is True
    assert body["model"] == MODEL
    assert body["messages"] == MESSAGES
    assert body["options"]["num_ctx"] == 2048
    assert body["options"]["seed"] == 42
    assert body["options"]["temperature"] == 0.3


async def test_roles_use_their_configured_models() -> None:
    with OllamaStandIn(models=["llumi-gm:1", "llumi-im:1"]) as standin:
        client = make_client(standin, gm_model="llumi-gm:1", im_model="llumi-im:1")
        try:
            gm = await client.generate("gm", MESSAGES, seed=1)
            im = await client.generate("im", MESSAGES, seed=1)
        finally:
            await client.aclose()
        assert (gm.model, im.model) == ("llumi-gm:1", "llumi-im:1")
        assert [b["model"] for b in chat_bodies(standin)] == ["llumi-gm:1", "llumi-im:1"]


async def test_the_standin_answers_unstreamed_requests_like_ollama(
    ollama_standin: OllamaStandIn,
) -> None:
    """The real client's default (`stream: false`) gets one JSON object with the final fields."""
    client = ollama.AsyncClient(host=ollama_standin.url, timeout=5)
    response = await client.chat(model=MODEL, messages=MESSAGES, options={"seed": 2})
    await client.close()  # type: ignore[no-untyped-call]
    assert response.done is True and response.done_reason == "stop"
    assert response.message.role == "assistant" and response.message.content
    assert response.eval_count and response.total_duration is not None
    assert chat_bodies(ollama_standin)[0]["stream"] is False


async def test_a_model_that_is_not_pulled_says_how_to_pull_it() -> None:
    with OllamaStandIn(models=["other:latest"]) as standin:
        client = make_client(standin)
        with pytest.raises(ModelUnavailable) as caught:
            await client.generate("gm", MESSAGES, seed=1)
        await client.aclose()
        assert f"ollama pull {MODEL}" in caught.value.hint
        assert len(chat_bodies(standin)) == 1  # a 404 is not retried


@pytest.mark.parametrize("status", [500, 503, 429])
async def test_transient_statuses_are_retried_then_succeed(
    ollama_standin: OllamaStandIn, status: int
) -> None:
    ollama_standin.fail_next(status, times=2)
    client = make_client(ollama_standin, attempts=3)
    generation = await client.generate("gm", MESSAGES, seed=7)
    await client.aclose()
    assert generation.text
    assert len(chat_bodies(ollama_standin)) == 3


async def test_persistent_503_gives_up_after_the_attempts(ollama_standin: OllamaStandIn) -> None:
    ollama_standin.fail_next(503, times=10)
    client = make_client(ollama_standin, attempts=3)
    with pytest.raises(ModelUnavailable) as caught:
        await client.generate("gm", MESSAGES, seed=7)
    await client.aclose()
    assert "503" in caught.value.hint
    assert len(chat_bodies(ollama_standin)) == 3


@pytest.mark.parametrize("status", [400, 401, 413])
async def test_other_4xx_are_not_retried(ollama_standin: OllamaStandIn, status: int) -> None:
    ollama_standin.fail_next(status, error="bad request")
    client = make_client(ollama_standin, attempts=4)
    with pytest.raises(ModelError) as caught:
        await client.generate("gm", MESSAGES, seed=7)
    await client.aclose()
    assert not isinstance(caught.value, ModelUnavailable)
    assert str(status) in caught.value.hint
    assert len(chat_bodies(ollama_standin)) == 1


async def test_an_error_in_mid_stream_is_retried_once(ollama_standin: OllamaStandIn) -> None:
    ollama_standin.error_mid_stream(times=1)
    client = make_client(ollama_standin, attempts=4)
    generation = await client.generate("gm", MESSAGES, seed=3)
    await client.aclose()
    # the half answer from the failed stream is thrown away, not glued to the retry's answer
    assert generation.text == ollama_standin.reply(request_body(3))
    assert len(chat_bodies(ollama_standin)) == 2


def request_body(seed: int) -> dict[str, Any]:
    return {"model": MODEL, "messages": MESSAGES, "options": {"seed": seed}}


async def test_a_second_mid_stream_error_is_not_retried(ollama_standin: OllamaStandIn) -> None:
    ollama_standin.error_mid_stream(times=5)
    client = make_client(ollama_standin, attempts=4)
    with pytest.raises(ModelUnavailable):
        await client.generate("gm", MESSAGES, seed=3)
    await client.aclose()
    assert len(chat_bodies(ollama_standin)) == 2


async def test_a_dropped_connection_is_retried(ollama_standin: OllamaStandIn) -> None:
    ollama_standin.drop_next(times=1, after_chunks=2)
    client = make_client(ollama_standin, attempts=3)
    generation = await client.generate("gm", MESSAGES, seed=3)
    await client.aclose()
    assert generation.text == ollama_standin.reply(request_body(3))
    assert len(chat_bodies(ollama_standin)) == 2


async def test_a_slow_model_times_out_as_unavailable(ollama_standin: OllamaStandIn) -> None:
    ollama_standin.delay = 0.5
    client = make_client(ollama_standin, attempts=2, model_timeout=0.15)
    with pytest.raises(ModelUnavailable) as caught:
        await client.generate("gm", MESSAGES, seed=1)
    await client.aclose()
    assert "LLUMI_MODEL_TIMEOUT" in caught.value.hint
    # LLUMI_MODEL_TIMEOUT is the deadline of the whole generation (issue 14 item 7): no time
    # is left to try again after it
    assert len(chat_bodies(ollama_standin)) == 1


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_connection_refused_is_unavailable_with_a_hint() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    client = ModelClient(replace(Settings(), ollama_host=url), attempts=2, wait=wait_none())
    with pytest.raises(ModelUnavailable) as caught:
        await client.generate("gm", MESSAGES, seed=1)
    assert "ollama serve" in caught.value.hint and url in caught.value.hint
    assert await client.check() == [caught.value.hint]
    await client.aclose()


async def test_interactive_requests_go_ahead_of_waiting_sweeps(
    ollama_standin: OllamaStandIn,
) -> None:
    ollama_standin.delay = 0.05
    client = make_client(ollama_standin, model_concurrency=1)

    async def run(seed: int, priority: Priority) -> Generation:
        return await client.generate("gm", MESSAGES, seed=seed, priority=priority)

    first = asyncio.create_task(run(1, Priority.SWEEP))
    while client._gate.active == 0:
        await asyncio.sleep(0.001)
    queued = [
        asyncio.create_task(run(2, Priority.SWEEP)),
        asyncio.create_task(run(3, Priority.SWEEP)),
        asyncio.create_task(run(4, Priority.INTERACTIVE)),
        asyncio.create_task(run(5, Priority.INTERACTIVE)),
    ]
    while client._gate.waiting < 4:
        await asyncio.sleep(0.001)
    await asyncio.gather(first, *queued)
    await client.aclose()
    order = [body["options"]["seed"] for body in chat_bodies(ollama_standin)]
    assert order == [1, 4, 5, 2, 3]
    assert ollama_standin.max_in_flight == 1


@pytest.mark.parametrize("limit", [1, 2, 3])
async def test_never_more_generations_in_flight_than_the_limit(
    ollama_standin: OllamaStandIn, limit: int
) -> None:
    ollama_standin.delay = 0.05
    client = make_client(ollama_standin, model_concurrency=limit)
    results = await asyncio.gather(
        *(client.generate("gm", MESSAGES, seed=i) for i in range(8)),
    )
    await client.aclose()
    assert len(results) == 8
    # exactly the limit: the bound holds and the concurrency is really used
    assert ollama_standin.max_in_flight == limit


async def test_a_cancelled_waiter_does_not_leak_a_slot() -> None:
    gate = PrioritySemaphore(1)
    await gate.acquire(Priority.SWEEP)
    waiter = asyncio.create_task(gate.acquire(Priority.INTERACTIVE))
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    gate.release()
    assert gate.active == 0
    await asyncio.wait_for(gate.acquire(Priority.SWEEP), 1)
    assert gate.active == 1


async def test_check_reports_each_missing_model() -> None:
    with OllamaStandIn(models=["mistral"]) as standin:
        client = make_client(standin, gm_model="mistral", im_model="llumi-im:3")
        problems = await client.check()
        standin.add_model("llumi-im:3")
        fixed = await client.check()
        await client.aclose()
    assert problems == ["the model llumi-im:3 is not pulled: run `ollama pull llumi-im:3`"]
    assert fixed == []


async def test_no_message_text_in_the_logs(
    ollama_standin: OllamaStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    ollama_standin.fail_next(503)
    ollama_standin.reply = lambda body: "a reply that must stay out of logs"
    caplog.set_level(logging.DEBUG)
    client = make_client(ollama_standin)
    await client.generate("gm", MESSAGES, seed=9)
    await client.aclose()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "model=mistral:7b-instruct" in logged and "503" in logged
    assert "alone" not in logged and "must stay out" not in logged


def test_env_example_documents_every_setting_with_its_default() -> None:
    from dotenv import dotenv_values

    path = Path(__file__).resolve().parent.parent / ".env.example"
    values = {k: v for k, v in dotenv_values(path).items() if v is not None}
    for key in (
        "LLUMI_MODEL_API",
        "LLUMI_MODEL_URLS",
        "LLUMI_MODEL_API_KEY",
        "OLLAMA_HOST",
        "LLUMI_GM_MODEL",
        "LLUMI_IM_MODEL",
        "LLUMI_MODEL_TIMEOUT",
        "LLUMI_MODEL_CONCURRENCY",
        "LLUMI_NUM_CTX",
        "LLUMI_TEMPERATURE",
        "LLUMI_LOCALE",
        "LLUMI_RETENTION_DAYS",
        "LLUMI_COMMUNITIES",
        "REDDIT_CLIENT_ID",
        "REDDIT_OAUTH_URL",
        "REDDIT_URL",
        "DISCORD_TOKEN",
    ):
        assert key in values, key
    assert "LLUMI_DB" in path.read_text()  # documented, commented out (XDG default)
    from_file = Settings.from_env({**values, "HOME": "/nonexistent"})
    defaults = Settings()
    for name in ("model_api", "model_urls", "model_api_key", "ollama_host", "gm_model"):
        assert getattr(from_file, name) == getattr(defaults, name), name
    for name in ("im_model", "model_timeout", "model_concurrency"):
        assert getattr(from_file, name) == getattr(defaults, name), name
    for name in ("num_ctx", "temperature", "locale", "retention_days", "communities_path"):
        assert getattr(from_file, name) == getattr(defaults, name), name
    from bot.cli.compose import platform_credentials

    assert platform_credentials(values) == {"reddit": None, "discord": None}


async def test_the_standin_speaks_the_create_api(
    ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    """Serving a trained adapter: upload the blob, create from the base model, show, delete."""
    adapter = tmp_path / "adapter.gguf"
    adapter.write_bytes(b"not really weights")
    client = ollama.AsyncClient(host=ollama_standin.url, timeout=5)
    digest = await client.create_blob(adapter)
    assert ollama_standin.has_blob(digest)
    statuses = [
        part.status
        async for part in await client.create(
            model="llumi-gm:v1",
            from_=MODEL,
            adapters={"adapter.gguf": digest},
            system="You help peer supporters.",
            parameters={"temperature": 0.7},
            stream=True,
        )
    ]
    assert statuses[-1] == "success"
    created = ollama_standin.created("llumi-gm:v1")
    assert created is not None and created["from"] == MODEL
    assert created["adapters"] == {"adapter.gguf": digest}
    assert "llumi-gm:v1" in [m.model for m in (await client.list()).models]
    shown = await client.show("llumi-gm:v1")
    assert shown.modelfile is not None and "FROM mistral:7b-instruct" in shown.modelfile
    with pytest.raises(ollama.ResponseError) as missing_blob:
        await client.create(model="x", from_=MODEL, adapters={"a.gguf": "sha256:" + "0" * 64})
    assert missing_blob.value.status_code == 400
    assert (await client.delete("llumi-gm:v1")).status == "success"
    assert (await client.pull("llumi-gm:v2")).status == "success"
    assert ollama_standin.created("llumi-gm:v2") is None and "llumi-gm:v2" in ollama_standin.models
    with pytest.raises(ollama.ResponseError) as gone:
        await client.delete("llumi-gm:v1")
    assert gone.value.status_code == 404
    await client.close()  # type: ignore[no-untyped-call]


def test_the_standin_runs_standalone() -> None:
    """`python -m tests.standins.ollama --port N` serves until stopped (used by benchmarks)."""
    import subprocess
    import sys
    import time

    import httpx

    port = _closed_port()
    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.standins.ollama", "--port", str(port), "--delay", "0.01"],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert (
            process.stdout.readline().strip()
            == f"Ollama stand-in listening on http://127.0.0.1:{port}"
        )
        started = time.monotonic()
        answer = httpx.post(
            f"http://127.0.0.1:{port}/api/chat",
            json={"model": MODEL, "messages": MESSAGES, "stream": False},
            timeout=5,
        )
        assert answer.status_code == 200 and answer.json()["done"] is True
        assert time.monotonic() - started >= 0.01
    finally:
        process.terminate()
        process.wait(5)


async def test_check_reports_a_failing_server(ollama_standin: OllamaStandIn) -> None:
    ollama_standin.fail_next(500, path="/api/tags")
    client = make_client(ollama_standin)
    problems = await client.check()
    assert await client.check() == []  # the failure was only the next request
    await client.aclose()
    assert len(problems) == 1 and "HTTP 500" in problems[0]
