"""Links and numbers in drafts: the well-known real lines a helper cites pass (the old US
Lifeline number, the Trevor Project, Childline, vanity and international forms), private
numbers, addresses and handles do not."""

from __future__ import annotations

import pytest

from policies.output import check_draft
from policies.resources import citable_lines, resource_urls, resources_for

ALLOWED = resource_urls(resources_for("en-US"))


@pytest.mark.parametrize(
    "draft",
    [
        "The old Lifeline number, 1-800-273-8255, still gets you to 988.",
        "You can still call 800-273-8255 if that's the number you remember.",
        "Call 1-800-273-TALK, it's the same Lifeline.",
        "From abroad it's +1 800 273 8255.",
        "SAMHSA's helpline is 1-800-662-HELP (4357), free and confidential.",
        "The Trevor Project answers at 1-866-488-7386, day or night.",
        "Childline is free on 0800 1111 and it won't show on the phone bill.",
        "If writing is easier, Samaritans answer email at jo@samaritans.org.",
        "Kids Help Phone: 1-800-668-6868, or text CONNECT to 686868.",
        "A diary from those years (1931-1932) helped me make sense of it.",
        "As u/modteam said in the sticky, everyone here is welcome.",
    ],
)
def test_real_lines_and_everyday_numbers_pass(draft: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED)
    assert verdict.ok, verdict.detail


@pytest.mark.parametrize(
    ("draft", "what"),
    [
        ("The number is 07700 900123, whenever.", "a phone number"),
        ("Ring 1-800-555-TALK and ask for me.", "a phone number"),
        ("The page @brightside_kim posts every day.", "a social media handle"),
        ("Write to me at kim.b@mail.example if you like.", "an email address"),
        ("Email samaritans@mail.example, they're lovely.", "an email address"),
        ("For the invite, dm u/quiet_helper tonight.", "a private message to an account"),
    ],
)
def test_private_numbers_addresses_and_handles_are_withheld(draft: str, what: str) -> None:
    verdict = check_draft(draft, allowed_urls=ALLOWED)
    assert verdict.kind == "unsafe_contact" and what in verdict.detail


def test_every_citable_line_passes_in_a_draft() -> None:
    for line in citable_lines():
        for way in (line.phone, line.email, line.url):
            if way:
                draft = f"You can reach {line.name} at {way} any time."
                assert check_draft(draft, allowed_urls=ALLOWED).ok, (line.name, way)


def test_the_extra_lines_are_not_shown_with_escalations() -> None:
    shown = {line.name for line in resources_for("en-US")}
    assert "The Trevor Project" not in shown
    assert any(line.name == "The Trevor Project" for line in citable_lines())
