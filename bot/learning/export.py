"""Writes a `PairSet` as the files TRL reads (conversational format) and summary.json.

gm-sft.jsonl / im-sft.jsonl: {"messages": [system, user, assistant], "split"} for SFTTrainer;
gm-dpo.jsonl / im-dpo.jsonl: {"prompt": [system, user], "chosen": [assistant],
"rejected": [assistant], "split"} for DPOTrainer. Files are written whole or not at all (a
temporary file renamed into place), so an interrupted run never leaves half a data set.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from bot.learning.pairs import PairSet

FILES = ("gm-sft.jsonl", "gm-dpo.jsonl", "im-sft.jsonl", "im-dpo.jsonl")


def _write_atomic(path: Path, lines: list[str]) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.writelines(lines)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pairs(out_dir: Path, pairs: PairSet, summary: dict[str, Any]) -> dict[str, Path]:
    """Write the four JSONL files and summary.json into `out_dir` (created); returns the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = {
        "gm-sft.jsonl": pairs.gm_sft,
        "gm-dpo.jsonl": pairs.gm_dpo,
        "im-sft.jsonl": pairs.im_sft,
        "im-dpo.jsonl": pairs.im_dpo,
    }
    written: dict[str, Path] = {}
    for name, items in rows.items():
        path = out_dir / name
        _write_atomic(path, [json.dumps(item, ensure_ascii=False) + "\n" for item in items])
        written[name] = path
    summary_path = out_dir / "summary.json"
    _write_atomic(summary_path, [json.dumps(summary, indent=2, ensure_ascii=False) + "\n"])
    written["summary.json"] = summary_path
    return written


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The rows of one written file (for tests and the evaluation)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
