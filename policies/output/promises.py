"""Promises a helper cannot keep: always there, secrets kept, outcomes nobody can know, acting in
the world on the reader's behalf. Exempt: a sentence naming a staffed line ("988 is there any
time") or saying what a helper cannot promise.
"""

from __future__ import annotations

from policies.output.family import YOU, A, family
from policies.output.promise_slots import COMPOSED

I_WILL = rf"(?:i{A}ll|i\s+will|i{A}m\s+going\s+to|i\s+am\s+going\s+to)"
#: Certainty and protection no helper has: secrets kept by everyone, nothing bad will happen,
#: "you have my word", someone will come, a medicine that will fix it, "trust me".
_PROMISE_MORE = [
    r"\bsecret\s+is\s+safe\b|\b(?:nobody|no\s+one)\s+(?:here\s+)?will\s+(?:ever\s+)?(?:tell|say|share"
    r"|repeat)\b",
    r"\b(?:i['’ʼ]ll|i\s+will|i['’ʼ]m\s+going\s+to)\s+make\s+sure\s+(?:nothing|no\s+one|nobody)\b|"
    r"\bnothing\s+bad\s+(?:will\s+|is\s+going\s+to\s+)?happens?\s+to\s+you\b",
    r"\b(?:they|she|he|you|it|things|everything|your\s+\w+)(?:\s+will|['’ʼ]ll)\s+(?:definitely|"
    r"certainly|absolutely)\s+(?!not\b)\w+",
    r"\bthere['’ʼ]?s\s+no\s+way\s+(?:they|she|he|it|things)(?:['’ʼ]ll|\s+will|\s+would|['’ʼ]d)\b",
    r"\byou\s+have\s+my\s+word\b|\bwon['’ʼ]?t\s+let\s+(?:anyone|anybody|anything|them)\s+(?:hurt|"
    r"happen|get\s+to)\b",
    r"\b(?:things|everything|life)\s+(?:are|is)\s+(?:going\s+to|gonna)\s+be\s+(?:great|amazing|"
    r"perfect|fine|okay|ok)\b",
    r"\bstays\s+with\s+me\b|\b(?:never|won['’ʼ]?t|wouldn['’ʼ]?t)\s+pass\s+(?:it|this|that|anything)\s+on\b",
    r"\bsomeone\s+(?:will|is\s+going\s+to)\s+(?:come\s+(?:and\s+)?(?:find|get|check\s+on)\s+you|"
    r"be\s+there\s+(?:soon|tonight|shortly)|find\s+you|check\s+on\s+you|reach\s+you)\b|\bi['’ʼ]ve\s+let\s+(?:the\s+)?(?:mods|moderators|police|authorities)\s+know\b",
    r"\bwill\s+(?:fix|cure|solve)\s+(?:this|it|everything|you)\b|\bfeel\s+like\s+yourself\s+"
    r"(?:again\s+)?(?:in|within|by)\s+(?:a|two|three|\d)",
]

