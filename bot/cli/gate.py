"""`llumi gate report` and `llumi gate misses`: a community's own agreement with its crisis gate,
from its moderators' verdicts, and the disputed posts to write phrases from (local only)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from bot.cli.errors import fail
from bot.cli.inputs import communities_or_fail, known_community, settings_or_fail
from bot.config import parse_duration
from bot.core.domain import utcnow
from bot.learning.gate_report import agreement, render_agreement, write_misses
from bot.store import Store, VerdictRecord


def _verdicts(community: str | None, since: str | None) -> list[VerdictRecord]:
    settings = settings_or_fail()
    if community is not None:
        known_community(settings, communities_or_fail(settings), community)
    start: datetime | None = None
    if since is not None:
        try:
            start = utcnow() - parse_duration(since)
        except ValueError as exc:
            fail(f"--since: {exc}")
    store = Store.open(settings.db_path)
    try:
        return store.verdicts(community=community, since=start)
    finally:
        store.close()


@click.group()
def gate() -> None:
    """The crisis gate as the moderators judged it (their verdicts on alerts and misses)."""


@gate.command()
@click.option("--community", default=None, help="One community (default: all of them).")
@click.option("--since", default=None, help="Only verdicts given in this window, e.g. 30d.")
def report(community: str | None, since: str | None) -> None:
    """The community's agreement with its gate: >= high recall, imminent, raised wrongly, exact."""
    found = agreement(_verdicts(community, since))
    click.echo(render_agreement(found, community, since))


@gate.command()
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--community", default=None, help="One community (default: all of them).")
@click.option("--since", default=None, help="Only verdicts given in this window, e.g. 30d.")
def misses(out: Path, community: str | None, since: str | None) -> None:
    """Write the disputed posts (user names scrubbed) as JSON lines to a new file OUT (0600).

    It holds people's posts: keep it on this machine and delete it once the phrases are written."""
    verdicts = _verdicts(community, since)
    try:
        count = write_misses(out, verdicts)
    except FileExistsError:
        fail(f"{out} exists: remove it or choose another name (it is never overwritten)")
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror}")
    click.echo(f"wrote {count} disputed post(s) to {out} (readable by you only; keep it local)")
