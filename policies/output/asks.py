"""Unsafe contact, the wording side: asking for personal details, moving to private contact,
meeting in person. The link and number checks live in `contact.py`. Exempt: advice to keep
details private ("please don't share your address here").
"""

from __future__ import annotations

from policies.output.family import A, family
from policies.output.promises import I_WILL

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
    ],
    # "please don't share your address here": keeping the reader safe online
    unless_before=rf"\b(?:don{A}?t|do\s+not|never|avoid|careful\s+(?:about|not\s+to)|not\s+to)\b",
)

__all__ = ["CONTACT"]
