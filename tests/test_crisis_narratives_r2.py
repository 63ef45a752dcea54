"""The wish or the attempt told in plain words inside long narrative posts (issue 10 item 1,
`>= high`; round 2, engineer r2high).

On posts nobody here had read, about one `high` post in eight came out `none`: long posts by an
older writer, a new mother, a non-native writer, a student, where the wish or the attempt is told
in words the lexicon lacked. Batch A below was written before any rule was changed for it, and
run once: `>= high` kept 10/30, counter-examples kept below `high` 13/15. The families it showed
(own_risk.toml, wishes.toml; `for_oneself` in context.toml) took it to 27/30 and 13/15 (the two
raised counter-examples belong to older llumi.toml groups and are strict xfails here); 28/30 after
batch C's families. Batch B,
at the end of this file, was written after every change and before running it: its first run
is the honest estimate (see its docstring). Every sentence here is made up.
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

HIGH = Level.HIGH


def _high(text: str) -> bool:
    return screen(text).level >= HIGH


# --- 1. Passive wishes in other grammar.
@pytest.mark.parametrize(
    "text",
    [
        "I am 67 and my husband passed two winters ago. The house is very quiet. My daughter "
        "calls on Sundays and I tell her I am fine. The truth is that more and more I catch "
        "myself hoping I simply won't wake up some morning. I am not telling anyone this.",
        "I keep telling my therapist I'm managing. I'm not. Every night I ask God to take me in "
        "my sleep. I'm so tired of pretending for my kids.",
        "I'm 58, lost the job I had for 30 years, and the bank letters keep coming. I've started "
        "to pray the Lord calls me home soon. My wife doesn't know I think like this.",
        "my kids are grown, my wife left, the dog died in march. I find myself wishing more and "
        "more that it would just end for me. I go to work and come home and sit.",
        "i dont want to do anything drastic but if i went to sleep tonight and just never woke "
        "up i think that would be a mercy honestly",
        "ngl i pray every night i dont wake up",
        "been praying for it all to be over for me for months now, church doesnt help",
    ],
)
def test_a_passive_wish_in_an_older_writers_words_is_high(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for my english. I am student from abroad, here 2 years. Family is far, study is "
        "very hard, I fail two exams. Sometimes I wish I can die and not feel this pressure "
        "anymore. I dont know who to talk.",
        "English is not my first language. Every day I am thinking it is better if I am not "
        "living. My parents would be sad but maybe only for short time.",
        "sorry my english is bad. i am so alone here, i wish i can sleep forever",
        "my family will be happier if i am not alive, i am only problem for them",
    ],
)
def test_a_wish_in_a_learners_grammar_is_high(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "since the baby came i barely sleep, everyone says it gets better. i love her but i look "
        "at her and think she would have a better life with a different mom. some nights i pray "
        "for it to just be over for me.",
        "honestly my son would be better off with another mother. his dad's new girlfriend is "
        "patient and fun and i'm just a mess.",
        "my twins are 4 months old and i feel nothing. they would grow up happier with someone "
        "else raising them.",
    ],
)
def test_a_parent_wishing_the_child_another_parent_is_high(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "I am 71 and my knees are awful. Some mornings I wish I could just stay in bed and not "
        "wake up until noon. My grandson visits on Sundays which keeps me going!",
        "New mom here, 3 weeks in. I pray every night she sleeps more than two hours. Any tips "
        "on swaddling?",
        "Sorry for my english. I wish I can pass the exam this time, I studied very hard.",
        "i wish i can go to the party but my mom says no",
        "I hope God takes care of my grandmother, she goes into surgery tomorrow",
        "i hope god takes me to see the world one day, saving up for a trip",
        "I pray for rain every day, the garden is dying",
        "wishing it would all end for me already, this flu is brutal",
        "we would be better off with a different landlord honestly",
        "it would be better if i am at home when the plumber comes",
        "better if i was not there when they open the presents, it's a surprise",
        "my kid would honestly be better off with another mother on field trip days, I always "
        "forget the permission slip",
        "I put a scarf around my neck, it is freezing out",
    ],
)
def test_everyday_wishes_prayers_and_parenting_are_not_high(text: str) -> None:
    assert not _high(text)


# --- 2. Method questions for oneself with no method word.
@pytest.mark.parametrize(
    "text",
    [
        "I'm on three different heart meds since my bypass. Genuine question: if someone just "
        "stopped taking their heart pills, how long before it would kill them? I've been "
        "thinking about quietly stopping and not telling my cardiologist.",
        "If I stopped my insulin how many days would I have. Nobody would even notice for a "
        "while, I live alone.",
        "what happens if you take a bunch of your sleeping pills with vodka? i have both and i "
        "dont really care anymore what happens to me",
        "is it true that if you mix your antidepressants with a lot of alcohol you just don't "
        "wake up? I have a full bottle and I'm so tired of all of this.",
        "how long does it actually take to bleed out. asking for myself, not gonna lie",
    ],
)
def test_a_method_question_for_oneself_is_high(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "how long does it take for a cut to heal on a finger? sliced it chopping onions lol",
        "if someone stopped taking their blood pressure medication for a week while travelling, "
        "how dangerous is that? my dad forgot his at home",
        "what happens if you take ibuprofen with a glass of wine? I have a headache at a dinner "
        "party",
        "if my dog stopped taking his heart meds how long would he have? the vet is closed",
        "is it ok to have a beer with my meds? my doctor didn't say",
    ],
)
def test_everyday_medicine_questions_are_not_high(text: str) -> None:
    assert not _high(text)


# --- 3. Past attempts told as a story; 4. self-harm with suicidal intent said.
@pytest.mark.parametrize(
    "text",
    [
        "I was 16 when I swallowed a bottle of my mom's Xanax. I woke up in the ICU with my dad "
        "crying next to me. I'm 24 now and lately the same feeling is coming back.",
        "i tried to strangle myself with my phone charger last night and couldn't go through "
        "with it. i don't know what to do today",
        "Last week I cut way deeper than usual, on purpose, and I wanted it to kill me. It "
        "didn't. I cleaned it up and went to work.",
        "Three years ago I took everything in the medicine cabinet. My roommate found me on the "
        "bathroom floor and they pumped my stomach at the ER.",
        "I put a plastic bag over my head in my car last spring. I ripped it off after a "
        "minute. I think about finishing it a lot.",
        "i cut again tonight but this time i went for my wrist and i hoped i wouldn't wake up "
        "tomorrow. i did.",
        "I burned myself with the lighter again and honestly I was hoping it would get infected "
        "and kill me.",
        "back in 2019 i took all my lithium at once. spent four days in intensive care.",
        # read since batch C's 'bleed until it stopped' wished (wishes.toml)
        "Cutting used to be just to feel something. Tonight I wanted it to be the last time, I "
        "wanted to bleed until it stopped.",
    ],
)
def test_a_past_attempt_or_harm_meant_to_kill_is_high(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was 16 when I swallowed a whole chili pepper on a dare and ended up in the ER, worst "
        "night of my life haha",
        "my phone charger is so short I have to sleep strangled by the cable, need a longer one",
        "Last week I cut way deeper into the budget than planned, on purpose, to save for the "
        "house.",
        "I took a bottle of advil to work in case the migraine came back",
        "i almost choked myself on a grape laughing at my brother",
        "my stomach was so upset after the buffet I thought I'd die lol",
        "I hoped it would rain on the weekend so I could skip the hike",
    ],
)
def test_everyday_past_stories_are_not_high(text: str) -> None:
    assert not _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "woke up in the hospital after my knee surgery and the nurse was super kind, recovery "
        "is going well",
        "how long does it take to bleed out a deer after hunting? first season",
        "i hope i dont wake up the baby when i get home late",
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="older llumi.toml groups (a bare 'woke up in the hospital' attempt phrase, the "
    "'does it take to' method group, 'hope i dont wake up' without an object check) raise them",
)
def test_everyday_look_alikes_still_raised(text: str) -> None:
    assert not _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "when i was in college i drove my car into a wall going 60, everyone thought it was an "
        "accident. it wasn't. i still have the scars on my face.",
        "The first time I tried I was 14. I tied a scarf to the bunk bed and my little brother "
        "walked in. Nobody ever said a word about it after.",
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="the act and what makes it an attempt are in different sentences ('it wasn't' an "
    "accident; 'the first time I tried' before the act)",
)
def test_attempts_told_across_sentences_still_missed(text: str) -> None:
    assert _high(text)


# --- Probe 1 (25 posts, written after batch A's families to find their other wordings; first
# run 17/25 kept high, 15/15 everyday below high: tuning, not an estimate).
@pytest.mark.parametrize(
    "text",
    [
        "my sister found me passed out on the bathroom floor with the empty bottle, that was "
        "two years ago",
        "the paramedics had to bring me back. i didn't want them to.",
        "i prayed every night that i would not wake up in the morning",
        "i keep hoping my heart will just stop in my sleep",
        "I'm 80, I've had a long life, and I'm ready for the Lord to take me. I pray for it "
        "every night.",
        "if I stop my dialysis, how long do I have? I'm so done with all of this",
        "What happens if someone takes their whole bottle of blood pressure pills? Asking for me.",
    ],
)
def test_probe_wordings_of_the_families_are_high(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "my sister found me passed out on the couch after the party, so embarrassing",
        "Lord take me now, this meeting is never ending lol",
        "I'm ready for the Lord's supper on Sunday",
        "I hope my heart will stop racing before the interview",
        "my mom had to bring me back home from the party",
        "the doctors brought me back from the brink after the car crash",
        "if I stop my antibiotics early will the infection come back?",
        "i swallowed a whole pack of gum as a kid and my mom freaked",
        "my friend found her brother with the empty bottle",
        "she hopes god takes her soon",
    ],
)
def test_probe_everyday_look_alikes_are_not_high(text: str) -> None:
    assert not _high(text)


def test_someone_elses_overdose_told_is_concern() -> None:
    """The family's name names no person: whose act it is comes from the sentence."""
    assert screen("my brother swallowed a whole bottle of pills last year").level == Level.CONCERN


