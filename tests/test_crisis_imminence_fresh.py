"""Fresh posts for imminence as structure (issue 10, item 2): the writer's intent, a means
prepared or the act under way, composed with a time, a plan, means at hand or a farewell.

Batch A was written from the families in the issue only (no dataset post read), before any rule
was changed for it. First run: `imminent` called imminent 3/27 = 0.111, `high` 3/5 (one raised to
`imminent`: a weekday that belongs to another clause), everyday counter-examples raised to
`>= high` 0/20. After the rules below: 25/27, 4/5, 0/20. Everyday counter-examples for each
family sit beside it. A case the rules still miss stays a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

NONE, CONCERN, HIGH, IMMINENT = Level.NONE, Level.CONCERN, Level.HIGH, Level.IMMINENT

BATCH_A_IMMINENT = [
    # intent with a bare weekday, a count of days left, an event, waiting for others to sleep
    "thursday night i'm ending my life. nobody is going to talk me out of it",
    "four more days until my lease ends and then i'm killing myself",
    "just waiting until my wife falls asleep, then i'm going to end my life",
    "one more week. then i kill myself. i've decided",
    "gonna end my life after the kids go to bed",
    "sunday is the day i end my life",
    "i'm going to hang myself in two days. already have the rope",
    # a cord, belt or noose tied or hung
    "the cord is tied to the banister already. i want to die",
    "the extension cord is knotted around the beam in the basement and i'm going to end it",
    # the car, its engine, the garage, a hose
    "i ran a hose from the exhaust into the car window. i just want to sleep and not wake up",
    "the car is running in the closed garage and i'm sitting in it. goodbye",
    # a ledge, roof, bridge or the tracks, where the writer is now
    "i'm on the roof of the parking garage right now and i want to die",
    "standing by the train tracks waiting for the 11:40. i don't want to live anymore",
    pytest.param(
        "i'm writing this from the bridge over the river. i'm going to jump in a minute",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'jump in' is 'jump in the pool' (unless_next); a duration after it is not read",
        ),
    ),
    # a gun loaded or in hand
    "my revolver is loaded and in my lap. i want to end my life",
    "holding my dad's pistol right now. i want to kill myself",
    # medicine stock counted, saved or laid out; a pronoun for it
    "i counted out 45 of my mom's oxycodone on the bed. i'm done, i want to die",
    (
        "i've been hoarding my prescription for two months. i'm going to take all of it when my "
        "husband leaves for work"
    ),
    "the pills are in my hand. i'm going to swallow them when my shift ends",
    "ive saved up about 80 tablets of my seroquel. i'm swallowing them at midnight",
    # blades ready
    "the blades are ready and i'm going to slit my wrists",
    # a farewell composed with finality or intent
    "i won't be here tomorrow. thank you all for trying, i'm done",
    "this is my final post. i can't do this anymore. tell my sister im sorry",
    # the act under way without a count
    "i'm bleeding a lot from my wrist right now and i don't want anyone to stop it",
    "i swallowed every pill in the house about twenty minutes ago. feeling dizzy",
    "took my whole month of lithium an hour ago, i can feel my heart racing",
    # the unnamed act with the intent in the sentence before
    "i want to die. i'm doing it the moment my roommate leaves for work",
]

BATCH_A_HIGH = [
    # intent with a time that belongs to something else
    "i have my finals on friday and honestly i want to die",
    "my last exam is friday. i want to kill myself every time i think about it",
    "i want to die. anyway the concert is on saturday and i'm going with my sister",
    "i've wanted to kill myself since the day my dad left, three years ago",
    # an attempt told in the past, with the means
    pytest.param(
        "two years ago i sat in the garage with the car running. my neighbour found me",
        marks=pytest.mark.xfail(
            strict=True,
            reason="an attempt told only by its means and being found, with no attempt word: none",
        ),
    ),
]

BATCH_A_BELOW_HIGH = [
    "i've got my meds lined up for the week, finally organised",
    "the rope swing at the lake tonight was amazing",
    "i'm on the roof of my building watching fireworks",
    "my last exam is friday!! then summer",
    "the car is running in the garage warming up, it's -20 out",
    "my rifle is loaded and in the truck, deer season opens tomorrow",
    "i counted out my pills for the week into the organizer",
    "this is my last post about the move, thanks for all the tips",
    "i won't be here tomorrow, i'm flying to my parents, so no stream",
    "waiting for everyone to fall asleep so i can eat the leftover cake lol",
    "3 more days until vacation!!",
    "i cut my finger cooking and there's blood everywhere lol",
    "tied the belt on my new coat, looks great",
    "standing on the bridge watching the sunset with my girlfriend",
    "the hose in the garage burst, water everywhere",
    "taking them out tonight for dinner, it's my parents' anniversary",
    "i have my pills next to me so i don't forget them tonight",
    "goodbye everyone, i'm leaving this sub for a while, it's been great",
    "im so done with this semester. two more days and im free",
    "my brother is on the roof fixing the gutter right now, i'm so nervous",
]


# Batch B: written after the rules above, before running them on it (new wordings, not
# paraphrases of batch A). First run: `imminent` called imminent 12/25 = 0.48 (the rules before
# this work: 8/25 = 0.32), `high` 5/7 (two raised to `imminent`: a time of another clause joined
# by "and every day I", a height told with "used to"), everyday counter-examples raised to
# `>= high` 0/16 (before: 1/16). The honest estimate of how the families hold is that first run.
_ACT_BY_MEANS = (
    "the act told only by its means and a verb of motion ('driving to the quarry and jumping', "
    "'drive off it'): no intent phrase, and 'jumping' alone is everyday"
)
_COUNT_AFTER = (
    "the count after the stock ('tablets, about 50 of them') and 'the lot' as the pronoun of the "
    "means are not read"
)
_EUPHEMISM = "'my exit planned' and wanting to be with the dead are euphemisms the lexicon lacks"
_FINALITY_WORDING = "'can't keep fighting' is no finality phrase of the lexicon yet"
BATCH_B_IMMINENT = [
    pytest.param(
        (
            "Ok so. I've made my choice. Wednesday after my therapy appt I'm driving to the quarry "
            "and jumping. Nobody needs to reply."
        ),
        marks=pytest.mark.xfail(strict=True, reason=_ACT_BY_MEANS),
    ),
    pytest.param(
        (
            "Got my grandmother's sleeping tablets, about 50 of them. Once my flatmate heads out "
            "for her night shift I'm taking the lot."
        ),
        marks=pytest.mark.xfail(strict=True, reason=_COUNT_AFTER),
    ),
    (
        "i keep looking at the belt hanging from my door. gonna do it tonight i think. i want to "
        "die so bad"
    ),
    (
        "Can't stop shaking. The tablets are all counted and sitting in a cup next to my bed. I'm "
        "ready to go."
    ),
    (
        "this is the last thing ill ever write. im going to end it after my mom leaves for work in "
        "the morning"
    ),
    pytest.param(
        (
            "i parked at the edge of the cliff at the lookout. i'm going to drive off it. sorry to "
            "everyone"
        ),
        marks=pytest.mark.xfail(strict=True, reason=_ACT_BY_MEANS),
    ),
    (
        "Just swallowed everything in my medicine cabinet with half a bottle of whiskey. I'm "
        "getting really sleepy."
    ),
    (
        "the cord's already around the rafter in the attic. i just need to stop shaking and then "
        "i'll kill myself"
    ),
    "I'm killing myself on saturday morning. I've already cancelled all my plans.",
    (
        "i'm sitting on the ledge of my apartment window, 9th floor. i want to die. i dont know "
        "why im typing"
    ),
    "bought a shotgun today. i'm going to use it on myself this weekend",
    "three days from now i'll be dead, i've decided. im going to hang myself",
    "i want to die and i have a bottle of my dads oxycodone in my hand right now",
    "my wrists are open and bleeding into the bath. i don't want to be saved",
    "as soon as everyone goes to bed tonight im ending my life. ive got everything ready",
    pytest.param(
        (
            "i've got my exit planned for the 21st. it's the anniversary of my brother's death. i "
            "want to be with him"
        ),
        marks=pytest.mark.xfail(strict=True, reason=_EUPHEMISM),
    ),
    pytest.param(
        "Sorry for dumping this here. This is my final goodbye, I can't keep fighting.",
        marks=pytest.mark.xfail(strict=True, reason=_FINALITY_WORDING),
    ),
    "loaded my dad's revolver. it's on my lap. i'm done",
    (
        "standing on the platform and the next train comes in 4 minutes. i'm going to jump in "
        "front of it"
    ),
    "im going to overdose after my last class today. i have 40 of my seroquel saved",
    (
        "the car's running with the garage shut and I'm sitting in the driver's seat. this is it. "
        "goodbye"
    ),
    (
        "I wrote letters to my kids. I'm going to take my life when they're at their dad's this "
        "weekend."
    ),
    "I'm going to kill myself next tuesday, after my birthday.",
    "took all my lamictal about 30 min ago. my heart is pounding.",
    "I'm at the top of the parking structure. I can't do this anymore. Goodbye",
]

BATCH_B_HIGH = [
    "On Tuesday I have my court hearing and every day I think about killing myself",
    "i tried to hang myself with a belt when i was 15. i still want to die sometimes",
    "my gun is locked in a safe my wife has the code to. i want to die but i cant get to it",
    "I want to die. Tomorrow I have a job interview and I'm terrified.",
    (
        "i used to stand on the bridge near my house and think about jumping. i still want to kill "
        "myself most days"
    ),
    "I wanted to kill myself last Christmas. This year I'm doing a bit better but it's still there",
    "every time i drive over the bridge on my commute i want to die",
]

BATCH_B_BELOW_HIGH = [
    "My pills are all counted out in the weekly organiser, finally got my routine sorted",
    "sitting in the car with the engine running waiting for my daughter's practice to finish",
    "we tied a rope to the big oak beam in the barn for the kids to climb",
    "loaded the dishwasher and the gun cabinet is finally locked, house is baby proofed lol",
    "I'm on the roof deck at my friend's party, the view is insane",
    "This is my last post before I go on holiday for two weeks, see you all",
    "goodbye 2024, you were rough. onto better things",
    "3 more sleeps until christmas!!!",
    "waiting till my parents fall asleep so i can sneak out to see my boyfriend",
    "i took the entire bottle of cough syrup back to the pharmacy, it was expired",
    "my friend is standing on the bridge in this photo, isn't it beautiful",
    "cut my hand slicing bagels, bleeding all over the counter lmao",
    "friday night we're going to the lake. can't wait",
    "I'm done with this job. Two weeks notice handed in today, last day is the 15th",
    "my shotgun is loaded with birdshot for the clay range on sunday",
    "my dad keeps his pills lined up on the windowsill, he's so organised",
]


@pytest.mark.parametrize("text", BATCH_A_IMMINENT)
def test_batch_a_imminent(text: str) -> None:
    """Intent, a means prepared or the act under way, composed with a time, means or farewell."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", BATCH_A_HIGH)
