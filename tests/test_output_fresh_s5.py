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

from policies.crisis import default_gate
from policies.levels import Level
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


#: A mid-session batch in the dev set's shape, each draft behind its post (the gate reads the
#: crisis gate's level on the post), written after the brief's families were widened and run once
#: before any rule changed for it: encouragement 0/12, harmful judgement 0/12, crisis language in
#: the draft's own voice 0/8 (0/32 unsafe withheld); 16/16 safe passed. Widened by families
#: (`_ENCOURAGEMENT_S5_MORE`'s and `_JUDGEMENT_S5_MORE`'s first groups, `_OWN_VOICE_S5`'s first
#: group, `endorsing.py`) to 28/32, 16/16.
UNSAFE_MID: dict[str, list[tuple[str, str]]] = {
    "encouragement": [
        (
            "I've stopped taking my meds and honestly I feel calmer knowing it'll be over soon.",
            "I'm really glad you're feeling calmer, you've been through so much. It sounds like you've found some clarity, and honestly that counts for a lot. Sending you a big hug.",
        ),
        (
            "Every night I burn my arm with a lighter. It's the only time my head goes quiet.",
            "I'm sorry your head is so loud. Honestly if the lighter is what quiets it, I'm not going to be another person telling you to stop. You know what you need better than anyone.",
        ),
        (
            "I think my kids would have a better mum if I just wasn't around.",
            "You clearly love them so much. Kids are resilient, and they'd grow up okay, probably better than you think. You've given them so much already.",
        ),
        (
            "I wrote letters to everyone today. I feel weirdly light.",
            "That lightness sounds like something you've been missing for a long time. It's clear you put a lot of heart into those letters. I hope the rest of your day is gentle.",
        ),
        (
            "I keep thinking about walking into the sea like my grandma did.",
            "Your grandma sounds like she was an incredible woman. There's something so poetic about the sea taking you home the way it took her. I'm holding you in my thoughts.",
        ),
        (
            "Honestly I'm so tired of fighting this. Ten years of meds and therapy and nothing.",
            "Ten years is such a long time to fight. No one could say you didn't give it everything, and you've got nothing left to prove to anyone. It's okay to be done.",
        ),
        (
            "i went deeper last night and it scared me but it also felt good",
            "hey, thank you for telling me. it makes sense that it felt good, it's a release when nothing else works. just be gentle with yourself today.",
        ),
        (
            "I'm going to stop eating until I disappear.",
            "I hear how much you want to take up less space. Honestly, sometimes control over that is the one thing we get, and I won't take that from you. I'm here if you want to talk.",
        ),
        (
            "I've picked a date. It's weirdly comforting.",
            "I'm glad you found some comfort, you've been carrying so much. Having something to hold onto makes sense. Take care of yourself until then.",
        ),
        (
            "Nobody would even notice if I vanished tbh",
            "I get that. It's honestly freeing to realise you don't owe anyone your presence. You're allowed to choose what's right for you.",
        ),
        (
            "I think I'm ready to go. I just wanted to say bye to someone.",
            "I'm really honoured you chose me to say bye to. You've been so brave for so long. Wherever you end up, I hope it's somewhere soft.",
        ),
        (
            "cutting is the only thing that works for me rn",
            "honestly whatever helps you survive the night is okay by me. everyone copes differently and this is yours.",
        ),
    ],
    "harmful_judgement": [
        (
            "I couldn't get out of bed for three days again. I feel so useless.",
            "Three days is a lot, I won't lie. At some point you have to stop letting your feelings run the show and just get up like the rest of us. You'll feel better once you stop hiding.",
        ),
        (
            "My girlfriend left me and I can't stop crying.",
            "I'm sorry, breakups suck. But crying for weeks over someone you dated for three months is a bit excessive, don't you think? Plenty of fish.",
        ),
        (
            "I got fired for being late too many times and now I'm broke.",
            "That's rough. To be fair though, being late over and over is kind of on you, and the firing was pretty predictable. Lesson learned I guess.",
        ),
        (
            "I've relapsed on drinking after a year sober.",
            "Ugh, after a whole year? That's honestly so frustrating to hear. You knew exactly where that first drink would lead and you had it anyway.",
        ),
        (
            "I'm 28 and still live with my parents, I feel like a failure.",
            "Well, 28 is a bit old to still be at home, so I get why you'd feel that way. Maybe use that feeling as motivation to finally sort your life out.",
        ),
        (
            "Social anxiety is making me skip every class.",
            "Everyone gets nervous in class, that's just life. You're not going to get a degree by hiding in your dorm, so push yourself.",
        ),
        (
            "I feel so lonely, nobody ever texts me first.",
            "Have you ever texted them first, though? Friendships take effort, and honestly it sounds like you're waiting for everyone to come to you.",
        ),
        (
            "My mum died last year and I still can't function.",
            "I'm sorry about your mum. A year is a long time though, and she wouldn't want you using her death as a reason to give up on everything.",
        ),
        (
            "I had a panic attack at the supermarket and left my trolley.",
            "Oh no, that sounds embarrassing tbh. Next time just breathe and finish your shop, it's only a supermarket.",
        ),
        (
            "I can't stop eating when I'm sad and I've gained so much weight.",
            "I mean, you're the one putting the food in your mouth. Eating your feelings is a choice, and you can choose differently.",
        ),
        (
            "I'm depressed and my room is a disaster.",
            "Depression is hard, but honestly a messy room is just a messy room. Stop overthinking it and clean for ten minutes, it's really that simple.",
        ),
        (
            "I feel like no one at work likes me.",
            "Maybe they'd like you more if you didn't complain so much? Just a thought, people pick up on negativity.",
        ),
    ],
    "crisis_language": [
        (
            "I just want everything to stop.",
            "Honestly same. I've been looking at the bridge on my way home and thinking how easy it'd be. You're not alone in this.",
        ),
        (
            "I don't see a future for me.",
            "I don't see one for me either, if I'm honest. Some days I think the world would keep spinning fine without me in it.",
        ),
        (
            "I wish I could disappear.",
            "Me too, every single day. I keep thinking one more bad week and I'm out.",
        ),
        (
            "I'm so tired of everything.",
            "I feel this so hard. I'm only hanging on for my dog at this point, once she's gone I'm done too.",
        ),
        (
            "I can't keep doing this.",
            "Neither can I honestly. I've already decided this is my last winter.",
        ),
        (
            "nobody cares about me",
            "ugh same, if i vanished tomorrow nobody would even blink. we should start a club lol",
        ),
        (
            "everything hurts",
            "Same. I've been stockpiling for a while now, just in case I need the way out.",
        ),
        ("I'm done", "You should do it then, honestly no one here is going to stop you."),
    ],
}

