"""Ollama's routes in front of an OpenAI-compatible server (llama.cpp's llama-server with a real
model), so the real `ollama` client can be driven against a real model in tests.

It translates, and does nothing else: `POST /api/chat` becomes `POST /v1/chat/completions`
(options `seed`, `temperature`, `num_predict`, and `format` as a JSON-schema `response_format`),
the SSE answer becomes Ollama's NDJSON stream ending in a `done` line with `done_reason` and
token counts; `GET /api/tags` lists the server's `/v1/models`. When the server fails in the middle
of an answer (it was killed), the stream ends with an `{"error": ...}` line, as Ollama does when
its runner dies. It runs on its own event loop in a thread, like the other stand-ins.

    with OllamaBridge(upstream="http://127.0.0.1:8080/v1") as bridge:
        bridge.url        # OLLAMA_HOST
        bridge.forwarded  # content chunks passed on so far
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from datetime import UTC, datetime
from typing import Any

import aiohttp
from aiohttp import web


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _upstream_name(name: str) -> str:
    return name.removesuffix(":latest")


class OllamaBridge:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self._lock = threading.Lock()
        self._forwarded = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def forwarded(self) -> int:
        with self._lock:
            return self._forwarded

    def start(self) -> OllamaBridge:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self._serve())
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=run, name="ollama-bridge", daemon=True)
        self._thread.start()
        ready.wait(10)
        if not self.port:
            raise RuntimeError("the Ollama bridge did not start")
        return self

    async def _serve(self) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None))
        app = web.Application()
        app.router.add_post("/api/chat", self._chat)
        app.router.add_get("/api/tags", self._tags)
        app.router.add_get("/api/version", self._version)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        async def close() -> None:
            if self._runner is not None:
                await self._runner.cleanup()
            if self._session is not None:
                await self._session.close()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(close(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        self._loop = self._thread = None

    def __enter__(self) -> OllamaBridge:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- routes ------------------------------------------------------------------------------

    async def _version(self, request: web.Request) -> web.Response:
        return web.json_response({"version": "0.12.6"})

    async def _tags(self, request: web.Request) -> web.Response:
        assert self._session is not None
        try:
            async with self._session.get(f"{self.upstream}/models") as answer:
                listing = await answer.json()
        except aiohttp.ClientError as exc:
            return web.json_response({"error": f"upstream: {type(exc).__name__}"}, status=502)
        models = [
            {"name": m["id"], "model": m["id"], "modified_at": _now(), "size": 0, "digest": ""}
            for m in listing.get("data", [])
        ]
        return web.json_response({"models": models})

    @staticmethod
    def _openai_body(body: dict[str, Any]) -> dict[str, Any]:
        options = body.get("options") or {}
        out: dict[str, Any] = {
            "model": _upstream_name(body.get("model", "")),
            "messages": body.get("messages") or [],
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if "seed" in options:
            out["seed"] = options["seed"]
        if "temperature" in options:
            out["temperature"] = options["temperature"]
        if "num_predict" in options:
            out["max_tokens"] = options["num_predict"]
        fmt = body.get("format")
        if isinstance(fmt, dict):
            out["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "answer", "schema": fmt, "strict": True},
            }
        elif fmt == "json":
            out["response_format"] = {"type": "json_object"}
        return out

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        body = await request.json()
        name = body.get("model", "")
        streamed = body.get("stream", True) is not False
        parts: list[str] = []
        finish: str | None = None
        usage: dict[str, Any] = {}
        response: web.StreamResponse | None = None

        async def line(obj: dict[str, Any]) -> None:
            assert response is not None
            await response.write((json.dumps(obj) + "\n").encode())

        try:
            async with self._session.post(
                f"{self.upstream}/chat/completions", json=self._openai_body(body)
            ) as upstream:
                if upstream.status != 200:
                    text = await upstream.text()
                    return web.json_response({"error": text[:200]}, status=upstream.status)
                if streamed:
                    response = web.StreamResponse(
                        status=200, headers={"Content-Type": "application/x-ndjson"}
                    )
                    await response.prepare(request)
                async for raw in upstream.content:
                    data = raw.decode().strip()
                    if not data.startswith("data:"):
                        continue
                    data = data[5:].strip()
                    if data == "[DONE]":
                        break
                    chunk = json.loads(data)
                    usage = chunk.get("usage") or usage
                    for choice in chunk.get("choices") or []:
                        piece = (choice.get("delta") or {}).get("content") or ""
                        finish = choice.get("finish_reason") or finish
                        if piece:
                            parts.append(piece)
                            with self._lock:
                                self._forwarded += 1
                            if response is not None:
                                await line(
                                    {
                                        "model": name,
                                        "created_at": _now(),
                                        "message": {"role": "assistant", "content": piece},
                                        "done": False,
                                    }
                                )
        except (aiohttp.ClientError, ValueError) as exc:
            message = f"the model runner stopped: {type(exc).__name__}"
            if response is None:
                return web.json_response({"error": message}, status=500)
            await line({"error": message})
            await response.write_eof()
            return response
        if finish is None:
            message = "the model runner stopped before its answer was done"
            if response is None:
                return web.json_response({"error": message}, status=500)
            await line({"error": message})
            await response.write_eof()
            return response
        final = {
            "model": name,
            "created_at": _now(),
            "message": {"role": "assistant", "content": "" if streamed else "".join(parts)},
            "done": True,
            "done_reason": finish,
            "prompt_eval_count": usage.get("prompt_tokens"),
            "eval_count": usage.get("completion_tokens"),
        }
        if response is None:
            return web.json_response(final)
        await line(final)
        await response.write_eof()
        return response
