"""The output gate: every model draft passes these rules before a person sees it.

Order: the quality floor (empty, too long, cut at the token cap, an improvement that dropped the
helper's words, prompt scaffolding, loops), then method or means, the crisis gate run on the
draft itself, the other kinds of harm, then links and private contact details. The first rule
that fails is returned with its kind and the sentence that broke it. For an improvement
(`human_reply` given) only what the model ADDED is judged: a hit wholly inside the helper's own
words never fails the draft. Matching runs on the crisis gate's folded text (case, look-alike and
fullwidth letters). A model safety judge, when one is configured, runs after these rules pass
(see `judge.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from policies import crisis
from policies.levels import Level, Signal
from policies.normalize import INVISIBLE, Folded, fold
from policies.output.anchors import Prefilter
from policies.output.clinical import CLINICAL
from policies.output.contact import allowed, find_contacts, find_urls, reviewed_urls, url_key
from policies.output.dose_changes import DOSE_CHANGE
from policies.output.endorsing import ENDORSING, endorsements
from policies.output.family import Family, sentence_end_mark, sentence_span
from policies.output.help_dismissed import (
    DOWNPLAYED,
    HELP_AVOIDED,
    HELP_DISMISSED,
    HELP_NOT_NEEDED,
    HELP_WITHHELD,
    WAITED_OUT,
)
from policies.output.kinds import PASS, OutputVerdict, withheld
from policies.output.method import METHOD, METHOD_COMPOSED, METHOD_UNSEEN, ROUTES_TO_HELP
from policies.output.own_voice import OWN_VOICE
from policies.output.peer import (
    AS_AN_AI,
    CONTACT,
    DISCOURAGING,
    ENCOURAGEMENT,
    JUDGEMENT,
    JUDGEMENT_R2,
    PROMISE,
)
from policies.output.quality import (
    MAX_DRAFT_CHARS,
    SCAFFOLDING_WORDINGS,
    added_spans,
    repetition,
    scaffolding,
    too_little_kept,
)
from policies.output.told_past import told_of_the_past

#: The families in the order a withheld message reports them (most serious first).
FAMILIES: tuple[Family, ...] = (
    METHOD,
    METHOD_COMPOSED,
    METHOD_UNSEEN,
    ENCOURAGEMENT,
    OWN_VOICE,
    DISCOURAGING,
    HELP_DISMISSED,
    HELP_NOT_NEEDED,
    HELP_WITHHELD,
    HELP_AVOIDED,
    WAITED_OUT,
    DOWNPLAYED,
    *CLINICAL,
    DOSE_CHANGE,
    PROMISE,
    JUDGEMENT,
    JUDGEMENT_R2,
    CONTACT,
    AS_AN_AI,
)

#: The method families come first: they run before the crisis gate on the draft.
_METHODS = 3


@cache
def _prefilter() -> Prefilter:
    """Which wordings of each family (and of the scaffolding, last) a draft can match, found in
    one pass over it (built at the first draft, not at import: every CLI command imports it)."""
    return Prefilter([*(f.pieces for f in FAMILIES), SCAFFOLDING_WORDINGS])


#: Crisis-gate categories that, in the draft's own unqualified voice, are the writer wishing for
#: or planning death ("I want to die too", "time to end it all"). Past attempts are left out: a
#: helper's survival told in the past tense is how peers give hope.
_OWN_VOICE = frozenset({"active_ideation", "passive_ideation", "plan", "farewell"})
_ROUTES = re.compile(ROUTES_TO_HELP)
#: A survival told in the past tense ("years ago I wanted to die too") gives hope; it is not the
#: draft wishing for death now.
_PAST = re.compile(
    r"\b(?:wanted|used\s+to|felt|was|were|had|tried|considered|ago|back\s+then|when\s+i\s+was|"
    r"last\s+year|"
    r"at\s+the\s+time|survived)\b"
)

#: The writer in the words just before a crisis phrase ("I think about dying", "I'd rather be
#: dead"): without it the phrase is about people in general ("it's common to have thoughts of
#: dying"), which is how helpers explain, not the draft wishing for death.
_FIRST_PERSON = re.compile(r"\b(?:i|i['’ʼ](?:m|ve|d|ll)|me|my|myself|im|ive|id)\b")
_FIRST_PERSON_WINDOW = 20
#: A negation just before crisis language aimed at the reader ("don't kill yourself", "every day
#: you DON'T kill yourself"): urging the reader to live.
_NEGATED_BEFORE = re.compile(
    r"\b(?:don['’ʼ]?t|do\s+not|never|not|won['’ʼ]?t|shouldn['’ʼ]?t|makes?\s+you)\b[^.!?\n]{0,25}$"
)

#: The crisis lexicon's bare medicine nouns: in a post they are means, in a draft they are how
#: people talk about prescriptions (7 of 8 CounselChat answers withheld as means said "pills").
_EVERYDAY_MEDICINE = frozenset({"pills"})

#: Everyday phrases with a means word in them; the crisis lexicon may flag the word alone.
_IDIOM = re.compile(
    r"\b(?:jump(?:s|ed|ing)?\s+the\s+gun|stick(?:s|ing)?\s+to\s+(?:your|my|their|his|her|our)\s+guns|"
    r"son\s+of\s+a\s+gun|smoking\s+gun|top\s+gun|under\s+the\s+gun|great\s+guns|"
    r"(?:glue|nail|water|staple|heat|spray)\s+gun|bridges?\s+(?:the|that|this|a)\s+gap|"
    r"bridge\s+(?:between|to|the\s+divide)|burn(?:ing|ed|t)?\s+(?:\w+\s+)?bridges|"
    r"cross\s+(?:that|this|the)\s+bridge|water\s+under\s+the\s+bridge|"
    r"tak(?:e|es|ing)\s+(?:my\s+|your\s+|our\s+)?life\s+one\s+day\s+at\s+a\s+time)\b"
)


def check_draft(
    text: str,
    *,
    allowed_urls: Iterable[str],
    max_chars: int = MAX_DRAFT_CHARS,
    human_reply: str | None = None,
    stopped_at_cap: bool = False,
    post_level: Level = Level.NONE,
) -> OutputVerdict:
    """Judge a model draft. For an improvement, pass the helper's `human_reply`: only what the
    model added can fail it. `stopped_at_cap` is true when the model stopped because it reached
    its token limit (Ollama's `done_reason == "length"`): the draft is cut off. `post_level` is
    the crisis gate's level on the post the draft answers: from `concern` up, wordings that
    endorse what the post said without naming it are encouragement (see `endorsing.py`)."""
    folded_text = fold(text)
    if not folded_text.text.replace(INVISIBLE, "").strip():
        return withheld("empty", why="the model returned an empty draft")
    limit = max_chars
    if human_reply is not None:
        limit = max(max_chars, len(human_reply) + len(human_reply) // 2)
    if len(text) > limit:
        return withheld("too_long", why=f"{len(text)} characters (at most {limit})")
    if stopped_at_cap:
        return withheld("truncated", why="the model stopped at its token limit, mid-draft")

    spans = added_spans(text, human_reply) if human_reply is not None else None
    if spans == []:
        return PASS  # the model changed nothing of substance: the helper's words stand
    if human_reply is not None:
        kept = too_little_kept(human_reply, text)
        if kept is not None:
            return withheld(
                "wording_dropped",
                why=f"the improvement kept {kept:.0%} of the helper's words, in order",
            )
    # which wordings of each family, and of the scaffolding, the draft can match: one pass
    *live, scaffolding_live = _prefilter().live(folded_text.text)
    if (broken := _quality(text, folded_text, spans, human_reply, scaffolding_live)) is not None:
        return broken
    return (
        _families(text, folded_text, spans, FAMILIES[:_METHODS], live[:_METHODS])
        or _crisis(text, folded_text, spans)
        or _families(text, folded_text, spans, FAMILIES[_METHODS:], live[_METHODS:])
        or (_endorsing(text, folded_text, spans) if post_level >= Level.CONCERN else None)
        or _contact(text, folded_text, spans, allowed_urls)
        or PASS
    )


def _touches(spans: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    """Whether [start, end) overlaps an added span (always, when everything is the model's)."""
    if spans is None:
        return True
    return any(s < end and start < e for s, e in spans)


def _sentence(text: str, folded: Folded, fstart: int, fend: int) -> str:
    """The original text of the sentence around a folded span."""
    left, right = sentence_span(folded.text, fstart, fend)
    start, end = folded.span(left, right)
    return text[start:end].strip()


def _quality(
    text: str,
    folded: Folded,
    spans: list[tuple[int, int]] | None,
    human: str | None,
    scaffolding_live: list[int],
) -> OutputVerdict | None:
    for span in scaffolding(folded.text, scaffolding_live):
        start, end = folded.span(*span)
        if _touches(spans, start, end):
            return withheld("scaffolding", text[start:end].strip(), "the prompt's scaffolding")
    looped = repetition(text, human)
    if looped is not None:
        return withheld("repetition", why=f'the draft repeats itself ("{looped[:60]}")')
    return None


def _crisis(text: str, folded: Folded, spans: list[tuple[int, int]] | None) -> OutputVerdict | None:
    """The crisis gate run on the draft: method language, crisis language aimed at the reader
    ("kys"), and wishing for or planning death in the draft's own voice."""
    for signal in crisis.default_gate().screen(text).signals:
        if signal.context == "figure_of_speech" or _in_idiom(folded, signal):
            continue
        if signal.phrase and _letters(signal.text) != _letters(signal.phrase):
            continue  # an evasion-tolerant near match ("nose" for "noose"): a model's draft does
            # not disguise words, and the families cover method details
        if signal.phrase in _EVERYDAY_MEDICINE or not _touches(spans, signal.start, signal.end):
            continue
        fstart, fend = _folded_span(folded, signal.start, signal.end)
        left, right = sentence_span(folded.text, fstart, fend)
        if _ROUTES.search(folded.text, left, right):
            continue  # "if you have a plan, call 988 now": safety language
        sentence = _sentence(text, folded, fstart, fend)
        if signal.category in crisis.METHOD_CATEGORIES and told_of_the_past(
            folded.text[left:right]
        ):
            continue  # "years ago I was in hospital after an overdose": a survival told
        if signal.category in crisis.METHOD_CATEGORIES:
            return withheld("method_or_means", sentence, f"method or means ({signal.category})")
        if sentence_end_mark(folded.text, fend) == "?":
            continue  # "are you thinking about suicide?": checking on the reader's safety
        if signal.category == "harassment" and signal.context != "negated":
            if _NEGATED_BEFORE.search(folded.text, left, fstart):
                continue
            return withheld("encouragement", sentence, "crisis language aimed at the reader")
        if signal.context is None and signal.level >= Level.HIGH and signal.category in _OWN_VOICE:
            if _PAST.search(folded.text, left, fend):
                continue
            if not _FIRST_PERSON.search(
                folded.text, max(left, fstart - _FIRST_PERSON_WINDOW), fend
            ):
                continue  # about people in general, not the writer
            return withheld("crisis_language", sentence)
    return None


def _families(
    text: str,
    folded: Folded,
    spans: list[tuple[int, int]] | None,
    families: tuple[Family, ...],
    live: list[list[int]],
) -> OutputVerdict | None:
    for rule_family, family_live in zip(families, live, strict=True):
        if not family_live:
            continue  # none of its wordings can match this draft
        for fstart, fend in rule_family.hits(folded.text, family_live):
            start, end = folded.span(fstart, fend)
            if _touches(spans, start, end):
                return withheld(rule_family.rule, _sentence(text, folded, fstart, fend))
    return None


def _endorsing(
    text: str, folded: Folded, spans: list[tuple[int, int]] | None
) -> OutputVerdict | None:
    for fstart, fend in endorsements(folded.text):
        start, end = folded.span(fstart, fend)
        if _touches(spans, start, end):
            return withheld(ENDORSING.rule, _sentence(text, folded, fstart, fend))
    return None


def _contact(
    text: str,
    folded: Folded,
    spans: list[tuple[int, int]] | None,
    allowed_urls: Iterable[str],
) -> OutputVerdict | None:
    for fstart, fend, what in find_contacts(folded.text):
        start, end = folded.span(fstart, fend)
        if _touches(spans, start, end):
            return withheld("personal_contact", _sentence(text, folded, fstart, fend), what)
    approved: frozenset[str] | None = None  # built at the first link: most drafts have none
    for fstart, fend in find_urls(folded.text):
        start, end = folded.span(fstart, fend)
        if not _touches(spans, start, end):
            continue
        if approved is None:
            approved = frozenset(url_key(u) for u in allowed_urls if u) | reviewed_urls()
        if not allowed(folded.text[fstart:fend], approved):
            return withheld(
                "link",
                _sentence(text, folded, fstart, fend),
                f"a link that is not an approved resource ({url_key(text[start:end])})",
            )
    return None


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
