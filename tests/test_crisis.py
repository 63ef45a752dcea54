"""The crisis gate: levels, context rules, evasion, spans, community policy, bad input."""

from __future__ import annotations

import time

import pytest

from policies.crisis import (
    CATEGORIES,
    METHOD_CATEGORIES,
    CrisisGate,
    GatePolicy,
    default_gate,
    screen,
)
from policies.levels import Level, Screening
from policies.match_text import FILLERS, phrase_words

NONE, CONCERN, HIGH, IMMINENT = Level.NONE, Level.CONCERN, Level.HIGH, Level.IMMINENT


def check_spans(text: str, screening: Screening) -> None:
    for signal in screening.signals:
        assert text[signal.start : signal.end] == signal.text
        assert signal.category in CATEGORIES
        assert signal.level >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me",
        "I'd die for those tacos",
        "that concert was to die for",
        "my battery is dead",
        "she killed it at the presentation",
        "I'm dying to see the new movie",
        "He's so skilled at killing time",
        "I laughed so hard I almost died",
        "We ended things with him last year",
        "I thought I was going to die on that rollercoaster",
        "the deadline is killing me lol",
        "he tried to kill me last night",
        "my mom will kill me if she finds out",
        "",
        "   ",
    ],
)
def test_everyday_phrases_are_not_signals(text: str) -> None:
    result = screen(text)
    assert result.level == NONE
    assert result.signals == ()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # imminent: intent with a plan, means at hand or a time (design.md's examples)
        ("I have the pills and I'm doing it tonight", IMMINENT),
        ("goodbye, I've written my notes", IMMINENT),
        ("I'm going to kill myself tonight", IMMINENT),
        ("I wrote my note. I want to die and I bought a rope.", IMMINENT),
        # high: first-person ideation, passive or active, and attempts
        ("I want to die", HIGH),
        ("I wish I was dead", HIGH),
        ("I want to kill myself", HIGH),
        ("kms", HIGH),
        ("honestly just gonna unalive myself", HIGH),
        ("I've been thinking about suicide a lot", HIGH),
        ("I'm suicidal", HIGH),
        ("I tried to kill myself two years ago", HIGH),
        ("Last year I took all my pills and woke up in the hospital", HIGH),
        ("I don't want to live anymore", HIGH),
        ("If I can't be with her, I will kill myself", HIGH),
        # concern: self-harm, hopelessness, burden, trapped, means, others, finality, harassment
        ("I cut myself again last night", CONCERN),
        ("everything feels hopeless", CONCERN),
        ("I'm such a burden to everyone", CONCERN),
        ("I feel trapped with no way out", CONCERN),
        ("there's a rope in the garage", CONCERN),
        ("my friend wants to die", CONCERN),
        ("My brother tried to kill himself", CONCERN),
        ("I can't do this anymore", CONCERN),
        ("kys", CONCERN),
        ("just kill yourself already", CONCERN),
    ],
)
def test_levels_follow_the_design(text: str, level: Level) -> None:
    result = screen(text)
    assert result.level == level, result.signals
    check_spans(text, result)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("I'm not going to hurt myself", "negated"),  # a concern entry stays concern
        ("I'm not going to kill myself", "negated"),
        ("I would never kill myself", "negated"),
        ("I'm not suicidal", "negated"),
        ("I don't want to die", "negated"),
        ("my friend says she wants to die", "third_person"),
        ("He said he wanted to kill himself", None),  # third_party is its own category
        ("Do you want to die?", "second_person"),
        ("Please don't kill yourself, you matter", "supportive"),
        ('she texted me "I want to die" last night', "quoted"),
        ("> I want to die\nI hear you, that sounds so hard", "quoted"),
        ("Imagine wanting to die over a video game", "hypothetical"),
        ("suicide is never the answer", "no_first_person"),
    ],
)
def test_context_lowers_but_never_below_concern(text: str, context: str | None) -> None:
    result = screen(text)
    assert result.level == CONCERN, result.signals
    assert result.signals, "the explicit signal is still recorded for moderators"
    assert context in {s.context for s in result.signals}
    check_spans(text, result)


def test_described_attempt_stays_high_whatever_the_tense() -> None:
    for text in (
        "I attempted suicide when I was 15",
        "Years ago I tried to hang myself",
        "I have tried to kill myself before",
    ):
        assert screen(text).level >= HIGH, text


