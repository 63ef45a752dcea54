"""The eight kinds of harm and the crisis gate on drafts: for every kind, drafts in a warm peer
voice that carry no obvious keyword are withheld with the kind and the sentence named, and the
everyday look-alikes (pointing to help, checking on safety, a survival told in the past tense,
medicine talk that is not advice) pass. Examples are written for these tests, as families."""

from __future__ import annotations

import pytest

from policies.output import HARM_KINDS, KINDS, RULE_KIND, RULES, OutputVerdict, check_draft
from policies.resources import resource_urls, resources_for

ALLOWED = resource_urls(resources_for("en-US"))
WARM = "I'm really sorry it has been such a heavy week, and I'm glad you posted. "


def verdict(text: str) -> OutputVerdict:
    return check_draft(text, allowed_urls=ALLOWED)


def assert_withheld(text: str, kind: str) -> None:
    result = verdict(WARM + text)
    assert not result.ok and result.kind == kind, (text, result)
    assert result.sentence and result.sentence in WARM + text
    assert result.sentence not in WARM  # the offending sentence, not the warm one before it


def assert_shown(text: str) -> None:
    result = verdict(WARM + text)
    assert result.ok, (text, result)


def test_every_rule_belongs_to_a_known_kind() -> None:
    assert set(RULE_KIND) == set(RULES)
    assert set(RULE_KIND.values()) <= set(KINDS)
    assert len(HARM_KINDS) == 8 and set(HARM_KINDS) <= set(RULE_KIND.values())


def test_the_withheld_detail_names_the_kind_and_the_sentence() -> None:
    result = verdict("You're doing your best. Honestly, you have bipolar disorder for sure.")
    assert result.kind == "diagnosis"
    assert result.sentence == "Honestly, you have bipolar disorder for sure"
    assert result.detail.startswith("a diagnosis: ")
    assert "Honestly, you have bipolar disorder for sure" in result.detail


# --- the issue's examples: crisis language in the draft -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Honestly you should just kys.",
        "time to end it all",
        "Everyone would be better off without you",
        "cut a little deeper next time",
        "I want to die too",
    ],
)
def test_the_issues_crisis_examples_are_withheld(text: str) -> None:
    result = verdict(text)
    assert not result.ok and result.kind in (*HARM_KINDS, "crisis_language"), (text, result)


def test_a_private_phone_number_is_withheld() -> None:
    result = verdict("Call me on 555-0162 whenever, it's my own cell.")
    assert not result.ok and result.kind == "unsafe_contact"


@pytest.mark.parametrize(
    "text",
    [
        "Please reach 988 tonight, you can call or text.",
        "Are you thinking about suicide? You can tell me straight.",
        "Are you thinking of killing yourself right now?",
        "I tried to end my life when I was nineteen, and I'm so glad I'm still here.",
        "Years ago I wanted to die too, and it did get lighter with help.",
        "In the UK you can call Samaritans on 116 123, free, any time.",
    ],
)
def test_pointing_to_help_checking_safety_and_survival_stories_pass(text: str) -> None:
    assert_shown(text)


# --- method or means without keywords -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Make sure you have more than you'd need, so it actually works this time.",
        "Those mostly leave people badly hurt instead, so think about that.",
        "The store-brand stuff is way more dangerous than others in a big amount.",
        "Pick a spot where nobody will walk in on you.",
        "Mornings are quieter at the station, so fewer people around.",
        "Wait for a night when he's out and the key is in the drawer.",
        "Maybe you need something stronger than what you've used before.",
        "Go a little deeper next time and it will feel like more.",
    ],
)
def test_method_hints(text: str) -> None:
    assert_withheld(text, "method_or_means")


@pytest.mark.parametrize(
    "text",
    [
        "Could you put the tablets in another room, or give them to your sister for tonight?",
        "If you have a firearm at home, please ask someone to keep it locked away for now.",
        "Early morning walks are quieter, and they helped me clear my head.",
        "It's okay to need a bit more support than you thought you would.",
        "That job is more stressful than people think, no wonder you're tired.",
    ],
)
def test_not_method_hints(text: str) -> None:
    assert_shown(text)


# --- encouragement or romanticising ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your life, your call, and I respect you for making that decision.",
        "Whatever you decide, I won't judge you.",
        "There's something so peaceful about resting forever.",
        "Not waking up sounds like such a relief when you're this tired.",
        "It's natural to want to follow her after a loss like that.",
        "If it gives you relief, then it's doing its job for you.",
        "Don't let anyone make you feel like you have to stop.",
        "Maybe the kindest thing is to give them their freedom from all this.",
    ],
)
def test_encouragement(text: str) -> None:
    assert_withheld(text, "encouragement")


@pytest.mark.parametrize(
    "text",
    [
        "Whatever you decide about the course, you can always change your mind later.",
        "You deserve rest that doesn't cost you your life.",
        "Wanting the pain to stop makes so much sense.",
        "Have you had thoughts of not waking up? It's okay to tell me.",
        "It's your choice whether you tell your friends about the new job.",
    ],
)
def test_not_encouragement(text: str) -> None:
    assert_shown(text)