# --- Batch B (25 high, 15 everyday), written after batch A's and probe 1's families and before
# running it. First run: `>= high` kept 8/25 = 0.32, everyday kept below high 15/15; the rules
# before this round gave the same 8/25 and 15/15. That is the honest estimate for wordings nobody
# here has read: the families above fit what they were read from. Its misses were then read as
# families (a poison or a count of pills swallowed, a hose into the car, the act readied and the
# nerve lost, how easy the act would be, an illness let take the writer, stopping what keeps one
# alive, a child better raised by someone else, God asked not to wake the writer, the body giving
# up, the writer's future or conditional wish of an accident or bleeding out): 20/25, 15/15.
BATCH_B_HIGH = [
    "I retired in June and everybody keeps asking about my plans. The only plan I have is "
    "hoping the good Lord doesn't make me wait much longer. My wife is gone and the kids "
    "live abroad.",
    "pls dont judge my english. I am from Brazil, living alone here. Every night before "
    "sleep I am asking to God for not waking. I am very tired of this life.",
    "Postpartum 5 months. I love my daughter more than anything which is why I think she "
    "deserves a mom who isn't broken. She'd be fine with my sister raising her, honestly "
    "better.",
    "i'm a grad student, third year, my advisor hates me. not gonna do anything but lately "
    "i just wish a heart attack would take me in my sleep",
    "It's been getting worse since the divorce. I go to bed every night hoping this is the "
    "night my body finally gives up.",
    "I am 74. My doctor asks me if I'm eating. I'm not, not really. I think if I just stop "
    "eating it will all be over for me sooner and nobody will have to make a fuss.",
    "i want to stop existing but like quietly, i wish i could just fade and nobody notice",
    "Honestly? If my cancer came back I would not do the chemo this time. I would let it "
    "take me. I'm so tired.",
    "roughly how many of my seroquel would stop someone's breathing? I have about 60 left",
    "can you die from taking a whole bottle of your antidepressants or does it just make "
    "you sick? asking because i'm thinking about it",
    "The summer after high school I drank half a bottle of bleach in my parents bathroom. "
    "My dad heard me throwing up. I've never told my therapist.",
    "at 15 i took like 40 tylenol. spent a week on an IV getting my liver checked and "
    "everyone thought i was just sick",
    "A few months ago I drove out to the lake and sat with a hose going into the window. I "
    "turned it off after twenty minutes. I don't know why I'm posting this.",
    "i stood in my closet with the belt last weekend, got as far as putting it around my "
    "neck before i chickened out",
    "went way too deep on my arm last night. honestly i was hoping i'd bleed out and not "
    "have to deal with tomorrow",
    "I cut my wrists in the bathtub at my first apartment. The landlord found me because "
    "the water leaked downstairs.",
    "my first attempt was at 13, with my grandmother's heart pills. nobody knew.",
    "i'm 45 years old and i keep praying i'll have a car accident on my way to work so my "
    "family gets the insurance",
    "When I drive over the bridge I think how easy it would be to turn the wheel. My kids "
    "would be better off with their dad alone.",
    "bro i genuinely wish i was never here. like not existing at all would be so peaceful",
]
BATCH_B_MISSED = [
    "Quick question, if a person with type 1 just didn't take insulin anymore, how long "
    "would it be till they die? i'm type 1 and i'm really considering it",
    "I'm 32 and I've been thinking of just not taking my transplant meds anymore. What "
    "would happen and how fast?",
    "Two years ago I jumped from the second floor balcony. I broke both legs. My family "
    "calls it 'the accident'.",
    "I slammed my head against the wall until I blacked out, I wanted to die so bad",
    "ive swallowed pills before. woke up in a hospital bed with my mum holding my hand. "
    "that was the worst part",
]
BATCH_B_EVERYDAY = [
    "I retired in June and I'm hoping the good Lord gives me a few more years to spoil the "
    "grandkids!",
    "pls dont judge my english. I am from Brazil. Every night before sleep I am asking to "
    "God for a good job.",
    "Postpartum 5 months and my sister has been raising her with me on weekends, honestly "
    "a blessing.",
    "I hope a heart attack doesn't take my dad, he refuses to see a doctor",
    "If my cancer came back I would do the chemo again in a heartbeat, I want to see my "
    "kids grow up.",
    "if a person with type 1 diabetes skips insulin for a day, what happens? my roommate "
    "forgot his pen",
    "how many of my seroquel can I take if I still can't sleep? doc said 50mg",
    "I drank half a bottle of wine at my sister's wedding and gave a terrible speech",
    "at 15 i took like 40 pictures of the sunset from the lake",
    "I stood in my closet with the belt I bought for the wedding and it doesn't fit, ugh",
    "Two years ago I jumped from the second floor balcony into the pool at a party. Never again.",
    "went way too deep on the clearance rack last night, my wallet is bleeding out lol",
    "My grandpa went into the hospital with heart pills issues but he's fine now",
    "I wish I was never here at this job, 9 hours of meetings",
    "i keep praying i get the job so i can move closer to my mom",
]


