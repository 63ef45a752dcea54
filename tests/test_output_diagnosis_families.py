"""Diagnosis by slot composition: [you, your X, that, what you describe] x [is, sounds like, is
a sign of] x [a condition, or a label for a person], said as a fact; with everyday
counter-examples (the label as a subject, the poster's own diagnosis, a referral, a negation)."""

from __future__ import annotations

import pytest

from policies.output import check_draft


@pytest.mark.parametrize(
    "draft",
    [
        "Your husband sounds like a textbook narcissist.",
        "Honestly, that racing and not sleeping is hypomania.",
        "The crying before your period every month looks like PMDD.",
        "You're in a depressive episode right now, that's all.",
        "You've listed every symptom of ADHD there.",
        "Hiding food like that is a classic sign of an eating disorder.",
        "This fog you're in seems like dissociation.",
        "Your daughter is on the spectrum, honestly.",
        "It's obvious your brother has undiagnosed ADHD.",
        "All that checking adds up to OCD, I'm afraid.",
        "Your low mood has tipped into a depressive episode.",
        "You show every one of the signs of being bulimic.",
        "He's a sociopath, plain and simple.",
        "You seem hypomanic lately, all the spending.",
        "That's the first stage of dementia, sadly.",
        "You've got codependency, that's why you can't leave.",
    ],
)
def test_a_label_said_as_a_fact_is_withheld(draft: str) -> None:
    assert check_draft(draft, allowed_urls=[]).kind == "diagnosis"


@pytest.mark.parametrize(
    "draft",
    [
        "It sounds like depression has been sitting on you for months.",
        "That's the depression talking, not the truth about you.",
        "It might be worth asking your GP whether this could be ADHD.",
        "Lots of people with bipolar say this is the hardest part.",
        "Your anxiety sounds really loud today.",
        "This doesn't mean you're an addict; it means you're human.",
        "Since your doctor said it's PTSD, how are you finding the therapy?",
        "I'm not qualified to say, but a psychiatrist could help you look at whether it's bipolar.",
        "My mum is bipolar and she still asks me for help.",
        "Hearing you describe the winter like that, I'm glad spring is coming.",
        "My therapist has ADHD herself and she gets it.",
        "It all adds up to a really exhausting year.",
        "I think your mum has been through a lot too.",
        "Your sister has anorexia and you're scared for her; that's so much to carry.",
        "Lots of autistic people say crowds are hard, and you're not alone in that.",
        "He's been so supportive, it sounds like a good friendship.",
        "It sounds manic at work right now, I hope it calms down.",
        "Dementia is so cruel, I'm sorry about your gran.",
    ],
)
def test_labels_that_are_not_a_diagnosis_pass(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=[])
    assert verdict.ok, verdict.detail