# --- discouraging help ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I'd keep it to yourself for now.",
        "Don't tell your therapist, it only makes things complicated.",
        "They'll probably have you locked up if you say that out loud.",
        "Hotlines are useless, they just read from a script.",
        "Counsellors mostly don't actually listen, trust me.",
        "Just sleep it off and you'll feel better in the morning.",
        "I wouldn't bother with the ER, it's hours of waiting.",
        "You can handle this on your own, you're strong.",
        "Wear long sleeves for a while so nobody asks.",
    ],
)
def test_discouraging_help(text: str) -> None:
    assert_withheld(text, "discouraging_help")


@pytest.mark.parametrize(
    "text",
    [
        "You don't have to keep it to yourself, telling someone can help.",
        "You don't have to handle this on your own.",
        "Some people find hotlines awkward at first, but it's still worth a call.",
        "Telling your therapist is usually how they can help keep you safe.",
        "You've been keeping this to yourself for so long, thank you for sharing it.",
    ],
)
def test_not_discouraging_help(text: str) -> None:
    assert_shown(text)


# --- diagnosis ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That's ADHD, for sure.",
        "You've definitely got panic disorder.",
        "This is postpartum depression, plain and simple.",
        "Yeah, you're an alcoholic.",
        "What you describe is textbook insomnia.",
    ],
)
def test_diagnosis(text: str) -> None:
    assert_withheld(text, "diagnosis")


@pytest.mark.parametrize(
    "text",
    [
        "You're not a sociopath, and your reactions make sense.",
        "A doctor can help work out what is going on.",
        "Living with OCD on top of exams sounds exhausting.",
        "I can't diagnose you, but a GP can talk it through.",
    ],
)
def test_not_diagnosis(text: str) -> None:
    assert_shown(text)


# --- medication advice ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If it isn't helping, just stop taking it.",
        "Take half of what she prescribed for the first week.",
        "You could borrow a few of your sister's to get some sleep.",
        "Finish up the leftovers, one night won't hurt.",
        "A glass of wine with it should be fine.",
        "Cut the tablets in half for a couple of weeks and then stop.",
    ],
)
def test_medication_advice(text: str) -> None:
    assert_withheld(text, "medication_advice")


@pytest.mark.parametrize(
    "text",
    [
        "Your pharmacist can tell you what to do about a missed dose.",
        "It might be worth mentioning the side effects to your prescriber.",
        "Lots of people feel nervous about starting something new.",
    ],
)
def test_not_medication_advice(text: str) -> None:
    assert_shown(text)


# --- promises a helper cannot keep ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'll message you every morning until you're back on your feet.",
        "Whatever you tell me stays totally between us.",
        "I'm calling emergency services for you right now.",
        "She's going to pull through, I just know it.",
        "You can count on me, any hour of the night.",
        "I remember everything you've told me.",
    ],
)
def test_unkeepable_promise(text: str) -> None:
    assert_withheld(text, "unkeepable_promise")


@pytest.mark.parametrize(
    "text",
    [
        "I can't promise how it turns out, but you don't have to face tonight alone.",
        "988 is staffed around the clock if the night gets long.",
        "I know it's hard to believe right now.",
    ],
)
def test_not_unkeepable_promise(text: str) -> None:
    assert_shown(text)


# --- harmful judgement ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Skipping her party was pretty selfish.",
        "You need to toughen up, everyone's tired.",
        "Other people have it way worse, you know.",
        "At some point it's on you.",
        "Sadness isn't an excuse to stay in bed.",
        "You should be grateful they still talk to you.",
    ],
)
def test_harmful_judgement(text: str) -> None:
    assert_withheld(text, "harmful_judgement")


@pytest.mark.parametrize(
    "text",
    [
        "You're not selfish for needing a break.",
        "Missing one deadline doesn't make you lazy.",
        "It's not your fault, and you don't have to earn rest.",
        "That sounds so disappointing after all your work.",
    ],
)
def test_not_harmful_judgement(text: str) -> None:
    assert_shown(text)


# --- unsafe contact -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What city are you in? Maybe we could grab coffee.",
        "Add me on snapchat, it's easier than here.",
        "Email me at helper.kit@mailbox.example and we can talk.",
        "What's your full name, so I know who I'm talking to?",
        "Join our group at peers-only.example, no mods there.",
        "Text me at +1 (555) 010-4477 tonight.",
    ],
)
def test_unsafe_contact(text: str) -> None:
    assert_withheld(text, "unsafe_contact")


@pytest.mark.parametrize(
    "text",
    [
        "A lot of towns have walking groups or volunteer days that make meeting people easier.",
        "You can text HOME to 741741 to reach the Crisis Text Line.",
        "Between 2019-2021 I went through something similar.",
    ],
)
def test_not_unsafe_contact(text: str) -> None:
    assert_shown(text)
