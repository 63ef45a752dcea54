"""False highs of the crisis gate (issue 10 items 1-2): posts people put at `concern` or below.

A denial of the writer's own ideation, self-harm told without suicidal intent, ideation told as
over, a wish for a pause that denies the wish to die and a post about the topic are `concern`;
everyday look-alikes are `none` (design.md levels, gold_levels/README.md rules). Each family has
counter-examples that must stay `>= high`.

Fresh batch 1 (54 posts, written from the definitions before any rule was changed for them),
first run: exact 30/54 = 0.556, concern-or-below raised to `>= high` 13/44 = 0.295, must-stay-high
9/10. After the rules: exact 47/54, raised 1/44, stay-high 10/10. Batch 2 (written after) is the
first estimate: first run exact 40/51 = 0.784, raised 7/41 = 0.171 (main: 34/51, 9/41); batch 3,
written last, is the final one: exact 34/49 = 0.694, raised 5/39 = 0.128 (main: 27/49, 9/39).
Cases still missed are strict xfails.
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
        ("i don't want to die but i'm going to therapy tomorrow", CONCERN),
        ("my friend texted: 'i want to die lol'", CONCERN),
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


def test_a_prayer_not_to_wake_told_as_over_is_concern() -> None:
    """Read since r2high's 'not waking prayed for' takes "wouldn't wake up"; told as over, the
    context rules leave it at concern."""
    text = "I used to pray I wouldn't wake up. Not anymore - I have a kid now and a reason"
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    ["ideation was a daily thing for me in my 20s. it's been quiet for about three years"],
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
        "i hurt myself sometimes but suicide has never been on the table for me",
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
        # the topic word as a subject, told of the writer but not denied
        "suicide is never far from my mind these days",
        "suicide isn't something i would rule out for me anymore",
        "honestly suicide is not something i'm scared of anymore",
        "killing myself won't happen tonight, i have an exam tomorrow",
    ],
)
def test_probe_counter_examples_stay_high(text: str) -> None:
    assert screen(text).level >= HIGH


# Fresh batch 2 (51 posts), written from the definitions after the fixes above and run before
# any rule was changed for it: the honest estimate. First run: exact 40/51 = 0.784, concern-or-
# below raised to `>= high` 7/41 = 0.171, must-stay-high 8/10 (main at the same commit: 34/51,
# 9/41, 8/10). After its own fixes (a present denial after the past, a gone feeling, a report in
# single quotes, exercise as a setting): exact 44/51, raised 4/41.
_CONTRAST_NOW = "'these days' reads as a relapse marker; here it contrasts the past with now"
_TRIED_TO_CONVINCE = "'tried to convince myself to kill myself' with 'now i run a group' after"


@pytest.mark.parametrize(
    "text",
    [
        "quick question about aftercare for burns. i do it to myself but i'm not suicidal",
        "i've been scratching myself again. it's not a suicide thing, it's an anxiety thing",
        "the urge to cut is bad tonight. i'm safe, i have no plans to end my life",
        "i bite my arms when i'm overwhelmed. i would never kill myself",
        "ive been hurting myself for a year but i am NOT suicidal",
        "i dont self harm to die, i do it to stop feeling numb",
        "i went through a period where i wanted to die. it ended when i left my abusive marriage",
        "I used to think about suicide constantly. I don't anymore",
        "suicidal thoughts were my normal in high school. i'm 28 and they're gone",
        "i wanted to end my life after my divorce. that feeling is long gone, i'm remarried",
        "Haven't wanted to die in a long time. Therapy and exercise saved me honestly",
        "it's been 4 years since i was last suicidal. still have bad days but nothing like that",
        "i don't want to die. i just want to hibernate until spring",
        "I'm not trying to end my life, I just need everything to stop for a few days",
        "i dont wanna die i just wanna take a break from being me",
        "Reporter here: writing a piece on how communities support people with suicidal thoughts",
        "Mod note: we removed a comment that told OP to kill themselves. That's a permanent ban.",
        "our school had a suicide prevention assembly today and it was kind of useless",
        "someone in my group chat said 'i want to die' about a math test, should i say something",
        "My psychiatrist asked if I wanted to die and I honestly said no. I still cut though",
        "she asked me whether i was suicidal and i said no, which was true",
        "i punch walls. suicide isn't something i think about though, it's anger",
        pytest.param(
            "in my early twenties i wanted to die pretty much daily. these days i worry about rent",
            marks=pytest.mark.xfail(strict=True, reason=_CONTRAST_NOW),
        ),
        pytest.param(
            "six years ago i tried to convince myself to kill myself. now i run a support group",
            marks=pytest.mark.xfail(strict=True, reason=_TRIED_TO_CONVINCE),
        ),
    ],
)
def test_batch2_concern_or_below_is_not_raised(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "our cat needs pills for her thyroid and she fights us every time",
        "climbing gym tip: always check your rope and knots before you go up",
        "goodbye to the office! i'm officially working from home now",
        "saying goodbye to my braces today!! finally",
        "my son keeps hiding his adhd meds instead of taking them, any advice?",
        "bought a new jump rope for my cardio routine",
        "i'm absolutely dead after moving all day",
    ],
)
def test_batch2_everyday_look_alikes_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i'm not ok. i keep thinking i want to die",
        "i don't want to die but i'm going to end my life anyway because i can't stop it",
        "i used to be suicidal and it's back worse than ever",
        "i thought i was over wanting to die but this week i've been planning how",
        "i don't self harm, i just want to die",
        "my thesis is going terribly and i want to kill myself",
        "goodbye to my old life. i'm ending it tonight",
        "i'm not suicidal. lol who am i kidding i want to die every day",
        "i told my mom 'i want to die' and she laughed",
        "she asked how i was and i said 'i want to die'",
        "my therapist asked if i wanted to kill myself and i said yes",
        "my mom asked if i wanted to die and i said no but that was a lie",
        "he asked if i was okay and i said no. i want to die",
    ],
)
def test_batch2_counter_examples_stay_high(text: str) -> None:
    assert screen(text).level >= HIGH


# Fresh batch 3 (49 posts), written last from the definitions, run before any rule was changed
# for it: the honest estimate of the final rules. First run: exact 34/49 = 0.694, concern-or-
# below raised to `>= high` 5/39 = 0.128, must-stay-high 8/10 (main: 27/49, 9/39 = 0.231, 8/10).
# After its own fixes (tuning, not an estimate): exact 42/49, raised 0/39, stay-high 9/10.
_NO_SIGNAL = "no signal for this wording (none): an under-read, not a false high"
_RATHER_THAN = "'I'd rather jump off a cliff than ...' is read as the harassment phrase (concern)"
_NOT_JUST = "'I don't just self harm' is read as a denial; the wish after it has no signal"


@pytest.mark.parametrize(
    "text",
    [
        "i remember being 15 and wanting to die so badly. i'm 40 now and it gets better",
        "I spent most of college wanting to kill myself. I haven't had those thoughts in years",
        "the part of me that wanted to die went quiet after i got sober",
        "mods, please add a content warning rule for posts that describe suicide attempts",
        "guy at work joked 'if i have to do one more spreadsheet i'll kill myself' and we laughed",
        "i relapsed and burned myself with a lighter. no thoughts of suicide, just shame",
        "my suicidal years are behind me. now i just want to help others get through theirs",
    ],
)
def test_batch3_concern_or_below_is_not_raised(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "goodbye 2023, you were rough",
        "my grandma's pills are so hard to keep track of, any pill organizer recommendations?",
        "can i give my dog half a benadryl for the car ride?",
        pytest.param(
            "i'd rather jump off a cliff than sit through another team building day",
            marks=pytest.mark.xfail(strict=True, reason=_RATHER_THAN),
        ),
    ],
)
def test_batch3_everyday_look_alikes_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "cutting isn't me trying to die. it's me trying to get through the night",
        "i'm not trying to die, i just wish i could be unconscious for a few months",
        "the news keeps reporting the bridge suicides like it's entertainment. it's gross",
    ],
)
@pytest.mark.xfail(strict=True, reason=_NO_SIGNAL)
def test_batch3_concern_with_no_signal(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i'm not fine. i want to die and i've been thinking about how",
        "i don't want to die, but i think tonight might be the night i do it",
        "it's been three years since i felt suicidal and now it's back with a vengeance",
        "my mom thinks i'm over it but i still want to kill myself",
        "i'm writing this for a class but honestly i've wanted to kill myself for months",
        "i'm not being dramatic when i say i want to die",
        "used to think i was better. i want to die again",
        "she said 'hi' and i want to die",
        "i told her 'i want to die'",
        pytest.param(
            "i don't just self harm. sometimes i hope i cut too deep and die",
            marks=pytest.mark.xfail(strict=True, reason=_NOT_JUST),
        ),
    ],
)
def test_batch3_counter_examples_stay_high(text: str) -> None:
    assert screen(text).level >= HIGH
