"""Fresh posts for the writer's intent composed with a time, an event or a farewell (issue 10,
items 1-2): clock times, dates and ordinals, days counted from another, events told by what
happens then, the day told as chosen, the intent told as its time, and farewells with finality.

Batch T1 was written from the families in the issue only (no dataset post read), before any rule
was changed for it. First run: `imminent` called imminent 15/30 = 0.50, `high` 4/8 (four raised to
`imminent`: wishes with a time, "not today", "every night"), everyday counter-examples raised to
`>= high` 2/12 ("the date is set" for a wedding, "picked the day" for a party). After the rules
below: 28/30, 8/8, 0/12. A case the rules still miss stays a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

CONCERN, HIGH, IMMINENT = Level.CONCERN, Level.HIGH, Level.IMMINENT

BATCH_T1_IMMINENT = [
    # clock times and the sun
    "at 3am i'm going to kill myself, everyone will be asleep",
    "once the sun is up i'm ending my life. i just want to see one more sunrise",
    "when the 11:40 train comes through i'm going to end it",
    "i've decided to end my life at midnight",
    "tomorrow morning before work i'm going to kill myself",
    "in an hour i'm going to kill myself. i just wanted someone to know",
    # dates, ordinals, days counted from another
    "i'm killing myself on the 9th. that's payday and my rent is covered for my roommate",
    "the 25th. that's the day i kill myself. i've made up my mind",
    "a week from friday i'm going to end my life",
    "three days from now i'm going to kill myself",
    "the day after tomorrow i'm ending it all",
    "i plan to kill myself on new year's eve",
    "i'm ending my life next weekend after my parents go on their trip",
    # events and deadlines
    "after the recital i'm going to kill myself, i just want my daughter to have her day",
    "i'll kill myself before my court date, i'm not going to prison",
    "when the lease runs out i'm going to end my life, i've got nowhere to go",
    "after my last shift on sunday i'm going to kill myself",
    "when the ball drops i'm ending my life. happy new year i guess",
    pytest.param(
        ("on the anniversary of my son's death i'm going to join him. i'm going to kill myself"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'join him' (the dead) is no intent phrase, and the intent after it is in the "
            "next sentence, which is no fragment",
        ),
    ),
    # the day told as chosen, the intent told as its time
    "the date is set. i'm going to kill myself",
    pytest.param(
        "i've picked the day. i'm going to end my life on it",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'end my life on it': 'on' rules the phrase out ('end it on a high note') and "
            "'on it' is no time",
        ),
    ),
    "i'll be dead by monday. i'm going to hang myself",
    "i'll be dead before christmas. i've decided to kill myself",
    "thursday. that's when i die. i've made peace with it",
    "saturday is the day i kill myself",
    # farewells with finality, giving things away with a time
    "this is my last post. i'm going to kill myself tonight",
    "checking out for good tonight. i'm done with life",
    "by the time anyone reads this i'll be dead",
    "i'll be gone by morning. i want to die and i'm going to do it",
    "i gave my cat to my sister and my guitar to my friend. i'm killing myself this weekend",
]

BATCH_T1_HIGH = [
    # a time of another clause, a wish with a time, a denied or habitual time
    "my court date is friday and i want to die",
    "i wish i had never been born, i want to stop existing right now",
    "i'm going to kill myself one of these days, not today",
    "i don't want to wake up tomorrow",
    "the wedding was last saturday and i've wanted to die every day since. i want to kill myself",
    "i have an exam tomorrow but honestly i just want to die",
    "i hope i die in my sleep tonight",
    "at 3am every night i lie awake wanting to kill myself",
]

BATCH_T1_BELOW_HIGH = [
    "the recital is thursday, i'm so nervous i could die",
    "this is my last post for the year, see you all in january!",
    "checking out of the hotel tomorrow morning, what a trip",
    "by the time anyone reads this i'll be on the plane lol",
    "i'll be gone by morning, early flight to lisbon",
    "the date is set! we're getting married on the 9th of june",
    "i've picked the day for the party, saturday the 25th",
    "gave away my old guitar to my nephew this weekend, he loved it",
    "when the ball drops i'm kissing my girlfriend",
    "my lease runs out on the 1st and i'm moving in with my brother",
    "i'm going to kill it at the recital tomorrow",
    "the deadline is tonight and this essay is killing me",
]


@pytest.mark.parametrize("text", BATCH_T1_IMMINENT)
def test_batch_t1_imminent(text: str) -> None:
    """The writer's intent composed with a time, an event or a farewell with finality."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", BATCH_T1_HIGH)
