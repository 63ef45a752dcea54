"""The Reddit stand-in answers in the shapes of Reddit's real recorded answers (PRAW's own
cassettes in shared/data/reddit-cassettes), so the adapter's tests exercise real formats."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.standins.reddit import BOT, RedditStandIn, praw_client


def cassette(shared_data: Path, name: str) -> list[dict[str, Any]]:
    path = shared_data / "reddit-cassettes" / f"{name}.json"
    return json.loads(path.read_text("utf-8"))["interactions"]


def answer(interaction: dict[str, Any]) -> Any:
    return json.loads(interaction["response"]["body"]["string"])


@pytest.fixture
def standin() -> Iterator[RedditStandIn]:
    with RedditStandIn() as running:
        world = running.world
        world.add_subreddit("support", {"mod_a": ["mail"]})
        post = world.add_submission("support", "Title", "Body")
        world.add_comment(post, "A reply")
        world.add_message("mod_a", "!help")
        world.add_modmail("support", "a_user", "hello")  # a user writes to the moderators
        yield running


def get(standin: RedditStandIn, path: str, **params: str) -> Any:
    response = requests.get(f"{standin.url}{path}", params=params, timeout=5)
    assert response.headers["Content-Type"].startswith("application/json")
    return response.json()


def test_listings_and_things_have_reddits_shape(shared_data: Path, standin: RedditStandIn) -> None:
    real = answer(cassette(shared_data, "TestInbox.test_unread")[1])
    ours = get(standin, "/message/unread/", mark="False", limit="64")
    assert set(ours) == set(real) == {"kind", "data"}
    assert set(ours["data"]) == set(real["data"])
    real_t4 = next(c for c in real["data"]["children"] if c["kind"] == "t4")["data"]
    assert set(ours["data"]["children"][0]["data"]) == set(real_t4)

    real_new = answer(cassette(shared_data, "TestSubredditListings.test_new")[1])
    ours_new = get(standin, "/r/support/new", limit="100")
    assert ours_new["kind"] == real_new["kind"] == "Listing"
    real_t3 = real_new["data"]["children"][0]
    ours_t3 = ours_new["data"]["children"][0]
    assert ours_t3["kind"] == real_t3["kind"] == "t3"
    needed = {"id", "name", "title", "selftext", "author", "subreddit", "created_utc", "permalink"}
    assert needed <= set(real_t3["data"]) and needed <= set(ours_t3["data"])

    real_tree = answer(cassette(shared_data, "TestSubmission.test_comments")[1])
    post_id = ours_t3["data"]["id"]
    ours_tree = get(standin, f"/comments/{post_id}/", sort="confidence", limit="2048")
    assert [x["kind"] for x in ours_tree] == [x["kind"] for x in real_tree] == ["Listing"] * 2
    real_t1 = real_tree[1]["data"]["children"][0]["data"]
    ours_t1 = ours_tree[1]["data"]["children"][0]["data"]
    assert {"body", "link_id", "parent_id", "author", "replies"} <= set(real_t1) & set(ours_t1)


def test_modmail_moderators_and_writes_have_reddits_shape(
    shared_data: Path, standin: RedditStandIn
) -> None:
    real = answer(cassette(shared_data, "TestSubredditModmail.test_conversations")[1])
    ours = get(standin, "/api/mod/conversations/", limit="100")
    assert set(ours) == set(real)
    real_conv = next(iter(real["conversations"].values()))
    ours_conv = next(iter(ours["conversations"].values()))
    assert set(ours_conv) <= set(real_conv) | {"participant"}
    real_msg = next(iter(real["messages"].values()))
    assert set(next(iter(ours["messages"].values()))) == set(real_msg)

    real_full = answer(cassette(shared_data, "TestSubredditModmail.test_call")[1])
    ours_full = get(standin, f"/api/mod/conversations/{ours_conv['id']}")
    assert {"conversation", "messages", "modActions"} <= set(real_full) & set(ours_full)

    real_mods = answer(cassette(shared_data, "TestSubredditRelationships.test_moderator")[2])
    ours_mods = get(standin, "/r/support/about/moderators/")
    assert ours_mods["kind"] == real_mods["kind"] == "UserList"
    assert set(ours_mods["data"]["children"][0]) == set(real_mods["data"]["children"][0])

    real_compose = answer(cassette(shared_data, "TestSubreddit.test_message")[1])
    response = requests.post(
        f"{standin.url}/api/compose/",
        data={"api_type": "json", "subject": "s", "text": "t", "to": "#support"},
        timeout=5,
    )
    assert response.json() == real_compose == {"json": {"errors": []}}

    real_token = answer(cassette(shared_data, "TestComment.test_reply")[0])
    ours_token = requests.post(f"{standin.url}/api/v1/access_token", timeout=5).json()
    assert set(ours_token) == set(real_token)


def test_praw_sends_what_the_recordings_show(shared_data: Path, standin: RedditStandIn) -> None:
    """The same PRAW calls hit the same paths and parameters as in the recordings."""
    reddit = praw_client(standin)
    [item] = list(reddit.inbox.unread(limit=64))
    reddit.inbox.mark_read([item])
    reddit.subreddit("support").message(subject="Test", message="Body")
    [conversation] = [
        c
        for c in reddit.subreddit("support").modmail.conversations(state="mod", limit=100)
        if c.subject == "Test"
    ]
    reddit.subreddit("support").modmail(conversation.id).reply(body="A message")
    recorded = {(r.method, r.path) for r in standin.world.requests}
    for name, index in [
        ("TestInbox.test_unread", 1),
        ("TestInbox.test_mark_read", 2),
        ("TestSubreddit.test_message", 1),
        ("TestSubredditModmail.test_conversations", 1),
    ]:
        request = cassette(shared_data, name)[index]["request"]
        path = request["uri"].split("oauth.reddit.com", 1)[1].split("?", 1)[0]
        assert (request["method"], path) in recorded, name
    [unread] = [r for r in standin.world.requests if r.path == "/message/unread/"]
    assert unread.query["mark"] == "False"
    [compose] = standin.world.posted("/api/compose/")
    assert compose.form["to"] == "#support"  # the moderator team, as in the recording
    assert standin.world.unread() == []
    assert item.author.name == "mod_a" and BOT != "mod_a"
