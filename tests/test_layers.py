"""The floors of design.md: adapters on top, bot/ in the middle, policies/ and prompts/ below.

Only the composition root, the CLI package `bot/cli/`, may import an adapter, and only inside a
function, so a Reddit-only install never loads discord.py. Checked on the source, not by hand.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
COMPOSITION_ROOT = "bot/cli/"
PLATFORM_LIBRARIES = ("praw", "prawcore", "discord")


def imports(path: Path) -> list[tuple[str, bool]]:
    """(module, at top level?) for every import in a file."""
    tree = ast.parse(path.read_text("utf-8"))
    top = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, id(node) in top))
    return found


def sources(*packages: str) -> list[Path]:
    return sorted(p for package in packages for p in (ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", sources("policies", "prompts"), ids=str)
def test_policies_and_prompts_import_nothing_of_the_bot(path: Path) -> None:
    for module, _ in imports(path):
        assert not module.startswith(("bot", "adapters")), f"{path}: imports {module}"
        assert not module.startswith(PLATFORM_LIBRARIES), f"{path}: imports {module}"


@pytest.mark.parametrize("path", sources("bot"), ids=str)
def test_the_core_never_imports_an_adapter_or_a_platform_library(path: Path) -> None:
    relative = path.relative_to(ROOT).as_posix()
    for module, top_level in imports(path):
        platform = module.startswith(("adapters", *PLATFORM_LIBRARIES))
        if relative.startswith(COMPOSITION_ROOT):
            assert not (platform and top_level), f"{relative}: imports {module} at load time"
        else:
            assert not platform, f"{relative}: imports {module}"
