"""Promises a helper cannot keep, composed from small slots inside one clause instead of listed
as whole sentences: [the speaker] x [being reachable] x [a time with no end]; [what was shared]
x [never going further]; [I will] x [contacting or arranging] x [someone in the reader's life];
[a future outcome] x [certainty]; [I] x [staying] x [for good]. Each slot is a small class of
words, so a new wording of the same move ("my phone's always on, I'll pick up whenever") is
found without being listed. Sentence-level exemptions (a staffed line named, "I can't promise",
a question, a hope) are the `PROMISE` family's, which these wordings join.
"""

from __future__ import annotations

from policies.output.family import YOU, A

#: The speaker, now or from now on ("I'm", "I'll be", "my phone is").
_I_NOW = (
    rf"(?:i{A}m|i\s+am|im|i{A}ll\s+be|i\s+will\s+be|i{A}ll|i\s+will|my\s+(?:phone|dms?|inbox|"
    rf"door)(?:{A}s|\s+is|\s+will\s+be|{A}ll\s+be|\s+are|\s+stays?))"
)
#: "I'll", "I'm going to", "I'm gonna", "imma".
_I_WILL = (
    rf"(?:i{A}ll|i\s+will|i{A}m\s+(?:going\s+to|gonna)|i\s+am\s+(?:going\s+to|gonna)|im\s+gonna|"
    rf"imma)"
)
#: A time with no end: what no single helper can be there for.
_ANY_TIME = (
    r"(?:any\s*time|whenever(?!\s+(?:you['’ʼ]?re|you\s+are|you\s+feel|you\s+get|ur|u\s+r)\s+(?:\w+\s+)?"
    r"ready)|24/7|24\s*(?:hrs?|hours)(?:\s+a\s+day)?|day\s+(?:or|and)\s+ni(?:ght|te)|"
    r"ni(?:ght|te)\s+(?:or|and)\s+day|whatever\s+(?:the\s+)?time(?:\s+it\s+is)?|no\s+matter\s+(?:the\s+(?:hour|time)|what\s+time|when|how\s+late)|"
    r"(?:a)?round\s+the\s+clock|(?:at\s+)?all\s+hours|any\s+hour|every\s+hour|3\s*am|"
    r"middle\s+of\s+the\s+night|all\s+day\s+(?:and|&)\s+(?:all\s+)?night|till\s+morning|until\s+"
    r"morning|every\s+(?:few\s+)?minutes?)"
)
#: Being reachable: answering, picking up, being on, being awake.
_REACHABLE = (
    r"(?:always\s+)?(?:on|online|on\s+here|here|there|around|awake|up|available|reachable|"
    r"pick\s+up|answer|reply|respond|get\s+back\s+to\s+(?:you|u|ya)|text\s+(?:you\s+)?back|"
    r"write\s+back|talk\s+(?:you|u)\s+through\s+it|drop\s+everything)"
)
#: "hit me up", "dm me", "msg me": an invitation to private contact at any hour.
_REACH_ME = (
    r"(?:hit\s+me\s+up|hmu|msg\s+me|message\s+me|dm\s+me|pm\s+me|text\s+me|call\s+me|ring\s+me|"
    r"ping\s+me|reach\s+me|holler\s+at\s+me|come\s+to\s+me|talk\s+to\s+me|vent\s+to\s+me|reach\s+out\s+"
    r"to\s+me|write\s+(?:to\s+)?me)"
)
AVAILABILITY = [
    rf"\b{_I_NOW}\s+(?:\w+\s+){{0,2}}?{_REACHABLE}\b[^.!?\n]{{0,50}}?\b{_ANY_TIME}",
    rf"\b{_ANY_TIME}\b[^.!?\n]{{0,50}}?\b{_I_NOW}\s+(?:\w+\s+){{0,2}}?{_REACHABLE}\b",
    rf"\b{_REACH_ME}\s*,?\s+(?:[\w'’ʼ]+,?\s+){{0,3}}?{_ANY_TIME}",
    rf"\b{_ANY_TIME}\b[^.!?\n]{{0,40}}?\b{_REACH_ME}\b",
    rf"\b(?:never|won{A}?t\s+ever\s+be|{A}ll\s+never\s+be)\s+too\s+busy\s+for\s+{YOU}\b",
    rf"\b(?:you{A}ll|you\s+will|u{A}?ll)\s+always\s+(?:find|reach|catch|get)\s+me(?=\s*(?:[.!,;]|$)|\s+"
    rf"(?:online|here|around|awake|up|on\s+here|there|at\s+(?:any|all))\b)",
    rf"\b(?:i{A}m|i\s+am|im)\s+always\s+(?:reachable|contactable|on\s+call)\b",
    r"\byou\s+can\s+always\s+(?:talk\s+to|message|text|dm|pm|reach|come\s+to|call|ping|vent\s+to)\s+"
    r"me\b",
    rf"\b(?:i{A}m|i\s+am|im)\s+(?:\w+\s+)?(?:just\s+)?(?:a|one)\s+(?:text|message|call|dm|pm)\s+away\b"
    r"(?![^.!?\n]{0,30}\b(?:today|tonight|right\s+now|for\s+(?:now|a\s+bit|a\s+while)|this\s+"
    r"(?:evening|afternoon|morning))\b)",
    rf"\b{_I_WILL}\s+always\s+(?:get\s+back\s+to|be\s+(?:on|online|awake|reachable))\b",
    rf"\bmy\s+phone(?:{A}s|\s+is)\s+(?:always|never)\s+(?:on|off)\b",
    rf"\b(?:never|won{A}?t\s+ever|will\s+never|{A}ll\s+never)\s+(?:be\s+left|leave\s+(?:you|u|ya))\s+"
    rf"on\s+read\b",
]

