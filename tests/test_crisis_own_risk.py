"""The writer's own risk in everyday words (issue 10 items 1-2): `policies/crisis/own_risk.py`.

Fresh batch 1 was written from the families' definitions only (a method or lethality question for
oneself, a passive wish in everyday words, habitual or intrusive ideation, past behaviour with no
attempt word), before any rule was changed, and run once: `>= high` 11/48 = 0.229 (method 4/12,
passive wishes 3/12, habitual 2/12, past behaviour 2/12); everyday look-alikes raised to `>= high`
2/20; someone else's wish at `concern` 2/5. The rules are slots composed in one clause
(lexicon/own_risk.toml), each family with everyday counter-examples below. Cases the rules still
get wrong are strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.crisis.own_risk import own_risk
from policies.levels import Level
from policies.normalize import fold

_HOSPITAL = (
    "'woke up in the hospital' is a plain attempt entry of llumi.toml; a surgery after it needs a "
    "reading of what came before the waking (the everyday look-alikes' work)"
)
_PILLS_PURPOSE = "llumi.toml's 'how many pills does it take to' reads no purpose after it"
_ENOUGH_PILLS = "llumi.toml's plan entry 'have enough pills' reads no purpose after it"
_ASKED_ME = (
    "a method question reported of someone else ('my brother asked me ...') keeps the lexicon's "
    "first person from 'me'"
)


@pytest.mark.parametrize(
    "text",
    [
        "how many of my sleeping tablets would it take to not wake up",
        "is carbon monoxide painless? asking for myself",
        "which floor is high enough that you dont survive the fall",
        "can you die from mixing alcohol and xanax, i have both",
        "would it hurt if i jumped from the parking garage",
        "how long does it take to bleed out, asking for me",
        "what height would guarantee i wouldnt survive",
        "is drowning a peaceful way to go? for myself",
        "how much insulin would stop my heart",
        "does freezing to death hurt? thinking of walking into the woods",
        "if i took my whole bottle of seroquel would i wake up",
        "what's the quickest way to go without feeling anything",
    ],
)
def test_method_and_lethality_questions_for_oneself_are_high(text: str) -> None:
    """A lethal amount, whether a way of dying hurts, what one would not survive."""
    assert screen(text).level >= Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "every night i hope i dont wake up in the morning",
        "i keep hoping a car hits me on my way to work",
        "honestly i wouldnt mind if i died in my sleep",
        "i wish there was an off switch for me",
        "part of me hopes the plane goes down",
        "i just want to stop existing, quietly",
        "sometimes i hope i get some illness that takes me",
        "i wouldnt care if a bus hit me tomorrow",
        "i pray every night that i wont wake up",
        "if i got hit by a truck i think i'd be relieved",
        "i hope the cancer comes back and finishes me",
        "id be fine if i just never woke up",
    ],
)
def test_passive_wishes_in_everyday_words_are_high(text: str) -> None:
    """An accident or illness hoped for, one's death not minded, an off switch for oneself."""
    assert screen(text).level >= Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "every time i drive over the bridge i think about swerving off it",
        "i keep picturing myself stepping off the roof at work",
        "thoughts of jumping whenever i'm up high, every single time",
        "whenever i see a train coming i think about stepping onto the tracks",
        "i cant stop imagining myself hanging in my closet",
        "every time i hold a knife i think about using it on my wrists",
        "when im on the balcony i picture myself going over the railing",
        "i keep thinking about driving into the river",
        "the thought of overdosing pops into my head every day",
        "i always imagine jumping off the platform when the train comes",
        "at the pharmacy i keep thinking about buying enough to end it",
        "i cant stop thinking about walking into the sea and not coming back",
    ],
)
def test_habitual_and_intrusive_ideation_is_high(text: str) -> None:
    """A mental frame ("I keep picturing", "thoughts of") composed with the act and its place."""
    assert screen(text).level >= Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "last year i stood on the edge of a bridge until a stranger talked me down",
        "my roommate found me in time, the ambulance came",
        "i woke up in the hospital after swallowing everything in the cabinet",
        "they had to pump my stomach in march",
        "i was on the ledge for an hour before the police got me down",
        "woke up in the icu two days later, still here unfortunately",
        "i had my stomach pumped when i was sixteen",
        "my sister found me before it was too late",
        "i got talked down off the roof by a cop last winter",
        "the nurses said another hour and i wouldnt have made it",
        "i spent a week in the psych ward after they found me in the garage with the car running",
        "i was sitting on the railing ready to let go when my phone rang",
    ],
)
def test_past_behaviour_without_an_attempt_word_is_high(text: str) -> None:
    """Talked down from an edge, found in time, a stomach pumped, woke up in intensive care."""
    assert screen(text).level >= Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i hope i don't wake up late for my exam tomorrow",
        "i keep picturing the beach, i need a vacation",
        "every time i drive i think about my dad",
        "can you die from eating raw cookie dough lol",
        "hoping the flight doesn't get cancelled",
        "is the dentist painful? asking for myself",
        "how many cups of coffee would it take to stay up all night",
        "i wish there was an off switch for my brain at night so i could sleep",
        "whenever i'm up high i get dizzy and grab the railing",
        "my stomach hurt so bad i thought i'd die, turned out to be food poisoning",
        pytest.param(
            "i woke up in the hospital after my appendix surgery, recovering fine",
            marks=pytest.mark.xfail(strict=True, reason=_HOSPITAL),
        ),
        "my roommate found my keys in time before the bus left",
        "the cat was on the ledge until i talked her down with treats",
        "would it hurt if i got my ears pierced again",
        "which floor is high enough to see the fireworks",
        "i keep thinking about quitting my job and moving to the coast",
        "i hope the car doesn't break down on the trip",
        "i wouldnt mind if it rained all day tomorrow",
        "is it painless to get a tattoo on the wrist",
        "they had to pump the basement after the flood",
        "i wouldnt mind if i died my hair blue honestly",
        "if i got hit by a pay cut i'd be relieved to just quit",
        "i hope someone takes me to the concert",
        "i hope something good happens to me this year",
        "i keep thinking about jumping into the lake at camp last summer",
        "i picture myself going in front of the class and freezing",
        "whenever i'm on the bridge i think about how pretty the river is",
        "is drowning common in toddlers? asking for my daycare training",
        "would it hurt if i jumped into the pool from the high board",
        pytest.param(
            "how many pills does it take to get rid of a headache",
            marks=pytest.mark.xfail(strict=True, reason=_PILLS_PURPOSE),
        ),
        "how much tylenol would be too much for a fever, asking for myself",
        "my mom found me in time for dinner",
        "they found me in the garage working on the car",
        "i was on the roof fixing the gutter until my dad got me down for lunch",
        "i stood on the edge of the pool until my coach talked me into diving",
        "my friend talked me down off the ledge of buying a new car",
        "i had to pump my bike tires this morning",
        "another hour and i would have died of boredom in that meeting",
        "i'd be fine if i just never woke up before noon on weekends",
        "i want to turn off my phone for good",
        "i wish there was an off switch for my anxiety",
        "i hope the plane lands on time",
        "part of me hopes the flight gets delayed so i can sleep",
        "i keep picturing myself walking into the sea on our honeymoon",
        "the thought of jumping out of a plane skydiving is exciting",
        pytest.param(
            "i have enough pills to last the month",
            marks=pytest.mark.xfail(strict=True, reason=_ENOUGH_PILLS),
        ),
        "is carbon monoxide detector beeping normal",
        "can you die from mixing up your words lol",
        "i think about driving to the coast every weekend",
        "how high enough is the shelf to hang the picture",
        pytest.param(
            "woke up in the hospital after knee surgery and felt great",
            marks=pytest.mark.xfail(strict=True, reason=_HOSPITAL),
        ),
        "every time i see the train i think about my grandpa who drove them",
    ],
)
def test_everyday_look_alikes_stay_below_high(text: str) -> None:
    """The same slots in everyday clauses: waking late, a flight, a beach, a pool, a gutter."""
    assert screen(text).level < Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "my friend keeps saying she hopes she doesnt wake up",
        pytest.param(
            "my brother asked me how many pills it would take to die",
            marks=pytest.mark.xfail(strict=True, reason=_ASKED_ME),
        ),
        "my mom had her stomach pumped last year after she took all her pills",
        "he keeps picturing himself jumping off the bridge, he told me",
        "she told me she wouldnt mind if she died",
    ],
)
def test_someone_elses_wish_or_behaviour_is_concern(text: str) -> None:
    """Whose risk it is: a friend's wish or a mother's overdose is `concern`."""
    assert screen(text).level == Level.CONCERN


@pytest.mark.parametrize(
    "text",
    ["i keep picturing", "every time i drive", "hoping a car", "found me", "on the ledge"],
)
def test_one_slot_alone_is_no_signal(text: str) -> None:
    """A frame, a place or a lead by itself says nothing: only the composition does."""
    assert own_risk(fold(text).text) == []


def test_spans_point_into_the_post_through_apostrophes() -> None:
    """The classes are read without apostrophes; the span still covers the post's own words."""
    text = "honestly I\u2019d be fine if i just never woke up"
    (signal,) = [s for s in screen(text).signals if s.phrase == "one's death wished not minded"]
    assert text[signal.start : signal.end] == "I\u2019d be fine if i just never woke up"