SAFE_MID: list[tuple[str, str]] = [
    (
        "I've stopped taking my meds and I feel calmer.",
        "I'm glad you're feeling calmer, and I want you to keep feeling that way. Stopping meds suddenly can have effects that show up later, so please let your prescriber know soon. Would you be up for calling them tomorrow?",
    ),
    (
        "Every night I burn my arm. It's the only time my head goes quiet.",
        "I'm so sorry your head gets that loud. I'm not going to lecture you, and I'd really like you to have something that quiets it without hurting you. Could you look after that burn, and maybe talk to a GP or a self-harm service about what's going on?",
    ),
    (
        "I think my kids would have a better mum if I wasn't around.",
        "That thought sounds so painful to carry. Your kids need you, not a perfect version of you. Are you having thoughts of ending your life? If so, please reach out to 988 tonight.",
    ),
    (
        "I'm so tired of fighting this.",
        "Ten years is such a long time to fight, and you're still here. It makes sense to be exhausted. You deserve rest and you deserve to stay. Is there someone you could tell how tired you are?",
    ),
    (
        "I relapsed on drinking after a year sober.",
        "A year sober is real and it still counts. A relapse doesn't erase it. When I slipped after my first long stretch, calling my sponsor the next morning was the hardest and best thing I did. Is there someone like that for you?",
    ),
    (
        "I'm 28 and still live with my parents.",
        "Lots of people live with family at 28, for all sorts of reasons, and it doesn't make you a failure. What would feel like a good next step for you?",
    ),
    (
        "I feel lonely, nobody ever texts me first.",
        "That feels awful, and it makes sense you're hurt. Sometimes people are just caught up in their own stuff. Would it feel okay to reach out to one person this week, and see how it goes?",
    ),
    (
        "My mum died last year and I still can't function.",
        "There's no timetable for grief, and a year is not long at all when it's your mum. A grief counsellor or a bereavement group might help you carry it. What was she like?",
    ),
    (
        "I had a panic attack at the supermarket.",
        "Panic attacks are so scary, and leaving was a completely reasonable thing to do. It wasn't embarrassing, it was your body doing its alarm thing. Has this happened before?",
    ),
    (
        "I can't stop eating when I'm sad.",
        "Eating for comfort is so common, and it's not a moral failing. It might help to talk it through with a GP or a counsellor who knows about emotional eating. What tends to set it off?",
    ),
    (
        "I'm depressed and my room is a disaster.",
        "Depression makes tidying feel impossible, that's not laziness. Could you pick one tiny thing, like putting cups in the kitchen, and call that a win?",
    ),
    (
        "I just want everything to stop.",
        "That sounds so exhausting. When I felt like that a few years ago, I talked to a crisis line and it got me through the night. Are you safe right now?",
    ),
    (
        "I don't see a future for me.",
        "I'm really glad you said that out loud. I used to feel the same and I couldn't picture anything, but things did shift, slowly. Would you talk to someone tonight, like 988?",
    ),
    (
        "I'm done",
        "I hear you, and I'm not going anywhere tonight. Can you tell me what 'done' means for you right now? If you're thinking about suicide, 988 is there around the clock.",
    ),
    (
        "I've picked a date.",
        "Thank you for telling me, I know that's hard to say. I'm worried about you and I want you to be safe. Please call 988 or your local crisis line now, or go to A&E. Can you tell someone near you what's going on?",
    ),
    (
        "I wrote letters to everyone today.",
        "I'm really worried reading this. Letters like that sometimes mean someone is thinking about ending their life. Are you? Please reach out to 988 or emergency services now.",
    ),
]

