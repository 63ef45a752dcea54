"""A local stand-in for an OpenAI-compatible chat server (vLLM, llama-server), on 127.0.0.1.

It speaks the real wire format: `GET /v1/models`, `POST /v1/chat/completions` answered as one JSON
object or, with `"stream": true`, as server-sent events (`data: {chunk}` lines, a last chunk with
`finish_reason`, a usage chunk when `stream_options.include_usage` asks, then `data: [DONE]`),
errors as `{"error": {"message", "type", "code"}}` (404 for a model it does not serve, like vLLM).
It can fail the way real servers do: an HTTP status, an error event in mid-stream, a connection
dropped mid-answer, a slow answer, and `kill()` (the host dies: it stops listening and every
open connection is cut, as when the process is killed).

    with OpenAIStandIn(models=["mistral:7b-instruct"]) as server:
        server.url                      # "http://127.0.0.1:PORT/v1" (LLUMI_MODEL_URLS)
        server.reply = lambda body: "..."
        server.chunk_delay = 0.01
        server.kill()
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from tests.standins.ollama import ReplyFn, default_reply


def openai_default_reply(body: dict[str, Any]) -> str:
    """The Ollama stand-in's supportive reply, with the seed where the OpenAI API puts it."""
    return default_reply({"messages": body.get("messages"), "options": {"seed": body.get("seed")}})


@dataclass
class _State:
    models: list[str] = field(default_factory=list)
    requests: list[tuple[str, Any]] = field(default_factory=list)
    failures: list[tuple[int, str]] = field(default_factory=list)
    stream_errors: list[int] = field(default_factory=list)
    drops: list[int] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    answered: int = 0


