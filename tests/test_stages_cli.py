"""The model stages on the console path: `llumi draft` with the safety judge, `llumi screen
--model` with the second opinion (both opinions and the final level with --json)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli
from tests.standins.ollama import OllamaStandIn, default_reply
from tests.test_cli import CRISIS, DOWN, llumi
from tests.test_safety_judge import FLAG, FLAGGED_SENTENCE, SUBTLE, judge_says
from tests.test_second_opinion import QUIET, QUOTE, reader_says


def test_draft_withheld_by_the_judge_names_kind_and_sentence(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.reply = lambda body: SUBTLE
    ollama_standin.json_reply = judge_says(FLAG)
    result = llumi("draft", "--json", stdin=QUIET.encode(), host=ollama_standin.url)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "withheld" and data["kind"] == "discouraging_help"
    assert FLAGGED_SENTENCE in data["reason"]
    shown = llumi("draft", stdin=QUIET.encode(), host=ollama_standin.url)
    assert "discouraging help" in shown.stdout and SUBTLE not in shown.stdout


def test_draft_with_the_judge_unavailable_is_withheld_not_shown(
    ollama_standin: OllamaStandIn,
) -> None:
    """The judge's model is not there: the draft is withheld (exit 0), never printed."""
    env = {
        "OLLAMA_HOST": ollama_standin.url,
        "LLUMI_SAFETY_MODEL": "judge:missing",
        "LLUMI_RISK_MODEL": "off",
    }
    result = CliRunner().invoke(cli, ["draft"], input=QUIET, env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "the safety check is unavailable" in result.stdout
    (asked,) = ollama_standin.drafts()
    assert default_reply(asked) not in result.stdout  # the unchecked draft was not printed
    assert ollama_standin.stage_bodies("risk") == []


def test_screen_with_the_model_shows_both_opinions(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.json_reply = reader_says("high")
    result = llumi("screen", "--model", "--json", stdin=QUIET.encode(), host=ollama_standin.url)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["level"] == "high" and data["lexicon"]["level"] == "none"
    opinion = data["second_opinion"]
    assert opinion["outcome"] == "raised" and opinion["answer"]["quote"] == QUOTE
    text = llumi("screen", "--model", stdin=QUIET.encode(), host=ollama_standin.url)
    assert "Level: high" in text.stdout and "raised none -> high" in text.stdout


def test_screen_with_the_model_down_says_the_opinion_was_unavailable() -> None:
    result = llumi("screen", "--model", "--json", stdin=QUIET.encode(), host=DOWN)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["level"] == "none" and data["second_opinion"]["outcome"] == "unavailable"
    assert "not reachable" in data["second_opinion"]["why"]
    text = llumi("screen", "--model", stdin=QUIET.encode(), host=DOWN)
    assert "Second opinion: unavailable" in text.stdout


def test_screen_with_the_model_never_sends_a_crisis_post(
    ollama_standin: OllamaStandIn,
) -> None:
    result = llumi("screen", "--model", "--json", stdin=CRISIS.encode(), host=ollama_standin.url)
    data = json.loads(result.stdout)
    assert data["level"] == "imminent" and data["second_opinion"]["outcome"] == "not_asked"
    assert ollama_standin.bodies() == []