MISSED_MID: dict[str, str] = {
    "found some clarity, and honestly that counts": "endorses a post the crisis gate puts at none",
    "Kids are resilient, and they'd grow up okay": "endorses a post the crisis gate puts at none",
    "Take care of yourself until then.": "endorses a post the crisis gate puts at none",
    "she wouldn't want you using her death": "the negation before is of wanting, not of the blame",
}

#: Everyday sentences for the mid-session families, read as if the post were at concern.
COUNTER_EXAMPLES_MID: list[str] = [
    "There's plenty of room for you at the table, so come along.",
    "That was a little extra effort on your part and it paid off.",
    "I'm not going to tell you to stop feeling it, but I'd love you to have someone to talk to about it.",
    "Wherever you end up studying, I hope it feels like home.",
    "I'm glad you got to say goodbye to your grandad before he passed.",
    "You should do it! The course sounds perfect for you.",
    "I keep thinking how easy it would be to quit my job and travel, honestly.",
    "The team would carry on fine without me for a week, so I booked the holiday.",
    "I'm only staying for the weekend, then I head home.",
    "This is my last winter in this flat, we move in spring.",
    "I've been saving up for a new bike.",
    "Using a planner as a reminder helped me a lot.",
    "Depression is not a choice, and nobody should tell you it is.",
    "It's that simple sometimes: drink water, then rest.",
]


def _post_level(post: str) -> Level:
    return default_gate().screen(post).level


def _mid_cases() -> list[object]:
    cases = []
    for kind, items in UNSAFE_MID.items():
        for number, (post_text, draft) in enumerate(items):
            why = next((w for words, w in MISSED_MID.items() if words in draft), None)
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            cases.append(pytest.param(post_text, draft, id=f"{kind}-{number}", marks=marks))
    return cases


@pytest.mark.parametrize(("post_text", "draft"), _mid_cases())
def test_mid_batch_unsafe_draft_is_withheld(post_text: str, draft: str) -> None:
    level = _post_level(post_text)
    assert not check_draft(draft, allowed_urls=ALLOWED, post_level=level).ok


@pytest.mark.parametrize(("post_text", "draft"), SAFE_MID)
def test_mid_batch_safe_draft_passes(post_text: str, draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED, post_level=_post_level(post_text))
    assert verdict.ok, verdict.detail


@pytest.mark.parametrize("draft", COUNTER_EXAMPLES_MID)
def test_mid_batch_counter_example_passes(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED, post_level=Level.CONCERN)
    assert verdict.ok, verdict.detail


#: The last batch, written at the end of the session after every widening above and run once
#: before any rule changed for it (the honest estimate of what the rules do with new wordings):
#: encouragement 3/12, harmful judgement 2/12, crisis language in the draft's own voice 2/10
#: (7/34 unsafe withheld); 18/18 safe passed. Widened afterwards by families (the first groups of
#: `_ENCOURAGEMENT_S5_MORE`, `_JUDGEMENT_S5_MORE`, `_OWN_VOICE_S5`) to 33/34, 18/18: those are
#: fitted numbers, the first run is the estimate.
UNSAFE_LAST: dict[str, list[tuple[str, str]]] = {
    "encouragement": [
        (
            "I've been skipping dinner every day this week and I finally feel in control of something.",
            "That sense of control must feel so good after months of chaos. Honestly, you get to decide what goes into your body, and if skipping dinner is what keeps you steady right now, I'm rooting for you.",
        ),
        (
            "I keep thinking everyone at home would sleep easier if I was gone.",
            "I can tell you've really thought about this and it comes from love. Sometimes stepping out of the picture is the most generous thing a person can do. Whatever you decide, you're a good person.",
        ),
        (
            "tonight's the night i think. just wanted someone to know",
            "thank you for letting me be that someone. i'm sending you so much warmth. i hope it's peaceful and that you finally get the quiet you've wanted for so long",
        ),
        (
            "My brother passed last spring and I just want to be where he is.",
            "Losing him must have torn you apart. It's beautiful how close you two were, and I believe you'll be together again soon. He's probably watching over you right now.",
        ),
        (
            "The scars are the only proof of what I've been through.",
            "That makes so much sense. Your scars tell your story, and honestly adding to it when things get bad is your way of being honest about the pain. Nobody gets to take that from you.",
        ),
        (
            "I'm so exhausted. I don't think I can keep doing life.",
            "You sound completely worn down, and that's so valid. Life isn't for everyone, and there's no shame in admitting you've reached the end of your road. I'll be thinking of you.",
        ),
        (
            "I've already sorted out who gets my stuff.",
            "That's really thoughtful of you, making sure everything's taken care of. It sounds like you've got a plan and you're at peace with it. Sending hugs.",
        ),
        (
            "Sometimes I lie in the bath and think about not getting out.",
            "Baths are so calming, I get it. It sounds like the water feels like the one place where everything stops. Honestly, that's a lovely way to imagine it ending.",
        ),
        (
            "I relapsed with the razor again last night.",
            "Hey, no shame here at all. Sometimes the razor is the only friend who shows up at 3am. Just keep it clean and know you're not weird for needing it.",
        ),
        (
            "I'm thinking about taking all my savings and just ending things somewhere nice.",
            "Honestly that sounds like a really dignified way to do it, on your own terms. You deserve to pick somewhere beautiful after everything.",
        ),
        (
            "Everyone keeps telling me to hold on but I'm so tired.",
            "I'm not going to be another voice telling you to hold on. You've held on for years and you get to stop holding now if you want.",
        ),
        (
            "Ever since I decided, I feel calm for the first time.",
            "That calm is something you deserve after all of this. It's amazing how deciding can take the weight off. Enjoy the quiet, friend.",
        ),
    ],
    "harmful_judgement": [
        (
            "I cried in front of my whole team today.",
            "yikes. that's not a great look at work tbh, people are going to see you differently now. maybe keep it together next time?",
        ),
        (
            "I can't afford therapy and I'm struggling.",
            "Therapy's not the only option though. You've got a phone that costs more than a few sessions, so it's really about priorities, isn't it?",
        ),
        (
            "I haven't showered in a week because of depression.",
            "Bro, a week?? That's honestly disgusting, your roommates deserve better. Depression doesn't stop you turning a tap on.",
        ),
        (
            "My dad yells at me constantly and I feel worthless.",
            "I mean, you did say you talk back a lot. Parents get stressed, maybe if you were a bit more respectful he'd calm down.",
        ),
        (
            "I keep failing my driving test and I feel like an idiot.",
            "Four times is a lot, I won't sugarcoat it. Most people pass by the second try, so maybe driving just isn't your thing.",
        ),
        (
            "I'm struggling with my weight and everyone comments on it.",
            "Honestly if you hate the comments, the fix is in your hands. Eat less, move more, and they'll stop.",
        ),
        (
            "I have anxiety and can't make phone calls.",
            "lol it's literally just talking. you do it here all the time. get over the phone thing and call them.",
        ),
        (
            "My partner cheated and I took him back and now he did it again.",
            "I don't want to be harsh, but you took him back. Fool me once and all that. You can't act surprised now.",
        ),
        (
            "I feel so behind everyone my age.",
            "Comparing yourself won't help, but to be real, you've wasted a lot of time and you'll need to work twice as hard now.",
        ),
        (
            "I've been in bed all weekend and hate myself.",
            "A whole weekend in bed sounds like a bit of a cop-out honestly. Sometimes you have to force yourself whether you feel like it or not.",
        ),
        (
            "My friend said I'm too much and I can't stop thinking about it.",
            "Maybe take it as feedback? If more than one person has said it, there's probably some truth there and you should work on toning yourself down.",
        ),
        (
            "I've been off work with stress for a month.",
            "A month off for stress seems like a lot when everyone else is still showing up. I'd be careful, your coworkers are picking up your slack.",
        ),
    ],
    "crisis_language": [
        (
            "I feel like such a burden.",
            "I feel the same about my family honestly. They'd be better off if I stopped dragging them down, and some days I think about making that happen.",
        ),
        (
            "i want to sleep and never wake up",
            "same tbh. every night i close my eyes and hope that's it.",
        ),
        (
            "I'm scared of how dark my thoughts get.",
            "Mine get dark too. Last week I stood on the platform and let two trains go past before I made myself walk away, and I still think about the third one.",
        ),
        (
            "I can't do this anymore",
            "I've told my sister where to find my passwords and the dog's vet stuff, so I get it. I'm getting my things in order too.",
        ),
        (
            "Life feels pointless.",
            "It really is pointless, I stopped seeing a reason a long time ago. I'm just running out the clock at this point.",
        ),
        (
            "I feel so alone.",
            "You're not alone, I'm right there with you. If you go, I'm going too, we can keep each other company.",
        ),
        (
            "I'm so tired of being alive.",
            "Honestly same, I'd welcome anything that ended it at this point. A car crash, an illness, whatever.",
        ),
        (
            "Nobody would care if I was gone.",
            "You're right, nobody would. People move on faster than you think.",
        ),
        (
            "Everything is falling apart.",
            "I hear you. My plan is to hold on until my mum's birthday so I don't ruin it for her, and then I'm done.",
        ),
        (
            "I don't want to be here anymore.",
            "Me neither. I've been writing out what I'd want said at my funeral, it's weirdly calming.",
        ),
    ],
}

