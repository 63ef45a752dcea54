"""End to end as `llumi run` does it: the sweep schedule inside a running Discord adapter (the real
discord.py client against the gateway/REST stand-in), the real Assistant and ModelClient against
the Ollama stand-in. A run missed while the bot was down runs at start; the digest reaches the
moderator channel in numbered parts within Discord's 2,000 characters, crisis first."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.config import SweepConfig
from bot.sweeps.scheduler import last_run, record_run, run_sweep_schedule
from tests.discord_harness import (
    HELPER,
    POSTER,
    SUPPORT,
    community,
    eventually,
    populate,
    running,
)
from tests.standins.discord_gateway import DiscordStandin
from tests.standins.ollama import OllamaStandIn, default_reply
from tests.test_sweep_support import CRISIS, ORDINARY


async def test_the_scheduled_sweep_delivers_a_digest_to_the_moderator_channel(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    populate(discord_standin)
    now = datetime.now(UTC)
    ollama_standin.reply = lambda body: default_reply(body) + " We are here with you." * 25
    post = discord_standin.make_message
    unanswered = [
        post(SUPPORT, POSTER, ORDINARY[i % 4], when=now - timedelta(hours=20 - i)) for i in range(8)
    ]
    crisis = post(SUPPORT, POSTER, CRISIS[1], when=now - timedelta(hours=3))
    answered = post(SUPPORT, POSTER, ORDINARY[0], when=now - timedelta(hours=6))
    post(SUPPORT, HELPER, "welcome!", when=now - timedelta(hours=5), reply_to=int(answered["id"]))

    sweep = SweepConfig(every=timedelta(minutes=30))
    chosen = community(sweep=sweep, concern="digest")
    async with running(discord_standin, ollama_standin, tmp_path, communities=[chosen]) as bot:
        record_run(bot.store, chosen.name, now - timedelta(minutes=40))  # missed one run
        stop = asyncio.Event()
        schedule = asyncio.create_task(
            run_sweep_schedule(bot.assistant, {"discord": bot.adapter}, [chosen], stop)
        )
        await eventually(lambda: (last_run(bot.store, chosen.name) or now) > now, timeout=30)
        stop.set()
        await asyncio.wait_for(schedule, 10)

        texts = [str(call.json.get("content", "")) for call in bot.moderator_posts()]
        digest = [t for t in texts if "llumi digest" in t or re.match(r"\(\d+/\d+\)", t)]
        assert len(digest) >= 2 and all(len(t) <= 2000 for t in digest)
        joined = "\n".join(digest)
        ids = [m["id"] for m in unanswered]
        shown = re.findall(rf"/{SUPPORT}/(\d+)", joined)
        assert shown == [crisis["id"], *ids]  # crisis first, then oldest first; each once
        assert answered["id"] not in joined
        alerts = [t for t in texts if crisis["id"] in t and t not in digest]
        assert alerts  # escalated on its own, before the digest
        assert texts.index(alerts[0]) < texts.index(digest[0])
