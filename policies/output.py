"""The output gate: rules every model draft passes before a person sees it.

A draft is shown only when no rule fails. Rule names are stable strings shown to helpers:
`empty`, `too_long`, `method_or_means`, `diagnosis`, `medication_advice`, `unkeepable_promise`,
`link`, `as_an_ai`. For an improvement (`human_reply` given) only what the model ADDED is judged:
a hit that lies wholly inside words the helper wrote never fails the draft; a hit that touches a
word the model added does. Matching runs on the crisis gate's folded text (case, look-alike and
fullwidth letters), so "Ａｓ ａｎ ＡＩ" is caught like "as an AI". Pure: imports nothing from bot/.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from policies.levels import Screening, Signal
from policies.normalize import INVISIBLE, Folded, fold
from policies.resources import known_locales, resource_urls, resources_for

__all__ = ["RULES", "OutputVerdict", "check_draft"]

RULES: tuple[str, ...] = (
    "empty",
    "too_long",
    "method_or_means",
    "diagnosis",
    "medication_advice",
    "unkeepable_promise",
    "link",
    "as_an_ai",
)


@dataclass(frozen=True)
class OutputVerdict:
    ok: bool
    rule: str | None = None
    detail: str = ""


_PASS = OutputVerdict(ok=True)
_A = "['’ʼ]"  # an apostrophe, straight or curly
_YOU = r"(?:you|u|ya)"
_S = r"[ \t]+"  # a gap inside one phrase (not across lines)

# --- method or means ----------------------------------------------------------------------------

_PILLS = r"(?:pills?|tablets?|capsules?|caplets?|tabs)"
_METHOD = [
    r"\b(?:lethal|fatal|deadly|toxic|overdose|killing)\s+(?:dose|amount|dosage|quantity)s?\b",
    r"\boverdos(?:e|ing)\s+on\b",
    rf"\bhow\s+many\s+(?:\w+\s+){{0,2}}{_PILLS}\b",
    rf"\b\d+(?:[.,]\d+)?\s*(?:{_PILLS}|(?:g|grams?)\s+of)\b",
    rf"\b(?:a|the|whole|full|entire)\s+(?:bottle|box|pack|packet|handful)\s+of\s+(?:\w+\s+)?{_PILLS}\b",
    r"\b(?:jump|jumping|jumped|leap|leaping)\s+(?:off|from)\s+(?:\w+\s+){0,2}?(?:bridge|building|"
    r"roof|rooftop|cliff|balcony|window|ledge|tower|overpass|car\s+park|parking\s+garage)s?\b",
    r"\b(?:jump|jumping|jumped|step|stepping|lie|lying)\s+in\s+front\s+of\b",
    r"\b\d+\s*(?:feet|foot|ft|meters?|metres?|m|stor(?:ey|y|ies|eys)|floors?)\s+(?:high|tall|up|down|drop|fall)\b",
    r"\bhigh\s+enough\s+to\s+(?:die|kill|be\s+fatal|end\s+it)\b",
    r"\bhang(?:ing|ed)?\s+(?:myself|yourself|himself|herself|themselves|oneself)\b",
    r"\b(?:noose|ligature|nooses)\b",
    r"\b(?:slit|slitting|slash|slashing|cut|cutting)\s+(?:\w+\s+)?(?:wrists?|throat|veins?|arteries)\b",
    r"\bvertical(?:ly)?\s+cuts?\b",
    r"\b(?:carbon\s+monoxide|exhaust\s+fumes|charcoal\s+burning|helium\s+(?:tank|hood|bag))\b",
    r"\b(?:drown|poison|electrocute|shoot|stab|suffocate|strangle|starve|gas)(?:ing)?\s+"
    r"(?:myself|yourself|himself|herself|themselves)\b",
    r"\b(?:rat\s+poison|antifreeze|pesticide|cyanide|drink(?:ing)?\s+bleach)\b",
    r"\b(?:train\s+tracks?|in\s+front\s+of\s+(?:a|the)\s+(?:train|car|bus|truck))\b",
    r"(?<!jump\sthe\s)(?<!jumped\sthe\s)(?<!jumping\sthe\s)(?<!stick\sto\syour\s)\bguns?\b",
    r"\b(?:firearms?|pistols?|rifles?|shotguns?|handguns?|ammunition)\b",
    r"\b(?:painless(?:ly)?|quick(?:est)?|easiest|best|surest|fastest)\s+(?:way|ways|method|methods)\s+to\s+(?:die|end\s+it|kill)\b",
    r"\b(?:ways?|methods?|how)\s+to\s+(?:kill\s+(?:myself|yourself)|commit\s+suicide|end\s+(?:it\s+all|your\s+life|my\s+life))\b",
    r"\bsuicide\s+(?:methods?|kit|bag|drug)\b",
]

# --- diagnosis ------------------------------------------------------------------------------------

_DISORDER = (
    r"(?:depression|(?:major\s+)?depressive\s+disorder|clinical\s+depression|dysthymia|"
    r"bipolar(?:\s+disorder|\s+[i12]+)?|bpd|borderline(?:\s+personality\s+disorder)?|"
    r"ptsd|c-?ptsd|post-?traumatic\s+stress(?:\s+disorder)?|ocd|"
    r"obsessive[- ]compulsive(?:\s+disorder)?|"
    r"adhd|add|autism|asd|asperger\w*|schizophrenia|schizoaffective(?:\s+disorder)?|psychosis|"
    r"anorexia|bulimia|(?:an\s+|a\s+)?eating\s+disorder|binge[- ]eating\s+disorder|"
    r"(?:an?\s+)?(?:generali[sz]ed\s+|social\s+)?anxiety(?:\s+disorder)?|panic\s+disorder|"
    r"(?:an?\s+)?personality\s+disorder|narcissis\w*|npd|"
    r"(?:an?\s+)?(?:mental|psychiatric)\s+(?:illness|disorder|condition)|"
    r"(?:an?\s+)?(?:mood|anxiety|attachment|dissociative|identity)\s+disorder)"
)
_DIAGNOSIS = [
    rf"\b{_YOU}(?:\s+(?:\w+\s+){{0,2}}?|{_A})(?:have|ve\s+got|have\s+got|suffer\s+from|"
    rf"(?:are\s+|re\s+)?suffering\s+from|(?:are\s+|re\s+)?(?:showing|displaying)\s+(?:signs|symptoms)\s+of|"
    rf"show\s+(?:signs|symptoms)\s+of|(?:are\s+|re\s+)?dealing\s+with|meet\s+the\s+criteria\s+for)\s+"
    rf"(?:(?:a|an|some|severe|clinical|major|mild|serious|chronic|untreated|high[- ]functioning|"
    rf"form|kind|type|case|of)\s+){{0,3}}{_DISORDER}\b",
    rf"\b{_YOU}(?:\s+are|{_A}re|r)\s+(?:\w+\s+)?(?:bipolar|schizophrenic|psychotic|autistic|anorexic|"
    rf"bulimic|clinically\s+depressed|a\s+narcissist|borderline|manic|ocd|adhd)\b",
    rf"\b(?:this|that|it|these|those|what\s+{_YOU}\s+describe)\s*(?:is|are|{_A}s|sounds?\s+like|"
    rf"seems?\s+like|looks?\s+like|(?:are|is)\s+(?:classic|textbook)\s+(?:signs|symptoms)\s+of)\s+"
    rf"(?:(?:classic|definitely|clearly|textbook|probably|likely|a\s+case\s+of|symptoms?\s+of|"
    rf"signs?\s+of)\s+){{0,2}}{_DISORDER}\b",
    r"\b(?:classic|textbook)\s+(?:signs|symptoms)\s+of\s+" + _DISORDER + r"\b",
    rf"\bdiagnos(?:e|ing)\s+{_YOU}\b",
    rf"\b{_YOU}{_A}?r?e?\s+(?:\w+\s+)?diagnosable\b",
]

# --- medication advice ----------------------------------------------------------------------------

_DRUGS = (
    r"sertraline|zoloft|fluoxetine|prozac|citalopram|celexa|escitalopram|lexapro|paroxetine|paxil|"
    r"venlafaxine|effexor|desvenlafaxine|pristiq|duloxetine|cymbalta|bupropion|wellbutrin|"
    r"mirtazapine|remeron|trazodone|vortioxetine|trintellix|amitriptyline|nortriptyline|"
    r"lithium|lamotrigine|lamictal|valproate|depakote|quetiapine|seroquel|aripiprazole|abilify|"
    r"olanzapine|zyprexa|risperidone|risperdal|clonazepam|klonopin|alprazolam|xanax|lorazepam|"
    r"ativan|diazepam|valium|zolpidem|ambien|adderall|ritalin|methylphenidate|vyvanse|"
    r"gabapentin|pregabalin|lyrica|propranolol|hydroxyzine|buspirone|buspar|ketamine|esketamine|"
    r"spravato|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|codeine|tramadol|"
    r"oxycodone|diphenhydramine|benadryl|melatonin|st\.?\s+john{_A}?s\s+wort"
).replace("{_A}", _A)
_MEDS = (
    r"(?:meds|medication|medications|medicine|medicines|pills|antidepressants?|anti-depressants?|"
    r"ssris?|snris?|benzos?|benzodiazepines?|antipsychotics?|mood\s+stabili[sz]ers?|"
    r"sleeping\s+pills|dose|doses|dosage|prescription|prescriptions)"
)
_DOSE_UNITS = r"(?:mg|milligrams?|mcg|micrograms?|ml|millilit(?:er|re)s?)"
_MEDICATION = [
    rf"\b(?:{_DRUGS})\b",
    rf"\b\d+(?:[.,]\d+)?\s*{_DOSE_UNITS}\b",
    rf"\b(?:stop|stopping|quit|quitting|skip|skipping|double|doubling|halve|halving|increase|"
    rf"increasing|decrease|decreasing|lower|lowering|raise|raising|upping|reduce|reducing|"
    rf"change|changing|switch|switching|taper|tapering|cut\s+down|cutting\s+down|"
    rf"come\s+off|coming\s+off|go\s+off|going\s+off|get\s+off|wean\s+(?:yourself\s+)?off|ditch|"
    rf"start|starting|try|trying)\s+(?:taking\s+|on\s+)?"
    rf"(?:(?:your|the|my|some|an|a|those|these|more|less|extra|fewer)\s+)?{_MEDS}\b",
    rf"\b(?:take|taking)\s+(?:(?:some|more|extra|less|fewer|a\s+few|an\s+extra|a\s+couple)\s+){{1,2}}"
    rf"(?:of\s+)?(?:your\s+)?{_MEDS}\b",
    rf"\b(?:don{_A}?t|do\s+not|never)\s+(?:need|take)\s+(?:your\s+)?{_MEDS}\b",
    rf"\b{_MEDS}\s+(?:are|is)\s+(?:poison|bad\s+for\s+you|a\s+scam|not\s+the\s+answer|useless)\b",
]
#: A sentence that sends the person to a professional defers the medical decision: allowed,
#: unless it names a drug or an amount.
_DEFERS = re.compile(
    r"\b(?:doctor|doctors|gp|physician|psychiatrist|prescriber|pharmacist|nurse|"
    r"care\s+team|clinician|medical\s+professional)\b"
)
_SPECIFIC = re.compile(rf"\b(?:{_DRUGS})\b|\b\d+(?:[.,]\d+)?\s*{_DOSE_UNITS}\b")
#: A sentence that routes the person to help ("if you have a plan, call 988 now") is safety
#: language, not method talk, when the crisis lexicon flags a plan or means phrase in it.
_ROUTES_TO_HELP = re.compile(
    r"\b(?:safety\s+plan|crisis\s+plan|call|text|988|911|999|112|000|111|crisis|emergency|"
    r"lifeline|helpline|hotline|samaritans|give\s+(?:them|it)\s+to|hand\s+(?:them|it)\s+to|"
    r"away\s+from\s+you)\b"
)

# --- unkeepable promises --------------------------------------------------------------------------

_PROMISE = [
    rf"\bi(?:{_A}ll|\s+will|{_A}m|\s+am|{_A}ll\s+be|\s+will\s+be)\s+(?:always|forever)\s+"
    rf"(?:be\s+)?(?:here|there|around|available|by\s+your\s+side|with\s+{_YOU})\b",
    rf"\bi(?:{_A}ll|\s+will)\s+(?:never\s+(?:leave|abandon)\s+{_YOU}|be\s+here\s+(?:for\s+{_YOU}\s+)?"
    rf"(?:whenever|24/7|any\s*time|day\s+or\s+night|no\s+matter\s+what))\b",
    rf"\b(?:this|it|that|everything|what\s+{_YOU}\s+(?:said|told\s+me|share))\s+(?:stays|will\s+stay|"
    rf"is\s+staying|remains|will\s+remain)\s+(?:just\s+)?between\s+(?:us|{_YOU}\s+and\s+me)\b",
    rf"\bi\s+(?:won{_A}?t|will\s+not|will\s+never|promise\s+not\s+to|promise\s+i\s+won{_A}?t)\s+tell\s+"
    rf"(?:anyone|anybody|a\s+soul)\b",
    r"\b(?:your\s+secret|it)\s+is\s+safe\s+with\s+me\b",
    r"\b(?:no\s+one|nobody)\s+will\s+(?:ever\s+)?(?:know|find\s+out)\b",
    r"\bi\s+(?:promise|guarantee|swear)\b",
    rf"\b(?:everything|things|it|all|{_YOU})(?:{_A}s|\s+is|{_A}ll|\s+will)?\s*(?:going\s+to\s+|gonna\s+)?"
    rf"(?:definitely\s+|absolutely\s+|certainly\s+)?be\s+(?:ok|okay|alright|all\s+right|fine|perfect)\b"
    rf"(?!\s+to\b)",
    rf"\b(?:{_YOU}\s+(?:will|{_A}ll)\s+never\s+(?:feel|be)\s+(?:this\s+way|like\s+this|alone)\s+again)\b",
    r"\b(?:message|dm|pm|text|call|ping|write\s+to)\s+me\s+(?:any\s*time|whenever|24/7|day\s+or\s+night)",
]

# --- links ----------------------------------------------------------------------------------------

#: Bare domains ("example.com") count as links with these endings; the endings that are also
#: English words ("ok.so", "me.to") count only with a path ("help.me/x") or a scheme or www.
_TLDS = (
    "com|org|net|edu|gov|mil|int|io|uk|ca|au|nz|ie|de|fr|es|nl|ch|se|dk|fi|pl|pt|br|mx|jp|cn|kr|"
    "ru|eu|info|biz|gg|ly|app|dev|ai|tv|xyz|online|health|ws|cc|sg|za|co\\.uk|org\\.uk|com\\.au"
)
_WORDY_TLDS = (
    "co|us|me|to|it|in|no|be|at|so|sh|id|ph|link|help|care|life|live|chat|page|blog|news|site|"
    "club|shop|store|top|click"
)
_SCHEMED = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'()\[\]]+", re.IGNORECASE)
#: Bare domains are looked for at the start of each token only (one anchored match a token keeps
#: the search linear; an unanchored host pattern is quadratic on text like "a.a.a.a...").
_TOKEN = re.compile(r"[^\s<>\"'()\[\],;!?*`]+")
_BARE = re.compile(
    rf"(?:[a-z0-9-]+\.)+(?:(?:{_TLDS})\b(?::\d+)?(?:/\S*)?|(?:{_WORDY_TLDS})\b(?::\d+)?/\S*)",
    re.IGNORECASE,
)


def _find_urls(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of links in `folded`: with a scheme or www., or a bare domain ("example.com")."""
    taken: list[tuple[int, int]] = []
    for match in _SCHEMED.finditer(folded):
        taken.append(match.span())
        yield match.span()
    for token in _TOKEN.finditer(folded):
        start = token.start()
        while start < token.end() and not folded[start].isalnum():
            start += 1
        bare = _BARE.match(folded, start, token.end())
        if bare and not any(s <= bare.start() < e for s, e in taken):
            yield bare.span()


