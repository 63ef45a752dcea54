"""Preference pairs from community votes (the LLUMI recipe): SFT targets and DPO pairs for the GM
and the IM, with the filters a maintainer sets and a summary of what each filter dropped.

For one post, replies ranked by score give pairs (higher, lower) whose gap is at least
`min_gap`; the best reply at or above `min_score` is the SFT target. The IM learns to turn the
weaker reply of a pair into the stronger one. Every text is scrubbed of personal data first, and
the prompt of each example is the one the bot serves with (`prompts/`), so training matches
serving.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol

from bot.learning.scrub import KeptLines, ScrubCounts, scrub
from bot.learning.threads import Thread, ThreadReply
from policies.levels import Level

Split = Literal["train", "validation"]
Message = dict[str, str]

#: Authors whose comments are not a person's reply (AutoModerator is Reddit's rule bot).
BOT_AUTHORS = frozenset({"automoderator"})
_GONE = {"[deleted]", "[removed]", "[ removed by reddit ]", "[removed by reddit]"}


@dataclass(frozen=True)
class PairFilters:
    """What a maintainer can set (`llumi pairs build --help`)."""

    min_gap: int = 1
    min_score: int = 1
    min_len: int = 40
    max_len: int = 4000
    include_crisis: bool = False
    max_pairs_per_post: int = 5
    validation_percent: int = 10

    def __post_init__(self) -> None:
        if self.min_gap < 1:
            raise ValueError("--min-gap must be at least 1 (a pair needs a preference)")
        if self.min_len < 0 or self.max_len < self.min_len:
            raise ValueError("--min-len must be >= 0 and --max-len at least --min-len")
        if self.max_pairs_per_post < 1:
            raise ValueError("--max-pairs-per-post must be at least 1")
        if not 0 <= self.validation_percent <= 50:
            raise ValueError("the validation share must be between 0 and 50 percent")


class PromptBuilder(Protocol):
    """Builds the system and user turns exactly as the bot does when it serves."""

    @property
    def versions(self) -> dict[str, str]: ...

    def gm(self, post_text: str) -> list[Message]: ...

    def im(self, post_text: str, reply_text: str) -> list[Message]: ...


def serving_budget(num_ctx: int) -> int:
    """The prompt budget `Assistant` serves with, so training examples are cut the same way."""
    from prompts import char_budget

    return char_budget(num_ctx)


class ServingPrompts:
    """The real prompts from `prompts/` (what `Assistant` sends to the model)."""

    def __init__(self, num_ctx: int) -> None:
        self._budget = serving_budget(num_ctx)
        self._versions: dict[str, str] = {}

    @property
    def versions(self) -> dict[str, str]:
        return dict(self._versions)

    def gm(self, post_text: str) -> list[Message]:
        from prompts import gm_messages

        messages, version = gm_messages(post_text, budget_chars=self._budget)
        self._versions["gm"] = version
        return messages

    def im(self, post_text: str, reply_text: str) -> list[Message]:
        """Raises ValueError (prompts.PromptTooLong) when the reply alone does not fit."""
        from prompts import im_messages

        messages, version = im_messages(post_text, reply_text, budget_chars=self._budget)
        self._versions["im"] = version
        return messages


def default_screen() -> Callable[[str], Level]:
    """The crisis gate's level for a text (the same gate the bot screens posts with)."""
    from policies.crisis import default_gate

    gate = default_gate()
    return lambda text: gate.screen(text).level


def split_of(post_id: str, validation_percent: int = 10) -> Split:
    """Deterministic by post: every example of a post lands in the same split, on any machine."""
    bucket = int.from_bytes(hashlib.sha256(post_id.encode("utf-8")).digest()[:8], "big") % 100
    return "validation" if bucket < validation_percent else "train"


