"""The rules' version covers every file the crisis rules live in, whatever the layout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import policies
from policies.crisis import CrisisGate, rules_files
from policies.crisis.rules import digest_of

POLICIES = Path(policies.__file__).resolve().parent

# Modules of `policies` the gate may load without them changing a level.
NOT_RULES = {"__init__.py"}


def _loaded_by_the_gate() -> set[Path]:
    """The `policies` modules a fresh interpreter loads to build the gate and screen a post."""
    code = (
        "import json, sys; from policies.crisis import screen; screen('I want to die tonight');"
        "print(json.dumps([getattr(m, '__file__', None) for m in list(sys.modules.values())]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    files = {Path(f).resolve() for f in json.loads(out) if f}
    return {f for f in files if POLICIES in f.parents}


def test_every_module_the_gate_loads_is_a_rules_file() -> None:
    listed = {p.resolve() for p in rules_files()}
    loaded = {f for f in _loaded_by_the_gate() if f.name not in NOT_RULES or f.parent != POLICIES}
    missing = sorted(str(f.relative_to(POLICIES)) for f in loaded - listed if f.suffix == ".py")
    assert not missing, f"rules files left out of the version: {missing}"


def test_every_module_of_the_package_and_every_lexicon_file_is_a_rules_file() -> None:
    listed = {p.resolve() for p in rules_files()}
    package = set((POLICIES / "crisis").glob("*.py"))
    data = set((POLICIES / "lexicon").glob("*.toml"))
    assert {p.resolve() for p in package | data} <= listed


def test_the_version_changes_with_any_rules_file() -> None:
    files = [(p.name, p.read_bytes()) for p in rules_files()]
    base = digest_of(files)
    for k, (name, content) in enumerate(files):
        changed = [*files[:k], (name, content + b"\n"), *files[k + 1 :]]
        assert digest_of(changed) != base, name


def test_the_gate_version_is_stable_within_a_process() -> None:
    assert CrisisGate().version == CrisisGate().version
