"""The writer's intent composed with a decision or arrangements made, getting ready for the act,
and times of more shapes; a time that opens a clause of its own is not the intent's (issue 10,
items 1-2).

Batch F1 was written from the families in the issue and the brief only (no dataset post read,
no rule read for it), before any rule was changed for it. First run: `imminent` called imminent
33/44 = 0.750, `high` 10/12 (the two misses are suppositions, "if I died tonight", "what if I
just killed myself tonight": no time family's), everyday counter-examples raised to `>= high`
1/20 ("tonight's the night! first date in years"). After the rules below: 44/44, 10/12, 1/20.
Batch F2 (at the end of the file) was written last, before running the rules on it: its first
run is the honest estimate. A case the rules still miss stays a strict xfail with its reason.
"""

from __future__ import annotations

import random

import pytest

from policies.crisis import screen
from policies.levels import Level

NONE, CONCERN, HIGH, IMMINENT = Level.NONE, Level.CONCERN, Level.HIGH, Level.IMMINENT

BATCH_F1_IMMINENT = [
    "tonight is it. i don't want to live anymore and i'm done pretending",
    "im ending it tonite",
    "gonna kms in like an hour",
    "by morning ill be gone. ive made my peace with killing myself",
    "this weekend im going to end my life while my roommates are away",
    "once everyone in the house is asleep im going to hang myself",
    "when my shift ends tomorrow im going to drive somewhere quiet and kill myself",
    "before the lease runs out i'll have killed myself, no point finding a new place",
    "on my birthday i'm going to end my life. 25 years is enough",
    "the 3rd. i'll kill myself on the 3rd, after rent is paid",
    "at 2am im going to overdose",
    "six days left. then i'm killing myself",
    "i've decided. i'm going to kill myself tomorrow",
    "it's set. saturday i end my life",
    "i know how and when i'm going to kill myself. it's soon",
    "everything is arranged. the will is done, the letters are written. i want to die and i will",
    "i wrote the note last night. i want to die",
    "i've given my cat to my sister so she'll be looked after when i'm gone. i'm ready to die",
    (
        "been sorting my affairs all week. bank stuff, passwords for my brother. i'm going to "
        "kill myself on friday"
    ),
    "last post. i'm ending my life. thank you to the few who were kind",
    "this is goodbye. i'm killing myself tonight",
    "i won't be here tomorrow. i'm going to kill myself",
    "about to end it all. sorry",
    "im about to kill myself",
    "getting ready to end my life. just wanted to say it somewhere",
    "tonight's the night i kill myself",
    "ok im doing it tonight. bye guys i want to die",
    "cant do this anymore. gonna unalive myself tmrw",
    (
        "So I've been struggling for years, my dad was never around, my mom drinks. I got fired "
        "in march and since then it's just been worse and worse. I finally made a decision. I'm "
        "going to kill myself on sunday when my mom is at church. I don't expect anyone to read "
        "this but I wanted it written down somewhere. Anyway sorry for the long post."
    ),
    "final goodbye to everyone here. i am going to end my life in a few hours",
    "i'll be dead before the sun comes up, i took the decision to kill myself",
    "my suicide is planned for next tuesday",
    "i've planned my suicide for the end of the month",
    "i've made up my mind to kill myself tonight",
    "tmrw is the day i end it all",
    "counting down: 3 days till i kill myself",
    "when everyone leaves for the holidays im going to end my life",
    "i will kill myself after my exams, i already know how",
    "this time next week i'll be dead, i'm going to jump",
    "i'm going to kill myself as soon as i get home",
    "i'm getting ready to kill myself. wrote letters to my parents",
    "its happening tonight. i want to die and i have everything ready",
    "i set a date to kill myself, it's the 14th",
    "goodbye reddit. i'm going to end my life this evening",
]

_SUPPOSITION = "a supposition with a time ('if I died tonight') is no wish phrase of the lexicon"
BATCH_F1_HIGH = [
    "i wish i could just disappear tonight. i want to die",
    "i hope i don't wake up tomorrow morning",
    pytest.param(
        "if i died tonight nobody would even notice",
        marks=pytest.mark.xfail(strict=True, reason=_SUPPOSITION + ": none"),
    ),
    "tomorrow is my first day at the new job and i want to die",
    "i want to kill myself, this week has been hell",
    "this week has been the worst of my life, i want to kill myself",
    "i wanted to die last night",
    "maybe one day i'll actually kill myself",
    "i've been suicidal every night this week",
    "my exam is at 9am and i wish i was dead",
    "what if i just killed myself tonight",  # high since cwish5's questions to oneself
    "every time sunday night comes around i want to die",
]

