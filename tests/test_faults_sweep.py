"""Fault matrix (`-m faults`, scripts/test-faults): `llumi sweep` SIGKILLed in the middle of its
drafts, then run again. The crisis post is alerted once, and every unanswered post reaches the
moderators in a digest exactly once.

Processes as an operator runs them: the real praw against the Reddit stand-in, the real model
client against the Ollama stand-in (slow, so the kill lands mid-sweep)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.standins.ollama import OllamaStandIn
from tests.standins.reddit import RedditStandIn, credentials_env
from tests.test_sweep_support import CRISIS, ORDINARY

pytestmark = pytest.mark.faults

SUB = "depression_help"
HOURS = 3600.0


def _sweep(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "sweep", "dh"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_sweep_killed_mid_digest_delivers_each_post_once(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    (tmp_path / "communities.toml").write_text(
        f'[[community]]\nname = "dh"\nplatform = "reddit"\nsubreddit = "{SUB}"\n'
        'locale = "en-US"\nconcern = "digest"\n[community.sweep]\nevery = "30m"\n'
        'unanswered_after = "2h"\nmax_age = "48h"\nmax_posts = 50\n',
        "utf-8",
    )
    ollama_standin.delay = 0.5
    with RedditStandIn() as reddit:
        world = reddit.world
        world.add_subreddit(SUB, {"mod_alice": ["all"]})
        crisis = world.add_submission(SUB, "tonight", CRISIS[0], age=5 * HOURS)
        posts = [
            world.add_submission(SUB, f"post {i}", ORDINARY[i % 4], age=(4 + i / 10) * HOURS)
            for i in range(8)
        ]
        env = {
            **os.environ,
            "OLLAMA_HOST": ollama_standin.url,
            "LLUMI_MODEL_CONCURRENCY": "1",
            **credentials_env(reddit),
        }
        first = _sweep(env)
        deadline = time.monotonic() + 60
        while len(ollama_standin.bodies()) < 3 and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()[1][-2000:]
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)  # mid-sweep: escalated, drafts half done, no digest
        first.communicate(timeout=30)

        second = _sweep(env)
        _, err = second.communicate(timeout=120)
        assert second.returncode == 0, err[-2000:]

        sent = world.modmail_from_bot(SUB)
        alerts = [
            c for c in sent if crisis.id in c.messages[0]["bodyMarkdown"] and "alert" in c.subject
        ]
        assert len(alerts) == 1
        digest_text = "\n".join(
            m["bodyMarkdown"] for c in sent if c not in alerts for m in c.messages
        )
        seen = Counter(re.findall(r"/comments/(\w+)/", digest_text))
        assert {post.id: seen[post.id] for post in posts} == {post.id: 1 for post in posts}
        assert CRISIS[0] not in err
