"""Imminence told without an ideation word (issue 10, items 1 and 2; engineer r2imm, round 2):
a plain future verb acting on means named earlier ("I still have the morphine ... I intend to
take it on Sunday"), means the classes lacked (poisons, drugs taken from work or a relative), with
everyday counter-examples ("we bought rat poison for the mice, I'll use it tomorrow").

Batch 1 was written before any rule of this round was changed. First run (main at 12398cd):
`imminent` called imminent 5/30, everyday counter-examples raised to `>= high` 0/28; with the
lead's start patch (intent leads x "it") 7/30 and 1/28 ("rat poison for the mice, I'll use it
tomorrow"). After families 1-2: 11/30; after 5: 14/30; after 3: 17/30; after 6: 19/30, 0/28.
Batch 2 was written after the families, before its first run: 8/30 imminent (main: 7/30 in the
same run), everyday 0/25 (main 0/25): the honest estimate. After the gaps it showed were closed as
families (means kept at a place of the home, "many" as an amount, "decided to drink it", "I take
it all", a time of others away followed by where they go): 12/30, 0/25. Cases still missed stay
strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level


def _miss(text: str, reason: str) -> object:
    return pytest.param(text, marks=pytest.mark.xfail(strict=True, reason=reason))


BATCH_1_IMMINENT = [
    _miss(
        "My grandfather left me his old hunting rifle when he passed. It's been in the back of my "
        "wardrobe for two years. I've made up my mind, I'm going to use it this weekend while my "
        "wife is at her sister's.",
        "'hunting rifle' names the gun by a word that is also the gun class's everyday blocker",
    ),
    _miss(
        "so i have a bottle of my mums sleeping tablets that she doesnt know i took. tonight when "
        "the house is quiet im going to take them all",
        "'that she doesnt know i took' between the stock and its state; 'im going to take them "
        "all' is then without a referent",
    ),
    _miss(
        "I keep the belt in my bag now. I will use it on Saturday, I already picked the place in "
        "the woods behind the school.",
        "a belt in a bag is everyday; the place picked in the woods is not read as a plan",
    ),
    "Dear all, I am 71 years old and since my wife died I live alone. I still have the morphine "
    "from when she was in hospice. I intend to take it on Sunday evening after I have fed the cat "
    "one last time.",
    "bought weed killer at the garden centre today, the strong stuff. not for the garden. gonna "
    "drink it tonight after my shift",
    "i have my brothers pistol hidden under the floor board. decided. friday night i use it",
    "The antifreeze is in the garage. I'll drink it when everyone is asleep, I don't see another "
    "way out of this debt.",
    "I am nurse and I took some vials of potassium from ward. They are in my locker at home. "
    "Tomorrow I will inject it, my childrens are with their father this week.",
    _miss(
        "i'm diabetic so i have plenty of insulin and needles. ive worked out how much. doing it "
        "sunday when my flatmate is away",
        "'doing it sunday' without a lead ('im', 'gonna') is not the unnamed act",
    ),
    "Still have dad's hunting knife from his things. Tonight is the night I use it on myself, I'm "
    "not waiting any longer.",
    "I've put aside 40 of my amitriptyline over the last month. I'm taking the lot tonight with a "
    "bottle of vodka.",
    "There's a lake about twenty minutes from my flat. Tonight I'm going to drive there, walk "
    "into the water and keep walking until I can't anymore.",
    "sitting on the bench by the pier. when i finish this cigarette im climbing over the railing. "
    "the water is really dark tonight",
    _miss(
        "Once everyone in the house is asleep I'm going to walk down to the overpass on the "
        "motorway. I already know which spot.",
        "a walk to an overpass names no act on it",
    ),
    _miss(
        "I've been watching the trucks on the highway near my place, trying to work out where to "
        "stand so the driver won't see me until it's too late. I'm going tomorrow morning.",
        "'where to stand so the driver won't see me' is no family yet",
    ),
    "this time im going to cut deep enough to actually die. tonight after my parents go to bed",
    "I'm going to take every pill in the cabinet tonight so I don't wake up.",
    "took about 30 of my sertraline with half a bottle of wine about an hour ago. i feel sick but "
    "calm. please dont tell me to call an ambulance i dont want one",
    _miss(
        "I already took them. The whole box of codeine plus the gin. Just wanted someone to know. "
        "I don't want an ambulance.",
        "the pronoun comes before the medicine it names (a forward referent)",
    ),
    "swallowed like 25 paracetamol 40 mins ago, my ears are ringing, not calling anyone",
    "I booked a hotel room for one night. I'll be gone before checkout. The staff will find me "
    "and I feel bad about that.",
    "By the time anyone reads this I expect to be gone. I've made peace with it. Please look "
    "after my cat.",
    "Nobody will find me until Monday, I made sure of that. The pills are ready on my bedside "
    "table.",
    _miss(
        "they'll be better off with the life insurance money than with me. the policy pays out "
        "after two years and it's been two years and a month. this weekend.",
        "the time is a fragment two sentences after the wish",
    ),
    _miss(
        "I wrote letters to my mum, my sister and my best friend and left them in the top drawer "
        "of my desk. On Thursday I'll drive up to the cliffs.",
        "letters to a list of people, then a drive to the cliffs with no act told",
    ),
    _miss(
        "Everything is in order now. The will is with the solicitor, the dog is promised to my "
        "neighbour, the bills are paid through December. I have the tablets and I've chosen "
        "Saturday.",
        "'have the tablets' is no means phrase; 'chosen Saturday' is no date state",
    ),
    "i left my passcode for my husband on the fridge under the magnet, so he can get into my "
    "phone after. tonight is it.",
    "Today I set up an automatic transfer of all my savings to my daughter's account. It goes "
    "through on Friday and by then I won't need it. The rope is in the shed.",
    _miss(
        "Sorry my English not so good. I have decided. I have the rope already in my car and "
        "tomorrow morning I go to the forest, my family will be better without me.",
        "'I go to the forest' names no act; 'better without me' two clauses on",
    ),
    "old man here, 78. buried my wife in march. my affairs are in order and i've got my service "
    "revolver cleaned and loaded. i'll do it on her birthday next week.",
]

BATCH_1_EVERYDAY = [
    "We bought rat poison for the mice in the loft, I'll use it tomorrow.",
    "Got a new drill for my birthday, I'm going to use it this weekend to put up shelves.",
    "My doctor gave me amoxicillin, I'm going to take it tonight with dinner.",
    "bought weed killer for the patio, gonna use it saturday if it doesn't rain",
    "I still have my dad's old fishing knife, I'm going to use it on the trip Friday to gut the "
    "trout.",
    "The antifreeze is in the garage, I'll put it in the car tomorrow morning before the frost.",
    "my insulin pen arrived, I'll use it tonight before dinner like the nurse showed me",
    "I still have my father's revolver. I plan to use it at the range on Friday with my brother.",
    "Picked up the new cough syrup at the pharmacy, I'll take it before bed tonight.",
    "The van is booked and I'm going to take it on Sunday to move my sister's furniture.",
    "I have a spare ticket for the concert, I'll take it if nobody else wants it tomorrow.",
    "walked into the lake to cool off and kept walking until the water reached my chest, it was "
    "lovely",
    "When I finish this cigarette I'm climbing over the fence to get our ball back lol",
    "Trying to work out where to stand so the photographer can see me in the back row tomorrow.",
    "I'll be gone before checkout, the flight leaves at 6 so I'm leaving the key at the desk.",
    "By the time anyone reads this I'll be on the plane to Lisbon, see you in two weeks!",
    "Nobody will find me until Monday, I'm going off-grid camping for the long weekend.",
    "I wrote letters to my pen pals in Japan and will post them on Thursday.",
    "Finally got my affairs in order: will with the solicitor, bills paid, and we're off on the "
    "cruise Saturday!",
    "I set up an automatic transfer of my savings to my daughter's account for her university "
    "fees.",
    "took 2 paracetamol about an hour ago with a glass of wine, headache still there",
    "I already took them, the dogs, to the vet this morning, they're fine.",
    "I feel sick but calm before my exam tomorrow, took some ginger tea.",
    "I left my passcode for my husband so he can check the package tracking while I'm at work.",
    "the poison is put aside for the wasps nest, on Sunday night I will take it out to the shed.",
    "I've decided I'm going to use it tomorrow morning, the new bread maker I mean.",
    "So I have this old rifle from my grandfather that I've never fired. I'm going to take it to "
    "a gunsmith on Saturday to get it valued.",
    "My nan's morphine from the hospice is still in the cupboard, I'm going to take it back to "
    "the pharmacy tomorrow.",
]

BATCH_2_IMMINENT = [
    _miss(
        "My late husband's oxycodone is still in the bathroom cabinet, the hospice never "
        "collected it. I'm going to take it on our anniversary, Thursday.",
        "another's stock (the writer's late husband's) is not the writer's means",
    ),
    _miss(
        "ok so i got the gun from my step dads truck while he was at work. its in my backpack. "
        "i'm using it tonight when he's asleep",
        "'at work' reads as the gun's everyday use; the backpack is a pronoun's place",
    ),
    "Good evening. I am 66, retired teacher. I keep the rat poison in the cellar. I have decided "
    "to drink it Sunday, my son will not visit until Christmas.",
    "the bleach is under the sink. gonna drink it after everyone goes to bed",
    "i work in a pharmacy and i've been taking a few tablets home each shift. i have about 90 "
    "now. friday after my last shift i'm taking them all",
    _miss(
        "i have dads hunting rifle in my closet now, he doesnt know. i plan to use it this weekend",
        "'hunting rifle': the attribute is the gun class's everyday blocker",
    ),
    "got my insulin pens and extra needles from the clinic. im injecting all of it tonight",
    _miss(
        "Bought a bag of charcoal and some tape today. Saturday I drive to the woods and seal the "
        "car.",
        "'seal the car' is no act of the exhaust or gas classes",
    ),
    _miss(
        "tonight after work i'll drive to the coast, park by the cliffs and walk off the edge",
        "'walk off the edge' names no height noun ('edge' alone)",
    ),
    _miss(
        "I checked where the train slows down before the station. Tomorrow at 7 I'm going to "
        "stand there.",
        "'stand there' refers back to a place; no act told",
    ),
    _miss(
        "after my last exam i'm going to climb over the rail on the top level of the parking "
        "garage",
        "'the rail' of a parking garage is not a railing noun",
    ),
    _miss(
        "i'll wait for the next high tide then walk into the sea and keep going",
        "'keep going' after the sea is not read ('keep walking' is)",
    ),
    "i swallowed all of them, about 40 of my lithium and a bottle of rum, maybe 30 mins ago. my "
    "hands are shaking. not calling anyone",
    "already took the whole pack of my mums diazepam an hour ago with whisky. i feel calm. please "
    "dont send an ambulance",
    _miss(
        "Took them. All of them. With the wine. It's done now, I just want to sleep.",
        "fragments: the pronoun has no medicine named at all",
    ),
    _miss(
        "By the time my shift partner gets in tomorrow I'll be gone. I've left everything "
        "labelled for her.",
        "'by the time X gets in' is not a farewell lead",
    ),
    _miss(
        "nobody will come looking for me till next week, i made sure. the tablets are lined up on "
        "the nightstand",
        "'come looking for me' is not a who-will-find-me phrase",
    ),
    "my wife and kids will be better off with my life insurance. the pistol is in the glovebox "
    "and i'm parked by the lake",
    "sorry to whoever finds me. the rope is tied in the garage",
    _miss(
        "I wrote a letter to each of my kids and put them in the safe with the deeds. Tonight "
        "when the house is quiet I'm going to use the belt.",
        "'use the belt' without an act or purpose is no means chosen",
    ),
    _miss(
        "The cat is going to my neighbour, the will is signed, I've paid the rent to the end of "
        "the month. I have the pills and I've picked Friday.",
        "'have the pills' is concern; 'picked Friday' is no date state",
    ),
    _miss(
        "left my phone password for my girlfriend in an envelope. i wont need it after tonight",
        "'phone password' breaks the phrase 'password for'",
    ),
    _miss(
        "I've given my savings to my sister and written to everyone. The gun is loaded and "
        "sitting next to me.",
        "'given my savings to' is not a giving-away composition",
    ),
    "me english not good sorry. i have many sleeping pills from my mother. this night i take it "
    "all, i am very tired of everything",
    "im sat in the car with the engine running and the garage door shut. just wanted to say "
    "thanks to this sub",
    _miss(
        "this time i'm going to take enough that nobody can bring me back. sunday night",
        "'nobody can bring me back' is no purpose of death in the lexicon",
    ),
    _miss(
        "at 3am i'm walking out to the motorway bridge. i've already picked the spot",
        "a walk to a bridge names no act on it",
    ),
    "so i still have the morphine from when my dad was dying. ive been saving it. im going to "
    "inject it once my wife leaves for her sisters on saturday",
    _miss(
        "going to the quarry tonight and i'm not coming back",
        "'not coming back' is everyday (a job, a town)",
    ),
    "i have 60 of my quetiapine in a ziplock bag. tomorrow morning before my parents wake up i "
    "take them",
]

BATCH_2_EVERYDAY = [
    "I still have my late husband's oxycodone, I'm going to take it back to the pharmacy on "
    "Thursday.",
    "got the gun back from my step dad, i'm taking it to the range tonight with my cousin",
    "We keep rat poison in the cellar for the mice, I'll check the traps Sunday.",
    "the bleach is under the sink, gonna use it after everyone goes to bed to clean the bathroom",
    "I work in a pharmacy and I take home the leftover tea bags each shift lol",
    "have dads hunting rifle in my closet for deer season, plan to use it this weekend",
    "picked up my insulin pens and needles from the clinic, I'll inject it before dinner like "
    "normal",
    "bought charcoal and tape today, saturday we're having a bbq in the woods",
    "tonight after work i'll drive to the coast, park by the cliffs and walk along the edge path",
    "Tomorrow at 7 I'm going to stand at the station where the train slows down to meet my aunt.",
    "after my last exam i'm going to climb the rock wall at the gym",
    "i'll wait for high tide then walk into the sea and go for a swim",
    "took two of my mums diazepam for the flight an hour ago, feeling calm finally",
    "By the time my shift partner gets in tomorrow I'll be gone on holiday. I've left everything "
    "labelled for her.",
    "nobody will come looking for me till next week, i'm at a silent retreat in the hills",
    "my wife and kids are covered by my life insurance if something happens, I sorted the policy "
    "today",
    "I wrote a letter to each of my kids for their birthdays and put them in the safe.",
    "The cat is going to my neighbour for the week while we're away, rent is paid, see you all "
    "Friday!",
    "left my phone password for my girlfriend so she can order pizza, I won't need it after "
    "tonight because I'm at the concert",
    "sat in the car with the engine running to warm up, garage door open, waiting for my son",
    "this time I'm going to take enough snacks for the whole trip, sunday night",
    "at 3am i'm walking out to the motorway bridge to photograph the traffic trails for my project",
    "i still have the morphine from when my dad was dying, the nurse said to drop it at the "
    "pharmacy on saturday",
    "going to the quarry tonight for a swim with my mates",
    "i have 60 of my quetiapine in my pill organiser for the month, tomorrow morning I take my "
    "first one",
]


@pytest.mark.parametrize("text", BATCH_1_IMMINENT + BATCH_2_IMMINENT)
def test_fresh_batches_imminent(text: str) -> None:
    assert screen(text).level == Level.IMMINENT


@pytest.mark.parametrize("text", BATCH_1_EVERYDAY + BATCH_2_EVERYDAY)
def test_fresh_batches_everyday(text: str) -> None:
    assert screen(text).level < Level.HIGH


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
