"""`llumi doctor`: what is wrong and how to fix it, one line each."""

from __future__ import annotations

import asyncio
import ipaddress
import sys
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import click

from bot.cli.inputs import settings_or_fail
from bot.config import Community, ConfigError, Settings, check_platforms, load_communities


@dataclass
class Report:
    failures: int = 0
    warnings: int = 0
    lines: list[str] = field(default_factory=list)

    def ok(self, message: str) -> None:
        click.echo(f"  ok    {message}")

    def warn(self, message: str) -> None:
        self.warnings += 1
        click.echo(f"  warn  {message}")

    def fail(self, message: str) -> None:
        self.failures += 1
        click.echo(f"  FAIL  {message}")


def host_locality(url: str) -> str:
    """ "local", "private" or "remote" for an OLLAMA_HOST value (a name we cannot place is
    "unknown": we do not resolve it, which would itself send traffic)."""
    raw = url if "://" in url else f"http://{url}"
    host = urlsplit(raw).hostname or ""
    if host in ("localhost", "") or host.endswith(".localhost"):
        return "local"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "unknown"
    if address.is_loopback:
        return "local"
    if address.is_private or address.is_link_local:
        return "private"
    return "remote"


def english(locale: str) -> bool:
    return locale.lower().split("-")[0] in ("en", "intl")


async def run_doctor(settings: Settings) -> bool:
    report = Report()
    click.echo("Configuration")
    communities: list[Community] = []
    if not settings.communities_path.exists():
        report.ok(
            f"no communities file at {settings.communities_path}: llumi runs the console only"
            " (set LLUMI_COMMUNITIES to use one)"
        )
    else:
        try:
            communities = load_communities(settings.communities_path)
            report.ok(f"{settings.communities_path}: {len(communities)} communities")
        except ConfigError as exc:
            report.fail(str(exc))
    try:
        check_platforms(settings, communities)
    except ConfigError as exc:
        report.fail(str(exc))
    for community in communities:
        if not english(community.locale):
            report.warn(
                f"community {community.name!r} has locale {community.locale}: the crisis"
                " lexicon is English, so posts in other languages are not screened well"
            )
    if not english(settings.locale):
        report.warn(f"LLUMI_LOCALE={settings.locale}: the crisis lexicon is English")

    click.echo("Store")
    undelivered = 0  # a failure, but the platform checks below are what explains it
    try:
        from bot.store import Store

        store = Store.open(settings.db_path)
        report.ok(f"{settings.db_path} (schema v{store.schema_version})")
        pending = store.pending_alerts()
        if pending:
            undelivered = 1
            oldest = min(alert.created_at for alert in pending)
            report.fail(
                f"{len(pending)} crisis alert(s) could not be delivered to the moderators yet"
                f" (the oldest since {oldest:%Y-%m-%d %H:%M} UTC, in"
                f" {', '.join(sorted({a.community for a in pending}))}): `llumi run` keeps"
                " retrying; check the platform checks below and the ERROR lines in its log"
            )
        store.close()
    except Exception as exc:  # any storage failure is the thing to report here
        report.fail(f"cannot open {settings.db_path}: {exc} (set LLUMI_DB to a writable path)")

    click.echo("Model")
    locality = host_locality(settings.ollama_host)
    if locality == "remote":
        report.warn(
            f"OLLAMA_HOST={settings.ollama_host} is not on this machine or a private network:"
            " post text would leave the machine"
        )
    elif locality == "unknown":
        report.warn(
            f"OLLAMA_HOST={settings.ollama_host}: make sure this host is yours (on this machine"
            " or your private network); post text is sent there"
        )
    from bot.model import ModelClient

    model = ModelClient(settings)
    try:
        problems = await model.check()
    finally:
        await model.aclose()
    for problem in problems:
        report.fail(problem)
    if not problems:
        report.ok(f"Ollama at {settings.ollama_host}: {settings.gm_model}, {settings.im_model}")

    if communities and report.failures - undelivered == 0:
        click.echo("Platforms")
        from bot.cli.compose import build_assistant, platform_adapters

        assistant = build_assistant(settings, communities, with_model=False)
        for platform, adapter in platform_adapters(assistant, settings, communities).items():
            try:
                found = await adapter.doctor()
            except Exception as exc:  # a platform error is a finding, not a crash
                found = [f"{platform}: {type(exc).__name__}: {exc}"]
            for problem in found:
                report.fail(problem)
            if not found:
                report.ok(f"{platform}: credentials and permissions")
    click.echo(
        f"{report.failures} problems, {report.warnings} warnings"
        + ("" if report.failures else ": ready")
    )
    return report.failures == 0


@click.command()
def doctor() -> None:
    """Check the configuration, Ollama and the platforms, and say what to fix."""
    ok = asyncio.run(run_doctor(settings_or_fail()))
    sys.exit(0 if ok else 1)
