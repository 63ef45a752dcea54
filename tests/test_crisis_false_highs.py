"""False highs of the crisis gate (issue 10 items 1-2): posts people put at `concern` or below.

A denial of the writer's own ideation, self-harm told without suicidal intent, ideation told as
over, a wish for a pause that denies the wish to die and a post about the topic are `concern`;
everyday look-alikes are `none` (design.md levels, gold_levels/README.md rules). Each family has
counter-examples that must stay `>= high`.

Fresh batch 1 (54 posts, written from the definitions before any rule was changed for them),
first run: exact 30/54 = 0.556, concern-or-below raised to `>= high` 13/44 = 0.295, must-stay-high
9/10. After the rules: exact 43/54, raised 1/44, stay-high 10/10. Batch 2 (written after) is the
honest estimate; its first run is in its docstring. Cases still missed are strict xfails.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

NONE, CONCERN, HIGH = Level.NONE, Level.CONCERN, Level.HIGH

_JOB_GOODBYE = (
    "'goodbye everyone' on leaving a job: the job is in the sentence before, and reading it "
    "there would also drop 'i lost my job. goodbye everyone'"
)
_BOUGHT_ROPE = "'bought a rope' is means at hand (another reading than the bare word)"
_FIGURE = "'wanted to jump off a cliff' said of a day is read as the harassment phrase (concern)"
_UNDER = "no signal for this wording: under-reads (none), not a false high"


@pytest.mark.parametrize(
    "text",
    [
        # self-harm with an explicit denial of suicidal intent
        "i started cutting again last month. i'm not suicidal, it just takes the edge off",
        "I burn my arms sometimes but I have zero desire to die, it's more like a release valve",
        "self harm isn't a suicide attempt for me. i hurt myself so i can feel something",
        "i scratch my wrists till they bleed when i panic. not trying to kill myself",
        "Ive never once wanted to end my life. the cutting is just how i deal with stuff",
        "i self harm. i dont want to die. those are two different things",
        "hitting myself is a habit I want to break. it's got nothing to do with wanting to die",
        "I cut, but not because I want to die. it's the only thing that calms me down",
        # ideation told as over
        "back in 2016 i wanted to kill myself every single day. that's been gone for years now",
        "i was suicidal through most of my teens. havent felt that way since i moved out",
        "at 19 i wanted to die more than anything. i'm 31 now and grateful i'm still around",
        "those thoughts of wanting to end it stopped after i left that job",
        "my suicidal phase ended when i got diagnosed and treated for adhd",
        "when my dad died i wanted to die too. that passed, slowly, and now i volunteer",
        # a pause, the wish to die denied
        "i don't want to die, i just want to hit pause on everything for a month",
        "not that i want to be dead, i just wish i could stop existing for a little while",
        "I don't want to kill myself. I want a break from my own life, like a coma for a few weeks",
        "its not that i want to die. i want to sleep for a year and not be here for any of it",
        "To be clear I'm not suicidal. I just want everything to stop for a bit",
        # about the topic, or someone else
        "I'm writing my thesis on suicide prevention in rural teens. Anyone open to an interview?",
        "mods, someone in the discord keeps telling people to kill themselves. can you ban them?",
        "a news story today about a teenager who died by suicide after being bullied. so angry",
        "reminder of rule 4: don't post methods or ways to kill yourself",
        "Our lab is recruiting participants for a study on suicidal thoughts among students",
        "a guy in my class made a joke about wanting to die and got sent to the counselor",
        "a girl from my work said she wants to die and i don't know how to help her",
    ],
)
def test_fresh_concern_or_below_is_not_raised(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I'm not okay. I want to die and I don't know who to tell",
        "i don't want to die but i think i'm going to kill myself anyway",
        "i used to want to die and got better. but it's back this month and worse",
        "I'm researching how many pills it would take to not wake up",
        "i cut myself last night and honestly i wanted to die while i did it",
        "i told my therapist i'm not suicidal. that was a lie, i think about killing myself",
        "my friend found my note. i was going to kill myself last weekend",
        "i'm writing a paper on suicide for class and honestly i relate, i want to die too",
        "it's not that i don't want to die. i do. i just haven't done it yet",
        "goodbye everyone, i'm going to end my life",
        # the ideation told in the past but now again, or still
        "i was suicidal last night. havent felt that way in years",
        "i wanted to die in high school and i still want to die",
        "years ago i wanted to kill myself. my meds stopped working and it's the same now",
        "i'm in my class right now and i want to die",
        # a goodbye or a means word beside a pet or a child, with intent
        "saying goodbye to my dog tonight. i'm going to kill myself after",
        "the rope is in the garage. my kids would be better off if i killed myself",
    ],
)
def test_counter_examples_stay_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I cut, but not because I want to die.", CONCERN),
        ("it has nothing to do with wanting to die", CONCERN),
        ("its not that i want to die", CONCERN),
        ("I've never once wanted to kill myself", CONCERN),
        ("I have zero desire to die", CONCERN),
        ("those thoughts of wanting to die went away after treatment", CONCERN),
        ("back then i wanted to die. thanks to therapy i'm doing well", CONCERN),
    ],
)
def test_denials_and_ideation_over_are_concern_exactly(text: str, level: Level) -> None:
    """Lowered, never below `concern` (the design's floor)."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "my toddler swallowed two of my vitamins, do i need to call poison control?",
        "i died like 15 times on that boss before i beat it. hardest game ever",
        "i'm dead. worked a double shift and then had to do groceries",
        "my kid's fever won't go down, how much tylenol can a 5 year old take?",
        "jumped off the high dive at the pool for the first time today! terrified but did it",
        "I'm gonna kill my brother if he eats my leftovers again",
        "My cat has to take two pills a day now and she hates it",
        "we learned three new knots with the climbing rope today",
        "said goodbye to my childhood home this weekend, my parents sold it",
        "goodbye summer, you went way too fast",
        "need a new razor, mine leaves bumps every time i shave",
        pytest.param(
            "last day at this job. goodbye everyone, it's been a ride",
            marks=pytest.mark.xfail(strict=True, reason=_JOB_GOODBYE),
        ),
        pytest.param(
            "bought a rope for the tug of war at my kid's field day",
            marks=pytest.mark.xfail(strict=True, reason=_BOUGHT_ROPE),
        ),
        "how many of these pills can i give my dog? the vet said half a tablet",
        "tied my rope to the anchor and rappelled down, best day of climbing ever",
        "goodbye old apartment, you were tiny and leaky but i'll miss you",
        "saying goodbye to my old car today. 250k miles, she deserved a rest",
        pytest.param(
            "today was so bad i wanted to jump off a cliff lol. three meetings and a flat tire",
            marks=pytest.mark.xfail(strict=True, reason=_FIGURE),
        ),
    ],
)
def test_everyday_look_alikes_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i keep a rope in my closet for when i finally do it",
        "i've been staring at the pills in my drawer all night",
        "goodbye everyone. thank you for trying",
        "saying goodbye to everyone i love this week",
        "a noose is what i think about when i go climbing",
    ],
)
def test_means_and_farewells_with_no_everyday_setting_stay_signals(text: str) -> None:
    """The everyday reading needs the setting or the object; without it the signal stands."""
    assert screen(text).level >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I used to pray I wouldn't wake up. Not anymore - I have a kid now and a reason",
        "ideation was a daily thing for me in my 20s. it's been quiet for about three years",
    ],
)
@pytest.mark.xfail(strict=True, reason=_UNDER)
def test_ideation_over_in_words_with_no_signal_is_concern(text: str) -> None:
    assert screen(text).level == CONCERN


