"""Moderators' verdicts on the crisis gate over Reddit: `!verdict` and `!missed` in private
messages and modmail, with the real praw against the Reddit stand-in. Only moderators of the
alert's (or the post's) subreddit may judge it; answers are private."""

from __future__ import annotations

import asyncio
from pathlib import Path

from adapters.reddit.commands import REFUSAL
from tests.standins.reddit import RedditStandIn
from tests.test_reddit_commands import link, replies_to
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

crisis_gate_ready = _gate
no_sleep = _no_sleep
reddit = _reddit


async def test_moderators_judge_alerts_and_report_misses_privately(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    crisis = world.add_submission(SUB, "goodbye", CRISIS)
    ordinary = world.add_submission(SUB, "New job", ORDINARY)
    communities = [community(), community(name="calm", subreddit="calm_corner")]
    assistant, adapter = build(tmp_path, reddit, communities=communities)
    async with Running(adapter):
        await until(lambda: len(alerts(reddit)) == 1)
        alert = assistant.store.alert_for_post(f"reddit:t3_{crisis.id}")
        assert alert is not None
        assert f"!verdict {alert.id}" in alerts(reddit)[0].messages[0]["bodyMarkdown"]

        world.add_message(MOD, f"!verdict {alert.id} wrong")
        world.add_message(MOD, f"!missed {link(ordinary)} high")
        world.add_message(MOD, f"!verdict {alert.id} maybe")
        world.add_message(MOD, "!verdict a-0000000000 right")
        world.add_message("mod_bob", f"!verdict {alert.id} right")  # moderates another community
        world.add_message("mod_bob", f"!missed {link(ordinary)} imminent")
        world.add_message("stranger", f"!verdict {alert.id} right")
        await until(
            lambda: (
                len(replies_to(reddit, MOD)) == 4
                and len(replies_to(reddit, "mod_bob")) == 2
                and not world.unread()
            )
        )
    wrong, missed, bad_word, unknown = replies_to(reddit, MOD)
    assert (
        wrong
        == f"Thank you: your verdict on alert {alert.id} (imminent) is recorded: not a crisis."
    )
    assert missed == "Thank you: recorded as a missed high post (the gate said none)."
    assert bad_word.startswith("Sorry: usage: `!verdict <alert id> right|wrong|<level>`")
    assert unknown == "Sorry: there is no alert `a-0000000000`."
    bob_verdict, bob_missed = replies_to(reddit, "mod_bob")
    assert bob_verdict == f"Sorry: only moderators of r/{SUB} can judge its alerts."
    assert bob_missed == f"Sorry: only moderators of r/{SUB} can ask about its posts."
    assert replies_to(reddit, "stranger") == [REFUSAL]

    stored = {v.post_key: v for v in assistant.store.verdicts()}
    assert len(stored) == 2  # the refused verdicts left nothing behind
    judged = stored[alert.post_key]
    assert (judged.kind, judged.gate_level.label, judged.people_level.label) == (
        "wrong",
        "imminent",
        "none",
    )
    assert judged.moderator == f"reddit:{MOD}" and judged.author == alert.author
    screening = assistant.store.get_screening(alert.post_key)
    assert screening is not None and judged.lexicon_version == screening.lexicon_version
    assert judged.rules_version == assistant.gate_for("dh").version
    assert judged.post_text is not None and CRISIS in judged.post_text  # disputed: kept
    reported = stored[f"reddit:t3_{ordinary.id}"]
    assert (reported.kind, reported.gate_level.label, reported.people_level.label) == (
        "missed",
        "none",
        "high",
    )
    assert_nothing_public(reddit)


async def test_a_verdict_in_modmail_is_answered_with_an_internal_note_and_replaces_the_last(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    crisis = world.add_submission(SUB, "goodbye", CRISIS)
    assistant, adapter = build(tmp_path, reddit)
    async with Running(adapter):
        await until(lambda: len(alerts(reddit)) == 1)
        alert = assistant.store.alert_for_post(f"reddit:t3_{crisis.id}")
        assert alert is not None
        conversation = world.add_modmail(SUB, MOD, f"!verdict {alert.id} high")
        await until(lambda: len(world.conversations[conversation].messages) == 2)
        await asyncio.sleep(0.1)
        world.add_message(MOD, f"!verdict {alert.id} right")
        await until(lambda: len(replies_to(reddit, MOD)) == 1 and not world.unread())
    note = world.conversations[conversation].messages[1]
    assert note["isInternal"] is True
    assert "should have been high" in note["bodyMarkdown"]
    (verdict,) = assistant.store.verdicts()  # one per post and moderator: the later one stands
    assert verdict.kind == "right" and verdict.people_level == alert.level
    assert verdict.post_text is None  # the right call: no text kept
    assert_nothing_public(reddit)


async def test_help_lists_the_verdict_commands(tmp_path: Path, reddit: RedditStandIn) -> None:
    world = reddit.world
    _, adapter = build(tmp_path, reddit)
    world.add_message(MOD, "!help")
    async with Running(adapter):
        await until(lambda: len(replies_to(reddit, MOD)) == 1 and not world.unread())
    (answer,) = replies_to(reddit, MOD)
    assert "`!verdict <alert id> right|wrong|<level>`" in answer
    assert "`!missed <link> <level>`" in answer
