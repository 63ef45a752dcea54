"""One OpenAI-compatible chat server (vLLM, llama.cpp's llama-server, LM Studio, LocalAI), over
httpx.

Why httpx and not the `openai` package: llumi talks to self-hosted engines, whose wire format is
OpenAI's chat API with each engine's own edges (an error in mid-stream comes as a `data:` object
with an `error` key, or from older llama-servers as an SSE `error:` line; a model name may be
ignored or enforced; keep-alive comments), so llumi reads the wire itself and turns every edge
into the same `AttemptFailed` as the Ollama path. The package would bring a second layer of
retries and timeouts to switch off (llumi's are tenacity's, shared by both engines), insist on an
API key where the server has none, and add a fast-moving dependency to every install, Ollama-only
ones included, for one POST, one GET and an SSE reader. httpx is already a dependency (the ollama
client is built on it).
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from bot.model.backend import ChatRequest, Reply
from bot.model.errors import EMPTY_ANSWER, AttemptFailed
from bot.model.ollama import transport_failure


def _error_message(payload: Any) -> str:
    """The server's own words from an OpenAI-style error body: {"error": {"message": ...}},
    {"error": "..."} or vLLM's {"object": "error", "message": ...}."""
    if isinstance(payload, dict):
        error = payload.get("error", payload)
        if isinstance(error, dict):
            return str(error.get("message") or error)[:200]
        return str(error)[:200]
    return str(payload)[:200]


class OpenAIBackend:
    engine = "OpenAI-compatible server"

    def __init__(self, url: str, timeout: httpx.Timeout, *, api_key: str | None = None) -> None:
        self.url = url.rstrip("/")
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(base_url=self.url + "/", timeout=timeout, headers=headers)

    def body(self, request: ChatRequest) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": request.model,
            "messages": request.messages,
            "stream": True,
            "stream_options": {"include_usage": True},
            "seed": request.seed,
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
        }
        if request.schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": request.schema, "strict": True},
            }
        return body

    async def chat(self, request: ChatRequest) -> Reply:
        """Streamed (SSE), so a server that dies mid-answer is seen, not taken as a short draft."""
        try:
            async with self._client.stream(
                "POST", "chat/completions", json=self.body(request)
            ) as response:
                if response.status_code != 200:
                    await response.aread()
                    raise self._status_failure(response)
                return await self._read_stream(response)
        except httpx.TransportError as exc:
            raise transport_failure(exc) from exc

    async def _read_stream(self, response: httpx.Response) -> Reply:
        parts: list[str] = []
        finish: str | None = None
        usage: dict[str, Any] = {}
        done = False
        lines = events = 0
        async for line in response.aiter_lines():
            lines += 1
            field, _, value = line.partition(":")
            value = value.strip()
            if field == "error":  # llama-server's way of failing in mid-stream
                raise AttemptFailed("stream_error", detail=value[:200])
            if field != "data" or not value:
                continue  # comments, `event:` names, keep-alives, the blank line between events
            events += 1
            if value == "[DONE]":
                done = True
                break
            try:
                chunk = json.loads(value)
            except ValueError:
                raise AttemptFailed("invalid", detail="an SSE event not in JSON") from None
            if not isinstance(chunk, dict):
                raise AttemptFailed("invalid", detail="an SSE event not a JSON object")
            if "error" in chunk or chunk.get("object") == "error":
                raise AttemptFailed("stream_error", detail=_error_message(chunk))
            if isinstance(chunk.get("usage"), dict):
                usage = chunk["usage"]
            for choice in chunk.get("choices") or []:
                delta = choice.get("delta") or {}
                if delta.get("content"):
                    parts.append(delta["content"])
                if choice.get("finish_reason"):
                    finish = choice["finish_reason"]
        if not lines:
            raise AttemptFailed("dropped", detail=EMPTY_ANSWER)
        if not events:  # an HTML page with 200, another server: not a model's event stream
            raise AttemptFailed("invalid", detail="no SSE data events")
        if finish is None and not done:
            raise AttemptFailed("dropped", detail="the stream ended before it was done")
        return Reply(
            text="".join(parts),
            prompt_tokens=usage.get("prompt_tokens"),
            output_tokens=usage.get("completion_tokens"),
            done_reason=finish,
        )

    @staticmethod
    def _status_failure(response: httpx.Response) -> AttemptFailed:
        try:
            detail = _error_message(response.json())
        except ValueError:
            detail = response.text[:200]
        return AttemptFailed("status", status=response.status_code, detail=detail)

    async def models(self) -> list[str]:
        try:
            response = await self._client.get("models")
        except httpx.TransportError as exc:
            raise transport_failure(exc) from exc
        if response.status_code != 200:
            raise self._status_failure(response)
        try:
            data = response.json().get("data") or []
        except (ValueError, AttributeError):
            raise AttemptFailed("invalid", detail="GET /models is not JSON") from None
        return [str(item["id"]) for item in data if isinstance(item, dict) and item.get("id")]

    def serves(self, listed: list[str], model: str) -> bool:
        return model in listed

    def unreachable_hint(self) -> str:
        return (
            f"the model server at {self.url} is not reachable: start it (vLLM, llama-server, LM"
            " Studio) or check LLUMI_MODEL_URLS"
        )

    def missing_hint(self, model: str) -> str:
        return (
            f"the server at {self.url} does not serve the model {model}: set LLUMI_GM_MODEL and"
            " LLUMI_IM_MODEL to a name from its /models (vLLM: --served-model-name;"
            " llama-server: --alias)"
        )

    async def aclose(self) -> None:
        await self._client.aclose()
