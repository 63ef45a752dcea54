"""On a real model: the share of a draft's wall time that llumi adds around the model, tokens per
second, and how long a draft takes on this CPU.

usage: python benchmarks/bench_model.py [--drafts 6] [--engine openai|ollama]

It starts llama.cpp's llama-server with SmolLM2-135M-Instruct (built and fetched by
scripts/build-llama-server) on 127.0.0.1 and drafts replies to ordinary support posts (written
here) through the real Assistant: crisis gate, prompt, ModelClient, output gate (with its one
regeneration), store. Each call into the engine is timed where it is made, so

    llumi's share = (draft wall time - time inside the engine calls) / draft wall time

(goal: under 1%). The baseline, in the same run, right after each draft: the same post's GM
messages sent straight to the server with a bare httpx stream, no llumi at all; its tokens per
second against llumi's show what llumi's client costs per token (ratio 1.00 = nothing). A
warm-up draft first builds the crisis gate and loads the model (once-per-process costs, printed
apart). Reports, never fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import Community, Settings
from bot.core.assistant import Assistant
from bot.core.domain import Draft, Post, Requester, Withheld
from bot.model import MAX_OUTPUT_TOKENS, ModelClient
from bot.model.backend import ChatRequest, Reply
from bot.store import Store
from prompts import gm_messages
from tests.realmodel.conftest import MODEL_NAME, LlamaServer, real_model_paths
from tests.standins.ollama_bridge import OllamaBridge

POSTS = (
    "I start a new job on Monday and I'm nervous about meeting everyone. Any tips for day one?",
    "My best friend moved away last month and the weekends feel really empty now.",
    "I have exams in two weeks and I can't concentrate for more than ten minutes at a time.",
    "Since the breakup I keep checking my phone and replaying our old conversations.",
    "My parents argue a lot lately and I feel stuck in the middle of it at home.",
    "I moved countries for university and I still don't feel at home after a year.",
    "I've been sleeping badly for weeks and everything feels harder to get through.",
    "My therapist is on leave for a month and I'm nervous about coping on my own.",
)
WHO = Requester(platform="console", id="bench", name="bench")


class EngineTimer:
    """Wraps each host's `chat` to add up the time spent inside the engine, and its tokens."""

    def __init__(self, client: ModelClient) -> None:
        self.seconds = 0.0
        self.tokens = 0
        for host in client.hosts:
            host.backend.chat = self.wrap(host.backend.chat)  # type: ignore[method-assign]

    def wrap(
        self, chat: Callable[[ChatRequest], Awaitable[Reply]]
    ) -> Callable[[ChatRequest], Awaitable[Reply]]:
        async def timed(request: ChatRequest) -> Reply:
            started = time.perf_counter()
            try:
                reply = await chat(request)
            finally:
                self.seconds += time.perf_counter() - started
            self.tokens += reply.output_tokens or 0
            return reply

        return timed


async def raw_stream(url: str, messages: list[dict[str, str]], seed: int) -> tuple[float, int]:
    """The baseline: one streamed answer with a bare httpx client. (seconds, output tokens)"""
    body = {
        "model": MODEL_NAME,
        "messages": messages,
        "stream": True,
        "stream_options": {"include_usage": True},
        "seed": seed,
        "max_tokens": MAX_OUTPUT_TOKENS,
    }
    tokens = 0
    async with httpx.AsyncClient(timeout=600) as client:
        started = time.perf_counter()
        async with client.stream("POST", f"{url}/chat/completions", json=body) as response:
            async for line in response.aiter_lines():
                if line.startswith("data:") and "usage" in line:
                    usage = json.loads(line[5:]).get("usage") or {}
                    tokens = usage.get("completion_tokens") or tokens
        return time.perf_counter() - started, tokens


