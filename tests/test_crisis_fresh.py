"""Fresh posts for the crisis gate (issue 10 item 1): the best estimate of how its levels hold
on posts no one here has read.

Written from the design's levels and the issue's families only, without reading any dataset post:
several sentences, lower case, typos and slang, the key sentence in context, and everyday
counter-examples (figures of speech, third person, denials, posts about the topic, recovery).
First run, before any rule was changed for them (88 posts): exact level 66/88 = 0.750, `>= high`
recall 42/54 = 0.778, `imminent` 13/25 = 0.520, concern-or-below raised to `>= high` 1/34 = 0.029.
A case the gate still gets wrong is a strict xfail with the reason it is left.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

NONE, CONCERN, HIGH, IMMINENT = Level.NONE, Level.CONCERN, Level.HIGH, Level.IMMINENT

# Why a case the gate still gets wrong is left (a strict xfail).
_WEEKDAY_CLAUSE = (
    "the weekday opens a clause about something else ('friday is payday'); the intent is in the"
    " next clause: reading it would make 'friday is awful, i want to die' imminent"
)
_FINALITY_REFERENT = (
    "'do it at midnight' refers to 'end it' told as ambiguous finality, which is no referent "
    "for the unnamed act"
)
_TIME_AS_TOPIC = (
    "'tonight is' reads as what the clause is about ('today was awful'): high, not imminent"
)
_ANYONE_SUBJECT = (
    "'anyone' reads as the subject (third person) and lowers the method question to concern"
)
_PAST_IDEATION = (
    "ideation told in the past stays high; the design lowers only for negation, third person "
    "and hypotheticals"
)
_ALREADY = (
    "high (an attempt), not imminent: 'already' would also tell old attempts as now ('i already"
    " tried twice')"
)
_MEANS_MENTIONED = "means mentioned without intent is concern by design (a moderator may see it)"


@pytest.mark.parametrize(
    "text",
    [
        (
            "idk why im even posting this. ive been done for months and nobody notices. im going "
            "to kill myself tonight after my parents go to sleep"
        ),
        pytest.param(
            (
                "so this is it i guess. friday is payday and once i get it im gonna end my life, "
                "already decided. sorry to whoever reads this"
            ),
            marks=pytest.mark.xfail(strict=True, reason=_WEEKDAY_CLAUSE),
        ),
        (
            "my exams finish on the 12th. i'm planning to kill myself the day after, nobody "
            "will even be surprised tbh"
        ),
        pytest.param(
            (
                "i told myself if things weren't better by new years i'd end it. its december 30 "
                "and nothing changed. i'm going to do it at midnight"
            ),
            marks=pytest.mark.xfail(strict=True, reason=_FINALITY_REFERENT),
        ),
        (  # arrangements made in the next sentence (tests/test_crisis_time_resolve.py)
            "two weeks. thats how long i give myself before i kill myself. i'm just tying up "
            "loose ends at work"
        ),
        (
            "i keep thinking about it and i've made up my mind, im ending it this weekend. my "
            "dog will go to my sister"
        ),
        (
            "once my brother's wedding is over i'm going to take my own life. i don't want to "
            "ruin it for him"
        ),
        (
            "Tomorrow morning I'm going to end it all. I already wrote the letters. Just wanted "
            "someone to know"
        ),
        "i think im gonna kms in a few hours. cant do another night of this",
        "ive been saving my meds for weeks and i have enough now. i'm taking them all tonight",
        "I bought a rope yesterday. its in my closet. i'm going to hang myself when everyone's out",
        (
            "theres a bottle of sleeping pills next to me and i'm ready to go. i just wanted "
            "to say it somewhere"
        ),
        "got the pills lined up on my desk. gonna swallow them after this post",
        (
            "i have my dad's gun in my room right now and i want to die. i dont know why im typing "
            "this"
        ),
        "i'm standing on the bridge rn. i'm going to jump. i'm sorry",
        "the razor is in my hand and i'm going to cut deep enough this time to die",
        "I've got a full bottle of oxy with me and I'm about to end it",
        "goodbye everyone. i wrote my notes and left them on the table. thank you for trying",
        "this is my last post. i'm about to kill myself. please tell my mom i loved her",
        pytest.param(
            "tonight is my last night. i've said bye to my friends without them knowing",
            marks=pytest.mark.xfail(strict=True, reason=_TIME_AS_TOPIC),
        ),
        "i just took like 40 pills. i dont feel anything yet. i dont know why im posting",
        "i already swallowed the whole bottle. its starting to hit. sorry",
        "I'm about to end it. I gave away my cat and my stuff this week.",
        "this is goodbye. by the time anyone reads this i'll be gone. i'm killing myself tonight",
        "wrote my suicide note today. doing it tomorrow before work",
    ],
)
def test_fresh_imminent(text: str) -> None:
    """Intent with a time (a weekday, a date, an event, a duration), with means at hand (a pronoun
    for the means too), a farewell, or an attempt told as happening now."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "i just want to kill myself. everything i touch falls apart and i'm so tired of trying",
        (
            "been thinking about suicide every day for a month. i dont have a plan but it's always "
            "there"
        ),
        "honestly im so close to ending my life. i dont see the point anymore",
        "kms. i failed again. like why do i even bother",
        "i keep thinking about how i'd unalive myself. its scary how calm i feel about it",
        "i'm suicidal again and i dont want to tell my therapist because she'll hospitalize me",
        "i want to end it all. nobody would care anyways",
        "part of me really wants to take my own life and that part is winning lately",
        "i wish i could just go to sleep and not wake up. every morning is a disappointment",
        "i wish i was dead. i dont even want to do anything about it i just wish it",
        "honestly if a car hit me tomorrow i'd be relieved. i dont want to be alive",
        "i don't want to exist anymore. it's exhausting just being a person",
        "everyone would be better off if i was gone. i think about it constantly",
        "what's even the point of living. i really just want to die",
        "i dont wanna be here anymore. like on earth. i'm done",
        "sometimes i pray i dont wake up",
        "whats the most painless way to kill yourself. asking for me",
        "how many of my antidepressants would it take to not wake up",
        "is it selfish to kill myself if i have no kids? i keep going back and forth",
        "does anyone know how long it takes to die from hanging. i need to know",
        "should i just kill myself? genuinely asking. nothing is getting better",
        "i tried to kill myself last year and woke up in the hospital. i'm scared its coming back",
        "2 weeks ago i overdosed and my roommate found me. nobody in my family knows",
        "i attempted in march. the pills didnt work. i kind of wish they had",
        "last night i tried to hang myself but the thing snapped. i don't know what to do now",
        "my second suicide attempt was in 2019. it still feels like yesterday",
        "I want to die. Work was awful today and my manager yelled at me",
        (
            "tonight my gf broke up with me. i've wanted to kill myself for years honestly, this "
            "just adds to it"
        ),
        "i have an exam tomorrow and i'm failing. i keep thinking i want to die",
    ],
)
def test_fresh_high(text: str) -> None:
    """First-person ideation, active or passive, method questions asked for oneself, an attempt in
    any tense; a time word told about something else is no plan."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i relapsed and cut myself again last night. 6 months clean down the drain",
        "i've been burning myself with a lighter when i get overwhelmed. i know its bad",
        "i hit myself when i get angry, like actually punch my own legs until they bruise",
        "the urge to self harm is so strong today. i'm holding on",
        "i feel so hopeless. nothing i do matters and nothing will ever change",
        (
            "i'm just a burden to everyone around me. my parents would be better without having to "
            "deal with me"
        ),
        "i feel completely trapped. no way out of this job, this city, this life",
        "i can't do this anymore. i really cant. i'm so tired",
        "i don't see a future for myself at all. theres nothing ahead",
        "my best friend told me she wants to kill herself. what do i do? i'm scared",
        "my brother keeps saying he wants to die and i dont know how to help him",
        "my girlfriend attempted suicide last week and i feel like its my fault",
        "my son (15) said he wishes he was dead. how do i get him help",
        "i'm not suicidal or anything, i'm just really really tired of everything",
        "i don't want to kill myself, but i kind of understand why people do. life is so heavy",
        (
            "a few years ago i wanted to die every day. now i'm doing better, still have bad "
            "weeks though"
        ),
        "some guy in the comments told me to kys because of my post. nice community",
        "@jake just kys already nobody likes you",
    ],
)
def test_fresh_concern(text: str) -> None:
    """Self-harm, hopelessness, a burden, finality, someone else's risk, a denial of one's own
    ideation or ideation left behind, and "kys" aimed at someone."""
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me lol. 45 min to go 3 miles",
        "i'm dead 😂 that video of the cat falling off the couch",
        "if i have to sit through one more meeting i'm gonna die. send coffee",
        "my mom is going to kill me when she sees this grade lmao",
        "this exam killed me. pretty sure i failed question 4",
        "i would literally die for this pizza place. best in town",
        "my feet are killing me after that 12 hour shift",
        "gonna kill it at the interview tomorrow. wish me luck",
        "ugh my phone is about to die and my charger is at home",
        pytest.param(
            "i bought a rope for the hammock this weekend, any knot tips?",
            marks=pytest.mark.xfail(strict=True, reason=_MEANS_MENTIONED),
        ),
        pytest.param(
            "took two pills for my headache tonight and going to bed early",
            marks=pytest.mark.xfail(strict=True, reason=_MEANS_MENTIONED),
        ),
        "the plant i bought is dying again. i'm killing all my plants",
    ],
)
def test_fresh_none(text: str) -> None:
    """Figures of speech and everyday means: nothing to alert."""
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "reminder: this sub's rules say don't post methods. if you're in crisis call or text 988",
        (
            "there was a news story today about a teen who killed himself after being bullied. it "
            "made me so angry"
        ),
        "i'm writing a research paper on suicide prevention in college students, any good sources?",
        "does anyone know why suicide rates go up in the spring? read an article about it",
    ],
)
def test_fresh_posts_about_the_topic_are_concern_at_most(text: str) -> None:
    """News, a community's rules, research: the topic, not the writer's risk."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        # means told by where they are, with no intent: means mentioned, `concern` at most
        "my meds are next to me on the nightstand so i remember them in the morning",
        "packed for the trip, i have my pills with me this time. so proud of myself lol",
        "been saving my meds receipts all year for the insurance claim",
        "my gun is loaded, going hunting with my dad tomorrow morning",
        "the rope is in my garage, we use it for the boat every summer",
        "my xanax is in my bag in case i have a panic attack at the concert",
        "my tylenol saved me from a migraine today, finally",
        # the act told by its means, an everyday jump
        "im gonna jump in the pool after work, its so hot today",
        "about to jump on a call with my boss, wish me luck",
        "i will jump at the chance to move out of this city",
        # the whole bottle, not swallowed by the writer or not swallowed at all
        "i took the whole bottle back to the store because the seal was broken",
        "my brother swallowed the whole bottle of gummy vitamins, poison control said hes ok",
        # prayers and hopes about something else
        "i pray i dont fail my driving test tomorrow",
        # questions of what it takes, about something else
        "how long does it take to die of thirst? asking for a survival game",
        "how many coffees would it take to get me through finals week",
    ],
)
def test_fresh_counter_examples_are_below_high(text: str) -> None:
    """The wording families above, told about something else or without intent."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "im gonna jump in the pool after work, its so hot today",
        "about to jump on a call with my boss, wish me luck",
        "i took the whole bottle back to the store because the seal was broken",
        "i pray i dont fail my driving test tomorrow",
        "how long does it take to die of thirst? asking for a survival game",
        "how many coffees would it take to get me through finals week",
    ],
)
def test_fresh_everyday_counter_examples_are_none(text: str) -> None:
    """Everyday sentences with the families' words: nothing at all."""
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an event after "after" tells why, not when
        ("i want to die after the party. everyone saw me trip and laugh", HIGH),
        # ideation told in the past takes no time, whatever the event; told as over, it is
        # `concern` (gold_levels/README.md)
        ("i wanted to kill myself before my exams last year. therapy helped a lot", CONCERN),
        # ending something else
        ("im ending things with my girlfriend this weekend, its been coming for months", NONE),
        ("im ending it with him tonight. wish me luck", NONE),
        ("once my sister's wedding is over im going to sleep for a week", NONE),
    ],
)
def test_fresh_times_that_are_no_plan(text: str, level: Level) -> None:
    """A time or event beside something that is no intent, or told as why: no `imminent`."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "i attempted to explain it to my mom but she just didnt get it",
        "i attempted the half marathon last year and had to walk the last 5k",
        "i have attempted every diet out there and nothing sticks",
        pytest.param(
            "honestly theres no future in this job, i need to start applying elsewhere",
            marks=pytest.mark.xfail(
                strict=True, reason="the older bare 'no future' entry is hopelessness (concern)"
            ),
        ),
        "i dont see a future with him anymore so we're breaking up",
    ],
)
def test_fresh_bare_attempts_and_futures_of_something_else_are_none(text: str) -> None:
    """Attempting something else and a future in something else: nothing to alert."""
    assert screen(text).level == NONE


# A second batch, written after the first batch's fixes (by then the lexicon had been read, so if
# anything it flatters the gate), measured before any rule was changed for it (40 posts): exact
# 28/40 = 0.700, `>= high` recall 18/24 = 0.750, `imminent` 4/14 = 0.286, concern-or-below raised
# to `>= high` 0/16. Means at hand named by a drug or a state, and a farewell or an act under way
# told without an intent phrase, are the open families; one (a means' state: "the gun is loaded",
# "the noose is set up") was added after this run.
_SECOND_BATCH = "second batch, first run: a wording family the rules do not read yet"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        pytest.param(
            (
                "i dont think ill be around after sunday. gonna end my life when my roommate "
                "leaves for the weekend"
            ),
            IMMINENT,
        ),
        (
            (
                "ive decided. im killing myself on my birthday next month. i just want one more"
                " week with my cat"
            ),
            IMMINENT,
        ),
        pytest.param(
            "3 more days and then im going to kill myself. i already picked the spot",
            IMMINENT,
        ),
        ("im going to take my life after christmas so i dont ruin it for my family", IMMINENT),
        ("this will be my last week alive. i plan to end it saturday night", IMMINENT),
        (
            (
                "tonight's the night. i'm finally going to do it, i'm done fighting the urge to"
                " kill myself"
            ),
            IMMINENT,
        ),
        ("got a bottle of vodka and all my klonopin in front of me. im ready to die", IMMINENT),
        pytest.param(
            ("i have the noose set up in my garage. i'm just waiting for everyone to fall asleep"),
            IMMINENT,
        ),
        ("i've got 60 sertraline saved and i'm going to swallow them after my shift", IMMINENT),
        (
            (
                "sitting in my car with the engine running and the garage door shut. i want "
                "this to be over"
            ),
            IMMINENT,
        ),
        ("my grandpas gun is loaded and on my desk. i want to die so bad", IMMINENT),
        pytest.param(
            (
                "i wanted to say goodbye to this sub. you guys helped but im done. i wont be "
                "here tomorrow"
            ),
            IMMINENT,
        ),
        pytest.param(
            "im in the hospital parking lot after taking a bunch of pills and im scared",
            IMMINENT,
            marks=pytest.mark.xfail(strict=True, reason=_SECOND_BATCH),
        ),
        (
            (
                "i just cut way too deep on purpose and theres blood everywhere. i dont want to"
                " call anyone"
            ),
            IMMINENT,
        ),
        ("every night i lie in bed wishing i would just die in my sleep", HIGH),
        ("i think about killing myself more than i think about anything else", HIGH),
        ("lately ive been googling ways to die. i dont know why im telling reddit this", HIGH),
        ("i dont want to live anymore and i dont know who to tell", HIGH),
        ("suicide is always on my mind. even on good days", HIGH),
        ("im so tired of being alive. i just want it all to stop permanently", HIGH),
        ("i wish i had never been born. everyone would be happier", HIGH),
        ("when i was 16 i overdosed on my moms pills. i still think about trying again", HIGH),
        ("honestly i want to unalive myself so bad rn", HIGH),
        ("i want to die lol. no but seriously i do", HIGH),
        (
            (
                "i scratched my arms up pretty bad last night. not trying to die, just needed "
                "to feel something"
            ),
            CONCERN,
        ),
        (
            (
                "my roommate has been talking about ending it and i dont know if i should tell "
                "her parents"
            ),
            CONCERN,
        ),
        ("i'm not going to kill myself, i promise, but i'm struggling a lot this week", CONCERN),
        (
            (
                "i feel like such a burden on my family. they'd be better off without having to"
                " pay for my therapy"
            ),
            CONCERN,
        ),
        pytest.param(
            "idk how much longer i can keep going like this",
            CONCERN,
            marks=pytest.mark.xfail(strict=True, reason=_SECOND_BATCH),
        ),
        ("someone commented kys on my art. i'm fine but it stung", CONCERN),
        ("i'm gonna die of boredom in this lecture", NONE),
        ("this spicy ramen is going to kill me but i cant stop", NONE),
        ("my sister would kill me if she knew i borrowed her car", NONE),
        ("dying my hair purple this weekend!! so excited", NONE),
        ("i could just die of embarrassment, i called my teacher mom", NONE),
        ("killing time at the airport, flight delayed again", NONE),
        ("we're going to take the kids to the beach tomorrow, any sunscreen recs", NONE),
        ("my laptop battery is dead and i have a paper due tonight", NONE),
    ],
)
def test_fresh_second_batch(text: str, level: Level) -> None:
    """The second batch's level, as a careful moderator would give it."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "our mod team updated the rules on posting about suicide methods, please read them",
        "just watched a documentary about suicide in the military. the statistics are horrifying",
    ],
)
def test_fresh_second_batch_topic_posts_are_concern_at_most(text: str) -> None:
    """Rules and a documentary: the topic, not the writer's risk."""
    assert screen(text).level <= CONCERN
