"""The `llumi` CLI contract against the Ollama stand-in: in-process through click's test runner
(the gate is built once per session, not once per case), and a few cases as a user runs it, a
process of its own, so the entry point and its one-line errors are checked end to end."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
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
    assert result.returncode == 2  # every readable line screened, then the others named
    assert result.stderr.strip() == f"llumi: {source}: could not read 2 lines: 2, 4"
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row.get("id") for row in rows] == ["a", None, 7, "no-text", "b"]
    assert rows[0]["level"] == "none" and "error" in rows[1] and "error" in rows[3]
    assert rows[2]["level"] == "high" and rows[4]["level"] == "concern"


@pytest.mark.parametrize("command", [("screen", "--jsonl"), ("run", "--posts")])
def test_a_jsonl_file_with_a_byte_order_mark_loses_no_line(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    source = tmp_path / "posts.jsonl"
    first = json.dumps({"id": "crisis", "text": "I want to kill myself"})
    source.write_bytes(b"\xef\xbb\xbf" + first.encode() + b"\n")
    result = llumi(*command, str(source))
    assert result.returncode == 0, result.stderr
    assert "not valid JSON" not in result.stdout and "high" in result.stdout.lower()


def test_run_posts_names_the_unreadable_lines_and_exits_2(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    good = json.dumps({"id": "a", "text": "I want to kill myself"})
    source.write_text(f"{good}\n{{broken\n{good}\n", "utf-8")
    result = llumi("run", "--posts", str(source))
    assert result.returncode == 2
    assert result.stderr.strip().endswith("could not read line: 2")
    assert result.stdout.count("--- console:a") == 2  # both readable posts were handled


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
    assert result.returncode == 2 and "could not read line: 2" in result.stderr
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


def test_doctor_fails_while_an_alert_is_undelivered(ollama_standin: OllamaStandIn) -> None:
    """Issue 14: an alert the platform would not take is a failure to fix, not a warning."""
    from bot.store import Store
    from policies.levels import Level

    store = Store.open(Path(os.environ["LLUMI_DB"]))
    store.create_alert(
        alert_id="a-stuck",
        community="dh",
        platform="reddit",
        post_key="reddit:t3_zz",
        author="poster",
        level=Level.HIGH,
        reason="crisis",
        ping=True,
        joins=None,
    )
    store.close()
    result = llumi("doctor", host=ollama_standin.url)
    assert result.returncode == 1, result.stdout
    assert "FAIL  1 crisis alert(s) could not be delivered" in result.stdout
    assert "in dh" in result.stdout


def test_forget_deletes_a_helpers_drafts(tmp_path: Path, ollama_standin: OllamaStandIn) -> None:
    from bot.store import Store

    assert llumi("draft", stdin=ORDINARY.encode(), host=ollama_standin.url).returncode == 0
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"
    db = Path(os.environ["LLUMI_DB"])
    assert Store.open(db).audit_rows("gm-draft")  # the draft was recorded for console:$USER
    result = llumi("forget", user)
    assert result.returncode == 0 and "2 records removed" in result.stdout
    assert "  drafts: 1" in result.stdout and "  audit: 1" in result.stdout  # by table
    store = Store.open(db)
    assert store.audit_rows("gm-draft") == []
    assert llumi("forget", user).stdout.strip().endswith("0 records removed")
    for wildcard in ("", "%", "console:*"):
        refused = llumi("forget", wildcard)
        assert refused.returncode == 2 and "forget" in refused.stderr


def test_the_default_store_is_private_and_doctor_warns_about_readable_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LLUMI_DB")
    monkeypatch.chdir(tmp_path)
    assert llumi("screen", stdin=CRISIS.encode()).returncode == 0
    db = tmp_path / "xdg" / "llumi" / "llumi.db"  # the XDG default location
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    assert "can be read by" not in llumi("doctor").stdout
    env = tmp_path / ".env"
    env.write_text("LLUMI_LOCALE=en-US\n", "utf-8")
    env.chmod(0o644)
    db.chmod(0o640)
    report = llumi("doctor").stdout
    assert f"{env} can be read by others" in report and f"chmod 600 {env}" in report
    assert f"{db} can be read by group" in report


@pytest.mark.parametrize("host", ["127.0.0.1:abc", "127.0.0.1:99999", "[::1"])
def test_a_bad_ollama_host_is_one_line_and_screen_does_not_need_it(
    tmp_path: Path, host: str
) -> None:
    screened = llumi("screen", stdin=CRISIS.encode(), host=host)
    assert screened.returncode == 0 and "Level: imminent" in screened.stdout
    drafted = llumi("draft", stdin=ORDINARY.encode(), host=host)
    assert drafted.returncode == 2
    assert (
        drafted.stderr.startswith(f"llumi: OLLAMA_HOST={host!r}")
        and drafted.stderr.count("\n") == 1
    )
    report = llumi("doctor", host=host)
    assert report.returncode == 1 and f"FAIL  OLLAMA_HOST={host!r}" in report.stdout
    assert "problems" in report.stdout  # the report goes on to its end


def test_a_bad_ollama_host_in_the_environment_does_not_stop_help_or_screen() -> None:
    """`import ollama` parses OLLAMA_HOST itself: the process must still start."""
    assert "crisis escalation" in llumi_process("--help", host="127.0.0.1:abc").stdout
    screened = llumi_process("screen", stdin=CRISIS.encode(), host="127.0.0.1:99999")
    assert screened.returncode == 0 and "Level: imminent" in screened.stdout


def read_only_store(path: Path) -> None:
    """A real store SQLite opens read-only (its header's write version is from the future):
    unwritable even for root, who ignores file modes."""
    from bot.store import Store

    Store.open(path).close()
    data = bytearray(path.read_bytes())
    data[18] = 3
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("broken", ["read-only", "under-a-file"])
def test_an_unwritable_store_never_stops_screening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ollama_standin: OllamaStandIn, broken: str
) -> None:
    db = tmp_path / "ro.db"
    if broken == "read-only":
        read_only_store(db)
    else:
        (tmp_path / "file").write_text("", "utf-8")
        db = tmp_path / "file" / "llumi.db"
    monkeypatch.setenv("LLUMI_DB", str(db))
    screened = llumi("screen", stdin=CRISIS.encode())
    assert screened.returncode == 0 and "Level: imminent" in screened.stdout
    assert f"llumi: store {db}" in screened.stderr and "nothing is recorded" in screened.stderr
    source = tmp_path / "posts.jsonl"
    posts = [json.dumps({"id": i, "text": t}) for i, t in ((1, ORDINARY), (2, CRISIS))]
    source.write_text("\n".join(posts) + "\n", "utf-8")
    ran = llumi("run", "--posts", str(source), host=ollama_standin.url)
    assert ran.returncode == 0 and "2 posts: 1 escalated, 1 drafted" in ran.stdout
    drafted = llumi("draft", stdin=ORDINARY.encode(), host=ollama_standin.url)
    assert drafted.returncode == 0 and "nothing is recorded" in drafted.stderr


def test_doctor_checks_that_it_can_write_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "ro.db"
    read_only_store(db)
    monkeypatch.setenv("LLUMI_DB", str(db))
    report = llumi("doctor")
    assert report.returncode == 1
    assert f"FAIL  cannot open and write {db}" in report.stdout and "readonly" in report.stdout


def test_doctor_names_community_phrases_that_would_match_every_post(tmp_path: Path) -> None:
    Path(os.environ["LLUMI_COMMUNITIES"]).write_text(
        '[[community]]\nname = "c"\nplatform = "reddit"\nsubreddit = "c_c"\nlocale = "en-US"\n'
        '[community.policy]\nextra_phrases = { high = ["!!!"] }\n',
        "utf-8",
    )
    report = llumi("doctor")
    assert (
        report.returncode == 1
        and "FAIL" in report.stdout
        and "'!!!' is read as 'i'" in report.stdout
    )
    assert llumi("screen", stdin=b"I am fine").returncode == 2  # config loading refuses it too


def test_a_post_is_cut_at_reddits_limit_and_the_cut_is_said() -> None:
    from bot.core.domain import MAX_POST_CHARS

    crisis_after = ("calm words " * (MAX_POST_CHARS // 11 + 10)) + CRISIS
    crisis_before = CRISIS + " " + "calm words " * (MAX_POST_CHARS // 11 + 10)
    late = llumi("screen", "--json", stdin=crisis_after.encode())
    assert late.returncode == 0 and f"first {MAX_POST_CHARS:,}" in late.stderr
    assert json.loads(late.stdout)["level"] == "none"  # what was kept is what was screened
    early = llumi("screen", "--json", stdin=crisis_before.encode())
    assert json.loads(early.stdout)["level"] == "imminent"
    assert "longer than" in early.stderr


def test_jsonl_posts_are_cut_and_overlong_lines_named(tmp_path: Path) -> None:
    from bot.cli.inputs import MAX_LINE_BYTES
    from bot.core.domain import MAX_POST_CHARS

    source = tmp_path / "posts.jsonl"
    long_text = CRISIS + " " + "x" * MAX_POST_CHARS
    rows = [
        json.dumps({"id": "long", "text": long_text}),
        "z" * (MAX_LINE_BYTES + 10),
        json.dumps({"id": "after", "text": CRISIS}),
    ]
    source.write_text("\n".join(rows) + "\n", "utf-8")
    result = llumi("screen", "--jsonl", str(source))
    assert result.returncode == 2 and "could not read line: 2" in result.stderr
    assert f"line 1: the post has {len(long_text):,} characters" in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in out] == ["long", "after"]
    assert out[0]["level"] == "imminent" and out[1]["level"] == "imminent"


def test_stdin_is_read_bounded() -> None:
    """200 MB on stdin: the post kept is 40,000 characters; the rest is drained, not held."""
    import resource

    big = b"a " * (50 * 1024 * 1024)  # 100 MB
    result = llumi_process("screen", stdin=big)
    assert result.returncode == 0 and "longer than" in result.stderr
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert peak_kb < 600 * 1024  # the 100 MB never sat in the child's memory at once


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("screen", "--jsonl", "posts.jsonl", "post.txt"), "not both"),
        (("screen", "--audit"), "--audit records the screenings of a --jsonl file"),
    ],
)
def test_screen_options_that_would_be_ignored_are_refused(
    args: tuple[str, ...], message: str
) -> None:
    result = llumi(*args, stdin=CRISIS.encode())
    assert result.returncode == 2 and message in result.stderr and result.stdout == ""


def test_jsonl_nan_and_unknown_communities_are_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_text(
        '{"id": NaN, "text": "I want to die"}\n'
        '{"id": 2, "text": "I want to die", "community": "nowhere"}\n'
        '{"id": 3, "text": "I want to die", "score": Infinity}\n'
        '{"id": 4, "text": "I want to die"}\n',
        "utf-8",
    )
    result = llumi("screen", "--jsonl", str(source))
    assert result.returncode == 2 and "could not read 3 lines: 1, 2, 3" in result.stderr

    def strict(name: str) -> object:
        raise AssertionError(f"{name} in the output")

    rows = [json.loads(line, parse_constant=strict) for line in result.stdout.splitlines()]
    assert "unknown community 'nowhere'" in rows[1]["error"]
    assert rows[3] == {**rows[3], "id": 4, "level": "high"}


def test_run_posts_reports_a_missing_file_before_asking_the_model(
    tmp_path: Path, ollama_standin: OllamaStandIn
) -> None:
    result = llumi("run", "--posts", str(tmp_path / "missing.jsonl"), host=ollama_standin.url)
    assert result.returncode == 2 and "cannot read" in result.stderr
    assert result.stdout == "" and ollama_standin.requests == []


def test_doctor_checks_the_platforms_even_when_the_model_is_down(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Path(os.environ["LLUMI_COMMUNITIES"]).write_text(
        '[[community]]\nname = "c"\nplatform = "reddit"\nsubreddit = "c_c"\nlocale = "en-US"\n',
        "utf-8",
    )
    for key in ("CLIENT_ID", "CLIENT_SECRET", "USERNAME", "PASSWORD", "USER_AGENT"):
        monkeypatch.setenv(f"REDDIT_{key}", "x")
    monkeypatch.setenv("REDDIT_OAUTH_URL", DOWN)  # nothing listens: no real network
    monkeypatch.setenv("REDDIT_URL", DOWN)
    report = llumi("doctor")  # Ollama is down too
    assert report.returncode == 1
    assert "Platforms" in report.stdout and "Reddit" in report.stdout.split("Platforms")[1]


@pytest.fixture
def not_ollama() -> Iterator[str]:
    """A web server that is not Ollama: every GET answers 200 with an empty JSON object."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"{}"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_server_that_is_not_ollama_is_said_so(not_ollama: str, tmp_path: Path) -> None:
    report = llumi("doctor", host=not_ollama)
    assert report.returncode == 1 and "the server there is not Ollama" in report.stdout
    assert "not pulled" not in report.stdout
    source = tmp_path / "posts.jsonl"
    source.write_text(json.dumps({"id": 1, "text": ORDINARY}) + "\n", "utf-8")
    ran = llumi("run", "--posts", str(source), host=not_ollama)
    assert "not Ollama" in ran.stdout and "not pulled" not in ran.stdout
