"""The output gate: positive and negative examples for every rule, and IM drafts judged only on
what the model added."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policies.output import MAX_DRAFT_CHARS, RULES, OutputVerdict, check_draft
from policies.resources import resource_urls, resources_for

ALLOWED = resource_urls(resources_for("en-US"))
SUPPORTIVE = (
    "That sounds really exhausting, and it makes sense that you feel worn down. "
    "Would you like to tell us more about what the last few weeks have been like?"
)


def verdict(text: str, **kwargs: object) -> OutputVerdict:
    kwargs.setdefault("allowed_urls", ALLOWED)
    return check_draft(text, **kwargs)  # type: ignore[arg-type]


def assert_fails(text: str, rule: str, **kwargs: object) -> None:
    result = verdict(text, **kwargs)
    assert not result.ok and result.rule == rule, (text, result)
    assert result.detail


def assert_passes(text: str, **kwargs: object) -> None:
    result = verdict(text, **kwargs)
    assert result.ok and result.rule is None, (text, result)


def test_rule_names_are_stable() -> None:
    assert RULES == (
        "empty",
        "too_long",
        "truncated",
        "repetition",
        "scaffolding",
        "as_an_ai",
        "wording_dropped",
        "crisis_language",
        "method_or_means",
        "encouragement",
        "discouraging_help",
        "diagnosis",
        "medication_advice",
        "unkeepable_promise",
        "harmful_judgement",
        "personal_contact",
        "link",
    )


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u200b\u200d", "\ufeff "])
def test_empty(text: str) -> None:
    assert_fails(text, "empty")


def test_too_long() -> None:
    assert_fails("a" * (MAX_DRAFT_CHARS + 1), "too_long")
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = [f"w{a}{b}{c}" for a in letters for b in letters for c in letters]
    long_draft = " ".join(words[: MAX_DRAFT_CHARS // 5])
    assert len(long_draft) > 3000  # more than the old 2,500-character limit
    assert_passes(long_draft)
    assert_fails("hello " * 30, "too_long", max_chars=100)


@pytest.mark.parametrize(
    "text",
    [
        "A lethal dose would be about ten grams.",
        "People sometimes overdose on whatever is in the cabinet.",
        "How many of those pills did you take?",
        "Do you still have the pills?",
        "Taking 30 pills is never the answer.",
        "Even a whole bottle of sleeping pills may not work.",
        "Please don't jump off the bridge near your house.",
        "The building is 20 floors high.",
        "It is not high enough to die.",
        "Don't hang yourself, please.",
        "A noose is not the answer.",
        "Do not slit your wrists.",
        "Vertical cuts are more dangerous.",
        "Carbon monoxide from the car is a risk.",
        "Never poison yourself.",
        "Rat poison is in the shed.",
        "Stay away from the train tracks.",
        "Please put the gun away.",
        "Is there a firearm in the house?",
        "There is no painless way to die.",
        "Looking up ways to kill yourself won't help.",
        "Suicide methods are not something to research.",
    ],
)
def test_method_or_means(text: str) -> None:
    assert_fails(text, "method_or_means")


@pytest.mark.parametrize(
    "text",
    [
        "Hang in there; you reached out, and that took courage.",
        "You can call or text 988 any time, and someone will listen.",
        "988 Suicide & Crisis Lifeline: call 988, text 988, https://988lifeline.org",
        "If you have a plan to hurt yourself tonight, please call 988 or 911 now.",
        "Making a safety plan with a counsellor can help.",
        "My thoughts kept jumping from one worry to the next too.",
        "I jumped the gun on that last time.",
        "It feels like you are carrying a heavy weight.",
        "That sounds suffocating, honestly.",
        "Here are three bullet points to try this week.",
        "Try to drink some water and eat something small.",
        "That's odd, and it is okay to feel thrown by it.",
        "The answer might be right under your nose.",
        "Talking can help bridge the gap between you two.",
        "We can cross that bridge when we come to it.",
        "If your birth control pills are the cause, talk to your doctor about another brand.",
        "Taking pills has become a standard part of your friend's day.",
    ],
)
def test_not_method_or_means(text: str) -> None:
    assert_passes(text)


def test_method_language_from_the_crisis_lexicon_fails() -> None:
    """The crisis gate's plan/means phrases count as method language in a draft."""
    assert_fails("I know you have the pills ready.", "method_or_means")


