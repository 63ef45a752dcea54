"""Shared fixtures. Datasets in ../shared/data are found through LLUMI_SHARED_DATA only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.standins.discord_gateway import discord_standin  # noqa: F401
from tests.standins.ollama import ollama_standin  # noqa: F401
from tests.standins.openai_api import openai_standin  # noqa: F401


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared datasets folder: skipped where unset (a user's clone), a failure in CI."""
    raw = os.environ.get("LLUMI_SHARED_DATA", "")
    required = os.environ.get("LLUMI_REQUIRE_SHARED_DATA") == "1"
    if not raw:
        if required:
            pytest.fail("LLUMI_SHARED_DATA is not set but CI requires the shared datasets")
        pytest.skip("LLUMI_SHARED_DATA is not set: point it at shared/data to run dataset tests")
    path = Path(raw)
    if not path.is_dir():
        if required:
            pytest.fail(f"LLUMI_SHARED_DATA={raw} is not a folder")
        pytest.skip(f"LLUMI_SHARED_DATA={raw} is not a folder")
    return path


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's .env, database or communities file."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LLUMI_DB", str(tmp_path / "llumi.db"))
    monkeypatch.setenv("LLUMI_COMMUNITIES", str(tmp_path / "communities.toml"))
    for key in list(os.environ):
        if key.startswith(("REDDIT_", "DISCORD_", "OLLAMA_", "LLUMI_MODEL_")):
            monkeypatch.delenv(key)