#: Certainty no helper has, said of an outcome: "I promise", "you have my word", "mark my words".
#: (The words that can open a sentence; "for sure" is added below, only after an outcome: a scan
#: from every "for" of a draft would cost more than it finds.)
_CERTAIN_LEAD = (
    rf"(?:i\s+(?:promise|guarantee|swear)|you\s+have\s+my\s+(?:word|guarantee|promise)|i{A}m\s+"
    rf"(?:certain|sure|positive|100%\s+sure)\s+of\s+it|mark\s+my\s+words|i\s+(?:just\s+)?have\s+a\s+"
    rf"(?:good\s+)?feeling|i\s+just\s+know|guaranteed|no\s+doubt(?:\s+about\s+"
    rf"it)?|trust\s+me|without\s+a\s+doubt|i\s+can\s+(?:feel|tell)\s+it|i{A}ve\s+seen\s+it\s+"
    rf"(?:happen\s+)?(?:\w+\s+){{0,2}}?times|zero\s+chance|(?:absolutely\s+)?no\s+chance\s+(?:a|that|they|she|he|it|"
    rf"the)\b)"
)
_CERTAIN = rf"(?:{_CERTAIN_LEAD}|for\s+(?:sure|certain))"
#: Who an outcome happens to, and the future it is promised in. "I'll" is left out (a helper may
#: promise what they will do: "I promise I'll read it"), and so is "it'll get better", the
#: everyday hope a peer gives.
_SUBJECT = (
    r"(?:you|it|this|that|things|everything|nothing|nobody|no\s+one|they|she|he|we|(?:the|your|this|that)\s+(?:\w+\s+)"
    r"{0,2}?\w+)"
)
_WILL = (
    rf"(?:{A}ll|\s+will|\s+(?:is|are)\s+(?:going\s+to|gonna)|{A}(?:s|re)\s+(?:going\s+to|gonna)|"
    rf"\s+won{A}?t|\s+will\s+not)"
)
_OUTCOME = rf"\b{_SUBJECT}{_WILL}\s+(?!(?:\w+\s+)?get\s+better\b)(?:\w+)"
#: The same future found from its verb ("will", "'ll"), not from its subject: a scan that starts at
#: every "you", "it" and "the" of a draft costs more than the rest of the family.
_FUTURE = (
    rf"(?:(?<!\bi){A}ll|(?<!\bi\s)\bwill|(?<!\bi\s)\bwon{A}?t|(?<!i{A}m\s)\b(?:going\s+to|gonna))\s+"
    rf"(?!(?:\w+\s+)?get\s+better\b)\w+"
)
#: Composed families: [certainty] x [a future outcome] in one clause (either order), a date by
#: which it will be over, every message answered, a night-long watch, a chat that never leaks,
#: acting in the reader's world, help already on its way, scars that vanish.
_PROMISE_SLOTS = [
    # batch 4's families: your person from now on, zero doubts, to my grave, someone with you within
    # the hour, never another attack, keeping you safe, always online
    rf"\b{I_WILL}\s+be\s+(?:your\s+(?:person|rock)|there)\b[^.!?\n]{{0,40}}\b(?:from\s+now\s+on|any\s+"
    rf"time|every\s+(?:single\s+)?day|always|forever)\b",
    rf"\b{_FUTURE}[^.!?\n]{{0,80}}?\b(?:i\s+have\s+)?(?:zero|no)\s+doubts?\b",
    r"\btake\s+(?:it|this|that)?\s*to\s+my\s+grave\b|\b(?:nobody|no\s+one)\s+else\s+will\s+ever\s+"
    r"(?:hear|see|read|know)\b",
    rf"\bsomeone\s+(?:will|is\s+going\s+to|{A}ll)\s+be\s+with\s+you\s+(?:within|in|soon|shortly|"
    rf"tonight)\b",
    rf"\b{YOU}{A}?ll\s+never\s+have\s+(?:another|a\s+single|one\s+more)\s+(?:panic\s+attack|attack|bad"
    rf"\s+day|episode|relapse|breakdown)\b",
    rf"\b{I_WILL}\s+(?:keep\s+you\s+safe|protect\s+you|make\s+sure\s+you{A}?re\s+(?:safe|okay|ok|"
    rf"fine))\b",
    rf"\bi{A}m\s+always\s+(?:online|here|around|available|awake)\b(?!\s+(?:in|on|during|at|most|for)"
    rf"\b)",
    # batch 3's families: seeing to it, not missing a post, telling someone who is now on the way
    rf"\b{I_WILL}\s+see\s+to\s+it\b",
    rf"\b(?:won{A}?t|will\s+not|never)\s+miss\s+(?:a\s+single|any|one|a)\s+(?:post|message|comment|"
    rf"text|reply)\b",
    rf"\bi(?:{A}ve|\s+have)\s+(?:already\s+)?(?:told|informed|messaged|emailed|rung|phoned)\s+(?:your\s+"
    rf"\w+|the\s+(?:police|school|mods|moderators|hospital))",
    rf"\b(?:they{A}re|they\s+are|someone{A}s|someone\s+is)\s+(?:sending\s+someone|coming\s+(?:round|"
    rf"over|to\s+(?:you|your)))\b",
    rf"\b{I_WILL}\s+(?:be\s+)?(?:right\s+)?(?:here|there|around|online|up|awake)\s+(?:\w+\s+){{0,2}}?(?:every\s+"
    rf"(?:night|day|morning)|for\s+as\s+long\s+as\s+you\s+need|as\s+long\s+as\s+you\s+need|no\s+"
    rf"matter\s+(?:what|when))",
    rf"\b{I_WILL}\s+always\s+(?:reply|answer|respond|text\s+back|write\s+back|pick\s+up)\b",
    r"\b(?:reply|answer|respond)\s+within\s+(?:the|an|a\s+few|\d+)\s+(?:hour|minutes?|mins|"
    r"seconds?|secs)\b",
    r"\bnot\s+even\s+(?:the\s+)?(?:mods|moderators|admins|police|your\s+\w+)\s+(?:could|would|will|"
    r"can)\b|\b(?:in\s+a\s+vault|under\s+lock\s+and\s+key)\b",
    rf"\b(?:thoughts|feelings|pain|urges|voices|panic(?:\s+attacks)?|attacks|depression|sadness|"
    rf"symptoms|nightmares|bad\s+days|this|it)\s+(?:will|{A}ll|are\s+going\s+to|is\s+going\s+to)\s+"
    rf"never\s+(?:come\s+back|return|happen\s+again)\b",
    rf"\b{I_WILL}\s+(?:make\s+(?:things|it|this)\s+right|fix\s+(?:this|it|things|everything)|sort\s+"
    rf"(?:this|it|things|everything)\s+out|handle\s+(?:it|this|everything))\b",
    r"\bleave\s+it\s+(?:all\s+)?(?:to|with)\s+me\b(?!\s+to\b)",
    rf"\b{_CERTAIN_LEAD}\b,?\s+(?:you\s+|that\s+){{0,2}}(?:\w+\s+){{0,3}}?{_OUTCOME}",
    rf"{_FUTURE}[^.!?\n]{{0,80}}?\b{_CERTAIN}\b",
    rf"\bby\s+(?:the\s+time\s+\w+\s+(?:comes|arrives|rolls\s+around)|next\s+(?:week|month|year|"
    rf"spring|summer|autumn|winter)|(?:the\s+)?(?:spring|summer|autumn|fall|winter|christmas|new\s+"
    rf"year)|the\s+end\s+of\s+(?:the\s+)?\w+)\b[^.!?\n]{{0,40}}(?:will|{A}ll)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:be\s+(?:completely\s+|totally\s+|all\s+)?(?:over|gone|behind\s+you|a\s+memory|fine|healed|"
    rf"forgotten|better)|feel\s+like\s+a\s+(?:bad\s+)?(?:dream|memory))",
    r"\b(?:answer|reply\s+to|respond\s+to|read)\s+every\s+(?:single\s+)?(?:message|text|dm|pm|post|"
    r"comment)\b",
    rf"\b{I_WILL}\s+(?:be\s+(?:online|up|awake|here|around)|stay\s+(?:up|online|awake)|watch\s+\w+"
    rf"(?:\s+\w+)?|stay\s+on\s+(?:this|the)\s+(?:thread|post|chat))\s+(?:with\s+you\s+)?all\s+"
    rf"(?:night|weekend|day|week)\b",
    r"\bnever\s+(?:leaves?|leaving|goes?\s+(?:beyond|past|outside))\s+(?:this|the|our)\s+(?:chat|"
    r"thread|conversation|room|dms?|sub|space)\b",
    r"\b(?:nothing|none\s+of\s+(?:this|it)|what(?:ever)?\s+you\s+(?:say|tell\s+me|share|write)"
    r"(?:\s+here)?)\s+(?:\w+\s+){0,3}?(?:will\s+(?:ever\s+)?|ever\s+)?(?:leaves?|get\s+out|go(?:es)?"
    r"\s+(?:beyond|past|outside))\s+(?:this|the|our|here)\b",
    rf"\b(?:won{A}?t|will\s+(?:never|not))\s+(?:ever\s+)?(?:get\s+back\s+to|find\s+its\s+way\s+to)\s+"
    rf"(?:your|them|her|him|anyone)\b",
    rf"\b{I_WILL}\s+personally\s+\w+",
    rf"\b{I_WILL}\s+(?:talk|speak)\s+to\s+your\s+(?:teacher|boss|landlord|parents?|mum|mom|dad|"
    rf"school|doctor|therapist|ex|partner|family|manager|principal)\b",
    rf"\b{I_WILL}\s+(?:\w+\s+){{0,8}}?sort\s+(?:the\s+whole\s+thing|it\s+all|everything|this)\s+out\b",
    rf"\b{I_WILL}\s+make\s+sure\s+(?:your|the|that|they|she|he)\b[^.!?\n]{{0,30}}\b(?:doesn{A}?t|"
    rf"won{A}?t|can{A}?t|never|does\s+not|will\s+not)\b",
    rf"\b(?:help|someone|an\s+ambulance|paramedics)\s+(?:is|are|{A}s|{A}re)\s+"
    rf"(?:already\s+)?on\s+(?:the|their|its|his|her)\s+way\b(?!\s+(?:as\s+soon|once|when|if)\b)",
    rf"\b(?:will|{A}ll)\s+(?:\w+\s+)?(?:fade|heal|disappear|go\s+away|vanish|clear\s+up)\s+"
    rf"(?:completely|entirely|totally|for\s+good)\b",
    r"\b(?:nobody|no\s+one)\s+will\s+(?:ever\s+)?be\s+able\s+to\s+tell\b",
    rf"\b{YOU}(?:{A}ll|\s+will)\s+never\s+(?:feel|be|have\s+to\s+(?:feel|be))\s+(?:this|that|so|as)"
    rf"\s+(?:\w+\s+)?(?:again|ever\s+again)\b",
]