@pytest.mark.parametrize(
    "text",
    [
        "It sounds like you have depression.",
        "You might have bipolar disorder.",
        "You clearly suffer from an anxiety disorder.",
        "Honestly you're showing signs of PTSD.",
        "You are bipolar, and that explains it.",
        "This sounds like classic BPD.",
        "What you describe is textbook OCD.",
        "You have a personality disorder.",
        "Those are classic symptoms of depression.",
    ],
)
def test_diagnosis(text: str) -> None:
    assert_fails(text, "diagnosis")


@pytest.mark.parametrize(
    "text",
    [
        "Living with depression can feel so lonely.",
        "A doctor or therapist can help you understand what is going on.",
        "You have been through so much this year.",
        "You have every right to feel this way.",
        "It is okay to feel anxious about this.",
        "I have dealt with anxiety myself, and talking helped.",
    ],
)
def test_not_diagnosis(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(
    "text",
    [
        "You should stop taking your meds for a while.",
        "Maybe try antidepressants?",
        "Double your dose when it gets bad.",
        "Sertraline helped a lot of people I know.",
        "Some people take 50mg at night.",
        "Try some melatonin before bed.",
        "Take a few extra of your meds when it is bad.",
        "You don't need your medication.",
        "Come off the SSRIs slowly.",
    ],
)
def test_medication_advice(text: str) -> None:
    assert_fails(text, "medication_advice")


@pytest.mark.parametrize(
    "text",
    [
        "Please talk to your doctor before changing your medication.",
        "A psychiatrist can help you decide whether to stop the meds.",
        "Has your GP talked with you about your medication?",
        "Medication is one of the things a doctor can talk through with you.",
        "Be gentle with yourself while you figure out what helps.",
    ],
)
def test_not_medication_advice(text: str) -> None:
    assert_passes(text)


def test_deferring_to_a_doctor_does_not_excuse_a_named_drug_or_dose() -> None:
    assert_fails("Ask your doctor to put you on Prozac.", "medication_advice")
    assert_fails("Your doctor will probably suggest 20mg.", "medication_advice")


@pytest.mark.parametrize(
    "text",
    [
        "I'll always be here for you.",
        "I will always be there.",
        "I'm always here, day or night.",
        "This stays between us.",
        "What you told me stays between you and me.",
        "I won't tell anyone, I promise.",
        "I promise everything will be ok.",
        "Everything is going to be okay.",
        "You'll be fine, trust me.",
        "Message me anytime you need.",
        "Your secret is safe with me.",
    ],
)
def test_unkeepable_promise(text: str) -> None:
    assert_fails(text, "unkeepable_promise")


@pytest.mark.parametrize(
    "text",
    [
        "It's okay to feel this way.",
        "Things can get better, even if it doesn't feel like it tonight.",
        "The people in this community are here to listen.",
        "It will be okay to ask for help, and you deserve it.",
        "You can call 988 any time, day or night.",
    ],
)
def test_not_unkeepable_promise(text: str) -> None:
    assert_passes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Read more at https://example.com/help",
        "See www.mentalhealthtips.net for ideas.",
        "There is a good guide on selfcare.org.",
        "Join us at discord.gg/abcdef",
        "Look at reddit.com/r/somewhere for more.",
        "Try HTTPS://988LIFELINE.ORG.EVIL.COM instead.",
        "Check bit.ly/3xYz",
    ],
)
def test_link(text: str) -> None:
    assert_fails(text, "link")


@pytest.mark.parametrize(
    "text",
    [
        "You can reach the lifeline at https://988lifeline.org.",
        "988lifeline.org has a chat too.",
        "Their chat is at https://988lifeline.org/chat/",
        "Samaritans are at https://www.samaritans.org",  # a reviewed line of another locale
        "I felt ok.so I kept going, e.g. with walks, i.e. small steps.",
        "It's 3.30 and you're still up; that's hard.",
    ],
)
def test_not_link(text: str) -> None:
    assert_passes(text)


def test_a_link_the_community_approved_passes() -> None:
    assert_passes(
        "Our peer group meets at https://example.org/group",
        allowed_urls=["https://example.org/group"],
    )
    assert_fails(
        "Our peer group meets at https://example.org/other",
        "link",
        allowed_urls=["https://example.org/group"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "As an AI, I can't feel what you feel, but I hear you.",
        "As a language model I am not able to help.",
        "I'm an AI, so please talk to a person too.",
        "I am just a bot.",
        "I'm sorry, but I can't assist with that request.",
        "Ａｓ ａｎ ＡＩ, I care.",
    ],
)
def test_as_an_ai(text: str) -> None:
    assert_fails(text, "as_an_ai")


