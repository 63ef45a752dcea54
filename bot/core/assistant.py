"""The core pipeline: screen, escalate, draft, improve. Platform-neutral.

    input gate (policies.crisis) -> escalation (ports.ModeratorAlerts) -> second opinion
    -> model (bot.model) -> output gate (policies.output) -> safety judge -> audit (bot.store)

Escalation never waits for the model: `observe` does local CPU work and the alert, then starts
the model's second opinion on a post below `high` in the background (its answer can send or
upgrade an alert later); `draft`/`improve` wait for that opinion before queueing for a draft, so
nothing is drafted for a post the model would raise. A crisis post's text never reaches the model
unless its community allows a banner draft at `high` (never at `imminent`). A draft passes the
output rules, then the safety judge (fails closed); a request gets at most one regeneration.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Literal

from bot.config import Community, Settings
from bot.core.domain import (
    Draft,
    Escalated,
    Feedback,
    Outcome,
    Post,
    Priority,
    Reply,
    Requester,
    Unavailable,
    Withheld,
)
from bot.core.errors import Refused
from bot.core.escalation import Escalation
from bot.core.generations import GenerationJob, record_generation
from bot.core.json_model import ClientJson, JsonModel
from bot.core.opinions import SecondOpinions
from bot.core.ports import Checkpoints, ModeratorAlerts
from bot.core.render import CONCERN_BANNER, HIGH_BANNER
from bot.core.safety_judge import UNAVAILABLE_RULE, SafetyJudge, kind_of, stopped_at_cap
from bot.core.second_opinion import SecondOpinionStage
from bot.core.verdicts import GateVerdicts
from bot.model import ModelClient, ModelError
from bot.store import STORE_ERRORS, AlertRecord, DraftRecord, Store, StoredScreening
from policies.crisis import CrisisGate, GatePolicy, default_gate
from policies.levels import Level, Screening
from policies.output import check_draft
from policies.resources import CrisisLine, resource_urls, resources_for
from prompts import PromptTooLong, char_budget, gm_messages, im_messages

log = logging.getLogger(__name__)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class Assistant:
    """What adapters call. One instance per process, shared by every adapter."""

    def __init__(
        self,
        *,
        settings: Settings,
        communities: Sequence[Community],
        store: Store,
        model: ModelClient | None,
        delivery_backoff: float = 1.0,
        alert_retry_cap: float | None = None,
        json_model: JsonModel | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.model = model
        if json_model is None and model is not None:
            json_model = ClientJson(model)
        self._communities = {c.name: c for c in communities}
        self.judge = SafetyJudge.configured(json_model, settings)
        self.opinions = SecondOpinions(
            SecondOpinionStage.configured(json_model, settings),
            store,
            communities=self._communities,
            act_on=self._act_on,
            save_screening=self._save_screening,
            key=lambda post: f"{post.key}:{text_hash(post.full_text)}",
        )
        self._gates: dict[str, CrisisGate] = {}
        self.escalation = Escalation(
            store,
            resources_for=self.resources_for_post,
            gate_for=self.gate_for,
            backoff=delivery_backoff,
            retry_cap=alert_retry_cap or settings.alert_retry_max,
        )

    # -- configuration -----------------------------------------------------------------------

    def community(self, name: str) -> Community:
        return self._communities[name]

    @property
    def communities(self) -> Mapping[str, Community]:
        return self._communities

    def register_alerts(self, platform: str, sink: ModeratorAlerts) -> None:
        self.escalation.register(platform, sink)

    def gate_for(self, community: str) -> CrisisGate:
        """The community's gate (its extra and ignored phrases), or the built-in one."""
        found = self._communities.get(community)
        if found is None:
            return default_gate()
        if community not in self._gates:
            policy = found.policy
            if policy.extra_phrases or policy.ignore_phrases:
                self._gates[community] = CrisisGate(
                    GatePolicy(
                        extra_phrases=dict(policy.extra_phrases),
                        ignore_phrases=tuple(policy.ignore_phrases),
                    )
                )
            else:
                self._gates[community] = default_gate()
        return self._gates[community]

    def resources_for_post(self, post: Post) -> tuple[CrisisLine, ...]:
        found = self._communities.get(post.community)
        return found.crisis_lines() if found else resources_for(self.settings.locale)

    # -- screening ---------------------------------------------------------------------------

    def screen(self, post: Post) -> Screening:
        """Screen a post and record it (again only when its text or the lexicon changed)."""
        screening, _ = self._screen_once(post)
        return screening

    def _screen_once(self, post: Post) -> tuple[Screening, bool]:
        gate = self.gate_for(post.community)
        digest = text_hash(post.full_text)
        stored = self.store.get_screening(post.key)
        if (
            stored is not None
            and stored.text_hash == digest
            and stored.lexicon_version == gate.version
        ):
            # The stored verdict is current; its signals' text is derived from their spans.
            text = post.full_text
            signals = tuple(
                replace(signal, text=text[signal.start : signal.end])
                for signal in stored.screening.signals
            )
            return replace(stored.screening, signals=signals), False
        started = time.perf_counter()
        screening = gate.screen(post.full_text)
        elapsed = (time.perf_counter() - started) * 1000
        if stored is None and self.store.was_forgotten(post.key):
            return screening, False  # its author was forgotten: screened once, never recorded
        self._save_screening(post, screening, elapsed)
        self.store.audit(
            "screen",
            community=post.community,
            post_key=post.key,
            level=screening.level,
            duration_ms=elapsed,
            detail=f"{len(screening.signals)} signals",
        )
        log.info(
            "screened %s in %s: %s (%d signals)",
            post.key,
            post.community or "-",
            screening.level.label,
            len(screening.signals),
        )
        return screening, True

    def _save_screening(self, post: Post, screening: Screening, elapsed: float) -> None:
        self.store.save_screening(
            post_key=post.key,
            community=post.community,
            platform=post.platform,
            author=post.author,
            url=post.url,
            text_hash=text_hash(post.full_text),
            screening=screening,
            post_created_at=post.created_at,
            duration_ms=elapsed,
        )

    async def observe(self, post: Post) -> Screening:
        """The watcher's path: screen once, escalate a crisis once, route a concern; then, for a
        post below `high` screened for the first time, start the model's second opinion in the
        background (it never delays this alert or the next post's).

        Screening and its store work run in a worker thread. When the store cannot record the
        screening, a crisis is still escalated (safety before deduplication) and the store's
        error is raised afterwards, so the watcher does not move past the post."""
        unrecorded: Exception | None = None
        try:
            screening, fresh = await asyncio.to_thread(self._screen_once, post)
        except STORE_ERRORS as exc:
            unrecorded = exc
            gate = self.gate_for(post.community)
            screening = await asyncio.to_thread(gate.screen, post.full_text)
            fresh = False
        else:
            if not fresh and await asyncio.to_thread(self.store.was_forgotten, post.key):
                return screening  # alerted on before its author was forgotten: never twice
        await self._act_on(post, screening, recorded=unrecorded is None)
        if unrecorded is not None:
            raise unrecorded
        if fresh and self.opinions.wants(post, screening):
            self.opinions.start(post, screening)
        return screening

    async def settle(self) -> None:
        """Wait for the second opinions in flight (before the process stops)."""
        await self.opinions.settle()

    async def _act_on(self, post: Post, screening: Screening, *, recorded: bool = True) -> None:
        if screening.level >= Level.HIGH:
            await self.escalation.escalate(post, screening, reason="crisis", ping=True)
        elif screening.level is Level.CONCERN and recorded:
            await self._route_concern(post, screening)

    async def _route_concern(self, post: Post, screening: Screening) -> None:
        found = self._communities.get(post.community)
        if found is None:
            return
        if found.concern == "alert":
            await self.escalation.escalate(post, screening, reason="concern", ping=False)
        elif found.concern == "digest" and await asyncio.to_thread(
            self.store.queue_concern,
            post_key=post.key,
            community=post.community,
            level=screening.level,
            url=post.url,
            post_created_at=post.created_at,
        ):
            await asyncio.to_thread(
                self.store.audit,
                "concern-queued",
                community=post.community,
                post_key=post.key,
                level=screening.level,
            )
        # "none": recorded by the screening only.

    # -- escalation --------------------------------------------------------------------------

    async def resend_pending(
        self, posts: Mapping[str, Post] | None = None, *, platform: str | None = None
    ) -> int:
        """Deliver alerts whose intent was recorded but never sent (see Escalation)."""
        return await self.escalation.resend_pending(posts, platform=platform)

    async def keep_delivering(self, stop: asyncio.Event) -> None:
        """Retry pending alerts until `stop`, never giving up (see Escalation)."""
        await self.escalation.keep_delivering(stop)

    # -- drafting ----------------------------------------------------------------------------

    async def draft(
        self,
        post: Post,
        who: Requester,
        *,
        priority: Priority = Priority.INTERACTIVE,
        regenerate_of: str | None = None,
    ) -> Outcome:
        """A GM draft for `post`, for `who` only; or the escalation if it is a crisis post.

        Raises Refused (a one-line message for the asker) for an empty post."""
        return await self._generate("gm", post, None, who, priority, regenerate_of)

    async def improve(
        self,
        post: Post,
        reply: Reply,
        who: Requester,
        *,
        priority: Priority = Priority.INTERACTIVE,
        regenerate_of: str | None = None,
    ) -> Outcome:
        """An IM improvement of a helper's own reply; escalates a crisis post like `draft`.

        Raises Refused (a one-line message for the asker) for an empty post or reply, or a
        reply too long for the model's context."""
        return await self._generate("im", post, reply, who, priority, regenerate_of)

    async def _generate(
        self,
        kind: Literal["gm", "im"],
        post: Post,
        reply: Reply | None,
        who: Requester,
        priority: Priority,
        regenerate_of: str | None,
    ) -> Outcome:
        if not post.full_text.strip():
            raise Refused("the post is empty")
        if reply is not None and not reply.text.strip():
            raise Refused("the reply to improve is empty")
        screening = await self.observe(post)
        composed = await self.opinions.composed(post, screening)
        if composed is not None:
            screening = composed.screening  # raised, or the lexicon's where the model was not
        resources = self.resources_for_post(post)
        level = screening.level
        found = self._communities.get(post.community)
        draft_on_high = bool(found and found.policy.draft_on_high)
        alert = self.store.alert_for_post(post.key) if level >= Level.HIGH else None
        if level is Level.IMMINENT or (level is Level.HIGH and not draft_on_high):
            assert alert is not None
            self.store.audit(
                f"{kind}-escalated",
                community=post.community,
                post_key=post.key,
                requester=who.ref,
                level=level,
                detail=alert.id,
            )
            return Escalated(
                level=level, signals=screening.signals, resources=resources, alert_id=alert.id
            )
        if self.model is None:
            return Unavailable(
                level=level,
                reason="no model is configured: start Ollama (ollama serve) and run llumi doctor",
                resources=resources if level >= Level.CONCERN else (),
            )
        budget = char_budget(self.settings.num_ctx)
        try:
            if reply is None:
                messages, prompt_version = gm_messages(post.full_text, budget_chars=budget)
            else:
                messages, prompt_version = im_messages(
                    post.full_text, reply.text, budget_chars=budget
                )
        except PromptTooLong as exc:
            raise Refused(str(exc)) from None
        job = GenerationJob(
            kind=kind,
            post=post,
            reply=reply,
            who=who,
            screening=screening,
            resources=resources if level >= Level.CONCERN else (),
            prompt_version=prompt_version,
            model=self.settings.gm_model if kind == "gm" else self.settings.im_model,
            regenerate_of=regenerate_of,
            alert_id=alert.id if alert else None,
        )
        return await self._generate_checked(job, messages, priority, resource_urls(resources))

    async def _generate_checked(
        self,
        job: GenerationJob,
        messages: list[dict[str, str]],
        priority: Priority,
        allowed: set[str],
    ) -> Outcome:
        """Generate, screen the draft, regenerate once with another seed, then withhold."""
        assert self.model is not None
        used_seeds = self.store.seeds_for_post(job.post.key) if job.regenerate_of else set()
        seed = self._new_seed(used_seeds)
        level = job.screening.level
        rule, detail, kind = "", "", ""
        human = job.reply.text if job.reply is not None else None
        for _attempt in range(2):  # rules, judge and quality floor share one regeneration
            try:
                generation = await self.model.generate(
                    job.kind, messages, seed=seed, priority=priority
                )
            except ModelError as exc:
                record_generation(
                    self.store, job, "unavailable", seed=seed, detail=type(exc).__name__
                )
                return Unavailable(level=level, reason=str(exc), resources=job.resources)
            verdict = check_draft(
                generation.text,
                allowed_urls=allowed,
                human_reply=human,
                stopped_at_cap=stopped_at_cap(generation),
                post_level=level,
            )
            if verdict.ok and self.judge is not None:
                verdict = await self.judge.judge(generation.text, human)
            if verdict.ok:
                draft_id = record_generation(
                    self.store,
                    job,
                    "draft",
                    seed=seed,
                    model=generation.model,
                    text=generation.text,
                )
                banner = HIGH_BANNER if level >= Level.HIGH else CONCERN_BANNER if level else None
                return Draft(
                    id=draft_id,
                    text=generation.text,
                    level=level,
                    signals=job.screening.signals,
                    resources=job.resources,
                    banner=banner,
                    alert_id=job.alert_id,
                    model=generation.model,
                    prompt_version=job.prompt_version,
                )
            rule, detail, kind = verdict.rule or "output", verdict.detail, kind_of(verdict)
            if rule == UNAVAILABLE_RULE:
                break  # fail closed now: another draft would meet the same unavailable judge
            log.info("draft for %s failed the output gate (%s); seed %d", job.post.key, rule, seed)
            used_seeds.add(seed)
            seed = self._new_seed(used_seeds)
        record_generation(
            self.store, job, "withheld", seed=seed, rule=rule, detail=f"{kind}: {rule}"
        )
        return Withheld(level=level, rule=rule, detail=detail, resources=job.resources, kind=kind)

    @staticmethod
    def _new_seed(used: set[int]) -> int:
        """A regeneration changes the seed: never one this post was drafted with before."""
        while True:
            seed = secrets.randbelow(2**31 - 1) + 1
            if seed not in used:
                return seed

    # -- feedback and forgetting -------------------------------------------------------------

    def draft_record(self, draft_id: str) -> DraftRecord | None:
        return self.store.get_draft(draft_id)

    def record_feedback(self, feedback: Feedback) -> None:
        """Store a helper's rating / use of a draft; KeyError for an unknown draft id."""
        self.store.add_feedback(
            draft_id=feedback.draft_id,
            rater=feedback.rater,
            scores=dict(feedback.scores),
            used=feedback.used,
            final_text=feedback.final_text,
        )
        self.store.audit(
            "feedback",
            requester=feedback.rater,
            detail=f"{feedback.draft_id} used={feedback.used}",
        )

    @property
    def checkpoints(self) -> Checkpoints:
        """The part of the store an adapter may use (positions, claims, its journal)."""
        return self.store

    def stored_screening(self, post_key: str) -> StoredScreening | None:
        return self.store.get_screening(post_key)

    def alert_record(self, alert_id: str) -> AlertRecord | None:
        return self.store.get_alert(alert_id)

    def claim_alert(self, alert_id: str, who: str) -> str | None:
        """Record who took an alert; returns who holds it (the first claimant wins)."""
        return self.store.claim_alert(alert_id, who)

    def pending_alerts(self, platform: str) -> list[AlertRecord]:
        """Alerts recorded for `platform` whose delivery has not succeeded yet."""
        return [a for a in self.store.pending_alerts() if a.platform == platform]

    def forget_post(self, post_key: str) -> None:
        count = self.store.forget_post(post_key)
        self.store.audit("forget-post", post_key=post_key, detail=f"{count} drafts purged")

    @property
    def verdicts(self) -> GateVerdicts:
        """Moderators' verdicts on the gate (adapters authorise; see bot.core.verdicts)."""
        return GateVerdicts(
            self.store, gate_version=lambda name: self.gate_for(name).version, screen=self.screen
        )