BATCH_F1_BELOW_HIGH = [
    "tonight i'm finally telling my mom i'm gay",
    "i've decided. i'm quitting my job on friday",
    "it's set! the wedding is june 3rd",
    "this is goodbye to my old apartment, moving out tomorrow",
    "last day at work today, goodbye everyone, it's been a ride",
    "last post on this account, i'm making a new one",
    "i won't be here tomorrow, dentist appointment, can someone cover my shift",
    "about to head out, bye guys",
    "getting ready to go to the airport",
    # below high since cfalse5: a plan that needs intent is `concern` in a post with none
    "tonight's the night! first date in years",
    "i wrote the note for my kid's teacher",
    "i gave my cat to my sister since i'm moving abroad",
    "sorting my affairs before the move to berlin",
    "goodbye league of legends, uninstalling tonight",
    "saying goodbye to my ex for good. blocked him tonight",
    "in my story the character kills himself at midnight on his birthday",
    "i know how and when to ask for a raise now",
    "everything is arranged for the party saturday",
    "i'm about to die laughing at this video",
    "gonna kill this exam tomorrow",
]


@pytest.mark.parametrize("text", BATCH_F1_IMMINENT)
def test_batch_f1_imminent(text: str) -> None:
    """The writer's intent with a time, a decision, arrangements or a farewell."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", BATCH_F1_HIGH)
def test_batch_f1_high(text: str) -> None:
    """Ideation whose time is another clause's, a wish's, past or a habit: no plan."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize("text", BATCH_F1_BELOW_HIGH)
