"""A sweep over a large backlog: time to the first escalation, and the sweep against its ideal.

usage: python benchmarks/bench_sweep.py [--posts 1000] [--delay 0.2] [--concurrency 4] [--size 0]

1,000 unanswered posts (5% crisis posts in clear first-person crisis language, the rest ordinary
support posts; all written here, none from the shared data), the Ollama stand-in answering each
draft after `--delay` seconds, `Settings(model_concurrency=4)`, and the real Assistant, ModelClient
and Sweeper. The ideal is (drafted posts x delay / concurrency): the model never idle, nothing
else costing time. Prints the time to the first escalation and to the first draft request (the
first must come before the second), the sweep time and its ratio to the ideal (aim: < 1.2).
The crisis gate is built and the model client warmed up (its lazy imports and TLS setup) before
the clock starts (once-per-process costs, printed apart).
It also prints the longest event-loop stall during the sweep (a ticker every 5 ms measures how
late it wakes; aim: < 100 ms) against the baseline measured in the same run: the longest 25
consecutive posts screened on the loop, which is what the sweep did before (it yielded every 25
posts), and an idle loop's longest stall over 1 s (the machine's own noise). The stand-in
answers from a thread of this process, so during drafting it competes for the GIL too.
`--size 40000` pads every post to about 40 KB of ordinary text (issue 14: 100 such posts
stalled the loop 2.3 s). Reports, never fails.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.assistant import Assistant
from bot.core.domain import Post
from bot.model import ModelClient
from bot.store import Store
from bot.sweeps.sweep import Sweeper
from policies.levels import Level
from tests.standins.ollama import OllamaStandIn, default_reply
from tests.test_sweep_support import NOW, Platform, community, settings_for

OPENERS = (
    "Hi everyone, first time posting here.",
    "I don't really know where else to ask this.",
    "Long time lurker, finally writing something.",
    "Sorry if this is the wrong place.",
    "I've been meaning to post for a while.",
)
SITUATIONS = (
    "I started a new job and I feel anxious every morning before I leave the house.",
    "My best friend moved to another city and the weekends feel really empty.",
    "I have exams in two weeks and I can't concentrate for more than ten minutes.",
    "Since the breakup I keep checking my phone and replaying old conversations.",
    "My parents argue a lot lately and I feel stuck in the middle of it.",
    "I've been sleeping badly and everything feels harder to get through.",
    "I moved countries for university and I still don't feel at home.",
    "My therapist is on leave for a month and I'm nervous about coping alone.",
)
ASKS = (
    "How do you all deal with this?",
    "Any advice on small things that help?",
    "Has anyone been through something similar?",
    "What helped you on the harder days?",
    "I'd appreciate hearing how others cope.",
)
CRISIS = (
    "I want to kill myself. I have the pills in front of me and I'm doing it tonight.",
    "I want to die. I've written my notes and I'm going to end my life this weekend.",
    "I am going to kill myself tonight, I already bought the rope.",
    "I want to end my life. I can't do this anymore and I have a plan for tomorrow.",
    "I'm going to take all my pills tonight so I can die.",
)


PADDING = (
    " Some days are better than others and I try to keep a routine, walk the dog in the"
    " morning and call my sister on Sundays, but the evenings are long and quiet."
)


def make_posts(count: int, crisis_share: float, seed: int = 7, size: int = 0) -> list[Post]:
    rng = random.Random(seed)
    crisis_count = round(count * crisis_share)
    crisis_at = set(rng.sample(range(count), crisis_count))
    posts = []
    for i in range(count):
        if i in crisis_at:
            text = f"{rng.choice(OPENERS)} {rng.choice(CRISIS)}"
        else:
            text = f"{rng.choice(OPENERS)} {rng.choice(SITUATIONS)} {rng.choice(ASKS)}"
        if size > len(text):
            text += PADDING * ((size - len(text)) // len(PADDING))
        posts.append(
            Post(
                key=f"reddit:t3_b{i}",
                community="calm",
                text=text,
                author=f"poster{i}",
                url=f"https://www.reddit.com/r/calm/comments/b{i}/",
                created_at=NOW - timedelta(hours=40) + timedelta(seconds=i * 120),
                platform="reddit",
            )
        )
    return posts


async def stalls(stop: asyncio.Event, tick: float = 0.005) -> list[tuple[float, float]]:
    """(when, how late) for every `tick` sleep until `stop`: the loop's stalls."""
    found: list[tuple[float, float]] = []
    while not stop.is_set():
        asked = time.perf_counter()
        await asyncio.sleep(tick)
        found.append((asked, time.perf_counter() - asked - tick))
    return found


def on_loop_baseline(screen: Any, posts: list[Post], every: int = 25) -> float:
    """The longest run of `every` consecutive posts screened inline: the old sweep's stall."""
    worst = 0.0
    for start in range(0, len(posts), every):
        began = time.perf_counter()
        for post in posts[start : start + every]:
            screen(post.full_text)
        worst = max(worst, time.perf_counter() - began)
    return worst


