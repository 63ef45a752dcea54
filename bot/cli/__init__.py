"""The `llumi` command line: the composition root, the one package that imports adapters."""

from bot.cli.group import cli, main

__all__ = ["cli", "main"]
