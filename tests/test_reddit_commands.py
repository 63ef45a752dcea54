"""Moderators' commands over Reddit private messages and modmail: the real praw against the Reddit
stand-in, the real Assistant and ModelClient against the Ollama stand-in. Answers go privately to
the moderator who asked; strangers get one polite refusal a day; nothing is ever written in public
or to the poster."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from adapters.reddit.client import PrawThread
from adapters.reddit.delivery import ModeratorDelivery
from tests.standins.ollama import OllamaStandIn
from tests.standins.reddit import RedditStandIn, praw_client
from tests.test_reddit_watch import (
    CRISIS,
    MOD,
    ORDINARY,
    SUB,
    Running,
    alerts,
    assert_nothing_public,
    build,
    community,
    until,
)
from tests.test_reddit_watch import crisis_gate_ready as _gate
from tests.test_reddit_watch import no_sleep as _no_sleep
from tests.test_reddit_watch import reddit as _reddit

crisis_gate_ready = _gate  # the same fixtures, under the names the tests use
no_sleep = _no_sleep
reddit = _reddit


def replies_to(standin: RedditStandIn, who: str) -> list[str]:
    return [m["text"] for m in standin.world.sent_private if m["to"] == who]


def link(item: object) -> str:
    return f"https://www.reddit.com/r/{SUB}/comments/{item.id}/some_title/"  # type: ignore[attr-defined]


async def test_a_moderator_gets_a_draft_privately(
    tmp_path: Path, reddit: RedditStandIn, ollama_standin: OllamaStandIn
) -> None:
    world = reddit.world
    post = world.add_submission(SUB, "New job", ORDINARY)
    assistant, adapter = build(tmp_path, reddit, ollama_standin)
    message = world.add_message(MOD, f"!draft {link(post)}")
    async with Running(adapter):
        await until(lambda: len(replies_to(reddit, MOD)) == 1 and not world.unread())
    [answer] = replies_to(reddit, MOD)
    assert "**Draft d-" in answer and "!rate d-" in answer
    assert ollama_standin.bodies("/api/chat")  # the model was asked
    [reply] = world.posted("/api/comment")
    assert reply.form["thing_id"] == message  # a reply to the moderator's own message
    read = world.posted("/api/read_message")
    assert read and read[-1].form["id"] == message
    # marked read only after the answer
    order = [r.path for r in world.requests]
    assert order.index("/api/comment/") < order.index("/api/read_message/")
    assert_nothing_public(reddit)

    # then the moderator rates it and tells llumi what they posted
    draft_id = answer.split("**Draft ", 1)[1].split("**", 1)[0]
    posted = world.add_comment(post, "Good luck Monday, you'll do great.", author=MOD)
    world.add_message(MOD, f"!rate {draft_id} 5 4 4 3 5")
    world.add_message(MOD, f"!used {draft_id} {link(post)}{posted.id}/")
    async with Running(adapter2 := build(tmp_path, reddit, ollama_standin)[1]):
        await until(lambda: len(replies_to(reddit, MOD)) == 3 and not world.unread())
    assert adapter2 is not adapter
    feedback = assistant.store.feedback()
    assert {f.used for f in feedback} == {False, True}
    used = next(f for f in feedback if f.used)
    assert used.final_text == "Good luck Monday, you'll do great."
    rated = next(f for f in feedback if not f.used)
    assert rated.scores["readability"] == 5 and rated.scores["actionability"] == 3


async def test_improve_quotes_the_post_safely_and_reaches_the_model(
    tmp_path: Path, reddit: RedditStandIn, ollama_standin: OllamaStandIn
) -> None:
    world = reddit.world
    post = world.add_submission(SUB, "# Big [click](http://evil.example) @everyone", ORDINARY)
    _, adapter = build(tmp_path, reddit, ollama_standin)
    world.add_message(
        MOD, f"!improve https://redd.it/{post.id}\nYou'll be fine.\nEveryone is nervous at first."
    )
    async with Running(adapter):
        await until(lambda: len(replies_to(reddit, MOD)) == 1 and not world.unread())
    [answer] = replies_to(reddit, MOD)
    assert "**Draft d-" in answer
    assert "You'll be fine." in answer  # the IM keeps the moderator's words
    assert "[click](http" not in answer and "\\# Big" in answer  # the title cannot inject Markdown
    [chat] = ollama_standin.drafts()
    assert "Everyone is nervous at first." in chat["messages"][-1]["content"]
    assert_nothing_public(reddit)


async def test_a_draft_request_on_an_unseen_crisis_post_escalates_once_and_drafts_nothing(
    tmp_path: Path, reddit: RedditStandIn, ollama_standin: OllamaStandIn
) -> None:
    world = reddit.world
    # a post older than the backfill: the watcher never screens it
    crisis = world.add_submission(SUB, "goodbye", CRISIS, age=3 * 86400)
    _, adapter = build(tmp_path, reddit, ollama_standin)
    world.add_message(MOD, f"!draft {link(crisis)}")
    world.add_message(MOD, f"!draft https://redd.it/{crisis.id}")
    async with Running(adapter):
        await until(lambda: len(replies_to(reddit, MOD)) == 2 and not world.unread())
        await asyncio.sleep(0.1)
    assert len(alerts(reddit)) == 1
    for answer in replies_to(reddit, MOD):
        assert "no AI draft" in answer and "988" in answer
    assert ollama_standin.bodies("/api/chat") == []  # the crisis text never went to the model
    assert_nothing_public(reddit)


async def test_a_stranger_is_refused_politely_once_a_day(
    tmp_path: Path, reddit: RedditStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    world = reddit.world
    post = world.add_submission(SUB, "New job", ORDINARY)
    _, adapter = build(tmp_path, reddit)
    world.add_message("stranger", f"!draft {link(post)} secret words")
    world.add_message("stranger", f"!draft {link(post)}")
    world.add_message("stranger", "!help")
    world.add_message("stranger", "!draft https://redd.it/zzzzzz")
    world.add_message("stranger", "just saying hi")
    async with Running(adapter):
        await until(lambda: not world.unread())
    [refusal] = replies_to(reddit, "stranger")
    assert "only the moderators" in refusal
    assert "secret words" not in caplog.text and post.id not in caplog.text
    assert not [r for r in world.requests if r.path.startswith("/comments/")]  # nothing looked up
    assert_nothing_public(reddit)


async def test_a_moderator_of_one_community_cannot_ask_about_another(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    post = world.add_submission(SUB, "New job", ORDINARY)
    communities = [community(), community(name="calm", subreddit="calm_corner")]
    _, adapter = build(tmp_path, reddit, communities=communities)
    world.add_message("mod_bob", f"!draft {link(post)}")
    world.add_message("mod_bob", f"!draft {link(post)}")
    async with Running(adapter):
        await until(lambda: len(replies_to(reddit, "mod_bob")) == 2 and not world.unread())
    for answer in replies_to(reddit, "mod_bob"):
        assert answer == f"Sorry: only moderators of r/{SUB} can ask about its posts."
    assert_nothing_public(reddit)


async def test_commands_answer_clearly_when_something_is_wrong(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    world.add_subreddit("elsewhere", {MOD: ["all"]})
    gone = world.add_submission(SUB, "deleted soon", ORDINARY)
    removed = world.add_submission(SUB, "removed soon", ORDINARY)
    other = world.add_submission("elsewhere", "other", ORDINARY)
    world.delete(gone)
    world.delete(removed, how="moderator")
    _, adapter = build(tmp_path, reddit)
    commands = [
        "!draft https://example.com/not-reddit",
        f"!draft {link(gone)}",
        f"!screen {link(removed)}",
        f"!draft https://www.reddit.com/r/elsewhere/comments/{other.id}/x/",
        f"!draft https://www.reddit.com/r/{SUB}/comments/zzzzzz/x/",
        f"!draft https://www.reddit.com/r/{SUB}/s/NoSuchCode1",
        "!rate d-unknown 1 2 3 4 5",
        "!bogus",
    ]
    for text in commands:
        world.add_message(MOD, text)
    async with Running(adapter):
        await until(lambda: len(replies_to(reddit, MOD)) == len(commands) and not world.unread())
    answers = replies_to(reddit, MOD)
    expected = [
        "not a Reddit link",
        "deleted by its author",
        "removed",
        "not a community llumi serves",
        "does not exist",
        "share link could not be resolved",
        "no draft `d-unknown`",
        "unknown command",
    ]
    for answer, needle in zip(answers, expected, strict=True):
        assert needle in answer
        assert "\n" not in answer.strip()  # one clear line
    assert_nothing_public(reddit)


async def test_share_links_are_resolved_through_the_redirect(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    post = world.add_submission(SUB, "New job", ORDINARY)
    world.share_links["AbCdEf123"] = f"/r/{SUB}/comments/{post.id}/new_job/"
    _, adapter = build(tmp_path, reddit)
    world.add_message(MOD, f"!screen reddit.com/r/{SUB}/s/AbCdEf123")
    async with Running(adapter):
        await until(lambda: replies_to(reddit, MOD) != [])
    [answer] = replies_to(reddit, MOD)
    assert "Level: none" in answer and post.id in answer


def modmail_polls(reddit: RedditStandIn) -> int:
    """How often the bot has listed modmail conversations (its first listing is its watermark)."""
    with reddit.world.lock:
        return sum(
            1
            for r in reddit.world.requests
            if r.method == "GET" and r.path.rstrip("/") == "/api/mod/conversations"
        )


async def test_a_modmail_command_is_answered_with_an_internal_note(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    post = world.add_submission(SUB, "New job", ORDINARY)
    _, adapter = build(tmp_path, reddit)
    async with Running(adapter):
        await until(lambda: modmail_polls(reddit) >= 2)  # the first poll set the watermark
        conversation = world.add_modmail(SUB, MOD, f"!screen {link(post)}")
        await until(lambda: len(world.conversations[conversation].messages) == 2)
        await asyncio.sleep(0.2)
    conv = world.conversations[conversation]
    assert len(conv.messages) == 2  # answered once
    note = conv.messages[1]
    assert note["isInternal"] is True and note["author"]["name"] == "llumi_bot"
    assert "Level: none" in note["bodyMarkdown"]
    [reply] = world.posted(f"/api/mod/conversations/{conversation}")
    assert reply.form["isInternal"] == "True"
    assert_nothing_public(reddit)


async def test_a_modmail_command_about_another_community_is_answered_privately(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    """A moderator of both asks in calm_corner's modmail about a depression_help post: the answer
    (level, signals, title) goes to the asker alone, never into calm_corner's modmail."""
    world = reddit.world
    world.moderators["calm_corner"][MOD] = ["all"]
    post = world.add_submission(SUB, "Secret title", CRISIS)
    other = community(name="calm", subreddit="calm_corner")
    _, adapter = build(tmp_path, reddit, communities=[community(), other])
    async with Running(adapter):
        await until(lambda: modmail_polls(reddit) >= 2)  # the first poll set the watermark
        conversation = world.add_modmail("calm_corner", MOD, f"!screen {link(post)}")
        await until(lambda: replies_to(reddit, MOD) != [])
        await asyncio.sleep(0.2)
    [answer] = replies_to(reddit, MOD)
    assert "Secret title" in answer and "Level:" in answer
    assert len(world.conversations[conversation].messages) == 1  # nothing written there
    assert world.posted(f"/api/mod/conversations/{conversation}") == []


