"""Evaluation on the paper's five dimensions: each model drafts for the same posts (through the
output gate, like the bot), the human replies are the baseline, and every reply gets the
transparent proxies of `metrics`.

Crisis-level posts are screened out first and never sent to a model (design invariant 2), the
same way the bot escalates them instead of drafting. No post or draft text is logged or written
to the report; only numbers are.
"""

from __future__ import annotations

import asyncio
import hashlib
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from tqdm import tqdm

from bot.config import Settings
from bot.core.domain import DIMENSIONS, Priority
from bot.learning.pairs import BOT_AUTHORS, serving_budget
from bot.learning.threads import Thread
from bot.model import ModelClient, ModelError, ModelUnavailable
from policies.levels import Level
from policies.resources import resource_urls, resources_for

if TYPE_CHECKING:
    from bot.core.safety_judge import SafetyJudge

Mode = Literal["draft", "improve"]
HUMAN = "human"


@dataclass(frozen=True)
class EvalPost:
    key: str
    text: str
    human: str | None


@dataclass
class SystemResult:
    """Every reply's proxies for one system (a model, or the human baseline)."""

    name: str
    metrics: list[Any] = field(default_factory=list)  # list[ReplyMetrics]
    wording_kept: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    drafts: list[dict[str, Any]] = field(default_factory=list)  # only with save_drafts

    @property
    def is_human(self) -> bool:
        return self.name == HUMAN

    def dimensions(self) -> dict[str, float | None]:
        """Mean 0-1 score per dimension (the chart)."""
        if not self.metrics:
            return {d: None for d in DIMENSIONS}
        return {
            d: round(statistics.fmean(getattr(m, f"{d}_score") for m in self.metrics), 3)
            for d in DIMENSIONS
        }

    def summary(self) -> dict[str, Any]:
        m = self.metrics

        def mean(attr: str) -> float | None:
            return round(statistics.fmean(float(getattr(x, attr)) for x in m), 3) if m else None

        return {
            "system": self.name,
            "replies": len(m),
            "errors": dict(self.errors),
            "dimensions": self.dimensions(),
            "readability": {
                "flesch_reading_ease": mean("flesch_reading_ease"),
                "flesch_kincaid_grade": mean("flesch_kincaid_grade"),
            },
            "length_words": {
                "mean": mean("words"),
                "median": statistics.median(x.words for x in m) if m else None,
            },
            "empathy": {
                "emotional_reactions_0_2": mean("emotional_reactions"),
                "interpretations_0_2": mean("interpretations"),
                "explorations_0_2": mean("explorations"),
                "level_0_6": mean("empathy_level"),
            },
            "connection": {
                "second_person_per_100_words": mean("second_person_per_100_words"),
                "post_words_taken_up": mean("post_words_taken_up"),
                "inviting_question_rate": mean("inviting_question"),
            },
            "actionability": {
                "suggestions": mean("suggestions"),
                "resource_mentions": mean("resources"),
            },
            "safety": {
                "gate_failures_by_rule": dict(
                    Counter(x.gate_rule or "unknown" for x in m if not x.gate_ok).most_common()
                ),
                "withheld_by_kind": dict(
                    Counter(withheld_kind(x.gate_rule) for x in m if not x.gate_ok).most_common()
                ),
                "output_gate_pass_rate": mean("gate_ok"),
                "crisis_language_rate": mean("crisis_language"),
                "safe_rate": mean("safety_score"),
            },
            "wording_kept": round(statistics.fmean(self.wording_kept), 3)
            if self.wording_kept
            else None,
        }


def withheld_kind(rule: str | None) -> str:
    """The kind of harm a withheld draft is counted under (the safety judge's own kinds too)."""
    from bot.core.safety_judge import UNAVAILABLE_KIND, UNAVAILABLE_RULE
    from policies.output import RULE_KIND

    if rule == UNAVAILABLE_RULE:
        return UNAVAILABLE_KIND
    return RULE_KIND.get(rule or "", rule or "unknown")


def select_posts(
    threads: Iterable[Thread],
    screen: Callable[[str], Level],
    *,
    limit: int | None = None,
    need_human: bool = False,
) -> tuple[list[EvalPost], Counter[str]]:
    """The posts to evaluate on, with their community's favourite human reply, if any.

    Crisis-level posts are skipped and counted: they are escalated, never drafted."""
    skipped: Counter[str] = Counter()
    posts: list[EvalPost] = []
    for thread in threads:
        if limit is not None and len(posts) >= limit:
            break
        text = thread.full_text
        if not text.strip():
            skipped["empty"] += 1
            continue
        if screen(text) >= Level.HIGH:
            skipped["crisis"] += 1
            continue
        humans = [
            r
            for r in thread.replies
            if r.text.strip()
            and not r.removed
            and not r.is_bot
            and r.author.casefold() not in BOT_AUTHORS
            and r.text.strip().casefold() not in {"[deleted]", "[removed]"}
        ]
        best = max(humans, key=lambda r: r.score).text if humans else None
        if need_human and best is None:
            skipped["no_human_reply"] += 1
            continue
        posts.append(EvalPost(key=thread.id, text=text, human=best))
    return posts, skipped


