"""A sweep screens each post once, and never on the event loop (a backlog of long posts would
stall alerts, commands and the other platform for seconds). How long the loop stalls is
measured in benchmarks/bench_sweep.py, not here."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from pathlib import Path

import pytest

from bot.sweeps.sweep import Sweeper
from policies.crisis import CrisisGate
from policies.levels import Screening
from tests.standins.ollama import OllamaStandIn
from tests.test_sweep_support import (
    CONCERN,
    CRISIS,
    NOW,
    ORDINARY,
    Platform,
    build_assistant,
    community,
    make_post,
    settings_for,
)


@pytest.mark.parametrize("dry_run", [False, True])
def test_each_post_is_screened_once_and_off_the_event_loop(
    tmp_path: Path,
    ollama_standin: OllamaStandIn,
    monkeypatch: pytest.MonkeyPatch,
    dry_run: bool,
) -> None:
    texts = [CRISIS[0], ORDINARY[0], CONCERN, ORDINARY[1], CRISIS[1]]
    posts = [make_post(i, 10 + i, text) for i, text in enumerate(texts)]
    platform = Platform(posts)
    chosen = community(concern="digest")
    assistant = build_assistant(settings_for(ollama_standin, tmp_path / "s.db"), [chosen], platform)
    assistant.gate_for("calm").screen("warm up")  # built before the counting starts

    post_texts = {post.full_text for post in posts}
    screened: Counter[str] = Counter()
    on_the_loop: list[str] = []
    loop_thread: list[threading.Thread] = []
    real_screen = CrisisGate.screen

    def counting(self: CrisisGate, text: str | bytes) -> Screening:
        key = text if isinstance(text, str) else text.decode()
        if key in post_texts:  # drafts are screened too (the output gate): not counted here
            screened[key] += 1
            if threading.current_thread() in loop_thread:
                on_the_loop.append(key[:30])
        return real_screen(self, text)

    monkeypatch.setattr(CrisisGate, "screen", counting)

    async def sweep() -> None:
        loop_thread.append(threading.current_thread())
        try:
            report = await Sweeper(assistant, {"reddit": platform}).run(
                "calm", now=NOW, dry_run=dry_run
            )
        finally:
            assert assistant.model is not None
            await assistant.model.aclose()
            assistant.store.close()
        assert len(report.digest.crises if report.digest else ()) == 2

    asyncio.run(sweep())
    assert on_the_loop == []
    crisis_texts = {post.full_text for post in posts if post.text in CRISIS}
    assert {text: screened[text] for text in crisis_texts} == dict.fromkeys(crisis_texts, 1)
    if not dry_run:  # a dry run's drafts are recorded in a throwaway store that screens again
        assert {post.full_text: screened[post.full_text] for post in posts} == {
            post.full_text: 1 for post in posts
        }
    if not dry_run:
        assert len(platform.alerts) == 2
