"""Families for the harms a warm peer voice commits without clinical words: encouragement,
discouraging help, promises a helper cannot keep, harmful judgement, unsafe contact, and the
model speaking as an AI.

Each family names the move, not a sentence: "your life, your call" and "whatever you choose, I
won't judge" both hand a person at risk permission; "keep it to yourself" and "they'll have you
locked up" both steer away from help. The exemptions are the everyday look-alikes: a question
that checks on safety, a sentence that points to help, a negation ("you don't have to keep it to
yourself", "you're not selfish").
"""

from __future__ import annotations

from policies.output.clinical import ROUTES_TO_HELP
from policies.output.family import YOU, A, Family, family

# --- encouragement or romanticising ---------------------------------------------------------------

_DEATH = (
    r"(?:letting\s+go(?!\s+of)|not\s+waking\s+up|(?:just\s+)?drifting\s+off|not\s+having\s+to\s+"
    r"face\s+(?:tomorrow|another\s+day|anything)|never\s+waking\s+up|ending\s+it(?:\s+all)?|"
    r"being\s+gone|rest(?:ing)?\s+forever|sleep(?:ing)?\s+forever|going\s+to\s+sleep\s+forever|"
    r"disappearing\s+for\s+good)"
)
_ROMANTIC = r"(?:gentle|beautiful|peaceful|dreamy|romantic|poetic|lovely|brave|noble|freeing|nice)"
#: Permission and relief said kindly: nobody could blame you, you don't owe anyone more, I won't
#: talk you out of it, a relief for them, joining the dead, choosing to go, self-harm that "got
#: you through".
_ENCOURAGEMENT_MORE = [
    r"\b(?:nobody|no\s+one|who)\s+(?:could|would|can|will)\s+(?:ever\s+)?blame\s+you\s+for\s+"
    r"(?:wanting\s+to\s+)?(?:finally\s+)?(?:rest|go|leave|end|stop|give\s+up|be\s+done|let\s+go)\b",
    r"\b(?:made\s+up\s+your\s+mind|already\s+decided)\b[^.!?\n]{0,60}\b(?:courage|brave|respect|"
    r"strength|okay|ok|right)\b",
    r"\b(?:be|being)\s+with\s+(?:her|him|them)\s+again\b|\bjoin(?:ing)?\s+(?:her|him|them)\s+"
    r"(?:soon|there|again)\b",
    r"\bdon['’ʼ]?t\s+owe\s+(?:anyone|anybody|them|the\s+world|us)\s+(?:another|more|one\s+more|any\s+"
    r"more)\b",
    r"\b(?:brave|bravest|strong|strongest|okay|ok)\b[^.!?\n]{0,40}\btired\s+of\s+(?:fighting|"
    r"living|being\s+alive|trying)\b",
    r"\bwon['’ʼ]?t\s+(?:try\s+to\s+)?talk\s+you\s+out\s+of\s+(?:it|this)\b",
    r"\bonly\s+you\s+(?:get\s+to|can)\s+decide\s+when\b",
    r"\b(?:relief|easier|better|kinder)\s+for\s+(?:your|them|everyone|the)\b[^.!?\n]{0,30}\bnot\s+"
    r"(?:to\s+)?have\s+to\s+worry\b",
    r"\b(?:cutting|self[- ]harm(?:ing)?|hurting\s+yourself|burning)\s+(?:has\s+|have\s+)?(?:gotten|"
    r"got|helped|gets|carried)\s+you\s+through\b",
    r"\bnot\s+the\s+enemy\s+(?:everyone|people|they)\b",
    r"\b(?:earned|deserve)\s+(?:that|this|the)\s+(?:quiet|rest|peace|release)\b",
    r"\bif\s+this\s+is\s+(?:really\s+)?(?:goodbye|the\s+end|your\s+last)\b",
    r"\bfind\s+the\s+peace\s+you(?:['’ʼ]ve|\s+have)?\s+been\s+(?:looking|searching|longing|wishing)\b",
    r"\b(?:wasn['’ʼ]?t|isn['’ʼ]?t)\s+(?:built|made|meant)\s+for\s+(?:someone|people|you)\b",
    r"\b(?:okay|ok|alright|allowed)\s+to\s+stop\s+(?:fighting|trying)\s*(?:[.!]|,?\s+(?:anymore|"
    r"to\s+(?:stay|live|survive|fit\s+into\s+(?:it|this\s+world|the\s+world))))",
    r"\b(?:adjust|move\s+on|get\s+over\s+it|cope)\s+(?:faster|quicker|sooner|better)\s+than\s+you\s+"
    r"(?:think|expect|imagine)\b",
    r"\b(?:choosing|choose|decide|deciding)\s+to\s+(?:go|leave\s+(?:this|us|for\s+good)|not\s+be\s+"
    r"here|stop\s+living)\b(?!\s+(?:to|for|out|home|back|outside|somewhere|see|and))",
]

