"""A Reddit command llumi itself fails on is answered once and never retried forever: a model
server that answers an HTML page with status 200 (here, before the model client knows what
to make of it) made a command stay unread and be retried at every inbox poll, with the
server's text in ERROR logs (issue 14 item 6)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from tests.standins.not_a_model import HTML_PAGE, NotAModel
from tests.standins.reddit import RedditStandIn
from tests.test_reddit_watch import MOD, ORDINARY, SUB, Running, build, until
from tests.test_reddit_watch import crisis_gate_ready as _gate
from tests.test_reddit_watch import no_sleep as _no_sleep
from tests.test_reddit_watch import reddit as _reddit

crisis_gate_ready = _gate
no_sleep = _no_sleep
reddit = _reddit


def replies_to(standin: RedditStandIn, who: str) -> list[str]:
    return [m["text"] for m in standin.world.sent_private if m["to"] == who]


async def test_a_command_the_model_server_cannot_serve_is_answered_once(
    tmp_path: Path, reddit: RedditStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    world = reddit.world
    post = world.add_submission(SUB, "New job", ORDINARY)
    with NotAModel() as server, caplog.at_level(logging.INFO):
        _, adapter = build(tmp_path, reddit, server)  # type: ignore[arg-type]
        world.add_message(MOD, f"!draft https://www.reddit.com/r/{SUB}/comments/{post.id}/x/")
        async with Running(adapter):
            await until(lambda: len(replies_to(reddit, MOD)) == 1 and not world.unread())
            hits = server.hits
            await asyncio.sleep(0.5)  # 25 inbox polls at the test's 0.02 s
        assert len(replies_to(reddit, MOD)) == 1  # one answer...
        assert server.hits == hits  # ...and the model is not asked again
    [answer] = replies_to(reddit, MOD)
    assert answer.startswith(("Sorry", "**draft**")) and HTML_PAGE not in answer
    logged = "\n".join(r.getMessage() + str(r.exc_text or "") for r in caplog.records)
    assert "hotel wifi" not in logged and HTML_PAGE not in logged
