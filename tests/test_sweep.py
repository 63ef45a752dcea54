"""One sweep: order and content of the digest, escalation before drafts, the cap, the concern
queue, an unavailable model, restarts in the middle, duplicates, one sweep at a time, dry runs.

Drafting runs through the real Assistant and ModelClient against the Ollama stand-in."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import Community
from bot.core.assistant import Assistant
from bot.core.domain import Draft, Post, Requester
from bot.sweeps.sweep import SweepBusy, Sweeper, claim_key
from tests.standins.ollama import OllamaStandIn, default_reply, varied_text
from tests.test_sweep_support import (
    CONCERN,
    CRISIS,
    NOW,
    ORDINARY,
    Platform,
    build_assistant,
    community,
    dump,
    make_post,
    settings_for,
)


@dataclass
class Env:
    assistant: Assistant
    platform: Platform
    sweeper: Sweeper
    standin: OllamaStandIn
    db: Path
    communities: list[Community]

    async def restart(self) -> Env:
        """A new process: a new Assistant, model client and Sweeper on the same database."""
        await close(self.assistant)
        settings = settings_for(self.standin, self.db)
        assistant = build_assistant(settings, self.communities, self.platform)
        sweeper = Sweeper(assistant, {"reddit": self.platform, "discord": self.platform})
        return Env(assistant, self.platform, sweeper, self.standin, self.db, self.communities)


async def close(assistant: Assistant) -> None:
    if assistant.model is not None:
        await assistant.model.aclose()
    assistant.store.close()


def make_env(
    standin: OllamaStandIn,
    tmp_path: Path,
    posts: list[Post],
    communities: list[Community] | None = None,
    *,
    with_model: bool = True,
) -> Env:
    db = tmp_path / "sweep.db"
    chosen = communities or [community()]
    platform = Platform(posts)
    assistant = build_assistant(settings_for(standin, db), chosen, platform, with_model=with_model)
    sweeper = Sweeper(assistant, {"reddit": platform, "discord": platform})
    return Env(assistant, platform, sweeper, standin, db, chosen)


@pytest.fixture
async def envs(ollama_standin: OllamaStandIn, tmp_path: Path) -> AsyncIterator[list[Env]]:
    made: list[Env] = []
    yield made
    for env in made:
        await close(env.assistant)


def urls_in(text: str) -> list[str]:
    return re.findall(r"https://www\.reddit\.com/r/calm/comments/(p\d+)/", text)


def model_texts(standin: OllamaStandIn) -> str:
    return "\n".join(str(body.get("messages")) for body in standin.bodies())


# -- content and order -------------------------------------------------------------------------


async def test_digest_lists_crises_first_then_oldest_first_with_link_age_and_draft(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    posts = [
        make_post(1, 5, ORDINARY[0]),
        make_post(2, 3, ORDINARY[1]),
        make_post(3, 10, ORDINARY[2]),
        make_post(4, 4, CRISIS[0]),
        make_post(5, 1, ORDINARY[3]),  # too young: not unanswered yet
        make_post(6, 60, ORDINARY[3]),  # older than max_age
    ]
    env = make_env(ollama_standin, tmp_path, posts)
    envs.append(env)

    report = await env.sweeper.run("calm", now=NOW)

    listing = env.platform.listings[0]
    assert listing["older_than"] == NOW - timedelta(hours=2)
    assert listing["newer_than"] == NOW - timedelta(hours=48)
    assert report.delivered and report.parts_sent == 1
    (text,) = env.platform.parts
    assert urls_in(text) == ["p4", "p3", "p1", "p2"]  # crisis, then 10h, 5h, 3h old
    crisis_block, *others = re.split(r"\*\*\d+\.\*\* ", text)[1:]
    assert "4h old" in crisis_block and re.search(r"level (high|imminent)", crisis_block)
    alert = env.platform.alerts[0]
    assert f"Escalated at once (alert {alert.id})" in crisis_block
    assert "No draft: crisis posts are never drafted" in crisis_block
    for block, age in zip(others, ("10h old", "5h old", "3h old"), strict=True):
        assert age in block
        draft_id = re.search(r"Draft (d-[0-9a-f]+):", block)
        assert draft_id is not None
        record = env.assistant.draft_record(draft_id.group(1))
        assert record is not None and record.text
        assert record.text.splitlines()[0] in block
        assert record.requester == "reddit:sweep:calm"
    # the crisis post was escalated once and its text never went to the model
    assert [a.post.key for a in env.platform.alerts] == ["reddit:t3_p4"]
    assert len(ollama_standin.drafts()) == 3
    assert "pills" not in model_texts(ollama_standin)


async def test_every_crisis_is_escalated_before_the_first_draft_is_asked_for(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    # crises are the newest posts: a sweep that drafted in order would reach them last
    posts = [make_post(i, 40 - i, ORDINARY[i % 4]) for i in range(12)]
    posts += [make_post(100 + i, 2.5 + i / 10, CRISIS[i % 2]) for i in range(3)]
    request_times: list[float] = []

    def reply(body: dict[str, Any]) -> str:
        request_times.append(time.perf_counter())
        return default_reply(body)

    ollama_standin.reply = reply
    ollama_standin.delay = 0.02
    env = make_env(ollama_standin, tmp_path, posts)
    envs.append(env)

    report = await env.sweeper.run("calm", now=NOW)

    assert len(env.platform.alert_times) == 3 and len(request_times) == 12
    assert max(env.platform.alert_times) < min(request_times)
    assert report.first_escalation is not None and report.first_draft is not None
    assert report.first_escalation < report.first_draft
    assert report.drafted == 12


# -- the cap -----------------------------------------------------------------------------------


async def test_a_large_backlog_is_capped_and_the_digest_says_how_many_were_left_out(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    posts = [make_post(i, 30 - i, ORDINARY[i % 4]) for i in range(7)]
    env = make_env(ollama_standin, tmp_path, posts, [community(max_posts=3)])
    envs.append(env)

    first = await env.sweeper.run("calm", now=NOW)

    assert first.left_out == 4
    assert "**4 more not shown** (max_posts = 3)" in env.platform.parts[0]
    assert urls_in(env.platform.parts[0]) == ["p0", "p1", "p2"]  # the oldest
    assert len(ollama_standin.drafts()) == 3  # only the shown posts were drafted

    second = await env.sweeper.run("calm", now=NOW + timedelta(minutes=30))
    assert urls_in(env.platform.parts[1]) == ["p3", "p4", "p5"]
    assert second.left_out == 1 and "**1 more not shown**" in env.platform.parts[1]


# -- the concern queue -------------------------------------------------------------------------


async def test_concerns_routed_to_the_digest_are_listed_once_and_marked_digested(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    answered = make_post(20, 1, CONCERN)  # the watcher saw it; it is not in the listing
    listed = make_post(21, 6, CONCERN)  # the watcher saw it, and nobody answered it
    env = make_env(ollama_standin, tmp_path, [listed, make_post(22, 3, ORDINARY[0])])
    envs.append(env)
    await env.assistant.observe(answered)
    await env.assistant.observe(listed)
    assert {q.post_key for q in env.assistant.store.queued_concerns("calm")} == {
        answered.key,
        listed.key,
    }
    assert env.platform.alerts == []  # concern goes to the digest, not an alert

    report = await env.sweeper.run("calm", now=NOW)

    (text,) = env.platform.parts
    assert report.concerns == 1
    assert "Concern posts routed to the digest" in text
    assert text.index("p20") < text.index("p21") < text.index("p22")
    assert urls_in(text).count("p21") == 1  # shown once, as an unanswered post with its draft
    block21 = text[text.index("p21") :]
    assert "level concern" in block21 and re.search(r"Draft d-[0-9a-f]+:", block21)
    assert env.assistant.store.queued_concerns("calm") == []

    await env.sweeper.run("calm", now=NOW + timedelta(minutes=30))
    assert len(env.platform.parts) == 1  # nothing new: nothing sent


# -- an unavailable model ----------------------------------------------------------------------


async def test_the_digest_goes_out_without_drafts_when_the_model_is_unavailable(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    posts = [make_post(i, 20 - i, ORDINARY[i % 4]) for i in range(10)]
    posts.append(make_post(50, 4, CRISIS[1]))
    ollama_standin.remove_model("mistral:7b-instruct")
    env = make_env(ollama_standin, tmp_path, posts)
    envs.append(env)

    report = await env.sweeper.run("calm", now=NOW)

    assert report.delivered and report.without_model == 10 and report.drafted == 0
    (text,) = env.platform.parts
    reasons = re.findall(r"No draft: (.+)\.", text)
    assert len(reasons) == 11  # ten posts and the crisis post
    assert sum("ollama pull mistral:7b-instruct" in r for r in reasons) == 10
    assert len(env.platform.alerts) == 1
    # the first failures stop the rest from queueing for a model that is not there
    assert len(ollama_standin.drafts()) <= 2 * 4


async def test_without_a_configured_model_every_post_says_why(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    env = make_env(ollama_standin, tmp_path, [make_post(1, 3, ORDINARY[0])], with_model=False)
    envs.append(env)
    await env.sweeper.run("calm", now=NOW)
    assert "No draft: no model is configured" in env.platform.parts[0]


# -- restarts and duplicates -------------------------------------------------------------------


def discord_posts(count: int) -> list[Post]:
    return [
        Post(
            key=f"discord:{1000 + i}",
            community="harbor",
            text=ORDINARY[i % 4],
            author=f"member{i}",
            url=f"https://discord.com/channels/1/2/{1000 + i}",
            created_at=NOW - timedelta(hours=30 - i),
            platform="discord",
        )
        for i in range(count)
    ]


async def test_a_delivery_that_fails_half_way_is_resumed_and_each_post_is_delivered_once(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    ollama_standin.reply = lambda body: default_reply(body) + " " + varied_text(12)
    posts = discord_posts(14)
    env = make_env(ollama_standin, tmp_path, posts, [community(name="harbor", platform="discord")])
    envs.append(env)
    env.platform.fail_part_at = 2

    first = await env.sweeper.run("harbor", now=NOW)

    assert first.error is not None and "DeliveryError" in first.error
    assert first.parts_sent == 2 and first.parts_pending >= 2
    assert all(len(part) <= 2000 for part in env.platform.parts)
    drafted_once = len(ollama_standin.drafts())
    assert drafted_once == 14

    env = await env.restart()
    envs.append(env)
    env.platform.posts.append(discord_posts(15)[14])  # one new post meanwhile
    second = await env.sweeper.run("harbor", now=NOW + timedelta(minutes=30))

    assert second.delivered and second.resent_parts == first.parts_pending
    assert len(ollama_standin.drafts()) == drafted_once + 1  # only the new post is drafted
    seen = re.findall(r"discord\.com/channels/1/2/(\d+)", "\n".join(env.platform.parts))
    assert sorted(seen) == sorted(str(1000 + i) for i in range(15))  # each once
    *resumed, new = env.platform.parts
    total = len(resumed)
    assert [part[: len(f"({total}/{total})")] for part in resumed] == [
        f"({i}/{total})" for i in range(1, total + 1)
    ]  # the first digest's parts, each once, in order
    assert re.findall(r"channels/1/2/(\d+)", new) == ["1014"]  # the new post's own digest
    # every later part joined the first part's conversation, across the restart
    assert env.platform.threads == [None] + ["thread:1"] * (total - 1) + [None]
    assert all(len(part) <= 2000 for part in env.platform.parts)
    store = env.assistant.store
    assert all(store.is_claimed(claim_key("harbor", p.key)) for p in discord_posts(15))
    assert store.journal_pending("digest-part") == [] and store.journal_pending("digest") == []


async def test_a_crash_after_escalation_before_the_digest_repeats_and_drops_nothing(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    posts = [make_post(i, 30 - i, ORDINARY[i % 4]) for i in range(8)]
    posts += [make_post(90, 5, CRISIS[0]), make_post(91, 4, CRISIS[1])]
    ollama_standin.delay = 0.3
    env = make_env(ollama_standin, tmp_path, posts)
    envs.append(env)

    sweep = asyncio.create_task(env.sweeper.run("calm", now=NOW))
    for _ in range(400):  # until the drafts are under way
        if ollama_standin.bodies():
            break
        await asyncio.sleep(0.01)
    assert len(env.platform.alerts) == 2
    sweep.cancel()  # the process dies in the middle of drafting
    with pytest.raises(asyncio.CancelledError):
        await sweep
    assert env.platform.parts == []

    ollama_standin.delay = 0
    env = await env.restart()
    envs.append(env)
    report = await env.sweeper.run("calm", now=NOW + timedelta(minutes=30))

    assert len(env.platform.alerts) == 2  # not escalated again
    assert report.delivered
    assert sorted(urls_in("\n".join(env.platform.parts))) == sorted(
        [f"p{i}" for i in range(8)] + ["p90", "p91"]
    )
    assert "Escalated at once" in env.platform.parts[0]


async def test_a_post_is_put_in_a_digest_once(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    env = make_env(ollama_standin, tmp_path, [make_post(1, 5, ORDINARY[0])])
    envs.append(env)
    await env.sweeper.run("calm", now=NOW)
    await env.sweeper.run("calm", now=NOW + timedelta(minutes=30))
    assert len(env.platform.parts) == 1

    env.platform.posts.append(make_post(2, 3, ORDINARY[1]))
    await env.sweeper.run("calm", now=NOW + timedelta(hours=1))
    assert len(env.platform.parts) == 2
    assert urls_in(env.platform.parts[1]) == ["p2"]


async def test_two_sweeps_of_one_community_never_run_at_once(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    ollama_standin.delay = 0.2
    env = make_env(ollama_standin, tmp_path, [make_post(1, 5, ORDINARY[0])])
    envs.append(env)
    first = asyncio.create_task(env.sweeper.run("calm", now=NOW))
    await asyncio.sleep(0.05)
    assert env.sweeper.is_running("calm")
    with pytest.raises(SweepBusy):
        await env.sweeper.run("calm", now=NOW)
    await first
    assert len(env.platform.parts) == 1 and len(env.platform.listings) == 1


# -- dry run -----------------------------------------------------------------------------------


async def test_a_dry_run_sends_nothing_escalates_nothing_and_writes_nothing(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    posts = [make_post(1, 5, ORDINARY[0]), make_post(2, 4, CRISIS[0]), make_post(3, 3, CONCERN)]
    env = make_env(ollama_standin, tmp_path, posts)
    envs.append(env)
    before = dump(env.db)

    report = await env.sweeper.run("calm", now=NOW, dry_run=True)

    assert dump(env.db) == before
    assert env.platform.parts == [] and env.platform.alerts == []
    assert [e.key for e in report.not_escalated] == ["reddit:t3_p2"]
    assert report.text.startswith("DRY RUN: nothing was sent")
    assert "NOT ESCALATED (dry run)" in report.text
    assert urls_in(report.text) == ["p2", "p1", "p3"]
    assert report.drafted == 2 and len(ollama_standin.drafts()) == 2
    assert "pills" not in model_texts(ollama_standin)


# -- the shared model bound --------------------------------------------------------------------


async def test_sweep_drafts_share_the_model_bound_and_interactive_requests_go_first(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    ollama_standin.delay = 0.05
    posts = [make_post(i, 30 - i, ORDINARY[i % 4]) for i in range(12)]
    env = make_env(ollama_standin, tmp_path, posts)
    envs.append(env)
    sweep = asyncio.create_task(env.sweeper.run("calm", now=NOW))
    while len(ollama_standin.bodies()) < 4:
        await asyncio.sleep(0.005)
    asked = make_post(77, 0.1, "A helper asks: how do I answer someone who feels lonely at uni?")
    outcome = await env.assistant.draft(asked, Requester("reddit", "mod_alice"))
    report = await sweep

    assert isinstance(outcome, Draft) and report.drafted == 12
    texts = [str(body.get("messages")) for body in ollama_standin.bodies()]
    interactive = next(i for i, t in enumerate(texts) if "lonely at uni" in t)
    assert interactive <= 4 + 4  # served as soon as a slot freed, not after the 12 sweep drafts
    assert ollama_standin.max_in_flight <= 4
    assert "lonely at uni" not in "\n".join(env.platform.parts)


async def test_the_journal_holds_no_post_or_draft_text(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    env = make_env(ollama_standin, tmp_path, [make_post(1, 5, ORDINARY[0])])
    envs.append(env)
    env.platform.fail_part_at = 0
    await env.sweeper.run("calm", now=NOW)
    pending = env.assistant.store.journal_pending("digest")
    assert len(pending) == 1
    stored = str(pending[0].payload)
    draft_id = pending[0].payload["digest"]["posts"][0]["draft_id"]
    record = env.assistant.draft_record(draft_id)
    assert record is not None and record.text
    assert "reddit:t3_p1" in stored
    assert ORDINARY[0][:30] not in stored and record.text[:30] not in stored


async def test_a_dry_run_lists_a_concern_alert_as_not_escalated_and_warns_about_nothing(
    ollama_standin: OllamaStandIn,
    tmp_path: Path,
    envs: list[Env],
    caplog: pytest.LogCaptureFixture,
) -> None:
    env = make_env(
        ollama_standin, tmp_path, [make_post(3, 3, CONCERN)], [community(concern="alert")]
    )
    envs.append(env)
    before = dump(env.db)
    report = await env.sweeper.run("calm", now=NOW, dry_run=True)
    assert [(e.key, e.level.label) for e in report.not_escalated] == [("reddit:t3_p3", "concern")]
    assert env.platform.alerts == [] and dump(env.db) == before
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


async def test_a_community_without_a_sweep_table_is_swept_by_hand_with_the_defaults(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    from dataclasses import replace

    plain = replace(community(concern="alert"), sweep=None)
    posts = [make_post(1, 47, ORDINARY[0]), make_post(2, 49, ORDINARY[1])]
    env = make_env(ollama_standin, tmp_path, posts, [plain])
    envs.append(env)
    report = await env.sweeper.run("calm", now=NOW)
    assert report.delivered and urls_in(env.platform.parts[0]) == ["p1"]  # max_age 48h
    assert env.platform.listings[0]["older_than"] == NOW - timedelta(hours=2)


async def test_a_crash_between_sending_a_part_and_recording_it_repeats_that_part_only(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    """The one window the design allows a duplicate in: the platform took the part, then the
    process died before the journal said so. Only that part is sent again."""

    class SentThenCrashed(Platform):
        async def send_digest(
            self, community: str, parts: Sequence[str], *, thread: str | None = None
        ) -> str | None:
            await super().send_digest(community, parts)
            if len(self.parts) == 2 and not getattr(self, "crashed", False):
                self.crashed = True
                raise asyncio.CancelledError  # the process is killed right after the send
            return None

    posts = discord_posts(14)
    ollama_standin.reply = lambda body: default_reply(body) + " " + varied_text(12)
    env = make_env(ollama_standin, tmp_path, [], [community(name="harbor", platform="discord")])
    envs.append(env)
    platform = SentThenCrashed(posts)
    env.platform = platform
    env.sweeper = Sweeper(env.assistant, {"discord": platform})
    with pytest.raises(asyncio.CancelledError):
        await env.sweeper.run("harbor", now=NOW)

    env = await env.restart()
    envs.append(env)
    await env.sweeper.run("harbor", now=NOW + timedelta(minutes=30))

    parts = platform.parts
    assert parts[1] == parts[2]  # the part in the window, twice
    assert len(set(parts)) == len(parts) - 1  # and nothing else repeated
    seen = re.findall(r"channels/1/2/(\d+)", "\n".join(dict.fromkeys(parts)))
    assert sorted(seen) == sorted(str(1000 + i) for i in range(14))


async def test_an_empty_post_gets_a_reason_instead_of_a_draft(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    env = make_env(ollama_standin, tmp_path, [make_post(1, 5, "   "), make_post(2, 4, ORDINARY[0])])
    envs.append(env)
    report = await env.sweeper.run("calm", now=NOW)
    assert report.delivered and report.drafted == 1
    assert "No draft: the post is empty." in env.platform.parts[0]


async def test_a_concern_queued_for_a_post_already_digested_is_not_listed_again(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    first = make_post(5, 5, ORDINARY[0])
    env = make_env(ollama_standin, tmp_path, [first])
    envs.append(env)
    await env.sweeper.run("calm", now=NOW)
    edited = Post(**{**first.__dict__, "text": CONCERN})  # edited after its digest
    env.platform.posts = [edited]
    await env.assistant.observe(edited)
    assert [q.post_key for q in env.assistant.store.queued_concerns("calm")] == [first.key]

    await env.sweeper.run("calm", now=NOW + timedelta(minutes=30))
    assert len(env.platform.parts) == 1
    assert env.assistant.store.queued_concerns("calm") == []


# -- another process sweeping the same community -----------------------------------------------


async def test_a_sweep_running_in_another_process_is_respected_unless_that_process_died(
    ollama_standin: OllamaStandIn, tmp_path: Path, envs: list[Env]
) -> None:
    import os
    import socket
    import subprocess
    import sys

    env = make_env(ollama_standin, tmp_path, [make_post(1, 5, ORDINARY[0])])
    envs.append(env)
    store = env.assistant.store
    host, now = socket.gethostname(), datetime.now(UTC)
    store.set_position("sweep:running:calm", f"{host} {os.getppid()} {now.isoformat()}")
    with pytest.raises(SweepBusy, match=rf"process {os.getppid()} on {re.escape(host)}"):
        await env.sweeper.run("calm", now=NOW)
    assert env.platform.listings == []

    dry = await env.sweeper.run("calm", now=NOW, dry_run=True)  # a dry run disturbs nobody
    assert dry.drafted == 1 and env.platform.parts == []

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    store.set_position("sweep:running:calm", f"{host} {gone.stdout.strip()} {now.isoformat()}")
    report = await env.sweeper.run("calm", now=NOW)  # the marking process died: a leftover
    assert report.delivered and len(env.platform.parts) == 1
    assert store.get_position("sweep:running:calm") == ""

    stale = now - timedelta(hours=7)
    store.set_position("sweep:running:calm", f"{host} {os.getppid()} {stale.isoformat()}")
    env.platform.posts.append(make_post(2, 3, ORDINARY[1]))
    await env.sweeper.run("calm", now=NOW + timedelta(hours=1))  # too old to be a sweep
    assert len(env.platform.parts) == 2