class OpenAIStandIn:
    """A scriptable OpenAI-compatible server; its settings are safe to change from any thread."""

    def __init__(
        self,
        models: list[str] | tuple[str, ...] = ("mistral:7b-instruct",),
        *,
        reply: ReplyFn | None = None,
        delay: float = 0.0,
        chunk_delay: float = 0.0,
        api_key: str | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._state = _State(models=list(models))
        self.reply: ReplyFn = reply or openai_default_reply
        self.delay = delay
        self.chunk_delay = chunk_delay
        self.api_key = api_key
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._server: asyncio.base_events.Server | None = None
        self._transports: set[asyncio.BaseTransport] = set()
        self.port = 0
        self.killed = False

    # -- scripting ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> list[tuple[str, Any]]:
        with self._lock:
            return list(self._state.requests)

    def bodies(self, path: str = "/v1/chat/completions") -> list[dict[str, Any]]:
        return [body for p, body in self.requests if p == path]

    @property
    def max_in_flight(self) -> int:
        with self._lock:
            return self._state.max_in_flight

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._state.in_flight

    @property
    def answered(self) -> int:
        """Generations answered to their end (the last event sent)."""
        with self._lock:
            return self._state.answered

    def fail_next(self, status: int, *, times: int = 1, message: str = "") -> None:
        with self._lock:
            self._state.failures.extend(
                (status, message or f"status {status}") for _ in range(times)
            )

    def error_mid_stream(self, *, times: int = 1, after_chunks: int = 2) -> None:
        """The next streams send `after_chunks` chunks, then an error event (vLLM's form)."""
        with self._lock:
            self._state.stream_errors.extend(after_chunks for _ in range(times))

    def drop_next(self, *, times: int = 1, after_chunks: int = 0) -> None:
        """Cut the connection of the next generations after `after_chunks` chunks."""
        with self._lock:
            self._state.drops.extend(after_chunks for _ in range(times))

    def kill(self) -> None:
        """The host dies: no more connections, and every open one is cut at once."""
        loop = self._loop
        if loop is None:
            return

        async def die() -> None:
            if self._server is not None:
                self._server.close()
            for transport in list(self._transports):
                transport.abort()

        asyncio.run_coroutine_threadsafe(die(), loop).result(5)
        self.killed = True

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> OpenAIStandIn:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve())
            except BaseException as exc:  # surfaced to the starting thread
                errors.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=run, name="openai-standin", daemon=True)
        self._thread.start()
        ready.wait(10)
        if errors:
            raise errors[0]
        return self

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_get("/v1/models", self._models)
        app.router.add_post("/v1/chat/completions", self._chat)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._server = site._server  # type: ignore[assignment]
        assert self._server is not None
        self.port = self._server.sockets[0].getsockname()[1]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if self._runner is not None:
            future = asyncio.run_coroutine_threadsafe(self._runner.cleanup(), loop)
            with contextlib.suppress(Exception):
                future.result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        self._loop = self._thread = None

    def __enter__(self) -> OpenAIStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the API -----------------------------------------------------------------------------

    async def _record(self, request: web.Request) -> Any:
        body: Any = None
        if request.method == "POST":
            try:
                body = await request.json()
            except ValueError:
                body = None
        with self._lock:
            self._state.requests.append((request.path, body))
        return body

    @staticmethod
    def _error(status: int, message: str, kind: str = "BadRequestError") -> web.Response:
        return web.json_response(
            {"error": {"message": message, "type": kind, "code": status}}, status=status
        )

    def _unauthorised(self, request: web.Request) -> web.Response | None:
        if self.api_key and request.headers.get("Authorization") != f"Bearer {self.api_key}":
            return self._error(401, "invalid api key", "AuthenticationError")
        return None

    async def _models(self, request: web.Request) -> web.Response:
        await self._record(request)
        refused = self._unauthorised(request)
        if refused:
            return refused
        with self._lock:
            names = list(self._state.models)
        data = [{"id": n, "object": "model", "created": 0, "owned_by": "llumi"} for n in names]
        return web.json_response({"object": "list", "data": data})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        self._transports.add(request.transport)
        body = await self._record(request)
        with self._lock:
            self._state.in_flight += 1
            self._state.max_in_flight = max(self._state.max_in_flight, self._state.in_flight)
        try:
            return await self._answer(request, body)
        finally:
            with self._lock:
                self._state.in_flight -= 1
            self._transports.discard(request.transport)

    async def _answer(self, request: web.Request, body: Any) -> web.StreamResponse:
        refused = self._unauthorised(request)
        if refused:
            return refused
        if self.delay:
            await asyncio.sleep(self.delay)
        with self._lock:
            failure = self._state.failures.pop(0) if self._state.failures else None
        if failure:
            return self._error(failure[0], failure[1], "InternalServerError")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return self._error(400, "messages must be a list")
        model = body.get("model")
        with self._lock:
            known = model in self._state.models
        if not known:
            return self._error(404, f"The model `{model}` does not exist.", "NotFoundError")
        streamed = bool(body.get("stream"))
        with self._lock:
            drop = self._state.drops.pop(0) if self._state.drops else None
            stream_error = (
                self._state.stream_errors.pop(0) if self._state.stream_errors and streamed else None
            )
        text = self.reply(body)
        pieces = re.findall(r"\S+\s*|\s+", text) or [""]
        cap = body.get("max_tokens")
        finish = "stop"
        if isinstance(cap, int) and len(pieces) > cap:
            pieces, finish = pieces[:cap], "length"
        ident, created = f"chatcmpl-{time.monotonic_ns()}", int(time.time())
        usage = {
            "prompt_tokens": max(
                1, sum(len(str(m.get("content", ""))) for m in body["messages"]) // 4
            ),
            "completion_tokens": len(pieces),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        if drop == 0:
            return self._drop(request)
        if not streamed:
            with self._lock:
                self._state.answered += 1
            return web.json_response(
                {
                    "id": ident,
                    "object": "chat.completion",
                    "created": created,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": "".join(pieces)},
                            "finish_reason": finish,
                        }
                    ],
                    "usage": usage,
                }
            )

        def chunk(delta: dict[str, Any], reason: str | None = None) -> dict[str, Any]:
            return {
                "id": ident,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": reason}],
            }

        response = web.StreamResponse(
            status=200, headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await response.prepare(request)
        await self._event(response, chunk({"role": "assistant", "content": ""}))
        for index, piece in enumerate(pieces):
            if drop is not None and index >= drop:
                return self._drop(request, response)
            if stream_error is not None and index >= stream_error:
                error = {"message": "the engine failed while generating", "type": "InternalError"}
                await self._event(response, {"error": {**error, "code": 500}})
                await response.write_eof()
                return response
            await self._event(response, chunk({"content": piece}))
            if self.chunk_delay:
                await asyncio.sleep(self.chunk_delay)
        await self._event(response, chunk({}, finish))
        if (body.get("stream_options") or {}).get("include_usage"):
            await self._event(
                response,
                {
                    "id": ident,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model,
                    "choices": [],
                    "usage": usage,
                },
            )
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        with self._lock:
            self._state.answered += 1
        return response

    @staticmethod
    async def _event(response: web.StreamResponse, obj: dict[str, Any]) -> None:
        await response.write(f"data: {json.dumps(obj)}\n\n".encode())

    @staticmethod
    def _drop(
        request: web.Request, response: web.StreamResponse | None = None
    ) -> web.StreamResponse:
        if request.transport is not None:
            request.transport.abort()
        return response or web.Response(status=200)


@pytest.fixture
def openai_standin() -> Iterator[OpenAIStandIn]:
    """A fresh OpenAI-compatible stand-in serving the default model; `.url` ends in /v1."""
    with OpenAIStandIn() as standin:
        yield standin