#: Telling on the reader: the verb, and who would hear it.
_TELL = (
    r"(?:tell|pass(?:ing)?\s+(?:it\s+|this\s+|that\s+)?on\s+to|breathe\s+a\s+word(?:\s+of\s+(?:this|it|that))?\s+to|say\s+(?:a\s+(?:word|thing)|"
    r"anything)\s+to|"
    r"go\s+to|run\s+to|report\s+(?:it|this|that|you)\s+to|snitch\s+to|mention\s+(?:it|this|that)\s+to|"
    r"pass\s+(?:it|this|that)\s+on\s+to|repeat\s+(?:it|this|that)\s+to|share\s+(?:it|this|that)\s+"
    r"with)"
)
_WHO_HEARS = (
    r"(?:anyone|anybody|a\s+(?:single\s+)?soul|a\s+single\s+person|no\s+one|nobody|(?:your|the)\s+(?!own\b)\w+|them|people|others|"
    r"mods|the\s+mods)"
)
_NEVER_WILL = (
    rf"(?:won{A}?t|will\s+not|will\s+never|{A}ll\s+never|{A}d\s+never|would\s+never|wouldn{A}?t|"
    rf"{A}m\s+not|am\s+not|"
    rf"promise\s+not\s+to|am\s+not\s+going\s+to|{A}m\s+not\s+(?:going\s+to|gonna)|{A}m\s+never\s+"
    rf"(?:going\s+to|gonna)|(?:am|{A}m)\s+never\s+gonna)"
)
SECRECY = [
    rf"\b(?:won{A}?t|will\s+not|will\s+never|{A}ll\s+never)\s+hear\s+(?:a\s+(?:peep|whisper)\b|"
    rf"(?:a\s+(?:word|thing)|anything)\s+(?:\w+\s+){{0,3}}?from\s+me\b)",
    rf"\bnothing\s+(?:\w+\s+){{0,2}}?(?:gets|will\s+(?:ever\s+)?get|{A}ll\s+get|goes|leaks)\s+out\b",
    rf"\b(?:this|it|our\s+\w+|everything|what\s+you\s+\w+)\s+(?:is|stays|will\s+(?:stay|be)|{A}s)\s+"
    rf"(?:totally\s+|completely\s+|strictly\s+)?off\s+the\s+record\b",
    rf"\b(?:nobody|no\s+one)\s+(?:\w+\s+){{0,3}}?(?:is|{A}s)\s+(?:ever\s+)?(?:going\s+to|gonna)\s+"
    rf"(?:know|find\s+out|hear)\b",
    rf"\b(?:nothing|none\s+of\s+(?:this|it|that)|this|it|that|what\s+you\s+\w+(?:\s+me)?)\s+(?:\w+\s+)"
    rf"{{0,2}}?(?:goes|will\s+(?:ever\s+)?go|gets|will\s+(?:ever\s+)?get|{A}ll\s+go)\s+(?:past|beyond)"
    rf"\s+(?:me|us|here|this\s+(?:chat|thread|conversation))\b",
    rf"\b(?:your\s+\w+|they|he|she)\s+(?:will\s+never|{A}ll\s+never|won{A}?t\s+ever|will\s+not\s+ever|"
    rf"(?:is|are){A}?(?:n{A}?t)?\s+never\s+going\s+to)\s+(?:hear|find\s+out|know|learn)\b",
    rf"\b(?:we\s+can|we{A}ll|we\s+will|let{A}s|i{A}ll|i\s+will|i\s+can)\s+keep\s+(?:this|it|that|"
    rf"everything|all\s+of\s+(?:it|this))\s+(?:\w+\s+)?(?:between\s+(?:us|ourselves|you\s+and\s+me|"
    rf"the\s+two\s+of\s+us)|secret|private|quiet|to\s+ourselves|under\s+wraps|confidential)\b",
    rf"\b(?:this|everything|our\s+(?:chat|conversation|talk)|what(?:ever)?\s+you\s+(?:say|share|"
    rf"tell\s+me)(?:\s+with\s+me)?|anything\s+you\s+(?:say|share))\s+(?:is|stays|will\s+stay|will\s+"
    rf"be|{A}s)\s+(?:completely|totally|strictly|100%|entirely|fully)\s+(?:confidential|private|"
    rf"anonymous|secret)\b",
    rf"\b(?:i|i{A}m|i\s+am)\s*{_NEVER_WILL}\s+(?:ever\s+)?{_TELL}\s+(?:\w+\s+)?{_WHO_HEARS}\b"
    rf"(?!\s+(?:about|of)\s+my\b)",
    rf"\b(?:i|i{A}m|i\s+am)\s*{_NEVER_WILL}\s+(?:ever\s+)?(?:breathe|say)\s+a\s+word\b",
    rf"\b{_I_WILL}\s+keep\s+(?:quiet|(?:it|this|that|all\s+of\s+it|everything|it\s+all|this\s+all)"
    rf"\s+(?:\w+\s+)?(?:quiet|secret|private|to\s+myself|between\s+us|under\s+wraps|on\s+the\s+down\s*"
    rf"low))\b",
    r"\bmy\s+lips\s+are\s+sealed\b|\b(?:leave|pass)\s+my\s+lips\b",
    r"\b(?:locked\s+(?:away|up)|sealed|kept|buried)\s+with\s+me\b",
    rf"\b(?:secret(?:s|{A}s)?|it|this|that)\s+(?:is\s+|are\s+|{A}s\s+)?safe\s+(?:here|with\s+"
    rf"(?:me|us))\b",
    rf"\b(?:won{A}?t|will\s+not|doesn{A}?t|does\s+not|will\s+never|never)\s+(?:go|get|travel)\s+"
    rf"(?:any\s+)?(?:further|farther)\s+than\b|\bgo(?:es)?\s+no\s+further\b",
    rf"\b(?:nobody|no\s+one)\s+else\s+(?:gets?\s+to|will(?:\s+ever)?|{A}ll|is\s+(?:going\s+to|gonna)|"
    rf"is\s+ever\s+going\s+to)\s+(?:know|find\s+out|hear|see|read)\b",
    rf"\b(?:nothing|none\s+of\s+(?:it|this|that))\s+(?:\w+\s+){{0,4}}?(?:gets?|will\s+(?:ever\s+)?be|"
    rf"{A}ll\s+be|is\s+(?:ever\s+)?|will\s+(?:ever\s+)?get)\s*(?:reported|passed\s+on|shared|repeated|"
    rf"forwarded|leaked|told)\b(?!\s+without)",
]

