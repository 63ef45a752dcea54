from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import (
    ConfigError,
    Settings,
    check_model_url,
    check_platforms,
    load_communities,
    parse_duration,
)
from policies.levels import Level

EXAMPLE = Path(__file__).parent.parent / "examples" / "communities.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "communities.toml"
    path.write_text(text, "utf-8")
    return path


def test_example_file_parses_in_full() -> None:
    reddit, discord = load_communities(EXAMPLE)
    assert reddit.platform == "reddit" and reddit.subreddit == "depression_help"
    assert reddit.concern == "digest"
    assert reddit.sweep is not None and reddit.sweep.every == timedelta(minutes=30)
    assert reddit.sweep.max_age == timedelta(hours=48)
    assert reddit.policy.extra_phrases[Level.HIGH] == ("catch the bus",)
    assert reddit.crisis_lines()[0].phone == "988"
    assert discord.platform == "discord" and discord.crisis_role == 456789012345678901
    assert discord.concern == "alert"  # no sweep: the default is an alert
    assert discord.crisis_lines()[0].name == "Samaritans"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("30s", 30), ("30m", 1800), ("2h", 7200), ("1d", 86400), (" 1.5h ", 5400)],
)
def test_durations(value: str, expected: int) -> None:
    assert parse_duration(value) == timedelta(seconds=expected)


@pytest.mark.parametrize("value", ["30", "3w", "", "h2", "-1h"])
def test_bad_durations(value: str) -> None:
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration(value)


BASE = '[[community]]\nname = "x"\nplatform = "reddit"\nsubreddit = "x_y"\nlocale = "en-US"\n'


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('colour = "blue"\n', "key colour: unknown key"),
        ('watch = "comments"\n', "key watch: expected a list"),
        ('concern = "digest"\n', 'key concern: "digest" needs a [community.sweep]'),
        ('concern = "maybe"\n', "key concern: expected"),
        ("backfill = 24\n", "key backfill"),
        ('[community.sweep]\nevery = "30m"\ncron = "0 * * * *"\n', "key sweep.every: give exactly"),
        ('[community.sweep]\nevery = "30m"\ntimezone = "Mars/Base"\n', "key sweep.timezone"),
        ('[community.sweep]\ncron = "61 * * * *"\n', "key sweep.cron: '61 * * * *'"),
        ('[community.sweep]\ncron = "0 * * *"\n', "key sweep.cron"),
        ('[community.policy]\nextra_phrases = { severe = ["x"] }\n', "extra_phrases.severe"),
        ("[community.policy]\ndraft_on_high = 1\n", "key policy.draft_on_high"),
    ],
)
def test_errors_name_file_community_and_key(tmp_path: Path, extra: str, message: str) -> None:
    path = write(tmp_path, BASE + extra)
    with pytest.raises(ConfigError) as caught:
        load_communities(path)
    text = str(caught.value)
    assert str(path) in text and "community 'x'" in text and message in text
    assert "\n" not in text


def test_missing_required_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[[community]]\nname = "x"\nplatform = "discord"\nlocale = "en-US"\n')
    with pytest.raises(ConfigError, match="key guild_id: missing"):
        load_communities(path)


def test_unknown_locale_names_the_known_ones(tmp_path: Path) -> None:
    path = write(tmp_path, BASE.replace("en-US", "xx-XX"))
    with pytest.raises(ConfigError, match=r"unknown locale 'xx-XX'; known locales: .*en-GB"):
        load_communities(path)


def test_duplicate_names(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="used twice"):
        load_communities(write(tmp_path, BASE + BASE))


def test_missing_file_means_no_communities(tmp_path: Path) -> None:
    assert load_communities(tmp_path / "nope.toml") == []