def stable_seed(key: str) -> int:
    """The same post gets the same seed for every model, so a rerun reproduces the drafts."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big") % (2**31 - 1) + 1


class Evaluator:
    """Runs the systems over the posts and measures every reply with the real gates."""

    def __init__(
        self,
        settings: Settings,
        *,
        mode: Mode = "draft",
        screen: Callable[[str], Level] | None = None,
        progress: bool = True,
        model_attempts: int = 4,
        save_drafts: bool = False,
    ) -> None:
        from policies.crisis import default_gate
        from policies.output import check_draft

        self.settings = settings
        self.mode = mode
        gate = default_gate()
        self.screen = screen or (lambda text: gate.screen(text).level)
        self.check_draft = check_draft
        self.allowed_urls = resource_urls(resources_for(settings.locale))
        self.progress = progress
        self.model_attempts = model_attempts
        self.save_drafts = save_drafts
        self.budget = serving_budget(settings.num_ctx)

    def measure(self, reply: str, post: EvalPost, *, human_reply: str | None = None) -> Any:
        from bot.learning.metrics import measure

        verdict = self.check_draft(
            reply,
            allowed_urls=self.allowed_urls,
            human_reply=human_reply,
            post_level=self.screen(post.text),
        )
        crisis = self.screen(reply) >= Level.HIGH
        return measure(
            reply,
            post.text,
            gate_ok=bool(verdict.ok),
            gate_rule=verdict.rule,
            crisis_language=crisis,
        )

    def human_baseline(self, posts: list[EvalPost]) -> SystemResult:
        result = SystemResult(HUMAN)
        for post in posts:
            if post.human is None:
                result.errors["no_human_reply"] += 1
                continue
            result.metrics.append(self.measure(post.human, post))
            if self.mode == "improve":
                result.wording_kept.append(1.0)
        return result

    def messages(self, post: EvalPost) -> list[dict[str, str]]:
        from prompts import gm_messages, im_messages

        if self.mode == "draft":
            return gm_messages(post.text, budget_chars=self.budget)[0]
        assert post.human is not None
        return im_messages(post.text, post.human, budget_chars=self.budget)[0]

    def judge_for(self, client: ModelClient) -> SafetyJudge | None:
        """The safety judge LLUMI_SAFETY_MODEL names (None when off), as drafting uses it."""
        from bot.core.json_model import ClientJson
        from bot.core.safety_judge import SafetyJudge

        return SafetyJudge.configured(ClientJson(client), self.settings)

    async def run_model(self, model: str, posts: list[EvalPost]) -> SystemResult:
        """Drafts (or improvements) by `model` for every post. ModelUnavailable propagates: a
        model that is down or not pulled makes the whole comparison meaningless."""
        from bot.learning.metrics import wording_kept

        role: Literal["gm", "im"] = "gm" if self.mode == "draft" else "im"
        client = ModelClient(
            replace(self.settings, gm_model=model, im_model=model), attempts=self.model_attempts
        )
        judge = self.judge_for(client)
        result = SystemResult(model)
        bar = tqdm(
            total=len(posts), desc=model, unit="post", file=sys.stderr, disable=not self.progress
        )

        async def one(post: EvalPost) -> None:
            try:
                messages = self.messages(post)
            except ValueError:  # prompts.PromptTooLong: the human reply overflows the context
                result.errors["prompt_too_long"] += 1
                return
            try:
                generation = await client.generate(
                    role, messages, seed=stable_seed(post.key), priority=Priority.SWEEP
                )
            except ModelUnavailable:
                raise
            except ModelError:
                result.errors["model_error"] += 1
                return
            finally:
                bar.update(1)
            human = post.human if self.mode == "improve" else None
            measured = self.measure(generation.text, post, human_reply=human)
            if judge is not None and measured.gate_ok:
                verdict = await judge.judge(generation.text, human)
                if not verdict.ok:
                    measured = replace(measured, gate_ok=False, gate_rule=verdict.rule)
            result.metrics.append(measured)
            if self.save_drafts:
                result.drafts.append(
                    {
                        "post": post.key,
                        "model": model,
                        "draft": generation.text,
                        "gate": measured.gate_rule or "ok",
                        "kind": None if measured.gate_ok else withheld_kind(measured.gate_rule),
                    }
                )
            if human is not None:
                result.wording_kept.append(wording_kept(human, generation.text))

        try:
            await asyncio.gather(*(one(p) for p in posts))
        finally:
            bar.close()
            await client.aclose()
        return result

    async def run(self, models: list[str], posts: list[EvalPost]) -> list[SystemResult]:
        results = [self.human_baseline(posts)]
        for model in models:
            results.append(await self.run_model(model, posts))
        return results
