"""The Reddit watcher: the real praw 8 against the Reddit stand-in, the real Assistant, the real
store. New posts are screened once, crisis posts escalate once by modmail to the moderator team,
the watcher survives 5xx, 429, 401 and dropped connections and misses nothing across a restart."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tenacity import wait_none

from adapters.reddit import RedditAdapter
from bot.config import Community, Settings, SweepConfig
from bot.core.assistant import Assistant
from bot.model import ModelClient
from bot.store import Store
from policies.crisis import default_gate
from tests.standins.ollama import OllamaStandIn
from tests.standins.reddit import BOT, RedditStandIn, credentials, credentials_env, praw_client

SUB = "depression_help"
MOD = "mod_alice"
CRISIS = "I have the pills in front of me and I'm doing it tonight. Goodbye everyone."
HIGH = "I want to kill myself. I don't see the point of anything."
ORDINARY = "I start a new job on Monday and I'm nervous about meeting everyone. Any tips?"


@pytest.fixture(scope="session", autouse=True)
def crisis_gate_ready() -> None:
    """Compiling the built-in lexicon takes seconds; once per session, before any timing."""
    default_gate()


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """PRAW's streams and prawcore's retries time.sleep; tests don't wait for them. And no test
    reaches anything but 127.0.0.1 (never reddit.com, never PyPI)."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", lambda seconds: slept.append(seconds))
    real_connect = socket.socket.connect

    def local_only(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            assert address[0] in ("127.0.0.1", "::1", "localhost"), f"network access to {address}"
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", local_only)
    return slept


@pytest.fixture
def reddit() -> Iterator[RedditStandIn]:
    with RedditStandIn() as standin:
        standin.world.add_subreddit(SUB, {MOD: ["all"]})
        standin.world.add_subreddit("calm_corner", {"mod_bob": ["posts", "mail"]})
        yield standin


def community(**changes: Any) -> Community:
    base = Community(
        name="dh",
        platform="reddit",
        locale="en-US",
        subreddit=SUB,
        watch=("submissions", "comments"),
        concern="alert",
        sweep=SweepConfig(every=timedelta(minutes=30)),
    )
    return replace(base, **changes)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def build(
    tmp_path: Path,
    reddit: RedditStandIn,
    ollama: OllamaStandIn | None = None,
    *,
    communities: list[Community] | None = None,
    clock: Callable[[], datetime] | None = None,
    recheck_interval: float = 0.05,
    modmail_interval: float = 0.02,
    alert_retry_max: float = 60.0,
    store_busy_timeout: float = 30.0,
) -> tuple[Assistant, RedditAdapter]:
    settings = Settings(
        ollama_host=ollama.url if ollama else "http://127.0.0.1:9",
        model_timeout=5,
        db_path=tmp_path / "llumi.db",
        reddit=credentials(reddit),
        alert_retry_max=alert_retry_max,
    )
    communities = communities or [community()]
    assistant = Assistant(
        settings=settings,
        communities=communities,
        store=Store.open(settings.db_path, busy_timeout=store_busy_timeout),
        model=ModelClient(settings, attempts=1, wait=wait_none()),
        delivery_backoff=0.01,
    )
    adapter = RedditAdapter(
        assistant,
        settings,
        communities,
        poll_interval=0.01,
        inbox_interval=0.02,
        modmail_interval=modmail_interval,
        recheck_interval=recheck_interval,
        backoff_base=0.01,
        health_interval=0.05,
        **({"clock": clock} if clock else {}),
    )
    assert adapter.reddit.config.oauth_url == reddit.url  # 127.0.0.1 only, never reddit.com
    assert adapter.reddit.config.reddit_url == reddit.url
    return assistant, adapter


async def until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(
                f"condition not reached in time: {condition.__code__.co_firstlineno}"
            )
        await asyncio.sleep(0.02)


class Running:
    """Runs adapter.run(stop) in the test's loop, with what `llumi run` adds for every platform:
    the crisis gates built and pending alerts resent (at start, then on a backoff)."""

    def __init__(self, adapter: RedditAdapter) -> None:
        self.adapter = adapter
        self.stop = asyncio.Event()

    async def __aenter__(self) -> Running:
        assistant = self.adapter.assistant
        self.task = asyncio.create_task(self.adapter.run(self.stop))
        self.retries = asyncio.create_task(assistant.keep_delivering(self.stop))
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.stop.set()
        await asyncio.wait_for(self.task, 10)
        await asyncio.wait_for(self.retries, 10)


def screened(assistant: Assistant, key: str) -> bool:
    return assistant.store.get_screening(key) is not None


def alerts(reddit: RedditStandIn) -> list[Any]:
    return [c for c in reddit.world.modmail_from_bot(SUB) if "alert" in c.subject]


def alert_ref(assistant: Assistant, fullname: str) -> str:
    record = assistant.store.alert_for_post(f"reddit:{fullname}")
    return (record.ref or "") if record else ""


def assert_nothing_public(reddit: RedditStandIn) -> None:
    assert reddit.world.public_writes() == []
    assert all(m["to"] != "poster" for m in reddit.world.sent_private)


async def test_new_posts_are_screened_and_a_crisis_post_escalates_once(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    assistant, adapter = build(tmp_path, reddit)
    calm = world.add_submission(SUB, "New job", ORDINARY)
    crisis = world.add_submission(SUB, "goodbye", CRISIS, author="poster")
    async with Running(adapter):
        await until(lambda: screened(assistant, f"reddit:{crisis.fullname}"))
        await until(lambda: len(alerts(reddit)) == 1)
        later = world.add_submission(SUB, "a question", ORDINARY, author="someone")
        comment = world.add_comment(calm, "Good luck on Monday!")
        await until(lambda: screened(assistant, f"reddit:{later.fullname}"))
        await until(lambda: screened(assistant, f"reddit:{comment.fullname}"))
        await asyncio.sleep(0.2)  # more polls and a recheck: still one alert
    assert screened(assistant, f"reddit:{calm.fullname}")
    [conversation] = alerts(reddit)
    text = conversation.messages[0]["bodyMarkdown"]
    assert crisis.id in text and ("imminent" in text or "high" in text)
    assert "Crisis alert" in text
    assert "988" in text  # the en-US crisis line
    [compose] = [r for r in world.posted("/api/compose") if "alert" in r.form["subject"]]
    assert compose.form["to"] == f"#{SUB}"  # the moderator team, never a user
    assert_nothing_public(reddit)
    assert not world.posted("/api/mod/conversations/") or all(
        r.path != "/api/mod/conversations/" for r in world.posted("/api/mod/conversations")
    )


async def test_backfill_screens_the_last_day_only_on_first_start(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    old = world.add_submission(SUB, "old", ORDINARY, age=3 * 86400)
    recent = world.add_submission(SUB, "recent", ORDINARY, age=3600)
    assistant, adapter = build(tmp_path, reddit)
    async with Running(adapter):
        await until(lambda: screened(assistant, f"reddit:{recent.fullname}"))
        await asyncio.sleep(0.1)
    assert not screened(assistant, f"reddit:{old.fullname}")


async def test_the_first_start_backfills_past_one_listing_page(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    day = [world.add_submission(SUB, f"p{i}", ORDINARY, age=20 * 3600 - i * 60) for i in range(150)]
    assistant, adapter = build(tmp_path, reddit)
    async with Running(adapter):
        await until(lambda: all(screened(assistant, f"reddit:{p.fullname}") for p in day))
        newer = world.add_submission(SUB, "after the backfill", ORDINARY)
        await until(lambda: screened(assistant, f"reddit:{newer.fullname}"))
    rows = assistant.store.audit_rows("screen")
    assert len(rows) == len({row["post_key"] for row in rows}) == 151


async def test_a_restart_misses_nothing_and_alerts_nothing_twice(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    crisis = world.add_submission(SUB, "goodbye", CRISIS)
    assistant, adapter = build(tmp_path, reddit)
    async with Running(adapter):
        await until(lambda: len(alerts(reddit)) == 1)
    assistant.store.close()
    # posted while the bot was down
    missed = [world.add_submission(SUB, f"while down {i}", ORDINARY) for i in range(3)]
    also_crisis = world.add_submission(SUB, "tonight", HIGH, author="other_person")
    before = len(world.requests)
    assistant2, adapter2 = build(tmp_path, reddit)  # a new adapter, the same store file
    async with Running(adapter2):
        for item in [*missed, also_crisis]:
            await until(lambda item=item: screened(assistant2, f"reddit:{item.fullname}"))
        await until(lambda: len(alerts(reddit)) == 2)
        await asyncio.sleep(0.2)
    # the new watcher read back to the last fullname recorded, and no further
    news = [r for r in world.requests[before:] if r.path.endswith("/new")]
    assert news and all("after" not in r.query for r in news)
    assert len(alerts(reddit)) == 2  # the first crisis was not escalated again
    screenings = [
        row for row in assistant2.store.audit_rows("screen") if row["post_key"] == crisis.fullname
    ]
    assert screenings == []  # nothing screened twice (the audit only has the new store rows)
    assert_nothing_public(reddit)


@pytest.mark.parametrize(
    "inject",
    [
        pytest.param(lambda w: w.fail("/new", 500, times=4), id="500"),
        pytest.param(lambda w: w.fail("/new", 503, times=4), id="503"),
        pytest.param(
            lambda w: w.fail(
                "/new",
                429,
                times=2,
                headers={
                    "x-ratelimit-remaining": "0",
                    "x-ratelimit-used": "100",
                    "x-ratelimit-reset": "7",
                },
            ),
            id="429",
        ),
        pytest.param(lambda w: w.fail("/new", 200, times=4, drop=True), id="dropped"),
        pytest.param(
            lambda w: w.fail(
                "/new",
                401,
                times=4,
                headers={"www-authenticate": 'Bearer realm="reddit", error="invalid_token"'},
            ),
            id="401-invalid-token",
        ),
        pytest.param(lambda w: w.fail("/new", 401, times=4), id="401-without-www-authenticate"),
    ],
)
async def test_the_watcher_recovers_from_failures_mid_stream(
    tmp_path: Path,
    reddit: RedditStandIn,
    no_sleep: list[float],
    inject: Callable[[Any], None],
) -> None:
    world = reddit.world
    assistant, adapter = build(tmp_path, reddit)
    first = world.add_submission(SUB, "first", ORDINARY)
    async with Running(adapter):
        await until(lambda: screened(assistant, f"reddit:{first.fullname}"))
        inject(world)
        during = [world.add_submission(SUB, f"during {i}", ORDINARY) for i in range(3)]
        crisis = world.add_submission(SUB, "crisis", CRISIS)
        for item in [*during, crisis]:
            await until(lambda item=item: screened(assistant, f"reddit:{item.fullname}"))
        await until(lambda: len(alerts(reddit)) == 1)
        await asyncio.sleep(0.2)
    assert not world.failures  # every injected failure was met
    assert len(alerts(reddit)) == 1
    rows = assistant.store.audit_rows("screen")
    keys = [row["post_key"] for row in rows]
    assert len(keys) == len(set(keys))  # each post screened once
    assert_nothing_public(reddit)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"x-ratelimit-remaining": "0", "x-ratelimit-used": "100", "x-ratelimit-reset": "42"}, 42),
        ({"retry-after": "13"}, 13),
    ],
    ids=["rate-limit-headers", "retry-after"],
)
async def test_a_429_waits_as_reddit_asks(
    tmp_path: Path,
    reddit: RedditStandIn,
    no_sleep: list[float],
    headers: dict[str, str],
    expected: int,
) -> None:
    world = reddit.world
    assistant, adapter = build(tmp_path, reddit, recheck_interval=600)  # only the stream polls
    first = world.add_submission(SUB, "hello", ORDINARY)
    async with Running(adapter):
        await until(lambda: screened(assistant, f"reddit:{first.fullname}"))
        world.fail("/new", 429, times=1, headers=headers)
        post = world.add_submission(SUB, "hello again", ORDINARY)
        await until(lambda: screened(assistant, f"reddit:{post.fullname}"))
    assert not world.failures
    assert any(expected - 1 <= s <= expected + 1 for s in no_sleep)  # waited as Reddit asked


async def test_ten_minutes_of_failing_gives_one_modmail_and_doctor_says_it(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    clock = Clock()
    _assistant, adapter = build(tmp_path, reddit, clock=clock)
    world.fail("/new", 500, times=10_000)
    async with Running(adapter):
        await until(lambda: adapter.health.failing() != {})
        clock.now += timedelta(minutes=11)
        await until(
            lambda: any("watching stopped" in c.subject for c in world.modmail_from_bot(SUB)),
            timeout=40,
        )
        await asyncio.sleep(0.2)
        problems = await adapter.doctor()
    notices = [c for c in world.modmail_from_bot(SUB) if "watching stopped" in c.subject]
    assert len(notices) == 1
    assert "since" in notices[0].messages[0]["bodyMarkdown"]
    assert "ServerError" in notices[0].messages[0]["bodyMarkdown"]
    assert any("failing since" in p for p in problems)
    world.failures.clear()


async def test_a_deleted_post_is_forgotten(tmp_path: Path, reddit: RedditStandIn) -> None:
    world = reddit.world
    assistant, adapter = build(tmp_path, reddit)
    post = world.add_submission(SUB, "soon gone", ORDINARY)
    async with Running(adapter):
        await until(lambda: screened(assistant, f"reddit:{post.fullname}"))
        world.delete(post)
        await until(
            lambda: any(
                row["post_key"] == f"reddit:{post.fullname}"
                for row in assistant.store.audit_rows("forget-post")
            )
        )
        await asyncio.sleep(0.2)  # several more rechecks
    forgotten = [
        row
        for row in assistant.store.audit_rows("forget-post")
        if row["post_key"] == f"reddit:{post.fullname}"
    ]
    assert len(forgotten) == 1


async def test_an_edited_post_is_screened_again(tmp_path: Path, reddit: RedditStandIn) -> None:
    world = reddit.world
    assistant, adapter = build(tmp_path, reddit)
    post = world.add_submission(SUB, "update", ORDINARY, author="editor")
    async with Running(adapter):
        await until(lambda: screened(assistant, f"reddit:{post.fullname}"))
        with world.lock:
            post.body = ORDINARY + " Edit: " + HIGH
            post.edited = time.time()
        await until(lambda: len(alerts(reddit)) == 1)


async def test_doctor_checks_credentials_and_the_mail_permission(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    with world.lock:
        world.moderators["calm_corner"][BOT] = ["posts"]
    communities = [community(), community(name="calm", subreddit="calm_corner")]
    _, adapter = build(tmp_path, reddit, communities=communities)
    problems = await adapter.doctor()
    assert len(problems) == 1 and "mail" in problems[0] and "calm_corner" in problems[0]
    world.revoked = True
    problems = await adapter.doctor()
    assert len(problems) == 1 and "credentials" in problems[0]
    reddit.server.shutdown()
    reddit.server.server_close()
    problems = await adapter.doctor()
    assert len(problems) == 1 and "cannot reach" in problems[0]
    adapter.runner.close()


def test_praw_client_helper_points_only_at_the_stand_in(reddit: RedditStandIn) -> None:
    client = praw_client(reddit)
    assert client.user.me().name == BOT


async def test_a_second_crisis_post_by_the_same_person_joins_the_first_alert(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    assistant, adapter = build(tmp_path, reddit)
    first = world.add_submission(SUB, "goodbye", HIGH, author="same_person")
    async with Running(adapter):
        await until(lambda: len(alerts(reddit)) == 1)
        await until(lambda: alert_ref(assistant, first.fullname).startswith("modmail:"))
        second = world.add_submission(SUB, "still here", HIGH, author="same_person")
        await until(lambda: len(alerts(reddit)[0].messages) == 2)
        await asyncio.sleep(0.1)
    [conversation] = alerts(reddit)  # joined, not a new conversation
    note = conversation.messages[1]
    assert note["isInternal"] is True
    assert second.id in note["bodyMarkdown"] and "same person" in note["bodyMarkdown"]
    assert_nothing_public(reddit)


def test_the_tests_cannot_reach_the_internet() -> None:
    with pytest.raises(AssertionError, match="network access"):
        socket.create_connection(("151.101.1.140", 443), timeout=0.1)  # reddit.com's CDN


async def test_an_alert_that_could_not_be_sent_is_sent_once_after_restart(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    world = reddit.world
    world.fail("/api/compose", 503, times=10_000)  # modmail is down
    assistant, adapter = build(tmp_path, reddit)
    crisis = world.add_submission(SUB, "goodbye", CRISIS)
    async with Running(adapter):
        await until(lambda: screened(assistant, f"reddit:{crisis.fullname}"))
        await until(lambda: (assistant.store.alert_for_post(f"reddit:{crisis.fullname}") or 0) != 0)
        await asyncio.sleep(0.3)
    record = assistant.store.alert_for_post(f"reddit:{crisis.fullname}")
    assert record is not None and record.state == "pending"
    assert alerts(reddit) == []
    assistant.store.close()
    world.failures.clear()  # modmail is back
    assistant2, adapter2 = build(tmp_path, reddit)
    async with Running(adapter2):
        await until(lambda: len(alerts(reddit)) == 1)
        await asyncio.sleep(0.3)
    assert len(alerts(reddit)) == 1
    record = assistant2.store.alert_for_post(f"reddit:{crisis.fullname}")
    assert record is not None and record.state != "pending"


async def test_the_composition_root_builds_the_adapter_from_the_environment(
    tmp_path: Path, reddit: RedditStandIn
) -> None:
    """`llumi run` wiring: REDDIT_* (with both URLs pointing at the stand-in) and a communities
    file give a RedditAdapter that works end to end, a sweep included."""
    from bot.cli.compose import build_assistant, platform_adapters
    from bot.config import load_communities

    communities_file = tmp_path / "communities.toml"
    communities_file.write_text(
        f"""
[[community]]
name = "dh"
platform = "reddit"
subreddit = "{SUB}"
locale = "en-US"
watch = ["submissions"]
[community.sweep]
every = "30m"
""",
        "utf-8",
    )
    env = {
        **credentials_env(reddit),
        "LLUMI_DB": str(tmp_path / "env.db"),
        "LLUMI_COMMUNITIES": str(communities_file),
    }
    settings = Settings.from_env(env)
    communities = load_communities(settings.communities_path)
    assistant = build_assistant(settings, communities, with_model=False)
    adapters = platform_adapters(assistant, settings, communities)
    adapter = adapters["reddit"]
    assert isinstance(adapter, RedditAdapter)
    assert adapter.reddit.config.oauth_url == reddit.url
    assert adapter.reddit.config.reddit_url == reddit.url
    old = reddit.world.add_submission(SUB, "waiting", ORDINARY, age=3 * 3600)
    now = datetime.now(UTC)
    found = await adapter.list_unanswered(
        "dh", older_than=now - timedelta(hours=2), newer_than=now - timedelta(hours=48), limit=5
    )
    assert [p.key for p in found] == [f"reddit:{old.fullname}"]
    assert await adapter.doctor() == []
    adapter.runner.close()