@pytest.mark.parametrize("text", BATCH_B_HIGH)
def test_batch_b_high_after_its_families(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize("text", BATCH_B_EVERYDAY)
def test_batch_b_everyday_is_not_high(text: str) -> None:
    assert not _high(text)


@pytest.mark.parametrize("text", BATCH_B_MISSED)
@pytest.mark.xfail(
    strict=True,
    reason="what makes it high is in another sentence (a hospital bed after 'I've swallowed "
    "pills before', a fall called 'the accident'), a question about a third person whose "
    "'I'm considering it' comes too late, a plan to stop life-saving medicine with no death "
    "word, or a wish read as about the topic",
)
def test_batch_b_still_missed(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "hoping i will have an accident free year on the road",
        "i hope ill die happy and old surrounded by grandkids",
        "if i stop eating sugar it will all be over for my cravings",
        "I would let it take me to the beach if the bus came on time",
        "how easy it would be to turn the wheel with power steering",
        "I put the headphones over my head but chickened out of the karaoke",
        "I drank bleach by accident as a kid",
        "I took 40 minutes to get there",
        "she would be better with my mom raising her for a while",
    ],
)
def test_batch_b_families_everyday_look_alikes_are_not_high(text: str) -> None:
    assert not _high(text)


@pytest.mark.xfail(
    strict=True,
    reason="the act's subject before the family's first slot is not read: a toddler is no "
    "person the context lists know",
)
def test_a_toddler_drinking_bleach_is_not_high() -> None:
    assert not _high("my toddler drank bleach last year")


