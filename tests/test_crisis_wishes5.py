"""The ordinary ways people say they want to die or have tried (issue 10 item 1, `>= high`).

Batch 1 (session 5) was written from the design's levels and the families named in the brief,
before any rule was changed for it, and run once: `>= high` recall 47/60 = 0.783, counter-examples
kept below `high` 24/27. Its misses, read with the r/SuicideWatch and C-SSRS development posts the
gate put below `high`, gave the families below; each is a lead slot composed with an object slot
(wishes.toml) or a sequence of classes with gaps (own_risk.toml), with everyday counter-examples.
Every sentence here is made up.

Batch 2 was written at the end, before running it: first run `>= high` recall 38/56 = 0.679,
counter-examples 23/26 (24/26 by the readers' rules: a past attempt told as over is still
`high`). That is the honest estimate for text nobody here has read. Its misses were then read as
families (the second-batch tests below): 50/56 after. The misses still left, from both batches,
are strict xfails at the end of this file.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

NONE, CONCERN, HIGH = Level.NONE, Level.CONCERN, Level.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "honestly im finished with life",
        "i think i'm through with living. nothing left",
        "im done being alive, sorry guys",
        "i'm just done existing at this point",
    ],
)
def test_done_with_life_is_high(text: str) -> None:
    """Done, finished or through, composed with life, living, existing."""
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "im finished with life admin for today, taxes are filed",
        "im through with my life coach, she never listened",
        "i'm done with life in the suburbs, we're moving downtown",
    ],
)
def test_done_with_a_task_or_a_place_is_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to keep existing",
        "i really dont wanna carry on living",
        "some nights i dont see the point in staying alive anymore",
    ],
)
def test_not_wanting_life_to_go_on_is_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to keep living in this apartment, the landlord is awful",
        "i dont wanna stay alive in this game, the boss keeps one-shotting me",
    ],
)
def test_not_wanting_to_live_somewhere_is_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "should i just die? serious question",
        "can i just die already",
        "what if i just ended it, who would even notice",
        "is it time for me to end it",
    ],
)
def test_a_question_to_oneself_whether_to_die_is_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "should i just die my hair back to brown",
        "should i end it with him or give it another month",
        "what if i just died of embarrassment in front of everyone",
    ],
)
def test_the_question_leads_with_something_else_are_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "ready to check out of this life tbh",
        "i want to not be around anymore",
        "been thinking about not being around a lot lately",
        "i will pull the plug on myself if this doesnt get better",
        "i'm ready for my life to be over",
    ],
)
def test_euphemisms_of_leaving_life_are_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i want to check out of this hotel early, the beds are awful",
        "i want to not be around people for a while",
        "thinking about not being around for christmas this year, might travel",
        "im ready for my life to begin honestly, graduation cant come soon enough",
    ],
)
def test_leaving_a_place_or_people_is_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i would rather die than deal with this for one more day",
        "id rather be dead than feeling like this at this point",
        "honestly i'd rather be dead than spend another week like this",
    ],
)
def test_rather_dead_than_go_on_is_high(text: str) -> None:
    """Life going on as what is refused: the wish, not a figure of speech; a time in it is no
    plan's (high, not imminent)."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather die than sing karaoke at the work party",
        "i'd rather be dead than be seen in that outfit",
        "i would rather die than live in florida",
    ],
)
def test_rather_dead_than_something_else_is_a_figure_of_speech(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "so disappointed when i woke up this morning. again",
        "upset that i woke up again",
        "im mad that im still alive",
        "i was angry i didnt die",
    ],
)
def test_sorry_to_have_woken_or_survived_is_high(text: str) -> None:
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i was so disappointed when i woke up late for my flight",
        "upset that i woke up with a migraine again",
        "honestly bummed i woke up at 5 on a saturday",
        "i cried when i woke up from surgery, the nurse was so kind",
        "i hate myself\n\nalmost every day i wake up tired and behind on everything",
    ],
)
def test_sorry_about_how_one_woke_is_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "does anyone else wish they could just die",
        "anyone else wish they were never born",
        "does anybody else ever wish they could just stop existing",
    ],
)
def test_the_readers_asked_about_the_writers_wish_is_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "anyone else wish they could just die their hair without bleaching first",
        "my friend asked if anyone else wished they were dead, she scares me",
        # the readers' own wish, with no first person: torn, so the lower level
        "do you ever wish you were dead?",
    ],
)
def test_anyone_else_with_something_else_is_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i jumped off a bridge and survived, and nobody at work knows",
        "i threw myself off the balcony hoping to die",
        "i stepped in front of a car hoping it would kill me",
        "i drove my car into a tree on purpose two summers ago",
        "i survived jumping from the 4th floor",
    ],
)
def test_a_lethal_act_told_with_its_purpose_or_survival_is_an_attempt(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i jumped off the high dive at camp and survived lol",
        "i jumped off the swing on purpose to impress her",
        "i took a bottle of water to the exam and failed anyway",
    ],
)
def test_a_jump_or_a_bottle_with_nothing_lethal_is_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "how long does it take to bleed out from the wrist",
        "is jumping from 5 stories enough",
        "how deep would i have to cut to hit an artery?",
        "how much of my moms meds would it take",
    ],
)
def test_method_questions_for_oneself_are_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "how much of my moms meds would it take to calm down before the flight",
        "how much ibuprofen would be enough for a migraine",
        "is the bridge high enough for the kids to jump into the river",
        "how far can a cat fall from a building and survive",
        "how deep do you cut when doing a blood draw from a vein",
    ],
)
def test_the_same_questions_about_something_else_are_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "my dad keeps saying he's done with life since mom left",
        "she said she's finished with life and i'm scared for her",
        "my boyfriend said he'd rather be dead than go back to rehab",
    ],
)
def test_the_families_told_of_someone_else_are_concern(text: str) -> None:
    assert screen(text).level == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i want to stop waking up",
        "wish i could go to sleep for good",
        "i dont want to fight to stay alive anymore",
        "death would be a mercy at this point",
        "not existing sounds so peaceful",
        "i'm exhausted from existing",
        "i hope i dont survive the night",
        "honestly i hope this year is my last",
    ],
)
def test_more_objects_and_leads_of_the_wish_are_high(text: str) -> None:
    """No more waking, sleep for good, death appraised as a good, weary of existing, one's end
    hoped for by a night or a year."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i want to stop waking up at 5am every day",
        "death would be a mercy for my grandma, she's in so much pain",
        "i'm exhausted from living in a dorm with 3 roommates",
        "so tired of living paycheck to paycheck",
        "i hope i dont survive this exam lol",
        "i hope this year is my last year of school",
    ],
)
def test_the_same_words_about_mornings_others_or_exams_are_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "my first attempt was at 13 and nobody at school knew",
        "since my second attempt i've been on lithium",
        "i've wanted to die since i was 12. the second time i tried it almost worked",
        "this is my last attempt at getting help before i decide to end things",
    ],
)
def test_an_attempt_told_by_its_place_in_a_series_is_high(text: str) -> None:
    """My first attempt, and the unnamed "the second time I tried" beside a suicide signal;
    "my last attempt at getting help" is no attempt, the decision to end things is."""
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "my first attempt at baking sourdough was a disaster",
        "my last attempt to call her went straight to voicemail",
        "the second time i tried it almost worked",
        "the first time i tried sushi i hated it",
        "ever since i tried being more social things got worse, i just feel empty",
    ],
)
def test_a_first_try_at_something_else_is_not_an_attempt(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "i just want to lie on the floor and not exist anymore",
        "i want to go to bed and stop existing",
        "honestly i wish i was never alive",
        "some nights i wish i don't even wake up",
        "i've decided. next month. hopefully i don't survive",
    ],
)
def test_a_small_act_then_not_existing_and_not_waking_wished_are_high(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "that interview made me want to curl up and die",
        "i wish i didnt wake up so early on weekends",
        "hopefully i dont survive this meeting lol",
        "i want to move to japan and never come back",
    ],
)
def test_the_idioms_and_mornings_beside_them_are_not_high(text: str) -> None:
    assert screen(text).level < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "ive had enough of this life",
        "im done living at this point",
        "dying would be easier than living like this",
        "i really need my life to stop",
        "i've been thinking about ending things for good",
        "i want to permanently log off",
        "since a suicide attempt last winter i can't keep a job",
        "i hate waking up alive",
        "can you actually die from jumping off a 5 story building",
        "pls someone end me",
    ],
)
def test_second_batch_families_are_high(text: str) -> None:
    """Families read from the second fresh batch's misses (after its first run was recorded)."""
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "ive had enough of life admin for one week",
        "i'm done living in this city, moving in june",
        "walking through life feeling numb and detached",
        "we're ending things for good with that supplier",
        "after an attempt at fixing the sink i called a plumber",
        "i don't want to wake up early tomorrow",
        "can you actually die from eating too much sushi lol",
    ],
)
def test_second_batch_counter_examples_are_not_high(text: str) -> None:
    assert screen(text).level < HIGH