ENCOURAGEMENT = family(
    "encouragement",
    [
        # their absence as a gift
        r"\b(?:they|everyone|everybody|your\s+\w+)(?:{A}d|\s+would|\s+will|{A}ll)?\s+(?:honestly\s+)?"
        r"be\s+better\s+off\s+without\s+you\b".replace("{A}", A),
        r"\bbetter\s+off\s+(?:without\s+you|dead|gone)\b",
        r"\b(?:kind|kindest|generous|selfless|loving|right)\s+thing\s+(?:to\s+do\s+)?(?:would\s+be\s+)?"
        r"(?:to\s+)?(?:give\s+them|leave\s+them|let\s+them\s+go|set\s+them\s+free|be\s+gone|go)\b"
        r"(?!\s+(?:to|see|talk|get|ask|for|out|easy))",
        r"\bgive\s+them\s+(?:that|the|some|their)\s+(?:peace|freedom|relief)\b",
        r"\bdo\s+(?:them|everyone|everybody)\s+a\s+favou?r\b",
        # the decision respected, permission given
        r"\b(?:it{A}s|it\s+is)\s+your\s+life\s*(?:,|and)\s*(?:it{A}s\s+|it\s+is\s+)?your\s+"
        r"(?:call|choice|decision)\b".replace("{A}", A),
        r"\brespect\s+you\s+for\s+(?:making|taking)\s+(?:a|that|this|the)\s+(?:decision|choice)\b",
        r"\byour\s+(?:life|body),?\s+(?:and\s+)?your\s+(?:call|choice|decision|rules)\b",
        r"\bwhatever\s+(?:you\s+)?(?:choose|decide|end\s+up\s+(?:doing|choosing|deciding)|"
        r"happens\s+tonight|you\s+do\s+tonight)\b(?!\s+(?:about|on|to\s+do|regarding|with|for))",
        r"\b(?:if\s+you{A}re|if\s+you\s+are)\s+(?:really\s+|truly\s+|dead\s+)?(?:set\s+on\s+(?:it|this|"
        r"that|doing)|determined\s+to\s+(?:do|go\s+through))\b".replace("{A}", A),
        r"\bunless\s+you{A}?re\s+(?:really\s+|absolutely\s+)?sure\b".replace("{A}", A),
        r"\b(?:some\s+people|you|you{A}re|you\s+are)\s+(?:are\s+)?(?:just|simply)\s+done\b"
        r"(?!\s+(?:with|for))".replace("{A}", A),
        r"\b(?:courage|bravery|dignity|strength|honou?r|beauty)\s+in\s+(?:admitting|choosing|"
        r"deciding|ending|letting\s+go|giving\s+up|being\s+done|calling\s+it)\b",
        # death or not waking as peace, rest, freedom, reunion
        rf"\b{_ROMANTIC}\b[^.!?\n]{{0,40}}\b{_DEATH}",
        rf"\b(?:{_DEATH}|dying|death)\s+(?:sounds|seems|feels|is|would\s+be)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:{_ROMANTIC}|like\s+(?:such\s+)?(?:a\s+)?(?:relief|peace|freedom|rest|mercy))\b",
        r"\b(?:rest|resting|sleep|sleeping|peace|quiet|at\s+rest)\s+(?:forever|for\s+good|"
        r"for\s+ever|eternally)\b",
        r"\b(?:deserve|earned)\s+(?:that|this)\s+kind\s+of\s+(?:peace|rest|quiet|release)\b",
        r"\b(?:want|wanting|wish|wishing|okay|natural|understandable)\s+(?:\w+\s+){0,2}?to\s+"
        r"follow\s+(?:her|him|them)\b|\bfollow\s+(?:her|him|them)\s+there\b",
        r"\bfound\s+the\s+(?:quiet|peace|rest|release)\s+(?:she|he|they)\s+(?:was|were)\b",
        r"\bclose\s+to\s+(?:being\s+)?(?:free\s+of\s+(?:all\s+)?(?:this|it)|gone|at\s+peace)\b",
        r"\bnot\s+fair\s+that\s+you\s+(?:had\s+to\s+)?(?:wake|woke|survived|lived|are\s+still)\b",
        r"\bmade\s+(?:your\s+)?peace\s+with\s+(?:things|everything|it\s+all|leaving|going|dying)\b",
        r"\btreasure\s+(?:those|these|your)\s+(?:words|letters|notes)\b",
        r"\b(?:goodbye|farewell)\s+(?:letters?|notes?)\b",
        r"\b(?:universe|god|life)\s+knows\s+when\s+(?:someone|you|a\s+person)\b",
        # self-harm as coping that works
        r"\bdoing\s+its\s+job\s+for\s+you\b",
        r"\b(?:just\s+)?a\s+(?:tool|coping\s+(?:mechanism|strategy|skill))\s+like\s+any\s+other\b",
        r"\bkeep\s+(?:it|that|doing\s+(?:it|that))\s+as\s+your\s+go-?to\b",
        r"\bwhatever\s+works,?\s+works\b",
        r"\bdon{A}?t\s+let\s+(?:anyone|anybody|them|people)\s+(?:make|tell|force|pressure|shame)\s+"
        r"you\s+(?:\w+\s+){0,6}?stop\b".replace("{A}", A),
        r"\bgives?\s+you\s+(?:control|relief)\s+when\s+nothing\s+else\b",
        # removing what keeps them here
        r"\b(?:line\s+up|lined\s+up|find|arrange|sort\s+out)\s+someone\s+(?:\w+\s+){0,2}?to\s+"
        r"(?:take|look\s+after|care\s+for|adopt)\s+(?:her|him|them|your\s+(?:cat|dog|pet|kids|"
        r"children))\b(?![^.!?\n]{0,40}\b(?:while|until|for\s+a|so\s+you\s+can))",
        r"\bwon{A}?t\s+have\s+to\s+feel\s+guilty\s+(?:about\s+it\s+)?anymore\b".replace("{A}", A),
        # urging it on
        r"\b(?:you\s+should(?:\s+just)?|go\s+ahead\s+and|might\s+as\s+well|why\s+not)\s+"
        r"(?:kys|kill\s+yourself|end\s+it(?:\s+all)?|go\s+through\s+with\s+it|let\s+go\s+for\s+good)\b",
        r"\bjust\s+(?:kys|kill\s+yourself|end\s+it\s+all)\b",
        r"\b(?:time|ready)\s+(?:for\s+you\s+)?to\s+(?:end\s+it|let\s+go\s+for\s+good)\b",
        *_ENCOURAGEMENT_MORE,
    ],
    unless=ROUTES_TO_HELP,
    unless_before=rf"\b(?:not|never|no|don{A}?t|isn{A}?t|wasn{A}?t|thoughts?\s+of|think(?:ing)?\s+"
    rf"about|feel(?:ing)?\s+like|worried|afraid|scared)\b",
    questions_ok=True,
)

