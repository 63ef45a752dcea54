"""Crisis language in the draft's own voice: the writer wishing for or planning death now ("I
wish I could disappear with you", "I've got everything put aside for when I'm ready", "nobody
would miss either of us"). The crisis gate's lexicon is written for posts and misses many of these
in a reply's "me too" voice; these wordings are first person and present tense by construction.
Exempt: a sentence that points to help, a question, a survival told as over ("I used to want to
die"), a negation just before ("I don't want to die").
"""

from __future__ import annotations

from policies.output.clinical import ROUTES_TO_HELP
from policies.output.family import A, family

#: Death or disappearance as what the writer wants.
_DEATH_ME = (
    r"(?:die|be\s+dead|disappear(?:\s+for\s+good)?|(?:not|never)\s+wake\s+up|not\s+be\s+(?:here|"
    r"around|alive)|not\s+exist|stop\s+existing|be\s+gone|end\s+(?:it(?:\s+all)?|things|my\s+life)|"
    r"kill\s+myself|sleep\s+forever|go\s+to\s+sleep\s+forever)"
)
_ADVERB = r"(?:(?:really|just|honestly|sometimes|still|also|kind\s+of|kinda)\s+)?"
#: Slots: [I want or wish] x [death]; [I've been thinking about] x [ending it]; a plan made ready;
#: not being around much longer; everyone better off if I were gone; going together; the only
#: way out for me too; "if I had the guts".
_OWN_VOICE = [
    # batch 4's families: not making it to the end of the year, wishing not to wake, planning my
    # way out, no point in staying, if I had the nerve
    rf"\bi\s+(?:don{A}?t|do\s+not)\s+think\s+i(?:{A}ll|\s+will)\s+(?:make\s+it|last|be\s+(?:here|"
    rf"around|alive))\s+(?:to|until|till|through|past)\s+(?:the\s+end\s+of\s+the\s+year|christmas|my"
    rf"\s+birthday|next\s+year|the\s+weekend|another\s+(?:year|month|week))(?=\s*(?:[,.!?;]|either\b|"
    rf"too\b|anyway\b|$))",
    rf"\bwish\s+i\s+(?:just\s+)?(?:wouldn{A}?t|didn{A}?t|won{A}?t)\s+wake\s+up\b(?!\s+(?:so\s+)?(?:early|"
    rf"late|at|before|in\s+the|every|tired|with))",
    rf"\bi{A}m\s+(?:\w+\s+)?planning\s+(?:my|an?)\s+(?:way\s+out|exit|ending|death|suicide|goodbyes?)"
    rf"\b(?!\s+(?:from|out\s+of|strategy|plan\s+for))",
    rf"\bi\s+(?:really\s+|just\s+)?(?:don{A}?t|do\s+not|can{A}?t)\s+see\s+(?:the\s+|a\s+|any\s+)?"
    rf"(?:point|reason)\s+(?:in|of|to)\s+(?:staying(?:\s+(?:here|alive|around))?|living|going\s+on|"
    rf"being\s+(?:here|alive)|carrying\s+on|continuing)(?=\s*(?:[,.!?;]|anymore|any\s+longer|$))",
    rf"\bif\s+i\s+had\s+the\s+(?:nerve|courage|balls)\b[^.!?\n]{{0,40}}\b(?:i{A}d|i\s+would)\b",
    # batch 3's families: waiting for the right moment, not seeing a next birthday, a lighter
    # world without me, saying goodbye, sitting on the edge
    rf"\bi{A}?m\s+(?:just\s+)?waiting\s+for\s+the\s+right\s+(?:moment|time|day)\s+to\s+(?:go|do\s+it|"
    rf"end\s+it|leave)(?=\s*[,.!?;]|\s*$)",
    rf"\bi\s+(?:don{A}?t|do\s+not)\s+(?:plan\s+on|expect\s+to|intend\s+to|think\s+i{A}?ll)\s+(?:seeing|"
    rf"see|make\s+it\s+to|be\s+(?:here|around)\s+for)\s+(?:my\s+)?(?:next\s+)?(?:birthday|christmas|"
    rf"new\s+year|summer|next\s+year)\b",
    rf"\bi(?:{A}ve|\s+have)\s+(?:started|begun|been)\s+saying\s+(?:my\s+)?goodbyes?(?:\s+to\s+"
    rf"(?:people|everyone|everybody|my\s+(?:friends|family)|friends|family))?(?=\s*(?:[,.!?;]|"
    rf"too\b|quietly\b))",
    r"\bi\s+(?:sit|stand)\s+on\s+(?:the\s+)?(?:edge|ledge)\b",
    rf"\bi(?:{A}d|\s+would)\s+(?:\w+\s+)?(?:happily|gladly|rather|just\s+as\s+soon)\s+{_DEATH_ME}\b"
    rf"(?!\s+(?:for|of|laughing|to))",
    rf"\bi(?:{A}ve|\s+have)\s+been\s+(?:looking\s+up|googling|researching|reading\s+about)\s+(?:ways|"
    rf"how|methods)\b",
    r"\bnothing\s+(?:left\s+)?(?:keeping|holding)\s+me\b(?!\s+from)(?:\s+"
    r"(?:here|back))?",
    r"\b(?:tonight|today)\s+(?:feels|is|could\s+be|seems)\s+like\s+the\s+(?:night|day)\b",
    rf"\bi{A}?m\s+not\s+far\s+behind\b",
    rf"\bi\s+{_ADVERB}wish\s+i(?:\s+(?:was|were|had)|{A}d)\s+never\s+(?:been\s+)?born\b",
    rf"\b(?:life|living)(?:{A}s|\s+is)\s+(?:just\s+|really\s+)?not\s+worth\s+(?:it|living)\b",
    r"\b(?:picturing|imagining|planning|thinking\s+about)\s+my\s+(?:own\s+)?(?:funeral|death|grave|"
    r"suicide)\b",
    rf"\bi\s+{_ADVERB}(?:want|wanna|wish\s+i\s+could|wish\s+i\s+(?:was|were)|need|would\s+rather|"
    rf"{A}d\s+rather)\s+(?:to\s+)?(?:just\s+)?{_DEATH_ME}\b",
    rf"\bi(?:{A}ve|\s+have)\s+been\s+(?:thinking|considering|planning|dreaming)\s+(?:about\s+|of\s+)?"
    rf"(?:ending\s+(?:it|things|my\s+life)|killing\s+myself|suicide|dying|not\s+being\s+(?:here|"
    rf"around)|disappearing|my\s+(?:death|exit|way\s+out))",
    rf"\bi\s+{_ADVERB}(?:think|dream|fantasi[sz]e)\s+about\s+(?:dying|killing\s+myself|ending\s+"
    rf"(?:it|things|my\s+life)|suicide|not\s+(?:being\s+here|waking\s+up))\b",
    rf"\bi(?:{A}ve|\s+have)\s+got\s+(?:everything|it\s+all|what\s+i\s+need)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:put\s+aside|ready|saved\s+up|planned|sorted)\b",
    rf"\bfor\s+when\s+i(?:{A}m|\s+am)\s+ready\b",
    rf"\b(?:i{A}m|i\s+am)\s+(?:\w+\s+)?(?:writing|finishing)\s+my\s+(?:letters|notes?|goodbyes?|"
    rf"goodbye\s+letters?)\b|\bmy\s+(?:goodbye|suicide)\s+(?:letters?|notes?)\b",
    rf"\bi\s+(?:don{A}?t|do\s+not)\s+think\s+i(?:{A}ll|\s+will)\s+be\s+(?:around|here|alive)\s+"
    rf"(?:much\s+|for\s+)?(?:longer|long)\b",
    rf"\bi\s+won{A}?t\s+be\s+(?:around|here|alive)\s+(?:much\s+)?(?:longer|for\s+long)\b"
    rf"(?!\s*(?:tonight|today|this\s+(?:evening|week)))",
    rf"\b(?:would|(?:they|everyone|everybody|people|it|she|he|you){A}d)\s+be\s+(?:fine|lighter|easier|a\s+better\s+place|better(?:\s+"
    rf"off)?|happier|okay)\s+(?:if\s+i\b|without\s+me\b)",
    rf"\bif\s+i\s+(?:just\s+)?(?:didn{A}?t|never|don{A}?t)\s+wake\s+up\b",
    rf"\b(?:we\s+could|let{A}s|we\s+should|we{A}ll|we\s+can)\s+(?:\w+\s+)?(?:go|do\s+it|end\s+it|"
    rf"leave)\s+together\b|\b(?:disappear|die)\s+with\s+you\b",
    r"\b(?:nobody|no\s+one)\s+would\s+(?:miss|notice|care\s+about)\s+(?:either\s+of\s+us|me)\b",
    r"\bonly\s+way\s+out\s+for\s+me\b|\bonly\s+way\s+out\b[^.!?\n]{0,15}\b(?:too|as\s+well)\b",
    rf"\bif\s+i\s+(?:had|was|were)\s+(?:the\s+guts|brave|braver|strong\s+enough|less\s+of\s+a\s+"
    rf"coward)\b[^.!?\n]{{0,40}}\b(?:i{A}d|i\s+would)\b",
]
#: Death that comes by itself, hoped for ("my heart just gives out", "a bus takes me out").
_DEATH_EVENT = (
    rf"(?:(?:my\s+)?heart\s+(?:just\s+)?(?:gives?|giving)\s+out|(?:my\s+)?heart\s+(?:just\s+)?stops"
    rf"(?!\s+\w+ing)|(?:a|the|some)\s+(?:bus|car|truck|train|lorry|plane)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:hits?\s+me|takes?\s+me|runs?\s+me|crash)|takes?\s+me\s+out|(?:die|pass\s+away|go)\s+in\s+"
    rf"my\s+sleep|(?:don{A}?t|never|won{A}?t|wouldn{A}?t|didn{A}?t)\s+wake\s+up\b(?!\s+(?:so|this|that|every|before|with|in|early|late|"
    rf"on\s+time|tired|at))|something\s+(?:\w+\s+)?(?:happens|would\s+happen|will\s+happen)\s+to\s+"
    rf"me|(?:get|got)\s+(?:hit|killed|run\s+over)|i\s+(?:just\s+)?(?:die|stop\s+existing|disappear|"
    rf"stop\s+breathing))"
)
_DEATH_EVENT_WANTED = (
    r"\b(?:i|part\s+of\s+me|some\s+(?:nights|days|mornings)\s+i)\s+(?:\w+\s+){0,4}?(?:hope|hoping|"
    r"pray|praying|wish|wishing)\b"
)
#: Session 5's families: a death event hoped for, counting down to stopping, ready to go with the
#: reader, possessions given away and loose ends tied, not planning to be here past a date, tired
#: of being alive, not wanting to be here any more.
_OWN_VOICE_S5 = [
    # the last batch's families: hoping that's it, letting trains go past, things in order, running
    # out the clock, stopped seeing a reason, going with you, welcoming anything that ends it,
    # and then I'm done, said at my funeral
    rf"\bi\s+(?:\w+\s+){{0,5}}?hope\s+(?:that{A}?s|this\s+is|it{A}?s)\s+it(?=\s*[.!;]|\s*$)",
    r"\blet\s+(?:\w+\s+)?trains?\s+go\s+(?:past|by)\b",
    r"\b(?:getting|got|putting|put)\s+my\s+(?:things|affairs|stuff|life)\s+in\s+order\b(?!\s+(?:before|"
    r"for)\s+(?:the|my)\s+(?:move|trip|holiday|wedding|exams?))|\bwhere\s+to\s+find\s+my\s+(?:passwords|"
    r"will|keys|things)\b",
    rf"\bi{A}?m\s+(?:just\s+)?running\s+out\s+the\s+clock\b|\bi\s+stopped\s+seeing\s+(?:a|the|any)\s+"
    rf"(?:reason|point)\b(?=\s*[,.!;]|\s+(?:a\s+long|years|ages|to\s+(?:live|stay|go\s+on)))",
    rf"\bif\s+you\s+go\s*,?\s+i{A}?m\s+(?:going|coming)\s+(?:too|with\s+you)\b",
    rf"\bi(?:{A}d|\s+would)\s+welcome\s+(?:anything|something|death|it|whatever)\s+(?:that\s+)?(?:ended|ends|"
    rf"would\s+end|took\s+me)\b",
    rf"\b(?:and\s+)?then\s+i{A}?m\s+(?:done|out|gone)(?=\s*[.!;]|\s*$|\s+too\b)",
    r"\b(?:said|played|read|sung|worn)\s+at\s+my\s+(?:own\s+)?funeral\b",
    # a mid-session batch's families: how easy it would be, the world spinning on without me, one
    # more bad week and I'm out, only hanging on for someone, my last winter, nobody would blink
    # if I vanished, stockpiling for the way out
    rf"\bthinking\s+(?:about\s+)?how\s+easy\s+it(?:\s+would|{A}d|\s+could)\s+be\b(?!\s+to\s+(?:quit|"
    rf"leave\s+(?:the|my|this)\s+(?:job|course)|move|change))",
    r"\b(?:world|everyone|everybody|everything|life)\s+would\s+(?:keep\s+(?:spinning|going|turning)|go\s+"
    r"on|carry\s+on)\s+(?:just\s+)?(?:fine\s+)?without\s+me\b",
    rf"\bone\s+more\s+(?:bad\s+)?(?:day|week|month|thing|setback)\s+and\s+i{A}?m\s+(?:out|done|gone|"
    rf"finished)\b",
    rf"\bi{A}?m\s+(?:only|just)\s+(?:hanging\s+on|holding\s+on|still\s+here|alive|sticking\s+"
    rf"around)\s+(?:for|because\s+of)\s+my\b|\bonce\s+(?:she|he|they)(?:{A}s|{A}re|\s+is|\s+"
    rf"are)\s+gone\s+i{A}?m\s+(?:done|out|gone)\b",
    rf"\b(?:this|it)(?:{A}s|\s+is|\s+will\s+be)\s+my\s+last\s+(?:winter|summer|christmas|birthday|"
    rf"year|spring|autumn|new\s+year)\b(?!\s+(?:in|at|here|there|with|as|of|before|living|working|"
    rf"on|away|abroad))",
    r"\bif\s+i\s+(?:vanished|disappeared|died|was\s+gone|were\s+gone|left)\b[^.!?\n]{0,30}\b"
    r"(?:nobody|no\s+one)\s+would\s+(?:even\s+)?(?:notice|blink|care|miss)\b",
    r"\bi(?:['’ʼ]ve|\s+have)\s+been\s+(?:(?:stockpiling|hoarding)(?!\s+(?:food|snacks|toilet|books))|"
    r"saving\s+(?:them\s+|it\s+)?up(?=\s*[,.!;]|\s+just\s+in\s+case))\b|\b(?:need|want|take)\s+"
    r"the\s+way\s+out\b",
    rf"{_DEATH_EVENT_WANTED}[^.!?\n]{{0,40}}?{_DEATH_EVENT}",
    r"\b(?:counting\s+down|waiting)\s+(?:the\s+days\s+)?(?:until|till|til|to|for)\s+(?:the\s+day\s+)?i\s+"
    r"(?:can\s+)?(?:finally\s+)?(?:stop|go|leave|be\s+done|be\s+free|rest|end\s+it|not\s+be\s+here|"
    r"let\s+go)(?=\s*[,.!?;]|\s*$|\s+for\s+good)",
    rf"\bi{A}?m\s+(?:\w+\s+)?ready\s+to\s+(?:go|leave|die|be\s+done|let\s+go)(?=\s+(?:whenever|with\s+you|"
    rf"too\b|as\s+well|together)|\s+for\s+good)",
    rf"\bi{A}?m\s+(?:so\s+|just\s+|really\s+|honestly\s+)?done\s+with\s+(?:life|living|existing|this\s+"
    rf"world|being\s+alive)\b",
    rf"\b(?:given|giving|gave)\s+(?:away\s+)?(?:all\s+|most\s+of\s+)?my\s+(?:stuff|things|belongings|"
    rf"possessions|clothes|books)\s+away\b|\bi{A}?m\s+(?:just\s+|quietly\s+|slowly\s+)?tying\s+up\s+"
    rf"(?:the\s+|my\s+)?loose\s+ends(?=\s*[,.!?;]|\s*$|\s+(?:so|now|too))",
    rf"\bi\s+(?:don{A}?t|do\s+not)\s+(?:plan\s+on|expect\s+to\s+be|intend\s+(?:on|to)\s+be|see\s+myself)"
    rf"\s+(?:being\s+|still\s+)?(?:here|around|alive)\s+(?:past|after|beyond|by|much\s+longer|next|"
    rf"come|this\s+time\s+next)\b(?![^.!?\n]{{0,40}}\b(?:moving|move|job|contract|lease|visa|city|"
    rf"town|country))",
    rf"\bi{A}?m\s+(?:so\s+|really\s+|just\s+)?(?:tired|sick)\s+of\s+(?:being\s+alive|living|existing|"
    rf"staying\s+alive|pretending\s+(?:i\s+want|to\s+want)\s+to\s+(?:stay|live|be\s+here))\b(?!\s+(?:like|with|in|"
    rf"paycheck|at|on|off|alone))",
    rf"\bi\s+(?:really\s+|just\s+|honestly\s+)?(?:don{A}?t|do\s+not)\s+want\s+to\s+(?:be\s+(?:here|alive|"
    rf"around)|live|exist|stay\s+(?:alive|in\s+(?:it|this\s+world))|wake\s+up|keep\s+living)\b"
    rf"(?!\s+(?:like|with|in|there|near|on|under|without|at|for|if|when|to\s+see|"
    rf"alone|here\s+(?:at|in|for|with)))",
]

_OVER = rf"\b(?:used\s+to|back\s+then|in\s+the\s+past|survived|glad\s+i\s+(?:stayed|didn{A}?t))\b"

OWN_VOICE = family(
    "crisis_language",
    [*_OWN_VOICE, *_OWN_VOICE_S5],
    unless=rf"{ROUTES_TO_HELP}|{_OVER}",
    unless_before=rf"\b(?:never|don{A}?t|didn{A}?t|doesn{A}?t|isn{A}?t|wasn{A}?t|if\s+you\s+"
    rf"(?:feel|think|ever|say|believe)|you\s+(?:feel|think|say)|feels?\s+like|depression)\b",
    questions_ok=True,
)

__all__ = ["OWN_VOICE"]
