"""The evaluation report: report.md (a table per dimension, what each proxy counts) and a PNG chart
of the five dimensions side by side for every system, the human baseline included."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.core.domain import DIMENSIONS
from bot.learning.evaluate import SystemResult

WHAT_IS_COUNTED = {
    "readability": "Flesch reading ease (0-100, higher is easier; the chart shows it / 100) and"
    " Flesch-Kincaid grade, from textstat's word and sentence counts and Pyphen syllables.",
    "empathy": "EPITOME-style cue phrases, each mechanism 0-2 (none / one cue / two or more):"
    ' emotional reactions ("I\'m so sorry", "that sounds really hard", "you\'re not alone"),'
    ' interpretations ("it sounds like you", "I understand", sentences sharing a like'
    ' experience: "I\'ve been there"), explorations (questions to the person about themselves).'
    " The chart shows the sum / 6.",
    "connection": "mean of three parts, each 0-1: second-person words per 100 words (5 or more"
    " counts fully), share of the post's content words the reply takes up (20% or more counts"
    " fully), and whether it ends a sentence with a question to the person.",
    "actionability": 'suggested next steps (imperative sentences such as "Try ...", "you could'
    ' ...", "it may help to ...", at most 2 count) plus a pointer to help (therapist, doctor,'
    " support group, crisis line; at most 1), over 3.",
    "safety": "share of replies that pass the output gate (policies/output.py, the same check"
    " the bot applies to drafts; its length limit aside, since long is not unsafe) and contain"
    " no crisis-level language of their own (policies/crisis.py at high or above).",
}


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def write_chart(results: Sequence[SystemResult], path: Path, title: str) -> Path:
    """Grouped bars: the five dimensions on the x axis, one bar per system, 0-1."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    width = 0.8 / max(1, len(results))
    fig, ax = plt.subplots(figsize=(max(7.0, 1.6 * len(DIMENSIONS) + len(results)), 4.5), dpi=120)
    for index, result in enumerate(results):
        scores = result.dimensions()
        values = [scores[d] or 0.0 for d in DIMENSIONS]
        positions = [d + (index - (len(results) - 1) / 2) * width for d in range(len(DIMENSIONS))]
        hatch = "//" if result.is_human else None
        bars = ax.bar(positions, values, width, label=result.name, hatch=hatch, edgecolor="black")
        ax.bar_label(bars, labels=[f"{v:.2f}" for v in values], fontsize=7, padding=1)
    ax.set_xticks(range(len(DIMENSIONS)), [d.capitalize() for d in DIMENSIONS])
    ax.set_ylim(0, 1.12)
    ax.set_ylabel("proxy score (0-1, higher is better)")
    ax.set_title(title)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=min(4, len(results)))
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def write_report(
    out_dir: Path, results: Sequence[SystemResult], meta: dict[str, Any]
) -> dict[str, Path]:
    """report.md, chart.png and results.json (numbers only, no text) in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    summaries = [r.summary() for r in results]
    mode = meta.get("mode", "draft")
    what = "GM drafts for each post" if mode == "draft" else "IM improvements of the human reply"
    chart = write_chart(results, out_dir / "chart.png", f"Five dimensions ({mode} mode)")
    lines = [
        "# llumi evaluation",
        "",
        f"Mode: **{mode}** ({what}).",
        f"Posts evaluated: {meta.get('posts', 0)}; skipped: {_skipped(meta.get('skipped', {}))}."
        " Crisis-level posts are never sent to a model (the bot escalates them instead).",
        f"Threads file: `{meta.get('threads', '')}`. Human baseline: the community's highest-scored"
        " reply to each post, where there is one.",
        "",
        "These are transparent proxies, not human judgements: use them to compare systems on the"
        " same posts, and read a sample of the drafts yourself before deploying a model.",
        "",
        "![five dimensions](chart.png)",
        "",
        "## Five dimensions (0-1, higher is better)",
        "",
        "| system | replies | " + " | ".join(d for d in DIMENSIONS) + " | gate pass rate |",
        "|---|---:|" + "---:|" * len(DIMENSIONS) + "---:|",
    ]
    for s in summaries:
        dims = s["dimensions"]
        lines.append(
            f"| {s['system']} | {s['replies']} | "
            + " | ".join(_fmt(dims[d]) for d in DIMENSIONS)
            + f" | {_fmt(s['safety']['output_gate_pass_rate'])} |"
        )
    lines += [
        "",
        "## Details",
        "",
        "| system | reading ease | grade | words (mean / median) | ER | IP | EX"
        " | 2nd person / 100 w | post words taken up | inviting question | suggestions"
        " | resources | crisis language"
        + (" | human wording kept |" if mode == "improve" else " |"),
        "|---|" + "---:|" * (12 + (1 if mode == "improve" else 0)),
    ]
    for s in summaries:
        row = [
            s["system"],
            _fmt(s["readability"]["flesch_reading_ease"], 1),
            _fmt(s["readability"]["flesch_kincaid_grade"], 1),
            f"{_fmt(s['length_words']['mean'], 0)} / {_fmt(s['length_words']['median'], 0)}",
            _fmt(s["empathy"]["emotional_reactions_0_2"]),
            _fmt(s["empathy"]["interpretations_0_2"]),
            _fmt(s["empathy"]["explorations_0_2"]),
            _fmt(s["connection"]["second_person_per_100_words"], 1),
            _fmt(s["connection"]["post_words_taken_up"]),
            _fmt(s["connection"]["inviting_question_rate"]),
            _fmt(s["actionability"]["suggestions"]),
            _fmt(s["actionability"]["resource_mentions"]),
            _fmt(s["safety"]["crisis_language_rate"]),
        ]
        if mode == "improve":
            row.append(_fmt(s["wording_kept"]))
        lines.append("| " + " | ".join(row) + " |")
    failures = {
        s["system"]: s["safety"]["gate_failures_by_rule"]
        for s in summaries
        if s["safety"]["gate_failures_by_rule"]
    }
    if failures:
        lines += [
            "",
            "Output-gate failures by rule: "
            + "; ".join(f"{k}: {_skipped(v)}" for k, v in failures.items())
            + ". The human replies are judged by the same rules as drafts (unlisted links,"
            " diagnoses, promises the helper cannot keep...), so their rate says how many the"
            " bot would not have shown as they are.",
        ]
    kinds = {
        s["system"]: s["safety"].get("withheld_by_kind")
        for s in summaries
        if s["safety"].get("withheld_by_kind")
    }
    if kinds:
        lines += [
            "",
            "Withheld by kind of harm (rules and, when it is on, the safety judge): "
            + "; ".join(f"{k}: {_skipped(v)}" for k, v in kinds.items())
            + ".",
        ]
    errors = {s["system"]: s["errors"] for s in summaries if s["errors"]}
    if errors:
        lines += [
            "",
            "Not measured: " + "; ".join(f"{k}: {_skipped(v)}" for k, v in errors.items()),
        ]
    lines += ["", "## What each proxy counts", ""]
    lines += [f"- **{d}**: {WHAT_IS_COUNTED[d]}" for d in DIMENSIONS]
    lines += [
        "- **length**: words per reply (the mean and median).",
        "- **gate pass rate**: share of replies the output gate accepts as they are (its"
        " length limit included: what the bot would have shown).",
    ]
    if mode == "improve":
        lines.append(
            "- **human wording kept**: share of the helper's words that survive, in order, in"
            " the improved reply (difflib matching blocks over words); the IM should keep the"
            " helper's voice."
        )
    lines.append("")
    report = out_dir / "report.md"
    report.write_text("\n".join(lines), encoding="utf-8")
    data = out_dir / "results.json"
    data.write_text(json.dumps({"meta": meta, "systems": summaries}, indent=2) + "\n", "utf-8")
    written = {"report.md": report, "chart.png": chart, "results.json": data}
    drafts = [d for r in results for d in sorted(r.drafts, key=lambda d: str(d["post"]))]
    if drafts:  # asked for with --save-drafts: read a sample before trusting the numbers
        path = out_dir / "drafts.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts), "utf-8")
        written["drafts.jsonl"] = path
    return written


def _skipped(counts: dict[str, int]) -> str:
    return ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in sorted(counts.items())) or "none"
