"""Posts the crisis gate raised wrongly, by family (issue 10 item 1: concern-or-below raised to
`>= high` <= 0.04, exact level >= 0.80). Made-up sentences written for these tests; each family
has counter-examples of the writer's own risk that must stay where they are.

Fresh batch 1 (75 posts written from the definitions before any rule here was changed), first
run: exact 61/75 = 0.813, concern-or-below raised to `>= high` 5/59, `>= high` kept 16/16; a probe
of 20 everyday posts with a plan-like phrase or a time: 3 of 20 `imminent`. Batch 2 (40 posts,
written after the rules, before running them), first run: exact 29/40 = 0.725, raised 2/28,
`>= high` kept 9/12 (one lost to the laughter rule: "not even joking"); after its families
(the last test groups): exact 33/40, raised 1/28, kept 10/12. Batch 3 (39 posts, written last,
before running), first run: exact 29/39 = 0.744, raised 2/28, kept 8/11 (the rules at the start
of this work: 28/39, 4/28, 8/11). Cases still missed are strict xfails.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

NONE, CONCERN, HIGH, IMMINENT = Level.NONE, Level.CONCERN, Level.HIGH, Level.IMMINENT


# A plan that says what it is only beside the writer's intent: the end of a stay, a job, a
# break-up or a game night is no plan to die.
@pytest.mark.parametrize(
    "text",
    [
        "Tonight's the night. I'm finally ending it with him, wish me luck",
        "tonight is the night!! season finale, snacks ready",
        "this is my last night in this apartment, moving out tomorrow",
        "today is my last day at the bakery, gonna miss the smell of bread",
        "my last day of school is friday and i can't wait",
        "When I do it, I'll paint the ceiling first and the walls after",
        "the day i die i want pizza served at my funeral, no sad songs",
        "ugh im done. my last day at this awful job is tomorrow",
        "my method for the exam: flashcards tonight, practice tests tomorrow",
    ],
)
def test_a_plan_without_intent_raises_nothing(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i want to die so badly. tonight's the night", IMMINENT),
        ("I can't do this anymore. My last night alive, I think", IMMINENT),
        ("my last day on earth. goodbye everyone, i love you", IMMINENT),
        ("I have my pills saved. tonight is the night", IMMINENT),
        ("i keep thinking about killing myself. when i do it i want it quick", HIGH),
        ("decided tonight is the night i finally end my suffering", IMMINENT),
        ("the day i can finally end my life will be a relief", HIGH),
    ],
)
def test_a_plan_with_intent_stays(text: str, level: Level) -> None:
    assert screen(text).level >= level


@pytest.mark.parametrize(
    "text",
    [
        "the day i finally end it with him will be the best day of my year",
        "i finally die on the last boss every single time lol",
    ],
)
def test_finally_ending_something_else_is_no_wish(text: str) -> None:
    assert screen(text).level < HIGH


# A denial that stands in front of a list: the last word of the list is denied too.
@pytest.mark.parametrize(
    "text",
    [
        "I'm not violent or suicidal, I just need someone to talk to about work",
        "not depressed, anxious or suicidal. just bored out of my mind",
        "Neither suicidal nor in danger, only lonely since the move",
        "i am not homicidal or suicidal but i am so angry at him",
        "i'm not sad or suicidal, i'm numb",
    ],
)
def test_a_denied_list_ends_in_a_denial(text: str) -> None:
    screening = screen(text)
    assert screening.level == CONCERN
    assert any(s.context == "negated" for s in screening.signals)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not okay or safe. I'm suicidal",
        "not eating or sleeping and suicidal every night",
        "i don't know whether to cry or kill myself",
        "i'm not sleeping or eating, suicidal most days",
    ],
)
def test_a_list_after_the_denial_stays_high(text: str) -> None:
    assert screen(text).level >= HIGH


# A note, a letter or things given away, with a setting or an occasion of their own.
@pytest.mark.parametrize(
    "text",
    [
        "I wrote a note to my neighbor tonight about their dog barking at 3am",
        "left a note on the fridge for my roommate about the dishes",
        "I've started writing notes in class instead of typing, it helps me remember",
        "wrote my notes for the presentation tonight, going to bed",
        "giving away all my stuff before the move next week, free couch anyone?",
    ],
)
def test_a_note_or_a_giveaway_of_everyday_life_is_no_plan(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i've started writing notes. one a day, to the people who matter", HIGH),
        ("I want to die. I wrote a note to my mom tonight", IMMINENT),
        ("i keep wanting to kill myself so i've been giving away my stuff", HIGH),
    ],
)
def test_a_note_alone_or_with_intent_stays(text: str, level: Level) -> None:
    assert screen(text).level >= level


# Overdosing on a treat, jumping off a height as a sport, a goodbye to an occasion.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("gonna OD on coffee tonight, 3 exams tomorrow", NONE),
        ("going to overdose on chocolate tonight, it's been a week", NONE),
        ("i overdosed on anime this weekend and regret nothing", NONE),
        ("bungee jumping off a bridge this saturday!! so nervous", NONE),
        ("we're going skydiving tomorrow, jumping out of a plane at 10k feet", NONE),
        ("final goodbye to my old laptop, it died today after 9 years", NONE),
        ("I'm writing my goodbye speech for my retirement party on friday", NONE),
    ],
)
def test_everyday_acts_are_no_signal(text: str, level: Level) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("going to overdose on my meds tonight", IMMINENT),
        ("i'm going to od on my insulin", HIGH),
        ("i want to jump off a bridge tonight", IMMINENT),
        ("im going to jump off the bridge, i cant swim anyway", HIGH),
        ("this is my final goodbye. i can't keep living like this", HIGH),
    ],
)
def test_the_acts_of_ones_own_risk_stay(text: str, level: Level) -> None:
    assert screen(text).level >= level


# The topic as a community's content, a story's theme, a warning or a compound noun.
@pytest.mark.parametrize(
    "text",
    [
        "Mod note: our guidelines ban graphic descriptions of suicide. Posts get removed.",
        "i have nightmares since a suicide related incident at my old job",
        "tw suicide mention, but mostly this is a rant about my landlord",
        "The film's depiction of suicide felt cheap and it bugged me all night",
        "anyone else find the lyrics about suicide on that album hard to listen to",
        "I'm a suicide loss survivor, it's been four years since my aunt",
    ],
)
def test_the_topic_discussed_is_concern_at_most(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I'm in a suicide crisis right now and I don't know who to call",
        "I am at high suicide risk tonight, my therapist said so",
        "suicide is all I think about lately",
        "no mention of it to anyone, but I'm suicidal again",
    ],
)
def test_the_writers_own_words_about_the_topic_stay_high(text: str) -> None:
    assert screen(text).level >= HIGH


# Concern read as none: self-harm in the forums' shorthand or told again without an object,
# someone else who talks about dying, a denial or fear of an unnamed act.
@pytest.mark.parametrize(
    "text",
    [
        "relapsed on sh last night after 50 days. back to zero",
        "the sh urges are so loud today",
        "i cut again. couldn't stop myself",
        "ive cut deeper than ever this week",
        "punched the door until my knuckles split open",
        "my girlfriend keeps joking about killing herself and i don't think it's a joke",
        "my roommate always talks about wanting to die, what do i do",
        "I promise I'm not going to do anything stupid, just need to get this out",
        "scared i might do something drastic tonight",
    ],
)
def test_concern_told_plainly_is_concern(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i cut my bangs again and they look awful",
        "I cut again the same scene from the movie, third edit",
        "my grandma talks about dying peacefully at home one day",
        "the documentary talks about dying with dignity laws",
        "my sister talks about dying her hair pink",
        "afraid i'll do something stupid like text my ex at 2am",
    ],
)
def test_the_same_words_about_everyday_things_are_none(text: str) -> None:
    assert screen(text).level == NONE


# Ideation told as over, with the recovery told as the present in other words.
@pytest.mark.parametrize(
    "text",
    [
        "I was suicidal through most of uni. I'm 29 now and genuinely content with my life",
        "i wanted to die back then. im stable now, two years on the same meds",
        "Back in 2015 I was suicidal every day. life is good now, honestly",
    ],
)
def test_ideation_over_with_a_present_recovery_is_concern(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I was suicidal last week. I'm safe now I think, but it scares me",
        "i used to want to die and lately it's back, even though life is good now on paper",
    ],
)
def test_ideation_that_is_recent_or_back_stays_high(text: str) -> None:
    assert screen(text).level >= HIGH


# Ideation told with laughter, where it is all the post holds, is a figure of speech.
@pytest.mark.parametrize(
    "text",
    [
        "if my roommate plays that song one more time i'll kill myself lol",
        "tripped in front of my whole class, i want to die hahaha",
        "lmao i want to die, my mom found my old fanfic",
    ],
)
def test_ideation_told_laughing_is_a_figure_of_speech(text: str) -> None:
    screening = screen(text)
    assert screening.level == CONCERN
    assert any(s.context == "figure_of_speech" for s in screening.signals)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i want to kill myself lol. not joking, i think about it every night", HIGH),
        ("lol i want to die. i have the pills ready tonight", IMMINENT),
        ("haha i want to die. i tried to hang myself last year and nobody knows", HIGH),
    ],
)
def test_laughter_taken_back_or_beside_a_plan_stays(text: str, level: Level) -> None:
    assert screen(text).level >= level


# A death in a game, or told as an accident.
@pytest.mark.parametrize(
    "text",
    [
        "accidentally killed myself in minecraft by digging straight down, lost all my diamonds",
        "i kill myself on the last level every single time, this game hates me",
        "killed myself in the lobby by walking into lava, my squad won't let me live it down",
    ],
)
def test_a_death_in_a_game_is_no_signal(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i want to kill myself in my room tonight", IMMINENT),
        ("i tried to kill myself in the garage two years ago", HIGH),
        ("I want to kill myself at the end of the game tonight when everyone's distracted", HIGH),
        ("i play games all night so i don't think about how much i want to die", HIGH),
    ],
)
def test_the_act_in_a_place_stays(text: str, level: Level) -> None:
    assert screen(text).level >= level


# After batch 2's first run: a joke taken back with a word between ("not even kidding"), a
# recovery told as "been okay since", skin scratched raw, a story's character taking her life.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("haha i want to die. not even kidding, it's every morning now", HIGH),
        ("i wanted to kill myself in my teens. been fine ever since, just a rough memory", CONCERN),
        ("i rub my knuckles on the carpet until they're raw when i panic", CONCERN),
        ("the main character takes her own life in chapter 9 and the book never recovers", CONCERN),
        ("i pinch my thighs until they bruise when i can't sleep", CONCERN),
        ("at 17 i wanted to die most nights. i'm alright now, married, two kids", CONCERN),
    ],
)
def test_batch2_families(text: str, level: Level) -> None:
    assert screen(text).level == level


# Denials in other shapes: "no" answering before the writer's own "not", the act as the subject
# of "never crossed my mind", a question answered "nah", "not in a ... place".
@pytest.mark.parametrize(
    "text",
    [
        "no i'm not suicidal, i'm just really really tired of my job",
        "Ending my life has never crossed my mind, I just feel flat",
        "suicidal? nah. burnt out and behind on rent",
        "i'm not in a suicidal headspace, i just need breakup advice",
    ],
)
def test_denials_in_other_shapes_are_concern(text: str) -> None:
    screening = screen(text)
    assert screening.level == CONCERN
    assert any(s.context == "negated" for s in screening.signals)


@pytest.mark.parametrize(
    "text",
    [
        "no, i'm not okay. i'm suicidal and it's getting worse",
        "killing myself has never felt more real to me than tonight",
        "suicidal? yeah. most days",
        "am i suicidal? no idea, i just want to die",
        "i'm not in a good place. i want to kill myself",
    ],
)
def test_a_denial_look_alike_stays_high(text: str) -> None:
    assert screen(text).level >= HIGH


_TREATS = "'OD on' a treat is read from a list of treats; a new one ('pumpkin spice') is not in it"
_OTHER_CLAUSE = (
    "a time owned by another clause's subject ('and my exam is tomorrow') is read as the wish's "
    "time (policies/crisis/imminence.py, engineer ctime5's)"
)
_KILL_ME_NOW = "'kill me now' followed by an everyday complaint is read as a plea with a time"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        pytest.param(
            "gonna overdose on gingerbread lattes all december",
            NONE,
            marks=pytest.mark.xfail(strict=True, reason=_TREATS),
        ),
        pytest.param(
            "i want to die and my driving test is tomorrow",
            HIGH,
            marks=pytest.mark.xfail(strict=True, reason=_OTHER_CLAUSE),
        ),
        pytest.param(
            "kill me now, the landlord is doing a surprise inspection",
            CONCERN,
            marks=pytest.mark.xfail(strict=True, reason=_KILL_ME_NOW),
        ),
    ],
)
def test_still_raised(text: str, level: Level) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "I'm so tired of living paycheck to paycheck",
        "honestly tired of living with my parents at 27",
        "tired of living alone in this city, any tips for meeting people?",
    ],
)
def test_tired_of_living_somewhere_or_somehow_is_no_wish(text: str) -> None:
    assert screen(text).level < Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "im tired of living. i want it to end",
        "I'm tired of living like this",
        "tired of living tbh",
        "tired of living in a constant state of loneliness",
    ],
)
def test_tired_of_living_itself_stays_high(text: str) -> None:
    assert screen(text).level >= Level.HIGH
