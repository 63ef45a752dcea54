"""One Ollama host, through the official `ollama.AsyncClient`.

Its pitfalls (design.md "Known pitfalls > Ollama's Python client"): no default timeout; a server
that is down raises the built-in ConnectionError without streaming and a raw httpx.ConnectError
with it; timeouts come out as httpx.ReadTimeout; an error in the middle of a stream is a last
NDJSON line `{"error": ...}` with status 200, raised as ResponseError with status_code -1; an
unknown model is a 404. All of them become `AttemptFailed` here.
"""

from __future__ import annotations

from typing import Any

import httpx
import ollama

from bot.model.backend import ChatRequest, Reply
from bot.model.errors import EMPTY_ANSWER, AttemptFailed


def full_name(name: str) -> str:
    """Ollama's name rule: a model without a tag means `:latest`."""
    return name if ":" in name.rsplit("/", 1)[-1] else f"{name}:latest"


def transport_failure(exc: BaseException) -> AttemptFailed:
    """A connection-level error of httpx (or the built-in ConnectionError the client raises)."""
    if isinstance(exc, ConnectionError | httpx.ConnectError | httpx.ConnectTimeout):
        return AttemptFailed("unreachable", detail=type(exc).__name__)
    if isinstance(exc, httpx.TimeoutException):
        return AttemptFailed("slow", detail=type(exc).__name__)
    return AttemptFailed("dropped", detail=type(exc).__name__)


class OllamaBackend:
    engine = "Ollama"

    def __init__(
        self,
        url: str,
        timeout: httpx.Timeout,
        *,
        api_key: str | None = None,
        setting: str = "OLLAMA_HOST",
        client: ollama.AsyncClient | None = None,
    ) -> None:
        self.url = url
        self._setting = setting
        self._own_client = client is None
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else None
        self._client = client or ollama.AsyncClient(host=url, timeout=timeout, headers=headers)

    async def chat(self, request: ChatRequest) -> Reply:
        """Streamed, so an error in mid-stream is seen (not a silently short draft)."""
        parts: list[str] = []
        final: dict[str, Any] = {}
        chunks = 0
        options = {
            "num_ctx": request.num_ctx,
            "seed": request.seed,
            "temperature": request.temperature,
            "num_predict": request.max_tokens,
        }
        try:
            stream = await self._client.chat(
                model=request.model,
                messages=request.messages,
                stream=True,
                options=options,
                format=request.schema,
            )
            async for chunk in stream:
                chunks += 1
                if chunk.message.content:
                    parts.append(chunk.message.content)
                if chunk.done:
                    final = {
                        "prompt_eval_count": chunk.prompt_eval_count,
                        "eval_count": chunk.eval_count,
                        "done_reason": chunk.done_reason,
                    }
        except ollama.ResponseError as exc:
            if exc.status_code == -1:
                raise AttemptFailed("stream_error", detail=exc.error[:200]) from exc
            raise AttemptFailed("status", status=exc.status_code, detail=exc.error[:200]) from exc
        except (ConnectionError, httpx.TransportError) as exc:
            raise transport_failure(exc) from exc
        except (ValueError, AttributeError, KeyError, TypeError) as exc:
            # not JSON, or JSON of another shape (pydantic's ValidationError is a ValueError):
            # an HTML page with 200, a proxy, another server. Its text is never kept.
            raise AttemptFailed("invalid", detail=type(exc).__name__) from None
        if not final and not chunks:
            raise AttemptFailed("dropped", detail=EMPTY_ANSWER)
        if not final:
            # the stream ended without its `done` line: the answer may be cut short
            raise AttemptFailed("dropped", detail="the stream ended before it was done")
        return Reply(
            text="".join(parts),
            prompt_tokens=final["prompt_eval_count"],
            output_tokens=final["eval_count"],
            done_reason=final["done_reason"],
        )

    async def models(self) -> list[str]:
        try:
            listing = await self._client.list()
        except ollama.ResponseError as exc:
            raise AttemptFailed("status", status=exc.status_code, detail=exc.error[:200]) from exc
        except (ConnectionError, httpx.TransportError) as exc:
            raise transport_failure(exc) from exc
        except (ValueError, AttributeError, KeyError, TypeError) as exc:
            raise AttemptFailed("invalid", detail=type(exc).__name__) from None
        return [m.model for m in listing.models if m.model]

    def serves(self, listed: list[str], model: str) -> bool:
        return full_name(model) in {full_name(name) for name in listed}

    def unreachable_hint(self) -> str:
        return (
            f"the model server at {self.url} is not reachable: start it with"
            f" `ollama serve` or check {self._setting}"
        )

    def missing_hint(self, model: str) -> str:
        return f"the model {model} is not pulled: run `ollama pull {model}`"

    async def aclose(self) -> None:
        if self._own_client:
            await self._client.close()  # type: ignore[no-untyped-call]
