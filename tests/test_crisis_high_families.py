"""The `>= high` and `concern` families of issue 10 item 2, on fresh posts written blind.

Batch 1 was written from the design's levels and the issue's families only (no dataset post read
for it), before any rule was changed for it, and run once (56 posts): exact level 36/56 = 0.643,
`>= high` recall 13/25 = 0.520, concern-or-below raised to `>= high` 1/31 = 0.032. By family:
wishes and questions of one's own death 7/14, euphemisms 6/9, "anyone" asking for the writer 0/2,
self-harm 1/3, hopelessness 2/4, denials and ideation left behind 4/5, someone else's risk 4/5,
posts about the topic 4/4, figures of speech 8/10. Cases the rules still miss are strict xfails
with the reason. Every family has everyday counter-examples below it.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

NONE, CONCERN, HIGH = Level.NONE, Level.CONCERN, Level.HIGH

_AGE = "'hope i don't make it to 30' names no death; an age as the object is left for now"
_SO_THAT = "'so i dont have to be here anymore' is a purpose clause, no wish lead before it"
_BUS = (
    "'catching the bus' is a commute as often as the euphemism: a community adds it with "
    "extra_phrases"
)


@pytest.mark.parametrize(
    "text",
    [
        "honestly the sooner im gone the better for everyone",
        "is it time for me to go? i keep asking myself that every night",
        "whats the least painful way to go. i'm serious",
        "i just want to stop being alive. not in a dramatic way, i'm just done",
        "why cant i just die already",
        pytest.param(
            "part of me hopes i dont make it to 30",
            marks=pytest.mark.xfail(strict=True, reason=_AGE),
        ),
        pytest.param(
            "i keep hoping something happens to me so i dont have to be here anymore",
            marks=pytest.mark.xfail(strict=True, reason=_SO_THAT),
        ),
        "would it be wrong if i just ended my life? nobody depends on me",
        "i want to be dead. thats all. i want to be dead",
        "every day i think about how nice it would be to just not exist",
        "i'm ready to die. i've been ready for a long time",
        "what is the best way to end my life without my family finding me",
        "maybe i should just die and get it over with",
        "i honestly don't know why i'm still alive. i don't want to be",
    ],
)
def test_wishes_and_questions_of_ones_own_death_are_high(text: str) -> None:
    """A lead (a wish, a question to oneself, "how nice it would be") composed with dying."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i wanna unalive so bad rn",
        "thinking about kms again. its getting louder",
        "i might just off myself this year honestly",
        "i want to end things. i'm so tired of fighting my own brain",
        pytest.param(
            "been thinking about catching the bus a lot lately",
            marks=pytest.mark.xfail(strict=True, reason=_BUS),
        ),
        "honestly i wanna just not be here anymore",
        "i want to go to sleep and never wake up",
        "some days i really want to check out permanently",
        "i'm so close to just ending it all",
    ],
)
def test_euphemisms_of_the_act_are_high(text: str) -> None:
    """Unalive, kms, off myself, check out for good, not wake up, end things."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "does anyone know how many sleeping pills it takes to die?",
        "anyone know the most painless way to go? please dont lecture me",
    ],
)
def test_anyone_asked_for_the_writer_keeps_the_method_question_high(text: str) -> None:
    """Asking "does anyone know ..." is for the writer: "anyone" is no subject."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i started scratching my wrists with my nails again. it helps a little",
        "i punched the wall until my knuckles bled. i wanted it to hurt",
        "i've been cutting again, my thighs this time so nobody sees",
        "theres no hope for me. i'm always going to be like this",
        "nothing is ever going to get better and i'm tired of pretending it will",
        "i'm so worthless. i cant even do basic things",
        "i have no reason to get up in the morning anymore",
    ],
)
def test_self_harm_and_hopelessness_are_concern(text: str) -> None:
    """A verb of hurting with the writer's own body; never getting better; nothing to get up for."""
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to die, i just want the pain to stop",
        "to be clear i'm not suicidal. i'm just exhausted and angry",
        "i would never kill myself, my mom would be destroyed. but god i'm tired",
        "i've never been suicidal but lately i get why people are",
        "i used to want to kill myself in high school, i'm in a much better place now",
        "my roommate told me last night she doesnt want to be alive anymore. how do i help her",
        "my dad tried to kill himself when i was 12 and i still think about it",
        "a kid at my school killed himself last week and everyone is acting weird",
        "my partner says he wants to end it all whenever we fight. is that manipulation?",
        "how do i support a friend who is suicidal?",
    ],
)
def test_denials_ideation_left_behind_and_someone_elses_risk_are_concern(text: str) -> None:
    """A denial of one's own ideation, ideation told as over, someone else's risk."""
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "new study says suicide among teens has doubled since 2010. what is going on",
        "mods: posts encouraging suicide will be removed and the user banned",
        (
            "i'm reading a novel where the main character kills herself in chapter 3. it was "
            "beautifully written"
        ),
        "our school had an assembly about suicide awareness today",
    ],
)
def test_posts_about_the_topic_are_concern_at_most(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i'm literally dying of laughter at this thread",
        "this homework is going to be the death of me",
        "i could kill for a burger right now",
        "my sister is gonna murder me when she finds out i lost her hoodie",
        "the battery on my car died in the parking lot lol",
        "honestly i'd die for my dog",
        "ending things on a high note with this last episode",
        "i want to disappear into a cabin in the woods for a month",
        "i'm so done with this semester lol",
        "i'm ready to go home, this party is lame",
    ],
)
def test_figures_of_speech_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        # the leads with something else after them
        "why cant i just go to bed early for once",
        "how do i end it with my boyfriend without hurting him",
        "would it be nice to die my hair blue?",
        "is it wrong to end things with someone over text",
        "id love to die on that hill tbh",
        # the body hurt by accident
        "i cut my arm on a rusty fence",
        "i burned my arm on the oven again",
        # never changing something else, no reason to get up early
        "nothing will change my mind about pineapple pizza",
        "things will never change between us",
        "no reason to get up early tomorrow, its saturday!",
        # vanishing for a while, asking anyone something else, living somewhere else
        "i want to disappear for a week and go camping",
        "does anyone know how many calories it takes to gain a pound?",
        "she doesnt want to live with her parents anymore",
    ],
)
def test_everyday_counter_examples_are_none(text: str) -> None:
    """The families' words told about something else."""
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i used to want to die, and lately its coming back",
        "i used to want to kill myself. i still do sometimes, but im glad i didnt",
        "years ago i wanted to die. therapy helped but lately i want to die again",
    ],
)
def test_ideation_told_as_back_stays_high(text: str) -> None:
    """A past lead with a recovery is over only when nothing says it is back."""
    assert screen(text).level == HIGH