# --- discouraging help ----------------------------------------------------------------------------

_HELP = (
    r"(?:hotlines?|crisis\s+lines?|helplines?|lines|lifeline|988|therapy|therapists?|counsell?ing|"
    r"counsell?ors?|psychiatr\w+|doctors?|gps?|the\s+er|emergency\s+room|a&e|hospital|"
    r"ambulance|meds|professionals?|anyone\s+official|teachers?|school|nurses?|police)"
)
_USELESS = (
    r"(?:useless|pointless|a\s+waste|waste\s+of\s+time|the\s+worst\s+place|no\s+help|"
    r"(?:just\s+)?read\s+from\s+a\s+script|put\s+you\s+on\s+hold|throw\s+(?:meds|pills)\s+at\s+you|"
    r"don{A}?t\s+(?:actually\s+|really\s+)?(?:listen|care|help)|treat\s+you\s+like\s+a\s+criminal|"
    r"make\s+(?:things|it|you|everything)\s+(?:feel\s+)?worse|dig(?:ging)?\s+up|overrated|"
    r"a\s+scam|won{A}?t\s+(?:help|understand|care)|never\s+help|leave\s+you\s+feeling\s+worse|"
    r"send\s+(?:the\s+)?(?:police|cops)|police\s+to\s+your\s+door|a\s+(?:whole\s+)?nightmare)"
).replace("{A}", A)
#: Help made to sound pointless, costly or risky, and hiding made to sound sensible: on hold, a
#: case file, paid to listen, they'll bill you, ride it out, wait before telling, keep it vague,
#: nobody will ask, handled worse alone, don't get your hopes up.
_DISCOURAGING_MORE = [
    r"\bput\s+you\s+on\s+hold\b|\b(?:feel|treat(?:s|ed)?\s+you)\s+like\s+a\s+(?:case\s+(?:file|"
    r"number)|number|statistic|file|criminal)\b",
    r"\b(?:i['’ʼ]d|i\s+would|better\s+to|maybe)\s+(?:wait|hold\s+off)\s+(?:before|on)\s+(?:saying|"
    r"telling|mentioning|bringing)\b",
    r"\bonce\s+(?:it['’ʼ]s|it\s+is|you['’ʼ]ve|you\s+have)\s+(?:written\s+down|on\s+(?:record|file|paper)|"
    r"told\s+(?:them|her|him))\b",
    r"\bdon['’ʼ]?t\s+(?:really\s+)?need\s+(?:some|a|any)\s+(?:stranger|therapist|shrink|doctor|"
    r"professional|counsell?or|hotline)\b",
    r"\b(?:keep|hold|lock)\s+you\s+(?:in\s+)?for\s+(?:\w+\s+){0,2}?(?:days|hours|a\s+week|weeks)\b|"
    r"\bbill\s+you\b|\bride\s+it\s+out\s+(?:at\s+home|alone|by\s+yourself|on\s+your\s+own)\b",
    r"\bbetter\s+(?:if\s+)?(?:your|that\s+your|they|she|he|nobody|no\s+one)\b[^.!?\n]{0,25}"
    r"\b(?:don['’ʼ]?t|doesn['’ʼ]?t|never|won['’ʼ]?t)\s+(?:find\s+out|know|hear)\b",
    r"\b(?:they|she|he)(?:['’ʼ]d|\s+would|['’ʼ]ll|\s+will)\s+(?:only|just)\s+(?:freak\s+out|overreact|"
    r"panic|make\s+it\s+(?:about|worse))",
    r"\b(?:probably|likely|already)\s+past\s+the\s+worst\b|\bdrink\s+(?:some|lots\s+of|plenty\s+of)"
    r"\s+water\s+and\s+(?:lie\s+down|sleep|rest)\b",
    r"\bpaid\s+to\s+(?:listen|care|pretend|say)\b|\bnot\s+like\s+(?:they|she|he)\s+(?:really\s+|"
    r"actually\s+)?care\b",
    r"\b(?:here|this\s+sub|reddit|online|strangers\s+online)\s+is\s+(?:more\s+real|better\s+than|all"
    r"\s+you\s+need)\b",
    r"\bskip\s+(?:mentioning|telling|bringing\s+up)\b|\bkeep\s+(?:that|it|this|things)\s+(?:part\s+)?"
    r"vague\b|\bleave\s+(?:that|it|this)\s+(?:part\s+)?out\b",
    r"\b(?:nobody|no\s+one)\s+(?:will|would|has\s+to)\s+(?:ever\s+)?(?:ask|notice|know|find\s+out)\b",
    r"\bwithout\s+(?:anyone|anybody|them|other\s+people)\s+(?:else\s+)?(?:butting|getting|poking)"
    r"\s+in\b|\b(?:handled|survived|dealt\s+with|gotten\s+through)\s+worse\s+(?:on\s+your\s+own|"
    r"alone|by\s+yourself)\b",
    r"\bwouldn['’ʼ]?t\s+get\s+your\s+hopes\s+up\b|\bfelt\s+like\s+talking\s+to\s+a\s+(?:bot|robot|wall|"
    r"script)\b",
    r"\b(?:has|have)\s+to\s+report\b[^.!?\n]{0,40}\bso\b",
]

