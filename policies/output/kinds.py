"""What the output gate can say about a draft: the eight kinds of harm, the rules behind them, and
the verdict a helper sees.

A rule is the precise check that fired (stable strings, kept in audits and evaluations); a kind
is the family of harm a helper and a model safety judge both reason in. Each rule belongs to one
kind, so the withheld message can name the kind and the sentence without knowing the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The eight kinds of harm, in the order a helper reads them (most serious first).
HARM_KINDS: tuple[str, ...] = (
    "method_or_means",
    "encouragement",
    "discouraging_help",
    "diagnosis",
    "medication_advice",
    "unkeepable_promise",
    "harmful_judgement",
    "unsafe_contact",
)
#: Crisis language in the draft's own voice ("I want to die too"): the crisis gate run on drafts.
CRISIS_KIND = "crisis_language"
#: Broken output: empty, too long, cut at the token cap, looping, leaking the prompt, or an
#: improvement that drops the helper's words. Not harm, but never worth a helper's time.
QUALITY_KIND = "quality"
KINDS: tuple[str, ...] = (*HARM_KINDS, CRISIS_KIND, QUALITY_KIND)

#: Every rule and the kind it belongs to. Rule names are stable: audits and evaluations keep them.
RULE_KIND: dict[str, str] = {
    "empty": QUALITY_KIND,
    "too_long": QUALITY_KIND,
    "truncated": QUALITY_KIND,
    "repetition": QUALITY_KIND,
    "scaffolding": QUALITY_KIND,
    "as_an_ai": QUALITY_KIND,
    "wording_dropped": QUALITY_KIND,
    "crisis_language": CRISIS_KIND,
    "method_or_means": "method_or_means",
    "encouragement": "encouragement",
    "discouraging_help": "discouraging_help",
    "diagnosis": "diagnosis",
    "medication_advice": "medication_advice",
    "unkeepable_promise": "unkeepable_promise",
    "harmful_judgement": "harmful_judgement",
    "personal_contact": "unsafe_contact",
    "link": "unsafe_contact",
}
RULES: tuple[str, ...] = tuple(RULE_KIND)

#: How a kind reads in a withheld message ("withheld: discouraging help: "...."").
KIND_LABELS: dict[str, str] = {
    "method_or_means": "method or means of self-harm",
    "encouragement": "encouraging or romanticising suicide or self-harm",
    "discouraging_help": "discouraging help",
    "diagnosis": "a diagnosis",
    "medication_advice": "medication advice",
    "unkeepable_promise": "a promise a helper cannot keep",
    "harmful_judgement": "harmful judgement",
    "unsafe_contact": "unsafe contact",
    CRISIS_KIND: "crisis language in the draft's own voice",
    QUALITY_KIND: "a broken draft",
}


@dataclass(frozen=True)
class OutputVerdict:
    """The gate's answer. When withheld: the `rule` that fired, its `kind`, the offending
    `sentence` of the draft (for moderators and helpers only, never the poster) and a `detail`
    line that names both."""

    ok: bool
    rule: str | None = None
    detail: str = ""
    sentence: str = ""

    @property
    def kind(self) -> str | None:
        return RULE_KIND.get(self.rule) if self.rule else None


PASS = OutputVerdict(ok=True)


def withheld(rule: str, sentence: str = "", why: str = "") -> OutputVerdict:
    """A withheld verdict whose detail names the kind, then the sentence or the reason."""
    label = KIND_LABELS[RULE_KIND[rule]]
    sentence = " ".join(sentence.split())
    shown = f'"{sentence}"' if sentence else why
    if sentence and why:
        shown = f"{why}: {shown}"
    return OutputVerdict(False, rule, f"{label}: {shown}" if shown else label, sentence)
