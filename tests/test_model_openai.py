"""The OpenAI-compatible engine (vLLM, llama-server) through ModelClient, against the stand-in
that speaks its wire format, with the same guarantees as the Ollama engine."""

from __future__ import annotations

import json
import socket
from dataclasses import replace
from typing import Any

import pytest
from tenacity import wait_none

from bot.config import ConfigError, Settings
from bot.model import ModelClient, ModelError, ModelUnavailable
from tests.standins.openai_api import OpenAIStandIn

MODEL = "mistral:7b-instruct"
MESSAGES = [
    {"role": "system", "content": "You help peer supporters."},
    {"role": "user", "content": "<post>\nI feel so alone lately\n</post>"},
]
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"level": {"type": "string", "enum": ["none", "concern", "high"]}},
    "required": ["level"],
    "additionalProperties": False,
}


def make_client(
    *urls: str, attempts: int = 3, key: str | None = None, **overrides: Any
) -> ModelClient:
    overrides.setdefault("model_timeout", 5.0)
    settings = replace(
        Settings(), model_api="openai", model_urls=urls, model_api_key=key, **overrides
    )
    return ModelClient(settings, attempts=attempts, wait=wait_none())


async def test_generate_streams_and_joins_the_reply(openai_standin: OpenAIStandIn) -> None:
    openai_standin.reply = lambda body: "You are not alone.\nWe're here,  and listening."
    client = make_client(openai_standin.url, temperature=0.3)
    try:
        generation = await client.generate("gm", MESSAGES, seed=42)
    finally:
        await client.aclose()
    assert generation.text == "You are not alone.\nWe're here,  and listening."
    assert (generation.model, generation.seed, generation.done_reason) == (MODEL, 42, "stop")
    assert generation.output_tokens and generation.prompt_tokens
    assert generation.host == openai_standin.url
    [body] = openai_standin.bodies()
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert (body["model"], body["messages"], body["seed"]) == (MODEL, MESSAGES, 42)
    assert body["temperature"] == 0.3 and body["max_tokens"] == 800
    assert "response_format" not in body


async def test_a_draft_cut_at_the_token_cap_says_so(openai_standin: OpenAIStandIn) -> None:
    client = make_client(openai_standin.url)
    generation = await client.generate("gm", MESSAGES, seed=1, max_tokens=3)
    await client.aclose()
    assert generation.done_reason == "length" and generation.output_tokens == 3


async def test_a_schema_asks_for_json_schema_output(openai_standin: OpenAIStandIn) -> None:
    openai_standin.reply = lambda body: '{"level": "concern"}'
    client = make_client(openai_standin.url)
    generation = await client.generate("gm", MESSAGES, seed=1, schema=SCHEMA, temperature=0)
    await client.aclose()
    assert json.loads(generation.text) == {"level": "concern"}
    [body] = openai_standin.bodies()
    assert body["temperature"] == 0
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "answer", "schema": SCHEMA, "strict": True},
    }


async def test_the_ollama_engine_sends_the_schema_as_format(ollama_standin: Any) -> None:
    settings = replace(Settings(), ollama_host=ollama_standin.url, model_timeout=5.0)
    client = ModelClient(settings, wait=wait_none())
    await client.generate("gm", MESSAGES, seed=1, schema=SCHEMA)
    await client.aclose()
    assert ollama_standin.bodies()[0]["format"] == SCHEMA


async def test_the_api_key_is_sent_as_a_bearer_token() -> None:
    with OpenAIStandIn(api_key="s3cret") as server:
        client = make_client(server.url, key="s3cret")
        assert (await client.generate("gm", MESSAGES, seed=1)).text
        await client.aclose()
        wrong = make_client(server.url, key="nope", attempts=4)
        with pytest.raises(ModelError) as caught:
            await wrong.generate("gm", MESSAGES, seed=1)
        await wrong.aclose()
        assert not isinstance(caught.value, ModelUnavailable)
        assert "LLUMI_MODEL_API_KEY" in caught.value.hint and "401" in caught.value.hint
        assert len(server.bodies()) == 2  # a 401 is not retried


async def test_a_model_the_server_does_not_serve_names_the_fix() -> None:
    with OpenAIStandIn(models=["other"]) as server:
        client = make_client(server.url, attempts=4)
        with pytest.raises(ModelUnavailable) as caught:
            await client.generate("gm", MESSAGES, seed=1)
        problems = await client.check()
        await client.aclose()
        assert "--served-model-name" in caught.value.hint and MODEL in caught.value.hint
        assert len(server.bodies()) == 1  # a 404 on the only host is not retried
        assert problems == [caught.value.hint]


@pytest.mark.parametrize("status", [500, 503, 429])
async def test_transient_statuses_are_retried(openai_standin: OpenAIStandIn, status: int) -> None:
    openai_standin.fail_next(status, times=2)
    client = make_client(openai_standin.url, attempts=3)
    assert (await client.generate("gm", MESSAGES, seed=7)).text
    await client.aclose()
    assert len(openai_standin.bodies()) == 3


