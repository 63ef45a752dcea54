"""Encouragement that names nothing: the draft endorses what the post said ("then I'm glad you
feel better, that's what matters most tonight", "that calm sounds like such a relief, you've
earned it", "I respect your decision", "I'm sorry it didn't go the way you wanted"). Said after
a bad day these are kind; said after "I cut and felt better" or "I've decided, this weekend" they
endorse self-harm or suicide. So they are read only when the crisis gate put the post at
`concern` or above, and only in a draft that nowhere points to help or asks about safety (a
helper who endorses the plan does not also give the crisis line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from policies.output.clinical import ROUTES_TO_HELP
from policies.output.family import A, family

#: The post's plan or act, referred to without naming it.
_THAT = (
    r"(?:(?:that|this|the)\s+(?:plan|decision|calm|feeling|peace|quiet|relief|lightness|clarity|"
    r"comfort)|that|it|this)"
)
_ENDORSING = [
    # what matters is that it worked
    rf"\b(?:that{A}?s|that\s+is)\s+(?:all\s+)?(?:what|that)\s+(?:really\s+)?matters\b|\bwhat\s+"
    rf"matters\s+(?:most\s+)?is\s+(?:that\s+)?(?:you\s+feel|it\s+(?:helps|works|helped|worked))\b",
    rf"\b(?:i{A}?m|i\s+am|so|really)\s+glad\s+(?:{_THAT}\s+(?:helped|helps|works|worked|gave\s+you|"
    rf"brought\s+you|gives\s+you)|you\s+(?:feel|felt)\s+(?:better|calmer|lighter|relief|some\s+"
    rf"relief)|you\s+found\s+(?:something|a\s+way)\s+that\s+(?:works|helps))\b",
    # the decision respected
    rf"\b(?:respect|support|honou?r|accept|trust)\s+(?:your|that|the|this)\s+(?:decision|choice|"
    rf"plan)\b|\b(?:it{A}?s|that{A}?s|it\s+is|that\s+is)\s+(?:your|ur)\s+(?:decision|call|choice)"
    rf"(?=\s*[,.!;]|\s*$|\s+(?:and|to\s+make))",
    rf"\bif\s+(?:that{A}?s|this\s+is|it{A}?s|that\s+is)\s+what\s+you\s+(?:really\s+)?(?:want|need|"
    rf"feel\s+is\s+right)(?=\s*[,.!;]|\s*$|\s+(?:then|i)\b)",
    rf"\b(?:i|we)\s+(?:won{A}?t|will\s+not|wouldn{A}?t|can{A}?t|could\s+never)\s+(?:judge|blame)\s+"
    rf"you(?=\s*[,.!;]|\s*$|\s+for\s+(?:it|that|this|wanting|choosing|deciding))",
    # earned, a relief
    rf"\b(?:you{A}?ve|you\s+have)\s+(?:more\s+than\s+|truly\s+|really\s+)?earned\s+(?:it|this|that)"
    rf"(?=\s*[,.!;]|\s*$)",
    rf"\b{_THAT}\s+(?:sounds|seems|must\s+(?:be|feel))\s+(?:like\s+)?(?:such\s+|so\s+)?(?:a\s+)?"
    rf"(?:relief|peaceful|freeing|lovely|calming|release|beautiful|gentle|something\s+you{A}?(?:ve|\s+"
    rf"have)\s+(?:been\s+)?(?:missing|needed|wanted|deserved))\b",
    rf"\bglad\s+you{A}?(?:ve|\s+have)?\s+(?:found|got|feel|felt)\s+(?:some\s+|a\s+bit\s+of\s+|a\s+"
    rf"little\s+)?(?:comfort|peace|relief|clarity|calm|lighter)\b",
    r"\b(?:take\s+care|look\s+after\s+yourself|be\s+gentle|rest|enjoy)\b[^.!?\n]{0,30}\buntil\s+then\b",
    r"\b(?:calm|peace|quiet|relief|lightness)\s+(?:is\s+)?something\s+you\s+(?:deserve|earned|need)\b|"
    r"\benjoy\s+the\s+(?:quiet|peace|calm|stillness)\b",
    r"\byou\s+should\s+(?:just\s+)?do\s+it(?=\s*[,.;]|\s*$)",
    r"\bi\s+hope\s+(?:it|this|that)\s+(?:brings|gives)\s+you\s+(?:the\s+|some\s+)?(?:peace|relief|"
    r"rest|quiet|calm|what\s+you)\b",
    # an attempt that failed, regretted
    rf"\bsorry\s+(?:it|that|this)\s+(?:didn{A}?t|did\s+not)\s+(?:work(?=\s*[,.!;]|\s*$|\s+this\s+"
    rf"time)|go\s+(?:the\s+way\s+|how\s+)?(?:you|as\s+you)\s+(?:wanted|planned|hoped))",
    r"\bnext\s+time\b[^.!?\n]{0,30}\b(?:enough|deeper|longer|make\s+sure\s+it)\b",
    # keep doing what works
    r"\b(?:keep|keeps)\s+(?:doing\s+)?(?:it|that|what\s+(?:works|helps))(?=\s*[,.!;]|\s*$|\s+if\b)"
    r"|\bdo\s+what(?:ever)?\s+(?:works|helps)(?:\s+for\s+you)?(?=\s*[,.!;]|\s*$)",
    r"\b(?:brave|strong|courageous|honest)\s+(?:of\s+you\s+)?(?:to|for)\s+(?:decide|deciding|choose|"
    r"choosing|make|making)\s+(?:this|that|it|the|your)\b(?!\s+(?:call|post|step\s+to|appointment))",
    # r2out: the release it gave, the rest you've wanted, sounding ready, knowing what you need
    r"\b(?:gave|gives|give)\s+you\s+(?:exactly\s+|just\s+)?the\s+(?:release|relief|rest|peace)\s+"
    r"you\s+(?:needed|deserved|wanted|were\s+looking\s+for)\b",
    rf"\bhope\s+you\s+(?:finally\s+)?(?:get|find)\s+the\s+(?:rest|peace|quiet|release)\s+"
    rf"you(?:{A}?ve|\s+have)?\s+been\s+(?:wanting|needing|looking\s+for|craving|longing\s+for|"
    rf"waiting\s+for)\b",
    r"\byou\s+(?:sound|seem)\s+(?:so\s+|really\s+)?(?:settled|ready|sure|at\s+peace)(?=\s*[,.!;]|\s*$|"
    r"\s+and\b)",
]
#: A safety question ("are you safe", "thoughts of ending your life?") anywhere in the draft.
_CHECKS_SAFETY = re.compile(
    r"\b(?:are\s+you\s+(?:safe|thinking\s+(?:about|of)|having\s+(?:thoughts|any))|thoughts\s+of\s+"
    r"(?:suicide|ending|hurting|killing)|keep\s+(?:yourself\s+)?safe|stay\s+safe)\b"
)

ENDORSING = family(
    "encouragement",
    _ENDORSING,
    unless_before=rf"\b(?:not|never|no|don{A}?t|isn{A}?t|wasn{A}?t|if\s+you\s+(?:feel|think))\b",
    questions_ok=True,
)


@cache
def _routes() -> re.Pattern[str]:
    return re.compile(ROUTES_TO_HELP)


def endorsements(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of `folded` (a draft answering a post at `concern` or above) that endorse what the
    post said; none when the draft points to help or asks about safety anywhere."""
    if _routes().search(folded) or _CHECKS_SAFETY.search(folded):
        return
    yield from ENDORSING.hits(folded)


__all__ = ["ENDORSING", "endorsements"]
