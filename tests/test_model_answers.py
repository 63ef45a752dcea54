"""What a model server may answer that is not a model response, and a deadline for the whole
generation (issue 14 items 6 and 7): the real ModelClient against a server that is not a model
and against the Ollama stand-in."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from tenacity import wait_none

from bot.config import Settings
from bot.model import ModelClient, ModelUnavailable
from tests.standins.not_a_model import HTML_PAGE, NotAModel
from tests.standins.ollama import OllamaStandIn

MESSAGES = [{"role": "user", "content": "I feel low since I moved; any tips?"}]


def _client(url: str, *, attempts: int = 3, timeout: float = 5.0) -> ModelClient:
    settings = replace(Settings(), ollama_host=url, model_timeout=timeout)
    return ModelClient(settings, attempts=attempts, wait=wait_none())


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (HTML_PAGE, "text/html"),
        ("<<not json>>\n", "application/x-ndjson"),
        ('{"unexpected": "shape"}\n', "application/json"),
    ],
    ids=["html-200", "not-json-line", "wrong-shape-json"],
)
async def test_an_answer_that_is_not_a_model_response_is_the_model_error_path(
    body: str, content_type: str, caplog: pytest.LogCaptureFixture
) -> None:
    with NotAModel(body=body, content_type=content_type) as server:
        client = _client(server.url)
        try:
            with pytest.raises(ModelUnavailable) as caught:
                await client.generate("gm", MESSAGES, seed=1)
        finally:
            await client.aclose()
        hits = server.hits
    hint = caught.value.hint
    assert hint.startswith("the model server answered something that is not a model response")
    assert hits == 1  # the same answer would come again: not retried
    logged = "\n".join(r.getMessage() for r in caplog.records) + hint
    assert "hotel wifi" not in logged and "not json" not in logged and "unexpected" not in logged


async def test_an_empty_answer_says_so() -> None:
    with NotAModel(body="", content_type="application/x-ndjson") as server:
        client = _client(server.url, attempts=1)
        try:
            with pytest.raises(ModelUnavailable) as caught:
                await client.generate("gm", MESSAGES, seed=1)
        finally:
            await client.aclose()
    assert "sent an empty answer" in caught.value.hint
    assert "ollama serve" not in caught.value.hint


async def test_a_trickle_is_stopped_at_one_deadline_for_the_whole_generation(
    ollama_standin: OllamaStandIn,
) -> None:
    """Each chunk comes well within the deadline, the whole answer does not; a per-try deadline
    with retries held the request attempts x LLUMI_MODEL_TIMEOUT."""
    ollama_standin.reply = lambda body: "word " * 40
    ollama_standin.chunk_delay = 0.05  # 2 s in all
    client = _client(ollama_standin.url, attempts=4, timeout=0.5)
    started = time.monotonic()
    try:
        with pytest.raises(ModelUnavailable) as caught:
            await client.generate("gm", MESSAGES, seed=1)
    finally:
        await client.aclose()
    assert "LLUMI_MODEL_TIMEOUT" in caught.value.hint
    assert time.monotonic() - started < 1.5  # one deadline (0.5 s), not four


def test_llumi_draft_against_a_server_that_is_not_a_model_exits_3_with_one_line(
    tmp_path: object,
) -> None:
    """Before: exit 1 (or 2, "bad input") with the decoder's message, and a traceback."""
    import os
    import subprocess
    import sys

    with NotAModel() as server:
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "draft", "-"],
            input="I feel low since I moved; any tips?",
            env={**os.environ, "OLLAMA_HOST": server.url},
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 3, done.stderr[-2000:]
    lines = [line for line in done.stderr.splitlines() if line.startswith("llumi:")]
    assert lines == [
        "llumi: model unavailable: the model server answered something that is not a model"
        f" response: is {server.url} a model server (Ollama)?"
    ]
    assert "Traceback" not in done.stderr and "hotel wifi" not in done.stderr + done.stdout
