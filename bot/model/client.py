"""The model client: Ollama or an OpenAI-compatible engine, on one host or several, made safe to
run a bot on.

What a plain client does not do, and a long-running bot needs (design.md "The model"):
- a deadline for each try (a client's own timeout only bounds each read, and a model that
  streams slowly would never time out);
- a bound on generations at once, with interactive requests ahead of sweep drafts (a Discord
  interaction token lasts 15 minutes; a sweep can wait);
- retries with backoff on the failures that pass (a host down or cut off, timeouts, 5xx, 429) and
  exactly one retry of an error the server reports in the middle of a stream; none on other 4xx;
- several hosts: each try goes to the least busy healthy host, a failing host sits out a
  cool-down, and an answer cut off by a host that died is asked again of another host (a
  completed answer is never asked again);
- errors a person can act on: a model that is not pulled says `ollama pull NAME`.
Post and draft text never go to the log; only roles, models, hosts, seeds, sizes and timings do.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
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
from bot.core.domain import Priority
from bot.model.backend import Backend, ChatRequest, Reply
from bot.model.errors import EMPTY_ANSWER, AttemptFailed, ModelError, ModelUnavailable
from bot.model.gate import PrioritySemaphore
from bot.model.hosts import Host, HostPool
from bot.model.ollama import OllamaBackend
from bot.model.openai import OpenAIBackend

log = logging.getLogger("llumi.model")

Role = Literal["gm", "im"]

#: The most tokens a draft may take: drafts are cut at 2,500 characters by the output gate anyway.
MAX_OUTPUT_TOKENS = 800
#: Connecting to a local server is quick; a long connect wait only delays the "server down" hint.
CONNECT_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Generation:
    """One answer of the model. `duration_s` is the time from admission (after any wait for a
    free slot) to the last chunk, retries included; token counts are the engine's, when it sends
    them; `done_reason` is "stop" or "length" (cut at the token cap); `host` answered."""

    text: str
    model: str
    seed: int
    duration_s: float
    prompt_tokens: int | None
    output_tokens: int | None
    done_reason: str | None = None
    host: str = ""


@dataclass(frozen=True)
class HostCheck:
    """What `llumi doctor` found on one host: problems (empty when ready) and the time of a
    one-token generation."""

    url: str
    engine: str
    problems: list[str]
    generation_s: float | None = None


def _openai_base(url: str) -> str:
    """An OpenAI-compatible base URL: a scheme, and `/v1` when no path was given (vLLM, llama-server
    and LM Studio all serve the API there)."""
    raw = url if "://" in url else f"http://{url}"
    scheme, _, rest = raw.partition("://")
    return raw if "/" in rest else f"{scheme}://{rest}/v1"


class ModelClient:
    """Generates GM drafts and IM improvements with the configured models and engine."""

    def __init__(
        self,
        settings: Settings,
        *,
        client: ollama.AsyncClient | None = None,
        attempts: int = 4,
        wait: wait_base | None = None,
        clock: Callable[[], float] = time.monotonic,
        cooldown: float | None = None,
    ) -> None:
        self.settings = settings
        urls = settings.model_hosts
        timeout = httpx.Timeout(
            settings.model_timeout, connect=min(settings.model_timeout, CONNECT_TIMEOUT_S)
        )
        backends: list[tuple[str, Backend]] = []
        for url in urls:
            backend: Backend
            if settings.model_api == "openai":
                backend = OpenAIBackend(_openai_base(url), timeout, api_key=settings.model_api_key)
            else:
                backend = OllamaBackend(
                    url,
                    timeout,
                    api_key=settings.model_api_key,
                    setting="LLUMI_MODEL_URLS" if settings.model_urls else "OLLAMA_HOST",
                    client=client,
                )
            backends.append((backend.url, backend))
        pool_options: dict[str, Any] = {"clock": clock}
        if cooldown is not None:
            pool_options["cooldown"] = cooldown
        self._pool: HostPool[Backend] = HostPool(backends, **pool_options)
        # LLUMI_MODEL_CONCURRENCY is per host: several hosts serve that many each.
        self._gate = PrioritySemaphore(settings.model_concurrency * len(backends))
        self._attempts = max(1, attempts)
        self._wait = wait or wait_exponential_jitter(multiplier=0.5, max=8.0, jitter=0.5)
        self._clock = clock

    @property
    def hosts(self) -> list[Host[Backend]]:
        return self._pool.hosts

    def model_for(self, role: Role) -> str:
        return self.settings.gm_model if role == "gm" else self.settings.im_model

    async def generate(
        self,
        role: Role,
        messages: list[dict[str, str]],
        *,
        seed: int,
        priority: Priority = Priority.INTERACTIVE,
        schema: dict[str, Any] | None = None,
        temperature: float | None = None,
        max_tokens: int = MAX_OUTPUT_TOKENS,
    ) -> Generation:
        """One chat completion, streamed to its end. `schema` asks for JSON that follows it (the
        risk and safety stages). Raises ModelUnavailable (down, slow, failing, model missing) or
        ModelError (the server refused the request)."""
        model = self.model_for(role)
        request = ChatRequest(
            model=model,
            messages=messages,
            seed=seed,
            temperature=self.settings.temperature if temperature is None else temperature,
            max_tokens=max_tokens,
            num_ctx=self.settings.num_ctx,
            schema=schema,
        )
        await self._gate.acquire(priority)
        try:
            started = self._clock()
            reply, host = await self._with_retries(request)
            duration = self._clock() - started
        finally:
            self._gate.release()
        generation = Generation(
            text=reply.text,
            model=model,
            seed=seed,
            duration_s=duration,
            prompt_tokens=reply.prompt_tokens,
            output_tokens=reply.output_tokens,
            done_reason=reply.done_reason,
            host=host,
        )
        log.info(
            "generated role=%s model=%s host=%s seed=%d priority=%s duration=%.2fs tokens_in=%s "
            "tokens_out=%s done=%s chars_out=%d",
            role,
            model,
            host,
            seed,
            priority.name.lower(),
            duration,
            generation.prompt_tokens,
            generation.output_tokens,
            generation.done_reason,
            len(reply.text),
        )
        return generation

    async def generate_json(
        self,
        model: str,
        messages: list[dict[str, str]],
        schema: dict[str, Any],
        *,
        timeout: float,
        priority: Priority,
        max_tokens: int,
    ) -> str:
        """One answer in `schema` from a named `model` (the risk and safety stages name their
        own), within `timeout` counted from when a slot is free, retried like a draft inside it.
        Raises TimeoutError past the budget, ModelUnavailable or ModelError like `generate`."""
        request = ChatRequest(
            model=model,
            messages=messages,
            seed=1,
            temperature=0.0,
            max_tokens=max_tokens,
            num_ctx=self.settings.num_ctx,
            schema=schema,
        )
        await self._gate.acquire(priority)
        try:
            async with asyncio.timeout(timeout):
                reply, _ = await self._with_retries(request)
        finally:
            self._gate.release()
        return reply.text

    async def _with_retries(self, request: ChatRequest) -> tuple[Reply, str]:
        stream_errors = 0
        last_host: Host[Backend] | None = None

        def should_retry(exc: BaseException) -> bool:
            nonlocal stream_errors
            if not isinstance(exc, AttemptFailed):
                return False
            if exc.kind == "stream_error":
                stream_errors += 1
                return stream_errors <= 1
            if exc.kind == "status" and exc.status == 404:
                # this host lacks the model; another one may have it
                return self._pool.another_healthy(than=last_host)
            return exc.transient

        def wait(state: RetryCallState) -> float:
            # another healthy host can take the request at once; the same host gets a backoff
            return 0.0 if self._pool.another_healthy(than=last_host) else self._wait(state)

        def before_sleep(state: RetryCallState) -> None:
            outcome = state.outcome
            exc = outcome.exception() if outcome else None
            log.info(  # routine: the final failure, if any, reaches the asker
                "model %s on %s attempt %d failed (%s); retrying",
                request.model,
                last_host.url if last_host else "?",
                state.attempt_number,
                exc.describe() if isinstance(exc, AttemptFailed) else "?",
            )

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._attempts),
            wait=wait,
            retry=retry_if_exception(should_retry),
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            # One deadline for the whole generation, retries included: a server that trickles,
            # or fails slowly again and again, never holds a request past LLUMI_MODEL_TIMEOUT.
            async with asyncio.timeout(self.settings.model_timeout):
                async for attempt in retrying:
                    with attempt:
                        last_host = self._pool.pick()
                        reply = await self._try(last_host, request)
                        return reply, last_host.url
        except TimeoutError:
            host = last_host or self._pool.hosts[0]
            raise self._translate(host.backend, request.model, AttemptFailed("slow")) from None
        except AttemptFailed as exc:
            assert last_host is not None
            raise self._translate(last_host.backend, request.model, exc) from exc
        raise AssertionError("unreachable: tenacity either returns or reraises")

    async def _try(self, host: Host[Backend], request: ChatRequest) -> Reply:
        """One try on one host, within its own deadline. A host that fails (other than by
        refusing this one request) sits out a cool-down."""
        with self._pool.using(host):
            try:
                async with asyncio.timeout(self.settings.model_timeout):
                    reply = await host.backend.chat(request)
            except TimeoutError:
                self._pool.failed(host)
                raise AttemptFailed("slow", detail="the try's deadline passed") from None
            except AttemptFailed as exc:
                if exc.transient or exc.kind == "stream_error" or exc.status == 404:
                    self._pool.failed(host)
                raise
        self._pool.succeeded(host)
        return reply

    def _translate(self, backend: Backend, model: str, exc: AttemptFailed) -> ModelError:
        if exc.kind == "unreachable":
            return ModelUnavailable(backend.unreachable_hint())
        if exc.kind == "dropped":
            what = (
                "sent an empty answer"
                if exc.detail == EMPTY_ANSWER
                else "dropped the connection before its answer was complete"
            )
            return ModelUnavailable(
                f"the model server at {backend.url} {what}; try again, and check its log"
            )
        if exc.kind == "invalid":
            log.warning("model %s on %s: not a model response (%s)", model, backend.url, exc.detail)
            return ModelUnavailable(
                f"the model server answered something that is not a model response: is"
                f" {backend.url} a model server ({backend.engine})?"
            )
        if exc.kind == "slow":
            return ModelUnavailable(
                f"the model is too slow (no answer within {self.settings.model_timeout:g}s);"
                " try again later or raise LLUMI_MODEL_TIMEOUT"
            )
        if exc.kind == "stream_error":
            return ModelUnavailable(
                f"the model failed twice while writing; try again, and check the {backend.engine}"
                " log"
            )
        status = exc.status or 0
        if status == 404:
            return ModelUnavailable(backend.missing_hint(model))
        if status >= 500 or status == 429:
            return ModelUnavailable(
                f"the model server is failing (HTTP {status}); try again in a minute"
            )
        log.warning("model %s refused the request: HTTP %d %s", model, status, exc.detail)
        if status in (401, 403):
            return ModelError(
                f"the model server refused the request (HTTP {status}): check LLUMI_MODEL_API_KEY"
            )
        return ModelError(
            f"the model server refused the request (HTTP {status}); see the bot's log"
        )

    async def check(self, *, generate: bool = False) -> list[str]:
        """Can we draft? Problems, one line each, when no host is ready (on several hosts each
        names its host); empty when at least one is. `llumi doctor` uses `check_hosts`."""
        checks = await self.check_hosts(generate=generate)
        if any(not c.problems for c in checks):
            return []
        several = len(checks) > 1
        return [f"{c.url}: {p}" if several else p for c in checks for p in c.problems]

    async def check_hosts(self, *, generate: bool = True) -> list[HostCheck]:
        """Each host: reachable, the configured models listed, and a one-token generation."""
        names = list(dict.fromkeys((self.settings.gm_model, self.settings.im_model)))
        return [await self._check_host(host.backend, names, generate) for host in self.hosts]

    async def _check_host(self, backend: Backend, names: list[str], generate: bool) -> HostCheck:
        try:
            listed = await backend.models()
        except AttemptFailed as exc:
            if exc.kind == "status":
                problem = (
                    f"the model server at {backend.url} ({backend.engine}) answered HTTP"
                    f" {exc.status} to a model listing"
                )
            else:
                problem = self._translate(backend, names[0], exc).hint
            return HostCheck(backend.url, backend.engine, [problem])
        problems = [backend.missing_hint(n) for n in names if not backend.serves(listed, n)]
        if problems or not generate:
            return HostCheck(backend.url, backend.engine, problems)
        started = self._clock()
        for name in names:
            request = ChatRequest(
                model=name,
                messages=[{"role": "user", "content": "Say OK."}],
                seed=1,
                temperature=0.0,
                max_tokens=1,
                num_ctx=self.settings.num_ctx,
            )
            try:
                async with asyncio.timeout(self.settings.model_timeout):
                    await backend.chat(request)
            except TimeoutError:
                problems.append(self._translate(backend, name, AttemptFailed("slow")).hint)
            except AttemptFailed as exc:
                problems.append(f"a one-token generation failed: {exc.describe()} ({exc.detail})")
        elapsed = self._clock() - started
        return HostCheck(backend.url, backend.engine, problems, None if problems else elapsed)

    async def aclose(self) -> None:
        for host in self.hosts:
            await host.backend.aclose()