def test_negated_condition_is_not_a_denial() -> None:
    assert screen("I'm scared that if I don't end my life, I'll be sad forever").level == HIGH
    assert screen("The only reason I haven't killed myself yet is my dog").level == HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I want to k i l l myself",
        "I want to k.i.l.l myself",
        "I want to kiiiiill myselfff",
        "I want to k1ll mys3lf",
        "I want to ｋｉｌｌ myself",
        "I want to kіll mysеlf",  # Cyrillic і and е
        "I want to k\u200bi\u200bl\u200bl myself",
        "I want to K!LL MYSELF",
        "I want to ki11 myself",
        "i want to s.u.i.c.i.d.e",
        "I'm su1c1dal",
        "I'm suic*dal",
        "I w4nt t0 d i i i e",
        "I want to fucking die",
        "kill-myself",
        "K M S",
        "I'm going to commit sewer slide",
        "I want to ctb",
    ],
)
def test_evasion_is_still_found(text: str) -> None:
    result = screen(text)
    assert result.level >= HIGH, (text, result.signals)
    check_spans(text, result)


def test_whole_words_only() -> None:
    assert screen("she is very skilled").signals == ()
    assert screen("unkillmyselfable").signals == ()
    assert screen("The attendee list").signals == ()
    assert screen("the end. It was over").signals == ()


def test_spans_point_into_the_original_text() -> None:
    text = "Straße ﬁne\u200b. Also: I want to ｋ\u200bｉｌｌ mysеlf!"
    result = screen(text)
    assert result.level >= HIGH
    [signal] = [s for s in result.signals if s.category == "active_ideation"]
    assert text[signal.start : signal.end] == signal.text
    assert signal.text == "want to ｋ\u200bｉｌｌ mysеlf"
    assert signal.phrase == "want to kill myself"


def test_broken_utf8_still_finds_the_signal() -> None:
    raw = b"\xff\xfeI want to \xc3die\x80"
    result = screen(raw)
    assert result.level == HIGH
    decoded = raw.decode("utf-8", errors="replace")
    check_spans(decoded, result)


def test_one_megabyte_post_is_screened() -> None:
    filler = "The bus was late and I am tired of the commute. " * 22_000
    text = filler[:500_000] + " I want to kill myself. " + filler[:500_000]
    started = time.perf_counter()
    result = screen(text)
    assert time.perf_counter() - started < 10  # a sanity bound, not a benchmark
    assert result.level == HIGH
    check_spans(text, result)


@pytest.mark.parametrize("text", ["", "\x00", "\ud800", "🙂" * 1000, "a" * 100_000, ". " * 5000])
def test_odd_input_never_raises(text: str) -> None:
    result = screen(text)
    assert result.level == NONE
    assert result.lexicon_version == default_gate().version


def test_non_text_input_is_stringified_not_raised() -> None:
    assert screen(12345).level == NONE  # type: ignore[arg-type]
    assert screen(bytearray(b"kms")).level == HIGH  # type: ignore[arg-type]


def test_community_extra_phrases_are_literal_and_normalised() -> None:
    policy = GatePolicy(extra_phrases={Level.HIGH: ("go to the lighthouse", "(x+x+)+y")})
    gate = CrisisGate(policy)
    hit = gate.screen("Later I will GO TO THE L1GHTH0USE")
    assert hit.level == HIGH
    assert hit.signals[0].category == "community"
    assert hit.signals[0].phrase == "go to the lighthouse"
    assert default_gate().screen("go to the lighthouse").level == NONE
    assert gate.version != default_gate().version


def test_community_phrases_are_never_regex_and_cannot_backtrack() -> None:
    # As a regex, "(x+x+)+y" backtracks exponentially on "xxxx...z" (Red-DiscordBot#2261);
    # as a literal phrase it is its letters, "xy", and the scan stays linear.
    gate = CrisisGate(GatePolicy(extra_phrases={Level.HIGH: ("(x+x+)+y",)}))
    started = time.perf_counter()
    assert gate.screen("x" * 5000 + "z").level == NONE
    assert time.perf_counter() - started < 2
    assert gate.screen("x x y").level == HIGH
    assert gate.screen("x x y").signals[0].phrase == "(x+x+)+y"
    assert gate.screen("xyz").level == NONE  # whole words only