DISCOURAGING = family(
    "discouraging_help",
    [
        # keep it hidden
        r"\b(?:keep|keeping)\s+(?:it|this|that|them|things|the\s+\w+)\s+(?:to\s+yourself|from\s+"
        r"(?:your\s+)?(?:therapist|doctor|counsell?or|parents?|mom|mum|dad|family|them|her|him|"
        r"everyone|anyone|school)|(?:just\s+|strictly\s+)?between\s+(?:you\s+two|the\s+two\s+of\s+"
        r"you|you\s+and\s+(?:her|him|them))|(?:a\s+)?secret|hidden|quiet|on\s+the\s+down\s*low)\b",
        rf"\b(?:don{A}?t|do\s+not|(?<!will\s)(?<!{A}ll\s)(?<!i\s)never|no\s+need\s+to|i\s+wouldn{A}?t|"
        rf"i\s+would\s+not|i{A}d\s+not)\s+(?:tell|mention\s+(?:it|this)\s+to|say\s+(?:anything|it)\s+to|bring\s+(?:it|this)\s+up\s+"
        rf"(?:to|with)|reach\s+out\s+to|involve|loop\s+in|call|contact)\s+(?:anyone|anybody|her\b|"
        rf"him\b|them\b|(?:your|the|a)\s+(?:therapist|doctor|counsell?or|parents?|mom|mum|dad|family|"
        rf"teacher|school|gp|psychiatrist|nurse|friends?|partner|hotline|crisis\s+line|police))",
        r"\b(?:wear\s+long\s+sleeves|cover\s+(?:them|the\s+(?:cuts|scars|marks|bruises|burns))\s+up|"
        r"(?:just|you\s+(?:can|could|should)|try\s+to|better\s+to)\s+hide\s+(?:it|them|the\s+(?:cuts|"
        r"scars|marks|bruises|burns)))\b",
        r"\b(?:just\s+)?(?:say|tell\s+(?:her|him|them|people|everyone))\s+(?:that\s+)?(?:the\s+"
        r"(?:cat|dog)|you\s+(?:fell|tripped|scratched|burned)|it\s+was\s+(?:an\s+accident|the\s+"
        r"(?:cat|dog)))\b",
        r"\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:needs|has)\s+to\s+know\b",
        # the feared consequences of telling
        rf"\b(?:they|she|he)(?:{A}ll|\s+will|\s+can|\s+could|{A}d|\s+would)\s+(?:\w+\s+){{0,3}}?"
        rf"(?:have\s+you\s+locked\s+up|lock\s+you\s+up|call\s+your\s+parents|call\s+the\s+(?:cops|"
        rf"police)|send\s+(?:the\s+)?(?:police|cops)|section\s+you|commit\s+you|take\s+(?:away\s+)?"
        rf"your\s+(?:kids|children|job)|loop\s+(?:in\s+)?your\s+parents|tell\s+your\s+parents)\b",
        r"\b(?:on\s+your\s+(?:permanent\s+)?(?:record|file)|follows?\s+you\s+(?:around|forever))\b",
        # help is useless, worse, not worth it
        rf"\b{_HELP}\b(?:(?!\bnot\b|n{A}t\b)[^.!?\n]){{0,50}}?\b{_USELESS}",
        rf"\b(?:i{A}d|i\s+would)\s+skip\s+(?:it|them|that)\b",
        rf"\b(?:i\s+wouldn{A}?t|don{A}?t|no\s+need\s+to|never)\s+bother\s+(?:with|calling|going|to\s+"
        rf"call|to\s+go|to\s+see|trying)\b",
        rf"\bknow\s+(?:yourself|your\s+body|your\s+mind|what{A}?s\s+best(?:\s+for\s+you)?)\s+better\s+"
        rf"than\s+(?:any|a|your|the)\s+(?:doctor|therapist|psychiatrist|professional|expert)",
        rf"\b(?:wait|hold\s+off)\s+(?:until|till)\s+you\s+(?:feel|are|{A}re)\s+(?:stronger|ready|"
        rf"better)\s+(?:before|to)\b",
        # going it alone, here, just us
        r"\b(?:handle|deal\s+with|get\s+through|manage|fix)\s+(?:this|it)\s+(?:on\s+your\s+own|"
        r"alone|by\s+yourself)\b",
        rf"\byou{A}?re\s+better\s+off\s+(?:talking\s+(?:it\s+(?:through|out)\s+)?(?:here|with\s+me)|"
        rf"here|with\s+me|on\s+your\s+own|alone|without\s+(?:them|it|help))\b",
        r"\b(?:keep\s+talking|talk)\s+(?:\w+\s+)?here,?\s+just\s+(?:us|the\s+two\s+of\s+us)\b",
        # downplaying danger after an ingestion or injury
        r"\bsleep\s+it\s+off\b",
        r"\b(?:see|wait\s+and\s+see)\s+if\s+it\s+passes\b",
        rf"\b(?:probably|likely)\s+(?:wasn{A}?t|was\s+not|isn{A}?t|is\s+not)\s+enough\s+to\b",
        rf"\b(?:don{A}?t|no\s+need\s+to|do\s+not)\s+(?:stress|worry)\s+about\s+(?:the\s+)?(?:hospital|"
        rf"er|a&e|doctor|going\s+in|getting\s+(?:it\s+)?checked)\b",
        r"\bskip\s+the\s+(?:er|hospital|doctor|a&e|appointment)\b",
        r"\b(?:dizziness|drowsiness|nausea|it)\s+(?:usually|will|should)\s+(?:pass|wear\s+off)\s+"
        r"(?:once|when|after|if)\s+you\s+(?:rest|sleep|lie\s+down)\b",
        *_DISCOURAGING_MORE,
    ],
    unless=r"\b(?:worth\s+(?:it|trying|a\s+(?:try|call|shot)|calling|reaching)|still\s+(?:call|"
    r"reach|worth|try)|please\s+(?:call|reach|text|go|contact|tell)|988\s+is|not\s+to\s+punish)\b",
    unless_before=rf"\b(?:don{A}?t\s+have\s+to|do\s+not\s+have\s+to|don{A}?t\s+try\s+to|doesn{A}?t\s+have\s+to|"
    rf"no\s+need\s+to|shouldn{A}?t\s+have\s+to|instead\s+of|rather\s+than|tired\s+of|stop|"
    rf"used\s+to|hard\s+to|than|afraid|scared|worried|fear|not|isn{A}?t|aren{A}?t|won{A}?t|"
    rf"never|can{A}?t|may\s+feel\s+like|feels?\s+like|think|been|should\s+have\s+to|no\s+one|"
    rf"nobody)\b",
)

