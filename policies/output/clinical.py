"""Families for method or means, diagnosis and medication advice.

Method or means covers the keywords (doses, heights, noose) and the hints a warm draft gives
without them: whether something would "actually work", what is "more lethal", a quiet time or a
spot where "nobody will walk in", "something stronger" next time. Diagnosis is a label the
reader did not give themselves, said with certainty. Medication advice is an instruction to
start, stop, change, mix or borrow a medicine; sending the person to a prescriber is not.
"""

from __future__ import annotations

import re

from policies.output.family import YOU, A, Family, family

# --- method or means ------------------------------------------------------------------------------

PILLS = r"(?:pills?|tablets?|capsules?|caplets?|tabs)"
#: A sentence that routes the person to help is safety language, not method talk.
ROUTES_TO_HELP = (
    r"\b(?:safety\s+plan|crisis\s+plan|(?:call|calling|text|texting)\s+(?:or\s+text\s+|or\s+call\s+)?"
    r"(?:988|911|999|112|000|111|a\s|the\s|someone|emergency|them|your|crisis|samaritans|"
    r"lifeline|home|shout|hello|now|today|tonight)|988|911|999|112|000|111|crisis|emergency|"
    r"lifeline|helpline|hotline|samaritans|poison\s+control|give\s+(?:them|it)\s+to|"
    r"hand\s+(?:them|it)\s+to|away\s+from\s+you|lock(?:ed)?\s+(?:it\s+|them\s+)?away|"
    r"out\s+of\s+(?:easy\s+)?reach|somewhere\s+(?:else|harder|safe)|another\s+room|"
    r"hold\s+onto\s+them|doctor|pharmacist|gp|remove|removing|safely\s+stored|secure|locked)\b"
)
#: Method hints a warm draft gives without a method word: whether it "works faster", where there
#: is no fence or nobody goes, when the house is empty, what holds a weight, which way to cut,
#: saving up a supply, the engine running, a driver who could not stop, the key to the guns.
_METHOD_MORE = [
    r"\b(?:works?|acts?|hits?)\s+(?:a\s+lot\s+|way\s+|much\s+|so\s+much\s+)?(?:faster|quicker|"
    r"better)\s+than\s+(?:the\s+)?(?:pills|painkillers|tablets|meds|cutting|most)\b",
    r"\b(?:is|are)\s+what\s+(?:actually\s+|really\s+)?(?:gets|kills|works\s+for)\s+(?:people|"
    r"someone|you)\b",
    r"\b(?:pills|tablets|meds|painkillers)\s+(?:alone|on\s+their\s+own)\s+(?:usually\s+|often\s+)?"
    r"(?:don['’ʼ]?t|doesn['’ʼ]?t|won['’ʼ]?t|aren['’ʼ]?t\s+enough)\b",
    r"\b(?:mix|mixing|combine|combining|wash\s+(?:them|it)\s+down)\s+(?:\w+\s+){0,6}?with\s+"
    r"(?:a\s+(?:bottle|few\s+drinks)\s+of\s+|some\s+|the\s+)?(?:vodka|whiskey|whisky|alcohol|booze|"
    r"wine|beer|liquor|rum|gin)\b",
    r"\b(?:has|have|there['’ʼ]s|there\s+is)\s+no\s+(?:fence|railing|rail|barrier|net|guard\s*rail|"
    r"cameras?)\b",
    r"\bwhere\s+(?:nobody|no\s+one|no-one)\s+(?:goes|comes|walks|looks|would\s+(?:see|look|find|"
    r"notice))\b",
    r"\btop\s+(?:floor|level|storey|story)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:parking|car\s+park|"
    r"garage|building|structure|tower|hotel)\b",
    r"\b(?:have|get|got)\s+the\s+(?:whole\s+)?(?:place|house|apartment|flat|home)\s+to\s+"
    r"yourself\b(?=[^.!?\n]{0,40}\b(?:until|till|all\s+night|morning|nobody|no\s+one))",
    r"\bwait\s+(?:until|till)\s+(?:\w+\s+){0,2}?(?:\w+['’ʼ]s\s+)?(?:night\s+shift|asleep|"
    r"out\s+of\s+town|away|at\s+work)\b",
    r"\b(?:rail|hinge|beam|hook|banister|bannister|door\s*frame|pipe|rafter)s?\b[^.!?\n]{0,30}"
    r"\b(?:won['’ʼ]?t\s+hold|will\s+hold|would\s+hold|is\s+sturdier|sturdier|strong\s+enough|"
    r"take\s+(?:the|your)\s+weight)",
    r"\buse\s+the\s+(?:belt|cord|rope|scarf|cable|tie|charger\s+cable)\b",
    r"\bbleeds?\s+(?:more|faster|out)\b|\bbleed(?:ing)?\s+more\s+and\b",
    r"\b(?:along|down)\s+the\s+(?:length\s+of\s+(?:the|your)\s+)?(?:arm|wrist|vein|forearm)\b|"
    r"\binstead\s+of\s+across\b",
    r"\b(?:save|saving|stockpile|stockpiling|hoard|hoarding)\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:worth\s+"
    r"of\s+)?(?:your\s+)?(?:prescription|meds|pills|tablets|medication|painkillers)\b",
    r"\b(?:weeks?|months?|days?)['’ʼ]?\s+worth\s+of\s+(?:your\s+)?(?:prescription|meds|pills|tablets|"
    r"medication|painkillers)\b",
    r"\bfor\s+it\s+to\s+(?:be\s+enough|actually\s+(?:work|do\s+it))\b",
    r"\b(?:engine|car|motor)\s+(?:running|on)\b[^.!?\n]{0,40}\b(?:door|garage)\b|"
    r"\b(?:garage|door)\b[^.!?\n]{0,40}\b(?:engine|car|motor)\s+running\b",
    r"\b(?:driver|train|trains|bus|lorry|truck)\b[^.!?\n]{0,50}\b(?:wouldn['’ʼ]?t|won['’ʼ]?t|can['’ʼ]?t|"
    r"couldn['’ʼ]?t|don['’ʼ]?t|doesn['’ʼ]?t)\s+(?:be\s+able\s+to\s+)?(?:stop|slow\s+down|brake)\b",
    r"\b(?:hunting|gun|rifle|weapons?)\s+(?:cabinet|safe|case|locker|cupboard)\b",
]

