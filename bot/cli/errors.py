"""The CLI's exit codes and its one-line errors, shared by every command.

The codes are a contract other tools script against: 0 done (draft, escalated, withheld),
1 a platform failed, 2 bad input, 3 model unavailable; one line on stderr for every error,
never a traceback.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

EXIT_PLATFORM_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_MODEL_UNAVAILABLE = 3


class OneLine(click.ClickException):
    """An error shown as one `llumi: ...` line on stderr."""

    def show(self, file: Any = None) -> None:
        click.echo(f"llumi: {self.format_message()}", err=True)


class BadInput(OneLine):
    """Input we cannot work with: exit 2."""

    exit_code = EXIT_BAD_INPUT


class ModelDown(OneLine):
    """The model is unavailable: exit 3."""

    exit_code = EXIT_MODEL_UNAVAILABLE


class PlatformError(OneLine):
    """The platform failed: exit 1."""

    exit_code = EXIT_PLATFORM_FAILED


def fail(message: str) -> NoReturn:
    raise BadInput(message)


def platform_failed(message: str) -> NoReturn:
    click.echo(f"llumi: {message}", err=True)
    sys.exit(EXIT_PLATFORM_FAILED)


def run_one_line(group: click.Group) -> None:
    """Run the group so that every error is one line; tracebacks only with -vv."""
    try:
        group.main(standalone_mode=False)
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
        # The first line only: the contract is one line, and the rest of a library's message
        # (a validation error's "input_value=...") can quote what a model server answered.
        first = (str(exc).strip().splitlines() or [""])[0][:200]
        click.echo(f"llumi: {type(exc).__name__}: {first} (run with -vv for details)", err=True)
        sys.exit(1)
