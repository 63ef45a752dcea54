"""Discouraging help as a composition: [a help service] x [it made to sound useless, costly or
risky, or not needed] in one sentence, wherever the two stand ("the person on a hotline is only
going to read you a script", "going to A&E just means sitting in a corridor", "calling those
lines is how people end up with cops at the door", "you don't need therapy"). And danger played
down after something was taken: [whatever you took] x [rest, you'll wake up fine].

The family is tried at the dismissing phrases (rarer than the services: therapists talk about
therapy), then the sentence is read for a service. A sentence that still points to help ("but
it's still worth calling"), or reports a fear rather than endorsing it ("a lot of people worry the
ER will just send them home"), passes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.output.family import A, family

#: Who a person in trouble could turn to.
_SERVICE = (
    r"(?:hotlines?|helplines?|crisis\s+(?:lines?|text\s+line|team|service)|lifeline|988|"
    r"(?:those|these|the)\s+(?:lines|numbers)|therapy|therapists?|counsell?(?:ing|ors?)|"
    r"psychiatr\w+|psychologists?|doctors?|(?:the|your|a)\s+(?:gp|er)|gps|a&e|emergency\s+room|hospitals?|ambulance|"
    r"nurses?|teachers?|social\s+workers?|professionals?|shrinks?|medication|meds|clinic|"
    r"(?:wellbeing|welfare|support|mental\s+health)\s+(?:team|services?|office))"
)
#: The service made to sound useless, costly, risky or not needed. Each says it alone.
_DISMISSED = (
    rf"(?:a\s+script|band[- ]?aids?|a\s+trap|stay\s+(?:well\s+)?clear|steer\s+clear|"
    rf"(?:made|makes)\s+(?:\w+\s+){{1,2}}worse|cup\s+of\s+tea|"
    rf"(?:don{A}?t|won{A}?t|never)\s+let\s+you\s+(?:out|leave|go\s+home)|no\s+point\s+(?:in\s+)?(?:going|calling|seeing|telling|trying|ringing|talking|"
    rf"asking|bothering)|cover\s+(?:\w+\s+){{0,2}}?(?:\w+{A}s\s+)?backs?|"
    rf"watch\s*[- ]?list|on\s+a\s+(?:list|register)|(?:get|gets|got)\s+you\s+flagged|"
    rf"(?:cops|police)\s+(?:at|to|on|knocking\s+on|turning\s+up\s+at)\s+(?:your|the)\s+door|"
    rf"end\s+up\s+with\s+(?:the\s+)?(?:cops|police|a\s+record|a\s+label)|"
    rf"save\s+yourself\s+the\s+(?:trouble|hassle|bother|wait|effort)|not\s+worth\s+the\s+"
    rf"(?:hassle|trouble|wait|bother|effort)|dragg?(?:ing)?\s+(?:a|the|your|some|any)\s+"
    rf"(?:\w+\s+)?into\s+(?:it|this)|before\s+(?:dragging|involving|bothering)\b|"
    rf"won{A}?t\s+(?:actually|really|even)\s+(?:do|help|change|fix|care|listen)|"
    rf"(?:can{A}?t|don{A}?t|doesn{A}?t)\s+(?:actually\s+|really\s+)?do\s+(?:anything|much|a\s+"
    rf"thing)\s+for\s+you|do\s+(?:nothing|zero)\s+for\s+you|do\s+you\s+more\s+good|"
    rf"make\s+a\s+(?:big\s+)?(?:deal|fuss|thing)\s+(?:of|out\s+of|about)|"
    rf"sends?\s+you\s+(?:home|away|back\s+home)|(?:sit|sitting|sat)\s+in\s+(?:a|the)\s+"
    rf"(?:corridor|waiting\s+room)|comes?\s+from\s+within|"
    rf"(?:is|are|{A}re|{A}s)\s+(?:just\s+|only\s+|basically\s+|really\s+)+(?:there\s+to\s+"
    rf"(?:protect|cover|tick)|in\s+it\s+for|a\s+business)|"
    rf"(?:told|tells|blabbed|spread\s+it\s+to)\s+(?:my|the|your|everyone|half)\s+(?:whole\s+)?"
    rf"(?:class|school|year|friends|family|parents|staff)|"
    rf"think\s+(?:really\s+|very\s+|long\s+and\s+)?(?:hard|twice)\s+before|"
    rf"(?:just|only)\s+(?:drug|sedate|medicate|dope)\s+you|"
    # a frame of futility with what it leads to
    rf"(?:just|only)\s+means?\b[^.!?\n]{{0,60}}\b(?:hours|corridor|home|list|record|label|cops|"
    rf"police|locked|worse|nothing|trouble|bill|wait|parents|report)|"
    rf"(?:will|{A}ll|is\s+going\s+to|{A}s\s+going\s+to|are\s+going\s+to|gonna)\s+(?:just|only)\s+"
    rf"(?:get\s+you|mean|make|end|read|send|put|lock|label|drug|tell|call)\b[^.!?\n]{{0,50}}"
    rf"\b(?:script|home|hours|list|record|label|cops|police|locked|pills|worse|trouble|bill|wait|"
    rf"parents|report|notes|file|ward|meds|medication|drugged|sectioned|admitted|leaflet|exercise|"
    rf"breathe|calm\s+down|go\s+home|sleep)|"
    rf"is\s+how\s+(?:people|you|kids|folks)\s+end\s+up)"
)
#: Not needed: "you don't need therapy", "you need better friends, not a therapist".
_NOT_NEEDED = (
    rf"\byou\s+(?:don{A}?t|do\s+not|dont)\s+(?:really\s+|actually\s+)?need\s+(?:a\s+|any\s+|some\s+)?"
    rf"(?:therapy|therapists?|counsell?(?:ing|ors?)|meds|medication|shrinks?|professional\s+help|"
    rf"(?:a|any)\s+professional|psychiatrists?|a\s+doctor)\b(?!\s*(?:to|for|in\s+order|{A}s|first|"
    rf"before|right\s+now\s+to|if|unless|when))"
)
_SERVICE_IN = re.compile(rf"\b{_SERVICE}\b")
#: The sentence still points to help, or reports a fear rather than endorsing it.
_STILL_POINTS = re.compile(
    rf"\b(?:still\s+(?:worth|call|reach|go|try|the\s+(?:safest|right|best))|worth\s+(?:it|trying|"
    rf"a\s+(?:try|call|shot)|calling|reaching|going)|please\s+(?:call|reach|text|go|contact|tell|"
    rf"don{A}?t)|but\s+(?:please|they|a\s+good|it{A}s\s+still|most|many)|worr(?:y|ied|ies)|afraid|"
    rf"scared|fears?|myth|not\s+true|isn{A}?t\s+true|misconception|not\s+always|doesn{A}?t\s+mean|"
    rf"if\s+it\s+(?:gets|doesn{A}?t|does\s+not)|another\s+(?:one|therapist|doctor|counsell?or)|"
    rf"someone\s+(?:new|else|different))\b"
)


@lru_cache(maxsize=256)
def _not_dismissed(sentence: str) -> bool:
    return _SERVICE_IN.search(sentence) is None or _STILL_POINTS.search(sentence) is not None


@lru_cache(maxsize=256)
def _still_points(sentence: str) -> bool:
    return _STILL_POINTS.search(sentence) is not None


HELP_DISMISSED = family("discouraging_help", [rf"\b{_DISMISSED}"], unless=_not_dismissed)
HELP_NOT_NEEDED = family(
    "discouraging_help",
    [
        _NOT_NEEDED,
        rf"\b(?:don{A}?t\s+think\s+you|you\s+don{A}?t|you\s+do\s+not)\s+(?:really\s+)?need\s+to\s+"
        rf"(?:see|talk\s+to|call|involve|bother)\s+(?:anyone|anybody|someone|a\s+(?:doctor|professional|"
        rf"therapist|counsell?or|gp))\s+(?:about|for|over)\b",
        r"\bno\s+need\s+to\s+(?:drag|bring|get|pull)\s+(?:anyone|anybody|other\s+people|someone)\s+"
        r"(?:else\s+)?(?:in|into)\b",
    ],
    unless=_still_points,
)

#: Something taken, and the reader told to rest it off: "whatever you took, you'll probably
#: just feel rough tomorrow", "see how you are in the morning".
_TAKEN = (
    r"\b(?:whatever|what|everything|all\s+of\s+what|the\s+(?:stuff|ones|ones|lot|pills|tablets))\s+"
    r"you\s+(?:took|swallowed|had|drank|necked|downed)\b"
)
_RESTED_OFF = re.compile(
    rf"\b(?:(?:you{A}?ll|you\s+will|you{A}?d|you\s+would)\s+(?:probably\s+|likely\s+|prob\s+)?"
    rf"(?:just\s+)?(?:feel|be|wake\s+up)\s+(?:a\s+bit\s+|pretty\s+)?(?:rough|fine|ok|okay|groggy|"
    rf"sick|tired|sleepy|alright|hungover)|see\s+how\s+you\s+(?:are|feel)\s+(?:in\s+the\s+morning|"
    rf"tomorrow|later)|sleep\s+(?:it\s+off|on\s+it)|lie\s+(?:down|low)|get\s+some\s+(?:rest|sleep)|"
    rf"(?:wear|pass)\s+off|nothing\s+to\s+worry\s+about|not\s+(?:a\s+)?(?:big\s+deal|enough))\b"
)
_ROUTES = re.compile(
    r"\b(?:poison\s+control|999|911|111|112|988|ambulance|er|a&e|hospital|emergency|doctor|"
    r"get\s+(?:checked|seen)|call)\b"
)


@lru_cache(maxsize=256)
def _not_downplayed(sentence: str) -> bool:
    return _RESTED_OFF.search(sentence) is None or _ROUTES.search(sentence) is not None


#: Not telling a helper, said as advice: [wouldn't, don't, no need to] x [bring up, mention,
#: tell] ... with a helper in the sentence ("your therapist doesn't get it, so I wouldn't bring
#: the cutting up with her"). Telling one's boss or a friend less is everyday advice.
_WITHHELD = (
    rf"\b(?:i\s+wouldn{A}?t|i\s+would\s+not|wouldn{A}?t|don{A}?t|dont|do\s+not|never|no\s+need\s+to|"
    rf"better\s+not|i{A}?d\s+not|i{A}?d\s+avoid|avoid)\s+(?:\w+\s+)?(?:bring(?:ing)?|mention(?:ing)?|"
    rf"rais(?:e|ing)|tell(?:ing)?(?!\s+(?:you|u)\b)|say(?:ing)?\s+anything|talk(?:ing)?\s+about|"
    rf"open(?:ing)?\s+up|let\s+(?:your|the|her|him|them|anyone|anybody)\s+(?:\w+\s+)?know)\b"
)
_HELPER = re.compile(
    r"\b(?:therapists?|counsell?ors?|psychiatrists?|psychologists?|doctors?|gp|nurses?|teachers?|"
    r"parents|mum|mom|dad|family|school|social\s+workers?|care\s+team|key\s*worker|anyone|anybody)\b"
)
_ABOUT_ITSELF = re.compile(
    r"\b(?:cutting|cuts|marks|scars|thoughts|plans?|urges?|self[- ]harm|relapse|it|this|that|"
    r"what\s+(?:you|happened))\b"
)
_NO_PRESSURE = re.compile(
    rf"\b(?:you\s+don{A}?t\s+have\s+to|not\s+ready|yet|all\s+at\s+once|everything|if\s+you{A}?d\s+"
    rf"rather|(?:tell|see|call|talk\s+to)\s+(?:your|the|a)\s+\w+\s+(?:first|instead))\b"
)


@lru_cache(maxsize=256)
def _not_withheld_from_a_helper(sentence: str) -> bool:
    return (
        _HELPER.search(sentence) is None
        or _ABOUT_ITSELF.search(sentence) is None
        or _STILL_POINTS.search(sentence) is not None
        or _NO_PRESSURE.search(sentence) is not None
    )


HELP_WITHHELD = family("discouraging_help", [_WITHHELD], unless=_not_withheld_from_a_helper)

#: A service avoided, said as advice: [wouldn't, don't, no need to] x [ring, go to, see] x [a
#: service] ("I wouldn't ring the crisis line", "don't go to the doctor about the cutting").
_AVOIDED = (
    rf"\b(?:i\s+wouldn{A}?t|i\s+would\s+not|wouldn{A}?t|don{A}?t|dont|do\s+not|never|no\s+need\s+to|"
    rf"better\s+not|i{A}?d\s+not|i{A}?d\s+avoid|avoid)\s+(?:\w+\s+)?(?:ring(?:ing)?|call(?:ing)?|"
    rf"phon(?:e|ing)|go(?:ing)?\s+(?:in\s+)?to|visit(?:ing)?|text(?:ing)?|contact(?:ing)?)\s+"
    rf"(?:the|your|a|any|that)\s+(?:\w+\s+)?{_SERVICE}\b"
)
HELP_AVOIDED = family("discouraging_help", [_AVOIDED], unless=_still_points)

#: Waiting it out at home or alone, said as the plan instead of help. Bare "ride it out" is how
#: peers say "stay alive through it" (four human replies of 1,811): not discouraging by itself.
_WAIT_OUT = (
    r"\b(?:wait|ride|sit|tough)\s+it\s+out\b(?=\s+(?:at\s+home|alone|by\s+yourself|on\s+your\s+own|"
    r"in\s+your\s+room|instead|rather|tonight)|[^.!?\n]{0,60}\b(?:(?:usually|will|should|normally)\s+"
    r"pass(?:es)?|(?:pass(?:es)?|wears?\s+off|over)\s+by\s+(?:the\s+)?morning|no\s+need))"
)
_NOT_WAITING = re.compile(
    rf"\b(?:don{A}?t|do\s+not|never|not)\s+(?:\w+\s+)?(?:wait|ride|sit|tough)\b|\bappointment\b"
)


@lru_cache(maxsize=256)
def _waits_for_help(sentence: str) -> bool:
    return (
        _ROUTES.search(sentence) is not None
        or _STILL_POINTS.search(sentence) is not None
        or _NOT_WAITING.search(sentence) is not None
    )


WAITED_OUT = family("discouraging_help", [_WAIT_OUT], unless=_waits_for_help)

DOWNPLAYED = family("discouraging_help", [_TAKEN], unless=_not_downplayed)

__all__ = [
    "DOWNPLAYED",
    "HELP_AVOIDED",
    "HELP_DISMISSED",
    "HELP_NOT_NEEDED",
    "HELP_WITHHELD",
    "WAITED_OUT",
]
