"""The `llumi` command line. Its flags, JSON shapes and exit codes are a contract other tools
script against: 0 done (draft, escalated, withheld), 2 bad input, 3 model unavailable; one line on
stderr for every error, never a traceback."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Iterator
from importlib import resources as package_files
from pathlib import Path
from typing import Any, NoReturn

import click

from bot.assistant import Assistant
from bot.config import Community, ConfigError, Settings, load_communities
from bot.domain import Outcome, Reply, Unavailable, outcome_to_json
from bot.learning.cli import eval_command, model, pairs
from bot.render import render_outcome, render_screening
from bot.sweep_cli import sweep

EXIT_BAD_INPUT = 2
EXIT_MODEL_UNAVAILABLE = 3


class BadInput(click.ClickException):
    """Input we cannot work with: one line on stderr, exit 2."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file: Any = None) -> None:
        click.echo(f"llumi: {self.format_message()}", err=True)


def fail(message: str) -> NoReturn:
    raise BadInput(message)


def read_text(source: str) -> str:
    """Read FILE or - (stdin) as UTF-8; undecodable bytes are replaced (and said), never fatal."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        fail(f"cannot read {source}: {exc.strerror or exc}")
    text = raw.decode("utf-8", errors="replace")
    if "\ufffd" in text and b"\xef\xbf\xbd" not in raw:
        click.echo(f"llumi: {source}: invalid UTF-8 bytes were replaced", err=True)
    return text


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except ConfigError as exc:
        fail(str(exc))


def _communities(settings: Settings) -> list[Community]:
    try:
        return load_communities(settings.communities_path)
    except ConfigError as exc:
        fail(str(exc))


def _assistant(community: str | None, *, with_model: bool = True) -> Assistant:
    from adapters.console import ConsoleAlerts
    from bot.runner import build_assistant

    settings = _settings()
    communities = _communities(settings)
    if community and community not in {c.name for c in communities}:
        known = ", ".join(c.name for c in communities) or "none configured"
        fail(f"unknown community {community!r} in {settings.communities_path} (known: {known})")
    assistant = build_assistant(settings, communities, with_model=with_model)
    assistant.register_alerts("console", ConsoleAlerts(sys.stderr))
    return assistant


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="-v for progress, -vv for debugging.")
@click.version_option(package_name="llumi")
def cli(verbose: int) -> None:
    """llumi: private drafts and crisis escalation for mental-health community helpers."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("source", required=False, default="-")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--jsonl",
    "jsonl",
    type=str,
    default=None,
    help="Screen a JSONL file of {id, text} lines; one result line per input line.",
)
@click.option("--community", default=None, help="Use this community's lexicon policy.")
@click.option("--audit", is_flag=True, help="With --jsonl: record each screening in the store.")
def screen(
    source: str, as_json: bool, jsonl: str | None, community: str | None, audit: bool
) -> None:
    """Screen a post (FILE or - for stdin) for crisis language."""
    if jsonl is not None:
        _screen_jsonl(jsonl, community, audit)
        return
    text = read_text(source)
    if not text.strip():
        fail("the post is empty")
    from adapters.console import console_post

    assistant = _assistant(community, with_model=False)
    screening = assistant.screen(console_post(text, community=community or ""))
    if as_json:
        click.echo(json.dumps(screening.to_json(), ensure_ascii=False))
    else:
        click.echo(render_screening(screening))


def _jsonl_lines(source: str) -> Iterator[str]:
    if source == "-":
        yield from (line.decode("utf-8", "replace") for line in sys.stdin.buffer)
        return
    try:
        with Path(source).open("rb") as handle:
            for line in handle:
                yield line.decode("utf-8", "replace")
    except OSError as exc:
        fail(f"cannot read {source}: {exc.strerror or exc}")


def _screen_jsonl(source: str, community: str | None, audit: bool) -> None:
    from adapters.console import BadLine, read_post_lines

    assistant = _assistant(community, with_model=False)
    gate = assistant.gate_for(community or "")
    out = sys.stdout
    for item in read_post_lines(_jsonl_lines(source), community=community or ""):
        if isinstance(item, BadLine):
            out.write(json.dumps({"id": item.id, "error": item.error}) + "\n")
            continue
        ident, post = item
        screening = assistant.screen(post) if audit else gate.screen(post.full_text)
        row = {"id": ident, **screening.to_json()}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()


