"""Fault matrix (`-m faults`, scripts/test-faults): `llumi run` as processes.

Two runs on one database: the second exits at once with one line naming the first (a lock on
the database), and the first keeps watching; a SIGKILLed run leaves no lock behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.standins.ollama import OllamaStandIn
from tests.standins.reddit import RedditStandIn, credentials_env

pytestmark = pytest.mark.faults

SUB = "depression_help"
CRISIS = "I have the pills in front of me and I'm doing it tonight. Goodbye everyone."


def _start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "-v", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition: object, bot: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        assert bot.poll() is None, bot.communicate()[1][-2000:]
        time.sleep(0.2)
    assert condition(), "timed out"  # type: ignore[operator]


def test_two_runs_on_one_database(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    (tmp_path / "communities.toml").write_text(
        f'[[community]]\nname = "dh"\nplatform = "reddit"\nsubreddit = "{SUB}"\n'
        'locale = "en-US"\nconcern = "alert"\n',
        "utf-8",
    )
    with RedditStandIn() as reddit:
        reddit.world.add_subreddit(SUB, {"mod_alice": ["all"]})
        lock = Path(os.environ["LLUMI_DB"] + ".run.lock")
        env = {**os.environ, "OLLAMA_HOST": ollama_standin.url, **credentials_env(reddit)}
        first = _start(env)
        try:
            _wait_for(lambda: lock.exists() and lock.read_text("utf-8"), first)
            second = _start(env)
            _, err = second.communicate(timeout=60)
            assert second.returncode == 2, err[-2000:]
            lines = err.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in err
            assert f"another llumi run (process {first.pid} on " in lines[0]
            assert first.poll() is None  # the first one is not disturbed...
            crisis = reddit.world.add_submission(SUB, "goodbye", CRISIS, author="poster")
            _wait_for(lambda: reddit.world.modmail_from_bot(SUB), first)  # ...and still alerts
            assert crisis.id in reddit.world.modmail_from_bot(SUB)[0].messages[0]["bodyMarkdown"]
        finally:
            first.send_signal(signal.SIGKILL)
            first.communicate(timeout=60)
        third = _start(env)  # a SIGKILLed run leaves no lock behind
        try:
            _wait_for(lambda: f"process {third.pid} " in lock.read_text("utf-8"), third)
            time.sleep(2)  # past the start: signal handlers are in place
        finally:
            third.send_signal(signal.SIGTERM)
            _, err = third.communicate(timeout=60)
        assert third.returncode == 0, err[-2000:]


def test_a_run_killed_mid_command_answers_it_once_after_the_restart(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    (tmp_path / "communities.toml").write_text(
        f'[[community]]\nname = "dh"\nplatform = "reddit"\nsubreddit = "{SUB}"\n'
        'locale = "en-US"\nconcern = "alert"\n',
        "utf-8",
    )
    ollama_standin.delay = 3.0
    with RedditStandIn() as reddit:
        world = reddit.world
        world.add_subreddit(SUB, {"mod_alice": ["all"]})
        post = world.add_submission(SUB, "New job", "I start a new job Monday and feel anxious.")
        world.add_message(
            "mod_alice", f"!draft https://www.reddit.com/r/{SUB}/comments/{post.id}/x/"
        )
        env = {**os.environ, "OLLAMA_HOST": ollama_standin.url, **credentials_env(reddit)}

        def answers() -> list[str]:
            return [m["text"] for m in world.sent_private if m["to"] == "mod_alice"]

        first = _start(env)
        try:
            _wait_for(lambda: ollama_standin.bodies(), first)  # the model is drafting
        finally:
            first.send_signal(signal.SIGKILL)
            first.communicate(timeout=60)
        assert answers() == [] and world.unread()
        second = _start(env)
        try:
            _wait_for(lambda: answers() and not world.unread(), second)
            time.sleep(2)
        finally:
            second.send_signal(signal.SIGTERM)
            _, err = second.communicate(timeout=60)
        assert len(answers()) == 1 and "**Draft d-" in answers()[0], answers()
        assert "Traceback" not in err
