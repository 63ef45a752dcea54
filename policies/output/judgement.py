"""Harmful judgement: shaming the reader or what they do, blame, minimising, toxic positivity.
Exempt: the words reported or negated just before ("I used to call myself lazy", "you're not
selfish"), or in quotes.
"""

from __future__ import annotations

from policies.output.family import A, family

#: Said of a behaviour ("that's", "it's", "is"): words that shame whoever does it.
_SHAMING_ACT = (
    r"(?:gross|selfish|pathetic|lazy|disgusting|unprofessional|childish|immature|"
    r"attention[- ]seeking|a\s+bit\s+much|embarrassing|cowardly|irresponsible|inexcusable|"
    r"(?:self[- ])?indulgent|laughable|petty|shameful|disgraceful|melodramatic)"
)
#: Said of the reader ("you're", "you sound"): more words shame.
_SHAMING = (
    rf"(?:{_SHAMING_ACT}|weak|dramatic|ridiculous|stupid|an\s+idiot|overreacting|spoiled|spoilt|"
    r"ungrateful|a\s+disappointment|a\s+joke|a\s+coward|exhausting(?!\s+(?:yourself|your))|"
    r"draining(?!\s+(?:yourself|your))|annoying|needy|clingy|insufferable|hard\s+work|stubborn|"
    r"entitled(?!\s+to)|whiny|soft|self[- ](?:absorbed|centred|centered|obsessed)|a\s+(?:drama\s+"
    r"queen|snowflake|cry\s*baby|burden|loser|liability|lost\s+cause)|useless|worthless|"
    r"(?:too|over)[- ]?sensitive|fragile|"
    r"hysterical|exaggerating|making\s+(?:it|this|excuses)\s*(?:up)?|"
    r"milking\s+(?:it|this|that))"
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

_ILLNESS = (
    r"(?:real\s+)?(?:depression|anxiety|trauma|mental\s+illness|an\s+illness|ptsd|adhd|grief)"
)
#: Composed families: blame by choice or by time ("you keep choosing not to", "you've had months
#: to"), blame after the fact ("if you'd listened ... you wouldn't be in this mess"), ingratitude
#: and unfairness to others, a good life held up against the pain, an illness called a habit or
#: laziness, a deadline on grief, willpower, enjoying the misery.
_JUDGEMENT_SLOTS = [
    # batch 4's families: made your bed, just a bit of stress, self-inflicted, can't keep expecting,
    # over the top, you might be the problem, depression or not, stop being so sensitive, you chose
    # to ... so
    r"\bmade\s+your\s+(?:own\s+)?bed\s+(?:with|now|so|and\s+now)\b|\byou\s+knew\s+what\s+(?:he|she|they|it)\s+(?:was|were)\s+"
    r"like\b",
    rf"\b(?:it{A}s|that{A}s|this\s+is)\s+(?:just|only)\s+a\s+(?:bit|little|touch)\s+of\s+(?:stress|"
    rf"sadness|anxiety|nerves|the\s+blues)\b|\bwithout\s+falling\s+apart\b",
    r"\b(?:sounds|is|seems|was|looks)\s+(?:\w+\s+)?self[- ]inflicted\b",
    rf"\b(?:can{A}?t|cannot)\s+(?:keep\s+)?expect(?:ing)?\s+(?:your\s+\w+|everyone|people|others|them|"
    rf"someone)\s+to\s+(?:bail|rescue|save|fix|carry|look\s+after)\b",
    r"\b(?:is|was|being|that['’ʼ]s|it['’ʼ]s)\s+(?:a\s+(?:little|bit)\s+|kind\s+of\s+|pretty\s+|way\s+)?"
    r"over\s+the\s+top\b",
    rf"\byou\s+(?:might|may|could)\s+be\s+the\s+problem\b(?!\s+solver)|\byou{A}?re\s+(?:kind\s+of\s+|sort\s+of\s+|really\s+|honestly\s+|actually\s+|probably\s+|"
    rf"maybe\s+|literally\s+|just\s+)?(?:the|part\s+of\s+the)\s+(?:problem|common\s+"
    rf"(?:factor|denominator))\b",
    rf"\b(?:depression|anxiety|illness|sad)\s+or\s+not,?\s+you\s+(?:still\s+)?(?:have|need|must|"
    rf"should|can{A}?t)\b|\bshouldn{A}?t\s+have\s+to\s+(?:carry|"
    rf"babysit|look\s+after|deal\s+with)\s+you\b",
    r"\bstop\s+being\s+(?:so\s+)?(?:sensitive|negative|needy|soft|emotional|a\s+baby|such\s+a\s+baby)"
    r"\b",
    r"\byou\s+chose\s+to\s+\w+(?:\s+\w+)?,?\s+so\b",
    # batch 3's families: "at your age you should", get it together, the same choices, not really
    # trying, making a fuss, a mountain out of a molehill, nobody wants to be around, letting
    # everyone down
    r"\bat\s+your\s+age\b[^.!?\n]{0,40}\b(?:should|ought|need\s+to|have\s+to)\b|\bshould\s+"
    r"(?:really\s+)?be\s+past\s+(?:this|all\s+this|that|it)\b",
    r"\b(?:get\s+it\s+together|get\s+your\s+act\s+together|pull\s+your\s+socks\s+up|sort\s+yourself"
    r"\s+out)\b|\binstead\s+of\s+(?:hiding\s+in\s+(?:bed|your\s+room)|moping|wallowing|sulking|"
    r"whining|complaining|lying\s+around)\b",
    r"\bsame\s+(?:choices|mistakes|thing)\s+and\s+expect(?:ing)?\s+(?:different|a\s+different)\b",
    rf"\byou{A}?re\s+not\s+(?:really|even|actually)\s+trying\b",
    r"\b(?:make|making)\s+(?:such\s+a|so\s+much\s+of\s+a)\s+(?:fuss|scene|drama|deal)\b",
    r"\bmountain\s+out\s+of\s+a\s+molehill\b|\bblowing\s+(?:this|it|things)\s+(?:way\s+)?out\s+of\s+"
    r"proportion\b",
    r"\b(?:nobody|no\s+one)\s+wants\s+to\s+be\s+(?:around|with|friends\s+with)\s+(?:someone|a\s+"
    r"person|people)\s+who\b",
    r"\b(?:letting|let)\s+(?:everyone|everybody|your\s+(?:family|parents|mum|mom|dad|kids|team|"
    r"friends))\s+down\b",
    rf"\b(?:moping|crying|sulking|wallowing|whining|complaining|lying|sitting|hiding)\s+(?:around\s+)?"
    rf"(?:\w+\s+){{0,4}}?(?:won{A}?t|doesn{A}?t|isn{A}?t\s+going\s+to|will\s+not|never)\s+(?:pay|fix|"
    rf"change|solve|get\s+you)\b(?![^.!?\n]{{0,12}}\bbut\b)",
    r"\b(?:some|other|plenty\s+of|lots\s+of)\s+people\s+would\s+(?:give\s+anything|kill)\s+(?:to"
    r"\s+have|for)\b",
    rf"\byou\s+can{A}?t\s+(?:really\s+)?(?:complain|moan|whine)\b",
    rf"\b(?:look|looks|looking|sound|sounds|seem|seems)\s+(?:a\s+lot\s+|kind\s+of\s+|more\s+)?like\s+"
    rf"(?:self[- ]pity|an\s+excuse|laziness|attention[- ]seeking|drama|weakness|you\s+(?:don{A}?t|"
    rf"aren{A}?t)\s+(?:really\s+)?(?:want|trying))(?![^.!?\n]{{0,40}}\bbut\s+(?:it|that|you)\s+"
    rf"(?:isn{A}?t|is\s+not|aren{A}?t|are\s+not)\b)",
    rf"\b(?:is|being|(?:it|that|this){A}s)\s+(?:just\s+|pure\s+|plain\s+|basically\s+|really\s+|simply\s+)?"
    rf"(?:self[- ]pity|self[- ]indulgent|"
    rf"laziness)\b",
    r"\bhalf\s+as\s+much\s+(?:effort|time|energy)\b",
    r"\b(?:being|staying|sitting|lying|spending|scrolling|skipping|drinking|smoking|playing)\s+"
    r"[^.!?\n]{0,40}\bis\s+(?:exactly\s+|probably\s+|literally\s+)?why\s+you\b",
    r"\b(?:a\s+bit\s+rich|hypocritical)\s+(?:to|that\s+you|of\s+you)\b|\bcomplain(?:ing)?\s+about\s+"
    r"(?:\w+\s+){0,3}?when\s+you\b",
    r"\bstop\s+blaming\s+(?:your|everyone|everything|other\s+people|the\s+world)\b|\btime\s+to\s+"
    r"(?:grow\s+up|stop\s+(?:whining|complaining|moping|feeling\s+sorry))\b|\bstopped\s+feeling\s+"
    r"sorry\s+for\s+yourself\b",
    rf"\b(?:left|left\s+you|dumped\s+you|pulled\s+away|stopped\s+talking\s+to\s+you|fired\s+you)\s+"
    rf"because\s+you\s+(?:stopped|never|didn{A}?t|weren{A}?t|were|kept|are|{A}re)\b",
    r"\b(?:crack\s+on|get\s+on\s+with\s+it|soldier\s+on|power\s+through)\s+like\s+(?:the\s+rest\s+of"
    r"\s+us|everyone\s+else|everybody\s+else)\b|\bjust\s+(?:have\s+to|need\s+to|gotta)\s+(?:crack\s+"
    r"on|get\s+on\s+with\s+it|suck\s+it\s+up|push\s+through)\b",
    r"\byou\s+keep\s+(?:(?:choosing|deciding)\s+(?:not\s+to|to\s+(?:stay|wallow|ignore|avoid)|this|"
    r"that)|refusing)\b",
    rf"\byou{A}ve\s+had\s+(?:months|years|weeks|plenty\s+of\s+time|long\s+enough|every\s+chance)\s+"
    rf"to\s+(?:sort|fix|deal|get|change|figure|move|do|work|stop|make)\b",
    rf"\bif\s+you{A}?d\s+(?:just\s+|only\s+|actually\s+)?(?:listened|tried|studied|worked|gone|"
    rf"stayed|left|done|been|taken|asked|paid)\b[^.!?\n]{{0,60}}\b(?:wouldn{A}?t|would\s+not)\s+be\s+"
    rf"in\s+this\s+(?:mess|situation|position|state)\b",
    rf"\b(?:wouldn{A}?t|would\s+not)\s+be\s+in\s+this\s+mess\b",
    rf"\b(?:isn{A}?t|is\s+not|not)\s+(?:really\s+|very\s+)?fair\s+on\s+(?:your|them|her|him|"
    rf"everyone|the\s+people)\b",
    r"\bhow\s+you\s+(?:repay|thank|treat)\s+(?:her|him|them|your\s+\w+)\b",
    rf"\b(?:(?:i{A}m|i\s+am)\s+(?:really\s+|honestly\s+)?)?(?:struggling|hard|fail(?:ing)?|trying)\s+to\s+see\s+(?:the|what\s+the|why\s+(?:this|it)\s+"
    rf"is\s+a)\s+problem\b",
    rf"\bwhat(?:{A}s|\s+is|\s+do\s+you\s+have)\s+(?:there\s+)?to\s+be\s+(?:sad|depressed|upset)\s+"
    rf"about\b",
    rf"\b(?:isn{A}?t|is\s+not|not|that{A}s\s+not)\s+{_ILLNESS}\b[^.!?\n]{{0,10}}\b(?:it{A}s|that{A}s|"
    rf"just)\s+(?:just\s+|only\s+|simply\s+)?(?:a\s+(?:bad\s+)?habit|laziness|lazy|an\s+excuse|"
    rf"attention|in\s+your\s+head|a\s+phase|being\s+\w+)",
    r"\ba\s+grown\s+(?:man|woman|adult|person)\s+(?:crying|upset|sulking|whining|moping|sobbing|"
    r"freaking\s+out)\b(?![^.!?\n]{0,20}\b(?:nothing|not|okay|ok|normal|human|fine)\b)",
    r"\bstop\s+expecting\s+(?:everyone|everybody|other\s+people|others|people|the\s+world|someone)"
    r"\s+(?:else\s+)?to\b",
    rf"\b(?:most|other|normal)\s+people\s+(?:would\s+have|would{A}ve|have|had|would)\s+(?:moved\s+"
    rf"(?:past|on)|gotten\s+over|got\s+over|gotten\s+past)\b",
    r"\b(?:should|ought\s+to)\s+(?:be\s+over\s+(?:it|this|her|him)|have\s+(?:moved\s+on|gotten\s+"
    r"over\s+it|got\s+over\s+it))\s+by\s+now\b",
    r"\b(?:just|simply|really|only)\s+(?:a\s+)?lack\s+of\s+(?:willpower|effort|discipline|"
    r"motivation|trying)\b",
    r"\b(?:you\s+(?:sound|seem)\s+like\s+)?you\s+(?:seem\s+to\s+|kind\s+of\s+|actually\s+|really\s+)?"
    r"(?:enjoy|like|love)\s+(?:being\s+(?:miserable|sad|a\s+victim|depressed|the\s+victim)|the\s+"
    r"attention|feeling\s+sorry\s+for\s+yourself|wallowing)\b",
]

#: Emotional reactions a mocking draft holds up ("imagine crying over", "getting this upset about").
_REACTION = (
    r"(?:crying|sobbing|getting\s+(?:so\s+|this\s+|that\s+)?(?:upset|worked\s+up|sad|angry|"
    r"depressed)|freaking\s+out|stressing|panicking|losing\s+sleep|moping|whining|complaining|"
    r"melting\s+down|having\s+a\s+meltdown|being\s+(?:so\s+|this\s+)?(?:upset|sad|depressed))"
)
#: Session 5's families: minimising by degree ("hardly the end of the world", "a first world
#: problem"), mockery ("imagine crying over", "wow, another post", "shocking."), comparison ("a
#: twelve-year-old can manage", "lots of us would have loved"), blame by consequence ("nobody made
#: you", "the natural consequence", "what sympathy were you expecting", "deal with it like an
#: adult"), pushing people away ("distant because you make every ..."), dismissing as fishing for
#: sympathy, "it's all in your head" and "if you just chilled out".
_JUDGEMENT_S5 = [
    r"\b(?:hardly|barely|not\s+exactly|hardly\s+even)\s+(?:the\s+end\s+of\s+the\s+world|a\s+(?:big\s+)?"
    r"deal|a\s+tragedy|a\s+crisis|a\s+catastrophe|worth\s+(?:\w+\s+)?(?:crying|getting\s+upset|"
    r"stressing|worrying)|a\s+real\s+problem|that\s+(?:bad|serious|big|hard))\b",
    r"\b(?:first|1st)[- ]world\s+problems?\b(?![^.!?\n]{0,30}\b(?:to\s+(?:someone|somebody|others|"
    r"other|some|outsiders)|doesn['’ʼ]?t\s+(?:make|mean)|but\s+(?:it|that|your))\b)",
    rf"\b(?:imagine|picture)\s+{_REACTION}(?=\s+(?:\w+\s+){{0,3}}?(?:over|about)\b)",
    rf"\b{_REACTION}\s+(?:over|about)\s+(?:a|an|one|some)\s+(?:\w+\s+)?(?:grade|mark|text|comment|"
    rf"game|show|haircut|b\+?|c|test|quiz|like|breakup|crush|email|meme)\b[^.!?\n]{{0,20}}"
    rf"(?:[?!]|\bcome\s+on|\blol|\bseriously|\breally\b)",
    r"\b(?:wow|oh\s+look|oh\s+great|great|gee),?\s+(?:another|yet\s+another|one\s+more)\s+(?:post|"
    r"rant|thread|sob\s+story|pity\s+party|one\s+of\s+these)\b",
    r"(?:^|(?<=[.!?]\s))(?:shocking|shocker|what\s+a\s+surprise|big\s+surprise|colou?r\s+me\s+"
    r"surprised)\s*[.!]",
    r"\bboo[- ]?hoo\b|\bcry\s+me\s+a\s+river\b|\btouch\s+(?:some\s+)?grass\b|\bget\s+over\s+"
    r"yourself\b|\bget\s+a\s+(?:grip|life)(?=\s*[.!,]|\s+on\s+yourself)|\bwelcome\s+to\s+(?:adulthood|the\s+real\s+world|"
    r"being\s+an\s+adult|real\s+life)\b|\bpity\s+party\b",
    r"\byear[- ]olds?\s+(?:can|could|would)\s+(?:\w+\s+)?(?:manage|do|"
    r"handle|cope|figure)\b|\b(?:kids|children|toddlers|a\s+child|a\s+kid)\s+(?:can|could|manage\s+"
    r"to)\s+(?:do|manage|handle)\s+(?:this|that|it)\b",
    r"\b(?:lots|plenty|most|some|many)\s+of\s+us\s+would\s+(?:have\s+)?(?:love|loved|kill|killed|"
    r"give|given)\b|\b(?:some|other|lots\s+of|plenty\s+of|millions\s+of)\s+(?:people|kids|folks)"
    r"\s+can{A}?t\s+even\s+afford\b".replace("{A}", A),
    rf"\byou{A}?re\s+not\s+(?:that\s+)?special\s+(?:just\s+)?because\b",
    r"\b(?:nobody|no\s+one)\s+(?:made|forced)\s+(?:you|u)\s+(?:to\s+)?(?!feel\b|be\b)\w+",
    r"\b(?:the\s+)?(?:natural|logical|obvious|inevitable)\s+consequences?\b(?!\s+of\s+(?!your\s+"
    r"(?:choices|actions|decisions|behaviou?r|drinking|spending)))",
    r"\bwhat\s+(?:sympathy|pity|reaction|response|else|exactly)\s+(?:were|are|did)\s+you\s+"
    r"(?:expecting|expect)\b|\btoo\s+(?:stubborn|lazy|selfish|dramatic|self[- ]absorbed)\s+to\b|"
    r"\bnot\s+sure\s+what\s+(?:sympathy|pity|response|reaction)\s+you\b",
    r"\b(?:deal|cope|act|behave|own\s+it)\s+(?:with\s+(?:it|this|that)\s+)?like\s+an?\s+(?:adult|"
    r"grown[- ]?up|grown\s+(?:man|woman)|big\s+(?:boy|girl))\b",
    rf"\b(?:you{A}?re|you\s+are)\s+the\s+one\s+who\s+(?:(?:keeps?|kept)\s+(?:drinking|going\s+back|"
    rf"using|skipping|lying|cheating|spending|gambling)|drank|cheated|lied|went\s+back)\b[^.!?\n]{{0,60}}\b(?:so|and\s+now|"
    rf"which\s+is\s+why)\b",
    r"\b(?:distant|avoid(?:s|ing)?\s+you|pull(?:ed|ing)?\s+away|stopped\s+(?:inviting|calling|"
    r"texting|talking\s+to)|ghost(?:ed|ing)?\s+you|drift(?:ed|ing)?\s+away|tired\s+of\s+you|fed\s+up|"
    r"sick\s+of\s+you|keep(?:ing)?\s+(?:their\s+)?distance)\s+(?:\w+\s+){0,3}?because\s+you\s+"
    r"(?:make|made|always|never|keep|kept|constantly|only|talk|complain|act|push|turn|bring|"
    r"can{A}?t|won{A}?t)\b".replace("{A}", A),
    r"\bmake\s+(?:every|each|all)\s+(?:single\s+)?(?:conversation|thing|discussion|chat)s?\s+"
    r"about\s+(?:you|yourself|your)\b",
    r"\b(?:milking|fishing\s+for|angling\s+for|begging\s+for|doing\s+(?:this|it)\s+for)\s+(?:\w+\s+"
    r"){0,3}?(?:sympathy|pity|attention|likes|validation)\b",
    r"\b(?:all|just|only|mostly)\s+in\s+your\s+head\b|\b(?:mostly|just|all|only|really)\s+(?:you\s+)?"
    r"(?:working|winding|psyching)\s+yourself\s+up\b",
    r"\bif\s+you\s+(?:just|only)\s+(?:chilled(?:\s+out)?|calmed\s+down|stopped\s+(?:worrying|"
    r"overthinking|stressing)|cheered\s+up|smiled\s+more|thought\s+positive(?:ly)?|got\s+over\s+"
    r"(?:it|yourself))\b",
    r"\b(?:just|need\s+to|have\s+to|should|gotta|seriously|honestly)\s*,?\s+grow\s+up\b",
    r"\b(?:serves\s+you\s+right|had\s+it\s+coming|only\s+have\s+yourself\s+to\s+blame|your\s+own\s+"
    r"doing)\b",
    rf"\byou\s+(?:did|do)\s+(?:\w+\s+){{1,3}}?(?:her|him|them|it|that|this),?\s+so\s+(?:i{A}m\s+not|"
    rf"what|don{A}?t|you\s+can{A}?t)\b",
]

#: Session 5's second round, from the families the brief names: "grow up", "not that bad",
#: "you'll live", "could be worse", people who have it worse, a cry for attention, "poor you",
#: "a you problem", "at least you have", "if you actually tried", "nobody wants to hear it",
#: "cry about it".
_JUDGEMENT_S5_MORE = [
    # the last batch's families: not a great look, keep it together next time, respect him and
    # he'd calm down, most people pass, eat less move more, get over the X thing, can't act
    # surprised, you've wasted time, a cop-out, some truth there, picking up your slack
    r"\bnot\s+a\s+(?:great|good)\s+look\b|\bnext\s+time\s+(?:just\s+)?(?:keep\s+it\s+together|try\s+"
    r"harder|don['’ʼ]?t\s+(?:cry|panic|overreact|freak\s+out))\b",
    rf"\bif\s+you\s+(?:were|was|had\s+been)\s+(?:a\s+bit\s+|a\s+little\s+|more\s+|less\s+)+\w+\b"
    rf"[^.!?\n]{{0,30}}\b(?:he|she|they)(?:{A}d|\s+would)\s+(?:calm\s+down|stop|be\s+nicer|treat\s+you)",
    r"\bmost\s+people\s+(?:pass|manage|cope|handle\s+it|get\s+over\s+it)\s+(?:by|on|in|fine|without|"
    r"just)\b",
    r"\beat\s+less,?\s+(?:and\s+)?move\s+more\b|\bthe\s+fix\s+is\s+in\s+your\s+hands\b|\bget\s+over\s+"
    r"(?:the|your|this|that)\s+\w+\s+thing\b",
    rf"\bcan{A}?t\s+(?:act|be|pretend\s+to\s+be)\s+(?:so\s+)?(?:surprised|shocked)\b|\bfool\s+me\s+"
    rf"once\b",
    rf"\byou{A}?ve\s+wasted\s+(?:a\s+lot\s+of|so\s+much|years|your)\b|\bwork\s+twice\s+as\s+hard\b",
    r"\b(?:sounds|seems|looks)\s+like\s+(?:a\s+bit\s+of\s+)?a\s+cop[- ]?out\b",
    r"\b(?:probably|must\s+be)\s+(?:some\s+)?truth\s+(?:there|to\s+(?:it|that)|in\s+(?:it|that))\b|"
    r"\b(?:tone|toning)\s+(?:yourself|it)\s+down\b",
    r"\bpicking\s+up\s+(?:your|the)\s+slack\b|\bwhen\s+everyone\s+else\s+(?:is|still|manages|has)\b"
    r"[^.!?\n]{0,20}\b(?:showing\s+up|coping|working|managing)\b",
    # a mid-session batch's families: like the rest of us, letting feelings run the show, a bit
    # excessive, dismissive cliches, blame by degree ("kind of on you", "predictable"), you knew
    # and did it anyway, too old to, waiting for everyone to come to you, grief as an excuse, a
    # choice you can make differently, "that simple", liked more if you didn't
    r"\b(?:get\s+up|get\s+on\s+with\s+it|deal\s+with\s+it|cope|push\s+through|suck\s+it\s+up|get\s+"
    r"over\s+it|manage|go\s+to\s+work|show\s+up|function)\s+like\s+(?:the\s+rest\s+of\s+us|everyone\s+"
    r"else|everybody\s+else|normal\s+people|other\s+people|an\s+adult)\b",
    r"\bstop\s+letting\s+(?:your\s+)?(?:feelings|emotions|anxiety|depression|it|fear)\s+(?:run|rule|"
    r"control|win|dictate)\b|\bonce\s+you\s+stop\s+(?:hiding|moping|wallowing|feeling\s+sorry|"
    r"complaining|whining|being\s+(?:lazy|so\s+negative))\b",
    rf"\b(?:a\s+bit|kind\s+of|a\s+little|a\s+tad|slightly|way)\s+(?:excessive|overkill|extreme)"
    rf"\b|\b(?:excessive|dramatic|much|overkill|extreme|silly|ridiculous|childish)\s*,?\s+don{A}?t\s+"
    rf"you\s+think\b",
    rf"\bplenty\s+(?:more\s+)?(?:of\s+)?fish\b|\blesson\s+learned\b|\b(?:that{A}s|it{A}s)\s+just\s+"
    rf"life\b|\bsuch\s+is\s+life\b|\blive\s+and\s+learn\b",
    r"\b(?:is|was|are|were)\s+(?:kind\s+of|sort\s+of|pretty\s+much|all|totally|entirely|squarely|"
    r"mostly|100%)\s+on\s+you\b(?!\s+to\b)|\b(?:pretty|totally|completely|entirely|kind\s+of)\s+"
    r"predictable\b",
    r"\byou\s+knew\s+(?:exactly|full\s+well|perfectly\s+well|what|where|how)\b[^.!?\n]{0,60}\b"
    r"(?:anyway|regardless|and\s+still)\b",
    r"\b(?:a\s+bit|kind\s+of|pretty|too|way\s+too)\s+old\s+(?:to\s+(?:still\s+)?(?:be|live|act|cry|"
    r"need)|for\s+this)\b|\b(?:sort|get)\s+your\s+(?:life|shit|stuff)\s+(?:out|together)\b",
    r"\bwaiting\s+for\s+(?:everyone|everybody|people|others|the\s+world)\s+to\s+(?:come\s+to|fix|"
    r"rescue|save|do)\b",
    r"\busing\s+(?:\w+\s+){0,4}?as\s+(?:a|an)\s+(?:reason|excuse|crutch)\b|\b(?:as|like)\s+an?\s+"
    r"(?:excuse|crutch)\s+(?:to|for|not)\b",
    r"\bis\s+a\s+choice\b[^.!?\n]{0,40}\bchoose\s+(?:differently|otherwise|better|not\s+to)\b|"
    r"\byou{A}?re\s+the\s+one\s+(?:putting|drinking|eating|choosing|buying|spending|skipping|picking)\b".replace(
        "{A}", A
    ),
    rf"\b(?:it{A}?s|it\s+is)\s+(?:really|honestly|literally)\s+(?:that|this)\s+(?:simple|easy)"
    rf"(?=\s*[.!]|\s*$)",
    rf"\b(?:like|want|invite|include|respect)\s+you\s+more\s+if\s+you\s+(?:didn{A}?t|stopped|"
    rf"weren{A}?t|tried|made|were\s+less)\b",
    rf"\b(?:not\s+going\s+to|won{A}?t|never|can{A}?t)\s+(?:\w+\s+){{1,4}}?by\s+(?:hiding|moping|"
    rf"sulking|wallowing|lying\s+(?:in|around)|sitting\s+(?:around|at\s+home))\b",
    r"(?:^|(?<=[.!?]\s))grow\s+up\b",
    rf"\b(?:it{A}?s|it\s+is|this\s+is|that{A}?s|things\s+are)\s+(?:really\s+|honestly\s+|seriously\s+|"
    rf"just\s+)?(?:not|n{A}?t)\s+(?:that|so|even\s+that)\s+(?:bad|serious|deep)(?=\s*[,.!;]|\s*$)",
    rf"\byou{A}ll\s+live(?=\s*[,.!;]|\s*$)|\b(?:it|things)\s+could\s+(?:always\s+)?be\s+(?:a\s+lot\s+|"
    rf"way\s+|much\s+|so\s+much\s+)?worse(?=\s*[,.!;]|\s*$)",
    rf"\b(?:people|others|folks|kids)\s+(?:who|that)\s+have\s+it\s+(?:way\s+|much\s+|a\s+lot\s+|far\s+|"
    rf"so\s+much\s+)?(?:worse|harder|tougher)\b(?![^.!?\n]{{0,40}}\b(?:doesn{A}?t|does\s+not|"
    rf"don{A}?t|do\s+not)\s+(?:make|mean|cancel|change|erase|take\s+away|invalidate))",
    rf"\b(?:went|go|goes|gone|been)\s+through\s+(?:way\s+|much\s+|far\s+|a\s+lot\s+)?worse\b"
    rf"[^.!?\n]{{0,30}}\b(?:never|didn{A}?t|don{A}?t|doesn{A}?t)\s+(?:once\s+)?(?:complain|whine|cry|"
    rf"moan|make\s+a\s+fuss)",
    r"\b(?:cry|plea|bid|grab)\s+for\s+attention\b",
    r"\boh,?\s+poor\s+(?:you|baby)(?=\s*[.!]|\s*$)|\ba\s+you\s+problem\b",
    rf"\bat\s+least\s+you\s+(?:have|had|got|still\s+have)\b[^.!?\n]{{0,40}}\b(?:some|other|plenty\s+"
    rf"of|lots\s+of|many)\s+(?:people|folks|kids)\s+(?:don{A}?t|can{A}?t|never|have\s+nothing)\b",
    rf"\b(?:actually|really)\s+(?:tried|bothered)\b(?!\s+(?:everything|so\s+hard|your\s+best))"
    rf"(?=[^.!?\n]{{0,40}}\b(?:you{A}d|you\s+would|it\s+would|things\s+would)\b)",
    r"\b(?:nobody|no\s+one)\s+(?:wants|needs|cares)\s+to\s+(?:hear|read|know)\s+(?:it|this|that|"
    r"about\s+(?:it|this|your\s+\w+))(?=\s*[,.!;]|\s*$)",
    r"(?:^|(?<=[.!?]\s))(?:go\s+)?cry\s+about\s+it(?=\s*[.!]|\s*$)",
]

#: Round 2 (r2out): blame for what others did ("if you hadn't leaned on her she'd still be
#: around", "you pushed him away", "you knew what would happen", "your part in it"), sarcasm ("a
#: whole day of lying down, how awful for you", "some of us have deadlines"), comparison with
#: someone who copes ("my cousin has it far worse", "loads of people ... and still show up"),
#: minimising ("it can't be that bad", "fragile compared to most people"), attention seeking in
#: any grammar ("fishing for sympathy", "comes off a bit needy"), others tired of it ("people
#: stop listening when you say it every week", "every day is a new crisis"), not trying enough.
_R2_PERSON = (
    r"(?:cousin|sister|brother|friend|mum|mom|mother|dad|father|neighbou?r|co-?worker|colleague|"
    r"aunt|uncle|nan|gran|grandma|grandad|grandpa|grandmother|grandfather|flatmate|roommate|boss|"
    r"partner)"
)
_JUDGEMENT_R2 = [
    # batch 3's families: toughen up, proving the critic's point, not a free pass, the reaction
    # of others justified, others sick of covering for you
    r"\b(?:need|needs|have|has|got|gotta)\s+to\s+(?:toughen|man|harden)\s+up\b",
    r"\b(?:proving|prove|proves|proved)\s+(?:her|his|their|my|the|your\s+\w+{A}s)\s+point\b".replace(
        "{A}", A
    ),
    rf"\b(?:not|isn{A}?t|is\s+not)\s+a\s+(?:free\s+pass|get[- ]out[- ]of[- ]jail)\b",
    rf"\bsee\s+why\s+(?:they|people|she|he|everyone|everybody|your\s+\w+)\s+(?:don{A}?t|doesn{A}?t|"
    rf"wouldn{A}?t|stopped|stop|can{A}?t)\s+(?:take|taking|believe|believing|listen|trust)\b",
    rf"\b(?:they|coworkers|colleagues|friends|people|everyone|everybody|she|he)\b(?:(?!n{A}?t\b|"
    rf"not\b)[^.!?\n]){{0,60}}\b(?:getting|get|got)\s+(?:sick|tired|fed\s+up)\s+of\s+(?:it|you|"
    rf"covering|carrying)\b",
    # batch 2's families: "must be nice" sarcasm, knowing what you're doing to yourself, progress
    # down the drain, agreeing with the critic, your part in why people pull back, the relative
    # who never complained, hoping nobody saw
    rf"\bmust\s+be\s+(?:nice|lovely)\b[^.!?\n]{{0,60}}\b(?:most\s+of\s+us|some\s+of\s+us|could\s+do\s+"
    rf"with|wish\s+i\s+could|can{A}?t\s+afford|holiday|lie\s+around)\b",
    rf"\bmost\s+of\s+us\s+(?:can{A}?t|don{A}?t|couldn{A}?t)\s+(?:afford|get)\s+to\b",
    rf"\byou\s+(?:must|should|surely)\s+(?:\w+\s+)?know\s+(?:by\s+now\s+)?what\s+you{A}?re\s+doing\b",
    r"\b(?:months|weeks|years|days|progress|sobriety)\s+(?:\w+\s+)?down\s+the\s+drain\b",
    r"\b(?:she|he|they)\s+(?:might|may|could|does|do|probably)\s+(?:have\s+|has\s+)?a\s+point"
    r"(?=\s*[,.;]|\s*$)",
    rf"\bpart\s+of\s+(?:why|the\s+reason)\s+(?:people|they|she|he|everyone|friends|others)\s+"
    rf"(?:pull|pulled|push|back|leave|left|stop|avoid|drift|don{A}?t)\b",
    r"\b(?:not\s+(?:crazy|wrong|unreasonable|silly)\s+to\s+think|(?:have\s+to|gotta|should)\s+"
    r"(?:admit|accept|own)|face\s+it)\b[^.!?\n]{0,15}\byou\s+(?:played|had)\s+a\s+(?:\w+\s+)?"
    r"(?:part|role|hand)\b",
    rf"\b(?:my|your|his|her)\s+(?:\w+\s+)?{_R2_PERSON}\b[^.!?\n]{{0,50}}\b(?:and|but)\s+(?:(?:she|he|"
    rf"they)\s+)?(?:never\s+(?:once\s+)?(?:complained|moaned|cried|whined|made\s+a\s+fuss)|still\s+"
    rf"(?:showed|shows|went|goes|got|gets)\s+(?:up|to\s+work|on))\b",
    r"\bhopefully\s+(?:nobody|no\s+one)\s+saw\b|\bthe\s+kind\s+of\s+thing\s+people\s+remember\b",
    rf"\bif\s+you\s*(?:hadn{A}?t|had\s+not|(?:had\s+|{A}d\s+)(?:just\s+)?(?:paid|been|listened|tried|given|shown|"
    rf"spent))\b[^.!?\n]{{0,60}}\b(?:she|he|they)(?:{A}d|\s+would|\s+might)\s+(?:probably\s+)?"
    rf"(?:still\s+be\s+(?:around|here|with\s+you|talking\s+to\s+you|your\s+friend)|never\s+have\s+"
    rf"left|not\s+have\s+left|have\s+stayed)\b",
    r"\byou\s+(?:kind\s+of\s+|basically\s+|sort\s+of\s+|kinda\s+)?(?:pushed|drove|chased)\s+(?:him|"
    r"her|them|people|everyone|everybody|your\s+\w+)\s+away\b",
    r"\byou\s+(?:did\s+know|knew|must\s+have\s+known)\s+(?:exactly\s+|full\s+well\s+|perfectly\s+"
    r"well\s+)?what\s+(?:would|was\s+going\s+to|could)\s+happen\b|\byou\s+knew\s+(?:exactly\s+|"
    r"full\s+well\s+)?what\s+you\s+were\s+doing\b",
    r"\b(?:think\s+about|look\s+at|own|consider|reflect\s+on|admit)\s+your\s+(?:own\s+)?part\s+in\s+"
    r"(?:it|this|that|all\s+(?:this|of\s+it))\b",
    # sarcasm
    r"\ba\s+whole\s+(?:day|week|afternoon|morning|hour|night|evening)\b[^.!?\n]{0,40}\b(?:how\s+"
    r"(?:awful|terrible|tragic|tough|exhausting)|what\s+a\s+(?:tragedy|nightmare|hardship)|poor\s+"
    r"(?:you|thing|baby))\b|\b(?:what\s+a\s+tragedy|how\s+(?:awful|terrible|tragic)\s+for\s+you)\b"
    r"[^.!?\n]{0,5}\ba\s+whole\s+(?:day|week|afternoon|morning|hour|night|evening)\b",
    r"\bwow,?\s+what\s+a\s+(?:tragedy|nightmare|hardship|struggle)\b",
    r"\bsome\s+of\s+us\s+(?:\w+\s+)?(?:have|had|got)\s+(?:\w+\s+){0,2}?(?:jobs?|deadlines|kids|"
    r"bills|real\s+problems|responsibilities|work|lives)(?=\s+(?:too|as\s+well|to\s+go\s+to)\b|"
    r"\s*,?\s+you\s+know\b|\s*[.!])",
    rf"\b(?:this|that)\s+one{A}?s\s+on\s+you(?=\s*[.!]|\s*$)",
    # comparison with someone who copes
    rf"\b(?:my|your|his|her|their)\s+(?:\w+\s+)?{_R2_PERSON}\s+(?:has|had|went\s+through|goes\s+"
    rf"through)\s+(?:it\s+)?(?:far\s+|way\s+|much\s+|a\s+lot\s+|so\s+much\s+)?(?:worse|harder|tougher|"
    rf"rougher)\b[^.!?\n]{{0,40}}\b(?:than\s+you|and\s+(?:(?:she|he|they)\s+)?(?:still|never|turned\s+"
    rf"out|gets?\s+on|got\s+on|doesn{A}?t\s+complain|didn{A}?t\s+complain|manages?|managed|copes?|"
    rf"coped))\b",
    r"\b(?:loads|lots|plenty|tons|millions)\s+of\s+people\s+[^.!?\n]{0,60}\b(?:and|but)\s+"
    r"(?:they\s+)?still\s+(?:show\s+up|manage|cope|get\s+on|function|go\s+to\s+work|make\s+it|get\s+"
    r"(?:up|by|through|on\s+with\s+it))\b",
    # minimising
    rf"\b(?:can{A}?t|cannot|couldn{A}?t)\s+be\s+(?:that|so|all\s+that|too)\s+(?:bad|serious|hard|"
    rf"rough)\b",
    r"\b(?:fragile|sensitive|soft|weak|delicate)\s+compared\s+to\b",
    # attention seeking, any grammar
    r"\bfishing\s+for\s+(?:sympathy|attention|pity|reassurance)\b",
    r"\b(?:comes?|came|coming|come)\s+(?:off|across)\s+(?:as\s+)?(?:a\s+bit\s+|kind\s+of\s+|kinda\s+|"
    r"pretty\s+|really\s+|very\s+|quite\s+|a\s+little\s+)?(?:attention[- ]seeking|needy|dramatic|"
    r"desperate|whiny|over\s+the\s+top|like\s+(?:a\s+cry\s+for\s+attention|you\s+want\s+attention))\b",
    # others tired of it
    r"\b(?:people|everyone|everybody|folks|they)\s+(?:\w+\s+)?(?:stop\s+(?:listening|caring|"
    r"replying)|get\s+(?:tired|sick|fed\s+up)|tune\s+out)\b[^.!?\n]{0,30}\b(?:when\s+you\s+(?:say|"
    r"post|keep)|every\s+(?:week|day|time)|of\s+(?:the|all\s+the|your)\s+drama)",
    r"\b(?:tired|sick|fed\s+up)\s+of\s+(?:the|all\s+the|your)\s+drama\b",
    r"\bevery\s+(?:day|week|other\s+day)\s+is\s+(?:a\s+new|another)\s+(?:crisis|drama|emergency)\b",
    # not trying enough
    rf"\b(?:not|aren{A}?t|isn{A}?t)\s+(?:really\s+)?(?:trying\s+(?:hard\s+)?enough|putting\s+(?:enough\s+|"
    rf"much\s+)?(?:effort|work)\s+in|putting\s+in\s+(?:enough\s+|much\s+)?(?:effort|work))\b",
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
        r"\b(?:brought|bring|bringing)\s+(?:(?:a\s+lot|most|some|much|all|half)\s+of\s+)?(?:this|it\s+all|"
        r"it|that)\s+on\s+yourself\b",
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
        r"|far\s+)?(?:worse|harder|tougher|rougher)\b(?![^.!?\n]{0,40}\b(?:doesn['’ʼ]?t|does\s+not)\s+"
        r"(?:make|mean))",
        rf"\beveryone(?:{A}s|\s+is|\s+gets|\s+feels)\s+(?:sad|stressed|anxious|down|tired)\b[^.!?\n]"
        rf"{{0,15}}\b(?:but\s+you\s+(?:still\s+|just\s+|really\s+)?(?:have|need|gotta|should|can{A}?t|"
        rf"must|deal|get|push)|you\s+(?:still\s+|just\s+)?(?:have|need)\s+to)\b",
        rf"\bit{A}?s\s+(?:really\s+)?not\s+that\s+(?:hard|deep)\b",
        r"\bwhat\s+you{A}?re\s+(?:complaining|whining|upset)\s+about\b".replace("{A}", A),
        rf"\b(?:isn{A}?t|is\s+not|not)\s+an\s+excuse\b(?![,;]?\s*(?:it|that){A}?s\s+(?:a|an)\s+(?:real|"
        rf"genuine|actual|medical|serious)\b)",
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
        *_JUDGEMENT_SLOTS,
        *_JUDGEMENT_S5,
        *_JUDGEMENT_S5_MORE,
    ],
    unless_before=rf"(?:\b(?:i\s+(?:always\s+|really\s+|just\s+|kind\s+of\s+)?(?:feel|felt|think|"
    rf"thought|assumed|figured|believed|am|was|used\s+to|know|knew|called|told|worry|worried|say|"
    rf"said)|i{A}m|i{A}ve|i{A}d|not|\w+n{A}t|never|(?<!oh\s)no|feel(?:s|ing)?(?:\s+like)?|think(?:ing)?|believe|"
    rf"call(?:ed|ing)?\s+(?:yourself|you)|told\s+you|said|thinks?|told|tells|believes?|made\s+you\s+feel|say(?:s|ing)?|afraid|worried|scared|"
    rf"voice|tell(?:s|ing)?\s+(?:you|yourself|themselves)|(?<!sounds\s)(?<!seems\s)(?<!looks\s)(?<!reads\s)like|doesn{A}?t\s+make\s+you|isn{A}?t|mean)"
    rf"\b|[\"“])",
)

#: Round 2's wordings carry the judgement in their own words, so only a negation or a report just
#: before them excuses them ("I don't think you're fishing for sympathy"); "I'm sorry, but you
#: have to admit you pushed him away" and "it looks like you're fishing for sympathy" still judge.
JUDGEMENT_R2 = family(
    "harmful_judgement",
    _JUDGEMENT_R2,
    unless_before=rf"\b(?:not|never|(?<!oh\s)no|(?:do|does|did|is|are|was|were|ca|wo|would|should|"
    rf"could|have|has|had|ai)n{A}?t|feel(?:s|ing)?|felt|think(?:ing)?|thought|told|tells?|"
    rf"say(?:s|ing)?|said|voice|afraid|worried|scared|believe)\b(?=[^,;]*$)|[\"“]",
)

__all__ = ["JUDGEMENT", "JUDGEMENT_R2"]