def _finish(outcome: Outcome, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(outcome_to_json(outcome), ensure_ascii=False))
    else:
        click.echo(render_outcome(outcome))
    if isinstance(outcome, Unavailable):
        click.echo(f"llumi: model unavailable: {outcome.reason}", err=True)
        sys.exit(EXIT_MODEL_UNAVAILABLE)


async def _close(assistant: Assistant) -> None:
    if assistant.model is not None:
        await assistant.model.aclose()


@cli.command()
@click.argument("source", required=False, default="-")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--community", default=None, help="Use this community's policy and resources.")
def draft(source: str, as_json: bool, community: str | None) -> None:
    """Draft a supportive reply to a post (FILE or - for stdin)."""
    from adapters.console import console_post, console_requester

    text = read_text(source)
    if not text.strip():
        fail("the post is empty")
    assistant = _assistant(community)
    post = console_post(text, community=community or "")

    async def go() -> Outcome:
        try:
            return await assistant.draft(post, console_requester())
        except ValueError as exc:  # empty post, a prompt that cannot fit
            fail(str(exc))
        finally:
            await _close(assistant)

    _finish(asyncio.run(go()), as_json)


@cli.command()
@click.option("--post", "post_file", required=True, help="The post (FILE or -).")
@click.option("--reply", "reply_file", required=True, help="Your reply to improve (FILE or -).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--community", default=None, help="Use this community's policy and resources.")
def improve(post_file: str, reply_file: str, as_json: bool, community: str | None) -> None:
    """Improve your own reply to a post, keeping your voice."""
    from adapters.console import console_post, console_requester

    if post_file == "-" and reply_file == "-":
        fail("only one of --post and --reply can be read from stdin")
    post_text = read_text(post_file)
    reply_text = read_text(reply_file)
    if not post_text.strip():
        fail("the post is empty")
    if not reply_text.strip():
        fail("the reply is empty")
    assistant = _assistant(community)
    post = console_post(post_text, community=community or "")

    async def go() -> Outcome:
        try:
            return await assistant.improve(post, Reply(reply_text), console_requester())
        except ValueError as exc:  # empty text, a reply too long for the model's context
            fail(str(exc))
        finally:
            await _close(assistant)

    _finish(asyncio.run(go()), as_json)


def sample_posts_path() -> Path:
    return Path(str(package_files.files("bot").joinpath("samples/posts.jsonl")))


@cli.command()
@click.option(
    "--posts",
    "posts_file",
    default=None,
    help="Screen and draft posts from this JSONL file (- for stdin): the console.",
)
@click.option("--community", default=None, help="With --posts: use this community's policy.")
def run(posts_file: str | None, community: str | None) -> None:
    """Run the bot: the configured platforms, or the console on a file of posts.

    With no platform configured and no --posts, the console runs on llumi's sample posts."""
    from bot.runner import run_console_job, run_platforms

    settings = _settings()
    communities = _communities(settings)
    if posts_file is None and (settings.reddit or settings.discord_token or communities):
        assistant = _assistant(None)
        try:
            asyncio.run(run_platforms(assistant, settings, communities))
        except ConfigError as exc:
            fail(str(exc))
        return
    assistant = _assistant(community)
    if posts_file is None:
        click.echo(
            f"No platform configured: screening llumi's sample posts ({sample_posts_path()})"
        )
        lines: Any = sample_posts_path().read_text("utf-8").splitlines()
    else:
        lines = _jsonl_lines(posts_file)
    asyncio.run(run_console_job(assistant, lines, community=community or ""))


@cli.command()
def doctor() -> None:
    """Check the configuration, Ollama and the platforms, and say what to fix."""
    from bot.doctor import run_doctor

    settings = _settings()
    ok = asyncio.run(run_doctor(settings))
    sys.exit(0 if ok else 1)


@cli.command()
@click.argument("person")
def forget(person: str) -> None:
    """Delete what the store holds about PERSON (an author or a helper)."""
    from bot.store import Store

    store = Store.open(_settings().db_path)
    removed = store.forget_person(person)
    click.echo(f"forgot {person}: {removed} records removed")


cli.add_command(pairs)
cli.add_command(eval_command)
cli.add_command(model)
cli.add_command(sweep)


def main() -> None:
    """Entry point: every error is one line; tracebacks only with -vv."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("llumi: aborted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # the contract: one line, never a traceback
        if "-vv" in sys.argv:
            raise
        click.echo(f"llumi: {type(exc).__name__}: {exc} (run with -vv for details)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
