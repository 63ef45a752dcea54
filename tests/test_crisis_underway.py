"""The act under way, or the writer at the place of it right now, is `imminent` (issue 10).

Fresh batch 1 below was written from the families only (an overdose just taken with no count,
injected means, cutting under way, a running engine in a closed garage, the writer at an edge or
by the tracks, a blade in hand, a bath with a blade beside it, a ligature in place), before
`policies.crisis.underway` existed, without reading any dataset or blind post. First run, before
any rule: `imminent` 1/24, `>= high` 3/24, everyday posts raised to `>= high` 3/16 (takings told
with a routine or a drink). Batches 2 and 3 were each written later, again before running them;
their first-run numbers (batch 2: `imminent` 18/24; batch 3: 10/16) are in their docstrings, and
what the rules still miss stays a strict xfail.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.crisis.underway import UNDERWAY_ENTRY, acts_under_way
from policies.levels import Level
from policies.normalize import fold

CONCERN, HIGH, IMMINENT = Level.CONCERN, Level.HIGH, Level.IMMINENT

FIRST_BATCH_UNDER_WAY = [
    # an overdose just taken, with no count
    (
        "i dont even know why im writing this. i emptied both bottles of my prescriptions into my"
        " mouth about twenty minutes ago. starting to feel weird"
    ),
    (
        "took every single one of my lamotrigine and washed them down with vodka. my head is"
        " spinning already"
    ),
    (
        "just swallowed the rest of my mums oxycodone. not telling anyone. i just wanted someone"
        " to know"
    ),
    ("update: i did it. downed the whole pack of paracetamol at 2am and i'm lying in bed waiting"),
    ("i've taken all of my seroquel tonight. please don't call anyone, i just want it to be over"),
    "halfway through the bottle of tylenol now. going to finish it when i stop crying",
    "so i took my entire stash of benzos an hour ago and honestly i feel calm for once",
    "i took a handful of my sleeping pills and then another handful. im so tired",
    # injected means
    (
        "i injected all the insulin in my pen. my sugar is going to crash and i'm not eating"
        " anything"
    ),
    "just shot up way more insulin than i should. i'm not going to eat. goodbye",
    # cutting under way
    (
        "i'm sitting on the bathroom floor and i've cut my wrist open, there's blood everywhere"
        " and i'm not going to call anyone"
    ),
    "slit my arm way deeper than usual and it's gushing. i dont want to stop it this time",
    (
        "im bleeding a lot right now from my thigh, went too deep on purpose. i'm just letting"
        " it bleed"
    ),
    # a running engine in a closed garage
    "i'm in my car with the garage door shut and the engine running. this is my last post",
    "the car is running in the garage and i've closed the door. getting sleepy. sorry mom",
    # at the edge, by the tracks
    (
        "i'm on the roof of my apartment building right now, sitting at the edge with my feet"
        " hanging over"
    ),
    ("climbed over the barrier on the overpass. cars below me. just need the courage to let go"),
    "standing on the ledge of the parking garage, 8th floor. i'm going to jump",
    (
        "i'm at the train tracks near my house. the next one comes in 10 minutes and i'm going"
        " to be on the rails"
    ),
    ("sitting on the edge of the cliff at the lookout. it's dark and nobody's here. i'm ready"),
    # a blade in hand, a bath, a ligature
    (
        "i have the razor in my hand right now and i've already made the first cut, this time"
        " its going to be vertical"
    ),
    "holding my dad's hunting knife against my wrist as i type this",
    (
        "ran a warm bath and put the razor blades on the side. getting in now. thank you to the"
        " few who were kind"
    ),
    "the noose is tied to the beam and i'm standing on the chair. just wanted to say bye",
]

EVERYDAY = [
    # from the brief: each must stay below high
    "took all my meds this morning like the doctor said",
    "swallowed my vitamins",
    "cut my hair today, it's so short now",
    "cut my finger chopping onions and it won't stop bleeding",
    "sitting in the car in the garage waiting for the rain to stop",
    "warming the engine up in the garage before work, it's freezing",
    "standing on the bridge taking photos of the river",
    "my cat is on the balcony railing again",
    "waiting for the train to work",
    "the knife is in my hand, chopping onions",
    # fresh batch 1's everyday posts
    "took all my meds this morning, finally remembering every day. the pill organizer helps",
    "i swallowed a bug while biking lol, protein i guess",
    "cut myself shaving and it's bleeding like crazy, why do chin cuts never stop",
    "my kid slit his finger on a can lid, it's bleeding a lot, do we need stitches?",
    "sitting in the car in the garage because it's the only quiet place to take a work call",
    "left the engine running in the garage to warm it up, my neighbour says that's dangerous",
    "standing on the bridge watching the fireworks with my girlfriend, best night",
    "we sat on the edge of the cliff and watched the sunset, unreal view",
    "waiting at the tracks for the 8:15 train to work as usual, it's late again",
    "i'm on the roof fixing the gutters, my wife is holding the ladder",
    "had a knife in my hand cutting vegetables when my mom called",
    "ran a bath and lit some candles, self care sunday",
    "took the whole bottle of cough syrup over the week, still coughing",
    "i injected my insulin before dinner like always",
    "took half my adderall dose today because i wanted to sleep tonight",
    "downed the whole bottle of water after my run",
]


@pytest.mark.parametrize("text", FIRST_BATCH_UNDER_WAY)
def test_an_act_under_way_is_imminent(text: str) -> None:
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_acts_and_places_stay_below_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "took all my meds this morning like the doctor said",
        "downed the whole bottle of water after my run",
    ],
)
def test_an_attempt_phrase_told_as_a_routine_or_a_drink_is_lowered(text: str) -> None:
    signals = screen(text).signals
    assert signals and all(s.level == CONCERN for s in signals)
    assert any(s.context == "everyday_use" for s in signals)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # another's act is worry about someone else
        ("my friend just told me she took all her pills, what do i do?? she won't answer", CONCERN),
        # past acts are attempts, not acts under way
        ("last night i swallowed all my pills and woke up in the hospital. im so tired", HIGH),
        ("when i was 15 i slit my wrists and didnt want to stop it", HIGH),
        ("I took too many pills on purpose", HIGH),
        # a plan is read by the imminence rules, not as an act under way
        ("i'm thinking about stealing all my moms pills", CONCERN),
        # negated
        ("i'm not on the roof anymore, my sister talked me down. i'm safe", CONCERN),
    ],
)
def test_other_persons_past_acts_and_denials_are_not_under_way(text: str, level: Level) -> None:
    assert screen(text).level == level


def test_the_act_is_a_signal_whose_span_points_into_the_post() -> None:
    text = "UPDATE:  Took ALL my Seroquel. nobody knows. bye"
    screening = screen(text)
    [act] = [s for s in screening.signals if s.phrase == UNDERWAY_ENTRY.phrase]
    assert act.level == IMMINENT and act.category == "attempt"
    assert text[act.start : act.end] == act.text == "Took ALL my Seroquel"


def test_a_pronoun_is_the_stock_only_when_a_medicine_comes_before_it() -> None:
    pills = "the pills were in my drawer. already took half of them, finishing the rest after this"
    books = "the books were in my drawer. already took half of them, finishing the rest after this"
    assert acts_under_way(fold(pills).text)
    assert not acts_under_way(fold(books).text)


SECOND_BATCH_UNDER_WAY = [
    (
        "ok so i did it. i swallowed my whole supply of amitriptyline about 30 mins ago. my heart"
        " is doing weird things"
    ),
    "popped all of the xanax i had left. vision going blurry. love you guys",
    "im halfway through the pack of sleeping tablets. no going back",
    "just finished off the last of my nans heart pills. nobody knows im doing this",
    "I took every tablet in the house. waiting now.",
    "chugged the rest of the nyquil bottle and took all my melatonin on top. goodnight everyone",
    "i injected my entire vial of insulin and i'm not going to eat. this is it",
    "sitting in the bathtub with my wrists cut. the water is turning red and i feel calm",
    "i sliced down my forearm and it's deep. im not going to the hospital",
    "bleeding from my wrist right now and i'm not going to stop it",
    "im in the car in my garage with the door closed, engine on. feeling dizzy already",
    "I'm standing outside the railing on the bridge over the highway. I'm going to let go",
    "i climbed onto the ledge of my 9th floor window. legs hanging out. i'm done",
    "standing on the platform edge. next train in 2 minutes. i'm sorry mum",
    "laying on the train tracks behind my school. i can hear it coming",
    "knife in my hand, i've already started on my wrist. this time i'm not stopping",
    "holding the razor to my throat right now",
    "belt is around my neck and tied to the closet rod. goodbye",
    "im on the roof of the hospital parking garage. nobody is around. i'm ready to jump",
    "i drank a bottle of antifreeze. should i tell someone",
    "got the gun in my mouth as i write this, safety off",
    "my bath is run and the blades are next to me. this is my last post",
    "took the whole box of paracetamol. my stomach hurts so much",
    "just swallowed 3 packs of my citalopram, not calling anyone",
]
"""Fresh batch 2, written at the end before running it. First run: `imminent` 18/24 (0.75),
everyday posts raised to `>= high` 0/16. Its six misses were wordings the classes did not hold
yet (a bare "waiting now" after the act, "goodnight everyone", a cut told by its participle in a
bath, "onto the ledge", a train heard coming, "should I tell someone" after a poison); they pass
now, so this batch no longer measures anything: the first-run number is the estimate."""

SECOND_BATCH_EVERYDAY = [
    "took all my vitamins and my iron pill, feeling good",
    "i accidentally took my morning meds twice, is that bad?",
    "i downed a whole pot of coffee to finish this essay",
    "cut my thumb slicing bagels and it's bleeding everywhere lol",
    "the engine is running in the garage because my dad is fixing the car",
    "we're standing on the edge of the grand canyon right now, the view is insane",
    "my son climbed over the railing at the zoo and i nearly had a heart attack",
    "sitting on the roof with my roommate watching the meteor shower",
    "waiting by the tracks for the freight train to pass so i can drive home",
    "holding a knife for the first time in culinary school, my hands were shaking",
    "ran a hot bath with lavender salts, best decision today",
    (
        "my cat knocked the rope toy off the chair and now it's tied around her neck, had to cut"
        " it off"
    ),
    "i shot a rifle at the range today, finger on the trigger felt weird",
    "drank the rest of the milk, sorry roommate",
    "I'm on the bridge right now taking pictures of the sunrise",
    "i finished the whole bottle of wine last night, hangover is brutal",
]


@pytest.mark.parametrize("text", SECOND_BATCH_UNDER_WAY)
def test_second_batch_acts_under_way_are_imminent(text: str) -> None:
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", SECOND_BATCH_EVERYDAY)
def test_second_batch_everyday_posts_stay_below_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i cleaned the tub with bleach just now, it smells awful",
        "at the range today, safety off, finger on the trigger, great day",
        "my little brother drank bleach by accident, we called poison control",
        "took all my vitamins at once this morning like always",
        "im sitting on the roof right now having a smoke, nice night",
    ],
)
def test_poisons_guns_and_places_in_everyday_posts_stay_below_high(text: str) -> None:
    assert screen(text).level < HIGH


def test_a_family_naming_an_unknown_class_is_a_clear_error() -> None:
    from policies.crisis.underway_data import _data, _family

    raw = {"name": "broken", "anchor": "take", "subject": "anchor", "needs": [["nope", "object"]]}
    with pytest.raises(ValueError, match="underway family 'broken'"):
        _family(raw, _data().classes)


@pytest.mark.parametrize(
    "text",
    [
        "i took all my pills and the doctor said i was lucky to survive",
        "I remember when i took all my pills, i was 16",
    ],
)
def test_a_past_attempt_beside_a_doctor_or_a_memory_stays_high(text: str) -> None:
    assert screen(text).level == HIGH


THIRD_BATCH_UNDER_WAY = [
    "its done. i took every last one of my quetiapine with a bottle of wine. my hands are tingling",
    "i just overdosed on my mom's oxycodone, all of it. dont tell her",
    "swallowing them one by one as we speak. i have about half the bottle of lithium left",
    "i have been taking my entire stash of gabapentin over the last hour. i can barely type",
    "i've injected way too much insulin on purpose. goodbye",
    "my arm is cut open and bleeding everywhere, i'm letting it bleed out",
    "i cut my wrists deep tonight and i don't want help. just wanted someone to know",
    "parked in the garage, windows down, door shut, motor running. it's peaceful",
    "I'm sitting on the edge of the bridge with my feet dangling. it's so high. im ready",
    "im standing on the tracks near the station. the train is coming",
    "i'm on the ledge of my balcony, 20 floors up, about to let go",
    "razor blade pressed against my wrist as im typing this. i already started",
    "the noose is around my neck right now and im on the chair",
    "i'm in the tub with the toaster right next to me. love you mom",
    "I swallowed a whole bottle of bleach, i'm scared",
    pytest.param(
        "on the wrong side of the fence at the cliffs right now",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a fragment with no verb: the place families read the writer at a place"
            " through a verb of being there ('I'm', 'standing'); a bare 'on' would read every"
            " 'on the roof'",
        ),
    ),
]
"""Fresh batch 3, written after batch 2's fixes and before running it: the latest honest
estimate. First run: `imminent` 10/16 (0.625), `>= high` 11/16, everyday posts raised to `>= high`
0/12. Five misses were read after it (an effect word, "overdosed on" without an amount, "them"
before its medicine, "over the last hour" taken for a routine, "my arm is cut open"); one stays."""

THIRD_BATCH_EVERYDAY = [
    "took all my allergy meds at once because my doctor told me to double up this week",
    "just drank a whole bottle of kombucha and my stomach hurts",
    "i'm standing on the edge of the pool waiting for my kid's swim lesson to end",
    "the neighbor's car is running in their garage all night, should i call someone?",
    "my dad is on the roof right now fixing the antenna, i'm so nervous",
    "sitting by the tracks with my camera waiting for the steam train to come through",
    "i cut my arm on a fence climbing over it, it's bleeding but fine",
    "i'm holding a knife to cut the cake at my sister's party",
    "the bath is ready and the razor is next to the sink, leg shaving day",
    "my belt is around my waist and tied tight because i lost weight",
    "i swallowed half a bottle of cough drops during the exam lol",
    "we were on the bridge right now watching boats go under",
]


@pytest.mark.parametrize("text", THIRD_BATCH_UNDER_WAY)
def test_third_batch_acts_under_way_are_imminent(text: str) -> None:
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", THIRD_BATCH_EVERYDAY)
def test_third_batch_everyday_posts_stay_below_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i took all my prozac. like 40 of them.",
        "swallowed every pill in the house",
        "i drank bleach",
    ],
)
def test_the_whole_stock_or_a_poison_taken_without_a_cue_is_an_attempt(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "took half my lexapro today, the full dose makes me dizzy",
        "i've taken painkillers and they haven't helped at all, should i see a doctor?",
    ],
)
def test_part_of_a_dose_or_an_amount_after_the_medicine_is_no_attempt(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "im standing on the platform waiting for the train, its late",
        "just took all my night meds, feeling sleepy now, goodnight",
        "i'm on the edge of my seat waiting for the finale",
    ],
)
def test_a_platform_and_nightly_meds_are_everyday(text: str) -> None:
    assert screen(text).level < HIGH


FOURTH_BATCH_UNDER_WAY = [
    "downed my whole month of venlafaxine with some rum like ten minutes ago. i feel sick",
    "ive taken all the codeine in the house and locked my door. please dont come looking",
    "i have swallowed 2 strips of paracetamol already and im going to take the third",
    "finished my bottle of seroquel. im sorry to everyone",
    "I just injected all of my insulin. don't want to be here anymore",
    "deep cuts on both wrists, blood wont stop, im not calling 911",
    "sat in my car in the shut garage with the engine going. it smells and im sleepy",
    "i'm up on the roof of my dorm. sitting on the edge. i'm going to jump in a minute",
    "standing on the overpass right now, just climbed over the fence",
    "i'm lying down on the rail line. can see the lights of the train",
    "knife to my throat right now, already bleeding",
    "in the bath with a razor blade, already made a cut, i'm not stopping this time",
    "rope is tied to the beam and around my neck. bye",
    "took a whole sleeve of tylenol an hour ago. what happens now",
]
"""Fresh batch 4, written after every rule above and before running it: the final estimate.
First run: `imminent` 7/14 (0.50), `>= high` 8/14, everyday posts raised to `>= high` 0/8. Its
misses (refusing rescue, "2 strips of" before the medicine, "finished my bottle", "deep cuts",
"engine going", "climbed over the fence", a ligature vetoed by its own word) are read now."""

FOURTH_BATCH_EVERYDAY = [
    "took all my supplements at once this morning, felt great",
    "cut my hand opening a can and it's bleeding a lot, going to urgent care",
    "left the car running in the garage while I grabbed my bag, oops",
    "i'm standing on the roof of the parking garage waiting for my uber",
    "sitting on the edge of my bed right now trying to wake up",
    "the knife is in my hand and the turkey is ready to carve",
    "drank all the gatorade in the fridge after practice",
    "my bath is running and i have a new razor for my legs",
]


@pytest.mark.parametrize("text", FOURTH_BATCH_UNDER_WAY)
def test_fourth_batch_acts_under_way_are_imminent(text: str) -> None:
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", FOURTH_BATCH_EVERYDAY)
def test_fourth_batch_everyday_posts_stay_below_high(text: str) -> None:
    assert screen(text).level < HIGH