def test_community_phrase_without_letters_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no letters"):
        CrisisGate(GatePolicy(extra_phrases={Level.HIGH: (".*",)}))


def test_community_extra_phrase_at_concern() -> None:
    gate = CrisisGate(GatePolicy(extra_phrases={Level.CONCERN: ("feeling crispy",)}))
    assert gate.screen("feeling crispy today").level == CONCERN


def test_community_ignore_phrases_switch_a_builtin_entry_off() -> None:
    gate = CrisisGate(GatePolicy(ignore_phrases=("KMS",)))
    assert gate.screen("kms").level == NONE
    assert gate.screen("I want to kill myself").level == HIGH
    assert default_gate().screen("kms").level == HIGH
    assert gate.version != default_gate().version


def test_version_is_stable_and_policy_sensitive() -> None:
    assert CrisisGate().version == default_gate().version
    assert CrisisGate(GatePolicy(ignore_phrases=("kys",))).version != default_gate().version
    assert len(default_gate().version) == 16


def test_method_categories_are_categories() -> None:
    assert {"plan", "means"} <= METHOD_CATEGORIES
    assert METHOD_CATEGORIES <= CATEGORIES


def test_screening_serialises_for_audit() -> None:
    data = screen("I want to die").to_json()
    assert data["level"] == "high"
    assert data["signals"][0]["category"] == "passive_ideation"
    assert data["lexicon_version"] == default_gate().version


def test_lexicon_data_is_well_formed() -> None:
    entries = default_gate().lexicon.entries
    assert len(entries) > 1000
    assert {e.category for e in entries} <= CATEGORIES
    assert all(e.level >= CONCERN for e in entries)
    srl = [e for e in entries if e.source.startswith("SRL")]
    assert srl, "curated Suicide Risk Lexicon phrases ship with attribution"

    # a filler at a phrase's edge is dropped when matching ("just kill me" would match every
    # "kill me"): such a phrase must say no more than another entry already does
    def edged(phrase: str) -> bool:
        return phrase.split()[0] in FILLERS or phrase.split()[-1] in FILLERS

    plain = {tuple(phrase_words(e.phrase)) for e in entries if not edged(e.phrase)}
    for entry in entries:
        if edged(entry.phrase):
            assert tuple(phrase_words(entry.phrase)) in plain, entry.phrase


def test_spelled_out_text_takes_the_longer_reading() -> None:
    # Letter by letter, word ends are lost: "goodbye" + "everyone" must not stop at "goodbye".
    text = "g o o d b y e e v e r y o n e"
    [signal] = screen(text).signals
    assert signal.phrase == "goodbye everyone"
    assert (signal.start, signal.end) == (0, len(text))
    [signal] = screen("s u i c i d a l  i n t e n t").signals
    assert signal.phrase == "suicidal intent"