async def bench(count: int, delay: float, concurrency: int, size: int) -> None:
    posts = make_posts(count, 0.05, size=size)
    first_answer: list[float] = []

    def reply(body: dict[str, Any]) -> str:
        if not first_answer:
            first_answer.append(time.perf_counter())
        return default_reply(body)

    with OllamaStandIn(delay=delay, reply=reply) as standin, tempfile.TemporaryDirectory() as tmp:
        settings = settings_for(standin, Path(tmp) / "bench.db", concurrency=concurrency)
        chosen = community(max_posts=count, concern="alert")
        platform = Platform(posts)
        assistant = Assistant(
            settings=settings,
            communities=[chosen],
            store=Store.open(settings.db_path),
            model=ModelClient(settings),
            delivery_backoff=0,
        )
        assistant.register_alerts("reddit", platform)
        built = time.perf_counter()
        gate = assistant.gate_for("calm")
        gate.screen("warm up")
        gate_build = time.perf_counter() - built
        assert assistant.model is not None
        warming = time.perf_counter()
        await assistant.model.check()  # the client's lazy imports and TLS setup: once per process
        warm_up = time.perf_counter() - warming
        flagged = sum(gate.screen(p.full_text).level >= Level.HIGH for p in posts)
        baseline = on_loop_baseline(gate.screen, posts)
        idle = asyncio.Event()
        asyncio.get_running_loop().call_later(1.0, idle.set)
        idle_stall = max(late for _, late in await stalls(idle))  # this machine's own noise

        sweeper = Sweeper(assistant, {"reddit": platform})
        ticking = asyncio.Event()
        ticker = asyncio.create_task(stalls(ticking))
        started = time.perf_counter()
        report = await sweeper.run("calm", now=NOW)
        elapsed = time.perf_counter() - started
        ticking.set()
        ticks = await ticker
        assert assistant.model is not None
        await assistant.model.aclose()
        assistant.store.close()
        max_in_flight = standin.max_in_flight

    drafted = report.drafted + report.withheld
    stall = max(late for _, late in ticks)
    screening_ends = report.first_draft or float("inf")
    screening_stall = max((late for at, late in ticks if at < screening_ends), default=0.0)
    ideal = drafted * delay / concurrency
    first_alert = platform.alert_times[0] - started if platform.alert_times else float("nan")
    last_alert = platform.alert_times[-1] - started if platform.alert_times else float("nan")
    first_draft = (report.first_draft or started) - started
    answered = first_answer[0] - started if first_answer else float("nan")
    print(
        f"posts: {count} (~{size or 'short'} chars), crisis posts the gate flags high+: {flagged}"
    )
    print(
        f"crisis gate build and model client warm-up (once per process, not timed below):"
        f" {gate_build:.2f}s, {warm_up:.2f}s"
    )
    print(
        f"escalated: {len(platform.alerts)}, drafted: {report.drafted}, withheld:"
        f" {report.withheld}, without a model: {report.without_model}, digest parts:"
        f" {report.parts_sent}, model requests at once (max): {max_in_flight}"
    )
    print(f"first escalation at      {first_alert:8.3f}s")
    print(f"last escalation at       {last_alert:8.3f}s")
    print(f"first draft requested at {first_draft:8.3f}s (answered at {answered:.3f}s)")
    print(f"first escalation before the first draft: {first_alert < first_draft}")
    drafting = (report.drafts_done or started) - (report.first_draft or started)
    after = (report.finished or started) - (report.drafts_done or started)
    print(
        f"phases: screening+escalation {first_draft:.2f}s, drafting {drafting:.2f}s"
        f" (ratio to ideal {drafting / ideal if ideal else float('nan'):.3f}), recording, digest"
        f" and delivery {after:.2f}s"
    )
    print(
        f"longest event-loop stall: {stall * 1000:.1f} ms in the sweep (aim < 100 ms),"
        f" {screening_stall * 1000:.1f} ms while screening and escalating; baseline, 25 posts"
        f" screened on the loop: {baseline * 1000:.1f} ms; ratio: {stall / baseline:.3f};"
        f" an idle loop's longest stall (this machine's noise): {idle_stall * 1000:.1f} ms"
    )
    print(
        f"sweep time: {elapsed:.2f}s; ideal ({drafted} drafts x {delay * 1000:.0f} ms /"
        f" {concurrency}): {ideal:.2f}s; ratio: {elapsed / ideal if ideal else float('nan'):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--size", type=int, default=0, help="pad each post to ~SIZE characters")
    args = parser.parse_args()
    asyncio.run(bench(args.posts, args.delay, args.concurrency, args.size))


if __name__ == "__main__":
    main()
