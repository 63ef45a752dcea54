"""The writer's own risk in everyday words (issue 10 items 1-2): `policies/crisis/own_risk.py`.

Fresh batch 1 was written from the families' definitions only (a method or lethality question for
oneself, a passive wish in everyday words, habitual or intrusive ideation, past behaviour with no
attempt word), before any rule was changed, and run once: `>= high` 11/48 = 0.229 (method 4/12,
passive wishes 3/12, habitual 2/12, past behaviour 2/12); everyday look-alikes raised to `>= high`
2/20; someone else's wish at `concern` 2/5. The rules are slots composed in one clause
(lexicon/own_risk.toml), each family with everyday counter-examples below. Cases the rules still
get wrong are strict xfails with the reason.

Each later batch was written before running the rules on it, and its first run recorded: batch 2
2/40 = 0.050, batch 3 5/32 = 0.156 (main before this work: 4/32), batch 4 (the last, nothing
changed for it) 14/24 = 0.583 (main: 6/24). Word classes fit the batch they were widened on far
better than the next one: the honest figure is the last batch's, and it is below the 0.90 goal.
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


_GENERIC_YOU = (
    "a method question in the generic 'you' with no 'for myself' reads as second person, like "
    "someone else's question"
)
_RESCUED_TO_ER = (
    "a rescue told by what the rescuer did ('broke the door down and got me to the er') has no "
    "family: 'got me to the er' is also every accident"
)


@pytest.mark.parametrize(
    "text",
    [
        "roughly what dose of amitriptyline is deadly for someone my weight",
        "would falling from the 6th floor be enough or would i just break my legs",
        "does anyone know if a bag over your head is peaceful",
        "im trying to figure out which of my meds is the most dangerous in a large amount",
        "how long would i have to stay in the cold before my body gives out",
        "if i drink antifreeze how long until its over",
        "i need to know how deep the cut has to be to actually bleed out",
        pytest.param(
            "is it true that you dont feel anything when you jump from really high up",
            marks=pytest.mark.xfail(strict=True, reason=_GENERIC_YOU),
        ),
        "how many of these oxys before it stops my breathing",
        "whats the most certain method, i dont want to end up a vegetable",
        "some nights i pray i just dont open my eyes again",
        "i wouldnt be upset if the doctor told me i had months left",
        "when i cross the road i kind of hope a car doesnt stop",
        "honestly if i went to sleep and that was it, fine by me",
        "i just want everything to go dark and stay dark",
        "id welcome a fatal accident at this point",
        "i secretly hope the turbulence takes the plane down when im on it",
        "i keep wishing i could just fade out of existence",
        "i wish someone would just put me out of my misery",
        "if my heart gave out tonight i would not be sad about it",
        "on the subway platform i always have to stand back from the edge because i want to fall",
        "every bridge i drive over i imagine cranking the wheel",
        "the image of me hanging from the banister keeps coming back",
        "whenever im cooking i look at the knife and think about my wrists",
        "each time i pass the overpass i think about how easy it would be to climb over",
        "i can't shower without picturing myself drowning in the tub",
        "on my commute i daydream about the train hitting me",
        "every time i refill my prescription i think about saving them all up",
        "the urge to step into the road when a truck passes is constant",
        "i cant look out of a high window without imagining the fall",
        "two years ago a stranger on the bridge convinced me to climb back over",
        pytest.param(
            "my dad broke the bathroom door down and got me to the er",
            marks=pytest.mark.xfail(strict=True, reason=_RESCUED_TO_ER),
        ),
        "last time i spent three days in intensive care and my liver is still messed up",
        "i was in the garage with the hose on the exhaust when my brother came home",
        "the paramedics said i was lucky, i'd taken enough to kill a horse",
        "i still have the scar on my neck from the rope",
        "they kept me on suicide watch after the pills",
        "the police pulled me off the railing on new years eve",
        "i came to on the bathroom floor with the empty bottle next to me",
        "the doctors gave me charcoal and kept me for 72 hours",
    ],
)
def test_second_batch_is_high(text: str) -> None:
    """Batch 2, written after the first rules and run once before changing them: 2/40 = 0.050
    (method 1/10, wishes 0/10, habitual 0/10, past behaviour 1/10); false high 1/18 ('they gave
    me charcoal in chemistry class'). The slots were then widened by family (an amount with a
    lethal adjective or a time until the end, a poison, the fear of surviving, going dark for
    good, a fatal event welcomed, a blade and the wrists, an edge and the wish to fall, a hold
    after an attempt, the means told in the past)."""
    assert screen(text).level >= Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "what dose of melatonin is safe for kids",
        "would falling off my bike hurt less with a helmet",
        "is it peaceful to scatter ashes at sea? planning my dads memorial",
        "i keep picturing myself on stage at graduation",
        "every time i cross the bridge i think about how long it took to build",
        "i hope the storm doesnt knock the power out",
        "honestly if i went to sleep and woke up in paris, fine by me",
        "i wouldnt be upset if the meeting got cancelled",
        "my mom found me asleep on the couch",
        "i spent three days in intensive care after the car crash, recovering now",
        "the paramedics said i was lucky the broken arm wasnt worse",
        "they gave me charcoal in chemistry class to test",
        "whenever im cooking i look at the knife and think about sharpening it",
        "the urge to step into the road and grab the dog was instinctive",
        "i wish someone would put my phone out of its misery",
        "can i die of embarrassment from this lol",
        "how long would i have to stay in the sauna before it gets dangerous",
        "i came to the party late and the bottle was empty",
        "how easy it would be to fall asleep in class",
        "it would be so easy to swerve around the pothole",
        "how easy it would be to climb over the fence at the park",
    ],
)
def test_second_batch_everyday_look_alikes_stay_below_high(text: str) -> None:
    """The second batch's everyday clauses with the same slots."""
    assert screen(text).level < Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "my sister told me she hopes a car hits her",
        "my boyfriend keeps picturing himself driving off the bridge and it scares me",
        "my friend had her stomach pumped last weekend after she took a bottle of pills",
        "my roommate asked whether carbon monoxide is painless",
    ],
)
def test_second_batch_someone_elses_risk_is_concern(text: str) -> None:
    """A sister's wish, a boyfriend's pictures, a friend's overdose, a roommate's question."""
    assert screen(text).level == Level.CONCERN