#: Someone in the reader's life, or a service they would have to deal with themselves.
_THIRD = (
    r"(?:your|the)\s+(?:\w+\s+)?(?:school|teachers?|gp|doctor|counsel+or|therapist|psychiatrist|"
    r"parents?|mum|mom|dad|sister|brother|family|boss|manager|landlord|principal|ex|partner|"
    r"husband|wife|boyfriend|girlfriend|uni|university|college|hr|work|nurse|bank|lawyer|friends?|"
    r"coach|tutor|lecturer|professor|prof|dean|supervisor|headteacher|pastor|employer|council|police|hospital|clinic|social\s+worker|caseworker|"
    r"case\s+worker|housing\s+office|head(?:\s+of\s+year|\s+teacher)?|year\s+head)\b"
)
_CONTACT_VERB = (
    r"(?:call|ring|phone|email|e-mail|text|message|contact|reach\s+out\s+to|get\s+in\s+touch\s+with|"
    r"talk\s+to|speak\s+to|speak\s+with|talk\s+with|write\s+to|have\s+a\s+word\s+with|tell|go\s+to|"
    r"deal\s+with|handle|sort\s+out|stand\s+up\s+to|report\s+(?:him|her|them|it|this)\s+to)"
)
_ARRANGE = (
    r"(?:get|find|book|arrange|set\s+up|sort(?:\s+out)?|line\s+up|have\s+found|have\s+booked|have\s+"
    r"got)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:[\w'’ʼ]+\s+)?(?:appointment|therapist|counsel+or|doctor|bed|"
    r"referral|lawyer|psychiatrist|place\s+to\s+stay|room)\b"
)
ACTING = [
    rf"\blet\s+me\s+(?:handle|deal\s+with|sort\s+out|talk\s+to|speak\s+to|call|ring|contact|"
    rf"email)\s+{_THIRD}",
    rf"\b{_I_WILL}\s+send\s+(?:someone|somebody|help|an\s+ambulance|the\s+police|people|a\s+friend)\b",
    rf"\b(?:i{A}m|i\s+am|im)\s+(?:reporting|calling|contacting|ringing|phoning|emailing|messaging|"
    rf"texting|telling|writing\s+to)\s+(?:(?:him|her|them|it|this)\s+to\s+)?{_THIRD}",
    rf"\b{_I_WILL}\s+(?:get|find)\s+(?:you|u)\s+(?:some\s+)?(?:\w+\s+)?help\b(?!\s+(?:links?|numbers?|"
    rf"lines?|resources?|pages?|info))",
    rf"\b{_I_WILL}\s+(?:personally\s+|myself\s+)?{_CONTACT_VERB}\s+{_THIRD}",
    rf"\b{_I_WILL}\s+{_ARRANGE}",
    rf"\b{_I_WILL}\s+get\s+(?:him|her|them|the\s+\w+|your\s+\w+)\s+to\s+(?!you\b|me\b|him\b|her\b|"
    rf"them\b|the\b|your\b|my\b|a\b)\w+",
    r"\bleave\s+(?:him|her|them|this|that|the\s+\w+|your\s+\w+)\s+(?:to|with)\s+me\b",
    r"\bconsider\s+it\s+done\b",
    rf"\b{_I_WILL}\s+make\s+sure\s+(?:they|she|he|someone|somebody|(?:your|the)\s+\w+)\s+(?:\w+\s+)"
    rf"{{0,2}}?(?:gets?\s+you|helps?\s+you|sees?\s+you|calls?\s+you|checks?\s+(?:in\s+)?on\s+you|"
    rf"looks?\s+after\s+you|takes?\s+care\s+of\s+you|finds?\s+you|listens?\s+to\s+you)\b",
]

