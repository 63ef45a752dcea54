"""The model client: Ollama through its official `ollama.AsyncClient`, made safe to run a bot on.

What the plain client does not do, and a long-running bot needs (design.md "The model" and
"Known pitfalls > Ollama's Python client"):
- a timeout (the client has none by default);
- a bound on generations at once, with interactive requests ahead of sweep drafts (a Discord
  interaction token lasts 15 minutes; a sweep can wait);
- retries with backoff on the failures that pass (connection refused or dropped, timeouts, 5xx,
  429) and exactly one retry of an error in the middle of a stream; none on other 4xx;
- errors a person can act on: a model that is not pulled says `ollama pull NAME`.
Post and draft text never go to the log; only roles, models, seeds, sizes and timings do.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
import ollama
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)
from tenacity.wait import wait_base

from bot.config import Settings
from bot.domain import Priority

log = logging.getLogger("llumi.model")

Role = Literal["gm", "im"]

#: The most tokens a draft may take: drafts are cut at 2,500 characters by the output gate anyway.
MAX_OUTPUT_TOKENS = 800
#: Connecting to a local server is quick; a long connect wait only delays the "Ollama is down" hint.
CONNECT_TIMEOUT_S = 10.0


class ModelError(Exception):
    """The model could not give a draft. `hint` (also the message) is one line a person can act
    on; it never contains post or draft text."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint or message


class ModelUnavailable(ModelError):
    """The model server is down, too slow, failing (5xx after retries), or lacks the model."""


@dataclass(frozen=True)
class Generation:
    """One answer of the model. `duration_s` is the time from admission (after any wait for a
    free slot) to the last chunk, retries included; token counts are Ollama's, when it sends them.
    """

    text: str
    model: str
    seed: int
    duration_s: float
    prompt_tokens: int | None
    output_tokens: int | None


@dataclass(order=True)
class _Waiter:
    priority: int
    order: int
    future: asyncio.Future[None] = field(compare=False)


