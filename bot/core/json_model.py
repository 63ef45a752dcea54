"""What the model stages around drafting (the second opinion, the safety judge) need from a model:
one answer in a fixed JSON schema, within a time budget, at a priority.

The core depends on the `JsonModel` protocol only. `OllamaJson` implements it over today's
`bot.model.ModelClient` in one small adapter, so the model client can change underneath
(several engines, several hosts) and only this adapter follows it.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

import httpx
import ollama

from bot.core.domain import Priority
from bot.core.errors import LlumiError
from bot.model import ModelClient

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


class OllamaJson:
    """`JsonModel` over today's model client: its Ollama client and its concurrency gate (so a
    stage's request queues with the drafts, ahead of them at `Priority.ALERT`)."""

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
        client = self._client
        await client._gate.acquire(priority)
        try:
            async with asyncio.timeout(timeout):
                response = await client._client.chat(
                    model=model,
                    messages=messages,
                    format=schema,
                    stream=False,
                    options={
                        "num_ctx": client.settings.num_ctx,
                        "temperature": 0.0,
                        "seed": 1,
                        "num_predict": MAX_JSON_TOKENS,
                    },
                )
        except TimeoutError:
            raise StageUnavailable(f"no answer within {timeout:g}s") from None
        except ollama.ResponseError as exc:
            raise StageUnavailable(f"the model server answered HTTP {exc.status_code}") from None
        except (ConnectionError, httpx.TransportError) as exc:
            raise StageUnavailable(
                f"the model server is not reachable ({type(exc).__name__})"
            ) from None
        finally:
            client._gate.release()
        return response.message.content or ""
