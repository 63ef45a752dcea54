"""The crisis-language gate (design.md, "Crisis levels").

A package along the gate's sections: `words` (the context rules' word lists), `context` (whose
a hit is and what the clause does to it), `imminence` (intent composed with a time, a plan,
means at hand or a farewell), `means` (means as classes: a noun composed with a state of its
class; the act under way), `overdoses` (attempts told with a count), `gate` (hits become a
`Screening`), `opinion` (a second opinion composed with the gate's, raise never lower) and
`rules` (the rules' version).
"""

from __future__ import annotations

from policies.crisis.gate import CrisisGate, GatePolicy, default_gate, screen
from policies.crisis.opinion import Composed, Outcome, SecondOpinion, Whose, compose
from policies.crisis.rules import rules_files, rules_hash

METHOD_CATEGORIES: frozenset[str] = frozenset({"plan", "means"})
"""Categories a DRAFT must never contain (how-to content about methods, plans, means)."""

CATEGORIES: frozenset[str] = frozenset(
    {
        "active_ideation",
        "passive_ideation",
        "plan",
        "means",
        "attempt",
        "farewell",
        "self_harm",
        "hopelessness",
        "burden",
        "entrapment",
        "third_party",
        "harassment",
        "finality",
        "other_suicidal_language",
        "community",
        "gate_error",
        "second_opinion",
    }
)

__all__ = [
    "CATEGORIES",
    "METHOD_CATEGORIES",
    "Composed",
    "CrisisGate",
    "GatePolicy",
    "Outcome",
    "SecondOpinion",
    "Whose",
    "compose",
    "default_gate",
    "rules_files",
    "rules_hash",
    "screen",
]
