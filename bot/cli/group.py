"""The `llumi` command group: logging, the version, and every command registered in one place."""

from __future__ import annotations

import logging

import click

from bot.cli.doctor import doctor
from bot.cli.errors import run_one_line
from bot.cli.gate import gate
from bot.cli.learning import eval_command, model, pairs
from bot.cli.posts import draft, forget, improve, screen
from bot.cli.run import run
from bot.cli.sweep import sweep


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="-v for progress, -vv for debugging.")
@click.version_option(package_name="llumi")
def cli(verbose: int) -> None:
    """llumi: private drafts and crisis escalation for mental-health community helpers."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


for command in (screen, draft, improve, run, doctor, forget, pairs, eval_command, model, sweep):
    cli.add_command(command)
cli.add_command(gate)


def main() -> None:
    """Entry point: every error is one line; tracebacks only with -vv."""
    run_one_line(cli)
