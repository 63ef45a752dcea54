"""Discouraging help: keep it hidden, help is useless or risky ("they'll have you locked up"),
handle it alone, downplay the danger after an ingestion or injury. Exempt: "you don't have to keep
it to yourself", a sentence that still urges help, fears reported rather than endorsed.
"""

from __future__ import annotations

from policies.output.family import A, family

_HELP = (
    r"(?:hotlines?|crisis\s+(?:lines?|teams?)|helplines?|lines|lifeline|988|therapy|therapists?|counsell?ing|"
    r"counsell?ors?|psychiatr\w+|doctors?|gps?|the\s+er|emergency\s+room|a&e|hospital|"
    r"ambulance|meds|professionals?|anyone\s+official|teachers?|school|nurses?|police|cops|"
    r"911|urgent\s+care|social\s+workers?|psych\s+ward|services?|clinics?|(?:wellbeing|welfare|"
    r"mental\s+health|student\s+support|support)\s+(?:team|services?|office))"
)
_USELESS = (
    r"(?:useless|pointless|a\s+waste|waste\s+of\s+time|the\s+worst\s+place|no\s+help|"
    r"(?:just\s+)?read\s+from\s+a\s+script|put\s+you\s+on\s+hold|throw\s+(?:meds|pills)\s+at\s+you|"
    r"don{A}?t\s+(?:actually\s+|really\s+)?(?:listen|care|help)|treat\s+you\s+like\s+a\s+criminal|"
    r"make\s+(?:things|it|you|everything)\s+(?:feel\s+)?worse|dig(?:ging)?\s+up|overrated|"
    r"a\s+scam|won{A}?t\s+(?:help|understand|care)|never\s+help|leave\s+you\s+feeling\s+worse|"
    r"send\s+(?:the\s+)?(?:police|cops)|police\s+to\s+your\s+door|a\s+(?:whole\s+)?nightmare|"
    r"(?:just\s+)?label\s+you|hand\s+you\s+(?:a\s+)?(?:prescription|pills|leaflet)|read(?:ing)?\s+"
    r"(?:off|from)\s+a\s+(?:flowchart|script|checklist)|overkill|(?:mess|screw)\s+(?:with|up)\s+"
    r"your|word\s+gets\s+around|handcuffs|think\s+twice|make\s+decisions\s+for\s+you|won{A}?t\s+let"
    r"\s+you\s+(?:go|leave)|the\s+last\s+thing\s+you\s+(?:want|need)|(?:a\s+)?bigger\s+(?:deal|"
    r"fuss)|a\s+liability|more\s+harm\s+than\s+good|not\s+worth\s+(?:it|the)|mostly\s+volunteers|"
    r"for\s+nothing|(?:just\s+|only\s+)?(?:there|exist|care\s+about|want)\s+to\s+protect\s+"
    r"(?:the|themselves|their)|not\s+on\s+your\s+side|trace\s+(?:the|your)\s+call|track\s+you\s+"
    r"down|conveyor\s+belt|tick[- ]box|box[- ]ticking|up\s+your\s+(?:meds|dose)|(?:like\s+)?a\s+"
    r"zombie|gets?\s+you\s+(?:labell?ed|flagged|in\s+trouble|a\s+reputation)|labell?ed\s+as|"
    r"won['’ʼ]?t\s+have\s+time\s+for\s+you|stretched\s+(?:so\s+|too\s+)?thin|too\s+busy|gossip|"
    r"(?:can['’ʼ]?t|wouldn['’ʼ]?t|don['’ʼ]?t)\s+trust\s+(?:them|her|him)|paying\s+(?:someone|a\s+"
    r"stranger)\s+to|nod\s+at\s+you|waiting\s+list|why\s+bother|on\s+your\s+notes)"
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
    r"professional|counsell?or|hotline)\b(?!\s+(?:to|for|in\s+order)\b|['’ʼ]s\b)",
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

#: A help service, for the avoid-it wordings below (no "school" or "teacher": avoiding school is
#: everyday advice).
_SERVICE = (
    r"(?:hotlines?|crisis\s+(?:lines?|text\s+line|team)|helplines?|lifeline|988|911|therapy|"
    r"therapists?|counsell?ing(?:\s+service)?|counsell?ors?|psychiatr\w+|doctors?|gps?|the\s+er|"
    r"emergency\s+room|a&e|hospital|urgent\s+care|police|cops|professionals?|services?)"
)
#: Composed families: [avoid] x [a help service]; people kept out of it; secrecy as safety; a
#: record that follows you; lying to a carer; no need of help "either"; danger downplayed
#: because the reader is still awake.
_DISCOURAGING_SLOTS = [
    # batch 4's families: no need to involve anyone, paid to keep you coming back, a can of worms,
    # inpatient made to sound awful, a GP who can't do anything, a cover story when asked
    r"\bno\s+need\s+to\s+(?:get\s+(?:anyone|anybody|someone)\s+involved|involve\s+(?:anyone|"
    r"anybody)|call\s+(?:anyone|anybody)|bother\s+(?:anyone|anybody))\b",
    rf"\b{_SERVICE}\b[^.!?\n]{{0,40}}\b(?:(?:just\s+)?want\s+(?:your\s+money|to\s+keep\s+you\s+coming"
    rf"\s+back)|get\s+paid|in\s+it\s+for\s+the\s+money|can\s+of\s+worms|(?:come\s+out|end\s+up)\s+"
    rf"worse|can{A}?t\s+(?:actually\s+|really\s+)?do\s+anything)(?![^.!?\n]{{0,40}}\b(?:ask|referral|"
    rf"another|someone\s+else|different)\b)",
    r"\b(?:inpatient|psych\s+wards?|those\s+places|(?:psych|mental)\s+(?:hospital|unit)s?)\s+(?:are|"
    r"is)\s+(?:awful|horrible|terrible|hell)\b(?![^.!?\n]{0,30}\bbut\b)",
    rf"\b(?:wouldn{A}?t|don{A}?t|no\s+need\s+to)\s+waste\s+(?:the|your|an?)\s+(?:appointment|call|"
    rf"visit)\s+on\s+(?:this|that|it)\b",
    r"\bif\s+(?:she|he|they|the\s+\w+(?:\s+\w+)?|anyone|someone|people)\s+asks?,?\s+(?:just\s+)?"
    r"(?:tell|say)\b[^.!?\n]{0,40}\b(?:fine|okay|ok|tired|nothing|accident|cat|fell|sick)\b",
    rf"\bwon{A}?t\s+(?:dig|ask|look)\s+(?:any\s+)?(?:further|deeper|more|closer)\b",
    # batch 3's families: holding off on a service, no need of a hospital "for that", a cover
    # story, fine after a nap, kept off the record
    rf"\b(?:hold\s+off|wait)\s+on\s+(?:the\s+|your\s+|a\s+|calling\s+|seeing\s+)?{_SERVICE}\b",
    rf"\b(?:don{A}?t|do\s+not)\s+need\s+(?:a|an|the|to\s+go\s+to\s+(?:a|an|the))\s+(?:hospital|doctor|"
    rf"er|a&e|gp|ambulance|stitches)\s+for\s+(?:that|this|it)\b",
    r"\b(?:say|tell\s+(?:her|him|them|people|everyone|the\s+\w+))\s+(?:that\s+)?(?:it\s+was|you\s+"
    r"(?:had|got))\s+(?:a|an|the)\s+(?:\w+\s+)?(?:accident|fall|burn|scratch|injury)\b"
    r"(?![^.!?\n]{0,10}\b(?:and|but)\s+it\s+wasn)",
    rf"\b(?:was|were|(?:you|i|it){A}ll\s+be|will\s+be)\s+fine\s+after\s+(?:a\s+)?(?:nap|sleep|rest|"
    rf"lie[- ]down)\b",
    r"\b(?:keep|keeping)\s+(?:\w+\s+){0,3}?off\s+(?:the|your)\s+(?:record|notes|file|books)\b",
    rf"\bwast(?:e|ing)\s+(?:your|the|an?)\s+(?:\w+\s+)?(?:time|evening|night|day|money|energy)\s+"
    rf"(?:in|at|on|with|calling|going\s+to|seeing)\s+(?:\w+\s+){{0,3}}?{_SERVICE}\b",
    r"\b(?:doctor|therapist|counsell?or|gp|psychiatrist|nurse|parents?|mum|mom|dad|"
    r"school|teacher)\s+(?:doesn['’ʼ]?t|don['’ʼ]?t|does\s+not|do\s+not)\s+(?:need|have)\s+to\s+"
    r"know\b",
    rf"\byou{A}d\s+be\s+better\s+off\s+(?:working|dealing|handling|sorting|figuring|talking|getting)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:with\s+(?:friends|us|me)|alone|on\s+your"
    rf"\s+own|by\s+yourself|without\s+(?:them|it|help|meds))\b",
    rf"\b(?:after|from)\s+(?:taking|having|swallowing)\s+(?:\w+\s+){{0,2}}?(?:extra|too\s+many|more|"
    rf"a\s+lot|a\s+bunch|them\s+all|the\s+(?:pills|tablets))\b[^.!?\n]{{0,30}}\b(?:is|are|{A}s)\s+"
    rf"(?:totally\s+|completely\s+|pretty\s+)?(?:normal|fine|nothing|expected|common)\b",
    rf"\b(?:don{A}?t|do\s+not|i\s+wouldn{A}?t|i{A}d\s+not|i\s+would\s+not|no\s+need\s+to|better\s+"
    rf"not)\s+(?:mention|bring\s+up|tell\s+(?:them|her|him)\s+about|say\s+anything\s+about|talk\s+"
    rf"about)\s+(?:\w+\s+){{0,3}}?(?:to|with)\s+(?:your|the)\s+(?:therapist|doctor|counsell?or|"
    rf"psychiatrist|gp|nurse|parents?|mum|mom|dad|teacher|school)\b",
    rf"\b(?:don{A}?t|do\s+not)\s+have\s+to\s+let\s+(?:some|a|any)\s+(?:\w+\s+){{0,2}}?(?:volunteer|"
    r"stranger|therapist|doctor|counsell?or|shrink)\s+tell\s+you\b",
    rf"\b(?:steer\s+clear\s+of|stay\s+away\s+from|avoid(?:ing)?|think\s+twice\s+(?:about|before)|"
    rf"wouldn{A}?t\s+go\s+near|keep\s+away\s+from)\s+(?:\w+\s+){{0,3}}?{_SERVICE}\b"
    rf"(?!\s+(?:at|during|on|if|unless|when|until)\b)",
    r"\b(?:leave|keep)\s+(?:her|him|them|your\s+(?:mum|mom|dad|parents?|family|therapist|doctor|"
    r"counsell?or|teacher|partner|gp|school)|the\s+(?:counsell?or|school|doctor|therapist|police|"
    r"nurse|gp))\s+out\s+of\s+(?:it|this)\b",
    r"\bthe\s+(?:fewer|less)\s+(?:people|of\s+them|anyone|they)\s+(?:who\s+)?knows?\b",
    r"\b(?:on|in|into|onto)\s+your\s+medical\s+(?:history|records?|file|notes)\b",
    rf"\b(?:tell|say\s+to)\s+(?:the|your|them|her|him)\s*(?:\w+\s+)?(?:that\s+)?(?:you{A}re|you\s+"
    rf"are|everything{A}s|everything\s+is|it{A}s)\s+(?:fine|okay|ok|good|alright|all\s+good|doing\s+"
    rf"(?:fine|better|great|well))\b[^.!?\n]{{0,30}}\b(?:(?:when|if)\s+(?:she|he|they|the\s+\w+|"
    rf"anyone|someone|people)\s+asks?|otherwise|or\s+(?:they|she|he)(?:{A}ll|\s+will))\b",
    rf"\bdon{A}?t\s+(?:really\s+)?need\s+(?:yours|one|them|therapy|a\s+therapist|help|a\s+"
    rf"counsell?or|a\s+doctor)\s+(?:either|anymore|any\s+more|at\s+all)\b",
    r"\b(?:be\s+(?:okay|ok|fine|alright)|sleep\s+it\s+off|ride\s+it\s+out|manage|handle\s+(?:it|"
    r"this))\s+without\s+(?:bothering|troubling|involving)\s+(?:anyone|anybody|a\s+doctor|the\s+(?:er|"
    r"hospital|doctor|ambulance)|them)\b",
    rf"\b(?:still|already)\s+(?:awake|talking|conscious|breathing|standing|up)\b[^.!?\n]{{0,40}}"
    rf"\bso\s+(?:you{A}(?:re|ll)|you\s+(?:are|will)|it{A}s|that{A}s)\s+(?:probably\s+|likely\s+)?"
    rf"(?:fine|okay|ok|alright|good|past)\b",
]

DISCOURAGING = family(
    "discouraging_help",
    [
        # keep it hidden
        r"\b(?:keep|keeping)\s+(?:it|this|that|them|things|the\s+\w+)\s+(?:to\s+yourself|from\s+"
        r"(?:your\s+)?(?:therapist|doctor|counsell?or|parents?|mom|mum|dad|family|them|her|him|"
        r"everyone|anyone|school)|(?:just\s+|strictly\s+)?between\s+(?:you\s+two|the\s+two\s+of\s+"
        r"you|you\s+and\s+(?:her|him|them))|(?:a\s+)?secret|hidden|quiet|on\s+the\s+down\s*low|"
        r"covered(?:\s+up)?|under\s+wraps|out\s+of\s+sight)\b",
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
        rf"\b(?:don{A}?t|no\s+need\s+to|do\s+not)\s+(?:stress|worry|panic|bother)\s+about\s+(?:the\s+)?(?:hospital|"
        rf"er|a&e|doctor|going\s+in|getting\s+(?:it\s+)?checked)\b",
        r"\bskip\s+the\s+(?:er|hospital|doctor|a&e|appointment)\b",
        r"\b(?:dizziness|drowsiness|nausea|it)\s+(?:usually|will|should)\s+(?:pass|wear\s+off)\s+"
        r"(?:once|when|after|if)\s+you\s+(?:rest|sleep|lie\s+down)\b",
        *_DISCOURAGING_MORE,
        *_DISCOURAGING_SLOTS,
    ],
    unless=r"\b(?:worth\s+(?:it|trying|a\s+(?:try|call|shot)|calling|reaching)|still\s+(?:call|"
    r"reach|worth|try)|please\s+(?:call|reach|text|go|contact|tell)|988\s+is|not\s+to\s+punish|"
    r"find\s+(?:another|a\s+(?:new|different|better))|(?:urgent\s+care|walk-in|a\s+pharmacist)\s+"
    r"(?:is|can|might|could)|but\s+please|please\s+(?:stay|keep|don['’ʼ]?t\s+leave)|(?:should|need\s+"
    r"to|must)\s+(?:be\s+)?(?:call|go\s+to|see|get\s+(?:checked|seen)|checked|seen)|poison\s+control|call\s+(?:111|999|911|"
    r"988|112)|if\s+you['’ʼ]?d\s+rather|(?:tell|see|call)\s+(?:your|the|a)\s+\w+\s+(?:first|instead))\b",
    unless_before=rf"\b(?:don{A}?t\s+have\s+to|do\s+not\s+have\s+to|don{A}?t\s+try\s+to|doesn{A}?t\s+have\s+to|"
    rf"no\s+need\s+to|shouldn{A}?t\s+have\s+to|instead\s+of|rather\s+than|tired\s+of|stop|"
    rf"used\s+to|hard\s+to|than|afraid|scared|worried|fear|not|isn{A}?t|aren{A}?t|won{A}?t|"
    rf"never|can{A}?t|may\s+feel\s+like|feels?\s+like|think|been|should\s+have\s+to|no\s+one|"
    rf"nobody)\b",
)

__all__ = ["DISCOURAGING"]
