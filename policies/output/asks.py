"""Unsafe contact, the wording side: asking for personal details, moving to private contact,
meeting in person. The link and number checks live in `contact.py`. Exempt: advice to keep
details private ("please don't share your address here").
"""

from __future__ import annotations

from policies.output.family import A, family
from policies.output.promises import I_WILL

#: A personal detail a stranger should not ask for.
_DETAIL = (
    r"(?:(?:full|real|last|first|home|email|phone|street|school|work)\s+)?(?:name|surname|last\s+"
    r"name|address|street|postcode|post\s+code|zip(?:\s+code)?|school|college|campus|workplace|"
    r"number|phone\s+number|cell|email|e-mail|username|user\s*name|handle|insta(?:gram)?|"
    r"snap(?:chat)?|whatsapp|discord|telegram|kik|socials|location|age|birthday|date\s+of\s+birth|"
    r"room\s+number|ward)"
)
#: Composed families: [ask] x [your detail]; which place the reader is at; a number to reach them
#: on; moving the talk somewhere private; [I or we could] x [come, meet, pick up, keep company];
#: being close by; age and who is at home.
_CONTACT_SLOTS = [
    # batch 4's families: outside of here, swapping numbers, a message on a platform, which hospital
    # they took you to, my place, down the road, getting off the site, the phone
    r"\b(?:get\s+hold\s+of|reach|contact|message|find|talk\s+to)\s+you\s+outside\s+(?:of\s+)?(?:here|"
    r"this\s+(?:sub|thread|site)|reddit)\b",
    rf"\b(?:we\s+(?:could|can|should)|let{A}s|(?:do|would)\s+you\s+(?:want|like)\s+to|shall\s+we)\s+"
    rf"(?:\w+\s+)?(?:swap|exchange|trade)\s+(?:numbers|contacts|details|socials|snaps|emails)\b",
    r"\b(?:shoot|drop|hit|ping|dm|pm)\s+me\s+(?:\w+\s+){0,3}?on\s+(?:whatsapp|snap\w*|insta\w*|discord|"
    r"telegram|kik|signal|messenger|facebook|tiktok)\b",
    rf"\b(?:number|contact|discord|insta|snap|whatsapp)(?:{A}s|\s+is)?\s+in\s+my\s+(?:bio|profile)\b",
    r"\b(?:come\s+(?:over|round|by)\s+to\s+my\s+(?:place|house|flat)|my\s+place\s+for\s+a)\b|\b(?:i"
    r"['’ʼ]ll|i\s+will|i\s+can|i\s+could)\s+come\s+(?:and\s+)?visit\b",
    r"\b(?:down\s+the\s+road|round\s+the\s+corner|around\s+the\s+corner|up\s+the\s+street)\s+from\s+"
    r"(?:you|your)\b",
    r"\b(?:get|go|move)\s+off\s+(?:reddit|here|this\s+(?:site|sub|app)|the\s+(?:sub|site|forum))\s+"
    r"and\s+(?:talk|chat|message|text|call|add|dm|pm|speak)\b",
    rf"\b(?:let{A}s|we\s+(?:could|can|should))\s+(?:\w+\s+){{0,4}}?(?:talk|chat|speak)\s+(?:on\s+the"
    rf"\s+phone|by\s+phone|over\s+the\s+phone)\b",
    # batch 3's families: whereabouts, a platform to chat on, more private than here, a call
    r"\bwhere\s*abouts\s+(?:\w+\s+){0,3}?(?:are\s+you|do\s+you\s+live|you\s+(?:live|are))\b"
    r"(?<!process\sare\syou)",
    rf"\b(?:let{A}s|we\s+(?:can|could|should))\s+(?:\w+\s+){{0,2}}?on\s+(?:whatsapp|snap\w*|insta\w*|"
    rf"discord|telegram|kik|signal|messenger|facebook|tiktok)\b|\bmore\s+private\s+than\s+(?:here|this|reddit|the\s+(?:sub|forum|thread|site)|on\s+here)\b",
    r"\b(?:we|i)\s+(?:could\s+|can\s+|should\s+)?(?:video\s+call|facetime|video\s+chat|voice\s+call|"
    r"hop\s+on\s+a\s+call)\b",
    rf"\b(?:i{A}m|i\s+am|i{A}d\s+be|i\s+would\s+be)\s+(?:really\s+)?happy\s+to\s+(?:come|drive|pop|"
    rf"meet|pick\s+you\s+up|visit)\b",
    rf"\b(?:tell|give|send|pass|text|dm|pm|email)\s+(?:me|us)\s+your\s+(?:\w+{A}s\s+)?(?:\w+\s+)?"
    rf"{_DETAIL}\b",
    r"\b(?:tell|give|send)\s+(?:me|us)\s+(?:the\s+)?(?:name|address|number|location)\s+of\s+your\s+"
    r"(?:school|college|work|workplace|street|house|hospital|town|employer|uni|university)\b",
    r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:station|stop|street|road|school|neighbou?rhood|town|city|"
    r"area|estate|building)\s+is\s+(?:closest|nearest|near)\s+(?:to\s+)?you\b",
    rf"\bi(?:{A}m|\s+am|{A}ll\s+be|\s+will\s+be)\s+(?:\w+\s+)?(?:in\s+(?:the|your)\s+area(?!\s+of)|"
    rf"nearby|close\s+by|around\s+your\s+way)\b",
    r"\b(?:send|message|text|call|ring|add)\s+me\s+(?:\w+\s+){0,3}?on\s+(?:whatsapp|snap\w*|insta\w*|"
    r"discord|telegram|kik|signal|messenger|facebook|tiktok)\b",
    rf"\b(?:i\s+knew|i\s+know|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|send\s+me)\s+where\s+you\s+"
    rf"(?:are|{A}re)\s+(?:right\s+now|exactly|tonight|at\s+the\s+moment)\b|"
    rf"\bwhat{A}?s\s+(?:the|your)\s+address\b",
    rf"\b(?:let{A}s|we\s+(?:can|could|should)|i\s+can|i{A}ll)\s+(?:\w+\s+){{0,2}}?(?:switch|move|go|"
    rf"head|take\s+(?:this|it))\s+(?:over\s+)?(?:to|into)\s+(?:a\s+)?(?:private|direct|"
    rf"one[- ]on[- ]"
    rf"one|1:1)\b",
    rf"\b(?:leave|drop|post|put)\s+your\s+(?:\w+\s+)?{_DETAIL}\s+(?:below|here|in\s+the\s+comments|"
    rf"in\s+(?:my|the)\s+(?:dms?|inbox))\b",
    rf"\b(?<!\bon\s)(?<!\bof\s)(?:what|which)\s+(?:street|road|hospital|ward|school|town|city|area|"
    rf"neighbou?rhood|campus|dorm|building|part\s+of\s+town)\s+(?:\w+\s+)?(?:are\s+you|you{A}re|"
    rf"you\s+are|do\s+you)\b(?!\s+(?:being\s+referred|thinking|considering|hoping))",
    r"\b(?:number|email|address|handle)\s+(?:to|i\s+can|where\s+i\s+can)\s+(?:reach|contact|text|"
    r"call|get\s+hold\s+of|message|find)\s+you\b",
    r"\b(?:take|move|continue|bring)\s+(?:this|it|things|the\s+(?:conversation|chat))\s+(?:to|over\s+"
    r"to|into|in)\s+(?:dms?|pms?|private|(?:my\s+|the\s+)?(?:discord|snap\w*|insta\w*|whatsapp|"
    r"telegram|kik|messages|inbox|dm|pm)|somewhere\s+(?:else|private|quieter))\b",
    r"\b(?:message|text|dm|pm|chat\s+(?:with|to)|talk\s+to|email)\s+me\s+(?:privately|in\s+private|"
    r"directly|instead|one[- ]on[- ]one)\b",
    r"\bjust\s+the\s+two\s+of\s+us\b",
    r"\btoo\s+many\s+(?:eyes|people\s+(?:watching|reading))\b",
    rf"\b(?:mods?|moderators)\s+(?:can{A}?t|cannot|won{A}?t)\s+see\b|\b(?:where|somewhere)\s+"
    rf"(?:nobody|no\s+one|(?:the\s+)?mods?)\s+(?:can{A}?t|"
    rf"cannot|won{A}?t)\s+see\b",
    rf"\b(?:we\s+could|let{A}s|i\s+could|i\s+can|{I_WILL}|i{A}d|i\s+would|want\s+to|we\s+should|"
    rf"we\s+can)\s+(?:\w+\s+){{0,2}}?(?:meet\s+(?:up|you|at|in|near|somewhere|for)|(?:(?:pop|drop|swing|"
    rf"stop)\s+(?:in|round|over|by))(?!\s+(?:to\s+)?(?:this|the|here|again)\b)|drive\s+(?:over|round|to\s+(?:you|your))|come\s+(?:round|over|by|keep\s+you\s+"
    rf"company|see\s+you|to\s+(?:you|your)|and\s+(?:see|get)\s+you)|keep\s+you\s+company|pick\s+you"
    rf"\s+up|visit\s+you)\b",
    rf"\bi(?:{A}m|\s+am)\s+(?:only\s+|just\s+)?(?:\w+\s+){{0,2}}?(?:minutes|mins|miles|km|an?\s+hour|"
    rf"blocks?|streets?)\s+(?:away\s+)?from\s+(?:you|your)\b",
    r"\bi\s+(?:live|work|stay)\s+(?:really\s+|just\s+)?(?:near|close\s+to|nearby|around\s+the\s+"
    r"corner\s+from)\s+(?:you|your)\b",
    r"\bhow\s+old\s+are\s+you\b",
    r"\bwho\s+do\s+you\s+live\s+with\b",
    r"\bare\s+your\s+parents\s+(?:out|away|home|around|asleep)\b",
]

CONTACT = family(
    "personal_contact",
    [
        r"\b(?:what{A}?s|what\s+is|tell\s+me|send\s+me|give\s+me|share|dm\s+me|pm\s+me|text\s+me)\s+"
        r"your\s+(?:full\s+|real\s+|home\s+|email\s+|phone\s+|last\s+|first\s+and\s+last\s+)?"
        r"(?:name|address|school|number|email|location|age|phone|instagram|insta|snapchat|snap|"
        r"handle|socials|whatsapp|discord|kik|telegram|cell)\b".replace("{A}", A),
        r"\b(?<!\bon\s)(?<!\bof\s)(?:what|which)\s+(?:city|town|school|neighbou?rhood|area|street|"
        r"state|country|college)\s+(?:are\s+"
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
        rf"\b{I_WILL}\s+(?:call|text|phone|ring|visit|email|facetime)\s+you\b",
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
        *_CONTACT_SLOTS,
    ],
    # "please don't share your address here": keeping the reader safe online
    unless_before=rf"\b(?:don{A}?t|do\s+not|never|avoid|careful\s+(?:about|not\s+to)|not\s+to)\b",
)

__all__ = ["CONTACT"]
