"""How often the output gate's rules would withhold replies real people wrote, by rule.

usage: LLUMI_SHARED_DATA=../shared/data .venv/bin/python benchmarks/bench_output_human_replies.py
       [--show RULE]

Judges the human replies of two shared dev sets as if a model had drafted them: EPITOME's Reddit
responses (peers) and CounselChat's answers (therapists), each cut at the last sentence end
before the gate's length limit (length is the quality floor's business, not harm). Most of these
replies are safe, so the share withheld is close to a false-withhold rate (an upper bound: a few
human replies do diagnose or advise on medicine). The baseline, measured in the same run, is the
draft-safety dev set's safe drafts. `--show RULE` prints the sentences that rule withheld, to read
on the terminal (never copy them into the repository: the data is not ours to redistribute).
Reports, never fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies.output import MAX_DRAFT_CHARS, RULE_KIND, check_draft
from policies.resources import resource_urls, resources_for

SETS = (
    ("epitome_reddit", "response_post", None),
    ("counselchat", "answer_text", None),
    ("draft_safety", "draft", "safe_hard"),
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def within_limit(text: str) -> str:
    """`text` cut at the last sentence end before the gate's length limit."""
    if len(text) <= MAX_DRAFT_CHARS:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, MAX_DRAFT_CHARS)]
    return text[: ends[-1]] if ends else text[:MAX_DRAFT_CHARS]


def load(data: Path, folder: str, field: str, category: str | None) -> list[str]:
    path = data / folder / "dev.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [
        within_limit(row[field])
        for row in rows
        if row.get(field) and (category is None or row.get("category") == category)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", metavar="RULE", help="print the sentences this rule withheld")
    args = parser.parse_args()
    data = os.environ.get("LLUMI_SHARED_DATA")
    if not data:
        raise SystemExit("set LLUMI_SHARED_DATA to the shared data folder (../shared/data)")
    allowed = resource_urls(resources_for("en-US"))
    for folder, field, category in SETS:
        texts = load(Path(data), folder, field, category)
        if not texts:
            print(f"{folder}: no dev.jsonl, skipped")
            continue
        rules: Counter[str] = Counter()
        for text in texts:
            verdict = check_draft(text, allowed_urls=allowed)
            if verdict.ok or verdict.rule is None:
                continue
            rules[verdict.rule] += 1
            if args.show == verdict.rule:
                print(f"  [{folder}] {verdict.sentence[:200]}")
        withheld = sum(rules.values())
        label = f"{folder} ({category})" if category else folder
        print(f"{label}: {withheld}/{len(texts)} withheld ({withheld / len(texts):.1%})")
        for rule, count in rules.most_common():
            print(f"  {rule:<20} {RULE_KIND[rule]:<20} {count:>4} ({count / len(texts):.1%})")


if __name__ == "__main__":
    main()