def _left(text: str, reason: str) -> object:
    return pytest.param(text, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "text",
    [
        _left(
            "i dont want to keep living like this... actually i dont want to keep living at all",
            "'keep living at all': 'at' rules the wish out, as in 'keep living at home'",
        ),
        _left(
            "I just want to be with my mom again, wherever she is now. so tired of being here",
            "a reunion with the dead needs to know the person is dead",
        ),
        _left(
            "i kept thinking it would be so easy to just let go of the wheel and be done with it",
            "'let go of the wheel and ...': 'and' after the object rules the lead out",
        ),
        _left("every day i wish i could just stop being", "'stop being' with nothing after it"),
        _left("waking up is torture, i wish i just wouldnt", "the wish is an ellipsis"),
        _left("i think im gonna take myself out of the equation", "a figure of speech at work"),
        _left("its time for me to go. i've made peace with it", "'time for me to go' is everyday"),
        _left("i want 2 die", "a digit for 'to' is not read"),
    ],
)
def test_misses_left_from_the_fresh_batches(text: str) -> None:
    assert screen(text).level >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        _left("I want to die my hair purple this summer", "'die my hair': 'my' is no ruling out"),
        _left(
            "i don't want to be here anymore, this city is too expensive, moving in may",
            "'be here' told of a place in the next clause",
        ),
    ],
)
def test_false_highs_left_from_the_fresh_batches(text: str) -> None:
    assert screen(text).level < HIGH


def test_a_wish_said_of_the_heat_with_laughter_is_below_high() -> None:
    """Below high on main since the merge of the laughter rules (a figure of speech): the strict
    xfail passed, so the case moved here (r2high found it; no rule of r2high's reads it)."""
    assert screen("this heat is literally killing me, i want to die lol").level < HIGH
