"""The peer-voice families (the harms a warm peer voice commits without clinical words), one
module per kind; this module gathers them for the gate.
"""

from __future__ import annotations

from policies.output.as_an_ai import AS_AN_AI
from policies.output.asks import CONTACT
from policies.output.discouraging import DISCOURAGING
from policies.output.encouragement import ENCOURAGEMENT
from policies.output.family import Family
from policies.output.judgement import JUDGEMENT, JUDGEMENT_R2
from policies.output.promises import PROMISE

PEER: tuple[Family, ...] = (
    ENCOURAGEMENT,
    DISCOURAGING,
    PROMISE,
    JUDGEMENT,
    JUDGEMENT_R2,
    CONTACT,
    AS_AN_AI,
)
__all__ = [
    "AS_AN_AI",
    "CONTACT",
    "DISCOURAGING",
    "ENCOURAGEMENT",
    "JUDGEMENT",
    "JUDGEMENT_R2",
    "PEER",
    "PROMISE",
]