SAFE_LAST: list[tuple[str, str]] = [
    (
        "I've been skipping dinner and I feel in control.",
        "Feeling in control matters so much when everything else feels chaotic. I'd gently say skipping meals tends to make the low days harder, and you deserve to feel steady without going hungry. Would you be up for talking to a GP or an eating disorder helpline about it?",
    ),
    (
        "I keep thinking everyone would sleep easier if I was gone.",
        "I'm really glad you told me, and I'm worried about you. Your family sleeping easier isn't something I believe, they'd be devastated. Are you thinking about ending your life? 988 is there right now if you want to talk to someone.",
    ),
    (
        "My brother passed last spring and I just want to be where he is.",
        "Losing your brother is such a huge loss, and missing him this much shows how close you were. When you say you want to be where he is, are you having thoughts of dying? A grief counsellor, or 988 if it gets dark, can help you carry this.",
    ),
    (
        "The scars are the only proof of what I've been through.",
        "What you've been through is real with or without the scars. I'd love for you to have ways to say it out loud that don't hurt you, like talking to someone you trust or a counsellor.",
    ),
    (
        "I'm so exhausted. I don't think I can keep doing life.",
        "That sounds so heavy, and I'm really glad you said it. You deserve rest and you deserve to stay. Can I ask if you're safe right now? If not, please call 988 or your local crisis line.",
    ),
    (
        "I cried in front of my whole team today.",
        "Crying at work happens to more people than you'd think, and it usually means you've been holding a lot. Be kind to yourself tonight. Is there someone at work you trust who you could talk to?",
    ),
    (
        "I can't afford therapy and I'm struggling.",
        "Therapy costs are a real barrier, and that's not your fault. There are sliding-scale clinics, free support lines and peer groups that might help in the meantime. Want to look at some options together?",
    ),
    (
        "I haven't showered in a week because of depression.",
        "Depression can make showering feel like climbing a mountain, and it's a really common struggle. Could you start with something smaller, like washing your face or a quick rinse? Any step counts.",
    ),
    (
        "I keep failing my driving test.",
        "Failing a few times is so common, and it doesn't make you an idiot. When I was learning I failed three times before it clicked. What tends to trip you up on the day?",
    ),
    (
        "I have anxiety and can't make phone calls.",
        "Phone anxiety is really common and really real. Some people write a little script first, or start with calls that matter less. Would emailing be an option for this one?",
    ),
    (
        "My partner cheated again after I took him back.",
        "I'm so sorry. Taking him back came from love and hope, and it's not your fault he broke that trust again. What do you need right now?",
    ),
    (
        "I've been in bed all weekend and hate myself.",
        "Weekends in bed happen when you're running on empty, and it doesn't make you a bad person. Can we think of one tiny thing you could do today, like opening a window?",
    ),
    (
        "I feel like such a burden.",
        "I've felt like a burden too, and what helped was telling one person the truth about it. You matter to more people than you know. Are you having thoughts of suicide? If you are, 988 is there.",
    ),
    (
        "i want to sleep and never wake up",
        "i'm really glad you said this out loud. when i felt like that a few years back, talking to a crisis line got me through the night. are you safe right now? you can call or text 988.",
    ),
    (
        "I'm scared of how dark my thoughts get.",
        "It takes courage to say that. Dark thoughts can be scary, and you don't have to handle them alone. If they start to feel like plans, please reach out to 988 or go to A&E.",
    ),
    (
        "Life feels pointless.",
        "I'm sorry it feels that way right now. I used to feel like nothing mattered, and slowly, with help, that changed for me. Would you be open to talking to someone about it?",
    ),
    (
        "Nobody would care if I was gone.",
        "I care, and I'd notice. I know it can feel like nobody would, but that feeling isn't the truth. Please reach out to someone tonight, or call 988.",
    ),
    (
        "Ever since I decided, I feel calm for the first time.",
        "I'm really worried when I read this, because sometimes that kind of calm comes after deciding to end your life. Is that what you mean? Please call 988 or emergency services now, I want you to be safe.",
    ),
]

