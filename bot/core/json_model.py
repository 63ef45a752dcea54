"""What the model stages around drafting (the second opinion, the safety judge) need from a model:
one answer in a fixed JSON schema, within a time budget, at a priority.

The core depends on the `JsonModel` protocol only. `ClientJson` implements it over
`bot.model.ModelClient` (any engine, several hosts) in one small adapter.
"""

from __future__ import annotations

from typing import Any, Protocol

from bot.core.domain import Priority
from bot.core.errors import LlumiError
from bot.model import ModelClient, ModelError

#: A judge's or a reader's answer is a few fields: a small cap keeps a looping model short.
MAX_JSON_TOKENS = 300


class StageUnavailable(LlumiError):
    """The stage's model did not answer in time or at all; the message says why in one line (no
    post or draft text)."""


class JsonModel(Protocol):
    async def generate_json(
        self,
        model: str,
        messages: list[dict[str, str]],
        schema: dict[str, Any],
        *,
        timeout: float,
        priority: Priority,
    ) -> str:
        """The model's answer, asked to follow `schema` (the caller parses it strictly).
        `timeout` counts from when the model takes the request (after any wait for a slot).
        Raises StageUnavailable when the model is down, refuses, or is later than `timeout`."""
        ...


class ClientJson:
    """`JsonModel` over the model client (any engine, any number of hosts): a stage's request
    queues with the drafts, ahead of them at `Priority.ALERT`."""

    def __init__(self, client: ModelClient) -> None:
        self._client = client

    async def generate_json(
        self,
        model: str,
        messages: list[dict[str, str]],
        schema: dict[str, Any],
        *,
        timeout: float,
        priority: Priority,
    ) -> str:
        try:
            return await self._client.generate_json(
                model,
                messages,
                schema,
                timeout=timeout,
                priority=priority,
                max_tokens=MAX_JSON_TOKENS,
            )
        except TimeoutError:
            raise StageUnavailable(f"no answer within {timeout:g}s") from None
        except ModelError as exc:
            raise StageUnavailable(
                str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            ) from None