#: A future for someone other than the speaker ("you'll", "she's going to", "you're gonna").
#: Named nouns, found from the noun itself ("the", "your" or "her" before it is not required): a
#: scan from every "the" or "your" of a draft costs more than the family finds.
_SOMEONE_OR_SOMETHING = (
    r"(?:mum|mom|dad|mother|father|sister|brother|family|partner|ex|boyfriend|girlfriend|husband|"
    r"wife|kids?|son|daughter|friends?|results?|tests?|scans?|exams?|surgery|operation|biopsy|"
    r"case|court|judge|appeal|interview|job|pain|anxiety|depression|panic|grief|feelings?|"
    r"thoughts?|urges?|meds|medication|pills|therapy|therapist|doctor|treatment|situation|"
    r"future|life|marriage|relationship|cat|dog|panic\s+attacks|attacks|nightmares|flashbacks|"
    r"symptoms|voices|cravings)"
)
_WHOSE = rf"(?:{YOU}|everything|things|it|this|that|all|she|he|they|{_SOMEONE_OR_SOMETHING})"
_FUTURE = (
    rf"(?:{A}ll|\s+will|{A}(?:s|re)\s+(?:going\s+to|gonna)|\s+(?:is|are)\s+(?:going\s+to|gonna)|"
    rf"\s+gonna|(?<=you)re\s+gonna)"
)
_SURE = r"(?:totally|completely|absolutely|definitely|certainly|surely|100%|just|perfectly|all)\s+"
#: An outcome nobody can know ahead: fine, happy, healed, back to normal.
_GOOD_END = (
    r"(?:fine|ok|okay|alright|all\s+right|great|healed|cured|normal|back\s+to\s+normal|yourself\s+"
    r"again|happy(?=\s*(?:[.!,;]|$|again|\bi\s+promise))|safe)"
)
#: A treatment said to end the trouble outright.
_TREATMENT = (
    r"(?:therapy|counsel+ing|meds|medication|medicine|antidepressants|pills|treatment|rehab|"
    r"(?:the|your|these|this)\s+(?:meds|medication|pills|tablets|treatment|therapist|doctor|"
    r"program(?:me)?|therapy|sessions|antidepressants))"
)
#: Certainty said after an outcome, or about it ("no question", "100%", "it always does").
_SURE_AFTER = (
    rf"(?:no\s+question|100\s*%|hundred\s+percent|i{A}m\s+telling\s+you|it\s+always\s+does|"
    rf"(?:that|this){A}?s\s+a\s+(?:promise|guarantee|fact)|bet\s+on\s+it|mark\s+my\s+words|no\s+"
    rf"doubt|without\s+(?:a\s+)?(?:doubt|question)|guaranteed|i\s+(?:promise|guarantee|swear)|i\s+"
    rf"know\s+it)"
)
_THROUGH = r"(?:get|come|pull|make\s+it)\s+through\s+(?:\w+\s+){0,3}?"
OUTCOMES = [
    # one wording for every outcome said of [who] in [the future], so the prefilter keeps one
    # piece per subject, not four: going well, being fine, getting through fine, then certainty
    rf"\b{_WHOSE}{_FUTURE}\s+(?:(?:{_SURE})?(?:go|turn\s+out|work\s+out)\s+(?:{_SURE})?(?:well|"
    rf"smoothly|perfectly|fine|great|brilliantly)\b|(?:{_SURE}){{0,2}}(?:be|feel|turn\s+out|end\s+up|"
    rf"come\s+out)\s+(?:{_SURE})?{_GOOD_END}\b(?!\s+(?:to|if|for|when|with|without|once|after|until|"
    rf"unless|as\s+long)\b)|{_THROUGH}(?:just\s+)?fine\b|(?!(?:\w+\s+)?get\s+better\b)\w+"
    rf"[^.!?\n]{{0,60}}?[,;:\s]\s*{_SURE_AFTER}\b)",
    rf"\b(?:i{A}m|i\s+am|im)\s+(?:absolutely\s+|completely\s+|totally\s+|100%\s+|so\s+|really\s+)?"
    rf"(?:positive|certain|convinced)\s+(?:that\s+)?(?:[\w'’ʼ]+\s+){{0,4}}?(?:will|{A}ll|is\s+going\s+"
    rf"to|are\s+going\s+to|gonna)\s+\w+",
    rf"\b(?:it|everything|things|this|it\s+all)(?:{A}ll|\s+will|{A}s\s+(?:going\s+to|gonna)|\s+is\s+"
    rf"(?:going\s+to|gonna)|\s+are\s+(?:going\s+to|gonna)|{A}re\s+(?:going\s+to|gonna))\s+(?:all\s+)?"
    rf"work\s+out\b(?!\s+(?:the|how|what|a|if|whether|differently|for\s+some)\b)",
    rf"(?:{A}ll|\bwill|\bgoing\s+to|\bgonna)\s+(?:\w+\s+){{0,3}}?(?:be\s+gone|stop|end|go\s+away|disappear|vanish|fade|clear\s+"
    rf"up|leave\s+you)\s+(?:\w+\s+)?(?:for\s+good|forever|for\s+ever|once\s+and\s+for\s+all)\b",
    rf"\b(?:nothing|nothin|no\s+one|nobody)(?:\s+(?:bad|like\s+(?:this|that)))?(?:{A}s|\s+is|{A}ll|\s+will)?\s*(?:ever\s+)?"
    rf"(?:going\s+to|gonna)?\s*(?:happen\s+to|hurt|harm|touch)\s+{YOU}\b",
    rf"\b{_TREATMENT}{_FUTURE}\s+(?:\w+\s+)?(?:fix|cure|sort|solve|heal|take\s+away|get\s+rid\s+of|"
    rf"end)\b",
    rf"\bi\s+(?:can|could)\s+(?:promise|guarantee|swear\s+to)\s+(?:you\s+)?(?:that\s+)?"
    rf"[^.!?\n]{{0,40}}?{_WHOSE}{_FUTURE}\s+(?!(?:\w+\s+)?get\s+better\b)\w+",
    rf"\b(?:a|one|two|three|a\s+few|a\s+couple\s+of)\s+(?:weeks?|months?|years?)\s+from\s+now\b"
    rf"[^.!?\n]{{0,40}}?(?:{A}ll|\bwill)\s+(?:be|feel)\s+(?:\w+\s+)?(?:fine|okay|ok|happy|over|gone|"
    rf"yourself)\b|\b(?:a|one|two|three|a\s+few|a\s+couple\s+of)\s+(?:weeks?|months?|years?)\s+from\s+"
    rf"now\b[^.!?\n]{{0,40}}?\b(?:won{A}?t|will\s+not)\s+(?:even\s+)?(?:remember|recogni[sz]e|feel|"
    rf"care|think)\b",
    rf"\bthere{A}?s\s+(?:literally\s+|just\s+|absolutely\s+)?no\s+way\s+(?:you|u|it|they|she|he|"
    rf"this|things)\s+(?:(?:will|{A}ll|can|could\s+possibly)\s+)?(?:lose|fail|go\s+wrong|get\s+"
    rf"worse|end\s+badly|come\s+back)\b",
]