_LETHAL = r"(?:lethal|deadly|fatal|toxic|dangerous|risky|poisonous)"
METHOD = family(
    "method_or_means",
    [
        r"\b(?:lethal|fatal|deadly|toxic|overdose|killing)\s+(?:dose|amount|dosage|quantity)s?\b",
        r"\boverdos(?:e|ing)\s+on\b",
        rf"\bhow\s+many\s+(?:\w+\s+){{0,2}}{PILLS}\b",
        rf"\b\d+(?:[.,]\d+)?\s*(?:{PILLS}|(?:g|grams?)\s+of)\b",
        rf"\b(?:a|the|whole|full|entire)\s+(?:bottle|box|pack|packet|handful)\s+of\s+(?:\w+\s+)?"
        rf"{PILLS}\b",
        r"\b(?:jump|jumping|jumped|leap|leaping)\s+(?:off|from)\s+(?:\w+\s+){0,2}?(?:bridge|"
        r"building|roof|rooftop|cliff|balcony|window|ledge|tower|overpass|car\s+park|"
        r"parking\s+garage)s?\b",
        r"\b(?:jump|jumping|jumped|step|stepping|lie|lying)\s+in\s+front\s+of\b",
        r"\b\d+\s*(?:feet|foot|ft|meters?|metres?|m|stor(?:ey|y|ies|eys)|floors?)\s+"
        r"(?:high|tall|up|down|drop|fall)\b",
        r"\bhigh\s+enough\s+to\s+(?:die|kill|be\s+fatal|end\s+it)\b",
        r"\bhang(?:ing|ed)?\s+(?:myself|yourself|himself|herself|themselves|oneself)\b",
        r"\b(?:noose|ligature|nooses)\b",
        r"\b(?:slit|slitting|slash|slashing|cut|cutting)\s+(?:\w+\s+)?(?:wrists?|throat|veins?|"
        r"arteries)\b",
        r"\bvertical(?:ly)?\s+cuts?\b",
        r"\b(?:carbon\s+monoxide|exhaust\s+fumes|charcoal\s+burning|helium\s+(?:tank|hood|bag))\b",
        r"\b(?:drown|poison|electrocute|shoot|stab|suffocate|strangle|starve|gas)(?:ing)?\s+"
        r"(?:myself|yourself|himself|herself|themselves)\b",
        r"\b(?:rat\s+poison|antifreeze|pesticide|cyanide|drink(?:ing)?\s+bleach)\b",
        r"\b(?:train\s+tracks?|in\s+front\s+of\s+(?:a|the)\s+(?:train|car|bus|truck))\b",
        r"\bgun(?<!jump\sthe\sgun)(?<!jumped\sthe\sgun)(?<!jumping\sthe\sgun)s?\b"
        r"(?<!stick\sto\syour\sguns)",
        r"\b(?:firearms?|pistols?|rifles?|shotguns?|handguns?|ammunition)\b",
        r"\b(?:painless(?:ly)?|quick(?:est)?|easiest|best|surest|fastest)\s+(?:way|ways|method|"
        r"methods)\s+to\s+(?:die|end\s+it|kill)\b",
        r"\b(?:ways?|methods?|how)\s+to\s+(?:kill\s+(?:myself|yourself)|commit\s+suicide|"
        r"end\s+(?:it\s+all|your\s+life|my\s+life))\b",
        r"\bsuicide\s+(?:methods?|kit|bag|drug)\b",
        # whether it would work: enough, more than needed, "doing the job", only hurt instead
        rf"\bmore\s+than\s+(?:you\s+think\s+)?{YOU}{A}?d\s+need\b",
        r"\bso\s+(?:that\s+)?it\s+(?:actually\s+|really\s+|definitely\s+)?works\b",
        r"\brather\s+than\s+doing\s+the\s+job\b|\b(?:won{A}?t|wouldn{A}?t|doesn{A}?t|didn{A}?t|might\s+not|"
        r"may\s+not)\s+do\s+the\s+job\b".replace("{A}", A),
        r"\b(?:just|only|usually|often)\s+(?:makes?|leaves?|leaving|making)\s+(?:you|people|someone)"
        r"\s+(?:\w+\s+)?(?:sick|hurt|damaged|disabled|in\s+pain|brain[- ]damaged)\b",
        r"\b(?:badly\s+)?hurt\s+instead\b|\brather\s+than\s+(?:killing|finishing)\b",
        r"\benough\s+to\s+(?:actually\s+)?(?:do\s+it|finish\s+(?:it|the\s+job)|be\s+sure|end\s+it|kill)\b",
        # lethality compared or sized
        rf"\b(?:(?:more|less|way\s+more|a\s+lot\s+more|much\s+more|far\s+more)\s+{_LETHAL}|riskier|"
        rf"deadlier)\s+than\s+(?:either|others|the\s+others|it\s+looks|you{A}?d\s+think|people\s+think|"
        rf"you\s+think|on\s+(?:its|their)\s+own)",
        rf"\b{_LETHAL}\s+in\s+(?:a\s+)?(?:big|large|high|huge)\s+(?:amounts?|doses?|quantit\w+)\b",
        r"\b(?:big|large|huge)\s+amounts?\s+(?:of\s+(?:them|those|it|pills|meds|tablets)\b|"
        r"(?:are|is|can\s+be)\s+(?:lethal|deadly|fatal))",
        r"\b(?:painless|quick|quiet|slow|peaceful|gentle)\s+ones\b",
        r"\b(?:assume|think|believe)\s+(?:is|are)\s+(?:painless|harmless|quick|peaceful)\b",
        r"\b(?:under|below|above|over)\s+a\s+certain\s+(?:height|floor|amount|dose|number)\b",
        r"\bwhat\s+floor\s+(?:are\s+you|do\s+you\s+live)\b",
        # the where and when of not being found
        r"\b(?:nobody|no\s+one|no-one)\s+(?:will|would|can|could|is\s+going\s+to)\s+(?:\w+\s+)?"
        r"(?:walk\s+in|find\s+you|interrupt|stop\s+you|see\s+you|check\s+on\s+you)\b",
        r"\b(?:spot|place|time|moment|night|day)\s+(?:where|when)\s+(?:nobody|no\s+one|"
        r"(?:he|she|they|everyone)(?:{A}s|{A}re|\s+is|\s+are)\s+(?:out|away|gone|asleep|at\s+work))\b".replace(
            "{A}", A
        ),
        r"\bwhen\s+(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:out|away|gone|asleep)\b",
        r"\b(?:way\s+|much\s+|a\s+lot\s+)?quieter\s+(?:time|then|at\s+night|in\s+the\s+morning)|"
        r"\b(?:early\s+morning|late\s+at\s+night|at\s+night)\s+(?:is|are)\s+(?:way\s+|much\s+)?"
        r"(?:quieter|emptier|better)\b",
        r"\b(?:so\s+many|too\s+many|fewer|less)\s+people\s+around\b",
        r"\bwhere\s+(?:he|she|they|your\s+\w+)\s+keeps?\s+(?:the\s+)?(?:key|keys|code|gun|pills|meds|"
        r"rope|ammo)\b|\bkey\s+to\s+the\s+(?:case|safe|cabinet|locker)\b",
        r"\b(?:knowing|check|checking|know)\s+the\s+(?:train\s+|bus\s+)?(?:schedule|timetable)\b",
        # going further: stronger, deeper, harder next time
        r"\b(?:need|try|use|get|want)\s+something\s+(?:stronger|sharper|more\s+(?:effective|"
        r"serious|permanent))\b",
        r"\b(?:deeper|harder|sharper|longer)\s+next\s+time\b",
        r"\b(?:cut|go|press)\s+(?:a\s+(?:little|bit)\s+)?deeper\b",
        *_METHOD_MORE,
    ],
    unless=ROUTES_TO_HELP,
)

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
    r"(?:an?\s+)?(?:mood|anxiety|attachment|dissociative|identity|adjustment)\s+disorder)"
)
_LABEL = (
    r"(?:bipolar|schizophrenic|psychotic|autistic|anorexic|bulimic|clinically\s+depressed|"
    r"a\s+narcissist|borderline|manic|ocd|adhd|an\s+alcoholic|an\s+addict|a\s+sociopath|"
    r"a\s+psychopath|depressed,?\s+(?:clinically|for\s+sure))"
)
_SURE = (
    r"(?:for\s+sure|no\s+question|no\s+doubt|plain\s+and\s+simple|plain\s+as\s+day|textbook|"
    r"classic|definitely|"
    rf"clearly|obviously|100%|without\s+a\s+doubt|that{A}?s\s+what\s+{YOU}\s+have|"
    rf"exactly\s+how\s+it\s+shows\s+up|the\s+whole\s+checklist|it{A}?s\s+called)"
)
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
        rf"signs?\s+of|called|just|an?)\s+){{0,2}}{DISORDER}\b",
        rf"\b(?:classic|textbook)\s+(?:signs|symptoms)\s+of\s+{DISORDER}\b",
        rf"\b{DISORDER}\s*,?\s+(?:{_SURE})\b",
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
    unless=r"\b(?:your\s+(?:diagnosis|doctor\s+said)|(?:you|they)\s+(?:were|was|got|have\s+been|"
    r"{A}ve\s+been)\s+diagnosed|since\s+your\s+diagnosis|you\s+(?:mentioned|said|told)|"
    r"living\s+with|isn{A}?t\s+(?:always|just)|doesn{A}?t\s+(?:mean|make))\b".replace("{A}", A),
    unless_before=rf"\b(?:not|\w+n{A}t|never|cannot|if|whether|wonder)\b",
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
    r"sleeping\s+pills|painkillers?|dose|doses|dosage|prescription|prescriptions|tablets?)"
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


def _sharing(sentence: str) -> bool:
    return _OWN_STORY.search(sentence) is not None and _TO_THE_READER.search(sentence) is None


def _defers_or_shares(sentence: str) -> bool:
    return _defers(sentence) or _sharing(sentence)


_OTHERS = r"(?:hers|his|theirs|(?:your\s+|her\s+|his\s+|a\s+)?(?:\w+{A}s))".replace("{A}", A)
MEDICATION = family(
    "medication_advice",
    [
        rf"\b(?:{DRUGS})\b",
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
    ],
    unless=_defers_or_shares,
)

CLINICAL: tuple[Family, ...] = (METHOD, DIAGNOSIS, MEDICATION)
__all__ = ["CLINICAL", "DIAGNOSIS", "DRUGS", "MEDICATION", "METHOD", "ROUTES_TO_HELP"]
