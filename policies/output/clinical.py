"""Families for diagnosis and medication advice. Diagnosis is a label the reader did not give
themselves, said with certainty. Medication advice is an instruction to start, stop, change,
mix or borrow a medicine; sending the person to a prescriber is not. (Method or means lives in
`method.py`.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.output.family import YOU, A, Family, family
from policies.output.method import ROUTES_TO_HELP  # peer.py reads it from here too

# --- diagnosis ------------------------------------------------------------------------------------

DISORDER = (
    r"(?:(?:major\s+|clinical\s+|postpartum\s+|post-partum\s+|severe\s+|early\s+)?depression|"
    r"(?:major\s+)?depressive\s+disorder|dysthymia|"
    r"bipolar(?:\s+disorder|\s+[i12]+)?|bpd|borderline(?:\s+personality\s+disorder)?|"
    r"c-?ptsd|ptsd|post-?traumatic\s+stress(?:\s+disorder)?|ocd|"
    r"obsessive[- ]compulsive(?:\s+disorder)?|"
    r"adhd|autism|asd|asperger\w*|(?:early\s+)?schizophrenia|schizoaffective(?:\s+disorder)?|"
    r"psychosis|anorexia|bulimia|(?:an\s+|a\s+)?eating\s+disorder|binge[- ]eating\s+disorder|"
    r"(?:an?\s+)?(?:generali[sz]ed\s+|social\s+)?anxiety\s+disorder|panic\s+disorder|agoraphobia|"
    r"(?:an?\s+)?personality\s+disorder|narcissis\w*|npd|insomnia|alcoholism|addiction|"
    r"(?:depersonali[sz]ation|derealization|derealisation|dissociative\s+identity)"
    r"(?:[/ -]derealization)?(?:\s+disorder)?|"
    r"(?:an?\s+)?(?:mental|psychiatric)\s+(?:illness|disorder|condition)|"
    r"(?:an?\s+)?(?:mood|anxiety|attachment|dissociative|identity|adjustment)\s+disorder|"
    r"(?:complex|developmental|childhood)\s+trauma|pmdd|premenstrual\s+dysphoric\s+disorder|"
    r"seasonal\s+(?:affective\s+disorder|depression)|winter\s+depression|postnatal\s+depression|"
    r"(?:hypo)?mania|health\s+anxiety|illness\s+anxiety|hypochondria|adult\s+add|cyclothymia|"
    r"dissociation|(?:body\s+)?dysmorphia|bdd|trichotillomania|hoarding\s+disorder|arfid|"
    r"orthorexia|(?:an?\s+)?(?:autism|autistic)\s+spectrum(?:\s+disorder)?|"
    r"(?:an?\s+)?(?:manic|hypomanic|depressive|psychotic|mixed)\s+episode|clinical\s+anxiety|"
    r"(?:avoidant|dependent|schizoid|schizotypal|paranoid|histrionic|antisocial|cyclothymic|conversion|"
    r"somatic\s+symptom|sensory\s+processing|reactive\s+attachment|oppositional\s+defiant|conduct|"
    r"delusional|body\s+dysmorphic|sleep|tic)\s+(?:personality\s+)?disorder|dementia|alzheimer\w*|"
    r"codependen(?:cy|ce|t)|trauma\s+bond(?:ing)?|compassion\s+fatigue|secondary\s+trauma|"
    r"sociopath\w*|psychopath\w*)"
)
#: The conditions without a leading article, for wordings that start with one: a search finds
#: the label itself, and the anchors then skip every "a" and "an" of a draft.
DISORDER_BARE = DISORDER.replace(r"(?:an?\s+)?", "").replace(r"(?:an\s+|a\s+)?", "")
_LABEL = (
    r"(?:bipolar|schizophrenic|psychotic|autistic|anorexic|bulimic|clinically\s+depressed|"
    r"a\s+narcissist|borderline|manic|ocd|adhd|an\s+alcoholic|an\s+addict|a\s+sociopath|"
    r"a\s+psychopath|depressed,?\s+(?:clinically|for\s+sure|properly|definitely|no\s+question)|"
    r"hypomanic|dissociating|depersonali[sz]ed|a\s+hypochondriac|"
    r"in\s+(?:a\s+)?(?:manic|hypomanic|depressive|mixed|psychotic)\s+(?:episode|state|phase)|"
    r"having\s+(?:a\s+)?(?:manic|hypomanic|psychotic|depressive)\s+episode)"
)
_SURE = (
    r"(?:for\s+sure|no\s+question|no\s+doubt|plain\s+and\s+simple|plain\s+as\s+day|textbook|"
    r"classic|definitely|"
    rf"clearly|obviously|100%|without\s+a\s+doubt|that{A}?s\s+what\s+{YOU}\s+have|"
    rf"exactly\s+how\s+it\s+shows\s+up|the\s+whole\s+checklist|it{A}?s\s+called)"
)
#: A noun after the label makes it the subject of what follows ("depression has a way of..."),
#: or the familiar "that's the depression talking": not a label put on the reader.
_NOT_A_LABEL_AFTER = (
    r"(?!\s+(?:talking|speaking|lying|doing|has|have|can|could|makes?|made|gets?|does|did|might|"
    r"may|will|would|really|keeps?|takes?|tells?|feels?|brain|symptoms?|meds))"
)
#: The reader's own diagnosis reflected, or an origin the sentence says is not the point.
_THEIR_OWN = re.compile(
    r"\b(?:your\s+(?:diagnosis|doctor\s+said)|(?:you|they)\s+(?:were|was|got|have\s+been|"
    r"{A}ve\s+been)\s+diagnosed|since\s+your\s+diagnosis|you\s+(?:mentioned|said|told)|"
    r"living\s+with|isn{A}?t\s+(?:always|just)|doesn{A}?t\s+(?:mean|make))\b".replace("{A}", A)
)
#: The label reported from the reader's own clinician ("since your psychiatrist says it's OCD"),
#: unless the draft sets its own verdict against it ("..., but this is clearly ADHD").
_REPORTED = re.compile(
    r"\b(?:your|the)\s+(?:doctor|gp|psychiatrist|psychologist|therapist|counsel+or|specialist|"
    r"consultant|care\s+team|clinician)\s+(?:said|says|thinks|thought|told\s+you|diagnosed|"
    r"suspects?|believes?)\b"
)
_CONTRARY = re.compile(
    r"\b(?:but|whatever|though|although|actually|clearly|obviously|definitely|to\s+me|i\s+think|"
    r"i{A}d\s+say|honestly|wrong)\b".replace("{A}", A)
)
#: The label as a question for someone qualified ("it might be worth asking your GP about ADHD"),
#: not a verdict. A sure word ("clearly") keeps it a diagnosis; "you might have X" alone is one.
_HEDGE = re.compile(
    r"\b(?:worth\s+(?:asking|checking|getting|looking|exploring|mentioning|bringing)|(?:get|getting)\s+"
    r"(?:it\s+|that\s+|this\s+)?(?:checked|assessed|looked\s+at)|an\s+assessment|only\s+a\s+"
    r"(?:doctor|professional|psychiatrist)|i{A}m\s+not\s+(?:a\s+)?(?:doctor|professional|qualified)|"
    r"(?:a|your)\s+(?:doctor|gp|psychiatrist|psychologist|therapist|professional)\s+(?:could|can|would|"
    r"might)\s+(?:tell|say|help|look))\b".replace("{A}", A)
)
_CERTAIN = re.compile(
    r"\b(?:clearly|definitely|obviously|for\s+sure|no\s+doubt|no\s+question|textbook|classic|"
    r"exactly|100%|certainly|without\s+a\s+doubt|i{A}m\s+(?:sure|certain|positive))\b".replace(
        "{A}", A
    )
)


def _hedged(sentence: str) -> bool:
    return _HEDGE.search(sentence) is not None and _CERTAIN.search(sentence) is None


@lru_cache(maxsize=256)
def _their_own_or_hedged(sentence: str) -> bool:
    if _REPORTED.search(sentence) is not None and _CONTRARY.search(sentence) is None:
        return True
    return _THEIR_OWN.search(sentence) is not None or _hedged(sentence)


DIAGNOSIS = family(
    "diagnosis",
    [
        rf"\b{YOU}(?:\s+(?:\w+\s+){{0,2}}?|{A}(?:ve\s+)?(?:\w+\s+)?)(?:have|got|suffer\s+from|"
        rf"(?:are\s+|re\s+)?suffering\s+from|(?:are\s+|re\s+)?(?:showing|displaying)\s+"
        rf"(?:signs|symptoms)\s+of|show\s+(?:signs|symptoms)\s+of|(?:are\s+|re\s+)?dealing\s+with|"
        rf"meet\s+the\s+criteria\s+for)\s+(?:(?:a|an|some|severe|clinical|major|mild|serious|"
        rf"chronic|untreated|high[- ]functioning|form|kind|type|case|of|classic|textbook|full[- ]"
        rf"blown)\s+){{0,3}}{DISORDER}\b",
        rf"\b{YOU}(?:\s+are|{A}re|r)\s+(?!not\s|never\s)(?:\w+\s+)?{_LABEL}\b(?!\s+(?:for|about|that|because))",
        rf"\b(?:this|that|it|these|those|what\s+{YOU}(?:{A}re)?\s+(?:describe|describing|"
        rf"listed|said)\w*)(?:\s+\w+)?\s*(?:is|are|{A}s|sounds?\s+like|seems?\s+like|looks?\s+like|"
        rf"(?:are|is)\s+(?:classic|textbook)\s+(?:signs|symptoms)\s+of)\s+"
        rf"(?:(?:classic|definitely|clearly|textbook|probably|likely|a\s+case\s+of|symptoms?\s+of|"
        rf"signs?\s+of|called|just|an?)\s+){{0,2}}{DISORDER}\b{_NOT_A_LABEL_AFTER}",
        rf"\b(?:classic|textbook)\s+(?:signs|symptoms)\s+of\s+{DISORDER}\b",
        rf"\b{DISORDER_BARE}\s*,?\s+(?:{_SURE})\b",
        rf"\b(?:{_SURE})\s*,?\s+(?:\w+\s+){{0,2}}{DISORDER}\b",
        rf"\bdiagnos(?:e|ing)\s+{YOU}\b",
        # the label said as a certainty or an origin story, not as a question
        rf"\b(?:showing\s+up|presenting|coming\s+out)\s+as\s+{DISORDER}\b",
        rf"\b(?:the\s+)?(?:start|beginning|onset|first\s+stage)\s+of\s+{DISORDER}\b",
        rf"\b(?:this|that|it)\s+is\s+(?:clearly|definitely|obviously|100%)\b[^.!?\n]{{0,50}}"
        rf"\b{DISORDER}\b",
        r"\b(?:properly|really|genuinely|actually|truly)\s+clinically\s+(?:depressed|anxious)\b",
        rf"\b{YOU}(?:{A}re|\s+are|r)\s+(?:\w+\s+)?on\s+the\s+spectrum\b",
        r"\bso\s+(?:autistic|ocd|adhd|bipolar|schizo|psychotic|borderline)\b",
        rf"\b{YOU}{A}?r?e?\s+(?:\w+\s+)?diagnosable\b",
    ],
    unless=_their_own_or_hedged,
    unless_before=rf"\b(?:not|\w+n{A}t|never|cannot|if|whether|wonder)\b",
)

_SUBJECT = r"(?:you|your|that|this|these|those|it|what\s+you|he|she|they)"
_SAID_AS = (
    r"(?:(?:is|are|['’ʼ]s)\s+(?:an?\s+|the\s+)?(?:(?:early|first|classic|textbook|clear|telltale|"
    r"typical|big|obvious)\s+)?(?:warning\s+)?(?:signs?|symptoms?|hallmarks?|red\s+flags?|stages?|"
    r"onset|beginnings?|start)\s+of|(?:(?<=\bhe)|(?<=\bshe)|(?<=\bit)|(?<=\bthat)|(?<=\bthis)|(?<=\bwhat))['’ʼ]s|"
    r"(?:(?<=\byou)|(?<=\bthey))['’ʼ]re|(?:(?<=\byou\s)|(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bthey\s))"
    r"(?:sounds?|seems?|looks?)(?=\s+(?:so\s+|really\s+|very\s+|"
    r"totally\s+)?(?:manic|hypomanic|psychotic|bipolar|autistic|anorexic|bulimic|narcissistic))|"
    r"(?:have|has|show|shows|showing|with)\s+(?:all\s+|every\s+one\s+of\s+)?(?:the\s+)?(?:classic\s+|"
    r"textbook\s+)?(?:signs?|symptoms?|traits?|hallmarks?)\s+of(?:\s+being)?|points?\s+(?:straight\s+)?"
    r"to|adds?\s+up\s+to|(?:has|have)\s+(?:turned|tipped|developed|grown)\s+into|(?:turned|tipped|"
    r"developed)\s+into|(?<!there\s)(?<!here\s)(?:is|are)|sounds?\s+(?:a\s+lot\s+|exactly\s+|just\s+|very\s+much\s+)?"
    r"like|looks?\s+like|seems?\s+like|fits|matches|screams)"
)
_SURE_WORD = (
    r"(?:a|an|classic|textbook|full[- ]blown|some|severe|clinical|early|proper|real|basically|"
    r"definitely|clearly|probably|likely|total|full|untreated|undiagnosed)"
)
_PERSON_LABEL = r"(?:sociopath|psychopath|narcissist|alcoholic|addict|hypochondriac)"
#: A character of the clause between the subject and the label, where no negation starts ("this
#: does not mean you are an addict").
_NO_NEGATION = rf"(?:(?!not\b(?!\s+\w+ing\b)|never\b|\w+n{A}?t\b)[^.!?\n])"
_NAMED = (
    rf"(?:{DISORDER}|{_PERSON_LABEL}|on\s+the\s+(?:autism\s+|autistic\s+)?spectrum|autistic|bulimic|"
    r"anorexic|psychotic|schizophrenic|hypomanic|manic|narcissistic)"
)
_NAMED_BARE = _NAMED.replace(DISORDER, DISORDER_BARE)
#: The label put on the reader's own experience, or on someone close to them, as a fact: [you,
#: your X, that, what you describe] x [is, sounds like, is a sign of] x [a condition or a label
#: for a person]; and "you've described every symptom of ...".
_SAID = re.compile(
    rf"\b{_SUBJECT}\b{_NO_NEGATION}{{0,60}}?\b{_SAID_AS}\s+(?:{_SURE_WORD}\s+){{0,3}}{_NAMED}\b"
    rf"{_NOT_A_LABEL_AFTER}|"
    rf"\b{YOU}(?:{A}ve|\s+have)?\s+(?:\w+\s+)?(?:described|listed|ticked)\s+(?:off\s+)?(?:(?:every|"
    rf"all\s+the|the\s+classic|the|each)\s+(?:symptoms?|signs?|boxes|criteria)\s+(?:of|for)\s+)?"
    rf"(?:(?:a|textbook|classic)\s+)?{DISORDER}\b"
)


#: A negation in the clause; "not" before a gerund describes ("not sleeping is hypomania"),
#: except before a verb of saying ("not saying", "not suggesting").
_NEGATED = re.compile(
    rf"\b(?:not(?!\s+(?!saying|suggesting|claiming|implying|calling)\w+ing\b)|\w+n{A}t|never|cannot)\b"
)


#: "[sure] ... your sister has BPD": a person close to the reader given a condition, with a sure
#: frame before it ("sounds to me like", "it's obvious", "I'd say").
_SAID_HAS = re.compile(
    rf"\b(?:sounds?\s+(?:to\s+me\s+)?like|obvious(?:ly)?|clearly|i{A}d\s+say|i\s+think|pretty\s+sure|"
    rf"i{A}d\s+bet|definitely)\b[^.!?\n]{{0,40}}?\b(?:your\s+\w+|you|he|she|they)\s+(?:has|have|"
    rf"{A}s\s+got|{A}ve\s+got|got)\s+(?:{_SURE_WORD}\s+){{0,3}}{_NAMED}\b"
)


@lru_cache(maxsize=256)
def _not_said_of_the_reader(sentence: str) -> bool:
    said = _SAID.search(sentence) or _SAID_HAS.search(sentence)
    if said is None:
        return True
    clause = sentence[: said.end()].rsplit(",", 1)[-1]
    if _NEGATED.search(clause):
        return True  # "I'm not saying that what you describe is an addiction"
    if _REPORTED.search(sentence) is not None and _CONTRARY.search(sentence) is None:
        return True
    return _THEIR_OWN.search(sentence) is not None or _hedged(sentence)


#: The family is tried at the labels only (rare words), and the sentence around one is then read
#: for the composition: cheaper than trying every "you", "that" and "it" of a draft.
DIAGNOSIS_SAID = family(
    "diagnosis",
    [rf"\b{_NAMED_BARE}\b{_NOT_A_LABEL_AFTER}"],
    unless=_not_said_of_the_reader,
    unless_before=rf"\b(?:not(?!\s+\w+ing\b)|\w+n{A}t|never|cannot|if|whether|wonder)\b",
)

# --- medication advice ----------------------------------------------------------------------------

DRUGS = (
    r"sertraline|zoloft|fluoxetine|prozac|citalopram|celexa|escitalopram|lexapro|paroxetine|paxil|"
    r"venlafaxine|effexor|desvenlafaxine|pristiq|duloxetine|cymbalta|bupropion|wellbutrin|"
    r"mirtazapine|remeron|trazodone|vortioxetine|trintellix|amitriptyline|nortriptyline|"
    r"lithium|lamotrigine|lamictal|valproate|depakote|quetiapine|seroquel|aripiprazole|abilify|"
    r"olanzapine|zyprexa|risperidone|risperdal|clonazepam|klonopin|alprazolam|xanax|lorazepam|"
    r"ativan|diazepam|valium|zolpidem|ambien|adderall|ritalin|methylphenidate|vyvanse|"
    r"gabapentin|pregabalin|lyrica|propranolol|hydroxyzine|buspirone|buspar|ketamine|esketamine|"
    r"spravato|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|codeine|tramadol|"
    r"oxycodone|diphenhydramine|benadryl|melatonin|st\.?\s+john{A}?s\s+wort|kava|valerian|"
    r"5-htp|cbd|cannabis"
).replace("{A}", A)
MEDS = (
    r"(?:meds|medication|medications|medicine|medicines|pills|antidepressants?|anti-depressants?|"
    r"ssris?|snris?|benzos?|benzodiazepines?|antipsychotics?|mood\s+stabili[sz]ers?|"
    r"sleeping\s+pills|painkillers?|dose|doses|dosage|prescription|prescriptions|tablets?|"
    r"birth\s+control|contraceptives?|antibiotics|inhalers?)"
)
DOSE_UNITS = r"(?:mg|milligrams?|mcg|micrograms?|ml|millilit(?:er|re)s?)"
#: A sentence that sends the person to a professional defers the medical decision: allowed,
#: unless it names a drug or an amount.
_DEFERS = re.compile(
    r"\b(?:doctor|doctors|gp|physician|psychiatrist|prescriber|pharmacist|nurse|"
    r"care\s+team|clinician|medical\s+professional|poison\s+control)\b"
)
_WITHOUT_DOCTOR = re.compile(r"\bwithout\s+(?:your|their|a|the|any)\s+(?:doctor|prescriber|gp)")
_SPECIFIC = re.compile(rf"\b(?:{DRUGS})\b|\b\d+(?:[.,]\d+)?\s*{DOSE_UNITS}\b")


def _defers(sentence: str) -> bool:
    return (
        _DEFERS.search(sentence) is not None
        and _SPECIFIC.search(sentence) is None
        and _WITHOUT_DOCTOR.search(sentence) is None
    )


#: A peer telling their own medicine story ("I've been on sertraline too and it helped me") is
#: sharing, not advice: first person, and no instruction to the reader in the sentence.
_OWN_STORY = re.compile(
    r"\b(?:i{A}ve\s+been\s+(?:on|taking)|i\s+(?:was|am|{A}m|have\s+been)\s+(?:on|taking)|"
    r"i\s+(?:\w+\s+)?(?:take|took|tried|started|used\s+to\s+take|did|had\s+to|love[ds]?|found|got)|"
    r"my\s+(?:psychiatrist|doctor|gp|prescriber|dose|dosage|meds|medication)|for\s+me|"
    r"(?:helped|worked\s+for|made)\s+me|(?:improved|returns|gives|gave)\s+(?:me|my))\b".replace(
        "{A}", A
    )
)
#: An instruction to the reader: "you should", "I'd switch", or an imperative opening a clause.
_TO_THE_READER = re.compile(
    r"\byou\s+(?:should|could|can|need|must|might\s+want)\b|\bi{A}d\s+(?:ask|switch|go|try|take|"
    r"stop)\b|(?:^|[,;:(]\s*|\b(?:just|simply|so)\s+)(?:take|stop|skip|double|switch|try|ask|quit)"
    r"\b".replace("{A}", A)
)


def sharing(sentence: str) -> bool:
    """One's own medicine story, with no instruction to the reader."""
    return _OWN_STORY.search(sentence) is not None and _TO_THE_READER.search(sentence) is None


@lru_cache(maxsize=256)
def _defers_or_shares(sentence: str) -> bool:
    return _defers(sentence) or sharing(sentence)


_OTHERS = r"(?:hers|his|theirs|(?:your\s+|her\s+|his\s+|a\s+)?(?:\w+{A}s))".replace("{A}", A)
_AMOUNT = r"(?:one|two|three|four|five|half|a\s+half|a\s+quarter|double|\d+(?:[.,]\d+)?)"
_PER = r"(?:(?:a|per|each|every)\s+(?:day|night|morning|evening)|times\s+a\s+day)"
MEDICATION = family(
    "medication_advice",
    [
        rf"\b\d+(?:[.,]\d+)?\s*{DOSE_UNITS}\b",
        rf"\b(?:stop|stopping|quit|quitting|skip|skipping|double|doubling|halve|halving|increase|"
        rf"increasing|decrease|decreasing|lower|lowering|raise|raising|upping|reduce|reducing|"
        rf"change|changing|switch|switching|taper|tapering|cut\s+down|cutting\s+down|"
        rf"come\s+off|coming\s+off|go\s+off|going\s+off|get\s+off|wean\s+(?:yourself\s+)?off|ditch|"
        rf"start|starting|try|trying|restart|restarting)\s+(?:taking\s+|on\s+)?"
        rf"(?:(?:your|the|my|some|an|a|those|these|more|less|extra|fewer)\s+)?{MEDS}\b",
        rf"\b(?:take|taking)\s+(?:(?:some|more|extra|less|fewer|a\s+few|an\s+extra|a\s+couple)\s+)"
        rf"{{1,2}}(?:of\s+)?(?:your\s+)?{MEDS}\b",
        rf"\b(?:don{A}?t|do\s+not|never)\s+(?:really\s+)?(?:need|take)\s+(?:your\s+|those\s+|these\s+|"
        rf"the\s+|any\s+)?{MEDS}\b",
        rf"\bbetter\s+than\s+(?:any|an|your)\s+(?:{MEDS}|antidepressant)\b",
        rf"\b(?:friend|sister|brother|mom|mum|dad|partner|roommate|flatmate|boyfriend|girlfriend)"
        rf"{A}s\s+(?:\w+\s+)?(?:prescription|pills|meds|medication|tablets)\b",
        r"\bborrow(?:ing)?\s+(?:a\s+few|some|one|a\s+couple)\b",
        rf"\b(?:take|taking|try)\s+(?:two|three|four|a\s+couple|a\s+few|\d+)\s+(?:of\s+)?(?:your\s+|"
        rf"her\s+|his\s+|the\s+)?(?:\w+\s+)?(?:{MEDS})\b",
        rf"\bi{A}d\s+(?:stop|quit|skip|ditch|double|halve|come\s+off)\b",
        r"\bhalf\s+a\s+(?:pill|tablet|dose)\b|\bcut(?:ting)?\s+back\s+to\s+(?:half|one|a\s+quarter)\b",
        rf"\bskip\s+(?:\w+{A}s\s+)(?:dose|meds|pills|medication)\b",
        rf"\b(?:one|a)\s+(?:night|day|dose)\s+won{A}?t\s+(?:matter|hurt|make\s+a\s+difference)\b",
        rf"\b(?:meds|pills|tablets|medication|medicine)\s+(?:don{A}?t|doesn{A}?t)\s+(?:really\s+)?"
        rf"(?:go\s+off|go\s+bad|expire)\b",
        rf"\b(?:get|come|go|getting|coming|going)\s+off\s+(?:them|it|your\s+{MEDS})\s+cold\s+turkey\b",
        r"\bwithdrawal\s+(?:stuff\s+|thing\s+|symptoms\s+)?(?:is|are)\s+(?:overblown|exaggerated|"
        r"overrated|a\s+myth|not\s+real|no\s+big\s+deal)\b",
        rf"\b{MEDS}\s+(?:are|is)\s+(?:poison|bad\s+for\s+you|a\s+scam|not\s+the\s+answer|useless)\b",
        # instructions about "it": stop, restart, half, every other day, doubling up, tapering
        r"\b(?:stop|stopping|quit|quitting|restart|restarting|skip|skipping)\s+taking\s+(?:it|them|"
        r"that|those|this|these)\b",
        r"\b(?:restart|restarting)\s+(?:it|them)\b",
        r"\b(?:take|taking)\s+(?:half|double|twice|a\s+double|a\s+half|an\s+extra|one\s+extra)\b",
        r"\b(?:taking|take)\s+(?:it|them)\s+(?:every\s+other|every\s+second|twice\s+a|"
        r"only\s+(?:at|on|every))\b",
        r"\bdoubl(?:e|ing)\s+up\b",
        rf"\b(?:cut|cutting|split|splitting|break|breaking)\s+(?:the\s+|your\s+|them\s+|it\s+)?"
        rf"(?:{MEDS}\s+)?in\s+half\b",
        r"\btaper(?:ing)?\s+(?:yourself\s+)?off\b",
        r"\b(?:split|splitting|halve|halving|crush|crushing)\s+(?:up\s+)?(?:the|your|a|each)\s+(?:\w+\s+)?"
        r"(?:pill|pills|tablet|tablets|dose|capsule|capsules)\b",
        r"\bat\s+the\s+same\s+(?:amount|dose|dosage|strength)\b",
        r"\bhalf\s+of\s+what\s+(?:she|he|they|your\s+doctor)\s+prescribed\b",
        # someone else's medicine, leftovers, old prescriptions
        rf"\bborrow\s+(?:some|one|a\s+few|a\s+couple)\s+of\s+{_OTHERS}\b",
        rf"\b(?:take|taking|use|using|try|trying|borrow|have)\s+(?:some\s+of\s+|one\s+of\s+)?(?:her|his|"
        rf"their|your\s+\w+{A}s)\s+(?:old\s+)?(?:{DRUGS}|{MEDS})\b".replace("{A}", A),
        r"\b(?:use|using|take|taking|finish|finishing|try|trying)\s+(?:up\s+)?(?:the|your|her|his|"
        r"those|some)\s+(?:leftovers?|leftover\s+\w+|old\s+(?:pills|meds|prescription|ones))\b",
        rf"\b(?:don{A}?t|do\s+not)\s+(?:really\s+)?expire\b",
        # mixing
        rf"\b(?:wine|beer|alcohol|a\s+drink|drinks|booze|coffee|caffeine|energy\s+drinks?)\s+with\s+"
        rf"(?:it|them|your\s+{MEDS})\b.{{0,40}}\b(?:fine|okay|ok|won{A}?t\s+hurt|no\s+problem|"
        rf"safe|help)",
        r"\b(?:start|take|add|try)\s+(?:it|them)\s+alongside\b|\balongside\s+(?:whatever|what|"
        r"your|the\s+(?:meds|pills))\s+(?:you{A}re\s+|you\s+are\s+)?(?:already\s+)?(?:on|taking)\b".replace(
            "{A}", A
        ),
        r"\badd\s+(?:a|an|some|an\s+extra)\s+(?:coffee|energy\s+drink|espresso|pill|tablet|dose)\b",
        r"\b(?:people|lots\s+of\s+people|loads\s+of\s+people)\s+do\s+(?:it|that)\s+without\s+"
        r"(?:their|a|the)\s+doctor\b",
        # a dose changed, skipped, made up or doubled: [a change verb] x [an amount per day]
        rf"\b(?:(?:go|going|bump|bumping|move|moving|push|pushing)\s+(?:it\s+|them\s+)?(?:up|down)|"
        rf"(?:drop|dropping|cut|cutting)\s+(?:it\s+|them\s+)?(?:down\s+|back\s+)?|(?:up|upping|take|"
        rf"taking)\s+(?:it|them))\s+to\s+{_AMOUNT}\s+(?:{_PER}|{DOSE_UNITS}|pills?|tablets?|doses?)",
        r"\b(?:one|two|three|four|half)\s+(?:a|per)\s+(?:day|night)\b",
        rf"\b(?:leave\s+out|skip|skipping|miss\s+out|drop|dropping|forget|ditch|don{A}?t\s+bother\s+"
        rf"with)\s+(?:the|your|tonight{A}s|today{A}s)\s+(?:(?:morning|evening|night|nighttime|bedtime|"
        rf"afternoon|lunchtime|first|second|last|other|extra)\s+)?(?:one|dose|pill|tablet|meds)\b",
        r"\b(?:take|taking|have|swallow)\s+(?:both|them\s+both|the\s+two|two)\s+(?:together|at\s+once|"
        r"at\s+the\s+same\s+time|in\s+one\s+go)\b|\bmake\s+up\s+for\s+the\s+missed\s+(?:one|dose)\b",
        # sourcing: someone else's supply, no prescription, a pharmacy abroad
        rf"\b(?:ask|get|borrow|nick|pinch|grab|take|use|have|try|steal)\s+(?:\w+\s+){{0,4}}?(?:some|one|"
        rf"a\s+few|a\s+couple)\s+of\s+{_OTHERS}\s+(?:\w+\s+)?(?:{MEDS}|{DRUGS})\b",
        r"\bno\s+(?:prescription|script)\s+(?:needed|required|necessary)\b|\b(?:overseas|foreign|"
        r"online)\s+pharmac(?:y|ies)\b",
        # alcohol with the medicine, said to be fine
        rf"\b(?:wines?|beers?|drinks?|alcohol|booze|vodka|pints?|glass(?:es)?\s+of\s+\w+)\b[^.!?\n]{{0,40}}"
        rf"\b(?:with|on|and)\s+(?:your|the|a|her|his)\s+(?:\w+\s+)?(?:{MEDS}|pill|tablet|{DRUGS})\b"
        rf"[^.!?\n]{{0,30}}\b(?:won{A}?t\s+hurt|(?:is|are|it{A}s|be)\s+(?:totally\s+|perfectly\s+)?"
        rf"(?:fine|okay|ok|safe)|no\s+problem)",
    ],
    unless=_defers_or_shares,
    # "so you don't double up by accident": a warning, said right before the wording
    unless_before=rf"\b(?:don{A}?t|do\s+not|never|not|won{A}?t)\s+(?:\w+\s+)?$",
)

#: Advice in a sentence that names a medicine: an instruction or suggestion to the reader, a
#: recommendation ("way better", "instead of"), an amount, a mix, a supply without a
#: prescription. A name said in passing ("my nan's on lithium", "the Adderall shortage") is not.
_ADVICE = re.compile(
    r"\byou\s+(?:should|could|can|need|must|might\s+want|may\s+want|ought)\b|"
    r"\bi{A}d\s+(?:ask|switch|go|try|take|stop|get|use|swap|skip|start|recommend|suggest|keep)\b|"
    r"(?:^\s*|[,;:(]\s*|\b(?:just|simply|so|then|maybe|and)\s+)(?:take|stop|skip|double|switch|swap|"
    r"try|ask\s+for|quit|pop|grab|use|get|mix|add|have|order|buy|keep|save|halve|split|crush|"
    r"start|go\s+(?:on|off|up|down))\b|"
    r"\b(?:way|much|so\s+much|a\s+lot|far)\s+better\b|\bbetter\s+than\b|\binstead\b|"
    r"\brather\s+than\b|\bworks?\s+(?:better|wonders|great|like\s+a\s+charm|every\s+time)\b|"
    r"\bknocks?\s+(?:\w+\s+)?out\b|\btakes?\s+the\s+edge\s+off\b|\bwon{A}?t\s+(?:hurt|matter)\b|"
    r"\b(?:is|are|it{A}s)\s+(?:totally\s+|perfectly\s+|completely\s+)?(?:fine|safe|harmless)\b|"
    r"\b(?:put|get|start|switch|move)\s+you\s+(?:on|onto|to)\b|\b(?:helped|helps|works?|worked)\s+"
    r"(?:for\s+)?(?:a\s+lot\s+of|lots\s+of|loads\s+of|so\s+many|most|everyone|everybody)\b|"
    r"\btogether\b|\bevery\s+(?:few|\d+|two|three|four)\s+hours\b|"
    r"\b(?:no|without\s+a|without\s+any)\s+(?:prescription|script)\b|\bover\s+the\s+counter\b|"
    r"\bwith\s+(?:a\s+(?:glass|bottle|few|couple|pint)\s+of\s+|some\s+)?(?:wine|alcohol|beer|"
    r"drinks?|vodka|booze)\b|\b\d+(?:[.,]\d+)?\s*(?:mg|milligrams?|mcg|ml)\b".replace("{A}", A)
)


#: Whether a medicine is safe, put as a question to a professional ("your pharmacist can tell you
#: if it's safe to take melatonin with it"): deferring, not advising, when no amount is named.
_ASKED_OF_A_PROFESSIONAL = re.compile(
    r"\b(?:ask|asking|check\s+with|(?:doctor|gp|pharmacist|prescriber|psychiatrist|nurse)s?\s+"
    r"(?:can|could|will|would)\s+(?:tell\s+you|advise(?:\s+you)?|let\s+you\s+know|check))\b"
    r"[^.!?\n]{0,40}?\b(?:if|whether)\b"
)
_AN_AMOUNT = re.compile(rf"\b\d+(?:[.,]\d+)?\s*{DOSE_UNITS}\b")
#: Asking waved away, or the answer given anyway ("don't bother asking ..., it's totally fine").
_NOT_REALLY_ASKED = re.compile(
    r"\b(?:don['’ʼ]?t|do\s+not|no\s+need|never|bother|skip|instead|but|totally|perfectly|just\s+take)\b"
)


def asked_of_a_professional(sentence: str) -> bool:
    """Whether a medicine is safe put as a question to a professional, with no amount named and
    the asking not waved away: deferring, whatever change of medicine the sentence names."""
    return (
        _ASKED_OF_A_PROFESSIONAL.search(sentence) is not None
        and _DEFERS.search(sentence) is not None
        and _AN_AMOUNT.search(sentence) is None
        and _NOT_REALLY_ASKED.search(sentence) is None
    )


@lru_cache(maxsize=256)
def _named_in_passing(sentence: str) -> bool:
    """A medicine named without advice to the reader, or in one's own story, or whether it is
    safe asked of a professional."""
    if asked_of_a_professional(sentence):
        return True
    return _ADVICE.search(sentence) is None or sharing(sentence)


_CLOSE = (
    r"(?:mum|mom|dad|boyfriend|girlfriend|partner|friend|mate|sister|brother|flatmate|roommate|"
    r"housemate|nan|gran|grandma|grandad|grandpa|husband|wife|neighbour|neighbor|cousin)"
)
MEDICATION_NAMED = family(
    "medication_advice",
    [
        rf"\b(?:{DRUGS})\b",
        # someone else's medicine, with advice in the sentence ("just use his anxiety tablets")
        rf"\b(?:take|taking|use|using|try|trying|borrow|borrowing|grab|have|get|pop|nick|swipe|steal|"
        rf"share|sharing)\s+(?:(?:a|one|some|two|a\s+couple|a\s+few)\s+(?:of\s+)?)?(?:his|her|their|"
        rf"(?:your|a)\s+(?:\w+\s+)?{_CLOSE}{A}?s)\s+(?:\w+\s+){{0,2}}?(?:{MEDS}|inhaler)\b",
    ],
    unless=_named_in_passing,
)

#: Going without: a week without your antidepressants, a medication holiday. Said as a warning
#: ("don't go a day without your meds") it is not advice to stop.
MEDICATION_BREAK = family(
    "medication_advice",
    [
        rf"\b(?:go|going|week|weeks|days?|month|months|break|while)\s+(?:\w+\s+){{0,2}}?without\s+"
        rf"(?:your|the|any|those|these)\s+(?:{MEDS}|{DRUGS})\b",
        r"\b(?:med|meds|medication|drug|antidepressant)\s+(?:holiday|break|vacation)\b",
        # what changes a medicine's effect, said as a fact to act on
        rf"\b(?:cancel(?:s|ling|ing)?|counteracts?|balances?|offsets?)\s+(?:out\s+)?(?:the\s+)?(?:\w+\s+){{0,3}}?"
        rf"(?:from|of|on)\s+(?:your|the)\s+(?:\w+\s+)?(?:{MEDS}|{DRUGS})\b",
        rf"\bmakes?\s+(?:your|the)\s+(?:{MEDS}|{DRUGS})\s+(?:work\s+)?(?:stronger|weaker|better|"
        rf"faster|kick\s+in)\b",
    ],
    unless=_defers_or_shares,
    unless_before=rf"\b(?:not|\w+n{A}t|never|without\s+asking)\b",
)

CLINICAL: tuple[Family, ...] = (
    DIAGNOSIS,
    DIAGNOSIS_SAID,
    MEDICATION,
    MEDICATION_NAMED,
    MEDICATION_BREAK,
)
__all__ = [
    "CLINICAL",
    "DIAGNOSIS",
    "DIAGNOSIS_SAID",
    "DRUGS",
    "MEDICATION",
    "MEDICATION_BREAK",
    "MEDICATION_NAMED",
    "ROUTES_TO_HELP",
]