@pytest.mark.parametrize(
    "text",
    [
        "I'm a volunteer here, and I have been where you are.",
        "Aim for one small thing today.",
        "I said it to my mother, and it helped.",
    ],
)
def test_not_as_an_ai(text: str) -> None:
    assert_passes(text)


def test_look_alike_letters_do_not_hide_a_rule() -> None:
    assert_fails("You should stор taking your meds.", "medication_advice")  # Cyrillic о, р
    assert_fails("I wіll always be here for you.", "unkeepable_promise")  # Cyrillic і


# --- improvements: only what the model added is judged -----------------------------------------

HUMAN = (
    "I went through something similar. I promise it gets easier, and honestly you have "
    "depression written all over this, I'll always be here. Check out mysite.com"
)


def test_the_helpers_own_words_never_fail_an_improvement() -> None:
    improved = (
        "I'm so sorry you're going through this. I went through something similar. "
        "I promise it gets easier, and honestly you have depression written all over this, "
        "I'll always be here. Check out mysite.com"
    )
    assert_passes(improved, human_reply=HUMAN)
    assert_passes(HUMAN, human_reply=HUMAN)  # unchanged
    # the same words without the helper's reply to compare with: the model said them
    assert not verdict(improved).ok


def test_what_the_model_added_is_judged() -> None:
    assert_fails(
        HUMAN + " Also, you should stop your meds.", "medication_advice", human_reply=HUMAN
    )
    assert_fails("As an AI I agree. " + HUMAN, "as_an_ai", human_reply=HUMAN)
    assert_fails(HUMAN + " See https://other.example.com", "link", human_reply=HUMAN)


def test_a_rule_hit_that_straddles_the_helpers_words_and_the_models_fails() -> None:
    human = "Honestly, you have been through a lot."
    improved = "Honestly, you have bipolar disorder and have been through a lot."
    assert_fails(improved, "diagnosis", human_reply=human)


def test_sentences_the_helper_wrote_may_move() -> None:
    human = "I'll always be here. You matter to us."
    improved = "You matter to us, and that will not change. I'll always be here."
    assert_passes(improved, human_reply=human)


def test_case_and_punctuation_edits_are_not_additions() -> None:
    human = "i promise u it gets better"
    assert_passes("I promise, u. It gets better!", human_reply=human)


def test_an_improvement_may_be_a_little_longer_than_a_long_reply() -> None:
    human = "word " * 700  # 3,500 characters: the helper's own length
    assert_passes(human + " You matter.", human_reply=human)
    assert_fails("x " * 3000, "too_long", human_reply="short reply")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_the_gate_never_raises_and_always_names_a_known_rule(text: str) -> None:
    result = check_draft(text, allowed_urls=ALLOWED)
    assert result.ok == (result.rule is None)
    assert result.rule is None or result.rule in RULES
    again = check_draft(text, allowed_urls=ALLOWED, human_reply=text)
    assert again.ok or again.rule == "empty"


def test_a_supportive_draft_passes() -> None:
    assert_passes(SUPPORTIVE)
    assert_passes(
        SUPPORTIVE + " If things feel unsafe tonight, you can call or text 988, or go to "
        "https://988lifeline.org to chat with someone."
    )


def test_the_standins_default_replies_pass_the_gate() -> None:
    """Other tests rely on the Ollama stand-in's default replies being acceptable drafts."""
    from tests.standins.ollama import default_reply

    for seed in range(3):
        body = {
            "messages": [{"role": "user", "content": "<post>\nhi\n</post>"}],
            "options": {"seed": seed},
        }
        assert_passes(default_reply(body))
    human = "I felt that way too, and it got lighter with time."
    body = {
        "messages": [
            {"role": "user", "content": f"<post>\nx\n</post>\n\n<reply>\n{human}\n</reply>"}
        ]
    }
    improved = default_reply(body)
    assert improved.startswith(human) and improved != human
    assert_passes(improved, human_reply=human)


@pytest.mark.parametrize("text", ["a." * 1249, "a-" * 1249, "www." * 600, "you have " * 270])
def test_pathological_drafts_are_judged_quickly(text: str) -> None:
    import time

    from policies.output.contact import find_contacts, find_urls
    from policies.output.gate import FAMILIES

    for rule_family in FAMILIES:  # wordings compile at first use: not what is timed here
        list(rule_family.hits(text[:40]))
    started = time.perf_counter()
    for rule_family in FAMILIES:
        list(rule_family.hits(text))
    list(find_urls(text))
    list(find_contacts(text))
    assert time.perf_counter() - started < 1.0  # linear: milliseconds; quadratic took seconds
