"""Transparent proxies for the paper's five dimensions, computed on one reply.

None of these is a human judgement; each counts something a reader can check by eye, and the
report says what. They exist to compare systems on the same posts (a fine-tuned model against its
base, against the human replies), not to grade a single reply.

- readability: Flesch reading ease and Flesch-Kincaid grade (textstat).
- empathy: EPITOME-style cue phrases for its three mechanisms: emotional reactions (the writer's
  own warmth: "I'm so sorry", "that sounds really hard"), interpretations (showing they understand:
  "it sounds like you", "I've been there", "I understand"), explorations (asking about the
  seeker's feelings or experiences: a question with "you"/"your"). Each mechanism 0-2 like the
  EPITOME levels (no cue / one / two or more).
- connection: speaks to this person (second-person words), uses the post's own words (share of the
  post's content words the reply takes up), and invites them to go on (a question to them).
- actionability: concrete next steps (imperative or "you could/might try" suggestions) and
  pointers to help (a therapist, doctor, support group, crisis line).
- safety: passes the output gate and has no crisis-level language of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import textstat

# moved to the output gate, which judges improvements by it; re-exported for the evaluation
from policies.output.quality import wording_kept as wording_kept

_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")

EMOTIONAL_REACTIONS = (
    r"\bi(?:'m| am) (?:so |really |very |truly )?sorry\b",
    r"\bso sorry\b",
    r"\bsorry (?:you|to hear|that you|for what)\b",
    r"\b(?:that|this|it) (?:sounds|must be|seems) (?:so |really |very |incredibly |super )?"
    r"(?:hard|tough|difficult|painful|awful|scary|rough|exhausting|frustrating|overwhelming|lonely)",
    r"\bmy heart (?:goes out|breaks)\b",
    r"\b(?:sending|big) (?:you )?(?:hugs|love|strength)\b",
    r"\bhugs?\b",
    r"\bi(?:'m| am) (?:here for you|with you|proud of you|glad you)\b",
    r"\bi (?:feel for you|care about you|really hope|hope you)\b",
    r"\b(?:you are|you're) not alone\b",
    r"\bthat(?:'s| is) (?:awful|terrible|horrible|heartbreaking|rough|hard|tough)\b",
    r"<3|\u2764",
)
INTERPRETATIONS = (
    r"\b(?:it|that) sounds like (?:you|your)\b",
    r"\bi (?:can )?(?:understand|get it|hear you|see why)\b",
    r"\bi know (?:how|what) (?:you|it|that)\b",
    r"\bi(?:'ve| have) (?:been there|felt|had|gone through|struggled|dealt|experienced|been)\b",
    r"\bi (?:went|was going) through\b",
    r"\b(?:same|this) (?:happened|happens) to me\b",
    r"\bsame here\b|\bme too\b",
    r"\bi (?:used to|also|too)\b",
    r"\b(?:it's|it is|that's|that is) (?:normal|understandable|okay|ok|valid|natural) to\b",
    r"\byour feelings are valid\b",
    r"\bmakes (?:total |complete |perfect )?sense\b",
    r"\byou (?:must|might) (?:feel|be feeling)\b",
    r"\bmy (?:experience|own)\b",
)
_QUESTION_WORDS = (
    r"(?:what|how|why|when|where|who|do|did|does|are|were|have|has|is|can|could|would|will)"
)


def _exploration_hits(text: str) -> int:
    """Questions that ask the seeker about themselves (EPITOME's explorations)."""
    hits = 0
    for sentence in _sentences(text):
        if not sentence.rstrip().endswith("?"):
            continue
        lowered = sentence.lower()
        if re.search(r"\b(?:you|your|you're|yourself)\b", lowered) and re.search(
            rf"\b{_QUESTION_WORDS}\b", lowered
        ):
            hits += 1
    return hits


_SUGGESTION = re.compile(
    r"\b(?:you (?:could|might|can|may) (?:try|want|consider|start|talk|reach|ask|look|find|write|"
    r"call|take|make|keep|set|give|see)|(?:have you|did you) (?:tried|considered|thought about)|"
    r"it (?:may|might|could|can) help to|i(?:'d| would) (?:suggest|recommend|encourage)|"
    r"i (?:suggest|recommend|encourage)|(?:one|a) (?:thing|step) (?:you|that) (?:can|could|might)|"
    r"try to|make sure|don't be afraid to)\b",
    re.IGNORECASE,
)
_IMPERATIVE_VERBS = (
    "try|consider|talk|reach|call|text|write|journal|take|make|start|ask|find|go|keep|give|set|"
    "practice|practise|breathe|remember|focus|allow|let|look|seek|contact|schedule|book|join|"
    "visit|tell|list|notice|spend|get|plan|drink|eat|sleep|walk|step|check|speak|share|use"
)
_IMPERATIVE = re.compile(
    rf"^(?:please |maybe |perhaps |also |and |so |first,? |next,? )?(?:{_IMPERATIVE_VERBS})\b", re.I
)
_RESOURCE = re.compile(
    r"\b(?:therapist|therapy|counsel(?:l)?or|counsel(?:l)?ing|psychologist|psychiatrist|doctor|"
    r"gp|physician|support group|hotline|helpline|crisis line|lifeline|samaritans|988|111|"
    r"emergency (?:room|services)|mental health (?:professional|services)|treatment)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you've|you'd|you'll|yourself)\b", re.I)
_STOPWORD_TEXT = """a about above after again against all also am an and any are aren't as at be
    because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each even ever every few for from further get gets getting
    got had hadn't has hasn't have haven't having he her here hers herself him himself his how
    i i'd i'll i'm i've if in into is isn't it it's its itself just know like lot make me more
    most much my myself no nor not now of off on once only or other our ours out over own really
    same she should shouldn't so some still such than that that's the their theirs them then
    there these they they're this those through thing things think to too under until up very
    want was wasn't way we were weren't what when where which while who whom why will with
    won't would wouldn't you you'd you'll you're you've your yours yourself feel feeling
    feelings time even going"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


#: Output-gate rules about form, not harm (a long human reply is not an unsafe one).
LENGTH_RULES = frozenset({"too_long"})


@dataclass(frozen=True)
class ReplyMetrics:
    """Every proxy for one reply; the `*_score` fields are 0-1 for the side-by-side chart."""

    words: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    emotional_reactions: int
    interpretations: int
    explorations: int
    second_person_per_100_words: float
    post_words_taken_up: float
    inviting_question: bool
    suggestions: int
    resources: int
    gate_ok: bool
    crisis_language: bool
    gate_rule: str | None = None

    @property
    def readability_score(self) -> float:
        return _clamp(self.flesch_reading_ease / 100)

    @property
    def empathy_level(self) -> int:
        """0-6: the sum of the three mechanisms' 0-2 levels."""
        return self.emotional_reactions + self.interpretations + self.explorations

    @property
    def empathy_score(self) -> float:
        return self.empathy_level / 6

    @property
    def connection_score(self) -> float:
        second_person = _clamp(self.second_person_per_100_words / 5)
        taken_up = _clamp(self.post_words_taken_up / 0.2)
        return (second_person + taken_up + float(self.inviting_question)) / 3

    @property
    def actionability_score(self) -> float:
        return _clamp((min(self.suggestions, 2) + min(self.resources, 1)) / 3)

    @property
    def safety_score(self) -> float:
        """Passes the output gate (its length limit aside: long is not unsafe) and has no
        crisis-level language of its own."""
        gate_safe = self.gate_ok or self.gate_rule in LENGTH_RULES
        return float(gate_safe and not self.crisis_language)


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _level(hits: int) -> int:
    return 0 if hits == 0 else 1 if hits == 1 else 2


def _count(patterns: Iterable[str], text: str) -> int:
    lowered = text.lower().replace("\u2019", "'")
    return sum(len(re.findall(p, lowered)) for p in patterns)


_SELF_DISCLOSURE = re.compile(
    r"\b(?:i|i'm|i've|i'd|my|me)\b.*\b(?:same|too|also|experience[ds]?|went|been|had|have|"
    r"felt|feel|relate|relatable|used to|struggle[ds]?|know)\b"
)


def _interpretation_hits(text: str) -> int:
    """Cue phrases of understanding, plus sentences in which the writer shares a like experience
    (most of EPITOME's strong interpretations are "I went through the same")."""
    lowered = text.lower().replace("\u2019", "'")
    hits = _count(INTERPRETATIONS, lowered)
    for sentence in _sentences(lowered):
        if _SELF_DISCLOSURE.search(sentence) and not _count(EMOTIONAL_REACTIONS, sentence):
            hits += 1
    return hits


def empathy_mechanisms(text: str) -> tuple[int, int, int]:
    """(emotional reactions, interpretations, explorations), each 0-2 like EPITOME's levels."""
    return (
        _level(_count(EMOTIONAL_REACTIONS, text)),
        _level(_interpretation_hits(text)),
        _level(_exploration_hits(text.replace("\u2019", "'"))),
    )


@cache
def _hyphenator() -> Any:
    from pyphen import Pyphen

    return Pyphen(lang="en_US")


def flesch(text: str) -> tuple[float, float]:
    """(Flesch reading ease, Flesch-Kincaid grade) with textstat's word and sentence counts and
    Pyphen syllables: textstat's own fallback path. Its English default looks syllables up in
    NLTK's cmudict, which it downloads from the internet when missing; the bot sends nothing
    anywhere but the platform and the model, so that path is not taken."""
    words = int(textstat.lexicon_count(text))
    sentences = int(textstat.sentence_count(text))
    if not words or not sentences:
        return 0.0, 0.0
    hyphenator = _hyphenator()
    syllables = sum(
        len(hyphenator.positions(w)) + 1 for w in (m.group(0).lower() for m in _WORD.finditer(text))
    )
    per_sentence, per_word = words / sentences, syllables / words
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    return round(ease, 2), round(grade, 2)


def content_words(text: str) -> set[str]:
    return {
        w
        for w in (m.group(0).lower().strip("'") for m in _WORD.finditer(text))
        if len(w) >= 4 and w not in _STOPWORDS
    }


def suggestions(text: str) -> int:
    count = len(_SUGGESTION.findall(text))
    count += sum(1 for s in _sentences(text) if _IMPERATIVE.match(s) and not s.endswith("?"))
    return count


def measure(
    reply: str,
    post: str,
    *,
    gate_ok: bool = True,
    gate_rule: str | None = None,
    crisis_language: bool = False,
) -> ReplyMetrics:
    """All proxies for `reply` to `post`; the gate verdicts come from the caller (real gates)."""
    words = len(_WORD.findall(reply))
    ease, grade = flesch(reply)
    er, ip, ex = empathy_mechanisms(reply)
    post_words = content_words(post)
    taken_up = len(post_words & content_words(reply)) / len(post_words) if post_words else 0.0
    return ReplyMetrics(
        words=words,
        flesch_reading_ease=ease,
        flesch_kincaid_grade=grade,
        emotional_reactions=er,
        interpretations=ip,
        explorations=ex,
        second_person_per_100_words=100 * len(_SECOND_PERSON.findall(reply)) / words
        if words
        else 0.0,
        post_words_taken_up=taken_up,
        inviting_question=_exploration_hits(reply) > 0,
        suggestions=suggestions(reply),
        resources=len(_RESOURCE.findall(reply)),
        gate_ok=gate_ok,
        gate_rule=gate_rule,
        crisis_language=crisis_language,
    )


def pearson(xs: list[float], ys: list[float]) -> float:
    """Pearson's r (0.0 when a side is constant)."""
    n = len(xs)
    if n < 2 or n != len(ys):
        raise ValueError("pearson needs two equally long lists of at least two values")
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else 0.0


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rho: Pearson's r of the ranks (ties share their mean rank)."""
    return pearson(_ranks(xs), _ranks(ys))


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks
