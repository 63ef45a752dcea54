"""Medication advice by family: a medicine named with advice to the reader is withheld, one
named in passing passes; a dose changed, skipped or doubled, someone else's supply, no
prescription, alcohol said to be fine with it. Each family has everyday counter-examples."""

from __future__ import annotations

import pytest

from policies.output import check_draft


@pytest.mark.parametrize(
    "draft",
    [
        "Honestly, lamotrigine is way better than what you're on now.",
        "Swap the citalopram for St John's wort, it's gentler.",
        "Benadryl knocks you right out, have one before bed.",
        "Ibuprofen and codeine together sort out any pain.",
        "You could ask your doctor to put you on Wellbutrin instead.",
        "Up it to three a day if the one isn't doing much.",
        "I'd bump it up to two tablets a night.",
        "Drop the evening one at weekends, you will be fine.",
        "Missed one? Just take both together at lunch.",
        "Get a couple of your brother's sleeping pills for tonight.",
        "You can get them from an online pharmacy, no prescription needed.",
        "A few beers on your meds are fine, honestly.",
        "Try a month without the quetiapine and see how you feel.",
        "A little meds holiday over Christmas would do you good.",
        "Orange juice makes your meds work faster, have a big glass.",
        "Energy drinks cancel out the grogginess from your sleeping tablets.",
        "Grab a couple of your flatmate's anxiety tablets and you'll sleep fine.",
        "Halve the blue tablets and save the rest for the weekend.",
        "Stop your antibiotics early once you feel better.",
    ],
)
def test_medication_advice_is_withheld(draft: str) -> None:
    assert check_draft(draft, allowed_urls=[]).kind == "medication_advice"


@pytest.mark.parametrize(
    "draft",
    [
        "My dad's on lithium and he's the steadiest person I know.",
        "The Adderall shortage must be making this so much harder.",
        "Sounds like the Zoloft has been a bumpy start for you.",
        "Are you still on the quetiapine, or did they change it?",
        "I take ibuprofen for period pain, so I get how rough it is.",
        "I'm walking two miles a day now and it helps my mood.",
        "We went up to the lake for the day and it was lovely.",
        "Skip the news tonight and get some rest.",
        "Your pharmacist can tell you if a drink is okay with your medication.",
        "Please keep your prescription for yourself; it was written for you.",
        "Don't go a day without your meds if you can help it.",
        "I went a week without my meds once and regretted it.",
        "Ask your pharmacist whether grapefruit changes how your meds work.",
        "My flatmate's inhaler lives in the kitchen drawer, she's always losing it.",
        "Her tablets are on a timer now, which helps her remember.",
    ],
)
def test_medicine_talk_that_is_not_advice_passes(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=[])
    assert verdict.ok, verdict.detail
