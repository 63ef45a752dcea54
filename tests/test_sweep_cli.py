"""`llumi sweep COMMUNITY [--dry-run]`: exit codes, one-line errors, dry runs that touch nothing.

The platform adapter is replaced by the in-memory Platform double (bot.cli.compose.platform_adapters
is what the command calls); drafting runs through the real model client and the Ollama
stand-in."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bot.cli import cli, compose
from bot.core.domain import Post
from tests.standins.ollama import OllamaStandIn
from tests.test_sweep_support import CRISIS, ORDINARY, Platform, dump

ROOT = Path(__file__).resolve().parents[1]
COMMUNITIES = """
[[community]]
name = "calm"
platform = "reddit"
subreddit = "calm"
locale = "en-US"
[community.sweep]
every = "30m"
"""


def posts() -> list[Post]:
    now = datetime.now(UTC)
    texts = [(1, 5, ORDINARY[0]), (2, 4, CRISIS[0]), (3, 3, ORDINARY[1])]
    return [
        Post(
            key=f"reddit:t3_c{n}",
            community="calm",
            text=text,
            author=f"user{n}",
            url=f"https://www.reddit.com/r/calm/comments/c{n}/",
            created_at=now - timedelta(hours=hours),
            platform="reddit",
        )
        for n, hours, text in texts
    ]


@pytest.fixture
def platform(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ollama_standin: OllamaStandIn
) -> Platform:
    (tmp_path / "communities.toml").write_text(COMMUNITIES, "utf-8")
    monkeypatch.setenv("OLLAMA_HOST", ollama_standin.url)
    double = Platform(posts())

    def adapters(
        assistant: Any, settings: Any, communities: Any, *, only: str | None = None
    ) -> dict[str, Any]:
        assert only == "reddit"  # only the swept community's platform is built
        assert [c.name for c in communities if c.platform == only] == ["calm"]
        return {"reddit": double}

    monkeypatch.setattr(compose, "platform_adapters", adapters)
    return double


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, ["sweep", *args], catch_exceptions=False)


def test_a_sweep_sends_the_digest_and_escalates_the_crisis(platform: Platform) -> None:
    result = invoke("calm")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("sweep calm: 3 listed")
    assert len(platform.alerts) == 1 and platform.alerts[0].post.key == "reddit:t3_c2"
    (digest,) = platform.parts
    assert digest.index("c2/") < digest.index("c1/") < digest.index("c3/")
    assert digest.count("Draft d-") == 2


def test_a_dry_run_prints_the_digest_and_touches_nothing(
    platform: Platform, tmp_path: Path
) -> None:
    assert invoke("calm").exit_code == 0  # a first real sweep: the database has state
    platform.parts.clear()
    platform.alerts.clear()
    platform.posts += [
        Post(
            key="reddit:t3_c9",
            community="calm",
            text=CRISIS[1],
            url="https://www.reddit.com/r/calm/comments/c9/",
            created_at=datetime.now(UTC) - timedelta(hours=2, minutes=30),
            platform="reddit",
        )
    ]
    before = dump(tmp_path / "llumi.db")

    result = invoke("calm", "--dry-run")

    assert result.exit_code == 0, result.output
    assert dump(tmp_path / "llumi.db") == before
    assert platform.parts == [] and platform.alerts == []
    out = result.stdout
    assert out.startswith("NOT ESCALATED (dry run): 1 post(s)")
    assert "- https://www.reddit.com/r/calm/comments/c9/ · high · 2h 30m old" in out
    assert "DRY RUN: nothing was sent" in out
    assert "c1/" not in out  # already in a digest: a real sweep would not list it again


def test_a_dry_run_does_not_even_create_the_database(platform: Platform, tmp_path: Path) -> None:
    result = invoke("calm", "--dry-run")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "llumi.db").exists()
    assert "Draft d-" in result.stdout and platform.parts == []


def test_a_delivery_failure_exits_1_with_one_line(platform: Platform) -> None:
    platform.fail_part_at = 0
    result = invoke("calm")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "llumi: digest delivery failed: DeliveryError: the platform answered 503"
    ]
    assert len(platform.alerts) == 1  # the escalation did not wait for the digest


def run_llumi(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=60,
    )


def test_an_unknown_community_exits_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "communities.toml").write_text(COMMUNITIES, "utf-8")
    result = run_llumi("sweep", "nope", env={})
    assert result.returncode == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("llumi: unknown community 'nope'") and "(known: calm)" in line


def test_a_broken_communities_file_exits_2_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "communities.toml").write_text(COMMUNITIES + "\nbogus = 1\n", "utf-8")
    result = CliRunner().invoke(cli, ["sweep", "calm"])
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("llumi: ") and "unknown key" in line


def test_a_sweep_running_in_another_process_exits_1_with_one_line(
    platform: Platform, tmp_path: Path
) -> None:
    import socket

    from bot.store import Store

    store = Store.open(tmp_path / "llumi.db")
    now = datetime.now(UTC).isoformat()
    store.set_position("sweep:running:calm", f"{socket.gethostname()} {os.getppid()} {now}")
    store.close()
    result = invoke("calm")
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("llumi: a sweep of calm is already running (process ")
    assert line.endswith("try again when it is done")
    assert platform.parts == [] and platform.alerts == [] and platform.listings == []