async def run(drafts: int, engine: str, server: LlamaServer) -> None:
    bridge = OllamaBridge(server.url).start() if engine == "ollama" else None
    url = bridge.url if bridge else server.url
    with tempfile.TemporaryDirectory() as tmp:
        settings = replace(
            Settings(),
            model_api=engine,
            model_urls=(url,),
            gm_model=MODEL_NAME,
            im_model=MODEL_NAME,
            model_timeout=600.0,
            db_path=Path(tmp) / "llumi.db",
        )
        client = ModelClient(settings)
        timer = EngineTimer(client)
        community = Community(name="bench", platform="reddit", locale="en-US", subreddit="b")
        assistant = Assistant(
            settings=settings,
            communities=[community],
            store=Store.open(settings.db_path),
            model=client,
        )

        def post(i: int) -> Post:
            text = POSTS[i % len(POSTS)]
            return Post(
                key=f"bench:{i}",
                community="bench",
                text=text,
                author="a",
                platform="reddit",
                url=f"https://example.invalid/{i}",
            )

        started = time.perf_counter()
        await assistant.draft(post(10_000), WHO)  # warm-up: builds the gate, loads the model
        warm = time.perf_counter() - started
        walls, engine_s, outcomes = [], [], []
        raw_s, raw_tokens = 0.0, 0
        timer.seconds, timer.tokens = 0.0, 0
        for i in range(drafts):
            before = timer.seconds
            started = time.perf_counter()
            outcome = await assistant.draft(post(i), WHO)
            walls.append(time.perf_counter() - started)
            engine_s.append(timer.seconds - before)
            outcomes.append(
                "draft"
                if isinstance(outcome, Draft)
                else f"withheld ({outcome.rule})"
                if isinstance(outcome, Withheld)
                else type(outcome).__name__
            )
            # the baseline right after, so both see the same load on the machine
            messages, _ = gm_messages(POSTS[i % len(POSTS)], budget_chars=settings.num_ctx * 3)
            seconds, tokens = await raw_stream(server.url, messages, seed=i + 1)
            raw_s += seconds
            raw_tokens += tokens
        llumi_tokens, llumi_engine = timer.tokens, timer.seconds
        await client.aclose()
        if bridge:
            bridge.stop()

    total_wall, total_engine = sum(walls), sum(engine_s)
    around = total_wall - total_engine
    llumi_tps = llumi_tokens / llumi_engine if llumi_engine else 0.0
    raw_tps = raw_tokens / raw_s if raw_s else 0.0
    print(f"engine: {engine}; model: SmolLM2-135M-Instruct Q4_1 in llama-server, CPU only")
    print(f"warm-up draft (gate build, model load): {warm:.2f} s")
    print(f"{drafts} drafts: {', '.join(sorted(set(outcomes)))}")
    print(
        f"draft wall time: median {statistics.median(walls):.2f} s,"
        f" min {min(walls):.2f} s, max {max(walls):.2f} s"
    )
    print(
        f"inside the engine: {total_engine:.2f} s of {total_wall:.2f} s; llumi around it:"
        f" {around * 1000:.0f} ms = {100 * around / total_wall:.2f}% of the wall time (goal < 1%)"
    )
    print(
        f"tokens/s through llumi: {llumi_tps:.1f} ({llumi_tokens} tokens);"
        f" bare httpx baseline, same posts, same run: {raw_tps:.1f} ({raw_tokens} tokens);"
        f" ratio {llumi_tps / raw_tps if raw_tps else 0:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--drafts", type=int, default=6)
    parser.add_argument("--engine", choices=["openai", "ollama"], default="openai")
    args = parser.parse_args()
    binary, model = real_model_paths()
    if not binary.exists() or not model.exists():
        sys.exit(f"needs {binary} and {model}: run scripts/build-llama-server first")
    with tempfile.TemporaryDirectory() as logs:
        server = LlamaServer(binary, model, Path(logs)).start()
        try:
            asyncio.run(run(args.drafts, args.engine, server))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
