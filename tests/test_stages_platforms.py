"""The model stages end to end on the Reddit and Discord paths: the real praw and discord.py
against their stand-ins, the real ollama client against the Ollama stand-in. A draft the safety
judge flags reaches the helper as withheld, naming the kind and the sentence; a post the lexicon
lets pass and the model's second opinion raises reaches the moderators as an alert."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.discord_harness import POSTER, SUPPORT, local_only, running  # noqa: F401
from tests.standins.discord_gateway import DiscordStandin
from tests.standins.ollama import OllamaStandIn
from tests.standins.reddit import RedditStandIn
from tests.test_discord_commands import EPHEMERAL, LONELY, draft_by_helper
from tests.test_reddit_commands import link, replies_to
from tests.test_reddit_watch import (
    MOD,
    ORDINARY,
    SUB,
    Running,
    alerts,
    assert_nothing_public,
    build,
    until,
)
from tests.test_reddit_watch import crisis_gate_ready as _gate
from tests.test_reddit_watch import no_sleep as _no_sleep
from tests.test_reddit_watch import reddit as _reddit
from tests.test_safety_judge import FLAG, FLAGGED_SENTENCE, SUBTLE, judge_says
from tests.test_second_opinion import QUIET, QUOTE, reader_says

crisis_gate_ready = _gate  # the same fixtures, under the names the tests use
no_sleep = _no_sleep
reddit = _reddit


async def test_reddit_a_draft_the_judge_flags_reaches_the_moderator_as_withheld(
    tmp_path: Path, reddit: RedditStandIn, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.reply = lambda body: SUBTLE
    ollama_standin.json_reply = judge_says(FLAG)
    world = reddit.world
    post = world.add_submission(SUB, "New job", ORDINARY)
    _, adapter = build(tmp_path, reddit, ollama_standin)
    world.add_message(MOD, f"!draft {link(post)}")
    async with Running(adapter):
        await until(lambda: len(replies_to(reddit, MOD)) == 1 and not world.unread())
    [answer] = replies_to(reddit, MOD)
    assert "discouraging help" in answer and "on your own before bringing anyone" in answer
    assert "That sounds so heavy" not in answer  # the draft itself is not shown
    assert len(ollama_standin.stage_bodies("judge")) == 2
    assert_nothing_public(reddit)


async def test_reddit_the_second_opinion_raises_a_post_the_lexicon_let_pass(
    tmp_path: Path, reddit: RedditStandIn, ollama_standin: OllamaStandIn
) -> None:
    ollama_standin.json_reply = reader_says("high")
    world = reddit.world
    world.add_submission(SUB, "Sorted things out", QUIET)
    assistant, adapter = build(tmp_path, reddit, ollama_standin)
    async with Running(adapter):
        await until(lambda: len(alerts(reddit)) == 1)
        await assistant.settle()
    [conversation] = alerts(reddit)
    text = conversation.messages[0]["bodyMarkdown"]
    assert "high" in text and "second_opinion" in text and "quiet soon" in text
    assert ollama_standin.drafts() == []
    assert_nothing_public(reddit)


pytestmark_discord = pytest.mark.usefixtures("local_only")


@pytestmark_discord
async def test_discord_a_draft_the_judge_flags_reaches_the_helper_as_withheld(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    ollama_standin.reply = lambda body: SUBTLE
    ollama_standin.json_reply = judge_says(FLAG)
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        post = await discord_standin.post_message(SUPPORT, POSTER, LONELY)
        payload = draft_by_helper(discord_standin, post)
        await bot.interact(payload)
        (followup,) = await bot.followups(payload)
    assert followup.json["flags"] == EPHEMERAL
    content = followup.json["content"]
    assert "discouraging help" in content and FLAGGED_SENTENCE.split(" on ")[0] in content
    assert "That sounds so heavy" not in content


@pytestmark_discord
async def test_discord_the_second_opinion_alerts_the_moderators(
    discord_standin: DiscordStandin, ollama_standin: OllamaStandIn, tmp_path: Path
) -> None:
    ollama_standin.json_reply = reader_says("high")
    async with running(discord_standin, ollama_standin, tmp_path) as bot:
        await discord_standin.post_message(SUPPORT, POSTER, QUIET)
        await until(lambda: len(bot.moderator_posts()) == 1)
        (alert,) = bot.moderator_posts()
    text = str(alert.json)
    assert "high" in text and "quiet soon" in text and QUOTE.split()[0] in text
    assert ollama_standin.drafts() == []