@pytest.mark.parametrize(
    ("text", "level", "context"),
    [
        # the wish to be dead in other tenses; said of someone else it is worry, not ideation
        ("I didn't tell my mom about wishing I were dead", HIGH, None),
        ("For years I wished I was dead", HIGH, None),
        ("she wished she were dead after the divorce", CONCERN, None),
        # rehearsal with the means is suicidal behaviour
        ("I grabbed the gun and aimed it at my head", HIGH, None),
        ("last night I put the rope around my neck", HIGH, None),
        ("he pointed the camera at my head", NONE, None),
        # no courage to act is still the wish
        ("I clearly don't have what it takes to end it", HIGH, None),
        ("I'm too much of a coward to kill myself", HIGH, None),
        ("I'm too scared to ask her out", NONE, None),
        ("he's too scared to kill himself", CONCERN, None),
        # attempts and contemplation told with the means
        ("I've downed a bottle of pills before", HIGH, None),
        ("I'm thinking about taking an overdose of my meds", HIGH, None),
        ("I'm not thinking about taking an overdose", CONCERN, "negated"),
        ("I took a bottle of water to the gym", NONE, None),
        ("I fantasize about death every night", HIGH, None),
        ("I fantasize about a holiday in Spain", NONE, None),
        ("on the edge of suicide and nobody notices", HIGH, None),
        ("my sister is on the edge of suicide", CONCERN, "third_person"),
    ],
)
def test_more_wordings_of_ideation_and_behaviour(
    text: str, level: Level, context: str | None
) -> None:
    result = screen(text)
    assert result.level == level, result.signals
    if level > NONE:
        top = max(result.signals, key=lambda s: s.level)
        assert top.context == context


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the writer voicing their own thought in quotation marks is not quoting someone else
        ('how can I just go and be like "hey I really want to kill myself" at work', HIGH),
        ('I googled "how to kill myself" last night', HIGH),
        ('Does anyone else search things like "how to commit suicide" in Google?', HIGH),
        ('Anyone else\'s mom say "I want to die" all the time?', CONCERN),
        ('I keep telling myself "I want to die" every morning', HIGH),
        # someone else's words stay a quotation
        ('I read a post that said "I want to die"', CONCERN),
        ('she texted me "I want to die" last night', CONCERN),
        ('I asked him "do you want to die?"', CONCERN),
        ('> I want to die\nI said "you are not alone"', CONCERN),
    ],
)
def test_quoting_ones_own_thought_is_not_a_quotation(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the generic "you" of the writer's own experience
        ("I've been there where you want to die but everything's fine now", HIGH),
        ("I know the feeling when you just want to die", HIGH),
        # "you" the reader stays second person
        ("I've been there. Do you want to die?", CONCERN),
        ("I know you want to die right now", CONCERN),
        (
            "I've been there when you want to kill yourself",
            CONCERN,
        ),  # harassment phrase names "you"
    ],
)
def test_generic_you_after_own_experience_is_the_writer(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Every day I hope to god I don't wake up", HIGH),
        ("I hope to god I pass this exam", NONE),
        ("I thought about throwing myself in front of a train", HIGH),
        ("I almost threw myself off the balcony last night", HIGH),
        ("my friend jumped off of a bridge into the lake last summer", NONE),
        ("I'd jump off of a bridge if I could", HIGH),
        ("my sister wants to jump off of a bridge", CONCERN),
        # common misspellings of the topic words read like the words
        ("I have began planning my sucide", HIGH),
        ("I'm so sucidal lately", HIGH),
        ("sucide rates are rising", CONCERN),
    ],
)
def test_oaths_jumps_and_misspellings(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # past attempts told briefly, and near-attempts
        ("I've attempted before and I'm scared I'll do it again", HIGH),
        ("I attempted the exam twice", NONE),
        ("I nearly ended it last night", HIGH),
        # longing for death in other words
        ("I'm done living.", HIGH),
        ("I'm done living like this, I'm starting therapy", NONE),
        ("I can't wait to die", HIGH),
        ("I can't wait to die my hair blue", NONE),
        ("I want to go to sleep and not wake up", HIGH),
        ("Everyone would be better off if I were dead", HIGH),
        ("I'm looking forward to dying", HIGH),
        ("I'm looking forward to the weekend", NONE),
        # looking up ways to die is preparation; someone else's search is worry
        ("I googled ways to die last night", HIGH),
        ("she was searching suicide methods", CONCERN),
    ],
)
def test_attempts_longing_and_preparation(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Death is the only thing that will stop this pain", HIGH),
        ("suicide seems like the only option left", HIGH),
        ("Dying is the only way out for me", HIGH),
        ("People think suicide is the only way out", CONCERN),
        ("I don't think suicide is the answer", CONCERN),
        ("suicide is never the answer", CONCERN),
        ("Death is the only certainty in life", NONE),
    ],
)
def test_death_as_the_only_way_out(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I felt like dying all week", HIGH),
        ("I don't want to keep living", HIGH),
        ("I don't see a point in living", HIGH),
        ("I've lost the desire to live", HIGH),
        ("I just want to fall asleep and never wake up", HIGH),
        ("there's no reason for me to be alive", HIGH),
        ("I don't want to keep living with my parents", NONE),
        ("he has lost the desire to live", CONCERN),
        ("I felt like dancing all week", NONE),
        ("I don't feel like going out tonight", NONE),
        ("There is no reason to be alive just to work, find what you love", NONE),
    ],
)
def test_not_wanting_to_go_on(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I tested the noose in my closet last week", HIGH),
        ("we learned how to tie a bowline in scouts", NONE),
        ("the window washer stood on the ledge", CONCERN),  # means named, no intent
    ],
)
def test_trying_the_noose_is_rehearsal(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "they" pointing back to "anyone else" asks about the writer
        ("Does anyone else feel like they want to die?", HIGH),
        ("Anyone else feel like they just want to end it all?", HIGH),
        ("Does anyone else have a friend who says they want to die?", CONCERN),
        ("My friend said they want to die", CONCERN),
    ],
)
def test_anyone_else_they_is_the_writer(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "never ... more / so badly" compares the wish, it does not deny it
        ("I've never wanted to die more than I do now", HIGH),
        ("I have never wanted to die so badly", HIGH),
        ("I never wanted to die so I called my mom", CONCERN),
        ("I would never kill myself, more people would suffer", CONCERN),
    ],
)
def test_a_comparison_after_never_is_no_denial(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I guess this is the last month of my life", HIGH),
        ("This was the last week of my life as a student", NONE),
        ("I won't be here for much longer", CONCERN),  # ambiguous finality, like its shorter form
    ],
)
def test_last_stretch_of_my_life(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Honestly I wouldn't mind dying", HIGH),
        ("I wouldn't mind not waking up", HIGH),
        ("she wouldn't mind dying", CONCERN),
        ("I'd be happy to die for my country", NONE),
        ("I wouldn't mind dying my hair red", NONE),
    ],
)
def test_indifference_to_dying(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I was 90 days clean from cutting and I relapsed last night", CONCERN),
        ("I relapsed into self harm after a year", CONCERN),
        ("I was 90 days clean from alcohol and I relapsed last night", NONE),
    ],
)
def test_self_harm_recovery_and_relapse(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I wish that I was dead", HIGH),
        ("I wish I'd die in my sleep", HIGH),
        ("I wish I weren't alive", HIGH),
        ("I wish I wasn't around anymore", HIGH),
        ("I wish I was born in the 80s", NONE),
        ("I wish I was alive in the 60s", NONE),
        ("she wished she was dead", CONCERN),
    ],
)
def test_wish_to_be_dead_in_more_forms(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I tried to end things last year", HIGH),
        ("I tried to end things with him", NONE),
        ("I took too many pills on purpose", HIGH),
        ("I took too many pills by mistake", NONE),
        ("I OD'd last year", HIGH),
        ("I was hospitalized for an attempt", HIGH),
        ("I swallowed a bunch of sleeping pills", HIGH),
        ("she took too many pills", CONCERN),
    ],
)
def test_attempts_in_other_common_words(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


def test_an_expanded_group_is_plain_phrases_that_still_match() -> None:
    from policies.lexicon import Lexicon, _parse

    data = {
        "group": [
            {
                "category": "passive_ideation",
                "level": "high",
                "expand": True,
                "prefixes": ["hope to god i"],
                "phrases": ["dont wake up"],
            }
        ]
    }
    entries = _parse("test", data)
    assert [e.template for e in entries] == [None]
    assert entries[0].phrase == "hope to god i dont wake up"
    lexicon = Lexicon(entries)
    assert [m.entries[0].phrase for m in lexicon.finditer("i hope to god i dont wake up")] == [
        "hope to god i dont wake up"
    ]
    assert list(lexicon.finditer("i hope to god i pass")) == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a counted overdose the writer tells of: an attempt (digits are read on the folded text)
        ("I took 52 pills", HIGH),
        ("swallowed 30 of my sertraline", HIGH),
        ("I took like 40 tylenol last night", HIGH),
        ("I just swallowed like 15 random pills", IMMINENT),  # told as now (issue 10)
        ("last week I took twenty sleeping pills", HIGH),
        ("I drank 10 pills of antidepressants", HIGH),
        ("I took 20-30 pills", HIGH),
        ("I took over 120 to 150 over the counter painkillers", HIGH),
        ("ｉ ｔｏｏｋ ５２ ｐｉｌｌｓ", HIGH),
        # ordinary doses, regimens, other counts, and nobody's own pills
        ("took 2 pills for my headache", CONCERN),  # 'pills' alone is a concern word
        ("I took 2 ibuprofen", NONE),
        ("I drank 12 beers last night", NONE),
        ("I took 10 to 15 minutes to calm down", NONE),
        ("I take 15 of Buspar twice a day", NONE),
        ("I took 10 of my friends to the movies", NONE),
        ("It took me 30 minutes to take my meds", NONE),
        ("I took 20 mg of prozac this morning", NONE),
        ("I took 50 mgs of zoloft", NONE),
        ("I took 1,000 tylenol? no, 1 tylenol", NONE),
        ("My dog ate 30 pills", NONE),  # a pet's medicine is everyday, no means (issue 10)
        # context lowers it as any signal, never below concern
        ("I took 10 pills a day for years", CONCERN),
        ("she took 40 pills", CONCERN),
        ("I never took 40 pills", CONCERN),
    ],
)
def test_counted_overdoses(text: str, level: Level) -> None:
    result = screen(text)
    assert result.level == level, result.signals
    check_spans(text, result)


