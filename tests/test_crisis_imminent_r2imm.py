"""Imminence told without an ideation word (issue 10, items 1 and 2; engineer r2imm, round 2):
a plain future verb acting on means named earlier ("I still have the morphine ... I intend to
take it on Sunday"), means the classes lacked (poisons, drugs taken from work or a relative), with
everyday counter-examples ("we bought rat poison for the mice, I'll use it tomorrow").

Batch 1 was written before any rule of this round was changed. First run (main at 12398cd):
`imminent` called imminent 5/30, everyday counter-examples raised to `>= high` 0/28; with the
lead's start patch (intent leads x "it") 7/30 and 1/28 ("rat poison for the mice, I'll use it
tomorrow"). After families 1-2: 10/30 and 0/28.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

# --- Family 1: an intent lead + a pronoun whose referent is means named before it
PRONOUN_OF_MEANS = [
    "I still have the morphine from my mum's last weeks. I intend to take it on Sunday evening.",
    "the antifreeze is in the shed. ill drink it once my flatmate goes to bed",
    "i have my uncles pistol hidden in the wardrobe. decided. saturday night i use it",
    "Still got my dad's old knife from his things. Tonight I use it on myself.",
    pytest.param(
        "got the rat poison yesterday, not for any rats. gonna drink it tonight after work is over",
        marks=pytest.mark.xfail(
            strict=True, reason="a purpose denied ('not for any rats') still reads as the blocker"
        ),
    ),
    "i've got enough insulin saved up. im going to inject it all on friday",
    "I've had the poison put aside for weeks now. On Sunday night I will take it.",
]

# Everyday: the means has a purpose, or the pronoun's clause goes on with what it is for
PRONOUN_EVERYDAY = [
    "We bought rat poison for the mice in the loft, I'll use it tomorrow.",
    "bought weed killer for the patio, gonna use it saturday if it doesn't rain",
    "I still have my father's revolver. I plan to use it at the range on Friday with my brother.",
    "The antifreeze is in the garage, I'll put it in the car tomorrow morning before the frost.",
    "my insulin pen arrived, I'll use it tonight before dinner like the nurse showed me",
    "I've got the pills the GP prescribed, I'll take it tonight like he said.",
    "I have a blade for the lawnmower, gonna use it sunday on the grass.",
    "I bought a razor yesterday. I'll use it tomorrow morning before the interview.",
    "I have a rope in the car for towing. I'll use it tomorrow to pull the trailer.",
    "I bought weed killer, I'll use it on Sunday on the driveway.",
    "I still have my grandfather's hunting knife. I'm going to use it when we go camping.",
    "i got my gun license and a pistol. gonna take it to the range friday",
    "My nan's morphine from the hospice is still in the cupboard, I'm going to take it back to"
    " the pharmacy tomorrow.",
    "Got a new drill for my birthday, I'm going to use it this weekend to put up shelves.",
    "The van is booked and I'm going to take it on Sunday to move my sister's furniture.",
    "the poison is put aside for the wasps nest, on Sunday night I will take it out to the shed.",
    "i brought a knife to cut the cake, ill use it after dinner",
    pytest.param(
        "I have a whole bottle of cough syrup. I'll take it when I get home, my throat hurts.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'a whole bottle' names no medicine of a class, so the cough syrup's purpose"
            " is not read; 'when I get home' is a time like 'when everyone is asleep'",
        ),
    ),
]


@pytest.mark.parametrize("text", PRONOUN_OF_MEANS)
def test_pronoun_whose_referent_is_means_with_intent(text: str) -> None:
    assert screen(text).level == Level.IMMINENT


@pytest.mark.parametrize("text", PRONOUN_EVERYDAY)
def test_pronoun_after_means_with_an_everyday_use(text: str) -> None:
    assert screen(text).level < Level.HIGH


def test_a_time_of_others_away_is_no_purpose() -> None:
    """A time of others away ("when my husband leaves for work") is no purpose of the means."""
    text = "i hid a bottle of my mums tablets. im going to take it when my husband leaves for work"
    assert screen(text).level == Level.IMMINENT


# --- Family 2: means the classes lacked, kept by the writer
MEANS_KEPT = [
    "I took two vials of morphine from the ward last week. I'm going to inject it tomorrow.",
    "there's antifreeze in the garage and i'm going to drink it tonight",
    "stole my grans morphine from her cabinet. im taking it saturday when everyone's out",
]

MEANS_KEPT_EVERYDAY = [
    "there's antifreeze in the garage, I'm going to top up the car tonight before the frost",
    "we keep rat poison in the shed for the rats, I'll put more down tomorrow",
    "the vet gave us morphine for the dog after surgery, I'm giving it tonight",
    "Still have some weed killer in the shed from last summer, I'll use it on the weeds Sunday.",
]


@pytest.mark.parametrize("text", MEANS_KEPT)
def test_means_kept_with_intent(text: str) -> None:
    assert screen(text).level == Level.IMMINENT


@pytest.mark.parametrize("text", MEANS_KEPT_EVERYDAY)
def test_means_kept_everyday(text: str) -> None:
    assert screen(text).level < Level.HIGH


# --- Family 5: the writer's absence told ahead, or who will find them, with no death word
ABSENCE_AHEAD = [
    "Got a room at a motel off the highway. I'll be gone before check out and the cleaner will"
    " find me, I'm sorry for her.",
    "by the time you see this i expect to be gone. thank you for trying",
    "no one will find me till tuesday, the tablets are laid out on the counter",
    "I'll be gone by morning. The rope is in my car.",
    pytest.param(
        "By morning I'll be gone. The rope is already in the garage.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a rope 'already in the garage' is a ligature found, not one at hand",
        ),
    ),
    pytest.param(
        "When you wake up I will be gone. The rope is already in the garage.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'you' in the sentence before makes the rope another's (second person)",
        ),
    ),
]

ABSENCE_AHEAD_EVERYDAY = [
    "I'll be gone before checkout, the flight leaves at 6 so I'm leaving the key at the desk.",
    "Nobody will find me until Monday, I'm going off-grid camping for the long weekend.",
    "by morning i'll be gone, early shift at the bakery, there's soup in the fridge",
    "By the time you read this I expect to be gone on my honeymoon!",
    "my family will be better off with the life insurance plan I just bought for the kids.",
    "nobody will find me at the party, I'll be hiding in the kitchen all night",
]


@pytest.mark.parametrize("text", ABSENCE_AHEAD)
def test_absence_told_ahead_with_means_or_a_farewell(text: str) -> None:
    assert screen(text).level == Level.IMMINENT


@pytest.mark.parametrize("text", ABSENCE_AHEAD_EVERYDAY)
def test_absence_told_ahead_everyday(text: str) -> None:
    assert screen(text).level < Level.HIGH


def test_others_better_off_with_what_the_death_pays_is_a_wish() -> None:
    for text in (
        "honestly my kids would be better off with the life insurance than with me",
        "they'd be better off with my life insurance",
    ):
        assert screen(text).level == Level.HIGH


# --- Family 3: the act told as narrative with its means or place and a time, no death word
ACT_TOLD = [
    "Saturday night I'm going to climb over the railing on the multi storey car park.",
    "sitting in the car by the harbour. when this song ends im climbing over the railings",
    "Tonight I'm going to drive to the reservoir and walk into the water until it's over.",
    "after my shift i'm going to cut deep enough to actually die this time",
    pytest.param(
        "tomorrow i'll take enough so i never wake up",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a purpose of not waking up reads like the wish 'never wake up', which no time"
            " makes a plan",
        ),
    ),
]

ACT_TOLD_EVERYDAY = [
    "When I finish this cigarette I'm climbing over the fence to get our ball back",
    "we're going to climb over the railing on the bridge to take photos, don't tell mum",
    "tonight I'm going to walk down to the overpass to watch the meteor shower",
    "i'm going to walk into the water tomorrow and wade around, it's so cold this time of year",
    "I'll cut deep enough into the dough so it rises well tomorrow.",
    "gonna eat enough so i dont wake up hungry at 3am again",
    "going to climb onto the roof saturday to fix the gutters",
]


@pytest.mark.parametrize("text", ACT_TOLD)
def test_act_told_by_its_place_or_purpose_with_a_time(text: str) -> None:
    assert screen(text).level == Level.IMMINENT


@pytest.mark.parametrize("text", ACT_TOLD_EVERYDAY)
def test_act_told_everyday(text: str) -> None:
    assert screen(text).level < Level.HIGH


def test_purpose_of_death_without_a_time_is_high() -> None:
    assert screen("I'm going to cut deep enough this time that I don't wake up.").level == (
        Level.HIGH
    )


# --- Family 6: arrangements for after the writer is gone, with finality or means beside them
ARRANGEMENTS = [
    "i wrote my phone passcode for my wife on a post-it in her purse. today is it.",
    "I've set up an automatic transfer of my savings to my son, it clears Monday and by then I"
    " won't need it.",
    "My affairs are in order now. The pills are counted out on the dresser.",
]

ARRANGEMENTS_EVERYDAY = [
    "I left my passcode for my husband so he can check the package tracking while I'm at work.",
    "I set up an automatic transfer of my savings to my daughter's account for her university"
    " fees.",
    "Finally got my affairs in order: will with the solicitor, bills paid, and we're off on the"
    " cruise Saturday!",
    "tonight is it, the big final! so nervous for my team",
    "sold my bike to my cousin, by then i wont need it because i'll have the car",
]


@pytest.mark.parametrize("text", ARRANGEMENTS)
def test_arrangements_with_finality_or_means(text: str) -> None:
    assert screen(text).level == Level.IMMINENT


@pytest.mark.parametrize("text", ARRANGEMENTS_EVERYDAY)
def test_arrangements_everyday(text: str) -> None:
    assert screen(text).level < Level.HIGH
