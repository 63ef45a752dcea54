"""Pairs from the bot's own feedback: what helpers did with the drafts they were shown.

- A draft a helper edited before posting (`final_text` differs from the draft) is an improvement
  pair: the posted text is chosen over the draft (GM-DPO, and IM-SFT/IM-DPO with the draft as the
  text to improve; for an IM draft the IM's input stays the helper's own first reply).
- A draft used as it was is an SFT target.
- Two drafts of the same post (a regeneration) whose mean ratings differ by at least `min_gap`
  give a DPO pair.
Everything is scrubbed and screened like community data. Drafts whose text was purged by
retention have nothing to learn from and are counted, not guessed.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.learning.pairs import PairBuilder, PairFilters, PairSet, PromptBuilder
from bot.learning.pairs import normalise_for_duplicates as _norm
from bot.learning.scrub import KeptLines
from bot.store import DraftRecord, FeedbackRecord, Store
from policies.levels import Level

#: A rated draft is only a "chosen" reply when helpers found it at least acceptable on average.
MIN_CHOSEN_RATING = 3.0


@dataclass
class _DraftFeedback:
    draft: DraftRecord
    ratings: list[float] = field(default_factory=list)
    used: bool = False
    final_text: str | None = None
    feedback_ids: list[int] = field(default_factory=list)

    @property
    def mean_rating(self) -> float | None:
        return statistics.fmean(self.ratings) if self.ratings else None


def build_feedback_pairs(
    store: Store,
    filters: PairFilters,
    prompts: PromptBuilder,
    *,
    only_unexported: bool = False,
    screen: Callable[[str], Level] | None = None,
    keep: KeptLines | None = None,
) -> tuple[PairSet, dict[str, Any], list[int]]:
    """Rows, summary.json's content, and the ids of every feedback row considered: marking them
    exported lets retention purge their text, whether or not they made a pair."""
    builder = PairBuilder(filters, prompts, screen=screen, keep=keep, source="feedback")
    counts: Counter[str] = Counter()
    by_draft: dict[str, _DraftFeedback] = {}
    considered: list[int] = []
    for record in store.feedback(only_unexported=only_unexported):
        counts["feedback_read"] += 1
        considered.append(record.id)
        entry = by_draft.get(record.draft_id)
        if entry is None:
            draft = store.get_draft(record.draft_id)
            if draft is None:
                counts["feedback_without_draft"] += 1
                continue
            entry = by_draft[record.draft_id] = _DraftFeedback(draft)
        _merge(entry, record)

    by_post: dict[tuple[str, str], list[_DraftFeedback]] = defaultdict(list)
    for entry in by_draft.values():
        draft = entry.draft
        if draft.status != "draft" or not draft.text or not draft.post_text:
            counts["drafts_without_text"] += 1
            continue
        by_post[(draft.post_key, draft.kind)].append(entry)

    for (post_key, kind), entries in sorted(by_post.items()):
        post_text = builder.admit_post(entries[0].draft.post_text or "", variant=kind)
        if post_text is None:
            continue
        scrub = builder.scrub
        human = scrub(entries[0].draft.reply_text or "") if kind == "im" else None
        if kind == "im" and not human:
            counts["im_without_reply"] += 1
            continue
        rated: list[tuple[float, str]] = []
        for entry in entries:
            draft_text = scrub(entry.draft.text or "").strip()
            final = scrub(entry.final_text).strip() if entry.final_text else None
            if final and _norm(final) != _norm(draft_text):
                if _too_short_or_long(final, filters):
                    counts["edited_out_of_length"] += 1
                elif not filters.include_crisis and builder.screen(final) >= Level.HIGH:
                    counts["edited_crisis"] += 1
                else:
                    counts["edited"] += 1
                    builder.add_preference(
                        post_key, post_text, final, draft_text, 1.0, im_input=human, gm=kind == "gm"
                    )
                    if kind == "gm":
                        builder.add_target(post_key, post_text, final)
                continue
            if entry.used:
                counts["used_unchanged"] += 1
                if kind == "gm":
                    builder.add_target(post_key, post_text, draft_text)
                elif human is not None:
                    builder.add_im_target(post_key, post_text, human, draft_text)
            if entry.mean_rating is not None:
                rated.append((entry.mean_rating, draft_text))
        rated.sort(key=lambda item: -item[0])
        made = 0
        for i, (high, chosen) in enumerate(rated):
            for low, rejected in rated[i + 1 :]:
                if high < MIN_CHOSEN_RATING or high - low < filters.min_gap:
                    continue
                if made >= filters.max_pairs_per_post:
                    counts["rating_pairs_over_max"] += 1
                    continue
                made += 1
                counts["rating_pairs"] += 1
                builder.add_preference(
                    post_key, post_text, chosen, rejected, high - low, gm=kind == "gm"
                )
    summary = builder.summary()
    summary["feedback"] = dict(sorted(counts.items()))
    summary["notes"].append(
        "feedback: edited drafts are improvement pairs (posted text chosen over the draft);"
        " drafts used unchanged are SFT targets; regenerations whose mean ratings differ by"
        f" at least min_gap (chosen at least {MIN_CHOSEN_RATING:g}/5) are DPO pairs"
    )
    return builder.out, summary, considered


def _merge(entry: _DraftFeedback, record: FeedbackRecord) -> None:
    entry.feedback_ids.append(record.id)
    if record.scores:
        entry.ratings.append(statistics.fmean(record.scores.values()))
    entry.used = entry.used or record.used
    if record.final_text:
        entry.final_text = record.final_text


def _too_short_or_long(text: str, filters: PairFilters) -> bool:
    return not filters.min_len <= len(text) <= filters.max_len
