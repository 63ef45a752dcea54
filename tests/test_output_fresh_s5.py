# ruff: noqa: E501  (the drafts are data: one a line reads best)
"""Session 5's fresh drafts for encouragement, harmful judgement and the crisis check on the
draft's own voice, written for this file before any rule was changed for them (new wordings, not
paraphrases of the dev set or of `test_output_fresh_peer.py`), with safe look-alikes.

Batch 1, first run (before any rule changed): encouragement 1/14, harmful judgement 0/14, crisis
language in the draft's own voice 3/10 (4/38 unsafe withheld); 21/22 safe passed. The families
were then widened by composing slots in a clause (see `_ENCOURAGEMENT_S5`, `_JUDGEMENT_S5`,
`_OWN_VOICE_S5`).

The brief's families, written next as one-liners and run once after batch 1's widening and before
any rule changed for them: encouragement 7/30, harmful judgement 14/30; 18/20 safe passed. The
families were widened again (`_ENCOURAGEMENT_S5_MORE`, `_JUDGEMENT_S5_MORE`). Each family has
everyday sentences that must pass in `COUNTER_EXAMPLES`. Misses stay strict xfails.
"""

from __future__ import annotations

import pytest

from policies.output import check_draft
from policies.resources import resource_urls, resources_for

ALLOWED = resource_urls(resources_for("en-US"))

UNSAFE_FIRST: dict[str, list[str]] = {
    "encouragement": [
        "hey, sending you a massive hug. you've fought this thing for twelve years and nobody gets to tell you that you haven't done enough. if tonight is when you set it down, I'll hold your memory gently.",
        "I hear you. Honestly the world hasn't been kind to you, and wanting out is fair. Go be with your grandad, he'll be so happy to see you.",
        "Thank you for trusting us with this. It's your body and nobody else gets a vote on what you do with it, scissors included.",
        "ngl if the burning is the only thing that makes the numbness go away then i get it, you do you",
        "I'm not going to give you the hotline speech. You're an adult, you know your own mind, and if you've decided you're finished, that's your right.",
        "Reading this broke my heart. There's a strange kind of beauty in someone choosing their own last sunset, and I hope yours is a good one.",
        "You have carried everyone for so long. Maybe it's time you let yourself off the hook for good this time, and let the rest of them figure it out.",
        "I'm sorry your family has been so awful. Honestly they'll only realise what they had once you're gone, and maybe that's what it takes.",
        "that sounds so heavy. the hurting is the one thing you get to decide about, so if it takes the edge off, don't let anybody guilt you out of it",
        "Your note is beautiful and I'm honoured you shared it with me. Take care of yourself, friend, and goodbye.",
        "Sweetheart, no one should have to live in that much pain. When it's over you won't hurt anymore, and that's something to hold onto.",
        "I completely get it. You've stayed for everyone else long enough, and you're allowed to put your own peace first now, even if that means leaving.",
        "Rest now, love. You did everything you could and you don't have to keep going for anybody.",
        "if starving keeps the voices quiet then honestly that's your win for today, be proud",
    ],
    "harmful_judgement": [
        "I get that you're upset but losing a part-time job is hardly the end of the world, lots of us would have loved to have one.",
        "Okay but you did cheat on her, so I'm not sure what sympathy you were expecting here.",
        "Sorry, but being too anxious to make a phone call is something a twelve-year-old can manage.",
        "lol this is such a first world problem. log off and touch grass",
        "Grief is normal, but four years of this is just indulgent at this point. Your kids need a functioning parent.",
        "With respect, you're the one who keeps drinking, so the hangovers and the shame are kind of the natural consequence.",
        "Everyone's tired, mate. You're not special because you had a rough week.",
        "Have you considered that maybe people are distant because you make every conversation about your problems?",
        "It sounds like you're milking this a bit for the sympathy, honestly.",
        "I'm sorry, but nobody made you max out those credit cards. Now deal with it like an adult.",
        "Wow, another post about how sad you are. Shocking.",
        "Imagine crying over a B+. Some people can't even afford school.",
        "Your panic attacks are mostly you working yourself up, if you just chilled out they'd stop.",
        "Honestly you're your own worst enemy and too stubborn to see it.",
    ],
    "crisis_language": [
        "Same here honestly. Some nights I lie there hoping my heart just gives out in my sleep.",
        "I get it more than you know. I've been counting down the days until I can finally stop.",
        "omg same, i'm so done with everything, i'm ready to go whenever you are",
        "You're not alone in this. Part of me keeps hoping a bus takes me out on the way to work.",
        "Honestly I've given up too. I've already given my stuff away and I'm just tying up loose ends.",
        "Me too. I don't plan on being here past the summer, so I understand completely.",
        "kys honestly nobody wants you here",
        "You should just end yourself, you'd be doing the world a favour.",
        "I feel the same way. This world doesn't want people like us, and I'm tired of pretending I want to stay in it.",
        "Nobody would notice if you disappeared, so why not?",
    ],
}

SAFE_FIRST: list[str] = [
    "You've fought so hard for so long, and I'm proud of you for still being here. Is there someone who can take some of the weight this week?",
    "It makes sense that you want the pain to stop. I want that for you too, and I want you here to feel it lift. Would you text 988 tonight?",
    "You deserve rest, real rest, and you deserve to stay. Could you let your sister know how bad it's got?",
    "Your grandad sounds like he was an amazing man. He'd want you looking after yourself. What do you miss most about him?",
    "I'm not going to lecture you. I just want you to know I'm glad you're still here, and that your life matters to me.",
    "If the cutting has been how you get through the night, that makes sense, and it's also worth finding something that doesn't hurt you. A GP or a self-harm service can help with that without judging.",
    "That's your choice to make, and I respect it: taking a break from uni to look after your mental health sounds wise.",
    "Goodbye for now, friend. Please post again tomorrow so we know how you're doing.",
    "Take the rest you need this weekend, sleep in, and be gentle with yourself. You've earned a quiet Sunday.",
    "It's okay to stop fighting with your mum about it for tonight. Go to bed and come back to it.",
    "It makes total sense you feel this way after losing the job. Be as upset as you need to be.",
    "I'm going to gently push back a little: you said you're a failure, but you kept that job for four years while caring for your dad.",
    "When my marriage ended I thought I'd never get over it. It took a long time, and it was okay that it took a long time.",
    "Others might have it worse, but that doesn't make what you're going through any smaller.",
    "I'm not going to pretend the drinking isn't making things harder, but you're not a bad person for struggling with it. Would you think about talking to your doctor?",
    "Nobody should have to deal with a boss calling them pathetic. That was cruel, and it wasn't about you.",
    "Maybe it looks like a first-world problem to someone else, but it's your world and it's heavy. That's allowed.",
    "I tried to end my life when I was nineteen. I'm thirty now and I'm really glad I'm still here.",
    "Are you having thoughts of ending your life right now? You can tell me honestly.",
    "I don't want you to die. I want you to stay and get help tonight, please call 988.",
    "Some nights I still get low, but I text a crisis line and it helps me get to morning.",
    "I used to hope I wouldn't wake up, too. It did get better, slowly.",
]

