"""Several model hosts serving the same names: least busy healthy host first, a cool-down for a
failing one, and no request lost when a host dies in the middle of answers."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest
from tenacity import wait_none

from bot.config import Settings
from bot.model import ModelClient
from bot.model.hosts import HostPool
from tests.standins.ollama import OllamaStandIn
from tests.standins.openai_api import OpenAIStandIn

MESSAGES = [{"role": "user", "content": "<post>\nI feel so alone lately\n</post>"}]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_least_busy_healthy_host_is_picked_and_ties_rotate() -> None:
    pool = HostPool([("a", "A"), ("b", "B"), ("c", "C")], clock=Clock())
    assert [pool.pick().url for _ in range(4)] == ["a", "b", "c", "a"]
    a, b, _ = pool.hosts
    with pool.using(b), pool.using(b), pool.using(a):
        assert pool.pick().url == "c"  # c has nothing in flight
        with pool.using(pool.hosts[2]):
            assert pool.pick().url == "a"  # a and c have one each; a was picked longer ago


def test_a_failing_host_sits_out_a_growing_cool_down_then_comes_back() -> None:
    clock = Clock()
    pool = HostPool([("a", 1), ("b", 2)], cooldown=10, cooldown_cap=25, clock=clock)
    a = pool.hosts[0]
    pool.failed(a)
    assert {pool.pick().url for _ in range(3)} == {"b"}
    clock.now += 10
    assert pool.another_healthy(than=pool.hosts[1])  # a is back after its cool-down
    pool.failed(a)  # a second failure in a row: 20 s
    clock.now += 15
    assert not pool.another_healthy(than=pool.hosts[1])
    clock.now += 5
    pool.failed(a)  # the third would be 40 s: capped at 25
    clock.now += 25
    assert a.healthy(clock.now)
    pool.succeeded(a)
    pool.failed(a)  # a success cleared the run: back to 10 s
    assert a.cooling_until == clock.now + 10


def test_when_every_host_cools_down_the_first_to_recover_is_tried() -> None:
    clock = Clock()
    pool = HostPool([("a", 1), ("b", 2)], cooldown=10, clock=clock)
    a, b = pool.hosts
    pool.failed(b)
    clock.now += 1
    pool.failed(a)
    assert pool.pick().url == "b"


def settings_for(engine: str, urls: list[str], **overrides: Any) -> Settings:
    overrides.setdefault("model_timeout", 5.0)
    return replace(Settings(), model_api=engine, model_urls=tuple(urls), **overrides)


async def test_a_host_that_is_down_is_skipped_for_its_cool_down() -> None:
    with OpenAIStandIn() as up, OpenAIStandIn() as down:
        down.kill()
        clock = Clock()
        settings = settings_for("openai", [down.url, up.url])
        client = ModelClient(settings, attempts=3, wait=wait_none(), clock=clock, cooldown=30)
        first = await client.generate("gm", MESSAGES, seed=1)
        second = await client.generate("gm", MESSAGES, seed=2)
        assert first.host == second.host == up.url
        assert len(up.bodies()) == 2  # the dead host was not tried again within its cool-down
        clock.now += 31
        third = await client.generate("gm", MESSAGES, seed=3)  # tried again, fails, moves on
        await client.aclose()
        assert third.host == up.url and client.hosts[0].failures_in_a_row == 2


async def test_a_missing_model_on_one_host_moves_to_another() -> None:
    with OpenAIStandIn(models=["other"]) as without, OpenAIStandIn() as with_model:
        client = ModelClient(
            settings_for("openai", [without.url, with_model.url]), attempts=3, wait=wait_none()
        )
        generation = await client.generate("gm", MESSAGES, seed=1)
        problems = await client.check()
        [lacking, ready] = await client.check_hosts()
        await client.aclose()
        assert generation.host == with_model.url
        assert problems == []  # one host is ready: llumi can draft
        assert lacking.problems and "--served-model-name" in lacking.problems[0]
        assert ready.problems == []


def _standins(engine: str, count: int) -> list[Any]:
    if engine == "openai":
        return [OpenAIStandIn(chunk_delay=0.01).start() for _ in range(count)]
    return [OllamaStandIn(chunk_delay=0.01).start() for _ in range(count)]


@pytest.mark.parametrize("engine", ["openai", "ollama"])
async def test_a_host_killed_mid_run_loses_no_request(engine: str) -> None:
    """Three hosts, 18 drafts at once; one host dies while it is streaming answers. Every draft
    comes back whole, each answer cut off is asked again of another host, and an answer already
    complete is never asked for again."""
    hosts = _standins(engine, 3)
    try:
        settings = settings_for(engine, [h.url for h in hosts], model_concurrency=2)
        client = ModelClient(settings, attempts=3, wait=wait_none())
        tasks = [
            asyncio.create_task(client.generate("gm", MESSAGES, seed=seed)) for seed in range(1, 19)
        ]
        victim = hosts[1]
        while victim.in_flight < 2:  # both its slots are streaming
            await asyncio.sleep(0.005)
        victim.kill()
        generations = await asyncio.gather(*tasks)
        await client.aclose()
    finally:
        for host in hosts:
            host.stop()
    assert len(generations) == 18
    for seed, generation in enumerate(generations, start=1):
        expected = hosts[0].reply({"messages": MESSAGES, "seed": seed, "options": {"seed": seed}})
        assert generation.text == expected and generation.done_reason == "stop"
    path = "/v1/chat/completions" if engine == "openai" else "/api/chat"
    asked = sum(len(h.bodies(path)) for h in hosts)
    completed_on_victim = sum(1 for g in generations if g.host == victim.url)
    cut_off = len(victim.bodies(path)) - completed_on_victim
    assert cut_off >= 2
    assert asked == 18 + cut_off  # only the answers cut off were asked again
    assert {g.host for g in generations} >= {hosts[0].url, hosts[2].url}
    assert client.hosts[1].failures_in_a_row >= 1


async def test_doctor_reports_each_host(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli.doctor import Report, check_model

    with OpenAIStandIn() as ready, OpenAIStandIn(models=["other"]) as lacking:
        settings = settings_for("openai", [ready.url, lacking.url])
        report = Report()
        await check_model(report, settings)
    out = capsys.readouterr().out
    assert report.failures == 1
    assert f"ok    OpenAI-compatible server at {ready.url}" in out and "one-token" in out
    assert f"FAIL  {lacking.url}: the server at {lacking.url} does not serve" in out
