"""`llumi screen`, `draft`, `improve` and `forget`: one post, or one person, at a time.

Exit codes as bot.cli.errors says: 0 done (draft, escalated, withheld), 2 bad input,
3 model unavailable.
"""

from __future__ import annotations

import asyncio
import json
import sys

import click

from bot.cli.compose import console_assistant
from bot.cli.errors import EXIT_MODEL_UNAVAILABLE, fail
from bot.cli.inputs import fail_unreadable, jsonl_lines, read_text, settings_or_fail
from bot.core.assistant import Assistant
from bot.core.domain import Outcome, Post, Reply, Unavailable, outcome_to_json
from bot.core.errors import Refused
from bot.core.render import render_outcome, render_screening
from policies.crisis.opinion import Composed
from policies.levels import Screening


@click.command()
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
@click.option(
    "--model", "with_model", is_flag=True, help="Also ask the model's second opinion (below high)."
)
def screen(
    source: str,
    as_json: bool,
    jsonl: str | None,
    community: str | None,
    audit: bool,
    with_model: bool,
) -> None:
    """Screen a post (FILE or - for stdin) for crisis language."""
    if jsonl is not None and source != "-":
        fail(f"give the posts either as --jsonl {jsonl} or as {source}, not both")
    if audit and jsonl is None:
        fail("--audit records the screenings of a --jsonl file: add --jsonl FILE")
    if jsonl is not None:
        _screen_jsonl(jsonl, community, audit)
        return
    text = read_text(source)
    if not text.strip():
        fail("the post is empty")
    from adapters.console import console_post

    assistant = console_assistant(community, with_model=with_model)
    post = console_post(text, community=community or "")
    screening = assistant.screen(post)
    if with_model:
        _screen_with_model(assistant, post, screening, as_json)
        return
    if as_json:
        click.echo(json.dumps(screening.to_json(), ensure_ascii=False))
    else:
        click.echo(render_screening(screening))


def _screen_with_model(
    assistant: Assistant, post: Post, screening: Screening, as_json: bool
) -> None:
    from bot.core.second_opinion import describe_opinion, opinion_to_json

    async def go() -> tuple[Composed, str]:
        try:
            return await assistant.opinions.read(post, screening)
        finally:
            await _close(assistant)

    composed, why = asyncio.run(go())
    stage = assistant.opinions.stage
    if as_json:
        data = opinion_to_json(composed, why, stage.model if stage else None)
        click.echo(json.dumps(data, ensure_ascii=False))
    else:
        click.echo(render_screening(composed.screening))
        click.echo(describe_opinion(composed, why))


def _screen_jsonl(source: str, community: str | None, audit: bool) -> None:
    from adapters.console import BadLine, Shortened, read_post_lines

    assistant = console_assistant(community, with_model=False)
    gate = assistant.gate_for(community or "")
    out = sys.stdout
    unreadable: list[int] = []
    lines = jsonl_lines(source, too_long=unreadable)
    known = list(assistant.communities)
    for item in read_post_lines(lines, community=community or "", communities=known):
        if isinstance(item, Shortened):
            click.echo(f"llumi: {item.describe()}", err=True)
            continue
        if isinstance(item, BadLine):
            unreadable.append(item.number)
            out.write(json.dumps({"id": item.id, "error": item.error}, allow_nan=False) + "\n")
            continue
        ident, post = item
        screening = assistant.screen(post) if audit else gate.screen(post.full_text)
        row = {"id": ident, **screening.to_json()}
        out.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")
    out.flush()
    if unreadable:
        fail_unreadable(source, sorted(unreadable))


def _finish(outcome: Outcome, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(outcome_to_json(outcome), ensure_ascii=False))
    else:
        click.echo(render_outcome(outcome))
    if isinstance(outcome, Unavailable):
        click.echo(f"llumi: model unavailable: {outcome.reason}", err=True)
        sys.exit(EXIT_MODEL_UNAVAILABLE)


async def _close(assistant: Assistant) -> None:
    await assistant.settle()
    if assistant.model is not None:
        await assistant.model.aclose()


@click.command()
@click.argument("source", required=False, default="-")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--community", default=None, help="Use this community's policy and resources.")
def draft(source: str, as_json: bool, community: str | None) -> None:
    """Draft a supportive reply to a post (FILE or - for stdin)."""
    from adapters.console import console_post, console_requester

    text = read_text(source)
    if not text.strip():
        fail("the post is empty")
    assistant = console_assistant(community)
    post = console_post(text, community=community or "")

    async def go() -> Outcome:
        try:
            return await assistant.draft(post, console_requester())
        except Refused as exc:  # empty post, a prompt that cannot fit
            fail(str(exc))
        finally:
            await _close(assistant)

    _finish(asyncio.run(go()), as_json)


@click.command()
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
    assistant = console_assistant(community)
    post = console_post(post_text, community=community or "")

    async def go() -> Outcome:
        try:
            return await assistant.improve(post, Reply(reply_text), console_requester())
        except Refused as exc:  # empty text, a reply too long for the model's context
            fail(str(exc))
        finally:
            await _close(assistant)

    _finish(asyncio.run(go()), as_json)


@click.command()
@click.argument("person")
def forget(person: str) -> None:
    """Delete every row that names PERSON (a name, or platform:id such as reddit:name).

    Names match exactly, as their platform compares them (Reddit's ignoring case)."""
    from bot.store import Store
    from bot.store.forget import Person

    try:
        who = Person.parse(person)
    except Refused as exc:
        fail(str(exc))
    store = Store.open(settings_or_fail(model=False).db_path)
    removed = {table: n for table, n in store.forget_person(who).items() if n}
    total = sum(removed.values())
    click.echo(f"forgot {who}: {total} records removed")
    for table, count in sorted(removed.items()):
        click.echo(f"  {table}: {count}")