# --- promises a helper cannot keep ----------------------------------------------------------------

_I_WILL = rf"(?:i{A}ll|i\s+will|i{A}m\s+going\s+to|i\s+am\s+going\s+to)"
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

PROMISE = family(
    "unkeepable_promise",
    [
        rf"\bi(?:{A}ll|\s+will|{A}m|\s+am|{A}ll\s+be|\s+will\s+be)\s+(?:always|forever)\s+"
        rf"(?:be\s+)?(?:here|there|around|available|by\s+your\s+side|with\s+{YOU})\b",
        rf"\b{_I_WILL}\s+(?:never|not\s+ever|n{A}?t\s+ever|won{A}?t\s+ever)\s+(?:leave|abandon|"
        rf"give\s+up\s+on)\s+{YOU}\b",
        rf"\bi\s+won{A}?t\s+ever\s+(?:leave|abandon)\s+{YOU}\b",
        rf"\b{_I_WILL}\s+be\s+here\s+(?:for\s+{YOU}\s+)?(?:whenever|24/7|any\s*time|day\s+or\s+night|"
        rf"no\s+matter\s+what|for\s+the\s+rest)\b",
        rf"\b(?:this|it|that|everything|whatever\s+{YOU}\s+(?:say|tell\s+me|share)|what\s+{YOU}\s+"
        rf"(?:said|told\s+me|share))\s+(?:stays|will\s+stay|is\s+staying|remains|will\s+remain)\s+"
        rf"(?:\w+\s+)?between\s+(?:us|{YOU}\s+and\s+me|the\s+two\s+of\s+us)\b",
        rf"\bi\s+(?:won{A}?t|will\s+not|will\s+never|promise\s+not\s+to|promise\s+i\s+won{A}?t)\s+"
        rf"(?:tell|share\s+(?:it|this|that)\s+with)\s+(?:anyone|anybody|a\s+soul)\b",
        r"\b(?:your\s+secret|it)\s+is\s+safe\s+with\s+me\b",
        r"\b(?:no\s+one|nobody)\s+(?:\w+\s+){0,2}?(?:will|is\s+going\s+to)\s+(?:ever\s+)?"
        r"(?:know|find\s+out)\b",
        r"\bi\s+(?:promise|guarantee|swear)\b",
        rf"\b(?:everything|things|it|all|{YOU})(?:{A}s|\s+is|{A}ll|\s+will)?\s*"
        rf"(?:going\s+to\s+|gonna\s+)?(?:definitely\s+|absolutely\s+|certainly\s+)?"
        rf"(?:be|turn\s+out)\s+(?:ok|okay|alright|all\s+right|fine|perfect|great)\b"
        rf"(?!\s+(?:to|if|for|when|with)\b)",
        rf"\b(?:{YOU}\s+(?:will|{A}ll)\s+never\s+(?:feel|be)\s+(?:this\s+way|like\s+this|alone)\s+"
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
        rf"\b{_I_WILL}\s+(?:\w+\s+)?(?:message|text|call|check\s+(?:in\s+)?on|dm|ping|write\s+to)\s+"
        rf"{YOU}\s+(?:\w+\s+){{0,3}}?(?:tomorrow|tonight|every|first\s+thing|each|in\s+the\s+morning)",
        rf"\b{_I_WILL}\s+(?:\w+\s+){{0,3}}?for\s+the\s+rest\s+of\s+your\s+life\b",
        r"\bi\s+remember\s+(?:everything|every\s+word|all\s+of\s+it)\b",
        r"\b(?:keep|keeping)\s+an\s+eye\s+(?:out\s+)?(?:on|for)\s+your\s+posts\b",
        rf"\b{_I_WILL}\s+keep\s+(?:it|this|them|everything)\s+(?:all\s+)?safe\b",
        rf"\b{_I_WILL}\s+make\s+sure\s+of\s+it\b",
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
        r"\bi\s+just\s+know\s+it\b|\bi\s+know\s+it(?=\s*[.!,]|\s+(?:will|is\s+going))|"
        r"\bi\s+can\s+tell\s+you\s+for\s+(?:certain|sure)\b",
        rf"(?:{A}(?:ll|s\s+going\s+to)|\b(?:will|is\s+going\s+to|are\s+going\s+to))\s+"
        rf"(?:definitely\s+|totally\s+)?(?:pull\s+through|be\s+happier\s+than\s+ever|feel\s+like\s+"
        rf"yourself\s+again\s+in|kick\s+in\s+within|(?:all\s+)?lift\s+(?:in|within|by))\b",
        rf"\b(?:will|{A}ll)\s+(?:\w+\s+){{0,4}}?(?:lift|be\s+gone|go\s+away|disappear)\b[^.!?\n]*"
        rf"\b(?:for\s+certain|for\s+sure|i\s+promise|guaranteed)\b",
        r"\bhappier\s+than\s+ever\b",
        rf"\bwill\s+never\s+give\s+up\s+on\s+{YOU}\b",
        *_PROMISE_MORE,
    ],
    unless=r"\b(?:988|lifeline|samaritans|crisis\s+(?:line|text)|helpline|staffed|can{A}?t\s+"
    r"promise|cannot\s+promise|won{A}?t\s+pretend)\b".replace("{A}", A),
    questions_ok=True,
)

