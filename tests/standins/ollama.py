"""A local stand-in for the Ollama server, speaking its real HTTP wire format on 127.0.0.1.

The real `ollama` Python client (and anything else that speaks Ollama's API) runs against it, so
tests exercise the real request/response path: NDJSON streams, `done_reason`, timing fields, 404
for a model that is not pulled, an `{"error": ...}` line in the middle of a 200 stream, 5xx,
dropped connections and slow answers. The server runs an aiohttp app on its own event loop in a
background thread, so sync tests, async tests and CLI subprocesses can all use one instance.

    with OllamaStandIn(models=["mistral:7b-instruct"]) as ollama:
        ollama.url                      # "http://127.0.0.1:PORT"
        ollama.reply = lambda body: "..."
        ollama.json_reply = lambda body: '{"safe": true, ...}'   # requests with a `format` schema
        ollama.delay = 0.2              # seconds before a generation answers
        ollama.fail_next(503, times=2)
        ollama.requests                 # [(path, json body), ...]

Standalone (for benchmarks and manual runs):
    python -m tests.standins.ollama --port 11555 --delay 0.2
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import random
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

ReplyFn = Callable[[dict[str, Any]], str]

VERSION = "0.12.6"

_SUPPORTIVE = (
    "I'm really glad you reached out, and it makes sense that this feels heavy right now. "
    "Would you like to tell us a bit more about what has been going on?",
    "That sounds really hard, and you don't have to carry it alone. "
    "Is there one small thing that might make tonight a little easier?",
    "Thank you for sharing this with us; what you're feeling matters. "
    "Has anything helped, even a little, when things felt like this before?",
)
_ADDED_SENTENCE = " It makes sense to feel this way, and you are not alone in it."
_REPLY_BLOCK = re.compile(r"<reply>\n?(.*?)\n?</reply>", re.S)


def default_reply(body: dict[str, Any]) -> str:
    """A short supportive reply; the seed picks the wording (so a regeneration differs). For an
    improvement request (a <reply> block in the last message) it returns the human's reply with
    one sentence added, like a careful IM would."""
    messages = body.get("messages") or []
    last = messages[-1].get("content", "") if messages else body.get("prompt", "") or ""
    match = _REPLY_BLOCK.search(last)
    if match:
        return match.group(1).strip() + _ADDED_SENTENCE
    seed = (body.get("options") or {}).get("seed") or 0
    return _SUPPORTIVE[int(seed) % len(_SUPPORTIVE)]


#: What a calm reader answers in each schema llumi asks for: the safety judge finds nothing, the
#: second reader sees no risk. Tests script other answers per case with `json_reply`.
CALM_JUDGE = {"safe": True, "kind": "none", "sentence": ""}
CALM_READER = {
    "level": "none",
    "whose": "unclear",
    "time": False,
    "plan": False,
    "means": False,
    "quote": "",
}


_CALM_WORDS = [
    "gentle",
    "quiet",
    "steady",
    "honest",
    "patient",
    "hopeful",
    "calm",
    "kind",
    "warm",
    "brave",
    "small",
    "evenings",
    "mornings",
    "walks",
    "music",
    "friends",
    "tea",
    "books",
    "letters",
    "gardens",
    "rain",
    "light",
    "sleep",
    "rest",
    "breath",
    "water",
    "bread",
    "songs",
    "stories",
    "laughter",
]


def varied_text(sentences: int, seed: int = 7) -> str:
    """Long, harmless text that does not repeat itself (the output gate withholds loops): for
    tests that need a long draft."""
    pick = random.Random(seed)
    return " ".join(
        " ".join(pick.sample(_CALM_WORDS, 5)).capitalize() + "." for _ in range(sentences)
    )


def schema_of(body: dict[str, Any]) -> str:
    """Which stage a JSON-schema request comes from: "judge", "risk" or "" (by its fields)."""
    schema = body.get("format")
    fields = schema.get("properties", {}) if isinstance(schema, dict) else {}
    return "judge" if "safe" in fields else "risk" if "level" in fields else ""


def default_json_reply(body: dict[str, Any]) -> str:
    """The calm answer in the request's schema."""
    stage = schema_of(body)
    return json.dumps(CALM_JUDGE if stage == "judge" else CALM_READER if stage == "risk" else {})


