"""One sweep of a community's unanswered posts: list, screen, escalate, draft, digest, deliver.

The order is the safety argument (design.md invariants 3 and 6):
1. the platform lists the posts nobody answered between `unanswered_after` and `max_age`;
2. every post is screened once, in a worker thread (the event loop stays free for alerts,
   commands and the other platform) and recorded; every crisis post goes through
   `Assistant.observe` (escalated once, reusing that screening) before any draft of this
   sweep is asked for; the other posts' `observe` (in their draft, or after the drafts)
   reuses it too and routes a concern;
3. digest parts an earlier sweep could not deliver are delivered (from the journal);
4. the other posts (at most `max_posts`, oldest first) get GM drafts, concurrently, at
   `Priority.SWEEP` through the model client's bounded concurrency, so interactive requests
   still go first; once the model is found unavailable the rest say so instead of waiting;
5. the digest is journaled (ids, links, levels, reasons: no post or draft text; drafts are read
   back from the drafts table) with one intent per part, then sent part by part; a post is
   claimed (`digest:<community>:<post key>`) only after the part that completes it was sent.
A sweep that dies anywhere is resumed by the next one: escalations are not repeated (the store
remembers them), journaled parts are sent once, and posts not yet delivered are listed again.
At most one part can be sent twice: a crash between sending it and recording that it was sent.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from bot.config import Community, SweepConfig
from bot.core.assistant import Assistant
from bot.core.domain import (
    Draft,
    Escalated,
    Post,
    Priority,
    Requester,
    Unavailable,
    Withheld,
    aware,
    utcnow,
)
from bot.core.errors import Refused
from bot.core.ports import DigestDelivery, UnansweredPosts
from bot.store import JournalEntry, Store
from bot.sweeps.digest import (
    Digest,
    DigestEntry,
    DigestPart,
    render_parts,
    render_text,
)
from bot.sweeps.dry_run import NotEscalated
from bot.sweeps.report import (
    DIGEST_KIND,
    LIST_LIMIT,
    PART_KIND,
    YIELD_EVERY,
    SweepProgress,
    SweepReport,
    claim_key,
)
from policies.levels import Level, Screening

log = logging.getLogger(__name__)


@dataclass
class _Breaker:
    """Once one draft finds the model unavailable, the rest of the sweep does not queue for it
    (each would wait through the client's retries); their entries give the same reason."""

    reason: str | None = None


def _oldest_first(posts: Sequence[Post]) -> list[Post]:
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(posts, key=lambda p: aware(p.created_at) or far)


def _sentence(reason: str) -> str:
    return reason.strip().rstrip(".")


def _part_key(digest_key: str, index: int) -> str:
    """The journal key of a digest's part (the first part's row keeps where the digest went)."""
    return f"{digest_key}:part:{index:04d}"


class SweepRun:
    """One sweep of one community, in the order the module docstring gives."""

    def __init__(
        self,
        assistant: Assistant,
        community: Community,
        source: UnansweredPosts,
        delivery: DigestDelivery,
        *,
        now: datetime,
        dry_run: bool,
        progress: SweepProgress,
        timer: Callable[[], float],
    ) -> None:
        self.assistant = assistant
        self.store: Store = assistant.store
        self.timer = timer
        self.community = community
        self.name = community.name
        self.config = community.sweep or SweepConfig()
        self.source = source
        self.delivery = delivery
        self.now = aware(now) or utcnow()
        self.dry_run = dry_run
        self.progress = progress
        self.limit = delivery.message_limit
        self.report = SweepReport(community=self.name, started_at=self.now, dry_run=dry_run)
        self._shadow: Assistant | None = None

    # -- the sweep ---------------------------------------------------------------------------

    async def run(self) -> SweepReport:
        report = self.report
        try:
            listed = await self.source.list_unanswered(
                self.name,
                older_than=self.now - self.config.unanswered_after,
                newer_than=self.now - self.config.max_age,
                limit=max(LIST_LIMIT, self.config.max_posts),
            )
        except Exception as exc:  # the platform's errors vary; the sweep reports and ends
            report.error = f"listing unanswered posts failed: {type(exc).__name__}: {exc}"
            log.warning("sweep %s: listing failed (%s)", self.name, type(exc).__name__)
            return self._finish()
        unique = list({post.key: post for post in listed}.values())
        report.listed = len(unique)
        at_least = len(listed) >= max(LIST_LIMIT, self.config.max_posts)
        pending_keys = self._pending_keys()

        crises, everything_else = await self._screen_and_escalate(_oldest_first(unique))

        if not self.dry_run:
            await self._deliver_pending(resending=True)

        def fresh(post: Post) -> bool:
            if post.key in pending_keys or self.store.is_claimed(claim_key(self.name, post.key)):
                report.already_digested += 1
                return False
            return True

        crises = [(p, s, e) for p, s, e in crises if fresh(p)]
        others = [(p, s) for p, s in everything_else if fresh(p)]
        shown = others[: self.config.max_posts]
        capped_keys = {p.key for p, _ in others[self.config.max_posts :]}
        report.left_out = len(others) - len(shown)

        posts = await self._draft_all(shown)
        report.drafts_done = self.timer()
        await self._record_others(everything_else)
        listed_keys = {p.key for p in unique}
        concerns = self._queued_concerns(listed_keys, capped_keys, pending_keys)
        report.concerns = len(concerns)
        digest = Digest(
            community=self.name,
            generated_at=self.now,
            unanswered_after=self.config.unanswered_after,
            max_age=self.config.max_age,
            crises=tuple(e for _, _, e in crises),
            concerns=tuple(concerns),
            posts=tuple(posts),
            left_out=report.left_out,
            left_out_at_least=at_least and report.left_out > 0,
            max_posts=self.config.max_posts,
            dry_run=self.dry_run,
        )
        report.digest = digest
        if self.dry_run:
            report.text = render_text(digest) if not digest.is_empty else ""
            return self._finish()
        if not digest.is_empty:
            self._journal(digest)
            await self._deliver_pending(resending=False)
        return self._finish()

    def _finish(self) -> SweepReport:
        self.report.finished = self.timer()
        return self.report

    # -- screening and escalation ------------------------------------------------------------

    async def _screen_and_escalate(
        self, posts: list[Post]
    ) -> tuple[list[tuple[Post, Screening, DigestEntry]], list[tuple[Post, Screening]]]:
        """Screen every post and escalate every crisis at once: no draft is asked for before.

        Each post is screened once, in a worker thread (a backlog of long posts would otherwise
        stall the event loop for seconds: alerts, commands and the other platform wait), and
        recorded there, so the `observe` of a crisis here, of a draft, and `_record_others`
        reuse that screening instead of screening again. A dry run records its screenings in
        its throwaway drafter's store (see `_drafter`), nowhere else."""
        crises: list[tuple[Post, Screening, DigestEntry]] = []
        others: list[tuple[Post, Screening]] = []
        self.progress.phase("screen", len(posts))
        recorder = self._drafter()
        await asyncio.to_thread(recorder.gate_for, self.name)  # built once, in seconds of CPU
        for post in posts:
            screening = await asyncio.to_thread(recorder.screen, post)
            if screening.level >= Level.HIGH and not self.dry_run:
                screening = await self.assistant.observe(post)  # escalates; reuses the screening
            if screening.level >= Level.HIGH:
                entry = self._crisis_entry(post, screening)
                crises.append((post, screening, entry))
                if self.report.first_escalation is None and not self.dry_run:
                    self.report.first_escalation = self.timer()
            else:
                others.append((post, screening))
            self.progress.advance()
        return crises, others

    async def _record_others(self, others: list[tuple[Post, Screening]]) -> None:
        """`observe` every post that is not a crisis: records its screening where it is not
        current (reused where it is) and routes a concern (digest queue or alert)."""
        if self.dry_run:
            return
        for index, (post, _) in enumerate(others, 1):
            await self.assistant.observe(post)
            if index % YIELD_EVERY == 0:
                await asyncio.sleep(0)

    def _crisis_entry(self, post: Post, screening: Screening) -> DigestEntry:
        alert = self.store.alert_for_post(post.key)
        if alert is not None and alert.level >= Level.HIGH:
            self.report.escalated.append(post.key)
            state = (
                "Escalated at once"
                if alert.state == "sent"
                else "Escalation pending (its delivery failed; it is retried)"
            )
            note = f"{state} (alert {alert.id})."
        else:
            note = "NOT ESCALATED (dry run)." if self.dry_run else "Escalation not recorded."
        entry = DigestEntry(
            key=post.key,
            url=post.url,
            section="crisis",
            level=screening.level,
            created_at=aware(post.created_at),
            note=note,
        )
        if self.dry_run and (alert is None or alert.level < Level.HIGH):
            self.report.not_escalated.append(entry)
        return entry

    # -- drafting ----------------------------------------------------------------------------

    def _drafter(self) -> Assistant:
        """The assistant that drafts: in a dry run one on a throwaway in-memory store (drafts are
        recorded there and nowhere else), sharing the model client and its concurrency bound."""
        if not self.dry_run:
            return self.assistant
        if self._shadow is not None:
            return self._shadow
        shadow = self._shadow = Assistant(
            settings=self.assistant.settings,
            communities=list(self.assistant.communities.values()),
            store=Store.open(":memory:"),
            model=self.assistant.model,
        )
        shadow.register_alerts(self.community.platform, NotEscalated(self.report))
        return shadow

    async def _draft_all(self, shown: list[tuple[Post, Screening]]) -> list[DigestEntry]:
        drafter = self._drafter()
        who = Requester(platform=self.community.platform, id=f"sweep:{self.name}", name="sweep")
        breaker = _Breaker()
        # Keep the model client's own (priority) semaphore full without flooding it: it is the
        # bound that matters, and it serves interactive requests ahead of these.
        slots = asyncio.Semaphore(max(1, self.assistant.settings.model_concurrency) * 2)
        self.progress.phase("draft", len(shown))

        async def one(post: Post, screening: Screening) -> DigestEntry:
            async with slots:
                entry = await self._draft_one(drafter, who, post, screening, breaker)
            self.progress.advance()
            return entry

        try:
            return list(await asyncio.gather(*(one(p, s) for p, s in shown)))
        finally:
            if drafter is not self.assistant:
                drafter.store.close()

    async def _draft_one(
        self,
        drafter: Assistant,
        who: Requester,
        post: Post,
        screening: Screening,
        breaker: _Breaker,
    ) -> DigestEntry:
        base = DigestEntry(
            key=post.key,
            url=post.url,
            section="post",
            level=screening.level,
            created_at=aware(post.created_at),
        )
        if breaker.reason is not None:
            self.report.without_model += 1
            return replace(base, reason=breaker.reason)
        if self.report.first_draft is None:
            self.report.first_draft = self.timer()
        try:
            outcome = await drafter.draft(post, who, priority=Priority.SWEEP)
        except Refused as exc:  # an empty post
            return replace(base, reason=str(exc))
        except Exception as exc:  # one post's failure must not lose the digest
            log.error("sweep %s: draft for %s failed: %s", self.name, post.key, type(exc).__name__)
            return replace(base, reason=f"an internal error ({type(exc).__name__})")
        if isinstance(outcome, Draft):
            self.report.drafted += 1
            return replace(
                base, draft_id=outcome.id, draft_text=outcome.text, banner=outcome.banner
            )
        if isinstance(outcome, Withheld):
            self.report.withheld += 1
            return replace(
                base,
                reason=f"withheld by the safety check ({outcome.detail or outcome.rule});"
                " please write this reply yourself",
            )
        if isinstance(outcome, Unavailable):
            self.report.without_model += 1
            breaker.reason = breaker.reason or _sentence(outcome.reason)
            return replace(base, reason=_sentence(outcome.reason))
        assert isinstance(outcome, Escalated)  # the post changed between screening and drafting
        return replace(base, reason=f"crisis post, escalated (alert {outcome.alert_id})")

    # -- the concern queue -------------------------------------------------------------------

    def _queued_concerns(
        self, listed: set[str], capped: set[str], pending: set[str]
    ) -> list[DigestEntry]:
        """Concern posts the watcher routed to the digest. One this sweep lists anyway is shown
        once, as that post (and marked digested with it); one left out by the cap waits."""
        entries = []
        for queued in self.store.queued_concerns(self.name):
            key = queued.post_key
            if self.store.is_claimed(claim_key(self.name, key)):
                if not self.dry_run:  # already in a digest: never twice, never stuck queued
                    self.store.mark_concerns_digested([key])
                continue
            if key in listed or key in capped or key in pending:
                continue
            entries.append(
                DigestEntry(
                    key=key,
                    url=queued.url,
                    section="concern",
                    level=queued.level,
                    created_at=aware(queued.post_created_at),
                    note="Signs of concern (self-harm, hopelessness or worry for someone);"
                    " routed to this digest by the watcher.",
                    reason="not among this sweep's unanswered posts (answered, or outside the"
                    " window)",
                )
            )
        far = datetime.max.replace(tzinfo=UTC)
        return sorted(entries, key=lambda e: e.created_at or far)

    # -- journal and delivery ----------------------------------------------------------------

    def _journal(self, digest: Digest) -> None:
        """Record the intent to deliver every part before sending any."""
        stamp = self.now.astimezone(UTC).strftime("%Y%m%dT%H%M%S")
        digest_key = f"digest:{self.name}:{stamp}-{uuid.uuid4().hex[:6]}"
        parts = render_parts(digest, self.limit)
        self.store.journal_begin(
            digest_key,
            DIGEST_KIND,
            {"community": self.name, "limit": self.limit, "digest": digest.to_json()},
        )
        for index, part in enumerate(parts):
            self.store.journal_begin(
                _part_key(digest_key, index),
                PART_KIND,
                {
                    "community": self.name,
                    "digest": digest_key,
                    "index": index,
                    "post_keys": list(part.post_keys),
                    "concern_keys": list(part.concern_keys),
                },
            )

    def _pending_parts(self) -> tuple[dict[str, JournalEntry], list[JournalEntry]]:
        parents = {
            e.key: e
            for e in self.store.journal_pending(DIGEST_KIND)
            if e.payload.get("community") == self.name
        }
        parts = [
            e
            for e in self.store.journal_pending(PART_KIND)
            if e.payload.get("community") == self.name
        ]
        return parents, parts

    def _pending_keys(self) -> set[str]:
        """Posts already in a journaled digest that is not fully delivered: not listed again."""
        _, parts = self._pending_parts()
        keys: set[str] = set()
        for part in parts:
            keys.update(part.payload.get("post_keys", ()))
            keys.update(part.payload.get("concern_keys", ()))
        return keys

    def _draft_text(self, draft_id: str) -> str | None:
        record = self.store.get_draft(draft_id)
        return record.text if record else None

    async def _deliver_pending(self, *, resending: bool) -> None:
        """Send every journaled part of this community not yet sent, oldest digest first."""
        parents, parts = self._pending_parts()
        if not parts:
            for key in parents:
                self.store.journal_done(key)
            return
        rendered: dict[str, list[DigestPart]] = {}
        self.progress.phase("deliver", len(parts))
        report = self.report
        for index, part in enumerate(parts):
            digest_key = str(part.payload.get("digest"))
            parent = parents.get(digest_key)
            if parent is None:
                log.warning("sweep %s: part %s has no digest; dropped", self.name, part.key)
                self.store.journal_done(part.key, "orphan")
                continue
            if digest_key not in rendered:
                digest = Digest.from_json(parent.payload["digest"])
                limit = int(parent.payload.get("limit", self.limit))
                rendered[digest_key] = render_parts(digest, limit, self._draft_text)
            texts = rendered[digest_key]
            position = int(part.payload.get("index", 0))
            if position >= len(texts):  # a draft was purged meanwhile and the parts shrank
                self.store.journal_done(part.key, "empty")
                continue
            # later parts join the first part's conversation where the platform has one
            thread = self.store.journal_ref(_part_key(digest_key, 0)) if position > 0 else None
            try:
                sent = await self.delivery.send_digest(
                    self.name, [texts[position].text], thread=thread
                )
            except Exception as exc:  # the platform's errors vary; the parts stay journaled
                report.error = f"digest delivery failed: {type(exc).__name__}: {exc}"
                report.parts_pending = len(parts) - index
                log.warning(
                    "sweep %s: digest part %s not delivered (%s); retried on the next sweep",
                    self.name,
                    part.key,
                    type(exc).__name__,
                )
                return
            self.store.journal_done(part.key, sent)
            keys = [*part.payload.get("post_keys", ()), *part.payload.get("concern_keys", ())]
            for key in keys:
                self.store.claim(claim_key(self.name, key))
            self.store.mark_concerns_digested(keys)
            report.parts_sent += 1
            if resending:
                report.resent_parts += 1
            self.progress.advance()
        for key in parents:
            self.store.journal_done(key)
        report.parts_pending = 0
        report.error = None  # everything journaled, including an earlier failure, is delivered