def test_a_counted_overdose_is_an_attempt_signal_spanning_the_original_text() -> None:
    text = "Last night I took like 40 Tylenol."
    (signal,) = [s for s in screen(text).signals if s.category == "attempt"]
    assert (signal.text, signal.level, signal.context) == ("took like 40 Tylenol", HIGH, None)


def test_a_counted_overdose_of_another_person_is_concern() -> None:
    (signal,) = [
        s for s in screen("my sister swallowed 30 of her pills").signals if s.category == "attempt"
    ]
    assert signal.category == "attempt" and signal.context == "third_person"
    assert signal.level == CONCERN


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a plea's "someone" addresses the readers; the writer stays the subject
        ("Someone please help me, I am crying.\n\nOn the edge of suicide", HIGH),
        ("Anyone help me. Wants to die", HIGH),
        # a "someone" who does something is still another person
        ("Someone at school hates me.\n\nWants to die", CONCERN),
        ("Someone told me. On the edge of suicide", CONCERN),
    ],
)
def test_a_plea_to_someone_does_not_make_the_next_sentence_theirs(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Dying just sounds right", HIGH),
        ("honestly being dead sounds so peaceful", HIGH),
        ("dying sounds like a relief to me", HIGH),
        ("my grandma said dying sounds peaceful to her", CONCERN),
        ("the dying sounds of the engine kept me up", NONE),
        ("death metal sounds good live", NONE),
        ("the death sounds in that game are great", NONE),
    ],
)
def test_death_told_as_appealing(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # markdown emphasis is a joiner, not a censored vowel
        ("I *want* to die", HIGH),
        ("**I want to die**", HIGH),
        ("Dying just sounds *right*", HIGH),
        # stars between letters still stand for a vowel
        ("I want to k*ll myself", HIGH),
        ("I'm su*cidal", HIGH),
        # emphasis makes nothing out of everyday words
        ("*sigh* this traffic is *killing* me", NONE),
        ("that concert was *to die for*", NONE),
    ],
)
def test_markdown_emphasis_is_read_through(text: str, level: Level) -> None:
    result = screen(text)
    assert result.level == level, result.signals
    check_spans(text, result)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("kill me", Level.HIGH),
        ("(kill me pls)", Level.HIGH),
        ("Oh god just kill me already.", Level.HIGH),
        ("I can't take it anymore. Please, kill me.", Level.HIGH),
        ("he tried to kill me last night", Level.NONE),
        ("my dad is going to kill me when he sees my grades", Level.NONE),
        ("that would honestly kill me", Level.NONE),
    ],
)
def test_kill_me_is_a_plea_only_where_it_opens_the_clause(text: str, level: Level) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a concern phrase (or one its next word rules out) no longer hides a longer one inside
        ("I'm so done with this life.", Level.HIGH),
        ("Honestly I'm done with life", Level.HIGH),
        ("Guess it's time for me to end it.", Level.HIGH),
        ("I'd rather die than have to be me anymore", Level.HIGH),
        ("I'm done with this job", Level.NONE),
        ("A friend of mine committed suicide last year", Level.CONCERN),  # no inner "my" reading
        # no reason, point or will to go on
        ("There isn't any point to going on for me.", Level.HIGH),
        ("no reason to keep on existing", Level.HIGH),
        ("I don't have the will to live", Level.HIGH),
        ("So what's the point of staying?", Level.HIGH),
        ("What's the point of staying at a job that doesn't pay?", Level.NONE),
        ("I want to close my eyes and never open them again", Level.HIGH),
        ("I'm not meant to survive this world", Level.HIGH),
        # better for everyone if I were gone; ending it weighed
        ("It would be better for everyone if I just disappeared", Level.HIGH),
        ("Would it be more selfish to just end it or to stay?", Level.HIGH),
        ("It's easier to end it with him now", Level.NONE),
        ("I'm so scared to attempt, but I don't know what else to do", Level.HIGH),
        ("I was scared to attempt the bar exam again", Level.NONE),
        ("The only reason that I'm alive is my cat", Level.HIGH),
        # how lethal a method is; the act told by the weapon
        ("How many floors is high enough to die?", Level.HIGH),
        ("what's the most painless method", Level.HIGH),
        ("the most reliable method for proofing sourdough", Level.NONE),
        ("I pulled the trigger but the gun jammed", Level.HIGH),
        ("I finally pulled the trigger on a new laptop", Level.NONE),
        ("I just want it all to stop", Level.CONCERN),
        ("I found myself tempted to look for my dad's guns", Level.CONCERN),
        ("I took 150 over the counter pain killers", Level.HIGH),
    ],
)
def test_second_recall_pass_families(text: str, level: Level) -> None:
    assert screen(text).level == level, screen(text).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I wish I could talk to someone about suicide", Level.HIGH),
        ("I need to talk with somebody about my suicidal thoughts", Level.HIGH),
        ("my sister wants to talk to someone about suicide", Level.CONCERN),
        ("someone I know talks about suicide a lot", Level.CONCERN),
    ],
)
def test_the_listener_is_not_whom_a_sentence_is_about(text: str, level: Level) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I oppose suicide in all forms", Level.CONCERN),
        ("My view on suicide is that it's never the answer", Level.CONCERN),
        ("I read an article on suicide and cried", Level.CONCERN),
        ("Suicide is on my mind all the time", Level.HIGH),
        ("suicide is all I think about", Level.HIGH),
        ("Suicide has never looked so good to me", Level.HIGH),
        ("I'm planning a suicide", Level.HIGH),
    ],
)
def test_a_stance_on_the_topic_is_not_owning_it(text: str, level: Level) -> None:
    assert screen(text).level >= level and (level == Level.HIGH or screen(text).level == level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My uncle died by suicide. Now I think about doing it every day.", Level.HIGH),
        ("There was a suicide at school. I'm scared I'll end up doing it.", Level.HIGH),
        ("I keep thinking about doing it, quitting my job I mean", Level.NONE),
        ("I'm gonna do it tomorrow, the essay is due", Level.NONE),
        ("The urge to cut is back. I've been close to doing it all week.", Level.CONCERN),
    ],
)
def test_an_unnamed_act_is_suicide_only_where_the_post_names_it(text: str, level: Level) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "I want to die, I'll do it next Monday",
        "I want to kill myself and I'll do it this month",
        "I'm going to kill myself. Tonight.",
        "I want to die and I will do it by Friday",
    ],
)
def test_a_time_near_the_intent_is_imminent(text: str) -> None:
    assert screen(text).level == Level.IMMINENT