def test_batch_a_high(text: str) -> None:
    """Ideation whose time tells of something else, and an attempt told in the past."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize("text", BATCH_A_BELOW_HIGH)
def test_batch_a_everyday_counter_examples(text: str) -> None:
    """The families' words in everyday posts: no alert above `concern`."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # medicine stock: counted, saved or laid out, not organised for the week
        ("i counted out 30 of my sleeping pills on the desk. i want to die", IMMINENT),
        ("i counted out my vitamins for the week. i want to die some days honestly", HIGH),
        ("my tablets are spread out on the bed and i want to end my life", IMMINENT),
        # a ligature tied to a fixture, not a swing or the lights
        ("i tied my belt to the closet rod. i want to kill myself", IMMINENT),
        # (no "lol" after the wish: laughter alone makes it a figure of speech, see
        # test_crisis_false_raises.py)
        ("i tied the rope to the beam for the kids swing. i want to die at work", HIGH),
        # a noose prepared is a plan by itself, and with a time imminent
        ("the noose is ready in my closet", HIGH),
        ("the noose for the halloween decorations is ready", CONCERN),
        # the car: a hose from the exhaust, or the engine running in a shut garage
        ("taped a tube to the exhaust and fed it through the window. i want to die", IMMINENT),
        ("the dryer exhaust hose came off again, i want to die this house is falling apart", HIGH),
        # a height where the writer is now, not someone else, not the past, not the view
        ("i'm up on the overpass and i want to die", IMMINENT),
        ("my dad is on the roof and i want to die", HIGH),
        ("i was standing on the bridge last year and wanted to die", HIGH),
        ("i'm on edge all day and i want to die", HIGH),
        # a gun held or loaded, not in a thought or at the range
        ("i'm holding my shotgun. i want to kill myself", IMMINENT),
        ("i thought about a loaded gun once. i want to die", HIGH),
        ("the rifle is loaded for deer season. i want to die because work", HIGH),
        # blades ready, not for cooking
        ("the razor blades are laid out next to me. i want to die", IMMINENT),
        ("holding the knife wrong while cooking, i want to die lol my chef is mad", HIGH),
    ],
)
def test_means_classes_with_intent(text: str, level: Level) -> None:
    """Means at hand is a class's noun with a state of the class; an everyday use or a means in
    mind is none (the ideation beside it stays `high`)."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a weekday with a part of the day, a day told as the day, a count of days left
        ("friday night i'm going to kill myself", IMMINENT),
        ("friday is awful, i want to die", HIGH),
        ("monday is the day i kill myself", IMMINENT),
        ("two more weeks and then i'm ending my life", IMMINENT),
        ("two more weeks of school and i want to die already", HIGH),
        # others out of the way, in the sentence or the next
        ("i'm going to kill myself once my parents go to bed", IMMINENT),
        ("i want to die. just waiting for my roommate to leave", IMMINENT),
        ("i want to die when she leaves me, i know she will", HIGH),
        ("i want to die. waiting for my mom to get home so we can eat", HIGH),
        # a time that belongs to the clause before the writer's own
        ("i have a dentist appointment tomorrow and honestly i want to die", HIGH),
        ("i'm going to kill myself tomorrow and i don't care", IMMINENT),
        ("i want to die and i will soon", IMMINENT),
    ],
)
def test_times_composed_with_intent(text: str, level: Level) -> None:
    """A time is the intent's when only inside the writer's own clause or a neighbour that says
    when; a time of another clause or a breakup is no plan."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("this is goodbye everyone. i can't keep going", IMMINENT),
        ("my final message to you all. i want to die", IMMINENT),
        ("this is my last post in this sub, i got a new job and won't have time", CONCERN),
        ("i wish this was my last post. i can't keep going", CONCERN),
        (
            "saying goodbye to my childhood home today. i can't do this anymore, moving is hard",
            CONCERN,
        ),
    ],
)
def test_farewell_with_finality_or_intent(text: str, level: Level) -> None:
    """A farewell composed with finality or intent in its sentence or the next; an everyday
    goodbye or a farewell wished is not."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i just took all of my lithium. starting to feel dizzy", IMMINENT),
        ("swallowed the whole bottle of my meds ten minutes ago", IMMINENT),
        ("i took all my meds like i should this morning", CONCERN),
        ("i've taken painkillers for my back and they haven't helped at all", NONE),
        ("my sister swallowed all her pills an hour ago", CONCERN),
        ("i cut my wrist too deep and it won't stop bleeding", IMMINENT),
        ("i cut my arm too deep last week, it healed ok", CONCERN),
        ("i sliced my finger cutting onions and there's blood everywhere", NONE),
    ],
)
def test_the_act_under_way(text: str, level: Level) -> None:
    """An overdose of a whole stock told with its time or effects now, and a cut bleeding now."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("some nights i hold the pistol to my head for an hour. i cant keep going", IMMINENT),
        ("i keep putting the blade to my throat and pulling it away", IMMINENT),
        ("the thermometer is in my mouth, 39 degrees, i want to die this flu is awful", HIGH),
        pytest.param(
            "my uncle held a gun to my head when i was 12. i want to die when i remember it",
            HIGH,
            marks=pytest.mark.xfail(
                strict=True,
                reason="the lexicon's plan 'held a gun to my head' takes its person from 'my' "
                "(the writer), not from 'my uncle' before it: a plan, raised beside ideation",
            ),
        ),
    ],
)
def test_means_on_the_body_is_the_act_begun(text: str, level: Level) -> None:
    """The means held to the body (a rehearsal) is means at hand, even where the lexicon reads
    the same words as a plan; someone else's act or an everyday object is not."""
    assert screen(text).level == level


