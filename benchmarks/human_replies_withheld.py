"""How many real human replies the output gate would withhold, by rule: a false-withhold measure.

usage: LLUMI_SHARED_DATA=../shared/data .venv/bin/python benchmarks/human_replies_withheld.py \
       [-v RULE]

Human replies from peer support (EPITOME's Reddit responses) and from therapists (CounselChat
answers), each cut at the gate's character limit, are judged with `check_draft` as if a model had
written them. Almost all of them are safe, so the share withheld estimates how often the rules
stop a good draft (a few replies do break a rule: read the hits before calling one false). Prints
the share per source and per rule; `-v RULE` also prints the sentences that rule withheld (for a
developer's terminal only: the datasets' text never goes into the repository). Reports, never fails.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies.output import MAX_DRAFT_CHARS, check_draft
from policies.resources import resource_urls, resources_for

SOURCES = (("epitome_reddit", "response_post"), ("counselchat", "answer_text"))


def replies(data: Path, folder: str, field: str) -> list[str]:
    path = data / folder / "dev.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        rows = (json.loads(line) for line in lines if line.strip())
        return [row[field][:MAX_DRAFT_CHARS] for row in rows if row.get(field, "").strip()]


def main() -> None:
    data = os.environ.get("LLUMI_SHARED_DATA")
    if not data:
        raise SystemExit("set LLUMI_SHARED_DATA to the shared data folder (../shared/data)")
    show = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "-v" else None
    allowed = resource_urls(resources_for("en-US"))
    for folder, field in SOURCES:
        texts = replies(Path(data), folder, field)
        if not texts:
            print(f"{folder}: no dev.jsonl, skipped")
            continue
        rules: Counter[str] = Counter()
        for text in texts:
            verdict = check_draft(text, allowed_urls=allowed)
            if verdict.ok or verdict.rule is None:
                continue
            rules[verdict.rule] += 1
            if verdict.rule == show:
                print(f"  [{folder}] {verdict.sentence[:200]}")
        total = sum(rules.values())
        print(f"{folder}: {total}/{len(texts)} withheld ({total / len(texts):.1%})")
        for rule, count in rules.most_common():
            print(f"  {rule:20} {count:4}  {count / len(texts):.1%}")


if __name__ == "__main__":
    main()
