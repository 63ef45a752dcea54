"""`llumi doctor`: what is wrong and how to fix it, one line each."""

from __future__ import annotations

import asyncio
import ipaddress
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import click

from bot.cli.inputs import settings_or_fail
from bot.config import (
    Community,
    ConfigError,
    Settings,
    check_model_url,
    check_platforms,
    load_communities,
)


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


async def check_model(report: Report, settings: Settings) -> None:
    """The engine and each host: an address on a machine that is ours, reachable, serving the
    models, and a one-token answer."""
    setting = "LLUMI_MODEL_URLS" if settings.model_urls else "OLLAMA_HOST"
    try:
        hosts = settings.model_hosts
        for url in hosts:
            check_model_url(setting, url)
    except ConfigError as exc:
        report.fail(str(exc))
        return
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
        other = await not_ollama(url) if settings.model_api == "ollama" else None
        if other:
            report.fail(other)
            return
    from bot.model import ModelClient

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


def ollama_base_url(host: str) -> str:
    """OLLAMA_HOST as Ollama reads it: no scheme means http and port 11434."""
    if "://" in host:
        return host.rstrip("/")
    split = urlsplit(f"http://{host}")
    return f"http://{host.rstrip('/')}" if split.port else f"http://{split.netloc}:11434"


async def not_ollama(host: str) -> str | None:
    """One line when a server answers at `host` but is not Ollama (so "not pulled" would
    mislead); None when Ollama answers, or nothing does (the model check says that)."""
    import httpx

    url = f"{ollama_base_url(host)}/api/version"
    try:
        async with httpx.AsyncClient(timeout=5, trust_env=False) as client:
            response = await client.get(url)
        version = response.json().get("version") if response.is_success else None
    except httpx.HTTPError:
        return None
    except (ValueError, AttributeError):  # not JSON, or not an object
        version = None
    if isinstance(version, str):
        return None
    return (
        f"OLLAMA_HOST={host}: the server there is not Ollama (HTTP {response.status_code} to"
        " /api/version): point OLLAMA_HOST at Ollama (by default http://127.0.0.1:11434)"
    )


def check_store(report: Report, settings: Settings) -> None:
    """The store opens, and only this account can read it (it names posters and helpers)."""
    try:
        from bot.store import Store

        store = Store.open(settings.db_path)
        store.check_writable()
        report.ok(f"{settings.db_path} (schema v{store.schema_version}, writable)")
        pending = store.pending_alerts()
        if pending:
            oldest = min(alert.created_at for alert in pending)
            report.fail(
                f"{len(pending)} crisis alert(s) could not be delivered to the moderators yet"
                f" (the oldest since {oldest:%Y-%m-%d %H:%M} UTC, in"
                f" {', '.join(sorted({a.community for a in pending}))}): `llumi run` keeps"
                " retrying; check the platform checks below and the ERROR lines in its log"
            )
        store.close()
    except Exception as exc:  # any storage failure is the thing to report here
        report.fail(
            f"cannot open and write {settings.db_path}: {exc} (set LLUMI_DB to a writable path)"
        )
    from bot.store.files import store_files

    for path in store_files(settings.db_path):
        check_private(report, path, "is part of the store, which names posters and helpers")


def check_private(report: Report, path: Path, why: str) -> None:
    """Warn when `path` can be read by the group or by others."""
    from bot.store.files import readable_by_others

    who = readable_by_others(path)
    if who:
        mode = "700" if path.is_dir() else "600"
        report.warn(f"{path} can be read by {who} and {why}: chmod {mode} {path}")


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

    config_failed = report.failures > 0  # the platforms are checked unless this is broken

    click.echo("Store")
    check_store(report, settings)
    check_private(report, Path.cwd() / ".env", "holds the platform secrets")

    click.echo("Model")
    await check_model(report, settings)

    if communities and not config_failed:
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
    ok = asyncio.run(run_doctor(settings_or_fail(model=False)))
    sys.exit(0 if ok else 1)
