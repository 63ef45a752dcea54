"""Dumps the output gate's verdict on many drafts, to prove a speed change keeps verdicts identical.

usage: LLUMI_SHARED_DATA=../shared/data python benchmarks/output_identity.py OUT.jsonl
       python benchmarks/output_identity.py --diff BEFORE.jsonl AFTER.jsonl

Judges, with `check_draft`: every draft-safety dev draft, every EPITOME Reddit reply and every
CounselChat answer (whole, with the length limit lifted, and as the gate sees them by default),
every string written in tests/test_output*.py, long and odd texts (drafts glued together,
shouted, with curly apostrophes, repeated, with prompt scaffolding, punctuation runs), and
improvements (a human reply with the model's words added). One line per text: key, ok, rule,
kind, sentence and detail; and one with every family's hits and the scaffolding found (all of
them, not only the first rule that fired). Run it at the commit before a change and after, then
--diff: any difference is printed and the exit status is 1. Draft text never leaves the /tmp
file you name: keep the dump outside the repository (the shared data has no license to
redistribute).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
#: The dev sets and the field that holds a reply (a draft, as the gate would see it).
SOURCES = (
    ("draft_safety", "draft"),
    ("epitome_reddit", "response_post"),
    ("counselchat", "answer_text"),
)
#: Long enough for any text below: the long ones are judged by the rules, not cut as too long.
NO_LIMIT = 1_000_000


def _rows(data: Path, folder: str, field: str) -> list[str]:
    path = data / folder / "dev.jsonl"
    if not path.exists():
        raise SystemExit(f"missing {path}: set LLUMI_SHARED_DATA to the shared data folder")
    with path.open(encoding="utf-8") as lines:
        return [row[field] for line in lines if line.strip() for row in [json.loads(line)]]


def _test_strings() -> Iterator[tuple[str, str]]:
    """Every string constant in the output gate's tests (the drafts they judge, and more)."""
    for path in sorted((ROOT / "tests").glob("test_output*.py")):
        seen: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and value and value not in seen:
                seen.add(value)
                yield f"{path.stem}:{hashlib.sha1(value.encode()).hexdigest()[:12]}", value


def _odd(replies: list[str]) -> Iterator[tuple[str, str]]:
    """Long and odd texts built from the dev replies (seeded: the same every run)."""
    pick = random.Random(11)
    for n in range(60):
        glued = " ".join(pick.sample(replies, 6))
        yield f"odd:glued:{n}", glued
        yield f"odd:upper:{n}", glued.upper()
        yield f"odd:curly:{n}", glued.replace("'", "’").replace(" ", "\u00a0", 5)
        yield f"odd:nolines:{n}", glued.replace(".", "").replace("\n", " ")
    for n, reply in enumerate(pick.sample(replies, 30)):
        yield f"odd:repeated:{n}", (reply + "\n") * 8
    scaffolds = [
        "<reply>",
        "</ post >",
        "<|im_start|>",
        "[INST]",
        "<< SYS >>",
        "\nAssistant:",
        "\n## Improved reply :",
        "Here is a gentler version:",
        "here's my revised draft",
        "I've edited the reply",
        "Revised version",
        "user:",
        "<s>",
        "Below is the rewrite.",
    ]
    for n, reply in enumerate(pick.sample(replies, 80)):
        cut = pick.randrange(len(reply) + 1)
        yield f"odd:scaffold:{n}", f"{reply[:cut]} {pick.choice(scaffolds)} {reply[cut:]}"
    for n, text in enumerate(
        [
            "a." * 1249,
            "a-" * 1249,
            "www." * 600,
            "you have " * 270,
            "i'll " * 500,
            "'" * 2000,
            " " * 2000 + "x",
            "\n" * 500 + "keep it to yourself",
            "é" * 3000,
            "I'm I'm I'm you you you they they " * 80,
            "don't tell don't tell no one " * 60,
            "ｋｅｅｐ ｉｔ ｔｏ ｙｏｕｒｓｅｌｆ",
            "better off without you" * 40,
        ]
    ):
        yield f"odd:fixed:{n}", text


def cases(data: Path) -> Iterator[tuple[str, str, str | None, int | None]]:
    """(key, text, human_reply, max_chars) for every text judged."""
    replies: list[str] = []
    for folder, field in SOURCES:
        for n, text in enumerate(_rows(data, folder, field)):
            replies.append(text)
            yield f"{folder}:{n}", text, None, NO_LIMIT
            yield f"{folder}:{n}:default", text, None, None
    for key, text in _test_strings():
        yield key, text, None, NO_LIMIT
    for key, text in _odd(replies):
        yield key, text, None, NO_LIMIT
    pick = random.Random(4)
    for n in range(150):
        human, added = pick.sample(replies, 2)
        yield f"improved:{n}", f"{human} {added[: len(human) // 3]}", human, NO_LIMIT


def dump(data: Path, out: Path) -> None:
    from policies.normalize import fold
    from policies.output import check_draft
    from policies.output.gate import FAMILIES
    from policies.output.quality import scaffolding
    from policies.resources import resource_urls, resources_for

    allowed = resource_urls(resources_for("en-US"))
    with out.open("w", encoding="utf-8") as sink:
        for key, text, human, limit in cases(data):
            options: dict[str, object] = {"allowed_urls": allowed, "human_reply": human}
            if limit is not None:
                options["max_chars"] = limit
            v = check_draft(text, **options)  # type: ignore[arg-type]
            sink.write(json.dumps([key, v.ok, v.rule, v.kind, v.sentence, v.detail]) + "\n")
            if human is None:  # every family's hits, not only the first rule that fired
                folded = fold(text).text
                hits = [[f.rule, list(f.hits(folded))] for f in FAMILIES]
                # spans (a match object before the faster search: the same dump both ways)
                found = [m if isinstance(m, tuple) else m.span() for m in scaffolding(folded)]
                hits.append(["scaffolding", [list(span) for span in found]])
                sink.write(json.dumps([key, "hits", [h for h in hits if h[1]]]) + "\n")


def diff(before: Path, after: Path) -> int:
    a = before.read_text(encoding="utf-8").splitlines()
    b = after.read_text(encoding="utf-8").splitlines()
    bad = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
    for x, y in zip(a, b, strict=False):
        if x != y:
            print("-", x[:300])
            print("+", y[:300])
    withheld = sum(1 for line in b if json.loads(line)[1] is False)
    print(f"{len(a)} vs {len(b)} lines ({withheld} withheld after), {bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--diff":
        raise SystemExit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    if len(sys.argv) != 2 or "LLUMI_SHARED_DATA" not in os.environ:
        raise SystemExit(__doc__)
    dump(Path(os.environ["LLUMI_SHARED_DATA"]), Path(sys.argv[1]))