def test_means_told_by_where_they_are_are_at_hand() -> None:
    assert screen("I have the gun in my lap and I want to die").level == Level.IMMINENT
    assert screen("staring at the pills right now").level == Level.CONCERN  # no intent told


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Honestly I don't think I can hold on much longer.", Level.CONCERN),
        ("I can't keep going any longer like this", Level.CONCERN),
        ("I feel so worthless lately", Level.CONCERN),
        ("I hate who I've become", Level.CONCERN),
        ("I can't imagine a future for me", Level.CONCERN),
        ("It never gets better, does it", Level.CONCERN),
        ("They'd have a better life without me", Level.CONCERN),
        ("Would anyone even care if I died?", Level.CONCERN),
        ("I keep hiding the cuts on my wrists", Level.CONCERN),
        ("I can't wait to see you next week", Level.NONE),
        ("I don't think I can make it to the party", Level.NONE),
    ],
)
def test_concern_in_more_words(text: str, level: Level) -> None:
    assert screen(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I read posts from other people who also want to die", Level.HIGH),
        ("my friend who also wants to die texted me", Level.HIGH),
        ("my friend who wants to die texted me", Level.CONCERN),
    ],
)
def test_others_who_also_include_the_writer(text: str, level: Level) -> None:
    assert screen(text).level == level
