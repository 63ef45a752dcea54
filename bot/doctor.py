"""`llumi doctor`: what is wrong and how to fix it, one line each."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import click

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


async def check_model(settings: Settings, report: Report) -> None:
    """The engine and each host: where post text goes, reachable, the models listed, and a
    one-token generation."""
    from bot.model import ModelClient

    try:
        hosts = settings.model_hosts
    except ConfigError as exc:
        report.fail(str(exc))
        return
    setting = "LLUMI_MODEL_URLS" if settings.model_urls else "OLLAMA_HOST"
    for url in hosts:
        locality = host_locality(url)
        if locality == "remote":
            report.warn(
                f"{setting}={url} is not on this machine or a private network:"
                " post text would leave the machine"
            )
        elif locality == "unknown":
            report.warn(
                f"{setting}={url}: make sure this host is yours (on this machine"
                " or your private network); post text is sent there"
            )
    model = ModelClient(settings)
    try:
        checks = await model.check_hosts()
    finally:
        await model.aclose()
    for check in checks:
        for problem in check.problems:
            report.fail(f"{check.url}: {problem}" if len(checks) > 1 else problem)
        if not check.problems:
            report.ok(
                f"{check.engine} at {check.url}: {settings.gm_model}, {settings.im_model}"
                f" (a one-token answer in {check.generation_s or 0:.1f}s)"
            )


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
    try:
        from bot.store import Store

        store = Store.open(settings.db_path)
        report.ok(f"{settings.db_path} (schema v{store.schema_version})")
        pending = store.pending_alerts()
        if pending:
            report.warn(f"{len(pending)} alerts are recorded but not delivered yet")
        store.close()
    except Exception as exc:  # any storage failure is the thing to report here
        report.fail(f"cannot open {settings.db_path}: {exc} (set LLUMI_DB to a writable path)")

    click.echo("Model")
    await check_model(settings, report)

    if communities and report.failures == 0:
        click.echo("Platforms")
        from bot.runner import build_assistant, platform_adapters

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
