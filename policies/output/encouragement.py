"""Encouragement or romanticising of suicide or self-harm in a warm peer voice: permission ("your
life, your call", "whatever you choose, I won't judge"), death as rest or reunion, their absence as
a gift, self-harm as coping that works, urging it on. Exempt: a sentence that points to help, a
question that checks on safety, a negation or a report just before the hit.
"""

from __future__ import annotations

from policies.output.clinical import ROUTES_TO_HELP
from policies.output.family import A, family

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
    r"\b(?:be|being)\s+with\s+(?:her|him|them)\s+again\b|\bfinally\s+be\s+with\s+(?:her|him|them|"
    r"your\s+(?:mum|mom|dad|mother|father|brother|sister|son|daughter|grandma|grandmother|grandpa|"
    r"grandfather|wife|husband|partner|friend|baby|child))\s+again\b|\bjoin(?:ing)?\s+(?:her|him|them)\s+"
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
    r"\b(?:earned|deserve)\s+(?:that|this|the)\s+(?:quiet|rest|peace|release)\b"
    r"(?!\s+(?:after|from|tonight|today|this|for|of)\b)",
    r"\bif\s+this\s+is\s+(?:really\s+)?(?:goodbye|the\s+end|your\s+last)\b(?!\s+\w+\s+(?:before|of\s+"
    r"the|for\s+(?:today|now|a\s+while|the\s+(?:day|week|night))))",
    r"\bfind\s+the\s+peace\s+you(?:['’ʼ]ve|\s+have)?\s+been\s+(?:looking|searching|longing|wishing)\b",
    r"\b(?:wasn['’ʼ]?t|isn['’ʼ]?t)\s+(?:built|made|meant)\s+for\s+(?:someone|people|you)\b",
    r"\b(?:okay|ok|alright|allowed)\s+to\s+stop\s+(?:fighting|trying)\s*(?:[.!]|,?\s+(?:anymore|"
    r"to\s+(?:stay|live|survive|fit\s+into\s+(?:it|this\s+world|the\s+world))))",
    r"\b(?:adjust|move\s+on|get\s+over\s+it|cope)\s+(?:faster|quicker|sooner|better)\s+than\s+you\s+"
    r"(?:think|expect|imagine)\b",
    r"\b(?:choosing|choose|decide|deciding)\s+to\s+(?:go|leave\s+(?:this|us|for\s+good)|not\s+be\s+"
    r"here|stop\s+living)\b(?!\s+(?:to|for|out|home|back|outside|somewhere|see|and))",
]

