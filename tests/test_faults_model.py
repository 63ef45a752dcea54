"""Fault matrix (`-m faults`, scripts/test-faults): a moderator's Reddit command while the model
server is down, slow, trickling, failing with 5xx or answering something that is not a model
response. Whatever the fault: exactly one answer, within a bound, the message marked read, the
model not asked again at every poll, and neither the server's nor the post's text in the logs.

The real praw against the Reddit stand-in; the real Assistant and ModelClient (one attempt,
`model_timeout` 5 s) against the Ollama stand-in or a server that is not a model."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.standins.not_a_model import HTML_PAGE, NotAModel
from tests.standins.ollama import OllamaStandIn
from tests.standins.reddit import RedditStandIn
from tests.test_reddit_watch import MOD, ORDINARY, SUB, Running, build, until
from tests.test_reddit_watch import crisis_gate_ready as _gate
from tests.test_reddit_watch import no_sleep as _no_sleep
from tests.test_reddit_watch import reddit as _reddit

pytestmark = pytest.mark.faults

crisis_gate_ready = _gate
no_sleep = _no_sleep
reddit = _reddit

MODEL_TIMEOUT = 5.0  # tests.test_reddit_watch.build's Settings
TRICKLE = "word " * 40  # 40 chunks


@contextmanager
def down() -> Iterator[Any]:
    class Nowhere:
        url = "http://127.0.0.1:9"
        hits = 0

    yield Nowhere()


def _ollama(setup: Callable[[OllamaStandIn], None]) -> Callable[[], Any]:
    @contextmanager
    def server() -> Iterator[Any]:
        with OllamaStandIn() as standin:
            setup(standin)
            yield standin

    return server


def _slow(standin: OllamaStandIn) -> None:
    standin.delay = MODEL_TIMEOUT + 3


def _trickling(standin: OllamaStandIn) -> None:
    standin.reply = lambda body: TRICKLE
    standin.chunk_delay = 1.0  # each read well inside the timeout; the whole answer 40 s


def _failing(standin: OllamaStandIn) -> None:
    standin.fail_next(500, times=50)


SCENARIOS: dict[str, Callable[[], Any]] = {
    "down": down,
    "slow": _ollama(_slow),
    "5xx": _ollama(_failing),
    "html-200": lambda: NotAModel(),
    "not-json-line": lambda: NotAModel(body="<<garbage>>\n", content_type="application/x-ndjson"),
    "wrong-shape-json": lambda: NotAModel(
        body='{"unexpected": "shape"}\n', content_type="application/json"
    ),
    "trickling": _ollama(_trickling),
}


@pytest.mark.parametrize("fault", list(SCENARIOS))
async def test_a_command_under_a_model_fault_gets_one_answer_in_time(
    fault: str, tmp_path: Path, reddit: RedditStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    world = reddit.world
    post = world.add_submission(SUB, "New job", ORDINARY)
    with SCENARIOS[fault]() as server, caplog.at_level(logging.INFO):
        _, adapter = build(tmp_path, reddit, server)
        world.add_message(MOD, f"!draft https://www.reddit.com/r/{SUB}/comments/{post.id}/x/")
        started = time.monotonic()
        async with Running(adapter):
            await until(
                lambda: (
                    len([m for m in world.sent_private if m["to"] == MOD]) == 1
                    and not world.unread()
                ),
                timeout=60,
            )
            took = time.monotonic() - started
            asked = server.hits if hasattr(server, "hits") else len(server.bodies("/api/chat"))
            await asyncio.sleep(0.5)  # 25 inbox polls at the test's 0.02 s
            again = server.hits if hasattr(server, "hits") else len(server.bodies("/api/chat"))
        answers = [m["text"] for m in world.sent_private if m["to"] == MOD]
    assert len(answers) == 1 and again == asked
    # a draft asks the model up to three times (second opinion, draft, safety judge), each
    # generation within its own LLUMI_MODEL_TIMEOUT
    assert took < 3 * MODEL_TIMEOUT + 5, f"answered after {took:.1f}s"
    logged = "\n".join(r.getMessage() + str(r.exc_text or "") for r in caplog.records)
    for secret in (ORDINARY, HTML_PAGE, "<<garbage>>", "unexpected", TRICKLE.strip()):
        assert secret not in logged and secret not in answers[0].replace(ORDINARY, "")