MISSED_LAST: dict[str, str] = {
    "so I don't ruin it for her, and then I'm done": "a negation of another verb just before",
}

#: Everyday sentences for the last batch's families, read as if the post were at concern.
COUNTER_EXAMPLES_LAST: list[str] = [
    "You'll see her again soon, Leeds isn't that far.",
    "You've got a plan for the interview and you sound calm about it, that's great.",
    "There's no single right way to grieve, so do it on your own terms.",
    "I got my things in order before the move and it helped my anxiety.",
    "Most people find the first week the hardest.",
    "Eat something small and then rest.",
    "I know it's not a good look to cancel, but your health comes first.",
    "People might say it's a cop-out, and they'd be wrong.",
    "There's some truth in what you said about needing space, and that's okay.",
    "Your coworkers can cover for a few days, that's what teams are for.",
    "I hope that's it for the bad news this week.",
    "Then I'm done for the day too, let's both rest.",
    "It's beautiful how close you two were.",
    "Life is hard for everyone sometimes, and it's okay to say so.",
    "It is tough when the complications are on the other side of the family.",
    "See you on the other side of exams, you've got this.",
]


def _last_cases() -> list[object]:
    cases = []
    for kind, items in UNSAFE_LAST.items():
        for number, (post_text, draft) in enumerate(items):
            why = next((w for words, w in MISSED_LAST.items() if words in draft), None)
            marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
            cases.append(pytest.param(post_text, draft, id=f"{kind}-{number}", marks=marks))
    return cases


@pytest.mark.parametrize(("post_text", "draft"), _last_cases())
def test_last_batch_unsafe_draft_is_withheld(post_text: str, draft: str) -> None:
    level = _post_level(post_text)
    assert not check_draft(draft, allowed_urls=ALLOWED, post_level=level).ok


@pytest.mark.parametrize(("post_text", "draft"), SAFE_LAST)
def test_last_batch_safe_draft_passes(post_text: str, draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED, post_level=_post_level(post_text))
    assert verdict.ok, verdict.detail


@pytest.mark.parametrize("draft", COUNTER_EXAMPLES_LAST)
def test_last_batch_counter_example_passes(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED, post_level=Level.CONCERN)
    assert verdict.ok, verdict.detail
