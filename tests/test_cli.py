"""The `llumi` CLI contract against the Ollama stand-in: in-process through click's test runner
(the gate is built once per session, not once per case), and a few cases as a user runs it, a
process of its own, so the entry point and its one-line errors are checked end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from tests.standins.ollama import OllamaStandIn

DOWN = "http://127.0.0.1:9"  # nothing listens on port 9
CRISIS = "I have the pills and I'm doing it tonight."
ORDINARY = "I lost my job last week and I feel really low. How do people cope?"


def llumi(*args: str, stdin: bytes = b"", host: str = DOWN) -> subprocess.CompletedProcess[str]:
    """`llumi ARGS` in this process: exit code, stdout and stderr as a process would give them."""
    env = {"OLLAMA_HOST": host, "LLUMI_MODEL_TIMEOUT": "5"}
    result = CliRunner().invoke(cli, list(args), input=stdin, env=env, catch_exceptions=False)
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, result.stderr)


def llumi_process(
    *args: str, stdin: bytes = b"", host: str = DOWN
) -> subprocess.CompletedProcess[str]:
    """`llumi ARGS` as a user runs it: a process of its own."""
    env = {**os.environ, "OLLAMA_HOST": host, "LLUMI_MODEL_TIMEOUT": "5"}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")
        if stdin
        else b"",
        capture_output=True,
        env=env,
        timeout=120,
    )
    out = subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )
    assert "Traceback" not in out.stderr, out.stderr
    return out


def test_screen_json_gives_level_and_signal_spans(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(CRISIS, "utf-8")
    result = llumi("screen", str(post), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["level"] == "imminent"
    for signal in data["signals"]:
        assert CRISIS[signal["start"] : signal["end"]] == signal["text"]
        assert signal["category"]


def test_screen_reads_broken_utf8_and_still_finds_the_signal() -> None:
    raw = b"\xff\xfe garbage \xc3 I want to die \x80"
    result = llumi("screen", "-", "--json", stdin=raw)
    assert result.returncode == 0
    assert json.loads(result.stdout)["level"] in ("high", "imminent")


def test_screen_jsonl_one_line_per_input_line_in_order(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "this traffic is killing me"}),
        "{not json",
        json.dumps({"id": 7, "text": "I want to kill myself"}),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "b", "text": "my friend says she wants to die"}),
    ]
    source = tmp_path / "posts.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    result = llumi("screen", "--jsonl", str(source))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row.get("id") for row in rows] == ["a", None, 7, "no-text", "b"]
    assert rows[0]["level"] == "none" and "error" in rows[1] and "error" in rows[3]
    assert rows[2]["level"] == "high" and rows[4]["level"] == "concern"


def test_draft_json_through_the_model(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    result = llumi("draft", "--json", stdin=ORDINARY.encode(), host=ollama_standin.url)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "draft" and data["draft"] and data["level"] in ("none", "concern")
    assert {"resources", "reason"} <= set(data)


def test_crisis_draft_escalates_even_with_the_model_down() -> None:
    result = llumi("draft", "--json", stdin=CRISIS.encode())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "escalated" and data["draft"] is None
    assert any(line["phone"] == "988" for line in data["resources"])  # LLUMI_LOCALE default en-US


def test_model_down_exits_3_with_one_line_naming_the_fix() -> None:
    result = llumi_process("draft", "--json", stdin=ORDINARY.encode())
    assert result.returncode == 3
    assert json.loads(result.stdout)["status"] == "unavailable"
    assert len(result.stderr.strip().splitlines()) == 1 and "ollama" in result.stderr.lower()


def test_model_not_pulled_says_ollama_pull(ollama_standin: OllamaStandIn) -> None:
    ollama_standin.remove_model("mistral:7b-instruct")
    result = llumi("draft", stdin=ORDINARY.encode(), host=ollama_standin.url)
    assert result.returncode == 3 and "ollama pull mistral:7b-instruct" in result.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("draft",), b"   \n", "empty"),
        (("screen",), b"", "empty"),
        (("draft", "/nonexistent/post.txt"), b"", "cannot read"),
        (("draft", "--community", "nope"), b"hello", "unknown community"),
    ],
)
def test_bad_input_exits_2_with_one_line(args: tuple[str, ...], stdin: bytes, message: str) -> None:
    result = llumi(*args, stdin=stdin)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr


def test_bad_input_as_a_process_exits_2_with_one_line_and_no_traceback() -> None:
    result = llumi_process("draft", "/nonexistent/post.txt")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "llumi: cannot read /nonexistent/post.txt: No such file or directory"
    ]


def test_improve(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    (tmp_path / "post.txt").write_text(ORDINARY, "utf-8")
    (tmp_path / "reply.txt").write_text("That sounds hard. I lost mine last year too.", "utf-8")
    result = llumi(
        "improve",
        "--post",
        str(tmp_path / "post.txt"),
        "--reply",
        str(tmp_path / "reply.txt"),
        "--json",
        host=ollama_standin.url,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "draft" and "I lost mine last year too." in data["draft"]


def test_run_on_the_samples_without_ollama_screens_and_says_what_to_start() -> None:
    result = llumi("run")
    assert result.returncode == 0, result.stderr
    assert "Screening only" in result.stdout and "ollama" in result.stdout.lower()
    assert (
        "sample-4" in result.stdout and "8 posts screened (no drafts): 1 escalated" in result.stdout
    )
    assert "Crisis alert: imminent" in result.stdout


def test_run_posts_drafts_and_escalates(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_text(
        "\n".join(
            [json.dumps({"id": 1, "text": ORDINARY}), "oops", json.dumps({"id": 2, "text": CRISIS})]
        )
        + "\n",
        "utf-8",
    )
    result = llumi("run", "--posts", str(source), host=ollama_standin.url)
    assert result.returncode == 0, result.stderr
    assert "2 posts: 1 escalated, 1 drafted" in result.stdout
    assert "line 2: not valid JSON" in result.stdout
    assert len(ollama_standin.drafts()) == 1


def test_doctor_reports_ollama_down() -> None:
    result = llumi("doctor")
    assert result.returncode == 1
    assert "FAIL" in result.stdout and "ollama" in result.stdout.lower()


def test_doctor_ready_with_the_model_pulled(ollama_standin: OllamaStandIn) -> None:
    result = llumi("doctor", host=ollama_standin.url)
    assert result.returncode == 0, result.stdout
    assert "ready" in result.stdout


def test_doctor_warns_about_a_remote_ollama_host() -> None:
    from bot.cli.doctor import host_locality

    assert host_locality("http://127.0.0.1:11434") == "local"
    assert host_locality("localhost:11434") == "local"
    assert host_locality("http://192.168.1.20:11434") == "private"
    assert host_locality("https://8.8.8.8") == "remote"
    assert host_locality("http://gpu-box:11434") == "unknown"


def test_doctor_names_config_problems_and_non_english_locales(tmp_path: Path) -> None:
    communities = tmp_path / "communities.toml"  # LLUMI_COMMUNITIES in every test (conftest)
    communities.write_text(
        '[[community]]\nname = "hilfe"\nplatform = "reddit"\nsubreddit = "hilfe"\n'
        'locale = "de-DE"\n',
        "utf-8",
    )
    result = llumi("doctor")
    assert result.returncode == 1
    assert "locale de-DE" in result.stdout and "English" in result.stdout
    assert "REDDIT_CLIENT_ID" in result.stdout  # a reddit community without credentials


def test_forget_deletes_a_helpers_drafts(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    from bot.store import Store

    assert llumi("draft", stdin=ORDINARY.encode(), host=ollama_standin.url).returncode == 0
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"
    db = Path(os.environ["LLUMI_DB"])
    assert Store.open(db).audit_rows("gm-draft")  # the draft was recorded for console:$USER
    result = llumi("forget", user)
    assert result.returncode == 0 and "1 records removed" in result.stdout
    store = Store.open(db)
    assert store.audit_rows("gm-draft") == []
    assert llumi("forget", user).stdout.strip().endswith("0 records removed")