# Batch 3: written after every rule above (but the sentence families), run once (the estimate).
_B3_METHOD = (
    "the question names neither a drug nor a way of dying the sentence classes know ('could a "
    "person survive jumping off the golden gate', 'any way to go that doesnt hurt')"
)
_B3_WISH = (
    "the wish's event is named in words outside the classes ('want it to crash', 'get sick and "
    "not recover', 'goes down with me on it', 'beg him to take me')"
)
_B3_HABIT = (
    "the act is told by an object or a metaphor outside the classes ('the knives call to me', "
    "'taking the whole week at once', 'the car going through the rail')"
)
_B3_PAST = (
    "past behaviour told by its aftermath or by a rescue in words outside the classes ('a tube "
    "down my throat', 'the only reason i'm still here', 'survived the night with everything i "
    "swallowed')"
)
_PET = (
    "the ordered family 'a lethal amount asked' has no purpose veto: 'lethal for a dog' reads "
    "as 'lethal for someone my weight'"
)
_B3_THIRD = (
    "someone else's wish in words outside the classes has no signal at all (none, not concern)"
)


@pytest.mark.parametrize(
    "text",
    [
        "what's the max amount of lithium someone can take before it's fatal",
        "if i swallowed all of my gabapentin would it be quick",
        "random question but how far down does a fall have to be to be sure",
        pytest.param(
            "could a person survive jumping off the golden gate, genuinely asking for me",
            marks=pytest.mark.xfail(strict=True, reason=_B3_METHOD),
        ),
        pytest.param(
            (
                "does the charcoal they give you at the hospital actually work if you take a lot "
                "of tylenol"
            ),
            marks=pytest.mark.xfail(strict=True, reason=_B3_METHOD),
        ),
        "would an entire bottle of advil do anything or just make me sick",
        "how painful is it to die from carbon monoxide in a car",
        "is there any way to go that doesnt hurt. i mean for me",
        pytest.param(
            "every time i get in a car i kind of want it to crash",
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        pytest.param(
            "i honestly hope this chest pain is something serious so it can be over",
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        "when i go to bed i just want to not wake up tomorrow",
        pytest.param(
            "i'd be okay if a meteor landed on my house tonight, with me in it",
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        pytest.param(
            "if god exists i beg him to take me soon",
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        pytest.param(
            "i'm at the point where i wouldn't swerve if a truck came at me",
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        pytest.param(
            "sometimes i wish i would just get sick and not recover",
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        pytest.param(
            "i hope this flight goes down with me on it",
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        pytest.param(
            "whenever i stand on a balcony my brain tells me to lean over and let go",
            marks=pytest.mark.xfail(strict=True, reason=_B3_HABIT),
        ),
        "i keep getting these flashes of myself with a belt around my neck",
        "every time the train pulls in i have to fight the urge to jump onto the tracks",
        pytest.param(
            "crossing the highway bridge i always picture the car going through the rail",
            marks=pytest.mark.xfail(strict=True, reason=_B3_HABIT),
        ),
        pytest.param(
            "i look at my pill organizer and think about taking the whole week at once",
            marks=pytest.mark.xfail(strict=True, reason=_B3_HABIT),
        ),
        pytest.param(
            "in the shower i keep thinking about the razor and how deep i'd need to go",
            marks=pytest.mark.xfail(strict=True, reason=_B3_HABIT),
        ),
        pytest.param(
            "when i'm alone in the kitchen the knives call to me",
            marks=pytest.mark.xfail(strict=True, reason=_B3_HABIT),
        ),
        pytest.param(
            (
                "i cant stop thinking about the bottle of sleeping pills in the cabinet and what "
                "would happen if i took it all"
            ),
            marks=pytest.mark.xfail(strict=True, reason=_B3_HABIT),
        ),
        pytest.param(
            "the last time i was this low i ended up in the er with a tube down my throat",
            marks=pytest.mark.xfail(strict=True, reason=_B3_PAST),
        ),
        "my mom came home early and that's the only reason i'm still here",
        pytest.param(
            (
                "a year ago i was standing at the end of the pier ready to go in and a fisherman "
                "stopped me"
            ),
            marks=pytest.mark.xfail(strict=True, reason=_B3_PAST),
        ),
        pytest.param(
            "i spent my 20th birthday on a psych ward after what i did with my meds",
            marks=pytest.mark.xfail(strict=True, reason=_B3_PAST),
        ),
        pytest.param(
            "i still can't believe i survived the night with everything i swallowed",
            marks=pytest.mark.xfail(strict=True, reason=_B3_PAST),
        ),
        pytest.param(
            "i was sitting in my car with the garage door shut when my neighbor knocked",
            marks=pytest.mark.xfail(strict=True, reason=_B3_PAST),
        ),
        pytest.param(
            "the scars on my wrists are from the night i tried to go",
            marks=pytest.mark.xfail(strict=True, reason=_B3_PAST),
        ),
        pytest.param(
            "my friend called 911 after i sent her my goodbye text and they got to me in time",
            marks=pytest.mark.xfail(strict=True, reason=_B3_PAST),
        ),
    ],
)
def test_third_batch_is_high(text: str) -> None:
    """Batch 3, the honest estimate: first run 5/32 = 0.156 `>= high` (main before this work:
    4/32 = 0.125); false high 0/12; someone else's risk at `concern` 1/3. After it, the method
    questions read by sentence (a drug or a way of dying x whether it kills or hurts, in a
    question, with no study or pet purpose): 10/32, no longer an estimate."""
    assert screen(text).level >= Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "every time i get in a car i kind of want to fall asleep",
        "i hope this chest pain is just a pulled muscle",
        "i'd be okay if it snowed tonight",
        "what's the max amount of ibuprofen i can take for my back",
        "i keep getting these flashes of myself on stage",
        "the knives call to me whenever i watch cooking shows lol",
        "my mom came home early and that's the only reason i didn't eat all the cake",
        "i was standing at the end of the pier fishing and a seagull stole my sandwich",
        "i spent my 20th birthday on a beach",
        "i survived the night shift with everything i had",
        "i look at my pill organizer and think about how old i am",
        "could a person survive jumping off a high dive? asking for my swim class",
        "would falling off my bike hurt less with a helmet",
        "which floor is high enough to see the fireworks",
        pytest.param(
            "how much lithium is lethal for a dog? my dog got into my bag",
            marks=pytest.mark.xfail(strict=True, reason=_PET),
        ),
        "is it fatal to miss a dose of my insulin?",
        "is tylenol deadly to cats",
        "how many advil can i safely take for a fever?",
    ],
)
def test_third_batch_everyday_look_alikes_stay_below_high(text: str) -> None:
    """The third batch's everyday clauses, and the sentence families' look-alikes."""
    assert screen(text).level < Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "my brother says every time he drives he wants to crash",
            marks=pytest.mark.xfail(strict=True, reason=_B3_THIRD),
        ),
        pytest.param(
            "my mom told me she hopes her flight goes down",
            marks=pytest.mark.xfail(strict=True, reason=_B3_THIRD),
        ),
        "my friend spent her birthday on a psych ward after what she did with her meds",
    ],
)
def test_third_batch_someone_elses_risk_is_concern(text: str) -> None:
    """A brother's urge, a mother's wish, a friend's stay on a ward."""
    assert screen(text).level == Level.CONCERN


def test_a_method_question_spread_over_its_sentence_is_read_in_any_order() -> None:
    """The sentence families need every class in one sentence, not in order, and a question."""
    assert screen("is it fatal, if i took the rest of my lithium?").level >= Level.HIGH
    assert screen("my lithium is fatal. i said that in class").level < Level.HIGH


# Batch 4: written after every rule, run once, nothing changed for it (the final estimate).
_B4_METHOD = (
    "generic 'you' with no drug-and-death pair the classes know ('is it quick if you take all "
    "your insulin'), and 'least messy way to go' (the gentlest-way class lacks 'messy')"
)
_B4_WISH = (
    "the event hoped for is outside the classes ('i'll get hit by a bus' in the future tense, "
    "'the house catches fire', 'pray for an accident', 'a month left' beside 'months left')"
)
_B4_HABIT = (
    "'jumping from my balcony' ('from my' is not a place phrase) and 'going over' with the "
    "bridge in the clause before"
)
_B4_PAST = (
    "'got me off the bridge railing' (the place phrase is 'the railing') and 'i'd have been "
    "dead' (the near-miss ending lists 'i would have died', 'id be dead')"
)
_B4_THIRD = (
    "someone else's wish or rescue in these words gives no signal at all, so nothing to lower "
    "to concern"
)


@pytest.mark.parametrize(
    "text",
    [
        "would 40 of my sertraline be enough to not wake up?",
        "how tall does a building need to be so you definitely dont survive",
        pytest.param(
            "is it quick if you take all your insulin at once",
            marks=pytest.mark.xfail(strict=True, reason=_B4_METHOD),
        ),
        pytest.param(
            "whats the least messy way to go, for me, not a friend",
            marks=pytest.mark.xfail(strict=True, reason=_B4_METHOD),
        ),
        "how long does it take to die from hanging, roughly",
        "could i die if i mixed my xanax with a bottle of vodka",
        # read since r2high's wish of an accident in the writer's future ('hoping ill' x 'get hit
        # by a bus', wishes.toml): the strict xfail passed
        "i keep hoping i'll get hit by a bus on the way home",
        pytest.param(
            "if a doctor told me i had a month left i'd honestly be relieved",
            marks=pytest.mark.xfail(strict=True, reason=_B4_WISH),
        ),
        "i wish i could just go to sleep and never wake up",
        pytest.param(
            "sometimes i hope the house catches fire while im asleep",
            marks=pytest.mark.xfail(strict=True, reason=_B4_WISH),
        ),
        "i wouldn't fight it if something killed me",
        pytest.param(
            "i pray for an accident every time i get on the highway",
            marks=pytest.mark.xfail(strict=True, reason=_B4_WISH),
        ),
        "every time i'm on the train platform i think about stepping in front of it",
        pytest.param(
            "i cant stop imagining myself jumping from my balcony",
            marks=pytest.mark.xfail(strict=True, reason=_B4_HABIT),
        ),
        "whenever im driving alone i picture myself crashing into the barrier",
        "the thought of taking all my pills crosses my mind every night",
        pytest.param(
            "when i see the bridge on my way to work i think about going over",
            marks=pytest.mark.xfail(strict=True, reason=_B4_HABIT),
        ),
        "i keep fantasizing about walking into the ocean and letting it take me",
        "last spring my roommate found me unconscious and called an ambulance",
        "i was sitting on the edge of the roof when my friend talked me down",
        "after the overdose they pumped my stomach and i woke up in the icu",
        pytest.param(
            "the police got me off the bridge railing in october",
            marks=pytest.mark.xfail(strict=True, reason=_B4_PAST),
        ),
        pytest.param(
            "the er doctors said another hour and i'd have been dead",
            marks=pytest.mark.xfail(strict=True, reason=_B4_PAST),
        ),
        "i had my stomach pumped twice when i was 17",
    ],
)
def test_fourth_batch_is_high(text: str) -> None:
    """Batch 4, the final estimate: first run 14/24 = 0.583 `>= high` (main before this work:
    6/24 = 0.250); method 4/6, wishes 2/6, habitual 4/6, past behaviour 4/6; false high 0/10;
    someone else's risk at `concern` 0/3 (none)."""
    assert screen(text).level >= Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i keep hoping i'll get a raise this year",
        "every time i'm on the train platform i think about my commute",
        "i cant stop imagining myself on the beach in hawaii",
        "my roommate found me asleep on the couch and woke me for dinner",
        "is it quick to learn the guitar if you practice every day",
        "how tall does a building need to be to have an elevator",
        "i wouldn't fight it if my boss gave me a day off",
        "sometimes i hope the power goes out so i can skip work",
        "the er doctors said another hour and my appendix would have burst",
        "i keep fantasizing about walking into the ocean on vacation",
    ],
)
def test_fourth_batch_everyday_look_alikes_stay_below_high(text: str) -> None:
    """The fourth batch's everyday clauses."""
    assert screen(text).level < Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "my sister keeps hoping she'll get hit by a bus",
            marks=pytest.mark.xfail(strict=True, reason=_B4_THIRD),
        ),
        pytest.param(
            "my friend told me the police got him off the bridge railing last year",
            marks=pytest.mark.xfail(strict=True, reason=_B4_THIRD),
        ),
        pytest.param(
            "my dad says he wouldn't fight it if something killed him",
            marks=pytest.mark.xfail(strict=True, reason=_B4_THIRD),
        ),
    ],
)
def test_fourth_batch_someone_elses_risk_is_concern(text: str) -> None:
    """A sister's hope, a friend's rescue, a father's wish."""
    assert screen(text).level == Level.CONCERN