async def test_a_crash_mid_answer_still_answers_once_after_restart(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    pending = world.add_message(MOD, "!help")
    answered = world.add_message(MOD, "!help")
    assistant, adapter = build(tmp_path, reddit)
    # the previous process recorded both intents; it sent the second answer but died before
    # marking it read
    assistant.store.journal_begin(f"reddit:pm:{pending}", "reddit-command", {})
    assistant.store.journal_begin(f"reddit:pm:{answered}", "reddit-command", {})
    assistant.store.journal_done(f"reddit:pm:{answered}")
    async with Running(adapter):
        await until(lambda: not world.unread())
    [answer] = replies_to(reddit, MOD)
    assert "llumi commands" in answer
    [reply] = world.posted("/api/comment")
    assert reply.form["thing_id"] == pending


async def test_a_long_answer_goes_in_numbered_parts_within_the_limit(
    reddit: RedditStandIn,
) -> None:
    world = reddit.world
    message = world.add_message(MOD, "!help")
    client = praw_client(reddit)
    [item] = list(client.inbox.unread())
    runner = PrawThread()
    mail = ModeratorDelivery(client, runner)
    text = "\n\n".join(f"Paragraph {i}: " + "words of support " * 40 for i in range(60))
    assert len(text) > 25_000
    await mail.answer_message(item, text)
    runner.close()
    sent = world.posted("/api/comment")
    assert len(sent) >= 3
    assert all(r.form["thing_id"] == message for r in sent)
    bodies = [r.form["text"] for r in sent]
    assert all(len(body) <= 10_000 for body in bodies)
    assert [body.split(" ", 1)[0] for body in bodies] == [
        f"({i}/{len(bodies)})" for i in range(1, len(bodies) + 1)
    ]


async def test_a_digest_goes_to_modmail_as_one_conversation_in_numbered_parts(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    """The first part opens a modmail conversation with the team; the next parts (the sweep
    passes back the reference the first returned) are moderators-only notes in it."""
    _, adapter = build(tmp_path, reddit)
    thread = await adapter.send_digest("dh", ["(1/2) first part"])
    again = await adapter.send_digest("dh", ["(2/2) second part"], thread=thread)
    adapter.runner.close()
    assert thread is not None and thread.startswith("modmail:") and again == thread
    digests = [r for r in reddit.world.posted("/api/compose") if "digest" in r.form["subject"]]
    assert [(r.form["to"], r.form["text"]) for r in digests] == [(f"#{SUB}", "(1/2) first part")]
    [conversation] = [c for c in reddit.world.modmail_from_bot(SUB) if "digest" in c.subject]
    assert [m["bodyMarkdown"] for m in conversation.messages] == [
        "(1/2) first part",
        "(2/2) second part",
    ]
    assert conversation.messages[1]["isInternal"] is True
    assert_nothing_public(reddit)


async def test_unanswered_posts_for_the_sweep(tmp_path: Path, reddit: RedditStandIn) -> None:
    from datetime import UTC, datetime, timedelta

    world = reddit.world
    hour = 3600.0
    too_old = world.add_submission(SUB, "old", ORDINARY, author="op8", age=60 * hour)
    lonely = world.add_submission(SUB, "lonely", ORDINARY, author="op1", age=5 * hour)
    automod = world.add_submission(SUB, "automod", ORDINARY, author="op3", age=4.5 * hour)
    self_only = world.add_submission(SUB, "self", ORDINARY, author="op2", age=4 * hour)
    world.add_comment(self_only, "bump", author="op2")
    bot_note = world.add_comment(automod, "Welcome!", author="AutoModerator")
    world.add_comment(bot_note, "thanks", author="op3")
    answered = world.add_submission(SUB, "answered", ORDINARY, author="op4", age=3 * hour)
    first = world.add_comment(answered, "first", author="op4")
    world.add_comment(first, "a deep answer", author="helper")  # at depth 2
    locked = world.add_submission(SUB, "locked", ORDINARY, author="op5", age=3 * hour)
    locked.locked = True
    removed = world.add_submission(SUB, "removed", ORDINARY, author="op6", age=3 * hour)
    world.delete(removed, how="moderator")
    too_new = world.add_submission(SUB, "new", ORDINARY, author="op7", age=0.5 * hour)
    _, adapter = build(tmp_path, reddit)
    now = datetime.now(UTC)
    found = await adapter.list_unanswered(
        "dh", older_than=now - timedelta(hours=2), newer_than=now - timedelta(hours=48), limit=10
    )
    adapter.runner.close()
    assert [p.key for p in found] == [
        f"reddit:{lonely.fullname}",
        f"reddit:{automod.fullname}",
        f"reddit:{self_only.fullname}",
    ]
    assert found[0].url.endswith(f"/comments/{lonely.id}/lonely/")
    assert found[0].community == "dh" and found[0].platform == "reddit"
    assert found[0].created_at is not None and found[0].created_at.tzinfo is not None
    assert too_new and too_old  # outside the window
    _ = community


async def test_two_moderators_are_answered_side_by_side_and_each_in_order(
    tmp_path: Path, reddit: RedditStandIn, ollama_standin: OllamaStandIn
) -> None:
    """A slow draft for one moderator does not hold up another's; one moderator's own commands
    are still answered in the order sent."""
    world = reddit.world
    world.moderators[SUB.lower()]["mod_carol"] = ["all"]
    first = world.add_submission(SUB, "New job", ORDINARY)
    second = world.add_submission(SUB, "Moving out", "Moving out next week and I feel lost.")
    ollama_standin.delay = 0.6
    _, adapter = build(tmp_path, reddit, ollama_standin)
    world.add_message(MOD, f"!draft {link(first)}")
    world.add_message(MOD, "!help")
    world.add_message("mod_carol", f"!draft {link(second)}")
    async with Running(adapter):
        await until(lambda: len(replies_to(reddit, MOD)) == 2 and not world.unread())
        await until(lambda: len(replies_to(reddit, "mod_carol")) == 1)
    assert ollama_standin.max_in_flight == 2  # both drafts were generated at once
    draft, help_text = replies_to(reddit, MOD)
    assert "**Draft d-" in draft and "!draft" in help_text  # alice's answers in her order
    assert "**Draft d-" in replies_to(reddit, "mod_carol")[0]
    assert_nothing_public(reddit)