def test_batch_f1_everyday_counter_examples(text: str) -> None:
    """The families' words in everyday posts: no alert above `concern`."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a time that opens a clause of its own after the intent is that clause's
        ("i want to kill myself and this week my boss yelled at me", HIGH),
        ("i want to die, this week my dog died", HIGH),
        ("i want to die, tomorrow my exam results come out", HIGH),
        ("i'm going to kill myself, tonight i'm doing it", IMMINENT),
        ("i'm going to kill myself this weekend, my parents are away", IMMINENT),
        # a time that is what its clause is about, whatever the verb's form
        ("i want to kill myself this week sucked", HIGH),
        ("i want to die. today felt endless", HIGH),
        ("i want to die today seemed to drag on forever", HIGH),
    ],
)
def test_a_time_of_another_clause_is_not_the_intents(text: str, level: Level) -> None:
    """Last session's bug: "this week" in another clause made a post `imminent`."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a decision told bare, in the intent's sentence or the one before or after it
        ("i've decided. i want to die", IMMINENT),
        ("i decided to kill myself", IMMINENT),
        ("my mind is made up, im ending it all", IMMINENT),
        ("it's set then, i'm killing myself", IMMINENT),
        ("i'm sure this time. i'm going to kill myself", IMMINENT),
        # a decision about something else, a wish, or no intent at all
        ("i've decided to finally talk to someone. i want to die", HIGH),
        ("i'm certain that nobody cares. i want to die", HIGH),
        ("i wish i was dead. i've made up my mind", HIGH),
        ("i've decided. i'm moving to berlin", NONE),
        # arrangements made: a note, letters, affairs, a will, things given away
        ("i wrote the note. i want to kill myself", IMMINENT),
        ("the letters are written. i don't want to live anymore", IMMINENT),
        ("sorting my affairs. i want to die", IMMINENT),
        ("i want to die. i gave my dog to my neighbour", IMMINENT),
        ("i've given away all my books. i want to die", IMMINENT),
        ("i want to die. gave my dog a bath today", HIGH),
        ("everything is ready for the trip. i want to die", HIGH),
        ("i hope i die tonight. everything is arranged", HIGH),
        ("the letters are written and sent, job applications done", NONE),
        # the last of something, told bare
        ("I want to die. Last post.", IMMINENT),
        ("last post before bed, i want to die", HIGH),
    ],
)
def test_a_decision_or_arrangements_made_with_the_intent(text: str, level: Level) -> None:
    """A decision or arrangements made compose with the writer's intent nearby, never alone."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # getting ready for the act, like "about to"
        ("i'm getting ready to kill myself", IMMINENT),
        ("preparing to end my life, just wanted to say it", IMMINENT),
        ("getting ready to go to work. i want to die", HIGH),
        ("i was on the verge of killing myself last year", HIGH),
        # days counted till the act
        ("2 weeks until i kill myself", IMMINENT),
        ("2 weeks until my exam and i want to die", HIGH),
        # the end of a period after any lead
        ("i've planned my suicide for the end of the month", IMMINENT),
        # a weekday opening the writer's own clause; not a wish or what the day is like
        ("saturday i end my life", IMMINENT),
        ("monday i want to die", HIGH),
        ("monday is the worst. i want to die", HIGH),
        # the writer's death told with a time before it; not a joke or an age
        ("by friday i'll be dead", IMMINENT),
        ("this time tomorrow i'll be dead. i want to die", IMMINENT),
        ("at this rate by friday i'll be dead lol", NONE),
        ("by the time i'm 30 i'll be dead", CONCERN),
    ],
)
def test_times_of_more_shapes(text: str, level: Level) -> None:
    """Each time family's rule with an everyday wording it must leave alone."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # times in the spellings of chat
        ("im going to kms tn", IMMINENT),
        ("gonna end my life 2nite", IMMINENT),
        ("i'm going to kill myself at the weekend", IMMINENT),
        # the events of a day, only for intent told ahead
        ("im gonna kill myself after school", IMMINENT),
        ("going to kill myself before school starts back", IMMINENT),
        ("i'm going to kill myself when the kids are in bed", IMMINENT),
        ("i was thinking about committing suicide after school", HIGH),
        ("i want to die after school every day", HIGH),
        # a decision told bare with its subject dropped; not another's, nor told as past
        ("decided im gonna kms", IMMINENT),
        ("my parents decided. i want to die", HIGH),
        ("when i had, with a clear head, decided to kill myself", HIGH),
        ("im finally doing it. i want to die", IMMINENT),
        ("i've made my peace. i'm going to kill myself", IMMINENT),
        ("i'm doing it! got the job. i still want to die sometimes", HIGH),
        # what was written told as done, goodbyes said to everyone, the day chosen
        ("the note's written. i want to die", IMMINENT),
        ("said bye to my family without them knowing. i want to die", IMMINENT),
        ("i said goodbye to my ex. i want to die", HIGH),
        ("i have the date picked out. i want to kill myself", IMMINENT),
        # a day told as the last
        ("today's my last day on earth. i want to die", IMMINENT),
    ],
)
def test_registers_and_more_compositions(text: str, level: Level) -> None:
    """Chat spellings, a day's events told ahead, decisions with the subject dropped, goodbyes
    said to everyone: each with an everyday or a past wording it must leave alone."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a clause before the intent with a time and words of its own is another's
        ("last day at work today, i want to die", HIGH),
        ("i got fired today, i want to kill myself", HIGH),
        ("my exam is tomorrow, i want to die", HIGH),
        # ... not a time alone, a clause that opens with its time, or a clause of time
        ("tonight, i'm going to kill myself", IMMINENT),
        ("on friday when everyone's out, i'm going to kill myself", IMMINENT),
        ("tomorrow morning, before anyone wakes up, i'm going to end my life", IMMINENT),
        ("i'm thinking that when i get home today, i'm going to take every pill i have", IMMINENT),
    ],
)
def test_a_time_in_a_clause_before_the_intent(text: str, level: Level) -> None:
    """The left-hand twin of "this week" in another clause."""
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("by the time you read this i'll be gone", IMMINENT),
        ("by the time you read this, i'll already be gone.", IMMINENT),
        ("goodbye everyone, i wont be here anymore", IMMINENT),
        ("by the time you read this i'll be gone to the mountains", CONCERN),
        ("goodbye everyone, i won't be here this weekend, camping trip", CONCERN),
    ],
)
def test_a_farewell_with_the_writers_absence_told_bare(text: str, level: Level) -> None:
    """A farewell whose clause ends with "I'll be gone" tells the act ahead; a trip does not end
    the clause there."""
    assert screen(text).level == level


def _vocabulary(section: dict[str, object]) -> list[str]:
    words = [str(i) for items in section.values() if isinstance(items, list) for i in items]
    return [*words, *(w for item in words for w in item.split())]


def test_the_resolve_prefilter_never_hides_a_composition() -> None:
    """`resolved` looks for a composition only when a word of each of its classes occurs: on
    random phrases of the classes it must answer as the compositions' patterns do unfiltered."""
    from policies.crisis.imminence_times import _resolve, _with_stops, resolved, times_data

    compositions = _resolve()
    vocabulary = [*_vocabulary(times_data()["resolve"]), ".", "i", "want", "to", "die"]
    rng = random.Random(5)
    hits = 0
    for _ in range(6000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 7)))
        unfiltered = any(c.pattern.search(_with_stops(text)) for c in compositions)
        hits += unfiltered
        assert resolved(text) == unfiltered, text
    assert hits > 100  # the random phrases do compose


