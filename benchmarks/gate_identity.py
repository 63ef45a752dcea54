"""Dumps every screening of the shared dev texts, to prove a speed change keeps outputs identical.

usage: LLUMI_SHARED_DATA=../shared/data python benchmarks/gate_identity.py OUT.jsonl [--drafts]
       python benchmarks/gate_identity.py --diff BEFORE.jsonl AFTER.jsonl

Screens every text field of every dev.jsonl (posts, titles, bodies, seeker posts, responses,
CounselChat questions and answers, draft-safety posts and drafts; the gold posts are among them)
with the crisis gate, and writes one line per text: level, and each signal's category, level,
span, text, phrase and context. With --drafts it also writes the output gate's verdict on each
draft-safety draft and CounselChat answer. Run it at the commit before a change and after, then
--diff: any difference is printed and the exit status is 1. Post text never leaves this machine's
/tmp file you name.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIELDS = (
    "text",
    "title",
    "body",
    "posts",
    "seeker_post",
    "response_post",
    "question_text",
    "answer_text",
    "post",
    "draft",
)


def texts(data: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(data.glob("*/dev.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                if not line.strip():
                    continue
                row = json.loads(line)
                for name in FIELDS:
                    value = row.get(name)
                    values = value if isinstance(value, list) else [value]
                    for k, v in enumerate(values):
                        if isinstance(v, str) and v:
                            yield f"{path.parent.name}:{n}:{name}:{k}", v


def dump(data: Path, out: Path, drafts: bool) -> None:
    from policies.crisis import default_gate

    gate = default_gate()
    with out.open("w", encoding="utf-8") as sink:
        for key, text in texts(data):
            s = gate.screen(text)
            sigs = [
                [g.category, int(g.level), g.start, g.end, g.text, g.phrase, g.context]
                for g in s.signals
            ]
            sink.write(json.dumps([key, int(s.level), sigs]) + "\n")
        if drafts:
            from policies.output import check_draft
            from policies.resources import resource_urls, resources_for

            allowed = resource_urls(resources_for("en-US"))
            for key, text in texts(data):
                if ":draft:" in key or ":answer_text:" in key or ":response_post:" in key:
                    verdict = check_draft(text, allowed_urls=allowed)
                    sink.write(json.dumps([key, "draft", repr(verdict)]) + "\n")


def diff(before: Path, after: Path) -> int:
    a = before.read_text(encoding="utf-8").splitlines()
    b = after.read_text(encoding="utf-8").splitlines()
    bad = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
    for x, y in zip(a, b, strict=False):
        if x != y:
            print("-", x[:300])
            print("+", y[:300])
    print(f"{len(a)} vs {len(b)} lines, {bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        raise SystemExit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    dump(Path(os.environ["LLUMI_SHARED_DATA"]), Path(sys.argv[1]), "--drafts" in sys.argv)
