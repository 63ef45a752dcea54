"""Pairs from real voted data (CounselChat dev, via the `shared_data` fixture), built by the CLI
with the real crisis gate and the real prompts; the filters must hold on every row."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from bot.cli.learning import pairs
from bot.learning.export import read_jsonl
from bot.learning.threads import Thread
from policies.crisis import default_gate
from policies.levels import Level
from policies.resources import citable_lines
from prompts import load
from tests.fixtures_counselchat import counselchat_dev, write_threads_file

__all__ = ["counselchat_dev"]  # the fixture, imported for pytest

# Independent of the scrubber's own patterns: the plainest forms of what must not survive.
URL = re.compile(r"(?:https?://|www\.)[^\s)\]]+", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
USER = re.compile(r"(?<![\w/])/?u/[A-Za-z0-9_-]{2,}")
PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")


def _url_key(url: str) -> str:
    """Host and path, without the scheme or "www." (http://www.x.org/ is x.org)."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.rstrip("/.").lower())


def _crisis_urls() -> set[str]:
    return {_url_key(line.url) for line in citable_lines() if line.url}


def _crisis_phones() -> set[str]:
    """The ten-digit forms of the real lines the scrubber keeps (1-800-273-8255 and others)."""
    digits = ("".join(ch for ch in line.phone or "" if ch.isdigit()) for line in citable_lines())
    return {d[-10:] for d in digits if len(d) >= 10}


def _texts(row: dict[str, object]) -> list[str]:
    turns = [*row.get("messages", []), *row.get("prompt", []), *row.get("chosen", [])]  # type: ignore[misc]
    turns += row.get("rejected", [])  # type: ignore[arg-type]
    return [t["content"] for t in turns]


def test_pairs_from_counselchat_hold_every_filter(
    counselchat_dev: list[Thread], tmp_path: Path
) -> None:
    threads_file = write_threads_file(counselchat_dev, tmp_path / "counselchat.jsonl")
    out = tmp_path / "pairs"
    result = CliRunner().invoke(
        pairs,
        ["build", "--threads", str(threads_file), "--out", str(out), "--min-gap", "2"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "summary.json").read_text())
    rows = {name: read_jsonl(out / name) for name in ("gm-sft.jsonl", "gm-dpo.jsonl")}
    rows |= {name: read_jsonl(out / name) for name in ("im-sft.jsonl", "im-dpo.jsonl")}
    assert rows["gm-dpo.jsonl"], "CounselChat dev has voted answers: pairs expected"

    # every pair's gap is at least --min-gap
    assert summary["score_gaps"]["min"] >= 2
    assert all(float(gap) >= 2 for gap in summary["score_gaps"]["histogram"])

    # the system message is the served prompt
    gm_system, im_system = load("gm").system, load("im").system
    assert {r["prompt"][0]["content"] for r in rows["gm-dpo.jsonl"]} == {gm_system}
    assert {r["messages"][0]["content"] for r in rows["im-sft.jsonl"]} == {im_system}

    # no post in both splits (the user turn holds the post)
    splits: dict[str, set[str]] = {}
    for row in rows["gm-dpo.jsonl"] + rows["gm-sft.jsonl"]:
        user = (row.get("prompt") or row["messages"])[1]["content"]
        splits.setdefault(user, set()).add(row["split"])
    assert all(len(s) == 1 for s in splits.values())
    assert {"train", "validation"} <= set().union(*splits.values())

    # no crisis-level post, and the gate did drop some
    gate = default_gate()
    assert summary["posts"]["dropped"].get("crisis", 0) > 0
    for user in splits:
        assert gate.screen(user).level < Level.HIGH

    # no e-mail, URL, u/name or phone left, except the reviewed crisis lines
    allowed = _crisis_urls()
    phones = _crisis_phones()
    for name, items in rows.items():
        for row in items:
            for text in _texts(row):
                assert not EMAIL.search(text), name
                assert not USER.search(text), name
                for phone in PHONE.findall(text):
                    assert "".join(ch for ch in phone if ch.isdigit()) in phones, (name, phone)
                for url in URL.findall(text):
                    assert any(_url_key(url).startswith(a) for a in allowed), url
    assert summary["scrubbed"]["replaced"].get("link", 0) > 0

    # the summary adds up
    posts, replies = summary["posts"], summary["replies"]
    assert posts["read"] == len(counselchat_dev)
    assert posts["read"] == posts["kept"] + sum(posts["dropped"].values())
    assert replies["read"] == replies["kept"] + sum(replies["dropped"].values())
    for key, name in [("gm_sft", "gm-sft.jsonl"), ("gm_dpo", "gm-dpo.jsonl")]:
        counts = summary["examples"][key]
        assert counts["all"] == counts["train"] + counts["validation"] == len(rows[name])
    assert summary["concentration"]["max_pairs_one_post"] <= 5
