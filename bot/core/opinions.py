"""The second opinion in the pipeline: when to ask, one answer per post text, what a raise does.

The lexicon has already acted when a post gets here (invariant 3). The model's answer is asked in
the background; when it raises the post, the raised screening is stored (a later look at the post
sees it) and acted on like the lexicon's own: an alert at `high` or above, or an upgrade of the
post's `concern` alert, each level sent once (Escalation keeps one alert per post and level).
Drafting waits for the answer, so nothing is drafted for a post the model would raise.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping

from bot.config import Community
from bot.core.domain import Post
from bot.core.second_opinion import PendingOpinions, SecondOpinionStage
from bot.store import Store
from policies.crisis.opinion import Composed, Outcome
from policies.levels import Level, Screening

log = logging.getLogger(__name__)


class SecondOpinions:
    """Starts, shares and records the second opinions of one process."""

    def __init__(
        self,
        stage: SecondOpinionStage | None,
        store: Store,
        *,
        communities: Mapping[str, Community],
        act_on: Callable[[Post, Screening], Awaitable[None]],
        save_screening: Callable[[Post, Screening, float], None],
        key: Callable[[Post], str],
    ) -> None:
        self.stage = stage
        self.store = store
        self._communities = communities
        self._act_on = act_on
        self._save_screening = save_screening
        self._key = key
        self._pending = PendingOpinions()

    def wants(self, post: Post, screening: Screening) -> bool:
        """On (LLUMI_RISK_MODEL), not switched off by the community, and a post with text below
        `high`."""
        found = self._communities.get(post.community)
        allowed = found.policy.second_opinion if found is not None else True
        has_text = bool(post.full_text.strip())
        return self.stage is not None and allowed and has_text and screening.level < Level.HIGH

    def start(self, post: Post, screening: Screening) -> asyncio.Task[Composed]:
        """The opinion in flight (or kept) for this post text, or a new one."""
        key = self._key(post)
        return self._pending.get(key) or self._pending.start(key, self._ask(post, screening))

    async def composed(self, post: Post, screening: Screening) -> Composed | None:
        """The screening with the model's opinion composed in (waiting for the one in flight, or
        asking now); None when the stage does not apply to this post."""
        if not self.wants(post, screening):
            return None
        return await self.start(post, screening)

    async def read(self, post: Post, screening: Screening) -> tuple[Composed, str]:
        """`llumi screen --model`: the opinion composed in, shown and not acted on; with why it
        was unavailable or not asked."""
        if screening.level >= Level.HIGH:
            why = "the lexicon said high: a crisis post's text never goes to the model"
            return Composed(screening, screening, None, Outcome.NOT_ASKED), why
        if self.stage is None or not self.wants(post, screening):
            why = "the second opinion is off (LLUMI_RISK_MODEL or the community's policy)"
            return Composed(screening, screening, None, Outcome.UNAVAILABLE), why
        return await self.stage.ask(post.full_text, screening)

    async def settle(self) -> None:
        """Wait for the opinions in flight (before the process stops)."""
        await self._pending.settle()

    async def _ask(self, post: Post, lexicon: Screening) -> Composed:
        assert self.stage is not None
        started = time.perf_counter()
        composed, why = await self.stage.ask(post.full_text, lexicon)
        elapsed = (time.perf_counter() - started) * 1000
        self.store.audit(
            "second-opinion",
            community=post.community,
            post_key=post.key,
            level=composed.level,
            model=self.stage.model,
            duration_ms=elapsed,
            detail=composed.outcome.value + (f": {why}" if why else ""),
        )
        if composed.outcome is Outcome.RAISED:
            log.info(
                "second opinion raised %s from %s to %s",
                post.key,
                lexicon.level.label,
                composed.level.label,
            )
            self._save_screening(post, composed.screening, elapsed)
            await self._act_on(post, composed.screening)
        return composed