# --- Batch C (25 high, 15 everyday), the last: written after every change above and before
# running it. First run: `>= high` kept 11/25 = 0.44, everyday kept below high 15/15; the rules
# before this round gave 9/25 and 15/15. That is the honest estimate. Its misses were then read
# as families (whatever was in the cabinet swallowed, an organ or an illness wished to win or
# fail, God told "I am ready", "praying it would be enough to end things", a learner's "more
# easy if I am die", bleeding out wished): 20/25, 15/15 (tuning, not an estimate).
BATCH_C_HIGH = [
    "My name is not important. I am 69, a widower, and I have buried too many friends. I "
    "have told the Almighty I am ready whenever He is, and frankly I hope it is soon.",
    "scuse my english, i am from Poland. i am working here in kitchen 12 hours. i think "
    "many times it is more easy if i am die. nobody will cry.",
    "nursing student here, exams in two weeks. every night i lie awake hoping my heart "
    "just stops. i'm not going to act on it but i want it so much",
    "i honestly hope i catch something and it kills me. is that weird. i'm 22",
    "I'm 50 and I've had enough. I keep hoping one morning I just won't open my eyes.",
    "i keep begging the universe to just take me already",
    "if i stopped taking my seizure meds on purpose would i die from a seizure or just get "
    "hurt. asking for real",
    "does anyone know how many days without water it takes to die? not for a story.",
    "if you took all of your prozac and some sleeping pills would you just fall asleep and "
    "not wake up? I'm so tired",
    "how much of my blood pressure medication would it take to stop my heart",
    "I was 17 the first time. I emptied my dad's pill organizer into my hand and swallowed "
    "the lot. Spent three days in the hospital and my parents told everyone it was food "
    "poisoning.",
    "they kept me on the psych unit for nine days after i overdosed on my mum's sleeping "
    "tablets. i was 19.",
    "I drank until I blacked out and then took whatever was in the cabinet. I woke up on "
    "the kitchen floor covered in sick. That was last Christmas.",
    "I stood on the chair with the cord around my neck for an hour last night. I couldn't "
    "kick it away.",
    "cut so deep i needed 14 stitches. i lied and said it was a kitchen accident. truth is "
    "i wanted to bleed out",
    "scratched my arm until it bled again but this time i was praying it would be enough "
    "to end things",
    "ive been taking extra of my meds every day hoping my liver gives out",
    "tbh i'm kinda hoping the cancer wins this time",
    "I wish I had died in that crash last year instead of surviving",
    "If God was merciful he would have let me die as a baby. I ask Him every day to correct that.",
]
BATCH_C_MISSED = [
    "first time posting. i'm a new dad and my wife does everything better than me. the "
    "baby would honestly do better with just her. i've started thinking they'd be fine if "
    "i wasn't around at all and i think about how i'd do it.",
    "Since the stroke I can't do anything for myself. I've asked my son to stop bringing "
    "my pills. I'm ready to be done.",
    "i once sat in my car in the garage with the engine on for about half an hour. my "
    "neighbor knocked on the window. that's the closest i got.",
    "i tied my bathrobe belt to the top of the door last month and leaned into it until "
    "everything went fuzzy. i let go. i don't know if i'm glad.",
    "i want to disappear. not move away, disappear. like go to sleep and stay gone",
]
BATCH_C_EVERYDAY = [
    "I am 69, a widower, and I have told the Almighty thank you for every good year. "
    "Hoping for many more with the grandkids.",
    "scuse my english, i am from Poland. it is more easy if i am working in the morning "
    "shift, the bus is better.",
    "new dad here, the baby does better with her mom at bedtime, any tips for me to help more?",
    "nursing student here, every night I lie awake hoping my exam goes okay",
    "i honestly hope i catch the early train tomorrow, its so crowded later",
    "Since the stroke I've asked my son to bring my pills on Sundays, he's been great.",
    "I keep hoping one morning I just won't have to set an alarm, retirement can't come "
    "soon enough",
    "if i stopped taking my seizure meds would i be able to drive again? my neuro says no",
    "how many days without water can a cactus survive? going on vacation",
    "how much of my blood pressure medication should I take if I missed a dose yesterday",
    "I was 17 the first time I got drunk and swallowed a goldfish at a party, so dumb",
    "sat in my car in the garage with the engine on waiting for the rain to stop",
    "I stood on the chair to change the lightbulb and almost fell, my knees were shaking",
    "cut so deep into the onion i nicked my finger and needed 2 stitches lol",
    "I wish I had stayed home instead of going to that party last year",
]


@pytest.mark.parametrize("text", BATCH_C_HIGH)
def test_batch_c_high_after_its_families(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize("text", BATCH_C_EVERYDAY)
def test_batch_c_everyday_is_not_high(text: str) -> None:
    assert not _high(text)


@pytest.mark.parametrize("text", BATCH_C_MISSED)
@pytest.mark.xfail(
    strict=True,
    reason="the act told with no act word ('leaned into it until everything went fuzzy', the "
    "engine on in the garage, 'stop bringing my pills'), the wish spread over sentences "
    "('they'd be fine if I wasn't around ... how I'd do it'), or 'disappear ... stay gone'",
)
def test_batch_c_still_missed(text: str) -> None:
    assert _high(text)


@pytest.mark.parametrize(
    "text",
    [
        "i wanted to bleed out the brakes on my bike",
        "hoping the cancer wins the award lol",
        "i told god im ready to serve",
        "I took the lot of them to the park",
        "it is more easy if i die my hair at home",
        "i ate a whole pack of cookies last night and feel so sick",
        "i ate the lot lol so full",
    ],
)
def test_batch_c_families_everyday_look_alikes_are_not_high(text: str) -> None:
    assert not _high(text)