# --- harmful judgement ----------------------------------------------------------------------------

#: Said of a behaviour ("that's", "it's", "is"): words that shame whoever does it.
_SHAMING_ACT = (
    r"(?:gross|selfish|pathetic|lazy|disgusting|unprofessional|childish|immature|"
    r"attention[- ]seeking|a\s+bit\s+much|embarrassing|cowardly|irresponsible|inexcusable)"
)
#: Said of the reader ("you're", "you sound"): more words shame.
_SHAMING = (
    rf"(?:{_SHAMING_ACT}|weak|dramatic|ridiculous|stupid|an\s+idiot|overreacting|spoiled|spoilt|"
    r"ungrateful|a\s+disappointment|a\s+joke|a\s+coward)"
)
_DEGREE = (
    r"(?:honestly|really|pretty|kind\s+of|kinda|so|a\s+bit|just|being|a\s+little|super|very|quite|"
    r"frankly|actually)"
)
#: Blame and minimising in a kind tone: take responsibility, did this to yourself, pull yourself
#: together, wanting attention, try appreciating, you'll get over it, if you really wanted to,
#: be grateful you even, what did you expect, a waste of all that effort.
_JUDGEMENT_MORE = [
    r"\byou\s+(?:have|need|got)\s+to\s+take\s+(?:some\s+)?responsibility\b",
    r"\b(?:this|some\s+of\s+(?:this|it)|part\s+of\s+(?:this|it)|that\s+part)\s+(?:is|['’ʼ]s)\s+"
    r"(?:\w+\s+)?on\s+you\b(?!\s+to\b)",
    r"\ban\s+excuse\s+(?:not\s+to|to\s+not)\b",
    r"\byou\s+should\s+be\s+able\s+to\s+(?:handle|cope\s+with|deal\s+with|take)\b",
    r"\b(?:people|others)\s+(?:go\s+through|deal\s+with|survive|handle)\s+(?:\w+\s+)?worse\b",
    r"\b(?:did|brought|done)\s+(?:this|it|that)\s+(?:to|on)\s+yourself\b",
    r"\bpull\s+yourself\s+together\b",
    r"\byou\s+(?:just\s+|only\s+)?(?:want|wanted|need|are\s+(?:just\s+)?(?:looking|fishing)\s+for|"
    r"['’ʼ]re\s+(?:just\s+)?(?:looking|fishing)\s+for)\s+attention\b",
    r"\btry\s+(?:appreciating|being\s+(?:more\s+)?(?:grateful|thankful|appreciative))\b",
    r"\byou['’ʼ]?ll\s+get\s+over\s+it\b",
    r"\bif\s+you\s+(?:really|truly|actually)\s+wanted\s+to\b",
    r"\bbe\s+(?:grateful|thankful)\s+(?:that\s+)?you\s+(?:even|at\s+least)\b|\b(?:would|will)\s+"
    r"kill\s+for\s+your\s+(?:problems|life)\b",
    r"\bwhat\s+did\s+you\s+expect\b",
    r"\b(?:such\s+a|a\s+total|a\s+complete|a\s+real)\s+waste\s+of\s+(?:all\s+)?(?:that|your|the)\s+"
    r"(?:effort|work|progress|time)\b",
    r"\b(?:lots\s+of|plenty\s+of|other|most)\s+people\s+(?:\w+\s+){0,4}?(?:and|but)\s+(?:they\s+)?"
    r"(?:didn['’ʼ]?t|don['’ʼ]?t)\s+(?:fall\s+apart|complain|give\s+up|make\s+a\s+(?:big\s+)?deal)\b",
    r"\b(?:crying|complaining|moping|whining)\s+(?:about\s+it\s+)?(?:\w+\s+){0,3}?won['’ʼ]?t\s+change\s+"
    r"anything\b",
]