def test_the_time_anchors_cover_the_new_times() -> None:
    """`_timeless` skips a text without a time's anchor word or a number: each time of
    times.toml the time pattern finds must hold one."""
    from policies.crisis.imminence_times import _squashed, _times, times_data

    times = _times()
    section = {**times_data()["times"], **times_data()["ready"]}
    vocabulary = [*_vocabulary(section), "3", "days", "weeks", "saturday", "i", "kill", "myself"]
    rng = random.Random(7)
    hits = 0
    for _ in range(6000):
        text = _squashed(" ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 7))))
        if times.time.search(text) is not None:
            hits += 1
            words = set(text.split())
            assert not words.isdisjoint(times.anchors) or any(w[0].isdigit() for w in words), text
    assert hits > 100


# Batch F2: written last, after every rule above, before running them on it (new wordings, not
# paraphrases of F1). First run, the honest estimate: `imminent` called imminent 32/40 = 0.800
# (main before this work: 23/40 = 0.575), `high` 9/12 (main: 9/12), everyday counter-examples
# raised to `>= high` 0/20 (main: 0/20). Widened from it by family (counts past ten, "took the
# decision", "settled it", "my affairs are in order", letters "for my family" sealed, "after
# midnight", a time alone before "and I'm", "the last night I'll be alive" beside the intent,
# "today I realised", "part of me wants"): 39/40, 11/12, 0/20.
BATCH_F2_IMMINENT = [
    "once my husband leaves for his night shift i'm going to end my life",
    "i'm taking my life this friday, i've already said my goodbyes",
    "friday afternoon. that's when i'm going to kill myself",
    "thirty minutes from now i'll be dead. i've taken the decision to end it",
    "i will hang myself on saturday while my parents are at the lake house",
    "leaving this here: i'm killing myself tomorrow night",
    "at 4 in the morning i am going to end my life",
    "ok so i'm going to kill myself in about an hour. don't try to find me",
    "new plan: kill myself before the end of the week",
    "i'm going to commit suicide on the 30th",
    "i'm done. my mind is made up and i'm killing myself this weekend",
    "i've settled it. i'm going to end my life",
    "all my affairs are in order. i don't want to live anymore",
    "i've cancelled everything and given my dog to my neighbour. i'm going to kill myself",
    "letters for my family are sealed and on the table. i want to die",
    "i just mailed my goodbye letter. i'm ending my life",
    "it's decided, i'm killing myself",
    "i'm at peace with it now. i'm going to kill myself",
    "final post. i'm going to end my life, thanks to those who tried",
    "this is my goodbye. i'm going to kill myself after midnight",
    "im gonna kms tmrw after school",
    "kms tonight fr",
    "gonna unalive myself this wkend",
    "im bout to kill myself ngl",
    "getting ready to kill myself rn",
    "preparing to end my life. i just want it over",
    "its tonight. ive decided im going to kill myself",
    (
        "hi. i've never posted before. i'm 34 and i've been depressed since my teens. my "
        "wife left in january and took the kids. i lost the house. i've tried therapy, "
        "meds, all of it. i've decided i'm going to kill myself next weekend when i have "
        "the kids' stuff sorted. i don't really know why i'm posting. maybe someone will "
        "read it."
    ),
    (
        "so yeah. work is hell, my landlord is threatening eviction, my sister won't talk "
        "to me. tonight i'm ending my life. not looking for advice, just wanted to say it "
        "to someone."
    ),
    "two more days and i'm killing myself",
    "i will end my life on christmas eve",
    "i'm ending my life when my exams are over next week",
    "going to kill myself the morning after my birthday",
    "i'm going to end my life before my eviction date",
    "tonight's the last night i'll be alive. i'm going to kill myself",
    "i've written letters to everyone i love. i'm going to end my life",
    "i'm giving away all my stuff this week. then i'm killing myself",
    "this will be my last message here. i'm going to kill myself",
    "i'm going to end it all, tonight's the night",
    pytest.param(
        "sorting out my will and passwords. i want to die",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'my will' is left out of the arrangements: 'will' is in too many sentences",
        ),
    ),
]

