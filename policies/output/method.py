"""Method or means: the keywords (doses, heights, noose) and the hints a warm draft gives without
them: whether something would "actually work", what is "more lethal", a quiet time or a spot
where "nobody will walk in", "something stronger" next time. A sentence that routes the person
to help (988, a pharmacist, means kept away) is safety language, not method talk.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.output.family import YOU, A, family
from policies.output.told_past import told_of_the_past

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
    r"couldn['’ʼ]?t|don['’ʼ]?t|doesn['’ʼ]?t)\s+(?:be\s+able\s+to\s+)?(?:stop\s+in\s+time|slow\s+down|brake)\b",
    r"\b(?:hunting|gun|rifle|weapons?)\s+(?:cabinet|safe|case|locker|cupboard)\b",
    # time alone before anyone at all comes back; not being traced; who survives
    r"\b(?:hours?|time|window|minutes)\s+(?:\w+\s+)?before\s+(?:anyone|anybody|someone|anyone\s+else)"
    r"(?:['’ʼ]s|\s+is|\s+gets|\s+comes|\s+would\s+(?:be|get|come))\s+(?:back|home|in|round)\b",
    r"\bso\s+(?:nobody|no\s+one|no-one|they|nobody\s+else)\s+can\s+(?:track|trace|locate|find)\s+"
    r"(?:you|where|your)\b",
    r"\b(?:usually|often|mostly|almost\s+always|rarely)\s+(?:survive|survives|gets?\s+found)\b",
    r"\bso\s+(?:nobody|no\s+one|no-one)\s+(?:comes?|goes|thinks\s+to\s+come)\s+looking\b",
    r"\b(?:kind|ones?|type|sort)\s+that\s+(?:slows?|stops?|shuts?\s+down)\s+(?:your|the)\s+(?:breathing|"
    r"heart|liver|kidneys)\b",
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:floors|storeys|stories)\s+"
    r"(?:straight\s+)?(?:down|high|up|drop)\b",
    # outa5: the sleep it brings, the quiet spot or hour, the whole supply taken at once
    r"\b(?:works?|hits?|kicks?\s+in|absorbs?)\s+(?:\w+\s+)?(?:quicker|faster|better|harder)\s+on\s+an\s+"
    r"empty\s+stomach\b",
    r"\b(?:just\s+)?(?:a\s+few|a\s+couple|one\s+or\s+two)\s+more\s+than\s+(?:last\s+time|before|you\s+"
    r"(?:took|had|did))\b",
    rf"\b(?:you|u)\s+(?:wouldn{A}?t|would\s+not|wouldnt)\s+have\s+(?:woken|woke)\s+up\b",
    # choosing the hour of being alone; hiding the means; how quickly it is over; getting it right
    r"\bpick(?:ing)?\s+a\s+(?:night|day|time|moment|weekend|spot|place)\s+(?:when|where)\b[^.!?\n]{0,40}"
    r"\b(?:alone|nobody|no\s+one|empty|private|asleep|away|out)\b",
    rf"\b(?:not\s+letting|don{A}?t\s+let|never\s+let)\s+(?:anyone|anybody|them|people|her|him)\s+see\s+"
    rf"you\s+(?:leave|take|buy|carry|bring|walk\s+out)\b",
    rf"\b(?:it{A}?s|it\s+is|it{A}?ll\s+be|it\s+will\s+be)\s+over\s+(?:in|within)\s+(?:a\s+few|a\s+"
    rf"couple\s+of|\w+)\s+(?:minutes|seconds)\b(?=[^.!?\n]{{0,50}}\b(?:done\s+right|properly|drag\s+on|"
    rf"painless|if\s+you))",
    r"\bmess(?:es|ed)?\s+it\s+up\s+by\s+(?:not\s+)?(?:taking|using|going|doing|having)\b|\bnot\s+"
    r"taking\s+enough\b[^.!?\n]{0,40}\bget\s+(?:it\s+|that\s+(?:part\s+)?)?right\b",
    rf"\bso\s+(?:your\s+body|you|your\s+stomach)\s+(?:doesn{A}?t|don{A}?t|won{A}?t)\s+(?:reject|throw\s+up|"
    rf"bring\s+up|vomit)\s+(?:them|it)\b",
    rf"\bso\s+(?:that\s+)?(?:you|u)\s+(?:don{A}?t|dont|won{A}?t|wont|never|wouldn{A}?t)\s+wake\s+"
    rf"(?:up|back\s+up)\b",
    r"\bsomewhere\s+(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?(?:checks|goes|looks|comes|would\s+"
    r"(?:find|see|look|check)|will\s+(?:find|see|look|check))\b",
    rf"\b(?:do\s+it|go|wait|pick\s+a\s+(?:time|night|day))\s+(?:\w+\s+){{0,2}}?(?:when|while|once)\s+"
    rf"(?:nobody|no\s+one|no-one|everyone)(?:{A}s|\s+is|\s+else\s+is)\s+(?:\w+\s+)?(?:home|around|"
    rf"in|there|awake|up|out|asleep|gone|away)\b",
    r"\b(?:take|swallow|have|down|neck|use)\s+(?:\w+\s+)?(?:all\s+of\s+them|all\s+of\s+it|them\s+all|"
    r"the\s+whole\s+(?:lot|box|bottle|pack|packet|strip|thing))\b(?!\s+(?:to|back|with\s+you|out|away|"
    r"into|off))",
    rf"\bdo\s+it\s+(?:\w+\s+){{0,2}}?(?:after|when|while|once|before)\s+(?:your|the|he|she|they|everyone|"
    rf"everybody)\b[^.!?\n]{{0,40}}\b(?:leaves?|left|goes|gone|out|away|asleep|at\s+work|shift|"
    rf"holiday|isn{A}?t\s+home|not\s+home)\b",
]

#: Round 2 (r2out): families of meaning a warm draft carries with no method word. Nobody finds
#: or reaches the reader in time, told as the reader's own future ("you'd have till morning before
#: anyone came home", "it would be days before anyone found you"); the amount sized for them
#: ("not quite enough yet", "depends on how much you weigh", "a bigger person needs more", "builds
#: a reserve"); one way ranked above another ("the one people pick", "more certain"); access
#: confirmed ("people use a date they'll remember, so you're probably right").
_R2_NOTICED = (
    r"(?:noticed|notices|notice|found|finds|find\s+you|came|comes|came\s+home|checked|checks|"
    r"walked\s+in|got\s+home|gets\s+home|got\s+back|gets\s+back|realised|realized|missed\s+you|"
    r"knew|knows)"
)
_METHOD_R2 = [
    rf"\byou(?:{A}d|\s+would|{A}ll|\s+will)\s+have\s+(?:\w+\s+){{0,3}}?(?:till|until|before)\s+"
    rf"(?:anyone|anybody|someone|morning\s+before\s+(?:anyone|anybody|someone))\s+(?:\w+\s+)?"
    rf"{_R2_NOTICED}\b",
    rf"\b(?:it\s+would|it{A}d|it\s+will|it{A}ll)\s+(?:probably\s+|easily\s+)?be\s+(?:\w+\s+){{0,2}}?"
    rf"(?:hours|days|a\s+day|ages|morning|monday|the\s+weekend)\s+before\s+(?:anyone|anybody|"
    rf"someone)\s+(?:\w+\s+)?{_R2_NOTICED}\b",
    r"\b(?:no\s+chance|no\s+way|nobody|no\s+one)\s+(?:of\s+)?(?:anyone\s+|anybody\s+)?(?:would\s+)?"
    r"(?:be(?:ing)?\s+)?(?:find(?:ing)?\s+you|found|get(?:ting)?\s+to\s+you|reach(?:ing)?\s+you)\s+"
    r"in\s+time\b",
    rf"\byou\s+(?:wouldn{A}?t|won{A}?t|would\s+not|will\s+not)\s+be\s+(?:interrupted|disturbed|"
    rf"found|stopped|walked\s+in\s+on)(?=\s*[,.!;]|\s*$|\s+(?:there|then|in\s+time|for\s+(?:hours|"
    rf"days)|till|until|before))",
    r"\b(?:nobody|no\s+one)\s+(?:would|will)\s+(?:\w+\s+){0,2}?(?:think\s+to\s+(?:check|look)|"
    r"be\s+(?:\w+\s+){0,2}?(?:there|around)\s+to\s+stop\s+you)\b",
    # the amount sized for the reader
    rf"\b(?:what\s+you{A}?(?:ve|\s+have)\s+(?:saved|got|collected|put\s+aside|stored)|it|that|they|"
    rf"those|you)(?:{A}s|{A}re|\s+is|\s+are|\s+would|\s+will)?\s+(?:probably\s+|still\s+)?(?:not|"
    rf"n{A}?t|isn{A}?t|aren{A}?t|wouldn{A}?t\s+be|won{A}?t\s+be|not\s+be)\s+(?:quite\s+|really\s+|"
    rf"probably\s+)?enough\s+yet\b",
    rf"\b(?:depends|depending|based)\s+on\s+(?:how\s+much\s+(?:you|someone|a\s+person)\s+weighs?|"
    rf"(?:your|their|someone{A}s|a\s+person{A}s)\s+(?:body\s+)?(?:weight|size|build)|body\s+weight)\b",
    r"\b(?:bigger|smaller|heavier|lighter|taller|bigger-built)\s+(?:person|people|body|bodies)\s+"
    r"(?:needs?|takes?|would\s+need)\s+(?:more|less|fewer)\b",
    r"\b(?:builds?|building|built)\s+(?:up\s+)?(?:a|your)\s+(?:reserve|stash|stockpile)\b",
    rf"\byou{A}?d\s+have\s+(?:plenty|more\s+than\s+enough|enough)(?=\s*[,.!;]|\s*$|\s+(?:saved|put\s+"
    rf"aside|then|by\s+then))",
    # one way ranked above another
    r"\b(?:the\s+one|what|which\s+one|the\s+way|the\s+option)\s+(?:most\s+)?people\s+(?:usually\s+|"
    r"tend\s+to\s+|always\s+)?(?:pick|go\s+for|choose|use|go\s+with)\b(?=\s*[,.!;]|\s*$)",
    r"\b(?:the\s+)?(?:lethal|deadly|fatal|surest|most\s+certain|most\s+reliable)\s+option\b",
    r"\b(?:lingering|hesitating|waiting\s+around|hanging\s+around)\s+(?:up\s+there\s+|there\s+)?"
    r"works?\s+against\s+you\b",
    # batch 2's families: nobody coming across or checking on the reader, time before they're
    # back, sized for the reader's body, what makes sure, the chance of surviving taken away,
    # where the key is kept
    r"\b(?:nobody|no\s+one|no\s+\w+)\s+(?:would|will|is\s+going\s+to)\s+(?:be\s+)?(?:\w+\s+)?"
    r"(?:checking\s+(?:in\s+)?on\s+you|come\s+across\s+you|coming\s+across\s+you|come\s+looking|"
    r"hear\s+you|be\s+looking\s+for\s+you)\b(?!\s+(?:if|unless))",
    rf"\b(?:plenty\s+of|enough|loads\s+of|lots\s+of)\s+time\s+before\s+(?:they|anyone|anybody|"
    rf"someone|he|she|your\s+\w+)(?:{A}d|\s+would)\s+(?:be\s+)?(?:back|home|in|notice|find\s+you|"
    rf"check)\b",
    r"\b(?:someone|a\s+person|somebody)\s+(?:your|of\s+your)\s+(?:size|weight|build|height)\b",
    # batch 3's families: alone till late told as the reader's own, the way in left open, where
    # the means was put away, nobody able to track you down
    rf"\byou{A}?d\s+be\s+(?:totally\s+|completely\s+|all\s+|entirely\s+)?(?:on\s+your\s+own|alone|by\s+"
    rf"yourself)\s+(?:(?:till|until)\s+(?:past\s+|after\s+|at\s+least\s+)?(?:midnight|morning|late|"
    rf"tomorrow|monday|the\s+(?:morning|weekend)|\d)|for\s+(?:hours|days|the\s+whole|the\s+night))\b",
    rf"\b(?:is|are|{A}s)\s+never\s+locked\b|\b(?:you\s+)?can\s+just\s+walk\s+(?:in|up|through|"
    rf"straight\s+in)(?=\s*[,.!;]|\s*$)",
    r"\b(?:probably|likely|usually|must\s+have)\s+(?:put|hid|hidden|stashed|stored|keeps?)\s+(?:them|"
    r"it|those)\s+(?:somewhere|on\s+top\s+of|under|behind|in\s+(?:the|a|her|his|their))\b",
    r"\b(?:nobody|no\s+one)\s+(?:could|can|would|will)\s+(?:track|trace|find)\s+you\s+(?:down\b|in\s+"
    r"time\b|(?=\s*[,.!;]|\s*$))",
    rf"\byou{A}?d\s+need\s+(?:the\s+whole|all\s+(?:the|of\s+the)|a\s+full|at\s+least\s+(?:a|one|two))"
    rf"\s+(?:box|bottle|pack|packet|lot|strip|tub|supply)\b",
    rf"\b(?:what|which)\s+(?:makes\s+sure|ensures|guarantees)\s+(?:that\s+)?you\s+(?:stay\s+under|"
    rf"don{A}?t\s+wake|never\s+wake|don{A}?t\s+come\s+back|won{A}?t\s+wake)\b|\bwhat\s+people\s+count"
    rf"\s+on\b",
    r"\b(?:takes?\s+away|removes?|lowers?|cuts?|kills?)\s+(?:the|any|your)\s+chance\s+of\s+"
    r"(?:surviving|being\s+saved|waking\s+up|making\s+it|being\s+found)\b",
    r"\b(?:usually|always|often|tend\s+to|probably)\s+keep\s+(?:those|them|it|the\s+(?:key|keys|gun|"
    r"pills|code|ammo))\s+(?:in|under|on|behind|at)\s+(?:the|their|his|her|a)\b",
    r"\b(?:hour|time|night|day|moment)\s+(?:when|while)\b[^.!?\n]{0,50}\bwould\s+stop\s+(?:anyone|"
    r"anybody|people|them|him|her)\s+(?:from\s+)?(?:walking\s+in|finding\s+"
    r"you|interrupting|coming\s+in)\b",
    r"\b(?:stretch|spot|place|bit|part|route|section|corner)\s+(?:without|with\s+no)\s+(?:any\s+)?"
    r"(?:cameras|cctv|witnesses)\b",
    # access confirmed
    rf"\b(?:birthdays?|combination|code|pin|passcode|date)\b[^.!?\n]{{0,60}}\byou{A}?(?:re|\s+are)\s+"
    rf"(?:probably|likely|most\s+likely|almost\s+certainly|definitely)\s+right\b",
]

_LETHAL = r"(?:lethal|deadly|fatal|toxic|dangerous|risky|poisonous)"
_ROUTES = re.compile(ROUTES_TO_HELP)
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
        *_METHOD_R2,
    ],
    unless=lambda sentence: _ROUTES.search(sentence) is not None or told_of_the_past(sentence),
)

# --- not found in time: the purpose of a step is that nobody notices, reaches or reverses it ------

#: A step whose point is that nobody notices, hears, finds or reaches the reader in time: a
#: method told without a method word ("so nobody comes looking till Monday", "so they can't trace
#: you", "somewhere they can't get to you in time"). Present or future only: "so no one could see
#: it" tells how one hid, back then.
METHOD_UNSEEN = family(
    "method_or_means",
    [
        r"\b(?:so|so\s+that|that\s+way)\s+(?:nobody|no\s+one|no-one|none\s+of\s+(?:them|it))\s+"
        r"(?:will\s+|ever\s+|even\s+|else\s+)?(?:comes?\s+looking|finds?|hears?|notices?|sees?|checks?|"
        r"gets?\s+out|suspects?|"
        r"can\s+(?:stop|find|trace))\b",
        rf"\b(?:so|so\s+that|that\s+way)\s+(?:they|the\s+\w+|your\s+\w+|people|he|she|anyone)\s+"
        rf"(?:can{A}?t|won{A}?t|doesn{A}?t|don{A}?t)\s+(?:\w+\s+)?(?:trace|track|"
        rf"find\s+you|get\s+to\s+you|stop\s+you|hear\s+anything|notice\s+anything|get\s+suspicious|"
        rf"come\s+looking)\b",
        r"\b(?:builds?\s+up|adds?\s+up|works?)\s+without\s+(?:anyone|anybody|them|people)\s+"
        r"(?:\w+\s+)?(?:noticing|knowing|realising|realizing|suspecting|seeing)\b",
        rf"\b(?:can{A}?t|couldn{A}?t|won{A}?t|wouldn{A}?t)\s+(?:get\s+to\s+you|reach\s+you|save\s+you|"
        rf"undo\s+it|stop\s+it)\s+in\s+time\b|\bcan{A}?t\s+be\s+(?:reversed|undone)\b|"
        rf"\bwhoever\s+finds\s+you\b|\b(?:doesn{A}?t|won{A}?t|wouldn{A}?t|don{A}?t)\s+show\s+up\s+"
        rf"on\s+(?:a|the|any)\s+(?:\w+\s+)?(?:tox|toxicology|drug|blood)\s+(?:screens?|tests?)\b",
        r"\b(?:stock|stocking)\s+up\s+(?:\w+\s+)?(?:a\s+(?:bit|few|little)\s+at\s+a\s+time|slowly|"
        r"gradually|over\s+(?:a\s+few\s+)?(?:weeks|days))\b",
    ],
    unless=ROUTES_TO_HELP,
    unless_before=rf"\b(?:don{A}?t\s+have\s+to|no\s+need\s+to|instead\s+of|rather\s+than|afraid|"
    rf"scared|worried|not|never|stop|feels?\s+like)\b",
)

# --- means x cue: the composition ---------------------------------------------------------------

#: Means, named without a method word: a supply of medicine, a ligature and what holds it, a height
#: or water or road, a fume, a blade, a poison. Said alone they are everyday words ("the lake by
#: your house"); with a cue in the same sentence they are a method.
_MEANS = (
    r"(?:(?:medicine|bathroom|kitchen)\s+(?:cabinet|drawer|cupboard|box)|cabinet|"
    r"everything\s+in\s+(?:your|the)\s+(?:\w+\s+)?(?:cabinet|drawer|cupboard|box)|"
    r"(?:full|whole|entire)\s+(?:strip|box|bottle|pack|packet|blister|lot|supply)|strips|"
    r"blister\s+packs?|(?:few|two|three|four|several)\s+(?:boxes|packets|packs|bottles)|insulin|"
    r"heart\s+(?:meds|medication|pills|tablets)|(?<={A}s\s)(?:meds|medication|tablets|pills|insulin|"
    r"painkillers|prescription)|belt|cord|rope|scarf|cable|bed\s*sheets?|back\s+of\s+the\s+(?:\w+\s+)?"
    r"door|hinge|rail|banister|bannister|beam|rafters?|bridge|roof|rooftop|ledge|cliffs?|car\s+park|"
    r"parking\s+(?:structure|garage|lot)|motorway|overpass|flyover|lake|river|reservoir|quarry|pier|"
    r"canal|tracks|railway|level\s+crossing|bend|barrier|heater|charcoal|barbecue|bbq|exhaust|"
    r"blade|razor|knife|scalpel|bleach|under\s+the\s+(?:kitchen\s+|bathroom\s+)?sink|"
    r"(?:cold|deep|open|icy|freezing)\s+water|the\s+sea|ocean|"
    # places and times a draft sends someone to, and substances taken together
    r"moor|snow|woods|forest|multi-?storey|ramp|station|platform|trains?|shed|barn|weedkiller|"
    r"(?:stuff|chemicals|spray)\s+for\s+the\s+garden|garden\s+(?:stuff|chemicals|spray)|"
    r"plastic\s+bag|tape|hose|thigh|pharmacy|chemist|supply|weeknight|weekday|weekend|"
    r"drinks|vodka|alcohol|wine|beer|whisky|whiskey|booze|spirits|garage|stones|wrists?|ruler|"
    r"stairwell|stairs|floors|storeys|"
    # outa5: a door handle, the tide, an empty house, an anti-sickness tablet, the supply itself
    r"door\s*(?:knob|handle)s?|doorknobs?|tides?|guard\s*rails?|anti-?(?:sickness|nausea|"
    r"emetics?)|(?:house|flat|place|apartment|home)\s+(?:will\s+be|is\s+going\s+to\s+be|{A}ll\s+be)"
    r"\s+empty|all\s+of\s+them|the\s+(?:whole|full)\s+(?:lot|thing)|strap|"
    r"(?:white|blue|pink|yellow|green|red|orange|purple|round|oval|little|strong|stronger|"
    r"strongest)\s+ones|the\s+(?:\w+\s+)?ones\s+in\s+the\s+(?:\w+\s+)?(?:box|bottle|packet|pack|tub|"
    r"drawer)|top\s+(?:floor|storey|level)|(?:those|these|the)\s+two\s+together|"
    # a kind of substance, named by its strength or where it is bought; a quiet path
    r"(?:over[- ]the[- ]counter|otc|strong(?:er|est)?|mild(?:er)?|weak(?:er)?|heavier)\s+"
    r"(?:stuff|kind|kinds|ones|type|types|sort|brand)|the\s+ones\s+you(?:{A}ve|\s+have)?\s+(?:got|have)|trail|"
    r"footpath|alley|viaduct|knot|the\s+cold|that\s+stretch|the\s+current\s+(?:does|will|would|takes|carries|pulls)|"
    r"(?:the\s+)?stuff\s+in\s+(?:your|the)\s+(?:\w+{A}s\s+)?(?:bathroom|cabinet|cupboard|drawer|kitchen)|"
    r"(?:the\s+)?(?:two|both)\s+of\s+them|"
    # r2out: a fresher blade, the water, the express train, the lock's combination
    r"(?:fresh|newer|sharper)\s+(?:one|ones|blade|blades)|the\s+water|the\s+(?:express|freight)"
    r"(?:\s+line|\s+train)?|(?:the|that|his|her|their)\s+combination(?!\s+of))"
).replace("{A}", A)
#: Cues that turn a means into a method: it works (would do it, is enough, high enough, at once,
#: while you sleep), nobody finds or asks (nobody goes there, empty after dark, no questions, for
#: days), access (from different shops), going ahead (if you're set on it, like an accident).
_CUE = re.compile(
    r"\b(?:(?:would|will|should|could)\s+(?:definitely\s+|easily\s+|probably\s+|actually\s+)?do\s+it|"
    r"does\s+it|more\s+than\s+enough|would\s+(?:be|have\s+been)\s+enough|(?:is|be)\s+(?:easily|"
    r"definitely|plenty|surely)\s+enough|actually\s+(?:work|works|"
    r"matter|matters|do\s+it)|would\s+(?:actually\s+|really\s+)?matter|goes\s+(?:much\s+|a\s+lot\s+|"
    r"way\s+)?further|(?:high|deep|tall|strong|sharp|long)\s+enough|while\s+(?:you|they)\s+sleep|"
    r"(?:won{A}?t|wouldn{A}?t|don{A}?t|never)\s+wake\s+up|at\s+once|in\s+one\s+go|and\s+then\s+some|"
    r"makes?\s+it\s+(?:quick|quicker|fast|faster|painless|easier|certain|final)|"
    # it works: plenty, harder, stronger, full speed, gentle, what people go with
    r"(?:would|will|should)\s+be\s+plenty|is\s+plenty|(?:hits?|works?|kicks?\s+in)\s+(?:harder|faster|"
    r"quicker|stronger)|(?:a\s+lot\s+|much\s+|way\s+|far\s+)?stronger\s+than|(?:full|top)\s+speed|"
    r"(?:don{A}?t|doesn{A}?t|won{A}?t)\s+slow\s+down|harder\s+to\s+stop|"
    r"supposed\s+to\s+be\s+(?:gentle|painless|peaceful|quick|quiet|easy)|like\s+falling\s+asleep|"
    r"drift\s+off|(?:people|most\s+people)\s+(?:\w+\s+){0,4}?usually\s+(?:go\s+with|use|choose|pick)|"
    r"(?:quieter|cleaner|easier|simpler|less\s+painful)\s+than|one\s+of\s+the\s+(?:dangerous|deadly|"
    r"lethal|strong|strongest)\s+ones|"
    # nobody asks, checks or locks; low barriers; out till late; going ahead
    r"takes?\s+(?:about\s+|around\s+|only\s+|just\s+)?(?:half\s+an\s+hour|an\s+hour|a\s+few\s+minutes|"
    r"\d+\s+minutes|(?:five|ten|twenty|thirty)\s+minutes)|how\s+(?:people|most\s+people|they|others)\s+"
    r"(?:do|did|have\s+done)\s+it|straight\s+down|(?:press|pressing|push|pushing)\s+harder|(?:will|would)\s+"
    r"get\s+through|"
    r"never\s+(?:asks?|checks?|locks?|looks?|notices?)|(?:only|just)\s+(?:waist|knee|chest)[- ]?"
    r"(?:high|height)|low\s+(?:barriers?|railings?|walls?|fences?)|(?:out|away)\s+(?:\w+\s+){0,3}?"
    r"(?:till|until)\s+late|if\s+you{A}re\s+(?:going\s+to|gonna)(?=\s*[,.])|if\s+you\s+(?:do|did)\s+it|"
    r"not\s+just\s+(?:a\s+few|"
    r"one|a\s+couple|some)|too\s+few|(?:is|are)\s+all\s+(?:(?:\w|{A})+\s+){0,2}?need|straight\s+through|at\s+speed|"
    r"like\s+an\s+accident|without\s+(?:anyone|anybody|someone|people)\s+(?:\w+\s+)?(?:realising|"
    r"realizing|noticing|knowing|seeing|finding|asking)|(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?"
    r"(?:fishes|goes|walks|comes|asks|checks|looks|notices|would|will|is\s+around|around|there|"
    r"bothers|expects|misses)|for\s+(?:hours|days)|before\s+(?:anyone|anybody|someone)|no\s+questions|"
    r"from\s+different\s+(?:shops|stores|pharmacies|chemists)|(?:is|are|gets?)\s+(?:totally\s+|"
    r"completely\s+|always\s+|pretty\s+)?(?:empty|deserted)|after\s+dark|the\s+(?:tall|high|deep)\s+"
    r"one|(?:quicker|faster|surer|more\s+reliable|more\s+certain)\s+than|(?:hold|take)\s+"
    r"(?:your|the)\s+weight|set\s+on\s+it|really\s+mean\s+it|go\s+that\s+way|go\s+through\s+with\s+"
    r"it|(?:once|when)\s+(?:the\s+\w+|it|everyone|they)\s+(?:shuts|closes|leaves|goes|is\s+asleep|"
    r"(?:is|are)\s+(?:shut|closed|empty))|"
    # outa5: what it would take, what does nothing, who walks away, what holds, what keeps it down
    r"what\s+it(?:{A}d|\s+would|{A}ll|\s+will)?\s+take|what\s+(?:you|u){A}?d\s+need|(?:won{A}?t|wont|"
    r"wouldn{A}?t|doesn{A}?t|don{A}?t|didn{A}?t)\s+do\s+(?:anything|much|a\s+thing)|except\s+make\s+"
    r"(?:you|u)|walk(?:ed|s)?\s+away\s+from|(?:people|most\s+people|they)\s+(?:usually\s+|often\s+)?"
    r"survive|only\s+(?:about\s+|like\s+|around\s+)?\w+\s+(?:floors|storeys|stories|metres|meters|"
    r"feet)|higher\s+than|(?:feet|toes)\s+(?:\w+\s+)?touch|keep\s+(?:everything|it\s+all|them|it)\s+"
    r"down|does\s+the\s+rest|(?:quieter|quickest|easiest|surest|cleanest|gentlest)\s+way\s+is|"
    r"no\s+(?:guard\s*rails?|fences?|railings?|barriers?|nets?)|(?:is|are)\s+what\s+does\s+it|"
    r"(?:way|much|a\s+lot|far)\s+stronger|stronger\s+(?:combined|together)|too\s+(?:low|short|shallow)|"
    r"(?:won{A}?t|not)\s+be\s+back\s+(?:till|until|before)|(?:have|get)\s+(?:it|the\s+\w+|the\s+place)\s+"
    r"(?:all\s+)?to\s+yourself|(?:do|does)\s+(?:most\s+of\s+)?the\s+(?:work|rest)|holds?\s+better|"
    r"(?:(?:way|a\s+lot|much|far)\s+more|(?:some\s+of\s+)?the\s+most|the\s+least)\s+(?:dangerous|risky|"
    r"lethal|deadly|toxic|poisonous|harmful|effective|reliable)|if\s+you\s+take\s+(?:a\s+lot|enough|"
    r"loads|too\s+many)|takes?\s+forever|would\s+be\s+(?:faster|quicker)|(?:completely\s+|totally\s+|"
    r"really\s+)?private\s+(?:after|at|once|from|by)|"
    r"the\s+only\s+(?:one|way|thing|place)\s+that(?:{A}d|\s+would|{A}ll|\s+will)\s+(?:be\s+)?(?:certain|"
    r"sure|work|do\s+it|be\s+enough)|without\s+(?:any\s+)?questions|(?:don{A}?t|doesn{A}?t|won{A}?t)\s+"
    r"limit|"
    r"snaps?|breaks?\s+under|under\s+(?:the\s+|your\s+)?weight|(?:never|isn{A}?t|not)\s+back\s+"
    r"(?:before|until|till)|"
    r"if\s+you{A}?(?:re|\s+are)\s+(?:going\s+to|gonna)\s+(?:do\s+it|go\s+through\s+with\s+it)|"
    r"if\s+you{A}?(?:ve|\s+have)\s+(?:made\s+up\s+your\s+mind|decided)(?=\s*[,.])|"
    r"(?:don{A}?t|dont|won{A}?t|wont|never)\s+wake\s+up|"
    # r2out: cleaner, colder, faster, surer, what people pick
    r"cuts?\s+(?:cleaner|deeper|better|easier)|cold\s+enough|within\s+(?:a\s+few\s+)?minutes|"
    r"runs?\s+(?:faster|quicker)|more\s+(?:certain|final|reliable)|(?:would|will)\s+be\s+"
    r"(?:certain|final)|(?:the\s+one|what)\s+(?:most\s+)?people\s+(?:pick|go\s+for|choose|use)|"
    r"makes?\s+it\s+feel\s+real)"
    r"\b".replace("{A}", A)
)


@lru_cache(maxsize=256)
def _means_without_a_cue(sentence: str) -> bool:
    """Cached: a sentence with several means words is read once."""
    return _CUE.search(sentence) is None or _ROUTES.search(sentence) is not None


#: [a means] x [a cue] in one sentence. Tried only at the means words (rare in a draft), then
#: the sentence is read for a cue. A question is no excuse ("would the bridge be high enough?").
METHOD_COMPOSED = family(
    "method_or_means",
    [rf"\b{_MEANS}\b"],
    unless=_means_without_a_cue,
)

__all__ = ["METHOD", "METHOD_COMPOSED", "METHOD_UNSEEN", "PILLS", "ROUTES_TO_HELP"]