def test_the_asked_anyone_is_no_subject_but_a_third_person_after_it_is() -> None:
    assert screen("does anyone know why my friend wants to die").level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        # wordings written to probe the families (not read from any dataset)
        "i hate being alive",
        "i've made peace with dying",
        "i keep imagining my funeral",
        "i want my life to be over",
        "my life needs to end",
        "i'm not sure i want to be alive anymore",
        "i'm afraid of what i might do to myself",
        "suicide seems like the only way",
        "how many of my antidepressants would it take",
        "i want to not have to live anymore",
        "all i want is to not exist",
        "i wish i had never existed",
        "i don't deserve to exist",
        "death can't come fast enough",
    ],
)
def test_more_wordings_of_the_wish_are_high(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i'll be dead soon",
        "i won't be alive much longer",
        "i can't keep living like this",
        "i give up on living",
    ],
)
def test_death_expected_and_living_given_up_are_concern(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i hate living in this city",
        "i'm not sure i want to live in texas anymore",
        "how many would it take to get a good grade",
        "how much tylenol would it take for a fever",
        "i'd like to leave this life behind and move to spain",
        "i want to not have to live with my parents",
        "i'll be dead soon if i don't eat something lol",
        "i don't deserve to be here in this program",
    ],
)
def test_the_new_wordings_told_of_something_else_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        # euphemisms with the wish and intent leads
        "i want to put an end to it all",
        "i want to exit this world",
        "i'm going to take the easy way out",
        "i want to end my existence",
        "i want to neck myself",
        # attempts told by the method or by its failing
        "i tried hanging last year",
        "ive tried overdosing before",
        "my attempt failed and i woke up in my bed",
        # urges of the act, the days counted to one's death
        "the intrusive thoughts to jump are getting worse",
        "i'm counting down the days until i can die",
        # a denial taken back
        "i don't want to kill myself but i think i will",
        "i dont want to kill myself, but i might",
    ],
)
def test_euphemisms_attempts_urges_and_denials_taken_back_are_high(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i tried hanging out with them but it was awkward",
        "i took the easy way out and bought a cake",
        "i want to rope him into helping with the move",
        "i have a plan for the weekend",
        "i know exactly how i would do it, the cake needs three layers",
    ],
)
def test_the_euphemisms_and_plans_of_something_else_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to die but i will be okay",
        "i dont want to die, but ill keep going for my kids",
        "i dont want to kill myself but im going to talk to someone",
    ],
)
def test_a_denial_with_a_but_that_takes_nothing_back_stays_a_denial(text: str) -> None:
    assert screen(text).level == CONCERN