# --- "as an AI" -----------------------------------------------------------------------------------

_AI = [
    r"\bas\s+an?\s+(?:ai|a\.i\.|artificial\s+intelligence|language\s+model|llm|chatbot|bot|"
    r"virtual\s+assistant|ai\s+(?:language\s+)?model|assistant)\b",
    r"\b(?:large\s+)?language\s+model\b",
    rf"\bi(?:{_A}m|\s+am)\s+(?:just\s+|only\s+|not\s+a\s+human|merely\s+)?(?:an?\s+)?(?:ai|a\.i\.|bot|"
    rf"chatbot|computer\s+program|machine|artificial\s+intelligence|virtual\s+assistant|"
    rf"ai\s+assistant|ai\s+model)\b",
    r"\b(?:openai|chatgpt|gpt-?\d|mistral\s+ai)\b",
    rf"\bi\s+(?:can{_A}?t|cannot|am\s+unable\s+to|{_A}m\s+unable\s+to)\s+(?:assist|help)\s+with\s+"
    rf"(?:that|this)\s+request\b",
    r"\bmy\s+(?:training\s+data|programming|instructions|system\s+prompt)\b",
]


def _compile(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


_RULES: list[tuple[str, list[re.Pattern[str]]]] = [
    ("method_or_means", _compile(_METHOD)),
    ("diagnosis", _compile(_DIAGNOSIS)),
    ("medication_advice", _compile(_MEDICATION)),
    ("unkeepable_promise", _compile(_PROMISE)),
    ("as_an_ai", _compile(_AI)),
]

_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    return text[left : right_match.start() if right_match else len(text)]


# --- the crisis gate (method language in its lexicon) ---------------------------------------------


@cache
def _crisis_screen() -> tuple[frozenset[str], Callable[[str], Screening]] | None:
    """The crisis gate's method categories and its screen, or None until that module exists."""
    try:
        from policies import crisis
    except ImportError:
        return None
    return frozenset(crisis.METHOD_CATEGORIES), crisis.default_gate().screen


# --- what the model added -------------------------------------------------------------------------

_WORD = re.compile(r"\S+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _key(word: str) -> str:
    return re.sub(r"[^\w]", "", word.casefold())


def _added_spans(draft: str, human: str) -> list[tuple[int, int]]:
    """Character spans of `draft` holding words that are not the helper's own: a word-level diff
    (case and punctuation ignored), minus whole sentences the helper wrote elsewhere (moved)."""
    draft_words = list(_WORD.finditer(draft))
    human_keys = [_key(m.group(0)) for m in _WORD.finditer(human)]
    matcher = difflib.SequenceMatcher(
        None, human_keys, [_key(m.group(0)) for m in draft_words], autojunk=False
    )
    added = [False] * len(draft_words)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag in ("insert", "replace"):
            for j in range(j1, j2):
                added[j] = True
    human_sentences = {_sentence_key(s.group(0)) for s in _SENTENCE.finditer(human)}
    human_sentences.discard("")
    for sentence in _SENTENCE.finditer(draft):
        if _sentence_key(sentence.group(0)) in human_sentences:
            for j, word in enumerate(draft_words):
                if sentence.start() <= word.start() and word.end() <= sentence.end():
                    added[j] = False
    spans: list[tuple[int, int]] = []
    for j, word in enumerate(draft_words):
        if added[j]:
            if spans and spans[-1][1] >= word.start() - 1:
                spans[-1] = (spans[-1][0], word.end())
            else:
                spans.append((word.start(), word.end()))
    return spans


def _sentence_key(sentence: str) -> str:
    return " ".join(k for k in (_key(w) for w in sentence.split()) if k)


def _touches(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether [start, end) overlaps an added span (always, when everything is the model's)."""
    if spans is None:
        return True
    return any(s < end and start < e for s, e in spans)


# --- links ----------------------------------------------------------------------------------------


def _url_key(url: str) -> str:
    url = url.strip().rstrip(".,;:!?)]}'\"").casefold()
    url = re.sub(r"^(?:https?|ftp)://", "", url)
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/")


@cache
def _reviewed_urls() -> frozenset[str]:
    """Every crisis line URL in the reviewed catalogue: a draft may always point to these."""
    urls: set[str] = set()
    for locale in known_locales():
        urls |= resource_urls(resources_for(locale))
    return frozenset(_url_key(u) for u in urls)


def _allowed(url: str, allowed: frozenset[str]) -> bool:
    key = _url_key(url)
    return any(key == a or key.startswith(a + "/") for a in allowed)


# --- the gate -------------------------------------------------------------------------------------


def _hits(text: str, folded: str) -> Iterator[tuple[str, int, int]]:
    for rule, patterns in _RULES:
        for pattern in patterns:
            for match in pattern.finditer(folded):
                yield rule, match.start(), match.end()


def check_draft(
    text: str,
    *,
    allowed_urls: Iterable[str],
    max_chars: int = 2500,
    human_reply: str | None = None,
) -> OutputVerdict:
    """Judge a model draft. For an improvement, pass the helper's `human_reply`: only what the
    model added can fail it. The first failing rule is returned, most serious first."""
    if not fold(text).text.replace(INVISIBLE, "").strip():
        return OutputVerdict(False, "empty", "the model returned an empty draft")
    limit = max_chars
    if human_reply is not None:
        limit = max(max_chars, len(human_reply) + len(human_reply) // 2)
    if len(text) > limit:
        return OutputVerdict(False, "too_long", f"{len(text)} characters (at most {limit})")

    spans = _added_spans(text, human_reply) if human_reply is not None else None
    if spans == []:
        return _PASS  # the model changed nothing of substance: the helper's words stand
    folded_text = fold(text)
    folded = folded_text.text

    crisis = _crisis_screen()
    if crisis is not None:
        categories, screen = crisis
        for signal in screen(text).signals:
            if signal.context == "figure_of_speech" or _in_idiom(folded_text, signal):
                continue
            if signal.phrase and _letters(signal.text) != _letters(signal.phrase):
                continue  # an evasion-tolerant near match ("nose" for "noose"): a model's
                # draft does not disguise words, and our own patterns cover method details
            if signal.phrase in _EVERYDAY_MEDICINE:
                continue  # "birth control pills", "addicted to pills": method details about
                # pills (counts, "how many", "a bottle of") are `_METHOD` patterns of their own
            if signal.category in categories and _touches(spans, signal.start, signal.end):
                fstart, fend = _folded_span(folded_text, signal.start, signal.end)
                if _ROUTES_TO_HELP.search(_sentence_around(folded, fstart, fend)):
                    continue
                return OutputVerdict(
                    False, "method_or_means", f"method or means language ({signal.category})"
                )

    for rule, fstart, fend in _hits(text, folded):
        start, end = folded_text.span(fstart, fend)
        if not _touches(spans, start, end):
            continue
        if rule == "medication_advice":
            sentence = _sentence_around(folded, fstart, fend)
            if _DEFERS.search(sentence) and not _SPECIFIC.search(sentence):
                continue
        return OutputVerdict(False, rule, f'"{text[start:end].strip()}"')

    allowed = frozenset(_url_key(u) for u in allowed_urls if u) | _reviewed_urls()
    for fstart, fend in _find_urls(folded):
        start, end = folded_text.span(fstart, fend)
        if _touches(spans, start, end) and not _allowed(folded[fstart:fend], allowed):
            return OutputVerdict(
                False,
                "link",
                f"a link that is not an approved resource: {_url_key(text[start:end])}",
            )
    return _PASS


#: The crisis lexicon's bare medicine nouns: in a post they are means, in a draft they are how
#: people talk about prescriptions (7 of 8 CounselChat answers withheld as means said "pills").
_EVERYDAY_MEDICINE = frozenset({"pills"})

#: Everyday phrases with a means word in them; the crisis lexicon may flag the word alone.
_IDIOM = re.compile(
    r"\b(?:jump(?:s|ed|ing)?\s+the\s+gun|stick(?:s|ing)?\s+to\s+(?:your|my|their|his|her|our)\s+guns|"
    r"son\s+of\s+a\s+gun|smoking\s+gun|top\s+gun|under\s+the\s+gun|great\s+guns|"
    r"(?:glue|nail|water|staple|heat|spray)\s+gun|bridges?\s+(?:the|that|this|a)\s+gap|"
    r"bridge\s+(?:between|to|the\s+divide)|burn(?:ing|ed|t)?\s+(?:\w+\s+)?bridges|"
    r"cross\s+(?:that|this|the)\s+bridge|water\s+under\s+the\s+bridge)\b"
)


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text).text if ch.isalnum())


def _in_idiom(folded: Folded, signal: Signal) -> bool:
    start, end = _folded_span(folded, signal.start, signal.end)
    return any(m.start() <= start and end <= m.end() for m in _IDIOM.finditer(folded.text))


def _folded_span(folded: Folded, start: int, end: int) -> tuple[int, int]:
    """Original offsets -> folded offsets (the identity unless a character expanded)."""
    if folded.owner is None:
        return start, end
    first = folded.owner.index(start) if start in folded.owner else 0
    last = max((i for i, o in enumerate(folded.owner) if o < end), default=first)
    return first, last + 1