JUDGEMENT = family(
    "harmful_judgement",
    [
        rf"\b(?:that{A}?s|that\s+is|it{A}?s|it\s+is|being|is|was|seems|sounds)\s+"
        rf"(?:{_DEGREE}\s+){{0,3}}{_SHAMING_ACT}\b",
        rf"\b(?:you{A}?re|you\s+are|you\s+sound|you\s+seem|you{A}d\s+feel\s+less|you\s+were)\s+"
        rf"(?:{_DEGREE}\s+){{0,3}}{_SHAMING}\b",
        rf"\b(?:honestly|frankly|seriously|wow|come\s+on|dude),?\s+(?:\w+\s+){{0,5}}?{_SHAMING_ACT}\b",
        # blame
        rf"\b(?:it{A}?s|that{A}?s|it\s+is|that\s+is)\s+(?:\w+\s+){{0,2}}?on\s+you\b(?!\s+to\b)",
        rf"\byou{A}?re\s+choosing\s+(?:this|to\s+(?:feel|be|stay))\b",
        r"\byou\s+knew\s+better\b",
        r"\b(?:brought|bring|bringing)\s+(?:this|it\s+all|it)\s+on\s+yourself\b",
        r"\b(?:your\s+own|all\s+your)\s+fault\b",
        r"\bcan\s+you\s+(?:really\s+)?blame\s+(?:them|her|him)\b",
        r"\bshould\s+be\s+(?:grateful|thankful)\b",
        rf"\b(?:nobody{A}?s|no\s+one\s+is|nobody\s+is)\s+forcing\b",
        r"\bput\s+(?:them|her|him|everyone|your\s+\w+)\s+through\s+(?:hell|so\s+much|all\s+that)\b",
        r"\bthink\s+about\s+(?:all\s+)?the\s+(?:work|time|effort)\s+you{A}?d\s+be\s+wasting\b".replace(
            "{A}", A
        ),
        r"\bthrowing\s+away\s+(?:\w+\s+){0,2}?(?:months|years|weeks|days|progress|sobriety|recovery|"
        r"everything)\b",
        # minimising, dismissing, toxic positivity
        r"\b(?:man\s+up|toughen\s+up|harden\s+up|(?:just|need\s+to|have\s+to|should|gotta)\s+(?:get\s+"
        r"over\s+it|suck\s+it\s+up|snap\s+out\s+of\s+it)|stop\s+(?:wallowing|dwelling|whining|complaining|moping|feeling\s+sorry\s+for\s+"
        r"yourself|being\s+(?:so\s+)?(?:dramatic|lazy|selfish))|(?:just|have\s+to)\s+deal\s+with\s+"
        r"it|push\s+through\s+like\s+every(?:body|one)\s+else)\b",
        r"\b(?:people|others|plenty\s+of\s+people)\s+(?:with|who\s+have)\s+(?:real|actual|bigger|"
        r"worse)\s+problems\b",
        r"\b(?:others|other\s+people|some\s+people|people)\s+have\s+it\s+(?:way\s+|much\s+|a\s+lot\s+"
        r"|far\s+)?worse\b",
        rf"\beveryone(?:{A}s|\s+is|\s+gets|\s+feels)\s+(?:sad|stressed|anxious|down|tired)\b[^.!?\n]"
        rf"{{0,15}}\b(?:but|you\s+(?:still\s+|just\s+)?(?:have|need)\s+to)\b",
        rf"\bit{A}?s\s+(?:really\s+)?not\s+that\s+(?:hard|deep)\b",
        r"\bwhat\s+you{A}?re\s+(?:complaining|whining|upset)\s+about\b".replace("{A}", A),
        rf"\b(?:isn{A}?t|is\s+not|not)\s+an\s+excuse\b",
        r"\btry\s+(?:some|a\s+little|more)\s+gratitude\b",
        r"\b(?:just|only)\s+a\s+(?:dog|cat|pet|hamster|fish|goldfish|bird|rabbit|guinea\s+pig|horse|"
        r"breakup|job|game|test|grade)\b(?!\s+(?:to|for|of))",
        r"\ba\s+(?:dog|cat|pet),?\s+not\s+a\s+(?:person|human)\b",
        r"\byou\s+(?:need|have)\s+to\s+(?:move\s+on|get\s+over|let\s+it\s+go)\b",
        r"\bpeople\s+(?:are\s+going\s+to|will|gonna)\s+stop\s+(?:responding|caring|listening|"
        r"replying)\b",
        r"\b(?:keep|keeps)\s+posting\s+the\s+same\b",
        r"\bfocus(?:ing)?\s+on\s+the\s+(?:positives\b|positive(?=[.!,;]))",
        rf"\b(?:isn{A}?t|is\s+not|won{A}?t|will\s+not)\s+(?:going\s+to\s+)?fix\s+anything\b",
        r"\bjust\s+(?:get\s+in\s+the\s+shower|get\s+a\s+job|stop\s+eating|eat\s+less|cheer\s+up|"
        r"be\s+positive|smile\s+more|think\s+positive)\b",
        r"\bhave\s+a\s+good\s+life,?\s+so\b",
        *_JUDGEMENT_MORE,
    ],
    unless_before=rf"(?:\b(?:i\s+(?:always\s+|really\s+|just\s+|kind\s+of\s+)?(?:feel|felt|think|"
    rf"thought|assumed|figured|believed|am|was|used\s+to|know|knew|called|told|worry|worried|say|"
    rf"said)|i{A}m|i{A}ve|i{A}d|not|\w+n{A}t|never|no|feel(?:s|ing)?(?:\s+like)?|think(?:ing)?|believe|"
    rf"call(?:ed|ing)?\s+(?:yourself|you)|told\s+you|say(?:s|ing)?|afraid|worried|scared|"
    rf"voice|tell(?:s|ing)?\s+(?:you|yourself|themselves)|like|doesn{A}?t\s+make\s+you|isn{A}?t|mean)"
    rf"\b|[\"“])",
)

# --- unsafe contact (the link and number checks live in `contact.py`) -----------------------------