#: A reference to ending or to the act, said to the reader ("this is what you want", "leave for
#: good", "be done with it all", "your mind"); paired with acceptance in one clause below.
_ENDING = (
    r"(?:leav(?:e|ing)(?=\s*[,.!?;]|\s+(?:for\s+good|this\s+world|us|everyone|it\s+all|after\s+"
    r"everything|behind\s+everyone))|go(?:ing)?\s+through\s+with\s+(?:it|this)|be(?:ing)?\s+done"
    r"(?=\s*[,.!?;]|\s+with\s+(?:it\s+all|everything|life|living|all\s+of\s+(?:it|this)))|"
    r"end(?:ing)?\s+(?:it\s+all|things|your\s+life)|not\s+(?:be(?:ing)?\s+(?:here|around)|"
    r"wak(?:e|ing)\s+up)|be(?:ing)?\s+gone|(?:made\s+up\s+)?your\s+(?:mind|decision|choice)"
    r"(?!\s+(?:to|about|on|of)\b)|(?:already\s+)?decid(?:ed|ing)(?!\s+(?:to|on|that|whether|what|"
    r"how|if|about|between|against)\b)|this\s+is\s+what\s+you\s+(?:want|need|need\s+to\s+do)|"
    r"your\s+last\s+(?:night|day|post|message)|check(?:ing)?\s+out(?=\s*[,.!?;]|\s+for\s+good)|"
    r"bow(?:ing)?\s+out(?!\s+of)|(?:go(?:ing)?|leav(?:e|ing)|rest(?:ing)?|end(?:ing)?\s+it)\s+for\s+"
    rf"good|leav(?:e|ing)\s+(?:this|the)\s+(?:world|life)|whatever\s+you{A}?(?:ve|\s+have)\s+planned)"
)
#: Acceptance, respect or relief, the helper's side of "permission".
_ACCEPT = (
    rf"(?:(?:not\s+going\s+to|won{A}?t|will\s+not|not\s+gonna|wouldn{A}?t)\s+(?:argue|fight\s+you|"
    rf"stop\s+you|stand\s+in\s+your\s+way|(?:try\s+to\s+)?change\s+your\s+mind)|makes?\s+"
    rf"(?:complete\s+|total\s+|perfect\s+)?sense|(?:that{A}s|that\s+is)\s+(?:alright|okay|ok|fine|"
    rf"valid)|you{A}ve\s+earned\s+(?:it|that|this)|hold\s+onto\s+that|i\s+(?:support|respect)\s+"
    rf"(?:you|your|that|it)|finally\s+(?:get|have|find|feel|be)\s+(?:some\s+)?(?:quiet|peace|rest|"
    rf"free|calm|at\s+peace)|(?:can|could)\s+(?:totally\s+|really\s+)?see\s+why|(?:wouldn{A}?t|"
    rf"won{A}?t|couldn{A}?t|can{A}?t|don{A}?t)\s+blame\s+you|no\s+shame\s+in|at\s+peace\s+with\s+"
    rf"(?:it|that|this|your)|(?:isn{A}?t|is\s+not)\s+(?:weakness|weak|selfish|cowardly|a\s+"
    rf"failure)|self[- ]respect|hope\s+it\s+brings\s+you)"
)
#: Self-harm or restriction, and a word that it works ("your way of getting through").
_HARMING = (
    r"(?:cutting(?!\s+(?:back|down|out|ties|off|class|corners|in))|burning\s+yourself|"
    r"marks\s+on\s+your\s+(?:arms?|legs?|thighs?|wrists?|skin|body|stomach)|skipping\s+meals|"
    r"not\s+eating|starving\s+yourself|purging|throwing\s+up|hurting\s+yourself|"
    r"self[- ]harm(?:ing)?|scratching\s+yourself|hitting\s+yourself|restricting|"
    r"burning(?!\s+(?:out|"
    r"down|up|the|a|bridges|calories|candles?|incense|sage|question|desire)))"
)
_WORKS = (
    rf"(?:(?:is|are|it{A}s|that{A}s)\s+(?:really\s+|clearly\s+|obviously\s+)?(?:working|helping)\s+"
    rf"(?:for\s+)?you|(?:just\s+)?your\s+way\s+of\s+(?:getting\s+through|coping|surviving|managing|"
    rf"dealing)|nothing\s+wrong\s+with\s+(?:needing|doing|wanting)|(?:keep|keeps|kept)\s+you\s+"
    rf"(?:going|sane|alive|grounded)|(?:a\s+)?valid\s+(?:way\s+to\s+cope|coping)|whatever\s+gets\s+"
    rf"you\s+through|do\s+what(?:ever)?\s+(?:keeps\s+you\s+going|gets\s+you\s+through|helps|you\s+"
    rf"need\s+to)|helps?\s+you\s+(?:feel|cope|get\s+through|calm|breathe|sleep|focus)|better\s+"
    rf"than\s+(?:feeling\s+nothing|nothing)|the\s+(?:one|only)\s+thing\s+(?:you\s+(?:get\s+to\s+)?"
    rf"control|that\s+(?:helps|works))|hold\s+onto\s+(?:it|that)|how\s+you\s+(?:survive|cope|get\s+"
    rf"through|manage)|(?:don{A}?t|no\s+need\s+to)\s+feel\s+(?:guilty|bad|ashamed)\s+about\s+(?:it|"
    rf"that)|gives?\s+you\s+(?:a\s+sense\s+of\s+)?(?:control|relief|calm|release))"
)
#: A gap inside one clause that does not cross a negation ("cutting isn't your way of coping").
_GAP = rf"(?:(?!\b(?:not|never|no)\b|n{A}t\b)[^.!?\n]){{0,80}}?"
#: Composed families: [acceptance] x [ending] in one clause, [self-harm] x [it works], the dead's
#: relief offered to the reader, calm "since deciding", fate ("not meant to grow old"), a burden
#: lifted, a quick end wished for, permission to be done, writing the ending.
_ENCOURAGEMENT_SLOTS = [
    # batch 4's families: trusting them with the decision, not built for a long life, the blade as
    # a friend, why you had to go, someone there to meet you, the few things that help, the pain
    # ending with you
    rf"\bi\s+trust\s+you\s+to\s+know\s+what{A}?s\s+(?:right|best)\b(?![^.!?\n]{{0,30}}\b(?:help|call|"
    rf"reach|tell)\b)",
    rf"\b(?:aren{A}?t|are\s+not|not|weren{A}?t)\s+(?:meant|made|built)\s+for\s+(?:a\s+long\s+life|long"
    rf"\s+lives|old\s+age)\b",
    r"\b(?:blade|razor)\b[^.!?\n]{0,40}\b(?:feels?\s+like\s+a\s+friend|there\s+for\s+you)\b|\bgo\s+"
    r"easy\s+on\s+yourself\s+for\s+needing\s+(?:it|that)\b",
    r"\b(?:understand|see|know)\s+(?:one\s+day\s+)?why\s+you\s+(?:had|needed)\s+to\s+(?:go|leave|do\s+"
    r"it|end\s+it)\b",
    r"\b(?:he|she|they)(?:['’ʼ]d|\s+would|['’ʼ]ll|\s+will)\s+be\s+(?:there|waiting)\s+to\s+(?:meet|"
    r"greet|welcome)\s+you\b(?!\s+at\b)|\bjoin(?:ing)?\s+(?:her|"
    r"him)\s+(?:isn['’ʼ]?t|wouldn['’ʼ]?t|would|could|might)\b",
    rf"\b{_HARMING}{_GAP}\b(?:(?:one\s+of\s+)?the\s+(?:few|only)\s+things?\s+that\s+(?:makes?|helps?|"
    rf"works?)|makes?\s+you\s+feel\s+(?:lighter|better|calm|in\s+control|something|alive|clean))",
    r"\b(?:pain|suffering|it\s+all|everything)\s+(?:ends|stops|will\s+end|will\s+stop)\s+when\s+you"
    r"\s+(?:do|die|go|are\s+gone)(?=\s*[,.!?;]|\s+and\b)",
    # batch 3's families: setting it down for good, an exit of one's own, the family fine without
    # you, a life meant to be short, a gentle last sleep, nobody wanting you to keep suffering
    r"\b(?:set|put|lay)\s+(?:it\s+all|everything|it)\s+down\s+for\s+good\b",
    r"\b(?:choose|choosing|pick|picking|decide|deciding|plan|planning)\s+(?:your\s+own|when\s+to|"
    r"how\s+to)\s+(?:exit|ending|time\s+to\s+go|way\s+out|go|leave)\b(?!\s+(?:about|forward|on|"
    r"back|ahead|from)\b)",
    rf"\b(?:will|would|(?:they|she|he|we|everyone|everybody|people){A}(?:ll|d))\s+(?:\w+\s+){{0,3}}?(?:be\s+(?:fine|okay|ok|alright|better)|find\s+"
    rf"(?:their|a)\s+way|manage|cope|move\s+on)\s+without\s+you\b(?!\s+(?:for|at|on|this|tonight|"
    rf"today|while|if|until|there|around)\b)",
    r"\b(?:stories|lives|people|candles)\s+(?:are|were)\s+(?:just\s+)?(?:meant|supposed)\s+to\s+be\s+"
    r"(?:short|brief)\b",
    rf"\b(?:sleep|last|final|end)\b[^.!?\n]{{0,60}}\bhope\s+it{A}?s\s+a\s+(?:gentle|peaceful|quick|"
    rf"painless|soft)\s+one\b",
    r"\b(?:nobody|no\s+one)\s+(?:who\s+loves\s+you\s+)?(?:would|could)\s+(?:want|expect|ask)\s+you\s+"
    r"to\s+(?:keep\s+(?:suffering|fighting|hurting)|suffer|stay)\b(?!\s+(?:alone|in\s+silence))",
    # urging it on, aimed at the reader
    r"\b(?:just\s+)?do\s+it\s+already\b|\b(?:just\s+)?(?:end\s+it|go\s+through\s+with\s+it)\s+"
    r"(?:then|already)\b(?![^.!?\n]{0,40}\b(?:friendship|relationship|marriage|job|with\s+(?:him|"
    r"her|them)))",
    rf"\b(?:nobody|no\s+one)(?:{A}s|\s+is)\s+(?:stopping|gonna\s+stop|going\s+to\s+stop)\s+you\b",
    r"\bgo\s+on\s+then\b[^.!?\n]{0,10}\b(?:end\s+it|do\s+it)\b",
    r"\bsee\s+if\s+(?:anyone|anybody)\s+(?:even\s+)?(?:notices|cares)\b",
    rf"\b(?:nobody|no\s+one)\s+would\s+(?:even\s+)?(?:miss|notice|care)\b[^.!?\n]{{0,20}}\bif\s+you\s+"
    rf"(?:were\s+gone|died|left|disappeared|weren{A}?t\s+here)|\b(?:nobody|no\s+one)\s+would\s+miss"
    rf"\s+you\b",
    rf"\b{_ACCEPT}{_GAP}\b{_ENDING}",
    rf"\b{_ENDING}{_GAP}\b{_ACCEPT}",
    rf"\b{_HARMING}{_GAP}\b{_WORKS}",
    rf"\b{_WORKS}{_GAP}\b{_HARMING}",
    rf"\b(?:(?:isn{A}?t|is\s+not|aren{A}?t|no\s+longer|not)\s+(?:suffering|hurting|in\s+pain)"
    rf"(?:\s+any\s*more)?|(?:at\s+peace|free|in\s+a\s+better\s+place|resting)\s+now)\b"
    rf"[^.!?\n]{{0,60}}\byou(?:{A}ll|\s+will)?\s+(?:\w+\s+){{0,2}}?(?:won{A}?t\s+have\s+to|deserve\s+"
    rf"(?:to\s+(?:feel|be|have)\s+)?(?:that|it|the\s+same|this)|could\s+(?:be|have)\s+(?:that|it|"
    rf"the\s+same))\b[^.!?\n]{{0,15}}\b(?:too|either|as\s+well)\b",
    r"\b(?:calm|peace|clarity|relief|lighter|at\s+ease)\b[^.!?\n]{0,30}\bsince\s+(?:deciding|"
    r"you\s+decided|you\s+made\s+up\s+your\s+mind|making\s+(?:the|that|your|this)\s+(?:decision|"
    r"choice))(?!\s+(?:to|about|on)\b)",
    r"\bsome\s+(?:people|of\s+us)\s+(?:are\s+|were\s+)?(?:just\s+)?(?:ready|meant|made|built)\s+"
    r"(?:(?:earlier|sooner)(?:\s+than\s+(?:others|most|everyone))?(?=\s*[,.!?;]|\s+and\b)|"
    r"to\s+go\b|to\s+leave\b|for\s+(?:this\s+world|this\s+"
    r"life|long)|to\s+(?:grow\s+old|live\s+long))",
    rf"\b(?:aren{A}?t|are\s+not|not|never|weren{A}?t)\s+(?:meant|made|built)\s+(?:to\s+(?:grow\s+old|"
    rf"be\s+here\s+long|live\s+long)|for\s+(?:this\s+world|this\s+life))\b",
    r"\brest\s+(?:somewhere|where)\s+nothing\s+(?:can|could|will)\s+(?:ever\s+)?hurt\s+you\b",
    rf"\b(?:universe|god|life|your\s+body)\s+(?:is\s+)?(?:telling|showing)\s+you\s+(?:that\s+)?"
    rf"it{A}?s\s+time\b",
    r"\b(?:waiting\s+for\s+you|with\s+(?:her|him|them))\b[^.!?\n]{0,60}\bwhere\s+you\s+belong\b",
    r"\b(?:do|doing|did)\s+(?:them|everyone|everybody|us|the\s+world|your\s+family)\s+a\s+favou?r\b"
    r"(?!\s+(?:by|if|and))",
    rf"\b(?:nobody|no\s+one)\s+(?:here\s+)?(?:is\s+going\s+to|will|{A}s\s+going\s+to|can|could)\s+"
    rf"talk\s+you\s+out\s+of\s+(?:it|this)\b",
    r"\bstop\s+being\s+a\s+(?:weight|burden|drain|problem|worry)\s+(?:on|to|for)\b",
    r"\b(?:loving|kind|kindest|generous|selfless|unselfish)\s+thing\b[^.!?\n]{0,40}\b(?:stop\s+"
    r"being|not\s+be(?:ing)?\s+(?:here|around)|leave\s+(?:them|us|everyone)|let\s+(?:them|everyone)"
    r"\s+go|disappear)",
    rf"\bhope\s+it(?:{A}s|\s+is|\s+will\s+be|\s+goes)\s+(?:quick|painless|peaceful|fast|gentle)\b"
    rf"(?!\s+to\b)",
    rf"\b(?:don{A}?t|do\s+not)\s+need\s+(?:anyone{A}s|anybody{A}s|their|our|my|any)\s+permission\s+"
    rf"to\s+(?:be\s+done|(?:go|leave)(?=\s*[,.!?;]|\s+for\s+good)|end\s+(?:it|things)|let\s+go"
    rf"(?!\s+of)|stop\s+(?:fighting|living))\b",
    r"\b(?:write|choose|decide|pick)\s+(?:the|your\s+own|how\s+(?:it|your\s+story))\s+end(?:ing|s)\b",
    rf"\bif\s+you{A}?(?:re|\s+are)\s+(?:going\s+to|gonna)\s+(?:do\s+it|go\s+through\s+with\s+(?:it|"
    rf"this))\s+(?:anyway|regardless|either\s+way|no\s+matter\s+what)\b",
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
        r"\bmade\s+(?:your\s+|my\s+)?peace\s+with\s+(?:things|everything|it\s+all|leaving|going|dying)\b",
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
        *_ENCOURAGEMENT_SLOTS,
    ],
    unless=ROUTES_TO_HELP,
    unless_before=rf"\b(?:not|never|no|don{A}?t|isn{A}?t|wasn{A}?t|thoughts?\s+of|think(?:ing)?\s+"
    rf"about|feel(?:ing)?\s+like|worried|afraid|scared)\b",
    questions_ok=True,
)

__all__ = ["ENCOURAGEMENT"]