def test_a_jump_alone_is_no_euphemism() -> None:
    """ "jump" with a wish or intent lead stays the ambiguous act (`concern` at most)."""
    assert screen("often i'll jump or yell when someone scares me").level <= CONCERN


def test_a_plan_counts_only_beside_a_suicide_signal() -> None:
    assert screen("i have a plan. i want to die and i know exactly how i would do it").level >= HIGH
    assert screen("i have a plan and i know exactly how i would do it").level == NONE


def test_an_attempt_with_what_was_taken_after_it_stays_an_attempt() -> None:
    """A longer reading ruled out by its next word must not hide the shorter attempt inside it."""
    assert screen("i tried to overdose on my zoloft but my mom stopped me").level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "idw to live anymore",
        "i hate myself i want die",
        "i really dont wanna exist",
        "thinking of self deleting",
        "idk why im still alive",
        "i feel like everyone would be happier if i died",
        "the world is better without me",
        "why shouldnt i just end it",
        "give me one reason not to kill myself",
    ],
)
def test_short_second_language_and_question_forms_of_the_wish_are_high(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    ["why was i even born", "would it even matter if i died"],
)
def test_why_one_was_born_is_despair_not_yet_the_wish(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "why not just end it with him, you deserve better",
        "why not die your hair pink for the show",
        "my dog would be happier if i was gone for work less",
    ],
)
def test_the_question_forms_about_something_else_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i want to die of embarrassment, i called my teacher mom",
        "i want to jump off a cliff into the ocean in hawaii this summer",
        "i want to jump into the lake after the hike",
    ],
)
def test_figures_of_speech_and_everyday_jumps_with_the_wish_lead_are_none(text: str) -> None:
    """What follows "want to die" / "want to jump" makes it a figure of speech or a leap."""
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i want to die. of course nobody cares",
        "i want to jump",
        "i want to jump off the roof",
    ],
)
def test_the_next_word_is_read_within_the_sentence(text: str) -> None:
    """A word after the sentence's end rules nothing out: "I want to die. Of course ..."."""
    assert screen(text).level == HIGH


