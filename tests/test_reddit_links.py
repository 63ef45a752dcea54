"""Every link form moderators paste, and every command, parsed (or refused with a clear line)."""

from __future__ import annotations

import pytest

from adapters.reddit.parsing import CommandError, PostLink, parse_command, parse_link

POST = PostLink(subreddit="depression_help", submission_id="1abc2d")
COMMENT = PostLink(subreddit="depression_help", submission_id="1abc2d", comment_id="kx9z8y")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://www.reddit.com/r/depression_help/comments/1abc2d/some_title/", POST),
        ("https://reddit.com/r/depression_help/comments/1abc2d", POST),
        ("reddit.com/r/depression_help/comments/1abc2d/", POST),
        ("www.reddit.com/r/depression_help/comments/1abc2d/some_title", POST),
        ("https://old.reddit.com/r/depression_help/comments/1abc2d/some_title/", POST),
        ("http://np.reddit.com/r/depression_help/comments/1abc2d/x/", POST),
        ("https://new.reddit.com/r/depression_help/comments/1abc2d/x/?utm_source=share", POST),
        ("https://www.reddit.com/r/depression_help/comments/1abc2d/?context=3#frag", POST),
        ("https://www.reddit.com/r/depression_help/comments/1ABC2D/Some_Title/", POST),
        ("<https://www.reddit.com/r/depression_help/comments/1abc2d/t/>", POST),
        ("[the post](https://www.reddit.com/r/depression_help/comments/1abc2d/t/)", POST),
        ("https://www.reddit.com/r/depression_help/comments/1abc2d/some_title/kx9z8y/", COMMENT),
        ("https://old.reddit.com/r/depression_help/comments/1abc2d/t/kx9z8y?context=3", COMMENT),
        ("https://redd.it/1abc2d", PostLink(submission_id="1abc2d")),
        ("redd.it/1abc2d/", PostLink(submission_id="1abc2d")),
        ("https://www.reddit.com/comments/1abc2d/", PostLink(submission_id="1abc2d")),
        (
            "https://www.reddit.com/r/depression_help/s/AbC123xYz",
            PostLink(subreddit="depression_help", share_code="AbC123xYz"),
        ),
        (
            "reddit.com/r/depression_help/s/AbC123xYz/?share_id=q",
            PostLink(subreddit="depression_help", share_code="AbC123xYz"),
        ),
    ],
)
def test_every_link_form_is_understood(raw: str, expected: PostLink) -> None:
    assert parse_link(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "hello",
        "https://example.com/r/depression_help/comments/1abc2d/",
        "https://www.reddit.com/r/depression_help/",
        "https://www.reddit.com/user/someone/",
        "https://redd.it/",
        "https://www.reddit.com.evil.example/r/x/comments/1abc2d/",
        "javascript:alert(1)",
    ],
)
def test_anything_else_is_a_clear_error(raw: str) -> None:
    with pytest.raises(CommandError) as info:
        parse_link(raw)
    assert "\n" not in str(info.value)


def test_commands_parse() -> None:
    draft = parse_command("!draft https://redd.it/1abc2d")
    assert draft.name == "draft" and draft.link == PostLink(submission_id="1abc2d")
    improve = parse_command("!Improve redd.it/1abc2d\nI hear you.\n\nYou are not alone.")
    assert improve.name == "improve"
    assert improve.reply_text == "I hear you.\n\nYou are not alone."
    rate = parse_command("!rate d-12ab 5 4 3 2 1")
    assert rate.draft_id == "d-12ab" and rate.scores == (5, 4, 3, 2, 1)
    used = parse_command("!used d-12ab https://www.reddit.com/r/a_b/comments/1abc2d/t/kx9z8y/")
    assert used.link is not None and used.link.comment_id == "kx9z8y"
    assert parse_command("  !help  ").name == "help"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("!draft", "usage"),
        ("!draft not-a-link", "not a Reddit link"),
        ("!improve https://redd.it/1abc2d", "reply on the lines after"),
        ("!rate d-1 5 4 3", "five scores"),
        ("!rate d-1 5 4 3 2 9", "1-5"),
        ("!rate d-1 5 4 3 2 x", "1-5"),
        ("!used d-1", "usage"),
        ("!frobnicate", "unknown command"),
        ("!rate ../../etc 1 2 3 4 5", "not a draft id"),
    ],
)
def test_malformed_commands_say_what_is_wrong(text: str, needle: str) -> None:
    with pytest.raises(CommandError, match=needle):
        parse_command(text)


def test_the_client_is_built_with_both_urls_or_neither_and_never_asks_pypi() -> None:
    from dataclasses import replace

    from adapters.reddit.client import build_reddit
    from adapters.reddit.config import RedditCredentials
    from bot.config import ConfigError

    creds = RedditCredentials("id", "secret", "bot", "pw", "llumi tests")
    default = build_reddit(creds)
    assert default.config.oauth_url == "https://oauth.reddit.com"
    assert default.config.reddit_url == "https://www.reddit.com"
    assert default.config.check_for_updates is False
    local = build_reddit(
        replace(creds, oauth_url="http://127.0.0.1:1", reddit_url="http://127.0.0.1:1")
    )
    assert local.config.oauth_url == local.config.reddit_url == "http://127.0.0.1:1"
    with pytest.raises(ConfigError, match="both"):
        build_reddit(replace(creds, oauth_url="http://127.0.0.1:1"))