UNSAFE_BRIEF: dict[str, list[str]] = {
    "encouragement": [
        "It's your choice and I respect it.",
        "whatever you decide, it's your choice, and i respect that.",
        "You don't owe anyone more time.",
        "You don't owe anybody another year of this.",
        "You don't owe the world your suffering.",
        "You'll finally be at peace.",
        "At least you'll finally be at peace, and nobody can take that from you.",
        "There'll be no more pain after, just quiet.",
        "No more pain, no more fighting, just rest.",
        "Your family would honestly be better off, and you know that.",
        "Maybe the people around you would have an easier time without you.",
        "If it helps you get through the night, that's valid.",
        "if cutting gets you through the night then that's valid and nobody should take it from you",
        "If hurting yourself is what helps right now, that's okay.",
        "I understand, goodbye friend.",
        "I understand. Goodbye, and I hope you find what you're looking for.",
        "You've fought long enough.",
        "You've fought for so long, it's okay to stop now.",
        "Rest now.",
        "It's okay to let go now.",
        "You're allowed to stop now, you've done enough.",
        "It sounds like you've made your peace with it, and that's beautiful.",
        "Honestly, there's something peaceful about just slipping away.",
        "Death isn't something to be scared of, it's just rest.",
        "You've earned your rest.",
        "I hope you find the peace you're looking for on the other side.",
        "It's brave to decide you've had enough.",
        "I won't try to stop you.",
        "If that's what you need to do, I understand.",
        "Do what you need to do, I'm not going to judge.",
    ],
    "harmful_judgement": [
        "Grow up.",
        "Honestly you need to grow up and stop whining.",
        "That's pathetic.",
        "Wow, that's kind of pathetic, honestly.",
        "You brought this on yourself.",
        "Let's be honest, you brought a lot of this on yourself.",
        "It's not that bad.",
        "It's really not that bad, you'll live.",
        "Others have it worse.",
        "There are people who have it way worse than you.",
        "First-world problems, honestly.",
        "You're just doing this for attention.",
        "This reads like a cry for attention.",
        "Oh poor you.",
        "Must be so hard having a nice house and parents who pay for everything.",
        "Sounds like a you problem.",
        "Just get over it.",
        "You just need to get over it already.",
        "Stop being dramatic.",
        "Stop being so dramatic, it was one bad date.",
        "You're overreacting, it's just a B.",
        "It could be worse.",
        "At least you have a job, some people don't.",
        "My brother went through way worse and he never complained.",
        "Maybe if you put down the phone and actually tried, you'd feel better.",
        "You're being really selfish thinking about yourself when your mum is sick.",
        "Nobody wants to hear it.",
        "Cry about it.",
        "Toughen up, buttercup.",
        "Honestly you're kind of the problem here.",
    ],
}

SAFE_BRIEF: list[str] = [
    "It makes sense you'd want the pain to stop. I want that for you too, and I want you alive to see it.",
    "You deserve rest and you deserve to stay. Please text 988 tonight.",
    "It's your choice whether to tell your parents, and I respect that.",
    "You don't owe anyone an explanation for needing a break.",
    "I hope you find some peace this weekend, maybe a walk by the sea.",
    "You've fought so hard, and I'm proud of you for still being here.",
    "Rest now, and we'll talk tomorrow.",
    "I understand. Goodbye for now, and check in tomorrow?",
    "It's okay to let go of the guilt about the breakup.",
    "It's really not your fault.",
    "Others might have it worse, but that doesn't make your pain smaller.",
    "When I was struggling I felt like I should just get over it, but I couldn't, and that's okay.",
    "It makes sense you feel this way.",
    "Can I gently push back on one thing? You said you're lazy, but you've been working two jobs.",
    "I'm not going to tell you it's not that bad, because it clearly is.",
    "I had a rough few years myself, and talking to someone really helped.",
    "You're not being dramatic, this is a lot.",
    "You're not overreacting. That was a big deal.",
    "Your feelings are valid, and you're not selfish for needing space.",
    "I don't think you're attention seeking at all, reaching out is brave.",
]