@pytest.mark.parametrize("status", [400, 413, 422])
async def test_other_4xx_are_not_retried(openai_standin: OpenAIStandIn, status: int) -> None:
    openai_standin.fail_next(status)
    client = make_client(openai_standin.url, attempts=4)
    with pytest.raises(ModelError) as caught:
        await client.generate("gm", MESSAGES, seed=7)
    await client.aclose()
    assert not isinstance(caught.value, ModelUnavailable) and str(status) in caught.value.hint
    assert len(openai_standin.bodies()) == 1


async def test_an_error_in_mid_stream_is_retried_once(openai_standin: OpenAIStandIn) -> None:
    openai_standin.error_mid_stream(times=1)
    client = make_client(openai_standin.url, attempts=4)
    generation = await client.generate("gm", MESSAGES, seed=3)
    # the half answer of the failed stream is thrown away, not glued to the retry's answer
    assert generation.text == openai_standin.reply({"messages": MESSAGES, "seed": 3})
    openai_standin.error_mid_stream(times=5)
    with pytest.raises(ModelUnavailable) as caught:
        await client.generate("gm", MESSAGES, seed=3)
    await client.aclose()
    assert "failed twice while writing" in caught.value.hint
    assert len(openai_standin.bodies()) == 4  # 2 for the first, 2 (not 4) for the second


async def test_a_stream_cut_before_its_end_is_asked_again(openai_standin: OpenAIStandIn) -> None:
    openai_standin.drop_next(times=1, after_chunks=2)
    client = make_client(openai_standin.url, attempts=3)
    generation = await client.generate("gm", MESSAGES, seed=3)
    await client.aclose()
    assert generation.text == openai_standin.reply({"messages": MESSAGES, "seed": 3})
    assert generation.done_reason == "stop"
    assert len(openai_standin.bodies()) == 2


async def test_each_try_has_a_total_deadline(openai_standin: OpenAIStandIn) -> None:
    """A server that streams steadily but too slowly is stopped: each read is quick (an httpx
    read timeout alone would never fire), the whole answer is not."""
    openai_standin.reply = lambda body: "word " * 40
    openai_standin.chunk_delay = 0.02  # 0.8 s in all, no gap longer than 0.02 s
    client = make_client(openai_standin.url, attempts=2, model_timeout=0.3)
    with pytest.raises(ModelUnavailable) as caught:
        await client.generate("gm", MESSAGES, seed=1)
    await client.aclose()
    assert "LLUMI_MODEL_TIMEOUT" in caught.value.hint
    assert len(openai_standin.bodies()) == 1  # the deadline is the generation's, retries included


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_a_server_that_is_down_says_what_to_start() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    client = make_client(url, attempts=2)
    with pytest.raises(ModelUnavailable) as caught:
        await client.generate("gm", MESSAGES, seed=1)
    assert url in caught.value.hint and "LLUMI_MODEL_URLS" in caught.value.hint
    assert await client.check() == [caught.value.hint]
    await client.aclose()


async def test_check_lists_models_and_makes_a_one_token_answer(
    openai_standin: OpenAIStandIn,
) -> None:
    client = make_client(openai_standin.url)
    [found] = await client.check_hosts()
    await client.aclose()
    assert found.problems == [] and found.generation_s is not None
    assert found.engine == "OpenAI-compatible server"
    [body] = openai_standin.bodies()
    assert body["max_tokens"] == 1


def test_a_base_url_without_a_path_gets_v1() -> None:
    client = make_client("127.0.0.1:8000", "http://gpu-box:8000/v1")
    assert [h.url for h in client.hosts] == ["http://127.0.0.1:8000/v1", "http://gpu-box:8000/v1"]


def test_settings_read_the_engine_and_its_hosts() -> None:
    env = {"LLUMI_MODEL_API": "openai", "LLUMI_MODEL_URLS": " http://a:8000/v1/, http://b:8000/v1"}
    settings = Settings.from_env({**env, "LLUMI_MODEL_API_KEY": "s3cret-key", "HOME": "/x"})
    assert settings.model_api == "openai" and settings.model_api_key == "s3cret-key"
    assert settings.model_hosts == ("http://a:8000/v1", "http://b:8000/v1")
    assert "s3cret" not in repr(settings)  # a secret stays out of logs and tracebacks
    ollama = Settings.from_env({"OLLAMA_HOST": "http://x:11434", "HOME": "/x"})
    assert ollama.model_api == "ollama" and ollama.model_hosts == ("http://x:11434",)
    both = Settings.from_env(
        {"OLLAMA_HOST": "http://x:11434", "LLUMI_MODEL_URLS": "http://y:11434", "HOME": "/x"}
    )
    assert both.model_hosts == ("http://y:11434",)  # LLUMI_MODEL_URLS wins over OLLAMA_HOST


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"LLUMI_MODEL_API": "vllm"}, "use ollama or openai"),
        ({"LLUMI_MODEL_API": "openai"}, "needs LLUMI_MODEL_URLS"),
        ({"LLUMI_MODEL_URLS": "http://a:1,http://a:1"}, "same host twice"),
        ({"LLUMI_MODEL_URLS": "http://a b"}, "is not a server address"),
    ],
)
def test_settings_refuse_an_engine_setting_that_cannot_work(
    env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env({**env, "HOME": "/x"})