#: Staying for good: what no helper can promise a stranger.
_FOR_GOOD = (
    r"(?:for\s+good(?!\s+reason)|forever|for\s+life|for\s+always|always|no\s+matter\s+what|every\s+"
    r"step(?:\s+of\s+the\s+way)?|for\s+the\s+long\s+haul|"
    r"(?:till|until)\s+the\s+(?:very\s+)?end|for\s+the\s+rest\s+of\s+(?:your|my|our)\s+li(?:fe|ves))"
)
_STAY = (
    rf"(?:here|there|around|in\s+this\s+with\s+{YOU}|(?:stay(?:ing)?\s+)?by\s+your\s+side|with\s+{YOU}|your\s+(?:friend|person|rock|bestie|"
    rf"safe\s+place)|stick(?:ing)?\s+(?:by|with|around)(?:\s+{YOU})?|stay(?:ing)?(?:\s+with\s+{YOU})?|"
    rf"have\s+your\s+back|in\s+your\s+corner|on\s+your\s+side)"
)
NEVER_LEAVING = [
    rf"\b(?:i{A}m|i\s+am|im|i{A}ll|i\s+will|i{A}ll\s+be|i\s+will\s+be|i{A}?m\s+(?:going\s+to|gonna)\s+"
    rf"be)\s+(?:always\s*,?\s+)*{_STAY}"
    rf"\s*,?\s+(?:\w+,?\s+){{0,4}}?{_FOR_GOOD}\b",
    rf"\b(?:i{A}ll|i\s+will)\s+(?:always\s*,?\s+)+(?:be\s+)?(?:right\s+)?{_STAY}\b",
    rf"\b{_FOR_GOOD}\s*,?\s+(?:\w+\s+){{0,3}}?{_I_WILL}\s+(?:be\s+)?{_STAY}\b",
    rf"\b(?:you{A}ll|you\s+will|u{A}?ll)\s+(?:never\s+lose|always\s+have)\s+me\b",
    rf"\b(?:you{A}ve\s+got|you\s+(?:have|got)|u\s+got)\s+me\s+(?:now\s+)?{_FOR_GOOD}\b",
    r"\b(?:not|never)\s+going\s+anywhere\s*,?\s+(?:ever|never|for\s+good|forever)\b",
    rf"\bi{A}?m\s+never\s+going\s+anywhere\b",
    rf"\b(?:i|i{A}m|i\s+am)\s*{_NEVER_WILL}\s+(?:ever\s+)?(?:leave|abandon|walk\s+away\s+from|give\s+"
    rf"up\s+on|turn\s+my\s+back\s+on|ditch|ghost|let\s+go\s+of|walk\s+out\s+on|get\s+(?:tired|sick)\s+of|forget(?:\s+about)?|stop\s+caring\s+(?:about|"
    rf"for))\s+{YOU}\b",
    rf"\b(?:i|i{A}m|i\s+am)\s*{_NEVER_WILL}\s+(?:ever\s+)?let\s+{YOU}\s+down\b",
    rf"\b(?:whatever\s+happens|no\s+matter\s+what(?:\s+happens)?|come\s+what\s+may)\s*,?\s+(?:\w+\s+)"
    rf"{{0,2}}?(?:you{A}ll|you\s+will|you{A}ve\s+got|you\s+have|you\s+still\s+have)\s+(?:always\s+|"
    rf"still\s+)?(?:have\s+|got\s+)?me\b",
    rf"\b(?:i{A}ll|i\s+will|i{A}m|i\s+am|im)\s+(?:be\s+)?[^.!?\n]{{0,40}}?\b(?:one|person|friend|"
    rf"someone)\s+(?:who|that)\s+(?:never|won{A}?t\s+ever|will\s+never)\s+(?:walks?\s+away|leaves?|"
    rf"gives?\s+up(?:\s+on\s+you)?|lets?\s+you\s+down|abandons?)\b",
    rf"\b(?:nothing|no\s+matter\s+what)\b[^.!?\n]{{0,40}}\b(?:make|get)\s+me\s+(?:leave|abandon|walk\s+"
    rf"away\s+from|give\s+up\s+on|stop\s+caring\s+about)\s+{YOU}\b",
    rf"\b(?:leaves?|leaving|walks?\s+away|give\s+up|gives\s+up|abandons?|turns?\s+(?:their|his|her)"
    rf"\s+back)\b[^.!?\n]{{0,40}}\bi\s+(?:never\s+will|won{A}?t(?:\s+ever)?|will\s+never|{A}ll\s+"
    rf"never)(?=\s*(?:[.!?,;]|$))",
]

COMPOSED: list[str] = [*AVAILABILITY, *SECRECY, *ACTING, *OUTCOMES, *NEVER_LEAVING]

__all__ = ["COMPOSED"]