def test_settings_defaults_and_env() -> None:
    settings = Settings.from_env({"HOME": "/home/h"})
    assert settings.ollama_host == "http://127.0.0.1:11434"
    assert settings.db_path == Path("/home/h/.local/share/llumi/llumi.db")
    assert settings.retention_days == 30 and settings.reddit is None
    settings = Settings.from_env({"LLUMI_MODEL_CONCURRENCY": "4", "LLUMI_DB": "/tmp/x.db"})
    assert settings.model_concurrency == 4 and settings.db_path == Path("/tmp/x.db")
    with pytest.raises(ConfigError, match="LLUMI_MODEL_TIMEOUT"):
        Settings.from_env({"LLUMI_MODEL_TIMEOUT": "soon"})


REDDIT_ENV = {
    "REDDIT_CLIENT_ID": "id",
    "REDDIT_CLIENT_SECRET": "secret",
    "REDDIT_USERNAME": "bot",
    "REDDIT_PASSWORD": "pw",
    "REDDIT_USER_AGENT": "llumi test",
}


def test_half_configured_reddit_is_an_error() -> None:
    with pytest.raises(ConfigError, match="REDDIT_PASSWORD"):
        Settings.from_env({k: v for k, v in REDDIT_ENV.items() if k != "REDDIT_PASSWORD"})
    with pytest.raises(ConfigError, match="both REDDIT_OAUTH_URL and REDDIT_URL"):
        Settings.from_env({**REDDIT_ENV, "REDDIT_OAUTH_URL": "http://127.0.0.1:1"})
    full = Settings.from_env(
        {**REDDIT_ENV, "REDDIT_OAUTH_URL": "http://127.0.0.1:1", "REDDIT_URL": "http://127.0.0.1:1"}
    )
    assert full.reddit is not None and full.reddit.oauth_url == "http://127.0.0.1:1"


def test_platforms_must_be_whole(tmp_path: Path) -> None:
    communities = load_communities(EXAMPLE)
    with pytest.raises(ConfigError, match="REDDIT_CLIENT_ID"):
        check_platforms(Settings.from_env({"DISCORD_TOKEN": "t"}), communities)
    with pytest.raises(ConfigError, match="DISCORD_TOKEN is set but"):
        check_platforms(Settings.from_env({"DISCORD_TOKEN": "t"}), [])
    check_platforms(Settings.from_env({**REDDIT_ENV, "DISCORD_TOKEN": "t"}), communities)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("127.0.0.1:abc", "port must be a number"),
        ("127.0.0.1:99999", "port must be a number"),
        ("[::1", "Invalid IPv6"),
        ("ftp://127.0.0.1", "scheme must be http"),
        ("http://", "not a server address"),
    ],
)
def test_a_bad_ollama_host_is_one_line_naming_the_variable(raw: str, reason: str) -> None:
    with pytest.raises(ConfigError, match=reason) as caught:
        Settings.from_env({"OLLAMA_HOST": raw})
    assert str(caught.value).startswith(f"OLLAMA_HOST={raw!r}") and "\n" not in str(caught.value)
    assert Settings.from_env({"OLLAMA_HOST": raw}, model=False).ollama_host == raw


@pytest.mark.parametrize(
    "raw", ["127.0.0.1", "127.0.0.1:11434", "https://ollama.lan/api", "[::1]:8080", "localhost"]
)
def test_good_model_urls_pass(raw: str) -> None:
    assert check_model_url("LLUMI_MODEL_URLS", raw) == raw
    assert Settings.from_env({"OLLAMA_HOST": raw}).ollama_host == raw


def test_phrases_that_spell_nothing_or_only_small_words_are_named(tmp_path: Path) -> None:
    policy = '[community.policy]\nextra_phrases = { high = ["!!!", "end it all", ":(", "I am"] }\n'
    path = write(tmp_path, BASE + policy)
    with pytest.raises(ConfigError) as caught:
        load_communities(path)
    text = str(caught.value)
    assert "extra_phrases.high" in text and "'!!!'" in text and "':('" in text
    assert "'I am'" in text and "end it all" not in text


def test_real_phrases_pass(tmp_path: Path) -> None:
    policy = '[community.policy]\nextra_phrases = { high = ["so done with it", "unalive"] }\n'
    [community] = load_communities(write(tmp_path, BASE + policy))
    assert community.policy.extra_phrases[Level.HIGH] == ("so done with it", "unalive")
