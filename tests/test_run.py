"""`llumi run` as an operator starts it: the composition root reads .env-style settings and the
communities file, starts the Reddit adapter (real praw against the Reddit stand-in), escalates a
crisis posted just before the start, and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.standins.ollama import OllamaStandIn
from tests.standins.reddit import RedditStandIn, credentials_env

SUB = "depression_help"
CRISIS = "I have the pills in front of me and I'm doing it tonight. Goodbye everyone."


def test_llumi_run_escalates_and_stops_on_sigterm(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    communities = tmp_path / "communities.toml"  # LLUMI_COMMUNITIES in every test (conftest)
    communities.write_text(
        f'[[community]]\nname = "dh"\nplatform = "reddit"\nsubreddit = "{SUB}"\n'
        'locale = "en-US"\nconcern = "alert"\n',
        "utf-8",
    )
    with RedditStandIn() as reddit:
        reddit.world.add_subreddit(SUB, {"mod_alice": ["all"]})
        crisis = reddit.world.add_submission(SUB, "goodbye", CRISIS, author="poster")
        env = {
            **os.environ,
            "OLLAMA_HOST": ollama_standin.url,
            **credentials_env(reddit),
        }
        bot = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "-v", "run"],  # INFO logs on stderr
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while not reddit.world.modmail_from_bot(SUB) and time.monotonic() < deadline:
                assert bot.poll() is None, bot.communicate()[1][-2000:]
                time.sleep(0.2)
            alerts = reddit.world.modmail_from_bot(SUB)
            assert len(alerts) == 1 and crisis.id in alerts[0].messages[0]["bodyMarkdown"]
        finally:
            bot.send_signal(signal.SIGTERM)
            out, err = bot.communicate(timeout=60)
        assert bot.returncode == 0, err[-2000:]
        assert "Traceback" not in err
        assert "alert" in err  # INFO logs were written...
        assert CRISIS not in out + err  # ...and hold no post text
        assert ollama_standin.bodies() == []  # a crisis post never goes to the model
