"""The console adapter keeps design invariant 3: a crisis post's alert goes out as the post
arrives, never behind the drafts queued before it (the real Assistant and ModelClient against
the Ollama stand-in, answering each draft slowly)."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

from adapters.console import ConsoleAlerts, run_console
from bot.config import Settings
from bot.core.assistant import Assistant
from bot.model import ModelClient
from bot.store import Store
from tests.standins.ollama import OllamaStandIn
from tests.test_sweep_support import CRISIS, ORDINARY

ALERT_RULE = "=" * 72


def _lines() -> list[str]:
    texts = [*ORDINARY, ORDINARY[0] + " (again)", CRISIS[0]]
    return [json.dumps({"id": i, "text": text}) for i, text in enumerate(texts)]


async def _run(standin: OllamaStandIn, db: Path, lines: object) -> tuple[str, object]:
    settings = Settings(ollama_host=standin.url, model_concurrency=1, model_timeout=10, db_path=db)
    out = io.StringIO()
    assistant = Assistant(
        settings=settings,
        communities=[],
        store=Store.open(db),
        model=ModelClient(settings, attempts=1),
        delivery_backoff=0,
    )
    assistant.register_alerts("console", ConsoleAlerts(out))
    try:
        summary = await run_console(assistant, lines, out, draft=True)  # type: ignore[arg-type]
    finally:
        assert assistant.model is not None
        await assistant.model.aclose()
        assistant.store.close()
    return out.getvalue(), summary


def test_a_crisis_alert_goes_out_before_the_drafts_queued_ahead_of_it(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.delay = 0.2
    text, summary = asyncio.run(_run(ollama_standin, tmp_path / "c.db", _lines()))
    alert_at = text.index(ALERT_RULE)
    first_draft_at = text.index("--- console:0")
    assert alert_at < first_draft_at, text[:2000]  # the alert did not wait for 5 drafts
    assert summary.escalated == 1 and summary.drafted == 5  # type: ignore[attr-defined]
    crisis_posts = [b for b in ollama_standin.bodies() if CRISIS[0] in json.dumps(b)]
    assert crisis_posts == []  # a crisis post never goes to the model


def test_posts_read_from_a_stream_are_screened_as_they_arrive(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    """A file or stdin (an iterator, read in a worker thread): same outcome, nothing lost, and
    a bad line is reported with its own line number."""
    ollama_standin.delay = 1.0  # the six lines arrive well within the first draft
    lines = iter([*_lines(), "\n", "not json\n"])
    text, summary = asyncio.run(_run(ollama_standin, tmp_path / "s.db", lines))
    assert text.index(ALERT_RULE) < text.index("--- console:0")
    assert "! line 8: not valid JSON" in text
    assert summary.posts == 6 and summary.bad_lines == 1  # type: ignore[attr-defined]


def test_a_model_server_that_is_not_a_model_still_gets_every_post_screened(
    tmp_path: Path,
) -> None:
    """The console's model check against a server whose answer is not a model response crashed
    the whole run before the first post was screened: the crisis post was never escalated."""
    from bot.cli.run import run_console_job
    from tests.standins.not_a_model import NotAModel

    async def go(url: str) -> str:
        settings = Settings(ollama_host=url, model_timeout=5, db_path=tmp_path / "n.db")
        assistant = Assistant(
            settings=settings,
            communities=[],
            store=Store.open(settings.db_path),
            model=ModelClient(settings, attempts=1),
            delivery_backoff=0,
        )
        out = io.StringIO()
        try:
            assert await run_console_job(assistant, _lines(), out) == []
        finally:
            assistant.store.close()
        return out.getvalue()

    # it says it is Ollama (/api/version), then answers the model listing in the wrong shape
    with NotAModel(body='{"version": "0.12.6"}', content_type="application/json") as server:
        text = asyncio.run(go(server.url))
    assert text.startswith("Screening only (no drafts): ")
    assert ALERT_RULE in text and "6 posts screened (no drafts): 1 escalated" in text
