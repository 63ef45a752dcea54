"""The `llumi` command line: the composition root, the one package that imports adapters."""

from bot.cli.inputs import ollama_import_guard

with ollama_import_guard():  # `import ollama` parses OLLAMA_HOST: a bad one must not stop us here
    from bot.cli.group import cli, main

__all__ = ["cli", "main"]
