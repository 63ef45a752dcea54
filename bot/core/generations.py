"""What one request to the model leaves behind: its audit row, and a draft row for what was
shown or withheld (text only for what was shown: the drafts a helper saw, which feedback
refers to)."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Literal

from bot.core.domain import Post, Reply, Requester
from bot.store import Store
from policies.levels import Screening
from policies.resources import CrisisLine


@dataclass(frozen=True)
class GenerationJob:
    """One request for the model, with what its audit and outcome need."""

    kind: Literal["gm", "im"]
    post: Post
    reply: Reply | None
    who: Requester
    screening: Screening
    resources: tuple[CrisisLine, ...]  # shown with the outcome: only at concern and above
    prompt_version: str
    model: str
    regenerate_of: str | None
    alert_id: str | None
    started: float = field(default_factory=time.perf_counter)


def record_generation(
    store: Store,
    job: GenerationJob,
    status: str,
    *,
    seed: int,
    model: str = "",
    text: str | None = None,
    rule: str | None = None,
    detail: str = "",
) -> str:
    """Audit one generation and keep its draft row; returns the draft id."""
    elapsed = (time.perf_counter() - job.started) * 1000
    draft_id = "d-" + uuid.uuid4().hex[:10]
    model = model or job.model
    if status != "unavailable":
        store.save_draft(
            draft_id=draft_id,
            post_key=job.post.key,
            community=job.post.community,
            requester=job.who.ref,
            kind=job.kind,
            status=status,
            level=job.screening.level,
            model=model,
            prompt_version=job.prompt_version,
            seed=seed,
            duration_ms=elapsed,
            text=text,
            post_text=job.post.full_text if text is not None else None,
            reply_text=job.reply.text if text is not None and job.reply else None,
            author=job.post.author,
            rule=rule,
            regenerate_of=job.regenerate_of,
        )
    store.audit(
        f"{job.kind}-{status}",
        community=job.post.community,
        post_key=job.post.key,
        requester=job.who.ref,
        level=job.screening.level,
        model=model,
        prompt_version=job.prompt_version,
        duration_ms=elapsed,
        detail=draft_id if status == "draft" else detail,
    )
    return draft_id
