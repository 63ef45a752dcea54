"""Medication advice as a composition: [a medicine] x [a change to how it is taken] x [said to the
reader as something to do, or as fine or working]. A warm draft rarely says "stop your
medication": it says "I'd drop to every other day", "a second one around 3am does the trick",
"you're probably fine to come off them now", "swap them for magnesium, it works just as well".

Each slot is a small word class read inside one sentence. The family is tried at the medicine
words (rare in a draft) or at a change said of "them" or "it" that only a medicine takes ("been on
them", "come off it"), then the sentence is read for the other slots. A change said as a warning
("don't stop them suddenly"), deferred to a prescriber, or told as one's own story passes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.output.clinical import DRUGS, MEDS, asked_of_a_professional
from policies.output.clinical import sharing as _sharing
from policies.output.family import A, family

#: Things taken in place of a prescription ("swap them for magnesium"); recreational drugs are
#: left out: "stop the weed" is not medication advice.
SUPPLEMENTS = (
    r"magnesium|omega[- ]?3s?|fish\s+oil|turmeric|ashwagandha|saffron|vitamin\s+[bd]\d*|b12|"
    r"lavender\s+(?:oil|capsules)|microdos\w+|nootropics?|supplements?|herbal\s+(?:stuff|"
    r"remedies|remedy|tea|pills)"
)
#: A medicine in the sentence: a class of medicine, a named one, what was prescribed.
_MEDICINE = (
    rf"(?:{MEDS}|{DRUGS}|{SUPPLEMENTS}|prescribed|(?:your|the)\s+levels|sleeping\s+tablets|"
    rf"(?:sleeping|sleepy|anxiety|calming|happy)\s+ones|your\s+usual\s+(?:dose|ones|meds|one))"
)
#: A change said of "them" or "it" that only a medicine takes: the medicine left unnamed.
_ONLY_A_MEDICINE = (
    rf"\b(?:been|being|stay|staying)\s+on\s+(?:them|it|those|these)\s+(?:for\s+)?(?:\w+\s+)?"
    rf"(?:weeks?|months?|years?|a\s+while|long\s+enough)\b|"
    rf"\b(?:come|coming|get|getting|ease|easing|wean|weaning|lay|laying|taper|tapering)\s+"
    rf"(?:yourself\s+)?off\s+(?:them|it|those|these)?\s*(?:now|completely|for\s+good|slowly|"
    rf"gradually|over|whenever|any\s*time|straight\s+away|right\s+away|cold\s+turkey)\b|"
    rf"\bno\s+need\s+to\s+(?:wean|taper)\b|"
    rf"\b(?:go|going|bump|bumping|move|push)\s+(?:it\s+|them\s+)?up\s+to\s+(?:two|three|four|\d+)\s+"
    rf"(?:in\s+the\s+(?:morning|evening)|at\s+night|a\s+day|if|instead)\b|"
    rf"\b(?:take|use|taking|using)\s+(?:them|it)\s+(?:only\s+)?(?:when|whenever)\s+you\s+(?:feel|need)"
    rf"\b[^.!?\n]{{0,30}}\b(?:instead|rather|every\s+day|daily)\b|"
    rf"\bonly\s+(?:take|use)\s+(?:them|it)\s+when\b|"
    rf"\b(?:take|use|taking|using)\s+(?:them|it)\s+(?:only\s+)?every\s+(?:other|second|third|few)\s+"
    rf"days?\b|\b(?:halve|halving)\s+(?:it|them)\b|"
    rf"\btake\s+two\s+on\s+(?:the\s+)?(?:really\s+)?(?:bad|worse|rough|hard)\s+days\b|"
    rf"\bsave\s+(?:up\s+)?the\s+ones\s+you\s+don{A}?t\s+(?:use|take|need)\b|"
    rf"\b(?:don{A}?t|doesn{A}?t|won{A}?t|never)\s+ask\s+for\s+(?:a\s+|any\s+)?(?:script|prescription)\b|"
    rf"\bpharmac(?:y|ies)\s+abroad\b|"
    rf"\b(?:wines?|beers?|drinks?|alcohol|booze|vodka|weed|a\s+smoke|a\s+joint)\b[^.!?\n]{{0,30}}\b"
    rf"(?:with|on)\s+(?:those|them|these)\b|"
    rf"\b(?:wind|winding|step|stepping)\s+(?:it|them)\s+down\s+over\b|"
    rf"\b(?:pick|picking|start|starting)\s+(?:them|it)\s+(?:back\s+)?up\s+again\b|"
    rf"\bpick\s+(?:them|it)\s+back\s+up\b|\bgo(?:ing)?\s+back\s+on\s+(?:them|it)\b|"
    rf"\b(?:a|take\s+a|have\s+a)\s+break\s+from\s+(?:them|it)\s+(?:when|while|if|on|at|over|"
    rf"for)\b|"
    rf"\b(?:stopped|quit|ditched|binned|dropped)\s+mine\b|"
    rf"\b(?:missed|skipped|forgot)\s+(?:last\s+night{A}s|this\s+morning{A}s|yesterday{A}s|"
    rf"today{A}s|tonight{A}s|your\s+(?:morning|evening|night)|the\s+(?:morning|evening|night))\s+"
    rf"(?:one|dose)\b|"
    rf"\b(?:take|have|pop|taking|having|popping)\s+(?:a\s+whole\s+one|one\s+and\s+a\s+half|two\s+"
    rf"(?:at\s+once|together|instead)|a\s+(?:second|third|double)\s+one|an\s+extra\s+one)\b"
)
#: How it is taken, changed: stopped, dropped to, eased off, doubled, a second one, swapped for
#: something else, paused, restarted, mixed.
_CHANGE = re.compile(
    r"\b(?:stop(?:ping|ped)?|quit(?:ting)?|drop(?:ping)?\s+(?:down\s+|back\s+)?to|"
    r"(?:lay|laying|ease|easing|come|coming|go|going|get|getting)\s+off|wean|"
    r"(?:wind|winding|step|stepping)\s+(?:it|them)\s+down|taper|cut(?:ting)?\s+(?:down|back)|"
    r"halv(?:e|ing)|skip(?:ping)?|doubl(?:e|ing)|swap(?:ping)?|switch(?:ing)?|replac(?:e|ing)|"
    r"trad(?:e|ing)|go(?:ing)?\s+back\s+on|pick\s+(?:it|them)\s+back\s+up|restart(?:ing)?|"
    r"break\s+from|pause|pausing|ditch(?:ing)?|bin|chuck|every\s+other\s+(?:day|night)|"
    r"on\s+and\s+off|(?:a|an)\s+(?:second|third|extra|another)\s+(?:one|dose|pill|tablet)|"
    r"another\s+(?:one|dose|pill|tablet)|a\s+whole\s+one|one\s+and\s+a\s+half|(?:take|have|pop|taking|having|popping)\s+(?:two|three|"
    r"a\s+couple|a\s+few|another|more|extra|both)|catch\s+up|instead\s+of|in\s+place\s+of|"
    r"(?:works?|is|are|does)\s+(?:just\s+|every\s+bit\s+)?as\s+(?:well|good|much)|"
    r"(?:way|much|far|a\s+lot)\s+better\s+than|better\s+than\s+(?:the|your|any|what)|"
    r"takes?\s+the\s+edge\s+off|mix(?:ing)?|combin(?:e|ing)|alongside|on\s+top\s+of|"
    r"with\s+(?:a\s+(?:glass|bottle|couple|few|pint)\s+of\s+|some\s+)?(?:wines?|beers?|drinks?|"
    r"alcohol|vodka|booze|weed|pints?)|(?:ask|get|borrow|nick|take)\s+(?:her|him|them)\s+for\s+"
    r"(?:a\s+couple|a\s+few|some|one)|no\s+appointment|without\s+(?:a|any)\s+(?:prescription|script)|"
    r"(?:website|online|off\s+the\s+internet)|up\s+to\s+(?:two|three|four|\d+)|wean|"
    r"(?:when|whenever)\s+you\s+(?:feel|need)|together|every\s+(?:third|few|second)\s+days?|"
    r"pick\s+(?:it|them)\s+(?:back\s+)?up(?:\s+again)?|start\s+(?:it|them)\s+again|at\s+(?:your|the)\s+"
    r"(?:normal|usual|full|old)\s+dose|drop(?:ping)?\s+(?:the|your|it|them)\b(?!\s+(?:\w+\s+)?off)|"
    r"(?:don['’ʼ]?t|no\s+longer)\s+need\s+(?:it|them|the\s+\w+|your\s+\w+)|abroad|ask\s+for\s+(?:a\s+)?"
    r"script|(?:with|on)\s+(?:those|them|these)|take\s+two|halv(?:e|ing)\s+(?:it|them)|save\s+(?:up\s+)?"
    r"the\s+ones)\b"
)
#: Said to the reader as something to do: an imperative opening a clause, "you could", "I'd",
#: "you're fine to", "it's okay to", "do the same".
_DIRECT = (
    rf"(?:^|[,;:(]|\b(?:just|simply|so|then|maybe|and|honestly|tbh|ngl)\b)\s*(?:stop|drop|lay|ease|"
    rf"come|go|get|wean|wind|step|taper|cut|halve|skip|double|swap|switch|replace|trade|pick|"
    rf"restart|take|have|pop|pause|ditch|bin|chuck|try|mix|add|use|order|buy|grab|ask|borrow|nick|"
    rf"steal)\b|"
    rf"\byou\s+(?:could|can|should|might\s+want|may\s+want|need\s+to|ought|must)\b|"
    rf"\bi(?:{A}?d|\s+would)\s+(?:just\s+|honestly\s+|probably\s+)*(?:stop|drop|lay|ease|come|go|"
    rf"get|wean|wind|taper|cut|halve|skip|double|swap|switch|trade|pick|restart|take|have|pause|"
    rf"ditch|try|mix|add|use)\b|"
    rf"\byou{A}?(?:re|\s+are|{A}ll\s+be|\s+will\s+be)\s+(?:probably\s+|totally\s+|perfectly\s+|"
    rf"definitely\s+)?(?:fine|okay|ok|safe|good)\s+to\b|"
    rf"\b(?:it{A}?s|it\s+is|that{A}?s|totally|perfectly)\s+(?:totally\s+|completely\s+|perfectly\s+)?"
    rf"(?:ok|okay|fine|safe|normal)\s+to\b|\bno\s+harm\s+in\b|\bnothing\s+wrong\s+with\b|"
    rf"\bdo\s+the\s+same\b|\bfeel\s+free\b|\bworth\s+(?:a\s+)?try(?:ing)?\b|\bworth\s+\w+ing\b|"
    rf"\bwhy\s+not\b|\byou\s+(?:probably\s+|really\s+)?(?:don{A}?t|no\s+longer)\s+need\b|"
    rf"\byou\s+can\s+always\b"
)
#: Said as fine or working: "does the trick", "works just as well", "won't hurt".
_CLAIM = (
    rf"\b(?:does|do)\s+the\s+trick\b|\b(?:works?|worked)\s+(?:just\s+)?(?:as\s+well|wonders|great|"
    rf"fine|like\s+a\s+charm|every\s+time)\b|\bgentler\b|\bkeeps?\s+(?:your|the)\s+levels\b|"
    rf"\b(?:same|identical)\s+(?:stuff\s+|thing\s+)?as\b|\bwon{A}?t\s+(?:hurt|matter)\b|"
    rf"\b(?:it{A}?s|it\s+is|that{A}?s|they{A}?re|is|are)\s+(?:totally\s+|perfectly\s+|completely\s+)?"
    rf"(?:fine|safe|harmless)\b|\b(?:sort|sorts)\s+(?:\w+\s+){{0,2}}out\b|\btotally\s+(?:fine|safe|"
    rf"ok|okay|chill)\b|\bno\s+big\s+deal\b|\bwon{A}?t\s+hurt\b|\b(?:mellows?|chills?|calms?|knocks?)\s+you\s+(?:right\s+)?(?:out|down)\b"
)
_TO_DO = re.compile(f"{_DIRECT}|{_CLAIM}")
_DIRECTED = re.compile(_DIRECT)
#: A change said as a warning or a question for the prescriber: "don't stop them suddenly",
#: "never double up", "before you stop".
_WARNED = re.compile(
    rf"\b(?:don{A}?t|do\s+not|never|(?<!why\s)not|shouldn{A}?t|without\s+(?:talking|asking|checking)|"
    rf"before\s+(?:you\s+)?|whether\s+(?:to|you)|if\s+(?:you\s+)?(?:can|should)|about)\s+"
    rf"(?:\w+\s+){{0,2}}$"
)
_DEFERS = re.compile(
    r"\b(?:doctor|doctors|gp|physician|psychiatrist|prescriber|pharmacist|nurse|care\s+team|"
    r"clinician|poison\s+control)\b"
)


@lru_cache(maxsize=256)
def _not_advice(sentence: str) -> bool:
    """The sentence holds no change said to the reader as something to do or as fine."""
    if _TO_DO.search(sentence) is None or asked_of_a_professional(sentence):
        return True
    if _DIRECTED.search(sentence) is None and _sharing(sentence):
        return True  # one's own story, told as it went
    if _DEFERS.search(sentence) is not None and not re.search(
        rf"\bwithout\s+(?:your|a|the|any)\s+(?:doctor|gp|prescriber)|\b(?:{DRUGS})\b", sentence
    ):
        return True  # sent to a prescriber: the decision is theirs
    for change in _CHANGE.finditer(sentence):
        if _WARNED.search(sentence, max(0, change.start() - 30), change.start()) is None:
            return False
    return True


DOSE_CHANGE = family(
    "medication_advice",
    [rf"\b{_MEDICINE}\b", _ONLY_A_MEDICINE],
    unless=_not_advice,
)

__all__ = ["DOSE_CHANGE", "SUPPLEMENTS"]