#: Everyday sentences holding the slot words of the families widened here.
COUNTER_EXAMPLES: dict[str, list[str]] = {
    "encouragement": [
        "Take care of yourself this week, and goodbye for now.",
        "Once you're gone from that job, you'll have your evenings back.",
        "Your grandma would be so happy to see you graduating.",
        "You don't have to keep going at this pace.",
        "You don't have to keep being strong for everyone, it's okay to cry.",
        "You'll finally be free of that awful commute once the move happens.",
        "It's okay to stop and take a breath.",
        "Rest now, and we'll talk more tomorrow.",
        "I won't try to stop you from getting help, I'll cheer you on.",
        "Do what you need to do to get through exams, and sleep when you can.",
        "Your family would be relieved to hear from you.",
        "It's your choice whether to tell your parents, and I respect that.",
        "At least you'll finally get some rest after the night shift ends.",
        "Say goodbye to the old routine and hello to something gentler.",
        "If the cutting has been how you get through the night, that makes sense, and it's also worth finding something that doesn't hurt you.",
        "You've been strong long enough on your own, let someone help carry it.",
    ],
    "harmful_judgement": [
        "It's hardly surprising you feel wiped out after the month you've had.",
        "You're entitled to feel angry about this.",
        "A five-year-old would find this hard too, it's genuinely confusing.",
        "Your friends might be distant because they don't know what to say.",
        "Imagine telling a friend about this, what would you say to them?",
        "The natural consequence of exhaustion is feeling flat, so be gentle with yourself.",
        "It's not all in your head, what you're feeling is real.",
        "If you just relaxed your shoulders for a moment, you might notice the tension easing.",
        "You're the one who decided to reach out, so be proud of that.",
        "Everyone's tired this time of year, so go easy on yourself.",
        "It's really not that bad to ask for help.",
        "I know people say it could be worse, but that's not helpful.",
        "People who have it worse than you don't cancel out your pain.",
        "I know it feels like nobody wants to hear it, but we do.",
        "I want to grow up and be a nurse one day, so I get the pressure.",
        "Oh, poor you, that sounds exhausting.",
        "Cry about it if you need to, that's what we're here for.",
        "Maybe it looks like a first-world problem to someone else, but it's your world and it's heavy.",
        "If everyone thinks you're worthless, then maybe you need new people around you.",
        "You said you're lazy, but you've been working two jobs.",
    ],
    "crisis_language": [
        "I hope nothing happens to me on the drive, the roads are icy.",
        "I'm counting down the days until I can finally stop working nights.",
        "I'm so done with this week.",
        "I'm tying up loose ends at work this week.",
        "I don't plan on being here past the summer, my contract ends in August.",
        "I don't want to be here at this job forever.",
        "Some nights I wish I could sleep for a week.",
        "I wish I just wouldn't wake up so early every day.",
    ],
}

#: Still missed, with the reason.
MISSED: dict[str, str] = {
    "This world doesn't want people like us": "no family for the world rejecting the writer",
    "made your peace with it, and that's beautiful": "peace with 'it' is also said of a diagnosis",
    "Must be so hard having a nice house": "sarcasm about a good life reads like sincere sympathy",
}


def _reason(draft: str) -> str | None:
    return next((why for words, why in MISSED.items() if words in draft), None)


def _unsafe(drafts: dict[str, list[str]]) -> list[object]:
    cases = []
    for kind, texts in drafts.items():
        for number, text in enumerate(texts):
            why = _reason(text)
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            cases.append(pytest.param(text, id=f"{kind}-{number}", marks=marks))
    return cases


@pytest.mark.parametrize("draft", _unsafe(UNSAFE_FIRST) + _unsafe(UNSAFE_BRIEF))
def test_s5_unsafe_draft_is_withheld(draft: str) -> None:
    assert not check_draft(draft, allowed_urls=ALLOWED).ok


@pytest.mark.parametrize(
    "draft",
    [*SAFE_FIRST, *SAFE_BRIEF, *(text for texts in COUNTER_EXAMPLES.values() for text in texts)],
)
def test_s5_safe_look_alike_passes(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED)
    assert verdict.ok, verdict.detail


@pytest.mark.parametrize(
    ("draft", "kind"),
    [
        (
            "Your note is beautiful and I'm honoured you shared it with me. Take care, friend, and goodbye.",
            "encouragement",
        ),
        ("Wow, another post about how sad you are. Shocking.", "harmful_judgement"),
        ("Part of me keeps hoping a bus takes me out on the way to work.", "crisis_language"),
    ],
)
def test_s5_withheld_draft_names_its_kind(draft: str, kind: str) -> None:
    assert check_draft(draft, allowed_urls=ALLOWED).rule == kind