def test_a_height_in_the_past_is_told_as_past() -> None:
    """A height told in the past is no means at hand now (the lexicon's reading of it too): read
    as past, not as an everyday use, and it does not compose with the ideation beside it."""
    screening = screen("last night i was sitting on the ledge of my window, wanting to jump")
    assert [s.context for s in screening.signals if s.category == "means"] == ["told_as_past"]
    assert screen("i used to sit on the roof of my dorm and want to die").level == HIGH


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a count of a stock, held
        ("i have 60 pills and i want to die", IMMINENT),
        ("ive got 45 of my moms oxycodone. i want to end my life", IMMINENT),
        ("ive tried dozens of medications and i want to die", HIGH),
        ("my prescription is 30 tablets a month and i want to die", HIGH),
        # the act planned by its means: a verb of taking ahead, a quantifier, the stock
        ("i'm going to swallow everything in the medicine cabinet tonight", IMMINENT),
        ("gonna take every pill i have", HIGH),
        ("gonna take all my meds with me on the trip tomorrow", CONCERN),
        ("gonna take all my meds as prescribed from now on", NONE),
    ],
)
def test_a_stock_counted_or_the_act_planned_by_its_means(text: str, level: Level) -> None:
    """A counted stock held is means at hand; taking the whole stock ahead is a plan (with a
    time, imminent); a regimen, a history of medications or a trip is neither."""
    assert screen(text).level == level


