"""An unexpected error is still one line on stderr, and never more of its message than the first
line: a validation error's later lines quote what a model server answered (issue 14 item 6)."""

from __future__ import annotations

import click
import pytest

from bot.cli.errors import run_one_line


def test_an_unexpected_multi_line_error_is_one_line_without_its_quoted_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    @click.group()
    def cli() -> None:
        pass

    @cli.command()
    def draft() -> None:
        raise ValueError(
            "1 validation error for ChatResponse\nmessage\n"
            "  Field required [type=missing, input_value={'secret': 'model text'}]"
        )

    monkeypatch.setattr("sys.argv", ["llumi", "draft"])
    with pytest.raises(SystemExit) as exited:
        run_one_line(cli)
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "model text" not in err
    assert err.startswith("llumi: ValueError: 1 validation error for ChatResponse")
