"""`python -m bot.cli`: the `llumi` command."""

from bot.cli.group import main

main()