def normalise_for_duplicates(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\W+", " ", text).strip()


@dataclass
class PairSet:
    """The four TRL files' rows and the counts behind summary.json."""

    gm_sft: list[dict[str, Any]] = field(default_factory=list)
    gm_dpo: list[dict[str, Any]] = field(default_factory=list)
    im_sft: list[dict[str, Any]] = field(default_factory=list)
    im_dpo: list[dict[str, Any]] = field(default_factory=list)
    posts: Counter[str] = field(default_factory=Counter)
    posts_dropped: Counter[str] = field(default_factory=Counter)
    replies: Counter[str] = field(default_factory=Counter)
    replies_dropped: Counter[str] = field(default_factory=Counter)
    pairs_dropped: Counter[str] = field(default_factory=Counter)
    gaps: list[float] = field(default_factory=list)
    chosen_lengths: list[int] = field(default_factory=list)
    rejected_lengths: list[int] = field(default_factory=list)
    sft_lengths: list[int] = field(default_factory=list)
    pairs_per_post: Counter[str] = field(default_factory=Counter)
    scrubbed: ScrubCounts = field(default_factory=ScrubCounts)


class PairBuilder:
    """Feeds threads (or feedback) through the filters into a `PairSet`."""

    def __init__(
        self,
        filters: PairFilters,
        prompts: PromptBuilder,
        *,
        screen: Callable[[str], Level] | None = None,
        keep: KeptLines | None = None,
        bot_authors: Iterable[str] = BOT_AUTHORS,
        source: str = "threads",
    ) -> None:
        self.filters = filters
        self.prompts = prompts
        self.screen = screen or default_screen()
        self.keep = keep
        self.bot_authors = frozenset(a.casefold() for a in bot_authors)
        self.source = source
        self.out = PairSet()
        self._seen_posts: set[str] = set()

    # -- shared steps -------------------------------------------------------------------------

    def scrub(self, text: str) -> str:
        return scrub(text, keep=self.keep, counts=self.out.scrubbed)

    def admit_post(self, post_text: str, *, variant: str = "") -> str | None:
        """The scrubbed post text, or None when a filter drops the post (counted). Posts with the
        same text (and `variant`) after the first are duplicates."""
        self.out.posts["read"] += 1
        if not post_text.strip():
            self.out.posts_dropped["empty"] += 1
            return None
        key = variant + "\n" + normalise_for_duplicates(post_text)
        if key in self._seen_posts:
            self.out.posts_dropped["duplicate"] += 1
            return None
        level = self.screen(post_text)
        if level >= Level.HIGH and not self.filters.include_crisis:
            self.out.posts_dropped["crisis"] += 1
            return None
        self._seen_posts.add(key)
        self.out.posts["kept"] += 1
        if level >= Level.HIGH:
            self.out.posts["kept_crisis"] += 1
        return self.scrub(post_text)

    def reply_problem(self, reply: ThreadReply, scrubbed: str) -> str | None:
        """Why a reply is not training material, or None."""
        # a deleted account's comment keeps its text on Reddit; its writer chose to leave
        if reply.removed or reply.text.strip().casefold() in _GONE or reply.author in _GONE:
            return "removed"
        if reply.is_bot or reply.author.casefold() in self.bot_authors:
            return "bot"
        if len(scrubbed.strip()) < self.filters.min_len:
            return "too_short"
        if len(scrubbed) > self.filters.max_len:
            return "too_long"
        if not self.filters.include_crisis and self.screen(reply.text) >= Level.HIGH:
            return "crisis"
        return None

    def add_target(self, post_id: str, post_text: str, target: str) -> None:
        """An SFT example for the GM: the post and the reply it should have written."""
        split = split_of(post_id, self.filters.validation_percent)
        messages = [*self.prompts.gm(post_text), {"role": "assistant", "content": target}]
        self.out.gm_sft.append({"messages": messages, "split": split})
        self.out.sft_lengths.append(len(target))

    def add_im_target(self, post_id: str, post_text: str, human_reply: str, target: str) -> None:
        """An SFT example for the IM: the post, a helper's reply, and the improvement to write."""
        split = split_of(post_id, self.filters.validation_percent)
        try:
            prompt = self.prompts.im(post_text, human_reply)
        except ValueError:  # prompts.PromptTooLong
            self.out.pairs_dropped["im_reply_too_long_for_prompt"] += 1
            return
        messages = [*prompt, {"role": "assistant", "content": target}]
        self.out.im_sft.append({"messages": messages, "split": split})

    def add_preference(
        self,
        post_id: str,
        post_text: str,
        chosen: str,
        rejected: str,
        gap: float,
        *,
        im_input: str | None = None,
        gm: bool = True,
    ) -> None:
        """A preference for `chosen` over `rejected` on one post: GM-DPO, IM-SFT and IM-DPO rows.

        The IM's user turn holds `im_input` (default: the rejected reply, which the IM learns to
        turn into the chosen one); `gm=False` leaves out the GM row (for IM drafts)."""
        split = split_of(post_id, self.filters.validation_percent)
        if gm:
            self.out.gm_dpo.append(
                {
                    "prompt": self.prompts.gm(post_text),
                    "chosen": [{"role": "assistant", "content": chosen}],
                    "rejected": [{"role": "assistant", "content": rejected}],
                    "split": split,
                }
            )
        self.out.gaps.append(gap)
        try:
            im_prompt = self.prompts.im(post_text, rejected if im_input is None else im_input)
        except ValueError:  # prompts.PromptTooLong: the reply alone overflows the IM's context
            self.out.pairs_dropped["im_reply_too_long_for_prompt"] += 1
            im_prompt = None
        if im_prompt is not None:
            self.out.im_sft.append(
                {"messages": [*im_prompt, {"role": "assistant", "content": chosen}], "split": split}
            )
            self.out.im_dpo.append(
                {
                    "prompt": im_prompt,
                    "chosen": [{"role": "assistant", "content": chosen}],
                    "rejected": [{"role": "assistant", "content": rejected}],
                    "split": split,
                }
            )
        self.out.chosen_lengths.append(len(chosen))
        self.out.rejected_lengths.append(len(rejected))
        self.out.pairs_per_post[post_id] += 1

    # -- community votes ----------------------------------------------------------------------

    def add_thread(self, thread: Thread) -> None:
        post_text = self.admit_post(thread.full_text)
        kept: list[tuple[ThreadReply, str]] = []
        seen: set[str] = set()
        for reply in thread.replies:
            self.out.replies["read"] += 1
            if post_text is None:
                self.out.replies_dropped["post_dropped"] += 1
                continue
            scrubbed = self.scrub(reply.text).strip()
            problem = self.reply_problem(reply, scrubbed)
            if problem is None:
                key = normalise_for_duplicates(scrubbed)
                problem = "duplicate" if key in seen else None
                seen.add(key)
            if problem is not None:
                self.out.replies_dropped[problem] += 1
                continue
            self.out.replies["kept"] += 1
            kept.append((reply, scrubbed))
        if post_text is None or not kept:
            return
        ranked = sorted(kept, key=lambda item: (-item[0].score, item[0].id))
        best, best_text = ranked[0]
        if best.score >= self.filters.min_score:
            self.add_target(thread.id, post_text, best_text)
        else:
            self.out.pairs_dropped["no_reply_at_min_score"] += 1
        candidates: list[tuple[int, int, int]] = []
        for i, (high, _) in enumerate(ranked):
            for j in range(i + 1, len(ranked)):
                low = ranked[j][0]
                gap = high.score - low.score
                if gap == 0:
                    continue
                if high.score < self.filters.min_score:
                    self.out.pairs_dropped["below_min_score"] += 1
                elif gap < self.filters.min_gap:
                    self.out.pairs_dropped["below_min_gap"] += 1
                else:
                    candidates.append((gap, i, j))
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        limit = self.filters.max_pairs_per_post
        self.out.pairs_dropped["over_max_pairs_per_post"] += max(0, len(candidates) - limit)
        for gap, i, j in candidates[:limit]:
            self.add_preference(thread.id, post_text, ranked[i][1], ranked[j][1], float(gap))

    # -- summary ------------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        out = self.out

        def by_split(rows: list[dict[str, Any]]) -> dict[str, int]:
            counts = Counter(row["split"] for row in rows)
            return {"train": counts["train"], "validation": counts["validation"], "all": len(rows)}

        per_post = sorted(out.pairs_per_post.values(), reverse=True)
        longer = sum(c > r for c, r in zip(out.chosen_lengths, out.rejected_lengths, strict=True))
        return {
            "source": self.source,
            "filters": asdict(self.filters),
            "prompt_versions": self.prompts.versions,
            "posts": {
                "read": out.posts["read"],
                "kept": out.posts["kept"],
                "kept_crisis": out.posts["kept_crisis"],
                "dropped": dict(sorted(out.posts_dropped.items())),
                "with_pairs": len(out.pairs_per_post),
            },
            "replies": {
                "read": out.replies["read"],
                "kept": out.replies["kept"],
                "dropped": dict(sorted(out.replies_dropped.items())),
            },
            "examples": {
                "gm_sft": by_split(out.gm_sft),
                "gm_dpo": by_split(out.gm_dpo),
                "im_sft": by_split(out.im_sft),
                "im_dpo": by_split(out.im_dpo),
            },
            "pairs_dropped": dict(sorted(out.pairs_dropped.items())),
            "score_gaps": _describe(out.gaps)
            | {"histogram": {str(k): v for k, v in sorted(Counter(out.gaps).items())}},
            "lengths_chars": {
                "sft_target": _describe(out.sft_lengths),
                "chosen": _describe(out.chosen_lengths),
                "rejected": _describe(out.rejected_lengths),
                "share_chosen_longer": round(longer / len(out.gaps), 3) if out.gaps else None,
            },
            "concentration": {
                "max_pairs_one_post": per_post[0] if per_post else 0,
                "share_of_pairs_from_top_4_posts": round(sum(per_post[:4]) / sum(per_post), 3)
                if per_post
                else None,
            },
            "scrubbed": out.scrubbed.to_json(),
            "notes": [
                "personal data (u/names, @mentions, links, e-mail addresses, phone numbers) is"
                " replaced by placeholders; reviewed crisis lines stay; names written in plain"
                " prose are not detected",
                "splits are by post (sha256 of the post id), so no post feeds both",
            ],
        }


def _describe(values: list[int] | list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"count": 0, "min": None, "median": None, "mean": None, "max": None}
    return {
        "count": len(values),
        "min": min(values),
        "median": statistics.median(values),
        "mean": round(statistics.fmean(values), 2),
        "max": max(values),
    }


def build_pairs(
    threads: Iterable[Thread],
    filters: PairFilters,
    prompts: PromptBuilder,
    *,
    screen: Callable[[str], Level] | None = None,
    keep: KeptLines | None = None,
) -> tuple[PairSet, dict[str, Any]]:
    """Every thread through the filters; returns the rows and summary.json's content."""
    builder = PairBuilder(filters, prompts, screen=screen, keep=keep)
    for thread in threads:
        builder.add_thread(thread)
    return builder.out, builder.summary()