def test_batch_t1_high(text: str) -> None:
    """Ideation whose time is another clause's, a wish's, denied or a habit: no plan."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize("text", BATCH_T1_BELOW_HIGH)
def test_batch_t1_everyday_counter_examples(text: str) -> None:
    """The families' words in everyday posts: no alert above `concern`."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a time right after the act waives the word that would make it everyday
        ("i'm going to end my life on friday", IMMINENT),
        ("im going to end it all on the 9th", IMMINENT),
        ("i'm going to end it on a high note", Level.NONE),
        ("i'm going to end things on tuesday, he doesn't know yet", Level.NONE),
        # "after" and "when" say when for intent told ahead, not after a wish
        ("after my shift tomorrow i'm going to kill myself", IMMINENT),
        ("i want to die after the party. everyone saw me trip and laugh", HIGH),
        # an unnamed plan refers to the act named nearby
        ("i want to kill myself. i have a plan.", IMMINENT),
        ("i have a plan for the weekend", Level.NONE),
        ("the date is set for the wedding, june 9th", Level.NONE),
        # the writer's own death told ahead with a time: not a condition, a joke or an age
        ("i'll be dead by friday. nobody will miss me", IMMINENT),
        ("i will be dead before christmas", IMMINENT),
        ("at this rate i'll be dead by friday, three deadlines lol", CONCERN),
        ("if my dad sees this grade i'll be dead by tomorrow", CONCERN),
        ("i'll be dead by 30 the way i eat", CONCERN),
        # the end of a period ahead; not a clause about the period, nor told in the past
        ("i'm going to kill myself at the end of the month", IMMINENT),
        ("at the end of the month my rent is due and i want to die", HIGH),
        ("at the end of the year i wanted to kill myself", HIGH),
        # the writer's own day set, with no object, is a plan even alone; not a day set up
        ("sunday is the day i set. i'm so tired", IMMINENT),
        ("saturday is the day i set up my new shop", Level.NONE),
        # the clock
        ("gonna kill myself at 4 am", IMMINENT),
        ("i want to kill myself at 30 if nothing changes", HIGH),
        # a bare weekday alone beside the intent; not a sentence about the weekday
        ("i'm going to kill myself. sunday.", IMMINENT),
        ("i want to kill myself. monday is the worst.", HIGH),
    ],
)
def test_time_families_and_their_counter_examples(text: str, level: Level) -> None:
    """Each family's rule with an everyday wording it must leave alone."""
    assert screen(text).level == level


# Batch T2: written after the rules above, before running them on it (new wordings, not
# paraphrases of T1). First run: `imminent` called imminent 19/25 = 0.76 (main before this work:
# 17/25), `high` 7/8 (main: 5/8; the miss is a wish the lexicon lacks), everyday counter-examples
# raised to `>= high` 0/12 (main: 1/12). That first run is the honest estimate. The families
# widened from it (a clock time with its part of the day, "the night of my birthday", a fragment
# with a clock number, "I'll have ended my life", "by the time you see this") reach 24/25.
BATCH_T2_IMMINENT = [
    "i'm going to take my life at 5 in the morning when nobody's up",
    "by 2pm tomorrow i'll have killed myself",
    pytest.param(
        "the last bus leaves at 11:15 and i'm going to throw myself under it. i'm done",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "the act told by its means ('throw myself under it') is no lexicon phrase, and "
                "'and i'm' opens a new clause, so the bus's time is another's"
            ),
        ),
    ),
    "i will kill myself on the 3rd of march. it's been decided",
    "two weeks from today i'm ending my life",
    "i'm going to end it all this coming tuesday",
    "as soon as my exams are over i'm going to kill myself",
    "i'm killing myself right after my sister's wedding so i don't ruin it",
    "when my contract ends next month i'm ending my life",
    "the night of my 30th birthday is when i kill myself",
    "once the kids are at school tomorrow i'm going to end my life",
    "i've chosen the date. next thursday. i want to kill myself and i'm going to",
    "sunday night. that's when i'm going to do it. i want to die",
    "tonight's my last night. i'm going to kill myself",
    "this is my goodbye letter. by sunrise i'll be dead",
    "signing off forever. i'm ending my life tonight",
    "i gave my dog to my neighbour today. i'm killing myself tomorrow",
    "i'm going to hang myself after the funeral on saturday",
    "i'll have ended my life by the weekend",
    "my plan is to kill myself on christmas day",
    "at dawn i'm going to jump off the bridge and end my life",
    "i'm going to kill myself in 20 minutes",
    "after graduation on friday i'm ending it all",
    "friday at 6. i'm going to kill myself. nobody will stop me",
    "by the time you see this i'll already be dead. goodbye",
]

BATCH_T2_HIGH = [
    "my birthday is next week and i want to die",
    "i wish i could die tonight in my sleep",
    "i want to kill myself but not this week, my mom is visiting",
    "on sundays i always think about killing myself",
    "my sister's wedding is saturday. i want to kill myself honestly",
    "i'm going to kill myself someday, i know it",
    "i hope i don't wake up on monday",
    "tonight i just want to disappear and never exist again",  # a small act, then not existing
]

BATCH_T2_BELOW_HIGH = [
    "at 3am i'm going to watch the meteor shower",
    "the date is set for our move, the 14th!",
    "this is my final post on this account, moving to a new one",
    "i'll be dead tired by friday after this week of double shifts",
    "signing off for the night, goodnight everyone",
    "when my contract ends i'm going to travel for a year",
    "i gave away all my old clothes today, feels so good to declutter",
    "by the time you read this i'll be at the concert",
    "saturday is the day we adopt our puppy!!",
    "after the funeral on saturday we're having lunch at my aunt's",
    "my exam is at 9am tomorrow and i'm dying of stress lol",
    "i'm going to kill my brother when he gets home, he ate my leftovers lol",
]


