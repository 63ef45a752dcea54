"""What the model client needs from an engine (Ollama, an OpenAI-compatible server): one chat
answer streamed to its end, the models a host lists, and hints in that engine's own terms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class ChatRequest:
    """One generation, in engine-neutral terms. `schema` asks for JSON output that follows it (the
    risk and safety stages); `num_ctx` is Ollama's per-request context (an OpenAI-compatible server
    sets its context when it starts)."""

    model: str
    messages: list[dict[str, str]]
    seed: int
    temperature: float
    max_tokens: int
    num_ctx: int
    schema: dict[str, Any] | None = None


@dataclass(frozen=True)
class Reply:
    """A complete answer: the stream ended with its final chunk. `done_reason` is "stop" (the
    model finished) or "length" (cut at the token cap), as the engine says it."""

    text: str
    prompt_tokens: int | None
    output_tokens: int | None
    done_reason: str | None


class Backend(Protocol):
    """One host of one engine. Every failure is raised as `AttemptFailed`."""

    url: str
    engine: str

    async def chat(self, request: ChatRequest) -> Reply: ...

    async def models(self) -> list[str]:
        """The model names the host serves."""
        ...

    def serves(self, listed: list[str], model: str) -> bool:
        """Is `model` among `listed`, by the engine's naming rules?"""
        ...

    def unreachable_hint(self) -> str: ...

    def missing_hint(self, model: str) -> str: ...

    async def aclose(self) -> None: ...