class PrioritySemaphore:
    """A semaphore that admits waiting INTERACTIVE requests before waiting SWEEP ones (FIFO within
    a priority). A slot is handed straight to the next waiter on release, so a newcomer can never
    overtake someone already queued."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("the model concurrency must be at least 1")
        self.limit = limit
        self.active = 0
        self._waiters: list[_Waiter] = []
        self._order = itertools.count()

    @property
    def waiting(self) -> int:
        return sum(1 for w in self._waiters if not w.future.done())

    async def acquire(self, priority: Priority = Priority.INTERACTIVE) -> None:
        if self.active < self.limit and not self.waiting:
            self.active += 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, _Waiter(int(priority), next(self._order), future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # the slot was handed to us just as we were cancelled
            raise

    def release(self) -> None:
        while self._waiters:
            waiter = heapq.heappop(self._waiters)
            if not waiter.future.done():
                waiter.future.set_result(None)  # the slot passes on; `active` is unchanged
                return
        self.active -= 1


def _status(exc: BaseException) -> int | None:
    return exc.status_code if isinstance(exc, ollama.ResponseError) else None


def _is_transient(exc: BaseException) -> bool:
    """Failures that pass: connection refused/dropped, timeouts, 5xx and 429 (which means "try
    again later"). Other 4xx (a bad request, a missing model) would fail the same way again."""
    if isinstance(exc, ConnectionError | httpx.TransportError):
        return True
    status = _status(exc)
    return status is not None and (status >= 500 or status == 429)


def _describe(exc: BaseException) -> str:
    """What went wrong, for logs and errors, without any request text."""
    status = _status(exc)
    if status is not None:
        return f"HTTP {status}" if status != -1 else "error in mid-stream"
    return type(exc).__name__


class ModelClient:
    """Generates GM drafts and IM improvements with the configured Ollama models."""

    def __init__(
        self,
        settings: Settings,
        *,
        client: ollama.AsyncClient | None = None,
        attempts: int = 4,
        wait: wait_base | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings
        self._own_client = client is None
        self._client = client or ollama.AsyncClient(
            host=settings.ollama_host,
            timeout=httpx.Timeout(
                settings.model_timeout, connect=min(settings.model_timeout, CONNECT_TIMEOUT_S)
            ),
        )
        self._gate = PrioritySemaphore(settings.model_concurrency)
        self._attempts = max(1, attempts)
        self._wait = wait or wait_exponential_jitter(multiplier=0.5, max=8.0, jitter=0.5)
        self._clock = clock

    def model_for(self, role: Role) -> str:
        return self.settings.gm_model if role == "gm" else self.settings.im_model

    async def generate(
        self,
        role: Role,
        messages: list[dict[str, str]],
        *,
        seed: int,
        priority: Priority = Priority.INTERACTIVE,
    ) -> Generation:
        """One chat completion, streamed and joined. Raises ModelUnavailable (down, slow, failing,
        model not pulled) or ModelError (the server refused the request)."""
        model = self.model_for(role)
        await self._gate.acquire(priority)
        try:
            started = self._clock()
            text, final = await self._with_retries(model, messages, seed)
            duration = self._clock() - started
        finally:
            self._gate.release()
        generation = Generation(
            text=text,
            model=model,
            seed=seed,
            duration_s=duration,
            prompt_tokens=final.get("prompt_eval_count"),
            output_tokens=final.get("eval_count"),
        )
        log.info(
            "generated role=%s model=%s seed=%d priority=%s duration=%.2fs tokens_in=%s "
            "tokens_out=%s chars_out=%d",
            role,
            model,
            seed,
            priority.name.lower(),
            duration,
            generation.prompt_tokens,
            generation.output_tokens,
            len(text),
        )
        return generation

    async def _with_retries(
        self, model: str, messages: list[dict[str, str]], seed: int
    ) -> tuple[str, dict[str, Any]]:
        mid_stream_errors = 0

        def should_retry(exc: BaseException) -> bool:
            nonlocal mid_stream_errors
            if _status(exc) == -1:
                mid_stream_errors += 1
                return mid_stream_errors <= 1
            return _is_transient(exc)

        def before_sleep(state: RetryCallState) -> None:
            outcome = state.outcome
            exc = outcome.exception() if outcome else None
            log.info(  # routine: the final failure, if any, reaches the asker
                "model %s attempt %d failed (%s); retrying",
                model,
                state.attempt_number,
                _describe(exc) if exc else "?",
            )

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._attempts),
            wait=self._wait,
            retry=retry_if_exception(should_retry),
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._stream_chat(model, messages, seed)
        except ollama.ResponseError as exc:
            raise self._translate(model, exc) from exc
        except (ConnectionError, httpx.TransportError) as exc:
            raise self._unreachable(exc) from exc
        raise AssertionError("unreachable: tenacity either returns or reraises")

    async def _stream_chat(
        self, model: str, messages: list[dict[str, str]], seed: int
    ) -> tuple[str, dict[str, Any]]:
        """Stream the chat so an error in mid-stream is seen (not a silently short draft)."""
        parts: list[str] = []
        final: dict[str, Any] = {}
        stream = await self._client.chat(
            model=model,
            messages=messages,
            stream=True,
            options={
                "num_ctx": self.settings.num_ctx,
                "seed": seed,
                "temperature": self.settings.temperature,
                "num_predict": MAX_OUTPUT_TOKENS,
            },
        )
        async for chunk in stream:
            if chunk.message.content:
                parts.append(chunk.message.content)
            if chunk.done:
                final = {
                    "prompt_eval_count": chunk.prompt_eval_count,
                    "eval_count": chunk.eval_count,
                    "done_reason": chunk.done_reason,
                }
        if not final:
            # the stream ended without its `done` line: the answer may be cut short
            raise httpx.RemoteProtocolError("the model's stream ended before it was done")
        return "".join(parts), final

    def _translate(self, model: str, exc: ollama.ResponseError) -> ModelError:
        status = exc.status_code
        if status == 404:
            return ModelUnavailable(f"the model {model} is not pulled: run `ollama pull {model}`")
        if status == -1:
            return ModelUnavailable(
                "the model failed twice while writing; try again, and check the Ollama server log"
            )
        if status >= 500 or status == 429:
            return ModelUnavailable(
                f"the model server is failing (HTTP {status}); try again in a minute"
            )
        log.warning("model %s refused the request: HTTP %d %s", model, status, exc.error[:200])
        return ModelError(
            f"the model server refused the request (HTTP {status}); see the bot's log"
        )

    def _unreachable(self, exc: BaseException) -> ModelUnavailable:
        host = self.settings.ollama_host
        if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
            return ModelUnavailable(
                f"the model is too slow (no answer within {self.settings.model_timeout:g}s);"
                " try again later or raise LLUMI_MODEL_TIMEOUT"
            )
        return ModelUnavailable(
            f"the model server at {host} is not reachable: start it with"
            " `ollama serve` or check OLLAMA_HOST"
        )

    async def check(self) -> list[str]:
        """Problems for `llumi doctor`: the server is down, or a configured model is not pulled."""
        try:
            listing = await self._client.list()
        except ollama.ResponseError as exc:
            return [
                f"the Ollama server at {self.settings.ollama_host} answered HTTP "
                f"{exc.status_code} to a model listing"
            ]
        except (ConnectionError, httpx.TransportError) as exc:
            return [self._unreachable(exc).hint]
        installed = {_full_name(m.model) for m in listing.models if m.model}
        problems = []
        for name in dict.fromkeys((self.settings.gm_model, self.settings.im_model)):
            if _full_name(name) not in installed:
                problems.append(f"the model {name} is not pulled: run `ollama pull {name}`")
        return problems

    async def aclose(self) -> None:
        if self._own_client:
            await self._client.close()  # type: ignore[no-untyped-call]


def _full_name(name: str) -> str:
    """Ollama's name rule: a model without a tag means `:latest`."""
    return name if ":" in name.rsplit("/", 1)[-1] else f"{name}:latest"
