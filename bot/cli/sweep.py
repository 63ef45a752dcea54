"""`llumi sweep COMMUNITY [--dry-run]`: one sweep by hand.

It builds the community's platform adapter (bot.cli.compose.platform_adapters), asks the
platform for the posts nobody answered, and either delivers the digest (escalating crisis posts
at once, as the schedule would) or, with --dry-run, prints it: a dry run sends nothing, escalates
nothing (it lists those posts at the top as NOT ESCALATED) and writes nothing to the store.
Exit codes: 0 done; 1 the platform failed (the undelivered parts are retried on the next sweep)
or another process is sweeping this community; 2 bad input (an unknown community, a broken
configuration). Errors are one line on stderr.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import replace
from typing import Any

import click
from tqdm import tqdm

from bot.cli import compose
from bot.cli.errors import fail, platform_failed
from bot.cli.inputs import communities_or_fail, known_community, settings_or_fail
from bot.config import ConfigError, Settings
from bot.core.assistant import Assistant
from bot.core.ports import ModeratorAlerts
from bot.store import Store
from bot.sweeps.digest import format_age
from bot.sweeps.sweep import SweepBusy, Sweeper, SweepError, SweepReport


class TqdmProgress:
    """The sweep's phases as one tqdm bar on stderr (shown on a terminal only)."""

    def __init__(self) -> None:
        self._bar: tqdm[Any] | None = None

    def phase(self, name: str, total: int) -> None:
        self.close()
        self._bar = tqdm(total=total, desc=name, unit="post", file=sys.stderr, disable=None)

    def advance(self, count: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(count)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _only_platform(settings: Settings, platform: str) -> Settings:
    """Settings without the other platform's credentials, so only this adapter is built."""
    return (
        replace(settings, discord_token=None)
        if platform == "reddit"
        else replace(settings, reddit=None)
    )


def _store_for(settings: Settings, dry_run: bool) -> Store:
    """A dry run must not even create the database: without one, nothing has been digested."""
    if dry_run and not settings.db_path.exists():
        return Store.open(":memory:")
    return Store.open(settings.db_path)


def _render_not_escalated(report: SweepReport) -> str:
    if not report.not_escalated:
        return ""
    lines = [
        f"NOT ESCALATED (dry run): {len(report.not_escalated)} post(s) a real sweep would"
        " escalate to the moderators at once:"
    ]
    for entry in report.not_escalated:
        age = format_age(report.started_at - entry.created_at if entry.created_at else None)
        lines.append(f"- {entry.url or entry.key} · {entry.level.label} · {age} old")
    return "\n".join(lines) + "\n\n"


@click.command()
@click.argument("community")
@click.option(
    "--dry-run",
    is_flag=True,
    help="Print the digest instead of sending it; escalate, send and record nothing.",
)
def sweep(community: str, dry_run: bool) -> None:
    """Sweep COMMUNITY's unanswered posts once and send (or print) the digest."""
    from bot.model import ModelClient

    settings = settings_or_fail()
    communities = communities_or_fail(settings)
    found = known_community(settings, communities, community)
    same_platform = [c for c in communities if c.platform == found.platform]
    assistant = Assistant(
        settings=settings,
        communities=communities,
        store=_store_for(settings, dry_run),
        model=ModelClient(settings),
    )
    try:
        adapters = compose.platform_adapters(
            assistant, _only_platform(settings, found.platform), same_platform
        )
    except ConfigError as exc:
        fail(str(exc))
    adapter = adapters.get(found.platform)
    if not dry_run and isinstance(adapter, ModeratorAlerts):
        assistant.register_alerts(found.platform, adapter)
    progress = TqdmProgress()

    async def go() -> SweepReport:
        try:
            sweeper = Sweeper(assistant, adapters)
            return await sweeper.run(found.name, dry_run=dry_run, progress=progress)
        finally:
            progress.close()
            await assistant.settle()  # second opinions on the posts not drafted may alert
            if assistant.model is not None:
                await assistant.model.aclose()

    try:
        report = asyncio.run(go())
    except SweepBusy as exc:
        platform_failed(f"{exc}: try again when it is done")
    except SweepError as exc:
        fail(str(exc))
    finally:
        assistant.store.close()
    if dry_run:
        click.echo(_render_not_escalated(report), nl=False)
        if report.error:
            platform_failed(report.error)
        click.echo(report.text or f"Nothing to send: no unanswered posts in {found.name}.")
        if report.without_model:
            click.echo(
                f"llumi: {report.without_model} post(s) without a draft: model unavailable",
                err=True,
            )
        return
    click.echo(report.summary())
    if report.error:
        platform_failed(report.error)
    if report.without_model:
        click.echo(
            f"llumi: {report.without_model} post(s) went out without a draft: model unavailable",
            err=True,
        )