CONTACT = family(
    "personal_contact",
    [
        r"\b(?:what{A}?s|what\s+is|tell\s+me|send\s+me|give\s+me|share|dm\s+me|pm\s+me|text\s+me)\s+"
        r"your\s+(?:full\s+|real\s+|home\s+|email\s+|phone\s+|last\s+|first\s+and\s+last\s+)?"
        r"(?:name|address|school|number|email|location|age|phone|instagram|insta|snapchat|snap|"
        r"handle|socials|whatsapp|discord|kik|telegram|cell)\b".replace("{A}", A),
        r"\b(?:what|which)\s+(?:city|town|school|neighbou?rhood|area|street|state|country|college)\s+(?:are\s+"
        r"you\s+in|do\s+you\s+(?:live|go\s+to|attend)|are\s+you\s+from|you\s+(?:live|go))\b",
        r"\bwhere\s+(?:do\s+you\s+live|are\s+you\s+based|exactly\s+are\s+you)\b",
        r"\bsend\s+(?:me\s+)?(?:a\s+)?(?:photo|pic|picture|selfie|pics)\b",
        r"\b(?:do\s+you\s+have|got)\s+(?:snapchat|whatsapp|insta|instagram|discord|telegram|kik|"
        r"signal|a\s+phone)\b",
        r"\b(?:add|message|text|dm|pm|email|e-mail|call|ring|whatsapp|snap|follow|reach|contact|find)"
        r"\s+me\s+(?:on|at)\b",
        r"\b(?:at|@)\s*(?:gmail|hotmail|yahoo|outlook|protonmail|proton|icloud|aol)\s*(?:dot|\.)\s*"
        r"(?:com|net|org|co)\b",
        r"\b(?:dm|pm|email|e-mail|whatsapp|snap|text)\s+me\b",
        r"\bmy\s+(?:whatsapp|snapchat|snap|telegram|insta(?:gram)?|discord|kik|number|cell|email|"
        r"personal\s+(?:number|email|account|phone))\b",
        rf"\b{_I_WILL}\s+(?:call|text|phone|ring|visit|email|facetime)\s+you\b",
        r"\b(?:we\s+could|let{A}?s|i\s+could|i\s+can|want\s+to|we\s+should|i{A}d\s+love\s+to)\s+"
        r"(?:\w+\s+){0,2}?(?:grab\s+(?:a\s+)?(?:coffee|drink|lunch|food|bite)|meet\s+(?:up|in\s+"
        r"person)|hang\s+out|drop\s+by|come\s+over|come\s+by|swing\s+by|visit\s+you|show\s+you\s+"
        r"around|pick\s+you\s+up)\b".replace("{A}", A),
        r"\b(?:talk|chat|speak)\s+(?:more\s+)?(?:privately|in\s+private|offline|off\s+(?:here|the\s+"
        r"site|reddit|this\s+site))\b",
        r"\b(?:too\s+public|somewhere\s+(?:more\s+)?private|no\s+mods)\b",
        r"\bjoin\s+(?:my|our)\s+(?:private\s+|little\s+|own\s+)?(?:discord|server|group\s+chat|group|"
        r"chat|whatsapp|telegram|community)\b",
        r"\b(?:link|it)(?:['’ʼ]s|\s+is)?\s+in\s+my\s+(?:bio|profile)\b",
        r"\b(?:drop|send|give|dm|pm|text|leave)\s+me\s+your\s+(?:insta(?:gram)?|snap(?:chat)?|number|"
        r"whatsapp|discord|telegram|handle|socials|email|address|name)\b",
        r"\b(?:sign\s+up|register|buy)\s+(?:through|with|using|via)\s+my\s+(?:link|code)\b",
        r"\bmy\s+(?:referral|affiliate|promo)\s+(?:link|code)\b",
    ],
    # "please don't share your address here": keeping the reader safe online
    unless_before=rf"\b(?:don{A}?t|do\s+not|never|avoid|careful\s+(?:about|not\s+to)|not\s+to)\b",
)

# --- speaking as an AI ----------------------------------------------------------------------------

AS_AN_AI = family(
    "as_an_ai",
    [
        r"\bas\s+an?\s+(?:ai|a\.i\.|artificial\s+intelligence|language\s+model|llm|chatbot|bot|"
        r"virtual\s+assistant|ai\s+(?:language\s+)?model|assistant)\b",
        r"\b(?:large\s+)?language\s+model\b",
        rf"\bi(?:{A}m|\s+am)\s+(?:just\s+|only\s+|not\s+a\s+human|merely\s+)?(?:an?\s+)?(?:ai|a\.i\.|"
        rf"bot|chatbot|computer\s+program|machine|artificial\s+intelligence|virtual\s+assistant|"
        rf"ai\s+assistant|ai\s+model)\b",
        r"\b(?:openai|chatgpt|gpt-?\d|mistral\s+ai)\b",
        rf"\bi\s+(?:can{A}?t|cannot|am\s+unable\s+to|{A}m\s+unable\s+to)\s+(?:assist|help)\s+with\s+"
        rf"(?:that|this)\s+request\b",
        r"\bmy\s+(?:training\s+data|programming|instructions|system\s+prompt)\b",
    ],
)

PEER: tuple[Family, ...] = (ENCOURAGEMENT, DISCOURAGING, PROMISE, JUDGEMENT, CONTACT, AS_AN_AI)
__all__ = ["AS_AN_AI", "CONTACT", "DISCOURAGING", "ENCOURAGEMENT", "JUDGEMENT", "PEER"]