BATCH_F2_HIGH = [
    "i wish i could die this weekend",
    "i hope i die before my birthday",
    "part of me wants to kill myself tonight, i don't know",
    "my sister's wedding is this weekend and i want to kill myself",
    "today i realised i want to die",
    "i've wanted to kill myself every day this month",
    "yesterday i wanted to die so bad",
    "i want to die, tomorrow is my mom's surgery and i can't handle it",
    "i kinda want to kill myself at night when i can't sleep",
    "i want to kill myself. last week was awful",
    "sometimes after work i want to die",
    pytest.param(
        "if i don't get the job tomorrow i want to die",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a time inside an 'if' clause with no comma before the wish reads as the wish's",
        ),
    ),
]

BATCH_F2_BELOW_HIGH = [
    "tonight's the last night of the festival, so sad it's ending",
    "i've decided to dye my hair pink tomorrow",
    "it's decided, we're moving to canada next month",
    "my affairs are in order before the surgery on monday, just in case",
    "gave my dog to my neighbour for the weekend while i'm away",
    "wrote letters to everyone i love for valentine's day",
    "this is my last message before i log off for the night",
    "final post on this blog, moving everything to substack",
    "last day at the office, goodbye everyone!!",
    "about to kill this workout",
    "getting ready to end my shift, so tired",
    "i'm ending my subscription this weekend",
    "im so done with this game, uninstalling tonight. goodbye forever",
    "in my novel the hero decides to end his life at midnight",
    "i'm killing it at work this week",
    "by the time you read this i'll be in paris!",
    "my grandma passed away last night, the funeral is on saturday",
    "my plan is to finish the essay tonight",
    "i'm about to quit my job, tomorrow is the day",
    "said goodbye to my old car today, sad",
]


@pytest.mark.parametrize("text", BATCH_F2_IMMINENT)
def test_batch_f2_imminent(text: str) -> None:
    """The writer's intent with a time, a decision, arrangements or a farewell."""
    assert screen(text).level == IMMINENT


@pytest.mark.parametrize("text", BATCH_F2_HIGH)
def test_batch_f2_high(text: str) -> None:
    """Ideation whose time is a wish's, another clause's, past, a habit or a condition's."""
    assert screen(text).level == HIGH


@pytest.mark.parametrize("text", BATCH_F2_BELOW_HIGH)
def test_batch_f2_everyday_counter_examples(text: str) -> None:
    """The families' words in everyday posts: no alert above `concern`."""
    assert screen(text).level <= CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("two more days and i'm killing myself", IMMINENT),
        ("two more days of school and i want to die", HIGH),
        ("today i realised i want to die", HIGH),
        ("today i'm going to kill myself", IMMINENT),
        ("part of me wants to kill myself tonight", HIGH),
        ("i'm going to kill myself in thirty minutes", IMMINENT),
        ("this is my goodbye. i'm going to kill myself after midnight", IMMINENT),
        ("letters for my family are sealed. i want to die", IMMINENT),
        ("my affairs are in order before the surgery on monday, just in case", NONE),
        ("tonight's the last night i'll be alive. i'm going to kill myself", IMMINENT),
    ],
)
def test_families_widened_from_batch_f2(text: str, level: Level) -> None:
    """Each family widened from batch F2's first run, with a wording it must leave alone."""
    assert screen(text).level == level