def test_a_character_in_a_story_is_someone_else() -> None:
    assert screen("in my novel the main character wants to die after the war").level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i really dont know how to carry on",
        "not sure how to keep going anymore",
        "how much more of this can i take",
        "i cant do life anymore",
        "all i want to do is disappear",
        "i dont even want help anymore, whats the use",
        "soon i will be at peace",
        "nothing will ever get better for me",
    ],
)
def test_not_knowing_how_to_go_on_and_no_help_left_are_concern(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i dont know how to go on with the project after the merger",
        "i will finally be free after this exam",
        "nobody can help me move this weekend, everyone is busy",
    ],
)
def test_going_on_with_something_and_freedom_after_an_errand_are_none(text: str) -> None:
    assert screen(text).level == NONE


# Batch 2, written blind after the fixes for batch 1 and the probe wordings (so, if anything, it
# flatters the rules), run once before any rule was changed for it (52 posts): exact 29/52 =
# 0.558, `>= high` recall 9/25 = 0.360, concern-or-below raised to `>= high` 2/27 = 0.074. By
# family: wishes 2/12, euphemisms 4/8, attempts 2/4, self-harm 2/3, hopelessness 1/3, denials and
# recovery 3/4, someone else 3/4, topic 3/3, figures of speech 7/9. This is the honest estimate of
# how the families hold on new wordings. Fixed after, by family (a heart wished to stop, God asked
# to take me, a button to erase myself, tired of breathing, might end it, my overdose, how many
# would be enough, carving, things never getting better, a denial "I'd be lying if I said", a
# phase left behind, "asking for me" after a question, another's death by a gun).
_AROUND_FOR = "'wasn't around for' is ruled out like 'wasn't around for the party'"
_AGE = "an age or a year as the object ('no desire to see 25', 'make it to 30'): digits not read"
_EXASPERATION = "the plea 'kill me' with a complaint and no laughter still reads as a plea"
_NOSE = "'nose' reads as a disguised 'noose' (the matcher's letter tolerance), means"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "lately i catch myself hoping the plane crashes when i fly. i'm not scared, i'm "
            "hopeful",
            HIGH,
        ),
        ("does it make me a bad person that i want to die before my parents do", HIGH),
        pytest.param(
            "every birthday i wish i wasn't around for the next one",
            HIGH,
            marks=pytest.mark.xfail(strict=True, reason=_AROUND_FOR),
        ),
        ("i'd be lying if i said i didn't want to be dead most days", HIGH),
        ("i'm 19 and i already feel like i've lived long enough. i want it to be done", HIGH),
        ("some nights i lie awake wishing my heart would just stop", HIGH),
        ("how do people go on when they don't want to be alive? asking for me", HIGH),
        ("i keep asking god to take me in my sleep", HIGH),
        ("what's the quickest way to die that doesn't hurt? i just want to know", HIGH),
        ("if there was a button to erase myself i'd press it without thinking", HIGH),
        pytest.param(
            "i have no desire to see 25. none",
            HIGH,
            marks=pytest.mark.xfail(strict=True, reason=_AGE),
        ),
        ("i'm just tired. tired of breathing. i want to stop", HIGH),
        ("not gonna lie i've thought about unaliving myself a lot this week", HIGH),
        ("i want to end my life and i dont even feel sad about it anymore", HIGH),
        ("part of me wants to just go to sleep forever", HIGH),
        ("honestly tempted to just kms and be done with all of it", HIGH),
        ("i want to log off from life permanently", HIGH),
        ("i'm done. i want out of this world", HIGH),
        ("i keep thinking about ending things. like ending everything", HIGH),
        ("might just end it this year, who knows", HIGH),
        (
            "i tried to end my life when i was 15 and honestly i still think about finishing it",
            HIGH,
        ),
        ("i swallowed a bunch of pills in april and nobody ever found out", HIGH),
        ("after my last overdose the doctors said i was lucky", HIGH),
        ("i've been looking up how many of my pills would be enough", HIGH),
        ("i carved into my leg again last night. i hate that it helps", CONCERN),
        ("been banging my head against the wall when i get overwhelmed, like literally", CONCERN),
        ("i keep picking at my scars until they open again", CONCERN),
        ("i genuinely don't see things ever getting better for me", CONCERN),
        ("there is nothing left for me here. nothing", CONCERN),
        ("i'm just dead weight to everyone in my life", CONCERN),
        ("i'm stuck in this house with people who hate me and there is no escape", CONCERN),
        ("i can't keep doing this. every day is the same nightmare", CONCERN),
        ("not suicidal, just really really sad today and needed to say it somewhere", CONCERN),
        ("i'm not going to hurt myself, i promise, i just feel empty", CONCERN),
        ("two years ago i tried to kill myself. today i got my degree. it gets better", HIGH),
        ("i went through a phase of wanting to die in my teens, im 30 now and happy", CONCERN),
        ("my daughter wrote in her diary that she wants to die. i found it by accident", CONCERN),
        ("my uncle shot himself when i was little and my dad never talks about it", CONCERN),
        ("my friend keeps joking about kms but i think shes serious", CONCERN),
        ("my boyfriend said he'd rather be dead than go back to rehab", CONCERN),
        ("i'm gonna kill my brother, he ate my leftovers", NONE),
        pytest.param(
            "ugh kill me, it's only tuesday",
            CONCERN,
            marks=pytest.mark.xfail(strict=True, reason=_EXASPERATION),
        ),
        ("i could die happy after that concert", NONE),
        pytest.param(
            "this cold is killing me, i can't breathe through my nose",
            NONE,
            marks=pytest.mark.xfail(strict=True, reason=_NOSE),
        ),
        ("my plants are dead because i forgot to water them for a month", NONE),
        ("i'm dying to know what happens next season", NONE),
        ("we ended things on good terms and still talk sometimes", NONE),
        ("i want to disappear under a blanket and watch movies all day", NONE),
        ("i'd rather die than go to that party lol", CONCERN),
    ],
)
def test_second_blind_batch(text: str, level: Level) -> None:
    """Batch 2 at the level a careful moderator would give."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "the documentary about the golden gate bridge suicides was hard to watch",
        "anyone have good resources for a presentation on teen suicide?",
        "in the book, the heroine drowns herself at the end. i cried",
    ],
)
def test_second_blind_batch_topic_posts_are_concern_at_most(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        # probe wordings (third round), not read from any dataset
        "i'm not meant for this world",
        "i was never supposed to make it this far",
        "i don't plan on being here next year",
        "i just want to sleep and never have to wake up again",
        "i want to vanish forever and never come back",
        "i want everything to stop permanently",
        "i want to be in the ground",
        "i'm jealous of people who died",
        "i'm tired of surviving",
        "i keep walking into traffic hoping a car hits me",
        "i hope the cancer takes me",
        "i pray every night that i don't wake up",
        "i stopped taking my meds so i can die faster",
        "i know which bridge i'm going to use",
        "i tried to strangle myself last week",
        "the voices tell me to end it",
    ],
)
def test_third_probe_round_wishes_plans_and_acts_are_high(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i deserve to suffer",
        "life is just suffering",
        "everyone would be relieved if i left",
    ],
)
def test_deserving_to_suffer_and_others_relieved_are_concern(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i could sleep forever this weekend",
        "i want to end this relationship, it's been toxic for months",
        "i want to go to heaven when i die, like my grandma did",
        "i'm so done with this whole group project thing",
    ],
)
def test_third_probe_round_counter_examples_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "which is less painful, pills or hanging?",
        "can you die from taking 20 tylenol",
        "what happens if i take all my sertraline at once",
        "is slitting your wrists painful? asking for myself",
        "how long does it take to bleed out from your wrists",
        "what's the most effective way to end your life",
        "how many sleeping pills is a lethal amount",
        "i want to know how to tie a noose",
        "i need to find a way out of this life",
    ],
)
def test_method_questions_asked_for_oneself_are_high(text: str) -> None:
    """A method question asked for oneself is `high` (gold_levels/README.md)."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "whats the best way to end it with my girlfriend",
        "best way to end your day: a warm bath",
        "the easiest way out of the parking garage is on level 2",
        "im so tired of fighting with my mom",
    ],
)
def test_method_question_words_about_something_else_are_none(text: str) -> None:
    assert screen(text).level == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i haven't eaten in 4 days, i do it to punish myself",
        "i'm so tired of fighting every single day",
        "nothing i do will ever be enough",
    ],
)
def test_punishing_oneself_and_no_fight_left_are_concern(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        # probe wordings (fifth round), not read from any dataset
        "honestly i dont see myself being alive much longer and im kinda ok with that",
        "i would do anything to not exist, honestly",
        "whenever i drive i think about swerving into a tree",
        "when i'm at the train station i think about stepping in front of it",
        "i've started giving my stuff away to friends",
        "if my cat dies i'm going with her",
        "when my mom passes i'm following her",
        "i promised my sister i wouldn't kill myself but i don't know how much longer i can",
        "i'm scared of myself right now. i don't trust myself around the pills",
        "i hope i dont make it to next year",
    ],
)
def test_fifth_probe_round_is_high(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i've been cutting for three years and i can't stop",
        "i'm just existing, not living",
        "i've been writing letters to everyone i love. just in case",
    ],
)
def test_fifth_probe_round_is_concern(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "when my mom dies im going with her to the funeral home",
        "ive been cutting carbs for a month",
        "i think about driving off the road for a road trip",
    ],
)
def test_fifth_probe_round_counter_examples_are_none(text: str) -> None:
    assert screen(text).level == NONE