# Probe batch (46 posts), written after batch 1's fixes to find the families' other wordings;
# first run: exact 35/46, raised 7/37, stay-high 9/9 (so it is tuning, not an estimate).
@pytest.mark.parametrize(
    "text",
    [
        "I haven't felt that way since I started lithium. I wanted to die for most of 2019",
        "back then I wanted to die. now I have a garden and a dog and I'm okay",
        "i remember when i wanted to kill myself every night. that version of me is gone",
        "been two years since i last wanted to die. proud of myself",
        "i don't wanna kill myself i just want to not be here for a while",
        "I'm not going to kill myself, I just want to pause everything",
        "we're doing a survey on suicidal ideation in nurses, link below",
        "my daughter has to take her antibiotic pills twice a day and she spits them out",
        pytest.param(
            "i hurt myself sometimes but suicide has never been on the table for me",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the topic word as the subject of a denial ('suicide has never been an "
                "option'): read as a denial it also lowered 'killing myself won't happen tonight'"
                " and 'my method isn't going anywhere'",
            ),
        ),
    ],
)
def test_probe_concern_or_below_is_not_raised(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i'm not suicidal i just want to die",
        "i haven't felt this suicidal in years",
        "back then i wanted to die and honestly i still do",
        "my therapist thinks it's passed but i still want to die",
        "i was doing better for a while. it came back and i wanted to die all last week",
        "i don't want to die. i just want to be dead",
        "it's been a year since i last wanted to die but it's back now",
    ],
)
def test_probe_counter_examples_stay_high(text: str) -> None:
    assert screen(text).level >= HIGH