PROMISE = family(
    "unkeepable_promise",
    [
        rf"\bi(?:{A}ll|\s+will|{A}m|\s+am|{A}ll\s+be|\s+will\s+be)\s+(?:always|forever)\s+"
        rf"(?:be\s+)?(?:here|there|around|available|by\s+your\s+side|with\s+{YOU})\b",
        rf"\b{I_WILL}\s+(?:never|not\s+ever|n{A}?t\s+ever|won{A}?t\s+ever)\s+(?:leave|abandon|"
        rf"give\s+up\s+on)\s+{YOU}\b",
        rf"\bi\s+won{A}?t\s+ever\s+(?:leave|abandon)\s+{YOU}\b",
        rf"\b{I_WILL}\s+be\s+here\s+(?:for\s+{YOU}\s+)?(?:whenever|24/7|any\s*time|day\s+or\s+night|"
        rf"no\s+matter\s+what|for\s+the\s+rest)\b",
        rf"\b(?:this|it|that|everything|whatever\s+{YOU}\s+(?:say|tell\s+me|share)|what\s+{YOU}\s+"
        rf"(?:said|told\s+me|share))\s+(?:stays|will\s+stay|is\s+staying|remains|will\s+remain)\s+"
        rf"(?:\w+\s+)?between\s+(?:us|{YOU}\s+and\s+me|the\s+two\s+of\s+us)\b",
        rf"\bi\s+(?:won{A}?t|will\s+not|will\s+never|promise\s+not\s+to|promise\s+i\s+won{A}?t)\s+"
        rf"(?:tell|share\s+(?:it|this|that)\s+with)\s+(?:anyone|anybody|a\s+soul)\b(?!\s+(?:about|of)\s+"
        rf"my\b)",
        r"\b(?:your\s+secret|it)\s+is\s+safe\s+with\s+me\b",
        r"\b(?:no\s+one|nobody)\s+(?:\w+\s+){0,2}?(?:will|is\s+going\s+to)\s+(?:ever\s+)?"
        r"(?:know|find\s+out)\b",
        rf"\b(?:everything|things|it|all|{YOU})(?:{A}s|\s+is|{A}ll|\s+will)?\s*"
        rf"(?:going\s+to\s+|gonna\s+)?(?:definitely\s+|absolutely\s+|certainly\s+)?"
        rf"(?:be|turn\s+out)\s+(?:ok|okay|alright|all\s+right|fine|perfect|great)\b"
        rf"(?!\s+(?:to|if|for|when|with)\b)",
        rf"\b(?:{YOU}\s+(?:will|{A}ll)\s+never\s+(?:feel|be)\s+(?:this\s+way|like\s+this|alone|on\s+your\s+own)\s+"
        rf"again)\b",
        r"\bnever\s+have\s+to\s+(?:face|feel|go\s+through|be)\s+(?:\w+\s+){0,4}?(?:alone|this\s+"
        r"way)\s+again\b",
        r"\b(?:message|dm|pm|text|call|ping|write\s+to)\s+me\s+(?:any\s*time|whenever|24/7|"
        r"day\s+or\s+night)",
        # availability, memory and watching that no helper has
        r"\b(?:any\s+hour|every\s+hour|24/7|round\s+the\s+clock|around\s+the\s+clock|day\s+and\s+"
        r"night|whenever\s+you\s+need\s+me|never\s+away\s+from\s+my\s+phone|reply\s+(?:instantly|"
        r"right\s+away|immediately))\b(?=[^.!?\n]*\b(?:i|me|my)\b)",
        rf"\b(?:i|i{A}m|i\s+am)\s+(?:\w+\s+)?(?:always\s+)?(?:here|available|around)\s+(?:any\s+hour|"
        rf"24/7|round\s+the\s+clock|around\s+the\s+clock|day\s+and\s+night|whenever)",
        r"\b(?:you\s+can\s+)?(?:always\s+)?count\s+on\s+(?:it|me)\b",
        rf"\b{I_WILL}\s+(?:\w+\s+)?(?:message|text|call|check\s+(?:in\s+)?on|dm|ping|write\s+to)\s+"
        rf"{YOU}\s+(?:\w+\s+){{0,3}}?(?:tomorrow|tonight|every|first\s+thing|each|in\s+the\s+morning)",
        rf"\b{I_WILL}\s+(?:\w+\s+){{0,3}}?for\s+the\s+rest\s+of\s+your\s+life\b",
        r"\bi\s+remember\s+(?:everything|every\s+word|all\s+of\s+it)\b",
        r"\b(?:keep|keeping)\s+an\s+eye\s+(?:out\s+)?(?:on|for)\s+your\s+posts\b",
        rf"\b{I_WILL}\s+keep\s+(?:it|this|them|everything)\s+(?:all\s+)?safe\b",
        rf"\b{I_WILL}\s+make\s+sure\s+of\s+it\b",
        r"\b(?:completely|totally|100%|perfectly)\s+safe\s+(?:talking\s+to|with)\s+me\b",
        r"\byou\s+can\s+trust\s+me\s+with\s+anything\b",
        # acting in the world on the reader's behalf
        rf"\bi(?:{A}m|\s+am)\s+(?:calling|contacting|sending|phoning)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:emergency\s+services|911|999|112|an\s+ambulance|the\s+police|paramedics)\b",
        rf"\bi(?:{A}ve|\s+have)\s+(?:already\s+)?(?:called|contacted|alerted|notified)\s+(?:emergency"
        rf"\s+services|911|999|112|the\s+police|an\s+ambulance|paramedics|the\s+(?:mods|moderators)|"
        rf"your\s+\w+)",
        rf"\b(?:they|help|an\s+ambulance|paramedics)(?:{A}ll|\s+will)\s+be\s+(?:there|with\s+you)\s+"
        rf"(?:soon|shortly|any\s+minute)\b",
        # outcomes nobody can know
        r"\bi\s+just\s+know\s+it\b|\bi\s+know\s+it\s+(?:will|is\s+going)|"
        r"\bi\s+can\s+tell\s+you\s+for\s+(?:certain|sure)\b",
        rf"(?:{A}(?:ll|s\s+going\s+to)|\b(?:will|is\s+going\s+to|are\s+going\s+to))\s+"
        rf"(?:definitely\s+|totally\s+)?(?:pull\s+through|be\s+happier\s+than\s+ever|feel\s+like\s+"
        rf"yourself\s+again\s+in|kick\s+in\s+within|(?:all\s+)?lift\s+(?:in|within|by))\b",
        rf"\b(?:will|{A}ll)\s+(?:\w+\s+){{0,4}}?(?:lift|be\s+gone|go\s+away|disappear)\b[^.!?\n]*"
        rf"\b(?:for\s+certain|for\s+sure|i\s+promise|guaranteed)\b",
        r"\bhappier\s+than\s+ever\b",
        rf"\bwill\s+never\s+give\s+up\s+on\s+{YOU}\b",
        *_PROMISE_MORE,
        *_PROMISE_SLOTS,
        *COMPOSED,
    ],
    unless=r"\b(?:988|lifeline|samaritans|crisis\s+(?:line|text)|helpline|staffed|can{A}?t\s+"
    r"promise|cannot\s+promise|won{A}?t\s+pretend|when\s+i\s+can|if\s+i\s+can|as\s+(?:often|much)\s+"
    r"as\s+i\s+can|might\s+be\s+slow|can{A}?t\s+always|no\s+way\s+to\s+know|(?:can{A}?t|don{A}?t|"
    r"do\s+not)\s+know|(?:nobody|no\s+one)\s+knows|not\s+sure|unless|probably|usually|likely|often|i(?:{A}ll|\s+will)\s+(?:try|do\s+my\s+"
    r"best))\b".replace("{A}", A),
    questions_ok=True,
    # "I hope everything will be okay" wishes; it does not promise.
    unless_before=r"\b(?:hope|hoping|hopefully|wish|wishing|pray|praying|means?|meant)\b",
)

__all__ = ["I_WILL", "PROMISE"]