def _normalise(name: str) -> str:
    """Ollama's name rule: a model without a tag is `:latest`."""
    name = name.strip()
    return name if ":" in name.rsplit("/", 1)[-1] else f"{name}:latest"


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def _details(name: str) -> dict[str, Any]:
    family = name.split(":", 1)[0].split("/")[-1]
    return {
        "parent_model": "",
        "format": "gguf",
        "family": family,
        "families": [family],
        "parameter_size": "7.2B",
        "quantization_level": "Q4_0",
    }


@dataclass
class _Failure:
    status: int
    error: str
    path: str | None


@dataclass
class _State:
    models: dict[str, dict[str, Any]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    requests: list[tuple[str, Any]] = field(default_factory=list)
    failures: list[_Failure] = field(default_factory=list)
    stream_errors: list[tuple[str, int]] = field(default_factory=list)
    drops: list[int] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    created: dict[str, dict[str, Any]] = field(default_factory=dict)


class OllamaStandIn:
    """A scriptable Ollama server on 127.0.0.1; its settings are safe to change from any thread."""

    def __init__(
        self,
        models: list[str] | tuple[str, ...] = ("mistral:7b-instruct",),
        *,
        reply: ReplyFn | None = None,
        delay: float = 0.0,
        chunk_delay: float = 0.0,
        port: int = 0,
    ) -> None:
        self._lock = threading.Lock()
        self._state = _State()
        for name in models:
            self.add_model(name)
        self.reply: ReplyFn = reply or default_reply
        self.json_reply: ReplyFn = default_json_reply
        #: seconds before a JSON-schema request answers (None: the same `delay` as drafts)
        self.json_delay: float | None = None
        self.delay = delay
        self.chunk_delay = chunk_delay
        self._port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._server: asyncio.base_events.Server | None = None
        self._transports: set[asyncio.BaseTransport] = set()
        self.port = 0

    # -- scripting ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> list[tuple[str, Any]]:
        """Every request received so far, in order: (path, parsed JSON body or None)."""
        with self._lock:
            return list(self._state.requests)

    def bodies(self, path: str = "/api/chat") -> list[dict[str, Any]]:
        """The JSON bodies received on one path (drafts and the stages' JSON requests alike)."""
        return [body for p, body in self.requests if p == path]

    def drafts(self) -> list[dict[str, Any]]:
        """The chat bodies that asked for a draft (no JSON schema)."""
        return [body for body in self.bodies() if not body.get("format")]

    def stage_bodies(self, stage: str) -> list[dict[str, Any]]:
        """The chat bodies of one model stage: "judge" or "risk"."""
        return [body for body in self.bodies() if schema_of(body) == stage]

    @property
    def max_in_flight(self) -> int:
        """The most generation requests (chat/generate) that were being answered at once."""
        with self._lock:
            return self._state.max_in_flight

    @property
    def in_flight(self) -> int:
        """Generation requests being answered now."""
        with self._lock:
            return self._state.in_flight

    def kill(self) -> None:
        """The host dies: it stops listening and every open connection is cut at once."""
        loop = self._loop
        if loop is None:
            return

        async def die() -> None:
            if self._server is not None:
                self._server.close()
            for transport in list(self._transports):
                transport.abort()

        asyncio.run_coroutine_threadsafe(die(), loop).result(5)

    @property
    def models(self) -> list[str]:
        with self._lock:
            return list(self._state.models)

    def created(self, name: str) -> dict[str, Any] | None:
        """The /api/create body that made model `name`, if any."""
        with self._lock:
            return self._state.created.get(_normalise(name))

    def has_blob(self, digest: str) -> bool:
        with self._lock:
            return digest in self._state.blobs

    def add_model(self, name: str) -> None:
        with self._lock:
            self._state.models[_normalise(name)] = {
                "modified_at": _now(),
                "digest": hashlib.sha256(name.encode()).hexdigest(),
                "size": 4_113_301_824,
            }

    def remove_model(self, name: str) -> None:
        with self._lock:
            self._state.models.pop(_normalise(name), None)

    def clear(self) -> None:
        """Forget recorded requests and the in-flight maximum."""
        with self._lock:
            self._state.requests.clear()
            self._state.max_in_flight = self._state.in_flight

    def fail_next(
        self, status: int, *, times: int = 1, error: str | None = None, path: str | None = None
    ) -> None:
        """Answer the next `times` requests (on `path`, or any path) with `status` and
        `{"error": ...}`, as Ollama does."""
        message = error or {
            429: "too many requests",
            500: "llama runner process has terminated: exit status 2",
            503: "server busy, please try again.  maximum pending requests exceeded",
        }.get(status, f"status {status}")
        with self._lock:
            self._state.failures.extend(_Failure(status, message, path) for _ in range(times))

    def error_mid_stream(
        self,
        *,
        times: int = 1,
        error: str = "an error was encountered while running the model",
        after_chunks: int = 2,
    ) -> None:
        """The next `times` streamed generations send `after_chunks` chunks, then a last line
        `{"error": ...}` with status 200 (what Ollama does when the runner fails mid-answer)."""
        with self._lock:
            self._state.stream_errors.extend((error, after_chunks) for _ in range(times))

    def drop_next(self, *, times: int = 1, after_chunks: int = 0) -> None:
        """Close the connection of the next `times` generations without (finishing) an answer."""
        with self._lock:
            self._state.drops.extend(after_chunks for _ in range(times))

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> OllamaStandIn:
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

        self._thread = threading.Thread(target=run, name="ollama-standin", daemon=True)
        self._thread.start()
        ready.wait(10)
        if errors:
            raise errors[0]
        if not self.port:
            raise RuntimeError("the Ollama stand-in did not start")
        return self

    async def _serve(self) -> None:
        app = web.Application(client_max_size=1024**3)
        app.router.add_post("/api/chat", self._chat)
        app.router.add_post("/api/generate", self._generate)
        app.router.add_get("/api/tags", self._tags)
        app.router.add_get("/api/ps", self._ps)
        app.router.add_post("/api/show", self._show)
        app.router.add_get("/api/version", self._version)
        app.router.add_post("/api/blobs/{digest}", self._blob_upload)
        app.router.add_head("/api/blobs/{digest}", self._blob_head)
        app.router.add_post("/api/create", self._create)
        app.router.add_delete("/api/delete", self._delete)
        app.router.add_post("/api/pull", self._pull)
        app.router.add_get("/", self._root, allow_head=True)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self._port)
        await site.start()
        server = site._server
        assert server is not None
        self._server = server  # type: ignore[assignment]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

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

    def __enter__(self) -> OllamaStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- helpers -----------------------------------------------------------------------------

    async def _record(self, request: web.Request) -> Any:
        body: Any = None
        if request.method in ("POST", "DELETE") and not request.path.startswith("/api/blobs/"):
            raw = await request.read()
            if raw:
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = {"_invalid_json": raw.decode("utf-8", "replace")}
        with self._lock:
            self._state.requests.append((request.path, body))
        return body

    def _take_failure(self, path: str) -> _Failure | None:
        with self._lock:
            for i, failure in enumerate(self._state.failures):
                if failure.path is None or failure.path == path:
                    return self._state.failures.pop(i)
        return None

    @staticmethod
    def _error(status: int, message: str) -> web.Response:
        return web.json_response({"error": message}, status=status)

    def _find_model(self, body: Any) -> tuple[str, web.Response | None]:
        name = body.get("model") if isinstance(body, dict) else None
        if not isinstance(body, dict) or not name:
            return "", self._error(400, "model is required")
        with self._lock:
            known = _normalise(name) in self._state.models
        if not known:
            return name, self._error(404, f"model '{name}' not found")
        return name, None

    # -- generation --------------------------------------------------------------------------

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        return await self._generation(request, chat=True)

    async def _generate(self, request: web.Request) -> web.StreamResponse:
        return await self._generation(request, chat=False)

    async def _generation(self, request: web.Request, *, chat: bool) -> web.StreamResponse:
        transport = request.transport
        if transport is not None:
            self._transports.add(transport)
        body = await self._record(request)
        with self._lock:
            self._state.in_flight += 1
            self._state.max_in_flight = max(self._state.max_in_flight, self._state.in_flight)
        try:
            return await self._answer(request, body, chat=chat)
        finally:
            with self._lock:
                self._state.in_flight -= 1
            self._transports.discard(transport)  # type: ignore[arg-type]

    async def _answer(self, request: web.Request, body: Any, *, chat: bool) -> web.StreamResponse:
        started = time.monotonic_ns()
        delay = self.delay
        if isinstance(body, dict) and body.get("format") and self.json_delay is not None:
            delay = self.json_delay
        if delay:
            await asyncio.sleep(delay)
        failure = self._take_failure(request.path)
        if failure:
            return self._error(failure.status, failure.error)
        name, problem = self._find_model(body)
        if problem:
            return problem
        if chat and not isinstance(body.get("messages", []), list):
            return self._error(400, "messages must be a list")
        with self._lock:
            drop = self._state.drops.pop(0) if self._state.drops else None
            stream_error = (
                self._state.stream_errors.pop(0)
                if self._state.stream_errors and body.get("stream", True) is not False
                else None
            )
        text = self.json_reply(body) if body.get("format") else self.reply(body)
        prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages") or [])
        prompt_chars += len(body.get("prompt") or "") + len(body.get("system") or "")
        pieces = re.findall(r"\S+\s*|\s+", text) or [""]
        cap = (body.get("options") or {}).get("num_predict")
        done_reason = "stop"
        if isinstance(cap, int) and 0 < cap < len(pieces):  # one piece is one token here
            pieces, done_reason = pieces[:cap], "length"
            text = "".join(pieces)

        def chunk(piece: str) -> dict[str, Any]:
            part: dict[str, Any] = {"model": name, "created_at": _now()}
            if chat:
                part["message"] = {"role": "assistant", "content": piece}
            else:
                part["response"] = piece
            part["done"] = False
            return part

        def final() -> dict[str, Any]:
            total = time.monotonic_ns() - started
            part = chunk("")
            part.update(
                done=True,
                done_reason=done_reason,
                total_duration=total,
                load_duration=min(total, 1_000_000),
                prompt_eval_count=max(1, prompt_chars // 4),
                prompt_eval_duration=total // 4,
                eval_count=len(pieces),
                eval_duration=total // 2,
            )
            if not chat:
                part["context"] = [1, 2, 3]
            return part

        if drop == 0:
            return self._drop(request)
        if body.get("stream", True) is False:
            whole = final()
            if chat:
                whole["message"]["content"] = text
            else:
                whole["response"] = text
            return web.json_response(whole)

        response = web.StreamResponse(status=200, headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)
        for index, piece in enumerate(pieces):
            if drop is not None and index >= drop:
                return self._drop(request, response)
            if stream_error is not None and index >= stream_error[1]:
                await self._write_line(response, {"error": stream_error[0]})
                await response.write_eof()
                return response
            await self._write_line(response, chunk(piece))
            if self.chunk_delay:
                await asyncio.sleep(self.chunk_delay)
        if stream_error is not None:
            await self._write_line(response, {"error": stream_error[0]})
        else:
            await self._write_line(response, final())
        await response.write_eof()
        return response

    @staticmethod
    async def _write_line(response: web.StreamResponse, obj: dict[str, Any]) -> None:
        await response.write((json.dumps(obj) + "\n").encode())

    @staticmethod
    def _drop(
        request: web.Request, response: web.StreamResponse | None = None
    ) -> web.StreamResponse:
        transport = request.transport
        if transport is not None:
            transport.abort()
        return response or web.Response(status=200)

    # -- model management --------------------------------------------------------------------

    async def _root(self, request: web.Request) -> web.Response:
        return web.Response(text="Ollama is running", content_type="text/plain")

    async def _version(self, request: web.Request) -> web.Response:
        await self._record(request)
        return web.json_response({"version": VERSION})

    async def _tags(self, request: web.Request) -> web.Response:
        await self._record(request)
        failure = self._take_failure(request.path)
        if failure:
            return self._error(failure.status, failure.error)
        with self._lock:
            models = [
                {
                    "name": name,
                    "model": name,
                    "modified_at": info["modified_at"],
                    "size": info["size"],
                    "digest": info["digest"],
                    "details": _details(name),
                }
                for name, info in self._state.models.items()
            ]
        return web.json_response({"models": models})

    async def _ps(self, request: web.Request) -> web.Response:
        await self._record(request)
        return web.json_response({"models": []})

    async def _show(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        failure = self._take_failure(request.path)
        if failure:
            return self._error(failure.status, failure.error)
        name, problem = self._find_model(body)
        if problem:
            return problem
        created = self.created(name) or {}
        system = created.get("system", "")
        parameters = created.get("parameters") or {}
        return web.json_response(
            {
                "modelfile": f"FROM {created.get('from', name)}\n"
                + (f'SYSTEM """{system}"""\n' if system else ""),
                "parameters": "\n".join(f"{k} {v}" for k, v in parameters.items()),
                "template": "[INST] {{ .System }} {{ .Prompt }} [/INST]",
                "system": system,
                "details": _details(_normalise(name)),
                "model_info": {"general.architecture": "llama", "llama.context_length": 32768},
                "capabilities": ["completion"],
                "modified_at": _now(),
            }
        )

    async def _blob_head(self, request: web.Request) -> web.Response:
        await self._record(request)
        digest = request.match_info["digest"]
        return web.Response(status=200 if self.has_blob(digest) else 404)

    async def _blob_upload(self, request: web.Request) -> web.Response:
        await self._record(request)
        digest = request.match_info["digest"]
        data = await request.read()
        actual = "sha256:" + hashlib.sha256(data).hexdigest()
        if not digest.startswith("sha256:") or len(digest) != 71:
            return self._error(400, f"invalid digest format: {digest}")
        if actual != digest:
            return self._error(400, f"digest mismatch, expected {digest!r}, got {actual!r}")
        with self._lock:
            self._state.blobs[digest] = data
        return web.Response(status=201)

    async def _create(self, request: web.Request) -> web.StreamResponse:
        body = await self._record(request)
        failure = self._take_failure(request.path)
        if failure:
            return self._error(failure.status, failure.error)
        if not isinstance(body, dict) or not body.get("model"):
            return self._error(400, "model is required")
        if "modelfile" in body and not body.get("from") and not body.get("files"):
            return self._error(400, "neither 'from' or 'files' was specified")
        if not body.get("from") and not body.get("files"):
            return self._error(400, "neither 'from' or 'files' was specified")
        base = body.get("from")
        if base:
            with self._lock:
                known = _normalise(base) in self._state.models
            if not known:
                return self._error(404, f"model '{base}' not found")
        referenced = {**(body.get("files") or {}), **(body.get("adapters") or {})}
        for file_name, digest in referenced.items():
            if not self.has_blob(digest):
                return self._error(400, f"blob {digest} for {file_name!r} not found")
        statuses = [{"status": "reading model metadata"}]
        for digest in (body.get("adapters") or {}).values():
            statuses.append({"status": f"using existing layer {digest}"})
        if body.get("system"):
            statuses.append({"status": "creating system layer"})
        if body.get("parameters"):
            statuses.append({"status": "creating parameters layer"})
        statuses += [{"status": "writing manifest"}, {"status": "success"}]
        name = _normalise(body["model"])
        self.add_model(name)
        with self._lock:
            self._state.created[name] = body
        return await self._statuses(request, body, statuses)

    async def _statuses(
        self, request: web.Request, body: dict[str, Any], statuses: list[dict[str, Any]]
    ) -> web.StreamResponse:
        """Progress lines as Ollama streams them (create, pull), or the last one alone when the
        client sent `"stream": false`."""
        if body.get("stream", True) is False:
            return web.json_response({"status": "success"})
        response = web.StreamResponse(status=200, headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)
        for status in statuses:
            await self._write_line(response, status)
        await response.write_eof()
        return response

    async def _pull(self, request: web.Request) -> web.StreamResponse:
        """Pulling "downloads" instantly: the model is installed (no network is ever used)."""
        body = await self._record(request)
        failure = self._take_failure(request.path)
        if failure:
            return self._error(failure.status, failure.error)
        if not isinstance(body, dict) or not body.get("model"):
            return self._error(400, "model is required")
        self.add_model(body["model"])
        statuses = [
            {"status": "pulling manifest"},
            {"status": "verifying sha256 digest"},
            {"status": "writing manifest"},
            {"status": "success"},
        ]
        return await self._statuses(request, body, statuses)

    async def _delete(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        name, problem = self._find_model(body)
        if problem:
            return problem
        self.remove_model(name)
        with self._lock:
            self._state.created.pop(_normalise(name), None)
        return web.Response(status=200)


@pytest.fixture
def ollama_standin() -> Iterator[OllamaStandIn]:
    """A fresh Ollama stand-in with the default model pulled; `.url` is its OLLAMA_HOST."""
    with OllamaStandIn(models=["mistral:7b-instruct"]) as standin:
        yield standin


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the Ollama stand-in on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=11434)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument(
        "--models", default="mistral:7b-instruct", help="comma-separated installed models"
    )
    args = parser.parse_args(argv)
    standin = OllamaStandIn(
        models=[m for m in args.models.split(",") if m.strip()], delay=args.delay, port=args.port
    )
    standin.start()
    print(f"Ollama stand-in listening on {standin.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        standin.stop()


if __name__ == "__main__":
    main()
