"""CounselChat (shared data, never committed) turned into the learning loop's threads schema.

One thread per `question_id`; each therapist answer is a reply whose score is its upvotes. Built at
test time from the `shared_data` folder, so nothing derived from the data lands in the repo.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.learning.threads import Thread, ThreadReply


def counselchat_threads(path: Path) -> list[Thread]:
    questions: dict[int, dict[str, object]] = {}
    replies: dict[int, list[ThreadReply]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            qid = int(row["question_id"])
            questions.setdefault(
                qid, {"title": row["question_title"] or "", "text": row["question_text"] or ""}
            )
            replies.setdefault(qid, []).append(
                ThreadReply(id=row["id"], text=row["answer_text"] or "", score=int(row["upvotes"]))
            )
    return [
        Thread(
            id=f"counselchat-q{qid}",
            title=str(fields["title"]),
            text=str(fields["text"]),
            replies=tuple(replies[qid]),
        )
        for qid, fields in sorted(questions.items())
    ]


@pytest.fixture(scope="session")
def counselchat_dev(shared_data: Path) -> list[Thread]:
    path = shared_data / "counselchat" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    return counselchat_threads(path)


def write_threads_file(threads: list[Thread], path: Path) -> Path:
    """The threads as the JSONL `llumi pairs build --threads` reads (in a test's tmp_path)."""
    with path.open("w", encoding="utf-8") as handle:
        for thread in threads:
            handle.write(json.dumps(thread.to_json()) + "\n")
    return path