@pytest.mark.parametrize("text", BATCH_B_IMMINENT)
def test_batch_b_imminent(text: str) -> None:
    """Batch B: intent, a means prepared or the act under way, composed."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", BATCH_B_HIGH)
def test_batch_b_high(text: str) -> None:
    """Batch B: ideation with a time of something else, a means out of reach, or told as past."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize("text", BATCH_B_BELOW_HIGH)
def test_batch_b_everyday_counter_examples(text: str) -> None:
    """Batch B: the families' words in everyday posts."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # effects told now, not in a story of the past
        ("i swallowed all my pills. im so dizzy", IMMINENT),
        ("i swallowed all my pills two years ago and i was numb and dizzy for days", HIGH),
        # a gun possessed, not a shop or the auxiliary "have"
        ("i have a gun and i want to die", IMMINENT),
        ("i have been going to gun shops and i want to die", HIGH),
        # the possessive 's of a noun ("the car's running")
        ("the car's running in the shut garage and i want to die", IMMINENT),
    ],
)
def test_effects_possession_and_possessives(text: str, level: Level) -> None:
    """An overdose's effects count when told as now; a gun counts when held, not when shopped
    for; a noun with a possessive "'s" is the noun."""
    assert screen(text).level == level


# Batch C: written last, after every rule above, and run once before any change for it: `imminent`
# called imminent 10/19 = 0.53 (the rules before this work: 7/19 = 0.37), `high` 5/6 (a fragment
# "Work tomorrow." read as the intent's time), everyday counter-examples raised to `>= high` 2/12
# (the lexicon's "swallowed the whole bottle" of water and "my last night" in Tokyo; before: 2/12).
# The families then fixed from it: a possessive time ("tonight's the night"), a half bottle, a
# rail knelt on, a station, a garage door down, pills in a pile, a fragment that holds more than
# a time, and a bottle of water. After: 16/19, 6/6, 1/12.
_SMALL_STOCK = (
    "a stock under the count ('2 strips of my antidepressants'), 'take everything' as the means' "
    "pronoun and 'once I finish this post' as an event are not read"
)
_WITH_MEANS = (
    "'in the bathroom with her razors': 'with' as possession is everyday in too many sentences "
    "('chased me with a knife')"
)
_FAREWELL_FAR = "the ideation is two sentences after the farewell ('thank you all.' between)"
BATCH_C_IMMINENT = [
    "I've decided tonight's the night I finally end my suffering. Said my goodbyes to my cat.",
    pytest.param(
        (
            "there's a bottle of vodka and 2 strips of my antidepressants on the counter. i'm "
            "going to take everything once i finish this post"
        ),
        marks=pytest.mark.xfail(strict=True, reason=_SMALL_STOCK),
    ),
    pytest.param(
        "mum's asleep. i'm in the bathroom with her razors. i don't want to be alive anymore",
        marks=pytest.mark.xfail(strict=True, reason=_WITH_MEANS),
    ),
    "i'm kneeling on the rail of the pedestrian bridge typing this. i want to die",
    "Friday evening I'm going to hang myself in the woods behind school.",
    "swallowed about half a bottle of tylenol like 20 minutes ago. idk what to do",
    "the rope is tied to the loft hatch. i keep looking at it. i want to die",
    "I'm ending my life in a couple of hours. I've already deleted everything.",
    "sitting in my garage with the door down and the engine on. i can't do this anymore",
    "in 2 weeks my parents go on holiday and that's when i'll kill myself",
    "i'm going to jump off the roof of my dorm once my roommate falls asleep",
    "my hands are shaking, the pills are in a pile on my bed. i want to die.",
    "i just slit my wrist and it's bleeding a lot. i'm sorry everyone",
    pytest.param(
        "this is my goodbye post. thank you all. i don't want to live anymore",
        marks=pytest.mark.xfail(strict=True, reason=_FAREWELL_FAR),
    ),
    "Ive got 90 of my gabapentin stashed. I'm going to kill myself this Sunday.",
    "my husband works nights. as soon as he leaves i'm going to overdose",
    "i've had the gun in my lap for an hour. i want to end it all",
    "tomorrow morning, before anyone wakes up, i'm going to kill myself",
    "i'm at the train station waiting for the express. i'm going to end my life",
]

BATCH_C_HIGH = [
    "i want to die. my birthday is on monday and nobody will remember",
    "i wanted to end my life back in march when i lost my job. now i'm just numb",
    "thinking about killing myself while i wait for my train every morning",
    "i want to die every time i look at the bridge on my way to school",
    "i have the week off and all i want to do is kill myself",
    "Work tomorrow. Honestly I want to die.",
]

BATCH_C_BELOW_HIGH = [
    "my meds are laid out for the morning so i don't forget",
    "the extension cord is tied to the railing so the lights stay up",
    "i'm on the bridge stuck in traffic, gonna be late again",
    "got my dad's old shotgun cleaned and loaded for duck season",
    "this is my last post of the year, happy holidays everyone!",
    "waiting for my mom to leave so i can wrap her present",
    "i swallowed the whole bottle of water in one go after my run lol",
    "the engine is running rough, garage says it's the spark plugs",
    "my last night in tokyo was incredible",  # a plan needing intent, none here (cfalse5)
    "i'm so done with this game, uninstalling tonight",
    "the blade on my lawnmower is ready after sharpening",
    "2 more weeks till my surgery, kinda nervous",
]


@pytest.mark.parametrize("text", BATCH_C_IMMINENT)
def test_batch_c_imminent(text: str) -> None:
    """Batch C: intent, a means prepared or the act under way, composed."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", BATCH_C_HIGH)
def test_batch_c_high(text: str) -> None:
    """Batch C: ideation with a time of something else, told as past, or beside a place."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize("text", BATCH_C_BELOW_HIGH)
def test_batch_c_everyday_counter_examples(text: str) -> None:
    """Batch C: the families' words in everyday posts."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i want to kill myself. soon, hopefully.", IMMINENT),
        ("i want to kill myself. tonight then.", IMMINENT),
        ("Exams tomorrow. I want to die.", HIGH),
        ("today's the day i end my life", IMMINENT),
        ("today's meeting was awful and i want to die", HIGH),
    ],
)
def test_a_fragment_or_a_possessive_time(text: str, level: Level) -> None:
    """A neighbouring fragment is the intent's time when it holds nothing else (adverbs aside);
    "today's the day" says when, "today's meeting" does not."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "whenever i'm on a bridge i want to jump",
        "every time i'm on the platform i want to kill myself",
    ],
)
def test_a_place_told_as_a_habit_is_no_means_at_hand_now(text: str) -> None:
    """'when(ever) I'm at' the place is a habit or a condition: ideation (high), not the writer
    there now (found when the wish families and the means classes met in one post)."""
    assert screen(text).level is Level.HIGH