# Batch 3, written blind at the end of the session (after five probe rounds, so its writer was
# steering away from wordings already read: if anything it is harder than a random post), run
# once before any rule was changed for it (51 posts): exact 23/51 = 0.451, `>= high` recall
# 5/22 = 0.227, concern-or-below raised to `>= high` 1/29 = 0.034. By family: wishes 2/12,
# euphemisms 2/6, attempts and method questions 1/4, self-harm 1/3, hopelessness 3/4, burden 0/1,
# denials and recovery 3/4, someone else 0/4, topic 3/3, everyday 7/9. The lexicon reads the
# families it lists and misses most new wordings of the wish: the honest estimate, and why the
# model's second opinion (issue 10 item 3) is the recall stage. Then its misses were read as
# families (let me not wake up, the day I get to die, death all I think about, a surgery hoped to
# go wrong, removing myself for good, ending my story, something permanent, an overdose of my own
# medicine, nails dug into the skin, the blade picked up, a future ruined, recovery "got me
# through", another's "prays to die" and "attempted"): 0.824 / 0.727 / 0/29 after.
_B3_WISH = "a new wording of the wish (its lead or its object is in no slot yet)"
_B3_METHOD = "an attempt or method question in words no slot holds yet"
_B3_HOPELESS = "hopelessness or burden in words no slot holds yet"
_B3_MEANS_MENTIONED = "means or a place mentioned without intent is `concern` by design"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "i keep bargaining with the universe. just let me not wake up, that's all i'm asking",
            HIGH,
        ),
        pytest.param(
            "sometimes i sit in the shower and wish the water would just wash me away for good",
            HIGH,
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        ("i'm not living, i'm waiting to die. that's all this is now", HIGH),
        pytest.param(
            "genuinely curious if anyone else wishes they could just cease existing",
            HIGH,
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        ("i dream about the day i finally get to die", HIGH),
        pytest.param(
            "is it bad that i'm relieved when i get sick? like maybe this is the one",
            HIGH,
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        ("death is all i think about anymore and i'm not scared of it", HIGH),
        ("i want to fall asleep and not ever open my eyes", HIGH),
        ("part of me is hoping the surgery goes wrong", HIGH),
        ("what would happen if i just stopped eating until i died", HIGH),
        ("i would rather be dead than spend another year like this", HIGH),
        pytest.param(
            "honestly living feels optional at this point and i'm leaning towards no",
            HIGH,
            marks=pytest.mark.xfail(strict=True, reason=_B3_WISH),
        ),
        ("i've been thinking of taking myself out of the picture permanently", HIGH),
        ("i want to end my story here. i'm so tired", HIGH),
        ("gonna yeet myself off a building one of these days i swear", HIGH),
        ("i think i'm going to do something stupid and permanent", HIGH),
        ("i'm so close to ending my suffering for good", HIGH),
        ("i want to die by my own hands before life does it for me", HIGH),
        ("i took a whole bunch of my lithium last month. i survived obviously", HIGH),
        ("my last attempt was in january. i'm scared of the next one", HIGH),
        pytest.param(
            "which over the counter meds are the most dangerous in large amounts? for me",
            HIGH,
            marks=pytest.mark.xfail(strict=True, reason=_B3_METHOD),
        ),
        ("if i jump from the 6th floor would i definitely die", HIGH),
        ("i've been hitting myself again. my arms are covered in bruises", CONCERN),
        ("i dug my nails into my skin until it broke during the meeting", CONCERN),
        ("i relapsed. 200 days clean and i picked up the blade again", CONCERN),
        ("i feel like my future is already ruined and there's nothing i can do", CONCERN),
        ("what's the point of trying if everything always falls apart", CONCERN),
        pytest.param(
            "my family would honestly be happier if i moved away and never came back",
            CONCERN,
            marks=pytest.mark.xfail(strict=True, reason=_B3_HOPELESS),
        ),
        ("i can't escape my own head, it's like a prison", CONCERN),
        ("i'm at the end of my rope with everything", CONCERN),
        ("i just feel like giving up on everything", CONCERN),
        (
            "i want to be clear that i'm not going to kill myself. i just hate my life right now",
            CONCERN,
        ),
        ("i'm not suicidal anymore, but i still have rough days", CONCERN),
        (
            (
                "back in college i used to think about killing myself. therapy and meds got me "
                "through it"
            ),
            CONCERN,
        ),
        ("i don't want to die, i want a different life", CONCERN),
        (
            "my coworker mentioned she's been thinking about ending her life, should i tell hr?",
            CONCERN,
        ),
        ("my grandma told me she prays to die every night", CONCERN),
        ("my son searched how to hang himself on his laptop. i'm shaking", CONCERN),
        ("my partner attempted last year and now he's talking about it again", CONCERN),
        ("if this meeting goes any longer i'm going to die", NONE),
        ("i'm so dead, i forgot my mom's birthday", NONE),
        ("the new album slaps so hard it killed me", NONE),
        ("i'm ending my streak on duolingo, it's over", NONE),
        ("this headache wants me dead lol", NONE),
        ("i'd rather die than go back to that gym", CONCERN),
        ("i'm taking a whole bunch of pictures at the wedding tomorrow", NONE),
        pytest.param(
            "we hung out on the roof of the parking garage to watch the fireworks",
            NONE,
            marks=pytest.mark.xfail(strict=True, reason=_B3_MEANS_MENTIONED),
        ),
        pytest.param(
            "my dad's gun collection is kind of impressive honestly",
            NONE,
            marks=pytest.mark.xfail(strict=True, reason=_B3_MEANS_MENTIONED),
        ),
    ],
)
def test_third_blind_batch(text: str, level: Level) -> None:
    """Batch 3 at the level a careful moderator would give."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "the podcast episode on suicide in farming communities was really eye opening",
        "we're doing a suicide prevention walk this saturday, who's coming?",
        "psych 101 today: durkheim's theory of suicide. interesting lecture",
    ],
)
def test_third_blind_batch_topic_posts_are_concern_at_most(text: str) -> None:
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "my coworker mentioned she's been thinking about ending her life",
        "my son searched how to hang himself on his laptop",
        "my friend keeps saying she wants to take her own life",
    ],
)
def test_the_writers_phrases_told_of_someone_else_are_concern(text: str) -> None:
    """The writer's phrase told of someone else ("ending her life"): someone else's risk."""
    assert screen(text).level == CONCERN
