"""`llumi pairs build`, `llumi eval`, `llumi model create`: the learning loop's commands.

Exit codes as in the rest of the CLI: 0 done, 2 bad input (one line on stderr), 3 model
unavailable (one line naming the fix). Added to the `llumi` group by bot/cli/group.py.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from bot.cli.errors import ModelDown, PlatformError, fail
from bot.cli.inputs import settings_or_fail
from bot.config import Settings

if TYPE_CHECKING:
    from bot.learning.serving import CreatedModel

# -- llumi pairs build ----------------------------------------------------------------------------


@click.group("pairs")
def pairs() -> None:
    """Preference pairs for fine-tuning the GM and IM (SFT, then DPO, with TRL)."""


@pairs.command("build")
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="DIR.")
@click.option("--threads", "threads_file", type=click.Path(path_type=Path), help="JSONL threads.")
@click.option("--subreddit", default=None, help="Read threads from r/NAME through PRAW.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 1000))
@click.option(
    "--i-have-permission",
    "permission",
    is_flag=True,
    help="Required with --subreddit: the community agreed (Reddit's terms limit training on"
    " its users' content).",
)
@click.option("--save-threads", type=click.Path(path_type=Path), help="Keep fetched threads.")
@click.option("--from-feedback", is_flag=True, help="Use the bot's own drafts and feedback.")
@click.option("--only-unexported", is_flag=True, help="With --from-feedback: new feedback only.")
@click.option("--mark-exported", is_flag=True, help="With --from-feedback: mark it exported.")
@click.option("--min-gap", default=1, show_default=True, type=int, help="Score gap of a pair.")
@click.option("--min-score", default=1, show_default=True, type=int, help="Score of a target.")
@click.option("--min-len", default=40, show_default=True, type=int, help="Reply characters.")
@click.option("--max-len", default=4000, show_default=True, type=int, help="Reply characters.")
@click.option(
    "--include-crisis", is_flag=True, help="Keep crisis-level posts and replies (off by default)."
)
@click.option("--max-pairs-per-post", default=5, show_default=True, type=int)
def pairs_build(
    out_dir: Path,
    threads_file: Path | None,
    subreddit: str | None,
    limit: int,
    permission: bool,
    save_threads: Path | None,
    from_feedback: bool,
    only_unexported: bool,
    mark_exported: bool,
    min_gap: int,
    min_score: int,
    min_len: int,
    max_len: int,
    include_crisis: bool,
    max_pairs_per_post: int,
) -> None:
    """Build gm-sft/gm-dpo/im-sft/im-dpo.jsonl and summary.json in DIR."""
    from bot.learning.export import write_pairs
    from bot.learning.pairs import PairFilters, ServingPrompts, build_pairs
    from bot.learning.threads import ThreadsError, read_threads

    sources = [threads_file is not None, subreddit is not None, from_feedback]
    if sum(sources) != 1:
        fail("give exactly one source: --threads FILE, --subreddit NAME or --from-feedback")
    try:
        filters = PairFilters(
            min_gap=min_gap,
            min_score=min_score,
            min_len=min_len,
            max_len=max_len,
            include_crisis=include_crisis,
            max_pairs_per_post=max_pairs_per_post,
        )
    except ValueError as exc:
        fail(str(exc))
    settings = settings_or_fail()
    prompts = ServingPrompts(settings.num_ctx)
    used_feedback: list[int] = []
    store = None
    try:
        if threads_file is not None:
            pair_set, summary = build_pairs(read_threads(threads_file), filters, prompts)
            summary["threads_file"] = str(threads_file)
        elif subreddit is not None:
            pair_set, summary = _pairs_from_subreddit(
                settings, subreddit, limit, permission, save_threads, filters, prompts
            )
        else:
            from bot.learning.feedback_pairs import build_feedback_pairs
            from bot.store import Store

            if not settings.db_path.exists():
                fail(f"no store at {settings.db_path}: run the bot first (or set LLUMI_DB)")
            store = Store.open(settings.db_path)
            pair_set, summary, used_feedback = build_feedback_pairs(
                store, filters, prompts, only_unexported=only_unexported
            )
    except ThreadsError as exc:
        fail(str(exc))
    try:
        write_pairs(out_dir, pair_set, summary)
    except OSError as exc:
        fail(f"cannot write to {out_dir}: {exc.strerror or exc}")
    if store is not None and mark_exported and used_feedback:
        store.mark_feedback_exported(used_feedback)
    examples = summary["examples"]
    click.echo(
        f"{out_dir}: gm-sft {examples['gm_sft']['all']}, gm-dpo {examples['gm_dpo']['all']},"
        f" im-sft {examples['im_sft']['all']}, im-dpo {examples['im_dpo']['all']}"
        f" from {summary['posts']['kept']} of {summary['posts']['read']} posts"
        " (what each filter dropped: summary.json)"
    )


def _pairs_from_subreddit(
    settings: Settings,
    subreddit: str,
    limit: int,
    permission: bool,
    save_threads: Path | None,
    filters: Any,
    prompts: Any,
) -> tuple[Any, dict[str, Any]]:
    from adapters.reddit.threads import threads_from_subreddit  # the platform's side
    from bot.learning.pairs import build_pairs
    from bot.learning.threads import write_threads

    if not permission:
        fail(
            "--subreddit needs --i-have-permission: Reddit's terms limit training on its users'"
            " content; ask the community's moderators first"
        )
    if settings.reddit is None:
        fail("--subreddit needs Reddit credentials: set REDDIT_CLIENT_ID and the rest (.env)")
    name = subreddit.removeprefix("r/").strip()
    try:
        threads = threads_from_subreddit(settings.reddit, name, limit)
    except Exception as exc:  # praw/prawcore errors: one line, never a traceback
        raise PlatformError(f"reading r/{name} failed: {type(exc).__name__}: {exc}") from None
    if save_threads is not None:
        try:
            write_threads(save_threads, threads)
        except OSError as exc:
            fail(f"cannot write {save_threads}: {exc.strerror or exc}")
    pair_set, summary = build_pairs(threads, filters, prompts)
    summary["subreddit"] = name
    return pair_set, summary


# -- llumi eval -----------------------------------------------------------------------------------


@click.command("eval")
@click.argument("threads_file", metavar="THREADS.jsonl", type=click.Path(path_type=Path))
@click.option("--model", "models", multiple=True, help="A model to compare (repeatable).")
@click.option(
    "--out", "out_dir", default="eval", show_default=True, type=click.Path(path_type=Path)
)
@click.option("--limit", default=None, type=click.IntRange(1), help="At most N posts.")
@click.option("--improve", is_flag=True, help="IM mode: improve the human reply of each post.")
@click.option("--no-progress", is_flag=True, help="No progress bar on stderr.")
@click.option("--save-drafts", is_flag=True, help="Also write the drafts (drafts.jsonl) to read.")
def eval_command(
    threads_file: Path,
    models: tuple[str, ...],
    out_dir: Path,
    limit: int | None,
    improve: bool,
    no_progress: bool,
    save_drafts: bool,
) -> None:
    """Compare models (and the human replies) on five dimensions: report.md and chart.png."""
    from bot.learning.evaluate import Evaluator, select_posts
    from bot.learning.report import write_report
    from bot.learning.threads import ThreadsError, read_threads
    from bot.model import ModelUnavailable

    settings = settings_or_fail()
    chosen = list(dict.fromkeys(models)) or [
        settings.gm_model if not improve else settings.im_model
    ]
    evaluator = Evaluator(
        settings,
        mode="improve" if improve else "draft",
        progress=not no_progress,
        save_drafts=save_drafts,
    )
    try:
        posts, skipped = select_posts(
            read_threads(threads_file), evaluator.screen, limit=limit, need_human=improve
        )
    except ThreadsError as exc:
        fail(str(exc))
    if not posts:
        fail(f"{threads_file}: no post to evaluate ({dict(skipped) or 'the file is empty'})")
    try:
        results = asyncio.run(evaluator.run(chosen, posts))
    except ModelUnavailable as exc:
        raise ModelDown(exc.hint) from None
    meta = {
        "mode": "improve" if improve else "draft",
        "threads": str(threads_file),
        "posts": len(posts),
        "skipped": dict(skipped),
        "models": chosen,
    }
    try:
        written = write_report(out_dir, results, meta)
    except OSError as exc:
        fail(f"cannot write to {out_dir}: {exc.strerror or exc}")
    click.echo(f"{written['report.md']} and {written['chart.png']} ({len(posts)} posts)")


# -- llumi model create ---------------------------------------------------------------------------


@click.group("model")
def model() -> None:
    """Serve a fine-tuned model through Ollama."""


@model.command("create")
@click.argument("name")
@click.option("--from", "base", required=True, help="The base model the adapter was trained on.")
@click.option("--lora", type=click.Path(path_type=Path), help="LoRA adapter (file or directory).")
@click.option("--role", type=click.Choice(["gm", "im"]), default="gm", show_default=True)
@click.option("--modelfile", type=click.Path(path_type=Path), help="Where to write the Modelfile.")
def model_create(
    name: str, base: str, lora: Path | None, role: str, modelfile: Path | None
) -> None:
    """Create NAME from BASE (+ the adapter) with the GM or IM system prompt and the bot's
    parameters; then set LLUMI_GM_MODEL (or LLUMI_IM_MODEL) to NAME."""
    settings = settings_or_fail()
    if settings.model_api != "ollama":
        fail(
            "llumi model create serves through Ollama's create API, and LLUMI_MODEL_API is"
            f" {settings.model_api}: load the adapter in your engine instead (vLLM:"
            " --enable-lora --lora-modules NAME=PATH; llama-server: --lora PATH), then set"
            " LLUMI_GM_MODEL or LLUMI_IM_MODEL to its name"
        )
    for host in settings.model_hosts:  # each Ollama host serves the same model names
        created = _create_on(host, settings, name, base, role, lora, modelfile)
    env = "LLUMI_GM_MODEL" if created.role == "gm" else "LLUMI_IM_MODEL"
    record = f"; Modelfile: {created.modelfile}" if created.modelfile else ""
    click.echo(
        f"created {created.name} from {created.base} with {len(created.adapters)} adapter"
        f" file(s), {created.role} prompt {created.prompt_version}{record}. Use it: {env}={name}"
    )


def _create_on(
    host: str,
    settings: Settings,
    name: str,
    base: str,
    role: str,
    lora: Path | None,
    modelfile: Path | None,
) -> CreatedModel:
    """`llumi model create` on one Ollama host."""
    import httpx
    import ollama

    from bot.learning.serving import ServingError, create_model

    client = ollama.Client(
        host=host,
        timeout=httpx.Timeout(max(settings.model_timeout, 600.0), connect=10.0),
    )
    parameters = {"num_ctx": settings.num_ctx, "temperature": settings.temperature}
    try:
        created = create_model(
            client,
            name,
            base,
            role="im" if role == "im" else "gm",
            lora=lora,
            parameters=parameters,
            modelfile_path=modelfile,
        )
    except ServingError as exc:
        fail(str(exc))
    except OSError as exc:
        if isinstance(exc, ConnectionError):
            raise ModelDown(_unreachable(host)) from None
        fail(f"cannot read or write a file: {exc.strerror or exc}")
    except httpx.TransportError:
        raise ModelDown(_unreachable(host)) from None
    except ollama.ResponseError as exc:
        if exc.status_code == 404:
            raise ModelDown(
                f"the base model {base} is not pulled: run `ollama pull {base}`"
            ) from None
        if 400 <= exc.status_code < 500:
            fail(f"Ollama refused the model (HTTP {exc.status_code}): {exc.error}")
        raise ModelDown(
            f"the Ollama server failed (HTTP {exc.status_code}); check its log and retry"
        ) from None
    finally:
        client.close()  # type: ignore[no-untyped-call]
    return created


def _unreachable(host: str) -> str:
    return (
        f"the model server at {host} is not reachable: start it with"
        " `ollama serve` or check OLLAMA_HOST"
    )