@pytest.mark.parametrize("text", BATCH_T2_IMMINENT)
def test_batch_t2_imminent(text: str) -> None:
    """The writer's intent composed with a time, an event or a farewell with finality."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", BATCH_T2_HIGH)
def test_batch_t2_high(text: str) -> None:
    """Ideation whose time is another clause's, a wish's, denied or a habit: no plan."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize("text", BATCH_T2_BELOW_HIGH)
def test_batch_t2_everyday_counter_examples(text: str) -> None:
    """The families' words in everyday posts: no alert above `concern`."""
    assert screen(text).level <= CONCERN


# Batch T3: written last, after every rule above, before running them on it (new wordings, not
# paraphrases of T1 or T2). First run, the honest estimate: `imminent` called imminent 18/25 =
# 0.72 (main before this work: 13/25 = 0.52), `high` 7/8 less one raised to `imminent` = 6/8
# (main: 5/8), everyday counter-examples raised to `>= high` 0/12 (main: 1/12). Widened from it
# by family ("set the date for", "the weekend after next", "on my 18th birthday", "my birthday is
# the day", "before my parents wake up", a holiday alone as a fragment, "every sunday" as a habit):
# 24/25, 7/8, 0/12.
BATCH_T3_IMMINENT = [
    "i'm going to kill myself at 4:30 before my alarm goes off",
    "tuesday the 12th i'm ending my life. i've written the notes",
    "i've set the date for the 1st of next month. i'm going to kill myself",
    "five days from now i'm killing myself",
    "i'm going to end my life the weekend after next",
    "right after my final exam on thursday i'm going to hang myself",
    "once the divorce goes through i'm going to kill myself",
    "when my shift ends at 10 i'm going to kill myself",
    "i'll kill myself on my 18th birthday",
    "my birthday is the day i'm going to kill myself",
    "the 30th is the day. i'm ending my life",
    "i'm going to kill myself this friday night after everyone's asleep",
    "i'll be dead by the end of the week. i'm going to overdose",
    "by the time my parents wake up i'll have killed myself",
    "this is my last reddit post. tomorrow i'm ending my life",
    pytest.param(
        "goodbye everyone. by tonight i'll be gone. i can't live anymore",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'I'll be gone' is no finality phrase (too everyday: a trip), and the ideation "
                "is two sentences after the farewell"
            ),
        ),
    ),
    "i've given away my guitar, my books and my cat. i'm killing myself on sunday",
    "on the 4th of july while everyone watches fireworks i'm going to kill myself",
    "i'm going to take my life tomorrow at noon",
    "new year's day i'm going to kill myself. i'm not starting another year",
    "i'm killing myself before the semester starts",
    "after my dog's surgery on monday i'm going to kill myself",
    "thanksgiving. that's when i'm going to do it. i want to die",
    "i plan to end my life next friday, it's all set",
    "it's 2am and in an hour i'm going to kill myself",
]

BATCH_T3_HIGH = [
    "my final exam is thursday and honestly i want to kill myself",
    "i hope i don't live to see my 18th birthday",  # one's end hoped for (wishes.toml)
    "every sunday night i want to kill myself because of work",
    "i'll probably kill myself someday but not this year",
    "i wish i'd die before the semester starts",
    "on my birthday last year i wanted to kill myself",
    "new year's eve is coming and i just want to die, i hate it",
    "i think about killing myself every day at 2am",
]

BATCH_T3_BELOW_HIGH = [
    "i'm going to kill it at my 18th birthday party",
    "by the time my parents wake up i'll have cleaned the whole kitchen",
    "the 30th is the day we close on the house!",
    "this is my last reddit post for a while, going on a digital detox",
    "goodbye everyone, by tonight i'll be gone to the mountains for a week",
    "i've given away my books to the library, moving on sunday",
    "when my shift ends at 10 i'm going straight to bed",
    "five days from now i'm finally on vacation",
    "i'll be dead on my feet by friday with this schedule",
    "right after my final exam on thursday i'm getting drunk",
    "the date is set, we're moving on the 1st",
    "my birthday is the day i'm getting my first tattoo",
]


@pytest.mark.parametrize("text", BATCH_T3_IMMINENT)
def test_batch_t3_imminent(text: str) -> None:
    """The writer's intent composed with a time, an event or a farewell with finality."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", BATCH_T3_HIGH)
def test_batch_t3_high(text: str) -> None:
    """Ideation whose time is another clause's, a wish's, past or a habit: no plan."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize("text", BATCH_T3_BELOW_HIGH)
def test_batch_t3_everyday_counter_examples(text: str) -> None:
    """The families' words in everyday posts: no alert above `concern`."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "if i jump from the 6th floor would i definitely die",
        "i want to kill myself, it's the 3rd time i've failed my driving test",
    ],
)
def test_an_ordinal_that_counts_something_else_is_no_date(text: str) -> None:
    """'the 6th floor', 'the 3rd time' count floors and times, not days: no time, so high."""
    assert screen(text).level is Level.HIGH
